-- demo data (loaded only in the demo and test environments): four city-wide classification templates
-- published by central-samordnare, with one answer per question of question catalogue 1 and the level per
-- aspect. Idempotent: template ids 1–10 are reserved for this file; rows are deleted and re-inserted unless a
-- classification already refers to the template, in which case the template is left as it is.
DELETE FROM template_level
 WHERE template_id BETWEEN 1 AND 10
   AND template_id NOT IN (SELECT template_id FROM classification WHERE template_id IS NOT NULL);
DELETE FROM template_answer
 WHERE template_id BETWEEN 1 AND 10
   AND template_id NOT IN (SELECT template_id FROM classification WHERE template_id IS NOT NULL);
DELETE FROM classification_template
 WHERE id BETWEEN 1 AND 10
   AND id NOT IN (SELECT template_id FROM classification WHERE template_id IS NOT NULL);

INSERT IGNORE INTO classification_template (id, name, description, catalogue_id, status, published_by, published_at, version) VALUES
 (1, 'Personalakt',
  'Mall för personalakter för stadens medarbetare: anställningsavtal, lönebeslut, rehabiliterings- och arbetsanpassningsärenden, disciplinära åtgärder och intyg. Innehåller personnummer, hemadress och känsliga personuppgifter om hälsa; stark sekretess kan gälla för uppgifter från personalsocial verksamhet (39 kap. 1 § OSL). Avsedd för HR-funktionerna i samtliga förvaltningar.',
  1, 'PUBLICERAD', 'central', '2026-02-01 09:00:00', 0),
 (2, 'Journal inom socialtjänsten',
  'Mall för journaler och akter inom individ- och familjeomsorgen: utredningar, orosanmälningar, beslut om insatser och journalanteckningar om barn och vuxna. Innehåller känsliga personuppgifter (hälsa, missbruk), uppgifter om lagöverträdelser och uppgifter om personer med skyddade personuppgifter, och omfattas av stark sekretess (26 kap. 1 § OSL). Socialjouren behöver uppgifterna för akuta skyddsbedömningar dygnet runt.',
  1, 'PUBLICERAD', 'central', '2026-02-01 09:00:00', 0),
 (3, 'Bygglovsärende',
  'Mall för ärenden om bygglov, rivningslov, marklov och förhandsbesked enligt plan- och bygglagen: ansökan, ritningar, remissvar, grannehöranden, beslut och avgifter. Handlingarna är i huvudsak allmänna och offentliga, men sökandes personnummer förekommer, och ritningar över vissa byggnader kan omfattas av sekretess.',
  1, 'PUBLICERAD', 'central', '2026-02-01 09:00:00', 0),
 (4, 'Leverantörsfakturor',
  'Mall för leverantörsfakturor i stadens ekonomisystem: fakturabilder, leverantörsregister med bankuppgifter, kontering, attester och betalningsfiler. Fakturor från enskilda firmor innehåller personnummer, och fakturor för placeringar och insatser kan avslöja uppgifter om enskilda som omfattas av sekretess inom socialtjänsten.',
  1, 'PUBLICERAD', 'central', '2026-02-01 09:00:00', 0);

