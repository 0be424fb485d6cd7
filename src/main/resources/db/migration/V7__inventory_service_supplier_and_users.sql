-- inventory: an it-tjänst names its leverantör and the organisation units that use it
ALTER TABLE it_service
    ADD COLUMN supplier_id BIGINT NULL AFTER administrator,
    ADD CONSTRAINT fk_service_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id);

-- "it-tjänst används av" org units (not only the ansvarig organisation)
CREATE TABLE it_service_user (
    it_service_id  BIGINT NOT NULL,
    org_unit_id    BIGINT NOT NULL,
    PRIMARY KEY (it_service_id, org_unit_id),
    CONSTRAINT fk_service_user_service FOREIGN KEY (it_service_id) REFERENCES it_service (id),
    CONSTRAINT fk_service_user_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    INDEX ix_service_user_unit (org_unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
