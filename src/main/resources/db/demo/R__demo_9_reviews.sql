-- demo: granskningar with iakttagelser, so the list, the answer and closing flow and the risk candidate show something.
-- Idempotent: each row is inserted only when it is missing (reviews by title, findings by review and title).
--  * Bromma: an external, independent audit, ended (its report final), with three findings: one answered with
--    åtgärder and flagged to raise a risk candidate, one open, one closed by the reviewer
--  * Farsta: an internal review under way, with one open finding

INSERT INTO review (kind, independent, title, scope_text, org_unit_id, responsible_org_id, auditor_name,
                    auditor_organisation, planned_on, started_on, ended_on, status, report_reference, created_by,
                    created_at, updated_at, version)
SELECT 'EXTERN', TRUE, 'Extern revision av informationssäkerheten i äldreomsorgen 2026',
       'Behörighetshantering, informationsklassning och incidenthantering i hemtjänsten och avgiftshandläggningen, stickprov i verksamhetssystemen.',
       u.id, u.id, 'Karin Lind', 'Revisionsbyrån Mälardalen AB', '2026-08-15', '2026-09-01', '2026-10-15', 'AVSLUTAD',
       'Dnr SDN-BROMMA 2026/412', 'granskare', '2026-08-10 09:00:00', '2026-10-15 16:00:00', 2
  FROM org_unit u
 WHERE u.code = 'SDN-BROMMA'
   AND NOT EXISTS (SELECT 1 FROM review r WHERE r.title = 'Extern revision av informationssäkerheten i äldreomsorgen 2026');

INSERT INTO review (kind, independent, title, scope_text, org_unit_id, responsible_org_id, auditor_name,
                    auditor_organisation, planned_on, started_on, ended_on, status, report_reference, created_by,
                    created_at, updated_at, version)
SELECT 'INTERN', FALSE, 'Intern granskning av förskolornas hantering av barnlistor',
       'Hur förskolorna i Farsta förvarar, delar och gallrar barnlistor med kontaktuppgifter.',
       u.id, r.id, 'Greta Granskare', 'Farsta stadsdelsförvaltning, kvalitetsenheten', '2026-10-01', '2026-10-20', NULL,
       'PAGAR', NULL, 'granskare', '2026-09-20 09:00:00', '2026-10-20 08:00:00', 1
  FROM org_unit u JOIN org_unit r ON r.code = 'SDN-FARSTA'
 WHERE u.code = 'FORV-FARSTA'
   AND NOT EXISTS (SELECT 1 FROM review x WHERE x.title = 'Intern granskning av förskolornas hantering av barnlistor');

-- Bromma: answered, flagged to raise a risk candidate
INSERT INTO review_finding (review_id, title, observation, severity_code, recommendation, org_unit_id, raise_risk, status,
                            response, responded_by, responded_at, created_by, created_at, updated_at, version)
SELECT r.id, 'Behörigheter i hemtjänstens verksamhetssystem följs inte upp',
       'Elva av fyrtio stickprov avsåg konton för medarbetare som slutat; ingen genomgång av behörigheter har gjorts sedan 2024.',
       'HOG', 'Inför en dokumenterad behörighetsgenomgång minst två gånger per år och avsluta konton samma dag som anställningen upphör.',
       u.id, TRUE, 'BESVARAD',
       'Kontona är avslutade. En rutin för behörighetsgenomgång tas fram och kopplas till personalens avslutningsprocess.',
       'samordnare.bromma', '2026-11-05 10:00:00', 'granskare', '2026-10-15 15:00:00', '2026-11-05 10:00:00', 1
  FROM review r JOIN org_unit u ON u.code = 'ENH-BROMMA-HEMTJANST'
 WHERE r.title = 'Extern revision av informationssäkerheten i äldreomsorgen 2026'
   AND NOT EXISTS (SELECT 1 FROM review_finding f WHERE f.review_id = r.id
                      AND f.title = 'Behörigheter i hemtjänstens verksamhetssystem följs inte upp');

-- Bromma: open
INSERT INTO review_finding (review_id, title, observation, severity_code, recommendation, org_unit_id, raise_risk, status,
                            created_by, created_at, updated_at, version)
