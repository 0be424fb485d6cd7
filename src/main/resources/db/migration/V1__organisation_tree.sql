-- organisation: the OrgUnit tree, its kinds (data, not an enum) and verksamhetsområden
CREATE TABLE org_unit_kind (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_sv     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL,
    root_kind   BOOLEAN      NOT NULL DEFAULT FALSE,
    ansvarig    BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'an ansvarig organisation: owns information (R1.19)'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO org_unit_kind (code, name_sv, name_en, sort_order, root_kind, ansvarig) VALUES
 ('KOMMUN',         'Kommun',           'Municipality',              10, TRUE,  FALSE),
 ('NAMND',          'Facknämnd',        'Specialist committee',      20, FALSE, TRUE),
 ('STADSDELSNAMND', 'Stadsdelsnämnd',   'District committee',        30, FALSE, TRUE),
 ('KONCERN',        'Koncern',          'Group parent company',      40, FALSE, TRUE),
 ('BOLAG',          'Bolag',            'Company',                   50, FALSE, TRUE),
 ('FORVALTNING',    'Förvaltning',      'Administration',            60, FALSE, FALSE),
 ('AVDELNING',      'Avdelning',        'Department',                70, FALSE, FALSE),
 ('ENHET',          'Enhet',            'Unit',                      80, FALSE, FALSE);

CREATE TABLE org_unit (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    parent_id      BIGINT       NULL,
    intressebolag  BOOLEAN      NOT NULL DEFAULT FALSE,
    path           VARCHAR(1000) NOT NULL COMMENT 'materialised path of ids, /1/4/17/; subtree = path prefix',
    depth          INT          NOT NULL,
    valid_from     DATE         NOT NULL,
    valid_to       DATE         NULL,
    current_since  DATE         NOT NULL COMMENT 'since when name and parent hold; earlier states are in org_unit_history',
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_kind FOREIGN KEY (kind) REFERENCES org_unit_kind (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    INDEX ix_org_unit_path (path(255)),
    INDEX ix_org_unit_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_unit_history (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_unit_id  BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    parent_id    BIGINT       NULL,
    valid_from   DATE         NOT NULL,
    valid_to     DATE         NOT NULL,
    changed_by   VARCHAR(100) NOT NULL,
    changed_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_org_unit_history_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    INDEX ix_org_unit_history_unit (org_unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE verksamhetsomrade (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_sv     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO verksamhetsomrade (code, name_sv, name_en, sort_order) VALUES
 ('SOCIALTJANST',    'Socialtjänst',                 'Social services',           10),
 ('ALDREOMSORG',     'Äldreomsorg',                  'Elderly care',              20),
 ('FUNKTIONSSTOD',   'Stöd till personer med funktionsnedsättning', 'Disability support', 30),
 ('FORSKOLA',        'Förskola',                     'Pre-school',                40),
 ('SKOLA',           'Skola och utbildning',         'School and education',      50),
 ('ARBETSMARKNAD',   'Arbetsmarknad',                'Labour market',             60),
 ('STADSMILJO',      'Stadsmiljö',                   'Urban environment',         70),
 ('KULTUR-FRITID',   'Kultur och fritid',            'Culture and leisure',       80),
 ('BOSTAD-FASTIGHET','Bostad och fastighet',         'Housing and property',      90),
 ('LEDNING-ADMIN',   'Ledning och administration',   'Management and administration', 100);