-- one answer per question of question catalogue 1 (ids from V9; codes in the comments)
INSERT IGNORE INTO template_answer (template_id, question_id, answer_option_id) VALUES
 -- Personalakt
 (1,  1,   4), -- K-PERSONUPPGIFTER = KANSLIGA (3)
 (1,  2,   8), -- K-SKYDDADE-PERSONUPPGIFTER = ADRESS-VISTELSEORT (3)
 (1,  3,  12), -- K-SEKRETESS = STARK (3)
 (1,  4,  16), -- K-SKADA-ENSKILD = KRANKNING (2)
 (1,  5,  20), -- K-SKADA-VERKSAMHET = BETYDANDE (2)
 (1,  6,  24), -- K-LAGKRAV = BETYDANDE (2)
 (1,  7,  28), -- R-BESLUT-ENSKILD = BETYDANDE (2)
 (1,  8,  32), -- R-EKONOMI = BETYDANDE (2)
 (1,  9,  35), -- R-VERKSAMHET = MATTLIG (1)
 (1, 10,  40), -- R-FORTROENDE = MATTLIG (1)
 (1, 11,  45), -- R-LAGKRAV = BETYDANDE (2)
 (1, 12,  48), -- T-AVBROTT = NAGRA-DAGAR (1)
 (1, 13,  53), -- T-LIV-HALSA = MATTLIG (1)
 (1, 14,  57), -- T-SAMHALLSVIKTIG = MATTLIG (1)
 (1, 15,  61), -- T-FORLUST = EN-VECKA (1)
 (1, 16,  65), -- T-EKONOMI-FORTROENDE = MATTLIG (1)
 (1, 17,  69), -- T-LAGKRAV = MATTLIG (1)
 (1, 18,  74), -- S-ANDRINGAR = BETYDANDE (2)
 (1, 19,  79), -- S-LASNING = ALLVARLIG (3)
 (1, 20,  82), -- S-BEVIS = BETYDANDE (2)
 (1, 21,  85), -- S-EKONOMI-ATTEST = MATTLIG (1)
 (1, 22,  90), -- S-UTLAMNING = BETYDANDE (2)
 -- Journal inom socialtjänsten
 (2,  1,   4), -- K-PERSONUPPGIFTER = KANSLIGA (3)
 (2,  2,   8), -- K-SKYDDADE-PERSONUPPGIFTER = ADRESS-VISTELSEORT (3)
 (2,  3,  12), -- K-SEKRETESS = STARK (3)
 (2,  4,  17), -- K-SKADA-ENSKILD = FARA (3)
 (2,  5,  21), -- K-SKADA-VERKSAMHET = ALLVARLIG (3)
 (2,  6,  25), -- K-LAGKRAV = ALLVARLIG (3)
 (2,  7,  29), -- R-BESLUT-ENSKILD = ALLVARLIG (3)
 (2,  8,  31), -- R-EKONOMI = MATTLIG (1)
 (2,  9,  36), -- R-VERKSAMHET = BETYDANDE (2)
 (2, 10,  41), -- R-FORTROENDE = BETYDANDE (2)
 (2, 11,  45), -- R-LAGKRAV = BETYDANDE (2)
 (2, 12,  50), -- T-AVBROTT = NAGRA-TIMMAR (3)
 (2, 13,  55), -- T-LIV-HALSA = ALLVARLIG (3)
 (2, 14,  58), -- T-SAMHALLSVIKTIG = BETYDANDE (2)
 (2, 15,  62), -- T-FORLUST = ETT-DYGN (2)
 (2, 16,  65), -- T-EKONOMI-FORTROENDE = MATTLIG (1)
 (2, 17,  70), -- T-LAGKRAV = BETYDANDE (2)
 (2, 18,  75), -- S-ANDRINGAR = ALLVARLIG (3)
 (2, 19,  79), -- S-LASNING = ALLVARLIG (3)
 (2, 20,  82), -- S-BEVIS = BETYDANDE (2)
 (2, 21,  85), -- S-EKONOMI-ATTEST = MATTLIG (1)
 (2, 22,  91), -- S-UTLAMNING = ALLVARLIG (3)
 -- Bygglovsärende
 (3,  1,   3), -- K-PERSONUPPGIFTER = PERSONNUMMER-EKONOMI (2)
 (3,  2,   6), -- K-SKYDDADE-PERSONUPPGIFTER = HANTERAS-SEPARAT (1)
 (3,  3,  10), -- K-SEKRETESS = ENSTAKA (1)
 (3,  4,  15), -- K-SKADA-ENSKILD = OBEHAG (1)
 (3,  5,  19), -- K-SKADA-VERKSAMHET = MATTLIG (1)
 (3,  6,  23), -- K-LAGKRAV = MATTLIG (1)
 (3,  7,  28), -- R-BESLUT-ENSKILD = BETYDANDE (2)
 (3,  8,  31), -- R-EKONOMI = MATTLIG (1)
 (3,  9,  35), -- R-VERKSAMHET = MATTLIG (1)
 (3, 10,  41), -- R-FORTROENDE = BETYDANDE (2)
 (3, 11,  45), -- R-LAGKRAV = BETYDANDE (2)
 (3, 12,  48), -- T-AVBROTT = NAGRA-DAGAR (1)
 (3, 13,  53), -- T-LIV-HALSA = MATTLIG (1)
 (3, 14,  57), -- T-SAMHALLSVIKTIG = MATTLIG (1)
 (3, 15,  61), -- T-FORLUST = EN-VECKA (1)
 (3, 16,  65), -- T-EKONOMI-FORTROENDE = MATTLIG (1)
 (3, 17,  69), -- T-LAGKRAV = MATTLIG (1)
 (3, 18,  74), -- S-ANDRINGAR = BETYDANDE (2)
 (3, 19,  77), -- S-LASNING = MATTLIG (1)
 (3, 20,  81), -- S-BEVIS = MATTLIG (1)
 (3, 21,  85), -- S-EKONOMI-ATTEST = MATTLIG (1)
 (3, 22,  89), -- S-UTLAMNING = MATTLIG (1)
 -- Leverantörsfakturor
 (4,  1,   3), -- K-PERSONUPPGIFTER = PERSONNUMMER-EKONOMI (2)
 (4,  2,   7), -- K-SKYDDADE-PERSONUPPGIFTER = FOREKOMMER (2)
 (4,  3,  11), -- K-SEKRETESS = RAKT-SKADEREKVISIT (2)
 (4,  4,  15), -- K-SKADA-ENSKILD = OBEHAG (1)
 (4,  5,  19), -- K-SKADA-VERKSAMHET = MATTLIG (1)
 (4,  6,  24), -- K-LAGKRAV = BETYDANDE (2)
 (4,  7,  26), -- R-BESLUT-ENSKILD = INGEN (0)
 (4,  8,  33), -- R-EKONOMI = ALLVARLIG (3)
 (4,  9,  35), -- R-VERKSAMHET = MATTLIG (1)
 (4, 10,  41), -- R-FORTROENDE = BETYDANDE (2)
 (4, 11,  45), -- R-LAGKRAV = BETYDANDE (2)
 (4, 12,  48), -- T-AVBROTT = NAGRA-DAGAR (1)
 (4, 13,  52), -- T-LIV-HALSA = INGEN (0)
 (4, 14,  57), -- T-SAMHALLSVIKTIG = MATTLIG (1)
 (4, 15,  61), -- T-FORLUST = EN-VECKA (1)
 (4, 16,  65), -- T-EKONOMI-FORTROENDE = MATTLIG (1)
 (4, 17,  69), -- T-LAGKRAV = MATTLIG (1)
 (4, 18,  74), -- S-ANDRINGAR = BETYDANDE (2)
 (4, 19,  77), -- S-LASNING = MATTLIG (1)
 (4, 20,  83), -- S-BEVIS = ALLVARLIG (3)
 (4, 21,  87), -- S-EKONOMI-ATTEST = ALLVARLIG (3)
 (4, 22,  89); -- S-UTLAMNING = MATTLIG (1)