SELECT r.id, 'Avgiftsunderlagen saknar beslutad informationsklassning',
       'Avgiftsunderlag med inkomstuppgifter hanteras utan beslutad klassning, så skyddsnivån för systemen är okänd.',
       'MEDEL', 'Klassa informationsmängden och följ upp handlingsplanen för de it-tjänster som behandlar den.',
       u.id, FALSE, 'OPPEN', 'granskare', '2026-10-15 15:10:00', '2026-10-15 15:10:00', 0
  FROM review r JOIN org_unit u ON u.code = 'AVD-BROMMA-ALDRE'
 WHERE r.title = 'Extern revision av informationssäkerheten i äldreomsorgen 2026'
   AND NOT EXISTS (SELECT 1 FROM review_finding f WHERE f.review_id = r.id
                      AND f.title = 'Avgiftsunderlagen saknar beslutad informationsklassning');

-- Bromma: answered by the informationsägare and closed by the reviewer
INSERT INTO review_finding (review_id, title, observation, severity_code, recommendation, org_unit_id, raise_risk, status,
                            response, responded_by, responded_at, closing_comment, closed_by, closed_at, created_by,
                            created_at, updated_at, version)
SELECT r.id, 'Rutinen för informationssäkerhetsincidenter är inte känd',
       'Fem av åtta intervjuade medarbetare visste inte hur en incident ska rapporteras.',
       'LAG', 'Gå igenom incidentrutinen på arbetsplatsträffar och lägg den på intranätets startsida för verksamheten.',
       u.id, FALSE, 'STANGD',
       'Rutinen är genomgången på alla arbetsplatsträffar i oktober och finns på intranätet.',
       'agare.bromma', '2026-10-25 14:00:00',
       'Kontrollerat minnesanteckningar från arbetsplatsträffarna och länken på intranätet.', 'granskare',
       '2026-11-10 09:30:00', 'granskare', '2026-10-15 15:20:00', '2026-11-10 09:30:00', 2
  FROM review r JOIN org_unit u ON u.code = 'FORV-BROMMA'
 WHERE r.title = 'Extern revision av informationssäkerheten i äldreomsorgen 2026'
   AND NOT EXISTS (SELECT 1 FROM review_finding f WHERE f.review_id = r.id
                      AND f.title = 'Rutinen för informationssäkerhetsincidenter är inte känd');

-- Farsta: open
INSERT INTO review_finding (review_id, title, observation, severity_code, recommendation, org_unit_id, raise_risk, status,
                            created_by, created_at, updated_at, version)
SELECT r.id, 'Barnlistor skickas med vanlig e-post',
       'Två av fyra förskolor skickar barnlistor med personnummer som bilaga i okrypterad e-post till vikarier.',
       'HOG', 'Dela barnlistor i verksamhetssystemet i stället för med e-post.',
       u.id, FALSE, 'OPPEN', 'granskare', '2026-11-12 11:00:00', '2026-11-12 11:00:00', 0
  FROM review r JOIN org_unit u ON u.code = 'AVD-FARSTA-FORSKOLA'
 WHERE r.title = 'Intern granskning av förskolornas hantering av barnlistor'
   AND NOT EXISTS (SELECT 1 FROM review_finding f WHERE f.review_id = r.id
                      AND f.title = 'Barnlistor skickas med vanlig e-post');

-- the åtgärder Bromma planned in its answer
INSERT INTO review_finding_action (finding_id, title, responsible, due_on, status, created_by, created_at, updated_at, version)
SELECT f.id, 'Avsluta konton för medarbetare som slutat', 'Anna Bromma', '2026-11-30', 'KLAR', 'samordnare.bromma',
       '2026-11-05 10:05:00', '2026-11-12 08:00:00', 1
  FROM review_finding f
 WHERE f.title = 'Behörigheter i hemtjänstens verksamhetssystem följs inte upp'
   AND NOT EXISTS (SELECT 1 FROM review_finding_action a WHERE a.finding_id = f.id
                      AND a.title = 'Avsluta konton för medarbetare som slutat');
INSERT INTO review_finding_action (finding_id, title, responsible, due_on, status, created_by, created_at, updated_at, version)
SELECT f.id, 'Rutin för behörighetsgenomgång två gånger per år', 'Sam Bromma', '2027-02-28', 'PAGAR', 'samordnare.bromma',
       '2026-11-05 10:06:00', '2026-11-05 10:06:00', 0
  FROM review_finding f
 WHERE f.title = 'Behörigheter i hemtjänstens verksamhetssystem följs inte upp'
   AND NOT EXISTS (SELECT 1 FROM review_finding_action a WHERE a.finding_id = f.id
                      AND a.title = 'Rutin för behörighetsgenomgång två gånger per år');
