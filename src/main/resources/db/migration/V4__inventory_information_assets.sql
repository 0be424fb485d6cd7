-- inventory: informationsmängder (information assets) with owner, ansvarig organisation and personal-data category
CREATE TABLE personal_data_category (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_sv     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    sort_order  INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO personal_data_category (code, name_sv, name_en, sort_order) VALUES
 ('INGA',              'Inga personuppgifter',                               'No personal data',                        10),
 ('PERSONUPPGIFTER',   'Personuppgifter',                                    'Personal data',                           20),
 ('KANSLIGA',          'Känsliga personuppgifter (art. 9 GDPR)',             'Special categories (GDPR art. 9)',        30),
 ('LAGOVERTRADELSER',  'Personuppgifter om lagöverträdelser (art. 10 GDPR)', 'Criminal offence data (GDPR art. 10)',    40),
 ('PERSONNUMMER',      'Personnummer',                                       'Personal identity numbers',               50);

CREATE TABLE information_asset (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    description         TEXT          NULL,
    org_unit_id         BIGINT        NOT NULL COMMENT 'the unit the asset belongs to: an ansvarig organisation or a unit below one',
    responsible_org_id  BIGINT        NOT NULL COMMENT 'the ansvarig organisation (nämnd, stadsdelsnämnd, koncern or bolag) above org_unit_id',
    owner_username      VARCHAR(100)  NULL     COMMENT 'informationsägare (Keycloak username)',
    owner_name          VARCHAR(200)  NULL,
    process             VARCHAR(200)  NULL     COMMENT 'verksamhetsprocess',
    verksamhetsomrade   VARCHAR(40)   NULL,
    personal_data       VARCHAR(40)   NOT NULL DEFAULT 'INGA',
    sekretess           VARCHAR(200)  NULL     COMMENT 'reference, e.g. 26 kap. 1 § OSL',
    template_origin     VARCHAR(120)  NULL,
    status              VARCHAR(20)   NOT NULL DEFAULT 'AKTIV',
    review_date         DATE          NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_asset_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_asset_responsible FOREIGN KEY (responsible_org_id) REFERENCES org_unit (id),
    CONSTRAINT fk_asset_area FOREIGN KEY (verksamhetsomrade) REFERENCES verksamhetsomrade (code),
    CONSTRAINT fk_asset_personal_data FOREIGN KEY (personal_data) REFERENCES personal_data_category (code),
    CONSTRAINT ck_asset_status CHECK (status IN ('AKTIV', 'AVVECKLAD')),
    INDEX ix_asset_unit (org_unit_id),
    INDEX ix_asset_responsible (responsible_org_id),
    INDEX ix_asset_name (name),
    INDEX ix_asset_owner (owner_username),
    INDEX ix_asset_status_updated (status, updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
