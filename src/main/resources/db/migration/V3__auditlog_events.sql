-- auditlog: append-only, hash-chained audit events. Each row's hash covers its content and the
-- previous row's hash, so editing or deleting a row breaks the chain from there on.
CREATE TABLE audit_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(3)   NOT NULL COMMENT 'UTC; DATETIME so that no time-zone conversion can change a hashed value',
    actor         VARCHAR(100)  NOT NULL,
    actor_roles   VARCHAR(500)  NOT NULL,
    entity_type   VARCHAR(60)   NOT NULL,
    entity_id     VARCHAR(60)   NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    org_unit_id   BIGINT        NULL,
    before_json   LONGTEXT      NULL,
    after_json    LONGTEXT      NULL,
    prev_hash     CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    INDEX ix_audit_event_entity (entity_type, entity_id),
    INDEX ix_audit_event_org_unit (org_unit_id),
    INDEX ix_audit_event_occurred (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- one row that every writer locks: serialises appends so the chain never forks
CREATE TABLE audit_chain_head (
    id         TINYINT   NOT NULL PRIMARY KEY,
    last_hash  CHAR(64)  NOT NULL
) ENGINE=InnoDB;

INSERT INTO audit_chain_head (id, last_hash) VALUES (1, REPEAT('0', 64));
