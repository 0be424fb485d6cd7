-- reporting: frozen indicator values of a closed reporting period (ADR 0017). Closing a period takes a
-- snapshot of every organisation unit's values in the closing transaction; a closed period answers only
-- from its current snapshot. Reopening marks the snapshot ERSATT (kept as history); closing again takes a
-- new one. Rows are never updated except for that mark; they go only with their period, if the central
-- function removes a period from a year (ReportingPeriodService.configure).

CREATE TABLE indicator_snapshot (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id      BIGINT        NOT NULL,
    status         VARCHAR(20)   NOT NULL COMMENT 'GALLANDE, ERSATT',
    computed_at    DATETIME(3)   NOT NULL,
    taken_by       VARCHAR(100)  NOT NULL,
    superseded_at  DATETIME(3)   NULL,
    superseded_by  VARCHAR(100)  NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_indicator_snapshot_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
    CONSTRAINT ck_indicator_snapshot_status CHECK (status IN ('GALLANDE', 'ERSATT')),
    INDEX ix_indicator_snapshot_period (period_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator_snapshot_value (
    snapshot_id    BIGINT        NOT NULL,
    org_unit_id    BIGINT        NOT NULL,
    indicator_id   VARCHAR(10)   NOT NULL,
    sub_key        VARCHAR(60)   NOT NULL,
    position_no    INT           NOT NULL COMMENT 'the order of the figures of one unit, as computed',
    value          DECIMAL(20,6) NULL COMMENT 'null: undefined (a share over nothing)',
    PRIMARY KEY (snapshot_id, org_unit_id, indicator_id, sub_key),
    CONSTRAINT fk_snapshot_value_snapshot FOREIGN KEY (snapshot_id) REFERENCES indicator_snapshot (id) ON DELETE CASCADE,
    CONSTRAINT fk_snapshot_value_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_snapshot_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