-- level per aspect: the highest proposed level among the answers, unless a motivation says otherwise
INSERT IGNORE INTO template_level (template_id, aspect, level, motivation) VALUES
 -- Personalakt
 (1, 'K', 3, NULL),
 (1, 'R', 2, NULL),
 (1, 'T', 1, NULL),
 (1, 'S', 3, NULL),
 -- Journal inom socialtjänsten
 (2, 'K', 3, NULL),
 (2, 'R', 3, NULL),
 (2, 'T', 3, NULL),
 (2, 'S', 3, NULL),
 -- Bygglovsärende
 (3, 'K', 1,
  'Sänkt från föreslagen nivå 2. Handlingarna i ett bygglovsärende är allmänna och i huvudsak offentliga och lämnas ut på begäran; personnummer förekommer bara för sökande och maskeras när handlingar publiceras på webben. Ritningar som kan omfattas av sekretess (18 kap. 8 § OSL) och ärenden där sökande har skyddade personuppgifter hanteras enligt särskild rutin utanför ärendet. Hanteringsklass Känslig bedöms därför inte motiverad för ärendet som helhet.'),
 (3, 'R', 2, NULL),
 (3, 'T', 1, NULL),
 (3, 'S', 2, NULL),
 -- Leverantörsfakturor
 (4, 'K', 2, NULL),
 (4, 'R', 3, NULL),
 (4, 'T', 2,
  'Höjd från föreslagen nivå 1. Svaren beskriver en normal månad, men kring månadsskiften och bokslut gör ett avbrott på mer än en arbetsdag att betalningar till utförare av hemtjänst och boenden med korta betalningsvillkor försenas och att månadsbokslutet inte kan stängas i tid. Nivå 2 ger krav på daglig säkerhetskopiering och en kontinuitetsplan med återställning inom 24 timmar.'),
 (4, 'S', 3, NULL);
