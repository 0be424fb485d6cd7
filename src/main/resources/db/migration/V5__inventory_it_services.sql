-- inventory: it-tjänster (IT services) with systemägare, drift (hosting) and the informationsmängder they process
CREATE TABLE hosting_kind (
    code           VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_sv        VARCHAR(120) NOT NULL,
    name_en        VARCHAR(120) NOT NULL,
    third_country  BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'needs at least one country and an informationsägare decision (R1.35)',
    sort_order     INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO hosting_kind (code, name_sv, name_en, third_country, sort_order) VALUES
 ('EGEN',         'Egen drift',                          'Own operation',                FALSE, 10),
 ('STADENS',      'Stadens gemensamma it-leverans',      'The city''s shared IT service', FALSE, 20),
 ('EXTERN_SE',    'Extern leverantör i Sverige',         'External provider in Sweden',  FALSE, 30),
 ('EU_EES',       'Extern leverantör inom EU/EES',       'External provider in the EU/EEA', FALSE, 40),
 ('TREDJELAND',   'Tredjeland (utanför EU/EES)',         'Third country (outside the EU/EEA)', TRUE, 50);

CREATE TABLE it_service (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                 VARCHAR(200)  NOT NULL,
    description          TEXT          NULL,
    org_unit_id          BIGINT        NOT NULL,
    responsible_org_id   BIGINT        NOT NULL,
    owner_username       VARCHAR(100)  NULL COMMENT 'systemägare (Keycloak username)',
    owner_name           VARCHAR(200)  NULL,
    administrator        VARCHAR(200)  NULL COMMENT 'systemförvaltare',
    hosting              VARCHAR(40)   NOT NULL,
    cloud                BOOLEAN       NOT NULL DEFAULT FALSE,
    countries            VARCHAR(200)  NULL COMMENT 'ISO 3166 alpha-2 codes, comma separated, for third-country hosting',
    status               VARCHAR(20)   NOT NULL DEFAULT 'AKTIV',
    created_at           DATETIME(3)   NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_service_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_service_responsible FOREIGN KEY (responsible_org_id) REFERENCES org_unit (id),
    CONSTRAINT fk_service_hosting FOREIGN KEY (hosting) REFERENCES hosting_kind (code),
    CONSTRAINT ck_service_status CHECK (status IN ('AKTIV', 'AVVECKLAD')),
    INDEX ix_service_unit (org_unit_id),
    INDEX ix_service_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "it-tjänst behandlar informationsmängd"
CREATE TABLE it_service_asset (
    it_service_id         BIGINT NOT NULL,
    information_asset_id  BIGINT NOT NULL,
    PRIMARY KEY (it_service_id, information_asset_id),
    CONSTRAINT fk_service_asset_service FOREIGN KEY (it_service_id) REFERENCES it_service (id),
    CONSTRAINT fk_service_asset_asset FOREIGN KEY (information_asset_id) REFERENCES information_asset (id),
    INDEX ix_service_asset_asset (information_asset_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
