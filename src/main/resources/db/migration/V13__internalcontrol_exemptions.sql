-- internalcontrol: undantag (exemptions) from the riktlinje för informationssäkerhet or a tillämpningsanvisning.
-- A written request from an ansvarig organisation (or a unit under it) to SLK, decided by the stadsdirektör
-- (role undantagsbeslutare), time-boxed; the utredning och konsekvensbeskrivning is mandatory (seed-digest
-- R7.1–R7.9, ADR 0015). Expiry is computed from valid_until and the clock, not stored.

CREATE TABLE exemption (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_unit_id          BIGINT        NOT NULL COMMENT 'the requesting ansvarig organisation or a unit under it',
    responsible_org_id   BIGINT        NOT NULL COMMENT 'the ansvarig organisation at or above org_unit_id',
    title                VARCHAR(200)  NOT NULL,
    requirement_ref      VARCHAR(500)  NOT NULL COMMENT 'the requirement of the riktlinje or tillämpningsanvisning deviated from',
    requirement_code     VARCHAR(20)   NULL COMMENT 'optionally the code of a protection_requirement, e.g. K2-04',
    deviation            TEXT          NOT NULL COMMENT 'what deviates, and why',
    investigation        TEXT          NOT NULL COMMENT 'utredning och konsekvensbeskrivning (mandatory before a decision)',
    implementation_plan  TEXT          NULL COMMENT 'implementeringsplan: how the decision is carried out or the requirement reached',
    shared_impact        TEXT          NULL COMMENT 'effect on stadsgemensamma lösningar and infrastructure',
    requested_until      DATE          NOT NULL COMMENT 'how long the requester asks the exemption to hold',
    status               VARCHAR(20)   NOT NULL COMMENT 'UTKAST, INSKICKAD, KOMPLETTERING, BEVILJAT, AVSLAGET, ATERKALLAD',
    submitted_by         VARCHAR(100)  NULL,
    submitted_at         DATETIME(3)   NULL,
    sent_back_by         VARCHAR(100)  NULL COMMENT 'the central-samordnare who last asked for komplettering',
    sent_back_at         DATETIME(3)   NULL,
    sent_back_comment    VARCHAR(2000) NULL,
    decided_by           VARCHAR(100)  NULL,
    decided_by_name      VARCHAR(200)  NULL,
    decided_role         VARCHAR(40)   NULL,
    decided_at           DATETIME(3)   NULL,
    conditions           VARCHAR(4000) NULL COMMENT 'villkor of a beviljat exemption',
    valid_until          DATE          NULL COMMENT 'last day a beviljat exemption holds; after it the exemption is utgånget',
    decision_reason      VARCHAR(4000) NULL COMMENT 'motivering; required for AVSLAGET',
    decision_snapshot    TEXT          NULL COMMENT 'JSON of the exemption as decided',
    created_by           VARCHAR(100)  NOT NULL,
    created_at           DATETIME(3)   NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_exemption_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_exemption_responsible FOREIGN KEY (responsible_org_id) REFERENCES org_unit (id),
    CONSTRAINT ck_exemption_status CHECK (status IN ('UTKAST', 'INSKICKAD', 'KOMPLETTERING', 'BEVILJAT', 'AVSLAGET', 'ATERKALLAD')),
    CONSTRAINT ck_exemption_granted CHECK (status <> 'BEVILJAT' OR (valid_until IS NOT NULL AND decided_at IS NOT NULL)),
    CONSTRAINT ck_exemption_rejected CHECK (status <> 'AVSLAGET' OR (decision_reason IS NOT NULL AND decided_at IS NOT NULL)),
    INDEX ix_exemption_status (status, valid_until),
    INDEX ix_exemption_unit (org_unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
