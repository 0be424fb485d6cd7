-- reporting: the base counts of open periods, kept per organisation unit so that a report only sums a few
-- thousand rows (ADR 0019). A "part" is BASE (every count that does not depend on the period: IS-01 … IS-06,
-- IS-08 … IS-10) or PERIOD:<id> (IS-07 of one period). A part is current when it was computed today and no
-- audit event has been written since its watermark; otherwise the units named by the newer audit events are
-- recomputed (all of them on a new day, after a start, or after an event without an organisation unit).
-- These rows are a cache: deleting them costs one recomputation and changes no answer.

CREATE TABLE report_live_state (
    part           VARCHAR(40)   NOT NULL PRIMARY KEY COMMENT 'LOCK, BASE or PERIOD:<reporting_period.id>',
    computed_on    DATE          NULL COMMENT 'the day the counts are for (overdue reviews, åtgärder, exemptions)',
    audit_id       BIGINT        NULL COMMENT 'the highest audit_event.id the counts include',
    computed_at    DATETIME(3)   NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The row every refresh locks first, so that refreshes never interleave.
INSERT INTO report_live_state (part) VALUES ('LOCK');

CREATE TABLE report_live_count (
    part           VARCHAR(40)   NOT NULL,
    org_unit_id    BIGINT        NOT NULL,
    count_key      VARCHAR(60)   NOT NULL,
    n              BIGINT        NOT NULL,
    PRIMARY KEY (part, org_unit_id, count_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
