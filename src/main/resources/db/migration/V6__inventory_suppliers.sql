-- inventory: leverantörer (suppliers) with their contracts; an it-tjänst may name its leverantör
CREATE TABLE supplier (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                  VARCHAR(200)  NOT NULL,
    organisation_number   VARCHAR(11)   NULL COMMENT 'Swedish organisationsnummer NNNNNN-NNNN',
    org_unit_id           BIGINT        NOT NULL,
    responsible_org_id    BIGINT        NOT NULL,
    dpa_in_place          BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'personuppgiftsbiträdesavtal',
    subprocessors         VARCHAR(1000) NULL,
    status                VARCHAR(20)   NOT NULL DEFAULT 'AKTIV',
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_supplier_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_supplier_responsible FOREIGN KEY (responsible_org_id) REFERENCES org_unit (id),
    CONSTRAINT ck_supplier_status CHECK (status IN ('AKTIV', 'AVVECKLAD')),
    INDEX ix_supplier_unit (org_unit_id),
    INDEX ix_supplier_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supplier_contract (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id  BIGINT        NOT NULL,
    reference    VARCHAR(120)  NOT NULL,
    starts_on    DATE          NULL,
    ends_on      DATE          NULL,
    CONSTRAINT fk_contract_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    INDEX ix_contract_supplier (supplier_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
