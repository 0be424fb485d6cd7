-- demo: Bromma's väsentliga risks and its internkontrollplan 2026, so that the internkontroll pages show
-- a fastställd plan, a closed T1, a T2 follow-up with an avvikelse and one that is still missing.
-- Idempotent: every row is inserted only when it is not there yet.

-- risks of SDN Bromma (owner agare.bromma), two of them väsentliga
INSERT INTO risk (title, description, threat, vulnerability, org_unit_id, responsible_org_id, owner_username, owner_name,
                  context, source, supplier_id, matrix_id, status, treatment, treatment_motivation, significant,
                  next_review_on, created_by, created_at, updated_at, version)
SELECT 'Behörigheter i hemtjänstens verksamhetssystem ses inte över',
       'Medarbetare som bytt tjänst behåller behörigheter till brukarnas genomförandeplaner.',
       'Obehörig läsning av känsliga personuppgifter', 'Ingen rutin för periodisk behörighetsgenomgång',
       u.id, r.id, 'agare.bromma', 'Anna Bromma', 'LINJEVERKSAMHET', 'MANUELL', NULL, 1, 'BESLUTAD', 'REDUCERA',
       'Kvartalsvis behörighetsgenomgång införs.', TRUE, '2027-01-31', 'agare.bromma', '2026-01-10 09:00:00',
       '2026-01-15 09:00:00', 3
  FROM org_unit u JOIN org_unit r ON r.code = 'SDN-BROMMA'
 WHERE u.code = 'ENH-BROMMA-HEMTJANST'
   AND NOT EXISTS (SELECT 1 FROM risk x WHERE x.title = 'Behörigheter i hemtjänstens verksamhetssystem ses inte över');
INSERT INTO risk (title, description, threat, vulnerability, org_unit_id, responsible_org_id, owner_username, owner_name,
                  context, source, supplier_id, matrix_id, status, treatment, treatment_motivation, significant,
                  next_review_on, created_by, created_at, updated_at, version)
SELECT 'Utskrifter med personuppgifter blir liggande i skrivare',
       'Genomförandeplaner skrivs ut i gemensamma skrivare utan säker utskrift.',
       'Röjande av personuppgifter', 'Skrivare utan inloggning vid utskrift',
       u.id, r.id, 'agare.bromma', 'Anna Bromma', 'LINJEVERKSAMHET', 'MANUELL', NULL, 1, 'BEDOMD', NULL, NULL, TRUE,
       '2026-12-31', 'agare.bromma', '2026-01-12 09:00:00', '2026-01-12 10:00:00', 1
  FROM org_unit u JOIN org_unit r ON r.code = 'SDN-BROMMA'
 WHERE u.code = 'AVD-BROMMA-ALDRE'
   AND NOT EXISTS (SELECT 1 FROM risk x WHERE x.title = 'Utskrifter med personuppgifter blir liggande i skrivare');
INSERT INTO risk (title, description, threat, vulnerability, org_unit_id, responsible_org_id, owner_username, owner_name,
                  context, source, supplier_id, matrix_id, status, treatment, treatment_motivation, significant,
                  next_review_on, created_by, created_at, updated_at, version)
SELECT 'Reservrutin vid avbrott i trygghetslarmet är inte övad',
       NULL, 'Avbrott i larmtjänsten', 'Reservrutinen har inte övats sedan upphandlingen',
       r.id, r.id, 'agare.bromma', 'Anna Bromma', 'LEVERANTOR', 'MANUELL', NULL, 1, 'IDENTIFIERAD', NULL, NULL, FALSE,
       NULL, 'samordnare.bromma', '2026-02-03 09:00:00', '2026-02-03 09:00:00', 0
  FROM org_unit r
 WHERE r.code = 'SDN-BROMMA'
   AND NOT EXISTS (SELECT 1 FROM risk x WHERE x.title = 'Reservrutin vid avbrott i trygghetslarmet är inte övad');

-- assessments: the band of each from the matrix's own cells
INSERT IGNORE INTO risk_assessment (risk_id, kind, likelihood, consequence, band_code, motivation, assessed_by, assessed_at)
SELECT x.id, a.kind, a.l, a.c, c.band_code, a.motivation, 'agare.bromma', '2026-01-14 09:00:00'
  FROM risk x
  JOIN (SELECT 'Behörigheter i hemtjänstens verksamhetssystem ses inte över' AS title, 'INNEBOENDE' AS kind, 3 AS l, 4 AS c,
               'Flera kända fall där behörigheter låg kvar efter byte av tjänst.' AS motivation
        UNION ALL SELECT 'Behörigheter i hemtjänstens verksamhetssystem ses inte över', 'KVARVARANDE', 2, 2,
               'Med kvartalsvis genomgång upptäcks kvarliggande behörigheter inom tre månader.'
        UNION ALL SELECT 'Utskrifter med personuppgifter blir liggande i skrivare', 'INNEBOENDE', 3, 2,
               'Utskrifter har hittats i skrivarrummet vid två tillfällen.') a ON a.title = x.title
  JOIN risk_matrix_cell c ON c.matrix_id = 1 AND c.likelihood = a.l AND c.consequence = a.c;

