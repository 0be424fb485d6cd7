-- classification: the KLASSA model as data (aspects, levels, handling labels), versioned question and
-- requirement catalogues, classifications with their answers and decisions, templates, and what follows
-- for it-tjänster (inherited levels, handlingsplan, third-country decisions).

CREATE TABLE classification_aspect (
    code            CHAR(1)       NOT NULL PRIMARY KEY COMMENT 'K, R, T, S',
    name_sv         VARCHAR(60)   NOT NULL,
    name_en         VARCHAR(60)   NOT NULL,
    description_sv  VARCHAR(500)  NOT NULL,
    sort_order      INT           NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO classification_aspect (code, name_sv, name_en, description_sv, sort_order) VALUES
 ('K', 'Konfidentialitet', 'Confidentiality', 'Att informationen inte görs tillgänglig eller avslöjas för obehöriga.', 10),
 ('R', 'Riktighet',        'Integrity',       'Att informationen är korrekt, fullständig och inte ändras av misstag eller av obehöriga.', 20),
 ('T', 'Tillgänglighet',   'Availability',    'Att informationen kan användas av behöriga i förväntad omfattning och inom önskad tid.', 30),
 ('S', 'Spårbarhet',       'Traceability',    'Att det i efterhand går att se vem som gjort vad med informationen och när.', 40);

CREATE TABLE classification_level (
    level           TINYINT       NOT NULL PRIMARY KEY,
    name_sv         VARCHAR(60)   NOT NULL,
    name_en         VARCHAR(60)   NOT NULL,
    in_catalogue    BOOLEAN       NOT NULL COMMENT 'false for 4: säkerhetsskydd territory, needs a separate analysis',
    CONSTRAINT ck_level_range CHECK (level BETWEEN 0 AND 4)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO classification_level (level, name_sv, name_en, in_catalogue) VALUES
 (0, 'Ingen eller försumbar skada', 'No or negligible harm', TRUE),
 (1, 'Måttlig skada',               'Moderate harm',         TRUE),
 (2, 'Betydande skada',             'Significant harm',      TRUE),
 (3, 'Allvarlig skada',             'Serious harm',          TRUE),
 (4, 'Synnerligen allvarlig skada', 'Exceptionally serious harm', FALSE);

-- what a level means for one aspect, shown in the wizard next to the proposal
CREATE TABLE classification_level_text (
    aspect          CHAR(1)       NOT NULL,
    level           TINYINT       NOT NULL,
    description_sv  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (aspect, level),
    CONSTRAINT fk_level_text_aspect FOREIGN KEY (aspect) REFERENCES classification_aspect (code),
    CONSTRAINT fk_level_text_level FOREIGN KEY (level) REFERENCES classification_level (level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- handling label that follows from the K level
CREATE TABLE handling_label (
    k_level             TINYINT       NOT NULL PRIMARY KEY,
    code                VARCHAR(40)   NOT NULL,
    name_sv             VARCHAR(60)   NOT NULL,
    rule_sv             VARCHAR(1000) NOT NULL,
    open_data_possible  BOOLEAN       NOT NULL COMMENT 'publishable as öppna data when the asset holds no personal data',
    CONSTRAINT fk_handling_level FOREIGN KEY (k_level) REFERENCES classification_level (level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- question catalogues: versioned; a classification keeps the version it was made with
CREATE TABLE question_catalogue (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_no    INT           NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   TEXT          NULL,
    status        VARCHAR(20)   NOT NULL COMMENT 'UTKAST, PUBLICERAD, ERSATT',
    published_at  DATETIME(3)   NULL,
    published_by  VARCHAR(100)  NULL,
    created_at    DATETIME(3)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_question_catalogue_version UNIQUE (version_no),
    CONSTRAINT ck_question_catalogue_status CHECK (status IN ('UTKAST', 'PUBLICERAD', 'ERSATT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE classification_question (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    catalogue_id  BIGINT        NOT NULL,
    code          VARCHAR(40)   NOT NULL,
    aspect        CHAR(1)       NOT NULL,
    sort_order    INT           NOT NULL,
    text_sv       VARCHAR(500)  NOT NULL,
    help_sv       VARCHAR(2000) NULL,
    CONSTRAINT uq_question_code UNIQUE (catalogue_id, code),
    CONSTRAINT fk_question_catalogue FOREIGN KEY (catalogue_id) REFERENCES question_catalogue (id),
    CONSTRAINT fk_question_aspect FOREIGN KEY (aspect) REFERENCES classification_aspect (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE classification_answer_option (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id     BIGINT        NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    sort_order      INT           NOT NULL,
    text_sv         VARCHAR(500)  NOT NULL,
    proposed_level  TINYINT       NOT NULL,
    CONSTRAINT uq_answer_option_code UNIQUE (question_id, code),
    CONSTRAINT fk_answer_option_question FOREIGN KEY (question_id) REFERENCES classification_question (id),
    CONSTRAINT fk_answer_option_level FOREIGN KEY (proposed_level) REFERENCES classification_level (level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- requirement catalogues: versioned like the question catalogues
CREATE TABLE requirement_catalogue (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_no    INT           NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    status        VARCHAR(20)   NOT NULL COMMENT 'UTKAST, PUBLICERAD, ERSATT',
    published_at  DATETIME(3)   NULL,
    published_by  VARCHAR(100)  NULL,
    created_at    DATETIME(3)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_requirement_catalogue_version UNIQUE (version_no),
    CONSTRAINT ck_requirement_catalogue_status CHECK (status IN ('UTKAST', 'PUBLICERAD', 'ERSATT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE protection_requirement (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    catalogue_id  BIGINT        NOT NULL,
    code          VARCHAR(20)   NOT NULL COMMENT 'stable across catalogue versions, e.g. K2-04',
    aspect        CHAR(1)       NOT NULL,
    min_level     TINYINT       NOT NULL COMMENT 'applies when the required level of the aspect is at least this (and below 4)',
    kind          VARCHAR(20)   NOT NULL COMMENT 'FORVALTNING or IT_SAKERHET',
    iso_control   VARCHAR(20)   NOT NULL COMMENT 'ISO/IEC 27002:2022 control, e.g. 5.15',
    title_sv      VARCHAR(200)  NOT NULL,
    text_sv       VARCHAR(2000) NOT NULL,
    sort_order    INT           NOT NULL,
    CONSTRAINT uq_requirement_code UNIQUE (catalogue_id, code),
    CONSTRAINT fk_requirement_catalogue FOREIGN KEY (catalogue_id) REFERENCES requirement_catalogue (id),
    CONSTRAINT fk_requirement_aspect FOREIGN KEY (aspect) REFERENCES classification_aspect (code),
    CONSTRAINT ck_requirement_level CHECK (min_level BETWEEN 1 AND 3),
    CONSTRAINT ck_requirement_kind CHECK (kind IN ('FORVALTNING', 'IT_SAKERHET'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- how long a decided classification holds before review, per organisation (nearest ancestor wins)
CREATE TABLE review_cadence (
    org_unit_id   BIGINT        NOT NULL PRIMARY KEY,
    months        INT           NOT NULL,
    CONSTRAINT fk_review_cadence_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_review_cadence_months CHECK (months BETWEEN 1 AND 60)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- city-wide templates published by central-samordnare
CREATE TABLE classification_template (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    description    TEXT          NULL,
    catalogue_id   BIGINT        NOT NULL,
    status         VARCHAR(20)   NOT NULL COMMENT 'PUBLICERAD, TILLBAKADRAGEN',
    published_by   VARCHAR(100)  NOT NULL,
    published_at   DATETIME(3)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_template_catalogue FOREIGN KEY (catalogue_id) REFERENCES question_catalogue (id),
    CONSTRAINT ck_template_status CHECK (status IN ('PUBLICERAD', 'TILLBAKADRAGEN')),
    INDEX ix_template_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE template_answer (
    template_id       BIGINT NOT NULL,
    question_id       BIGINT NOT NULL,
    answer_option_id  BIGINT NOT NULL,
    PRIMARY KEY (template_id, question_id),
    CONSTRAINT fk_template_answer_template FOREIGN KEY (template_id) REFERENCES classification_template (id),
    CONSTRAINT fk_template_answer_question FOREIGN KEY (question_id) REFERENCES classification_question (id),
    CONSTRAINT fk_template_answer_option FOREIGN KEY (answer_option_id) REFERENCES classification_answer_option (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE template_level (
    template_id  BIGINT        NOT NULL,
    aspect       CHAR(1)       NOT NULL,
    level        TINYINT       NOT NULL,
    motivation   VARCHAR(2000) NULL,
    PRIMARY KEY (template_id, aspect),
    CONSTRAINT fk_template_level_template FOREIGN KEY (template_id) REFERENCES classification_template (id),
    CONSTRAINT fk_template_level_aspect FOREIGN KEY (aspect) REFERENCES classification_aspect (code),
    CONSTRAINT fk_template_level_level FOREIGN KEY (level) REFERENCES classification_level (level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- one classification version of one informationsmängd
CREATE TABLE classification (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    information_asset_id  BIGINT        NOT NULL,
    sequence_no           INT           NOT NULL COMMENT '1, 2, … per informationsmängd',
    status                VARCHAR(20)   NOT NULL COMMENT 'UTKAST, FOR_BESLUT, BESLUTAD, ERSATT',
    catalogue_id          BIGINT        NOT NULL,
    template_id           BIGINT        NULL,
    separate_analysis     TEXT          NULL COMMENT 'required when any aspect is at level 4',
    created_by            VARCHAR(100)  NOT NULL,
    created_at            DATETIME(3)   NOT NULL,
    submitted_by          VARCHAR(100)  NULL,
    submitted_at          DATETIME(3)   NULL,
    decided_by            VARCHAR(100)  NULL,
    decided_by_name       VARCHAR(200)  NULL,
    decided_role          VARCHAR(40)   NULL,
    decided_at            DATETIME(3)   NULL,
    next_review_on        DATE          NULL,
    superseded_at         DATETIME(3)   NULL,
    updated_at            DATETIME(3)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_classification_sequence UNIQUE (information_asset_id, sequence_no),
    CONSTRAINT fk_classification_asset FOREIGN KEY (information_asset_id) REFERENCES information_asset (id),
    CONSTRAINT fk_classification_catalogue FOREIGN KEY (catalogue_id) REFERENCES question_catalogue (id),
    CONSTRAINT fk_classification_template FOREIGN KEY (template_id) REFERENCES classification_template (id),
    CONSTRAINT ck_classification_status CHECK (status IN ('UTKAST', 'FOR_BESLUT', 'BESLUTAD', 'ERSATT')),
    INDEX ix_classification_status_review (status, next_review_on),
    INDEX ix_classification_template (template_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE classification_answer (
    classification_id  BIGINT NOT NULL,
    question_id        BIGINT NOT NULL,
    answer_option_id   BIGINT NOT NULL,
    PRIMARY KEY (classification_id, question_id),
    CONSTRAINT fk_answer_classification FOREIGN KEY (classification_id) REFERENCES classification (id),
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES classification_question (id),
    CONSTRAINT fk_answer_option FOREIGN KEY (answer_option_id) REFERENCES classification_answer_option (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the level per aspect: what the answers proposed, what was chosen, and why when they differ
CREATE TABLE classification_aspect_level (
    classification_id  BIGINT        NOT NULL,
    aspect             CHAR(1)       NOT NULL,
    proposed_level     TINYINT       NOT NULL,
    level              TINYINT       NOT NULL,
    motivation         VARCHAR(2000) NULL,
    PRIMARY KEY (classification_id, aspect),
    CONSTRAINT fk_aspect_level_classification FOREIGN KEY (classification_id) REFERENCES classification (id),
    CONSTRAINT fk_aspect_level_aspect FOREIGN KEY (aspect) REFERENCES classification_aspect (code),
    CONSTRAINT fk_aspect_level_level FOREIGN KEY (level) REFERENCES classification_level (level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- review comments, e.g. a samordnare sending a classification back
CREATE TABLE classification_comment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    classification_id  BIGINT        NOT NULL,
    kind               VARCHAR(20)   NOT NULL COMMENT 'RETUR, KOMMENTAR',
    author             VARCHAR(100)  NOT NULL,
    author_name        VARCHAR(200)  NULL,
    author_role        VARCHAR(40)   NOT NULL,
    written_at         DATETIME(3)   NOT NULL,
    text               VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_comment_classification FOREIGN KEY (classification_id) REFERENCES classification (id),
    INDEX ix_comment_classification (classification_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a systemägare's recorded level for an it-tjänst that differs from the inherited one
CREATE TABLE service_level_override (
    it_service_id  BIGINT        NOT NULL,
    aspect         CHAR(1)       NOT NULL,
    level          TINYINT       NOT NULL,
    motivation     VARCHAR(2000) NOT NULL,
    set_by         VARCHAR(100)  NOT NULL,
    set_at         DATETIME(3)   NOT NULL,
    PRIMARY KEY (it_service_id, aspect),
    CONSTRAINT fk_override_service FOREIGN KEY (it_service_id) REFERENCES it_service (id),
    CONSTRAINT fk_override_aspect FOREIGN KEY (aspect) REFERENCES classification_aspect (code),
    CONSTRAINT fk_override_level FOREIGN KEY (level) REFERENCES classification_level (level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- handlingsplan: self-assessment of one applicable requirement for one it-tjänst
CREATE TABLE requirement_assessment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    it_service_id   BIGINT        NOT NULL,
    requirement_code VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)   NOT NULL COMMENT 'UPPFYLLT, DELVIS, EJ_UPPFYLLT, EJ_TILLAMPLIGT',
    comment         VARCHAR(2000) NULL,
    assessed_by     VARCHAR(100)  NOT NULL,
    assessed_at     DATETIME(3)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_assessment UNIQUE (it_service_id, requirement_code),
    CONSTRAINT fk_assessment_service FOREIGN KEY (it_service_id) REFERENCES it_service (id),
    CONSTRAINT ck_assessment_status CHECK (status IN ('UPPFYLLT', 'DELVIS', 'EJ_UPPFYLLT', 'EJ_TILLAMPLIGT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the informationsägare's explicit decision on cloud / third-country hosting (R1.35)
CREATE TABLE hosting_decision (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    it_service_id   BIGINT        NOT NULL,
    outcome         VARCHAR(30)   NOT NULL COMMENT 'GODKAND_MED_VILLKOR, AVSLAGEN',
    conditions      VARCHAR(4000) NULL,
    decided_by      VARCHAR(100)  NOT NULL,
    decided_by_name VARCHAR(200)  NULL,
    decided_role    VARCHAR(40)   NOT NULL,
    decided_at      DATETIME(3)   NOT NULL,
    snapshot        TEXT          NOT NULL COMMENT 'JSON of what was decided on: hosting, countries, levels, personal data',
    CONSTRAINT fk_hosting_decision_service FOREIGN KEY (it_service_id) REFERENCES it_service (id),
    CONSTRAINT ck_hosting_decision_outcome CHECK (outcome IN ('GODKAND_MED_VILLKOR', 'AVSLAGEN')),
    INDEX ix_hosting_decision_service (it_service_id, decided_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
