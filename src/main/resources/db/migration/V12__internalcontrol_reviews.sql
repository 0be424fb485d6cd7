-- internalcontrol: granskningar (internal reviews and external audits) with their iakttagelser (findings),
-- the organisation's answer with planned åtgärder, and the reviewer's closing (MODEL.md §6, R5.1, R5.33-R5.37)

-- severities of a finding: data, not an enum (rank 1 = lowest)
CREATE TABLE finding_severity (
    code            VARCHAR(20)   NOT NULL PRIMARY KEY,
    name_sv         VARCHAR(60)   NOT NULL,
    name_en         VARCHAR(60)   NOT NULL,
    description_sv  VARCHAR(500)  NULL,
    severity_rank   INT           NOT NULL,
    CONSTRAINT uq_finding_severity_rank UNIQUE (severity_rank),
    CONSTRAINT ck_finding_severity_rank CHECK (severity_rank BETWEEN 1 AND 20)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO finding_severity (code, name_sv, name_en, description_sv, severity_rank) VALUES
 ('LAG',       'Låg',       'Low',      'Förbättringsförslag; ingen brist mot riktlinjen.', 1),
 ('MEDEL',     'Medel',     'Medium',   'Brist som bör åtgärdas inom ordinarie planering.', 2),
 ('HOG',       'Hög',       'High',     'Väsentlig brist mot riktlinjen eller en tillämpningsanvisning; åtgärdas skyndsamt.', 3),
 ('ALLVARLIG', 'Allvarlig', 'Critical', 'Allvarlig brist som kan skada enskilda eller verksamheten; åtgärdas omedelbart.', 4);

-- a granskning: what was reviewed, of which organisation, by whom (independent or not), when
CREATE TABLE review (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind                  VARCHAR(10)   NOT NULL COMMENT 'INTERN (internal review), EXTERN (external audit)',
    independent           BOOLEAN       NOT NULL COMMENT 'performed by a party independent of the audited organisation (R5.1)',
    title                 VARCHAR(200)  NOT NULL,
    scope_text            VARCHAR(4000) NOT NULL COMMENT 'what was reviewed',
    org_unit_id           BIGINT        NOT NULL COMMENT 'the audited ansvarig organisation or a unit under it',
    responsible_org_id    BIGINT        NOT NULL COMMENT 'the ansvarig organisation at or above org_unit_id',
    auditor_name          VARCHAR(200)  NOT NULL,
    auditor_organisation  VARCHAR(200)  NULL,
    planned_on            DATE          NULL,
    started_on            DATE          NULL,
    ended_on              DATE          NULL,
    status                VARCHAR(20)   NOT NULL COMMENT 'PLANERAD, PAGAR, AVSLUTAD',
    report_reference      VARCHAR(500)  NULL COMMENT 'where the report is: diarienummer or link',
    created_by            VARCHAR(100)  NOT NULL,
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_review_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_review_responsible FOREIGN KEY (responsible_org_id) REFERENCES org_unit (id),
    CONSTRAINT ck_review_kind CHECK (kind IN ('INTERN', 'EXTERN')),
    CONSTRAINT ck_review_status CHECK (status IN ('PLANERAD', 'PAGAR', 'AVSLUTAD')),
    CONSTRAINT ck_review_started CHECK (status = 'PLANERAD' OR started_on IS NOT NULL),
    CONSTRAINT ck_review_ended CHECK ((status = 'AVSLUTAD') = (ended_on IS NOT NULL)),
    CONSTRAINT ck_review_dates CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on),
    INDEX ix_review_status (status, org_unit_id),
    INDEX ix_review_unit (org_unit_id),
    INDEX ix_review_responsible (responsible_org_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- an iakttagelse: recorded by the reviewer, answered by the organisation, closed by the reviewer
CREATE TABLE review_finding (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id         BIGINT        NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    observation       VARCHAR(4000) NOT NULL,
    severity_code     VARCHAR(20)   NOT NULL,
    recommendation    VARCHAR(4000) NULL,
    org_unit_id       BIGINT        NOT NULL COMMENT 'the organisation that must answer: in the review''s subtree',
    raise_risk        BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'the reviewer asks for a risk candidate (kind GRANSKNING)',
    status            VARCHAR(20)   NOT NULL COMMENT 'OPPEN, BESVARAD, STANGD',
    response          VARCHAR(4000) NULL COMMENT 'the organisation''s answer',
    responded_by      VARCHAR(100)  NULL,
    responded_at      DATETIME(3)   NULL,
    closing_comment   VARCHAR(2000) NULL COMMENT 'what the reviewer verified',
    closed_by         VARCHAR(100)  NULL,
    closed_at         DATETIME(3)   NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_finding_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT fk_finding_severity FOREIGN KEY (severity_code) REFERENCES finding_severity (code),
    CONSTRAINT fk_finding_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_finding_status CHECK (status IN ('OPPEN', 'BESVARAD', 'STANGD')),
    CONSTRAINT ck_finding_answered CHECK (status = 'OPPEN' OR (response IS NOT NULL AND responded_by IS NOT NULL AND responded_at IS NOT NULL)),
    CONSTRAINT ck_finding_closed CHECK ((status = 'STANGD') = (closed_by IS NOT NULL AND closed_at IS NOT NULL AND closing_comment IS NOT NULL)),
    INDEX ix_finding_review (review_id),
    INDEX ix_finding_unit (org_unit_id, status),
    INDEX ix_finding_risk (raise_risk, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the åtgärder the organisation plans in answer to a finding
CREATE TABLE review_finding_action (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    finding_id   BIGINT        NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    responsible  VARCHAR(200)  NOT NULL,
    due_on       DATE          NOT NULL,
    status       VARCHAR(20)   NOT NULL COMMENT 'PLANERAD, PAGAR, KLAR, STRUKEN',
    created_by   VARCHAR(100)  NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_finding_action_finding FOREIGN KEY (finding_id) REFERENCES review_finding (id),
    CONSTRAINT ck_finding_action_status CHECK (status IN ('PLANERAD', 'PAGAR', 'KLAR', 'STRUKEN')),
    INDEX ix_finding_action_finding (finding_id),
    INDEX ix_finding_action_due (status, due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