-- the periods of 2026; T1 closed by the central function
INSERT INTO reporting_period (period_year, code, name_sv, name_en, starts_on, ends_on, sort_no, status, closed_by, closed_at, created_at, version)
SELECT 2026, d.code, d.name_sv, d.name_en, '2026-01-01', LAST_DAY(CONCAT('2026-', LPAD(d.end_month, 2, '0'), '-01')), d.sort_no,
       IF(d.code = 'T1', 'STANGD', 'OPPEN'), IF(d.code = 'T1', 'central', NULL), IF(d.code = 'T1', '2026-05-20 12:00:00', NULL),
       '2026-01-05 08:00:00', IF(d.code = 'T1', 1, 0)
  FROM reporting_period_default d
 WHERE NOT EXISTS (SELECT 1 FROM reporting_period p WHERE p.period_year = 2026 AND p.code = d.code);

-- Bromma's plan 2026, fastställd by the nämnd
INSERT INTO control_plan (org_unit_id, plan_year, status, decided_on, decision_reference, revision_no, established_by,
                          established_at, created_by, created_at, updated_at, version)
SELECT r.id, 2026, 'FASTSTALLD', '2026-01-22', 'SDN Bromma 2026-01-22 § 9', 0, 'samordnare.bromma', '2026-01-23 09:00:00',
       'samordnare.bromma', '2026-01-16 09:00:00', '2026-01-23 09:00:00', 2
  FROM org_unit r
 WHERE r.code = 'SDN-BROMMA'
   AND NOT EXISTS (SELECT 1 FROM control_plan c WHERE c.org_unit_id = r.id AND c.plan_year = 2026);

INSERT INTO control_point (plan_id, title, what_checked, method, frequency_code, responsible, position_no, created_at, updated_at, version)
SELECT c.id, p.title, p.what_checked, p.method, p.frequency, p.responsible, p.position_no, '2026-01-16 09:00:00', '2026-01-16 09:00:00', 0
  FROM control_plan c JOIN org_unit r ON r.id = c.org_unit_id AND r.code = 'SDN-BROMMA'
  JOIN (SELECT 'Behörighetsgenomgång i hemtjänstens verksamhetssystem' AS title,
               'Att varje behörighet motsvarar medarbetarens nuvarande tjänst.' AS what_checked,
               'Stickprov på 20 behörigheter mot personalsystemet.' AS method, 'TERTIAL' AS frequency,
               'Enhetschef hemtjänst' AS responsible, 1 AS position_no
        UNION ALL SELECT 'Säker utskrift i äldreomsorgen', 'Att utskrifter med personuppgifter hämtas direkt och skrivare kräver inloggning.',
               'Rondering av skrivarrum och kontroll av skrivarinställningar.', 'HALVAR', 'Avdelningschef äldreomsorg', 2) p
 WHERE c.plan_year = 2026
   AND NOT EXISTS (SELECT 1 FROM control_point x WHERE x.plan_id = c.id AND x.title = p.title);

INSERT IGNORE INTO control_point_risk (control_point_id, risk_id)
SELECT p.id, x.id
  FROM control_point p JOIN control_plan c ON c.id = p.plan_id AND c.plan_year = 2026
  JOIN risk x ON (p.title = 'Behörighetsgenomgång i hemtjänstens verksamhetssystem' AND x.title = 'Behörigheter i hemtjänstens verksamhetssystem ses inte över')
              OR (p.title = 'Säker utskrift i äldreomsorgen' AND x.title = 'Utskrifter med personuppgifter blir liggande i skrivare');

INSERT IGNORE INTO control_point_period (control_point_id, period_code)
SELECT p.id, d.code
  FROM control_point p JOIN control_plan c ON c.id = p.plan_id AND c.plan_year = 2026
  JOIN reporting_period_default d
    ON (p.title = 'Behörighetsgenomgång i hemtjänstens verksamhetssystem')
    OR (p.title = 'Säker utskrift i äldreomsorgen' AND d.code IN ('T2', 'VB'));

-- follow-ups: T1 without remarks, T2 with an avvikelse; the printer control's T2 is still missing
INSERT INTO follow_up (control_point_id, period_id, result, comment, evidence_url, recorded_by, recorded_at, version)
SELECT p.id, rp.id, f.result, f.comment, f.url, 'samordnare.bromma', f.at, 0
  FROM control_point p JOIN control_plan c ON c.id = p.plan_id AND c.plan_year = 2026
  JOIN (SELECT 'T1' AS code, 'UTAN_ANMARKNING' AS result, 'Alla 20 behörigheter stämde.' AS comment,
               'https://intranat.stockholm.se/bromma/ik/2026-t1' AS url, '2026-04-28 15:00:00' AS at
        UNION ALL SELECT 'T2', 'MED_AVVIKELSE', 'Tre av 20 behörigheter låg kvar efter byte av tjänst.', NULL, '2026-08-27 15:00:00') f
  JOIN reporting_period rp ON rp.period_year = 2026 AND rp.code = f.code
 WHERE p.title = 'Behörighetsgenomgång i hemtjänstens verksamhetssystem'
   AND NOT EXISTS (SELECT 1 FROM follow_up x WHERE x.control_point_id = p.id AND x.period_id = rp.id);
