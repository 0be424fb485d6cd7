-- internalcontrol: reporting periods as data, the yearly internkontrollplan of an ansvarig organisation,
-- its kontrollmoment, their uppföljning per period with evidence, and the corrective åtgärder they
-- planned (risk actions, linked here).

-- the periods a new year gets unless the central function configures the year otherwise
CREATE TABLE reporting_period_default (
    code         VARCHAR(10)  NOT NULL PRIMARY KEY,
    name_sv      VARCHAR(100) NOT NULL,
    name_en      VARCHAR(100) NOT NULL,
    start_month  TINYINT      NOT NULL,
    end_month    TINYINT      NOT NULL,
    sort_no      INT          NOT NULL,
    CONSTRAINT ck_period_default_months CHECK (start_month BETWEEN 1 AND 12 AND end_month BETWEEN start_month AND 12)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO reporting_period_default (code, name_sv, name_en, start_month, end_month, sort_no) VALUES
 ('T1', 'Tertialrapport 1', 'Four-month report 1', 1, 4, 1),
 ('T2', 'Tertialrapport 2', 'Four-month report 2', 1, 8, 2),
 ('VB', 'Verksamhetsberättelse', 'Annual report', 1, 12, 3);

-- the periods of one year: open until the central function closes them
CREATE TABLE reporting_period (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_year    SMALLINT      NOT NULL,
    code           VARCHAR(10)   NOT NULL,
    name_sv        VARCHAR(100)  NOT NULL,
    name_en        VARCHAR(100)  NOT NULL,
    starts_on      DATE          NOT NULL,
    ends_on        DATE          NOT NULL,
    sort_no        INT           NOT NULL,
    status         VARCHAR(10)   NOT NULL COMMENT 'OPPEN, STANGD',
    closed_by      VARCHAR(100)  NULL,
    closed_at      DATETIME(3)   NULL,
    reopen_reason  VARCHAR(2000) NULL COMMENT 'why it was last reopened',
    created_at     DATETIME(3)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_period_year_code UNIQUE (period_year, code),
    CONSTRAINT ck_period_status CHECK (status IN ('OPPEN', 'STANGD')),
    CONSTRAINT ck_period_dates CHECK (ends_on >= starts_on),
    INDEX ix_period_status (status, period_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- how often a kontrollmoment is performed: data, not an enum
CREATE TABLE control_frequency (
    code     VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_sv  VARCHAR(60)  NOT NULL,
    name_en  VARCHAR(60)  NOT NULL,
    sort_no  INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO control_frequency (code, name_sv, name_en, sort_no) VALUES
 ('LOPANDE',   'Löpande',       'Continuously',   1),
 ('MANADSVIS', 'Månadsvis',     'Monthly',        2),
 ('KVARTAL',   'Kvartalsvis',   'Quarterly',      3),
 ('TERTIAL',   'Per tertial',   'Every four months', 4),
 ('HALVAR',    'Halvårsvis',    'Twice a year',   5),
 ('ARLIGEN',   'Årligen',       'Yearly',         6);

CREATE TABLE control_plan (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_unit_id         BIGINT        NOT NULL COMMENT 'the ansvarig organisation (nämnd, stadsdelsnämnd, bolag)',
    plan_year           SMALLINT      NOT NULL,
    status              VARCHAR(20)   NOT NULL COMMENT 'UTKAST, FASTSTALLD, UNDER_REVIDERING',
    decided_on          DATE          NULL COMMENT 'the nämnd''s decision date',
    decision_reference  VARCHAR(200)  NULL COMMENT 'paragraph or diarienummer of the decision',
    revision_no         INT           NOT NULL DEFAULT 0,
    established_by      VARCHAR(100)  NULL,
    established_at      DATETIME(3)   NULL,
    created_by          VARCHAR(100)  NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_plan_org_year UNIQUE (org_unit_id, plan_year),
    CONSTRAINT fk_plan_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_plan_status CHECK (status IN ('UTKAST', 'FASTSTALLD', 'UNDER_REVIDERING')),
    INDEX ix_plan_year (plan_year, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a fastställd plan changes only through a revision: why, by whom, and the plan before and after
CREATE TABLE control_plan_revision (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id          BIGINT        NOT NULL,
    revision_no      INT           NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    started_by       VARCHAR(100)  NOT NULL,
    started_at       DATETIME(3)   NOT NULL,
    snapshot_before  MEDIUMTEXT    NOT NULL COMMENT 'JSON of the plan as it was fastställd',
    decided_on       DATE          NULL,
    established_by   VARCHAR(100)  NULL,
    established_at   DATETIME(3)   NULL,
    snapshot_after   MEDIUMTEXT    NULL,
    CONSTRAINT uq_revision_no UNIQUE (plan_id, revision_no),
    CONSTRAINT fk_revision_plan FOREIGN KEY (plan_id) REFERENCES control_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE control_point (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id         BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL COMMENT 'the kontrollmoment',
    what_checked    VARCHAR(2000) NOT NULL COMMENT 'vad kontrolleras',
    method          VARCHAR(1000) NOT NULL COMMENT 'hur: stickprov, registerkontroll, genomgång …',
    frequency_code  VARCHAR(20)   NOT NULL,
    responsible     VARCHAR(200)  NOT NULL,
    position_no     INT           NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_point_plan FOREIGN KEY (plan_id) REFERENCES control_plan (id),
    CONSTRAINT fk_point_frequency FOREIGN KEY (frequency_code) REFERENCES control_frequency (code),
    INDEX ix_point_plan (plan_id, position_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE control_point_risk (
    control_point_id  BIGINT NOT NULL,
    risk_id           BIGINT NOT NULL,
    PRIMARY KEY (control_point_id, risk_id),
    CONSTRAINT fk_point_risk_point FOREIGN KEY (control_point_id) REFERENCES control_point (id) ON DELETE CASCADE,
    CONSTRAINT fk_point_risk_risk FOREIGN KEY (risk_id) REFERENCES risk (id),
    INDEX ix_point_risk_risk (risk_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the periods (codes of the plan's year) in which a kontrollmoment is reported
CREATE TABLE control_point_period (
    control_point_id  BIGINT      NOT NULL,
    period_code       VARCHAR(10) NOT NULL,
    PRIMARY KEY (control_point_id, period_code),
    CONSTRAINT fk_point_period_point FOREIGN KEY (control_point_id) REFERENCES control_point (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE follow_up (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    control_point_id  BIGINT        NOT NULL,
    period_id         BIGINT        NOT NULL,
    result            VARCHAR(20)   NOT NULL COMMENT 'UTAN_ANMARKNING, MED_AVVIKELSE, EJ_GENOMFORD',
    comment           VARCHAR(4000) NULL,
    evidence_url      VARCHAR(1000) NULL,
    recorded_by       VARCHAR(100)  NOT NULL,
    recorded_at       DATETIME(3)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_follow_up UNIQUE (control_point_id, period_id),
    CONSTRAINT fk_follow_up_point FOREIGN KEY (control_point_id) REFERENCES control_point (id),
    CONSTRAINT fk_follow_up_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT ck_follow_up_result CHECK (result IN ('UTAN_ANMARKNING', 'MED_AVVIKELSE', 'EJ_GENOMFORD')),
    INDEX ix_follow_up_period (period_id, result)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- uploaded evidence: metadata apart from the bytes, so that lists never read a blob; in the database
-- so that every replica serves it (the app keeps no state on disk)
CREATE TABLE follow_up_evidence (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    follow_up_id   BIGINT        NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    uploaded_by    VARCHAR(100)  NOT NULL,
    uploaded_at    DATETIME(3)   NOT NULL,
    CONSTRAINT fk_evidence_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id),
    INDEX ix_evidence_follow_up (follow_up_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE follow_up_evidence_content (
    evidence_id  BIGINT      NOT NULL PRIMARY KEY,
    content      MEDIUMBLOB  NOT NULL,
    CONSTRAINT fk_evidence_content FOREIGN KEY (evidence_id) REFERENCES follow_up_evidence (id)
) ENGINE=InnoDB;

-- corrective åtgärder a follow-up planned: risk actions of a risk the kontrollmoment covers
CREATE TABLE follow_up_action (
    follow_up_id    BIGINT NOT NULL,
    risk_action_id  BIGINT NOT NULL,
    PRIMARY KEY (follow_up_id, risk_action_id),
    CONSTRAINT fk_follow_up_action_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id),
    CONSTRAINT fk_follow_up_action_action FOREIGN KEY (risk_action_id) REFERENCES risk_action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
