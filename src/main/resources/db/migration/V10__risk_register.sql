-- risk: the risk matrix as data (versioned), risks with inherent / current / residual assessments,
-- treatment and actions, the owner's acceptance, and risk candidates raised from other modules.

CREATE TABLE risk_matrix (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_no          INT           NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    likelihood_steps    TINYINT       NOT NULL,
    consequence_steps   TINYINT       NOT NULL,
    status              VARCHAR(20)   NOT NULL COMMENT 'UTKAST, PUBLICERAD, ERSATT',
    published_at        DATETIME(3)   NULL,
    published_by        VARCHAR(100)  NULL,
    created_at          DATETIME(3)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_risk_matrix_version UNIQUE (version_no),
    CONSTRAINT ck_risk_matrix_status CHECK (status IN ('UTKAST', 'PUBLICERAD', 'ERSATT')),
    CONSTRAINT ck_risk_matrix_size CHECK (likelihood_steps BETWEEN 2 AND 7 AND consequence_steps BETWEEN 2 AND 7)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the steps of each axis: sannolikhet (likelihood) and konsekvens (consequence)
CREATE TABLE risk_scale_step (
    matrix_id       BIGINT        NOT NULL,
    axis            VARCHAR(20)   NOT NULL COMMENT 'SANNOLIKHET or KONSEKVENS',
    step            TINYINT       NOT NULL,
    name_sv         VARCHAR(100)  NOT NULL,
    description_sv  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (matrix_id, axis, step),
    CONSTRAINT fk_scale_step_matrix FOREIGN KEY (matrix_id) REFERENCES risk_matrix (id),
    CONSTRAINT ck_scale_step_axis CHECK (axis IN ('SANNOLIKHET', 'KONSEKVENS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE risk_band (
    matrix_id   BIGINT        NOT NULL,
    code        VARCHAR(20)   NOT NULL COMMENT 'e.g. LAG, MEDEL, HOG, MYCKET_HOG',
    name_sv     VARCHAR(60)   NOT NULL,
    colour      CHAR(7)       NOT NULL COMMENT 'background colour of the cells, #rrggbb',
    rank_no     INT           NOT NULL COMMENT '1 = lowest',
    PRIMARY KEY (matrix_id, code),
    CONSTRAINT fk_band_matrix FOREIGN KEY (matrix_id) REFERENCES risk_matrix (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the band of every cell: any shape of matrix, not only a product rule
CREATE TABLE risk_matrix_cell (
    matrix_id    BIGINT       NOT NULL,
    likelihood   TINYINT      NOT NULL,
    consequence  TINYINT      NOT NULL,
    band_code    VARCHAR(20)  NOT NULL,
    PRIMARY KEY (matrix_id, likelihood, consequence),
    CONSTRAINT fk_cell_matrix FOREIGN KEY (matrix_id) REFERENCES risk_matrix (id),
    CONSTRAINT fk_cell_band FOREIGN KEY (matrix_id, band_code) REFERENCES risk_band (matrix_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE risk (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                VARCHAR(200)  NOT NULL,
    description          TEXT          NULL,
    threat               VARCHAR(2000) NULL,
    vulnerability        VARCHAR(2000) NULL,
    org_unit_id          BIGINT        NOT NULL,
    responsible_org_id   BIGINT        NOT NULL,
    owner_username       VARCHAR(100)  NOT NULL COMMENT 'risk owner: an informationsägare',
    owner_name           VARCHAR(200)  NULL,
    context              VARCHAR(20)   NOT NULL COMMENT 'LINJEVERKSAMHET, LEVERANTOR, PROJEKT, INFORANDE',
    source               VARCHAR(20)   NOT NULL COMMENT 'MANUELL, HANDLINGSPLAN, DRIFTBESLUT, GRANSKNING',
    supplier_id          BIGINT        NULL,
    matrix_id            BIGINT        NOT NULL COMMENT 'the matrix the risk is assessed with',
    status               VARCHAR(20)   NOT NULL COMMENT 'IDENTIFIERAD, BEDOMD, GRANSKAD, BESLUTAD, STANGD',
    treatment            VARCHAR(20)   NULL COMMENT 'REDUCERA, ACCEPTERA, UNDVIKA, OVERFORA',
    treatment_motivation VARCHAR(2000) NULL,
    significant          BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'väsentlig: carried into the väsentlighets- och riskanalys',
    next_review_on       DATE          NULL,
    created_by           VARCHAR(100)  NOT NULL,
    created_at           DATETIME(3)   NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_risk_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_risk_responsible FOREIGN KEY (responsible_org_id) REFERENCES org_unit (id),
    CONSTRAINT fk_risk_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_risk_matrix FOREIGN KEY (matrix_id) REFERENCES risk_matrix (id),
    CONSTRAINT ck_risk_status CHECK (status IN ('IDENTIFIERAD', 'BEDOMD', 'GRANSKAD', 'BESLUTAD', 'STANGD')),
    CONSTRAINT ck_risk_context CHECK (context IN ('LINJEVERKSAMHET', 'LEVERANTOR', 'PROJEKT', 'INFORANDE')),
    CONSTRAINT ck_risk_source CHECK (source IN ('MANUELL', 'HANDLINGSPLAN', 'DRIFTBESLUT', 'GRANSKNING')),
    CONSTRAINT ck_risk_treatment CHECK (treatment IS NULL OR treatment IN ('REDUCERA', 'ACCEPTERA', 'UNDVIKA', 'OVERFORA')),
    INDEX ix_risk_unit (org_unit_id),
    INDEX ix_risk_status_review (status, next_review_on),
    INDEX ix_risk_owner (owner_username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- inherent (inneboende), current (nuvarande) and residual (kvarvarande) risk, kept apart
CREATE TABLE risk_assessment (
    risk_id      BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL COMMENT 'INNEBOENDE, NUVARANDE, KVARVARANDE',
    likelihood   TINYINT       NOT NULL,
    consequence  TINYINT       NOT NULL,
    band_code    VARCHAR(20)   NOT NULL,
    motivation   VARCHAR(2000) NOT NULL,
    assessed_by  VARCHAR(100)  NOT NULL,
    assessed_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (risk_id, kind),
    CONSTRAINT fk_assessment_risk FOREIGN KEY (risk_id) REFERENCES risk (id),
    CONSTRAINT ck_assessment_kind CHECK (kind IN ('INNEBOENDE', 'NUVARANDE', 'KVARVARANDE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE risk_asset (
    risk_id               BIGINT NOT NULL,
    information_asset_id  BIGINT NOT NULL,
    PRIMARY KEY (risk_id, information_asset_id),
    CONSTRAINT fk_risk_asset_risk FOREIGN KEY (risk_id) REFERENCES risk (id),
    CONSTRAINT fk_risk_asset_asset FOREIGN KEY (information_asset_id) REFERENCES information_asset (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE risk_service (
    risk_id        BIGINT NOT NULL,
    it_service_id  BIGINT NOT NULL,
    PRIMARY KEY (risk_id, it_service_id),
    CONSTRAINT fk_risk_service_risk FOREIGN KEY (risk_id) REFERENCES risk (id),
    CONSTRAINT fk_risk_service_service FOREIGN KEY (it_service_id) REFERENCES it_service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- åtgärder (actions) of a risk's treatment
CREATE TABLE risk_action (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    risk_id           BIGINT        NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    description       VARCHAR(2000) NULL,
    responsible       VARCHAR(200)  NOT NULL,
    due_on            DATE          NOT NULL,
    status            VARCHAR(20)   NOT NULL COMMENT 'PLANERAD, PAGAR, KLAR, STRUKEN',
    it_service_id     BIGINT        NULL COMMENT 'with requirement_code: the handlingsplan requirement the action fulfils',
    requirement_code  VARCHAR(20)   NULL,
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_action_risk FOREIGN KEY (risk_id) REFERENCES risk (id),
    CONSTRAINT fk_action_service FOREIGN KEY (it_service_id) REFERENCES it_service (id),
    CONSTRAINT ck_action_status CHECK (status IN ('PLANERAD', 'PAGAR', 'KLAR', 'STRUKEN')),
    INDEX ix_action_risk (risk_id),
    INDEX ix_action_due (status, due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the risk owner's formal sign-off; never changed, superseded or expired by status only
CREATE TABLE risk_acceptance (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    risk_id           BIGINT        NOT NULL,
    status            VARCHAR(30)   NOT NULL COMMENT 'VANTAR_PA_CENTRAL, GALLANDE, UTGANGEN, ERSATT, AVSLAGEN',
    rationale         VARCHAR(4000) NOT NULL,
    expires_on        DATE          NOT NULL,
    accepted_by       VARCHAR(100)  NOT NULL,
    accepted_by_name  VARCHAR(200)  NULL,
    accepted_role     VARCHAR(40)   NOT NULL,
    accepted_at       DATETIME(3)   NOT NULL,
    second_by         VARCHAR(100)  NULL COMMENT 'central-samordnare, for band mycket hög (ADR)',
    second_role       VARCHAR(40)   NULL,
    second_at         DATETIME(3)   NULL,
    second_comment    VARCHAR(2000) NULL,
    snapshot          TEXT          NOT NULL COMMENT 'JSON of the risk and its assessments as accepted',
    CONSTRAINT fk_acceptance_risk FOREIGN KEY (risk_id) REFERENCES risk (id),
    CONSTRAINT ck_acceptance_status CHECK (status IN ('VANTAR_PA_CENTRAL', 'GALLANDE', 'UTGANGEN', 'ERSATT', 'AVSLAGEN')),
    INDEX ix_acceptance_risk (risk_id),
    INDEX ix_acceptance_expiry (status, expires_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- risk candidates raised from handlingsplan gaps, missing hosting decisions and (later) audit findings
CREATE TABLE risk_candidate (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind               VARCHAR(20)   NOT NULL COMMENT 'HANDLINGSPLAN, DRIFTBESLUT, GRANSKNING',
    cause_key          VARCHAR(200)  NOT NULL COMMENT 'what raised it, stable: e.g. HANDLINGSPLAN:12:K1-01',
    cause_state        VARCHAR(500)  NOT NULL COMMENT 'the state of the cause when raised; a dismissed candidate returns when it changes',
    org_unit_id        BIGINT        NOT NULL,
    it_service_id      BIGINT        NULL,
    requirement_code   VARCHAR(20)   NULL,
    title              VARCHAR(300)  NOT NULL,
    detail             VARCHAR(2000) NULL,
    status             VARCHAR(20)   NOT NULL COMMENT 'NY, RISK, AVFARDAD, INAKTUELL',
    risk_id            BIGINT        NULL,
    decided_by         VARCHAR(100)  NULL,
    decided_at         DATETIME(3)   NULL,
    dismiss_motivation VARCHAR(2000) NULL,
    created_at         DATETIME(3)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_candidate_cause UNIQUE (cause_key),
    CONSTRAINT fk_candidate_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_candidate_service FOREIGN KEY (it_service_id) REFERENCES it_service (id),
    CONSTRAINT fk_candidate_risk FOREIGN KEY (risk_id) REFERENCES risk (id),
    CONSTRAINT ck_candidate_status CHECK (status IN ('NY', 'RISK', 'AVFARDAD', 'INAKTUELL')),
    INDEX ix_candidate_status (status, org_unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the default matrix: 4×4 as in the city's väsentlighets- och riskanalys
INSERT INTO risk_matrix (id, version_no, name, likelihood_steps, consequence_steps, status, published_at, published_by, created_at, version)
VALUES (1, 1, 'Stadens riskmatris 4×4 (väsentlighets- och riskanalys)', 4, 4, 'PUBLICERAD', '2026-01-01 00:00:00', 'admin', '2026-01-01 00:00:00', 0);

INSERT INTO risk_scale_step (matrix_id, axis, step, name_sv, description_sv) VALUES
 (1, 'SANNOLIKHET', 1, 'Osannolik',         'Händelsen förväntas inte inträffa under de närmaste fem åren; det finns inga kända fall i staden eller hos jämförbara kommuner.'),
 (1, 'SANNOLIKHET', 2, 'Möjlig',            'Händelsen kan inträffa någon gång under en femårsperiod; liknande händelser har inträffat i andra kommuner.'),
 (1, 'SANNOLIKHET', 3, 'Sannolik',          'Händelsen förväntas inträffa någon gång per år; den har inträffat i staden tidigare.'),
 (1, 'SANNOLIKHET', 4, 'Mycket sannolik',   'Händelsen inträffar flera gånger per år eller pågår redan.'),
 (1, 'KONSEKVENS',  1, 'Försumbar/lindrig', 'Ingen eller liten påverkan: kortare störning som verksamheten själv hanterar, ingen skada för enskilda, obetydliga kostnader.'),
 (1, 'KONSEKVENS',  2, 'Måttlig',           'Märkbar störning eller fel som rättas inom verksamheten; begränsad olägenhet för enskilda; kostnader under 100 000 kronor.'),
 (1, 'KONSEKVENS',  3, 'Betydande',         'Verksamheten kan inte utföra viktiga uppgifter under en tid, enskilda kan skadas ekonomiskt eller i sin integritet, anmälningspliktig incident eller lokal mediebevakning; kostnader upp till några miljoner kronor.'),
 (1, 'KONSEKVENS',  4, 'Allvarlig',         'Fara för liv och hälsa, långvarigt avbrott i samhällsviktig verksamhet, allvarlig integritetsskada för många, sanktionsavgift eller nationell mediebevakning; kostnader över några miljoner kronor.');

INSERT INTO risk_band (matrix_id, code, name_sv, colour, rank_no) VALUES
 (1, 'LAG',        'Låg',        '#cfe8cf', 1),
 (1, 'MEDEL',      'Medel',      '#fff2b3', 2),
 (1, 'HOG',        'Hög',        '#ffd0a0', 3),
 (1, 'MYCKET_HOG', 'Mycket hög', '#f4a6a6', 4);

-- riskvärde = sannolikhet × konsekvens: 1–2 låg, 3–4 medel, 6–8 hög, 9–16 mycket hög
INSERT INTO risk_matrix_cell (matrix_id, likelihood, consequence, band_code) VALUES
 (1, 1, 1, 'LAG'),   (1, 1, 2, 'LAG'),   (1, 1, 3, 'MEDEL'), (1, 1, 4, 'MEDEL'),
 (1, 2, 1, 'LAG'),   (1, 2, 2, 'MEDEL'), (1, 2, 3, 'HOG'),   (1, 2, 4, 'HOG'),
 (1, 3, 1, 'MEDEL'), (1, 3, 2, 'HOG'),   (1, 3, 3, 'MYCKET_HOG'), (1, 3, 4, 'MYCKET_HOG'),
 (1, 4, 1, 'MEDEL'), (1, 4, 2, 'HOG'),   (1, 4, 3, 'MYCKET_HOG'), (1, 4, 4, 'MYCKET_HOG');
