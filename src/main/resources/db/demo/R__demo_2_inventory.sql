-- demo data (demo run and tests only): a believable inventory for Socialnämnden, Bromma,
-- Östermalm and Stockholm Vatten och Avfall. Idempotent; one asset deliberately lacks an owner.
INSERT INTO information_asset (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, process, verksamhetsomrade, personal_data, sekretess, status, review_date, created_at, updated_at, version)
SELECT 'Personakter inom individ- och familjeomsorg', 'Utredningar, beslut och journalanteckningar om barn, unga och vuxna.', u.id, r.id, 'agare.social', 'Ali Social', 'Handläggning av bistånd', 'SOCIALTJANST', 'KANSLIGA', '26 kap. 1 § OSL', 'AKTIV', '2027-06-30', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'FN-SOCIAL' WHERE u.code = 'FORV-SOCIAL'
  AND NOT EXISTS (SELECT 1 FROM information_asset x WHERE x.name = 'Personakter inom individ- och familjeomsorg' AND x.org_unit_id = u.id);
INSERT INTO information_asset (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, process, verksamhetsomrade, personal_data, sekretess, status, review_date, created_at, updated_at, version)
SELECT 'Ekonomiskt bistånd – ansökningar', 'Ansökningar om försörjningsstöd med underlag.', u.id, r.id, 'agare.social', 'Ali Social', 'Ekonomiskt bistånd', 'SOCIALTJANST', 'PERSONNUMMER', '26 kap. 1 § OSL', 'AKTIV', '2027-06-30', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'FN-SOCIAL' WHERE u.code = 'FORV-SOCIAL'
  AND NOT EXISTS (SELECT 1 FROM information_asset x WHERE x.name = 'Ekonomiskt bistånd – ansökningar' AND x.org_unit_id = u.id);
INSERT INTO information_asset (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, process, verksamhetsomrade, personal_data, sekretess, status, review_date, created_at, updated_at, version)
SELECT 'Statistik om hemlöshet', 'Avidentifierad statistik för uppföljning.', u.id, r.id, 'agare.social', 'Ali Social', 'Uppföljning', 'SOCIALTJANST', 'INGA', NULL, 'AKTIV', '2027-06-30', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'FN-SOCIAL' WHERE u.code = 'FN-SOCIAL'
  AND NOT EXISTS (SELECT 1 FROM information_asset x WHERE x.name = 'Statistik om hemlöshet' AND x.org_unit_id = u.id);
INSERT INTO information_asset (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, process, verksamhetsomrade, personal_data, sekretess, status, review_date, created_at, updated_at, version)
SELECT 'Hemtjänstens genomförandeplaner', 'Planer för insatser hos brukare i Bromma.', u.id, r.id, 'agare.bromma', 'Anna Bromma', 'Hemtjänst', 'ALDREOMSORG', 'KANSLIGA', '26 kap. 1 § OSL', 'AKTIV', '2027-06-30', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'SDN-BROMMA' WHERE u.code = 'ENH-BROMMA-HEMTJANST'
  AND NOT EXISTS (SELECT 1 FROM information_asset x WHERE x.name = 'Hemtjänstens genomförandeplaner' AND x.org_unit_id = u.id);
INSERT INTO information_asset (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, process, verksamhetsomrade, personal_data, sekretess, status, review_date, created_at, updated_at, version)
SELECT 'Avgiftsunderlag äldreomsorg', 'Inkomstuppgifter för beräkning av avgifter.', u.id, r.id, 'agare.bromma', 'Anna Bromma', 'Avgiftshantering', 'ALDREOMSORG', 'PERSONNUMMER', '26 kap. 1 § OSL', 'AKTIV', '2027-06-30', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'SDN-BROMMA' WHERE u.code = 'AVD-BROMMA-ALDRE'
  AND NOT EXISTS (SELECT 1 FROM information_asset x WHERE x.name = 'Avgiftsunderlag äldreomsorg' AND x.org_unit_id = u.id);
INSERT INTO information_asset (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, process, verksamhetsomrade, personal_data, sekretess, status, review_date, created_at, updated_at, version)
SELECT 'Synpunkter och klagomål', 'Synpunkter från invånare på nämndens verksamhet.', u.id, r.id, 'eva.ostermalm', 'Eva Östermalm', 'Synpunktshantering', 'LEDNING-ADMIN', 'PERSONUPPGIFTER', NULL, 'AKTIV', '2027-06-30', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'SDN-OSTERMALM' WHERE u.code = 'SDN-OSTERMALM'
  AND NOT EXISTS (SELECT 1 FROM information_asset x WHERE x.name = 'Synpunkter och klagomål' AND x.org_unit_id = u.id);
INSERT INTO information_asset (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, process, verksamhetsomrade, personal_data, sekretess, status, review_date, created_at, updated_at, version)
SELECT 'Förskolans barnlistor', 'Inskrivna barn, vårdnadshavare och kontaktuppgifter.', u.id, r.id, 'eva.ostermalm', 'Eva Östermalm', 'Förskoleverksamhet', 'FORSKOLA', 'PERSONNUMMER', NULL, 'AKTIV', '2027-06-30', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'SDN-OSTERMALM' WHERE u.code = 'SDN-OSTERMALM'
  AND NOT EXISTS (SELECT 1 FROM information_asset x WHERE x.name = 'Förskolans barnlistor' AND x.org_unit_id = u.id);
INSERT INTO information_asset (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, process, verksamhetsomrade, personal_data, sekretess, status, review_date, created_at, updated_at, version)
SELECT 'Diarium för nämndärenden', 'Registrerade handlingar till nämnden.', u.id, r.id, NULL, NULL, 'Ärendehantering', 'LEDNING-ADMIN', 'PERSONUPPGIFTER', NULL, 'AKTIV', '2027-06-30', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'SDN-OSTERMALM' WHERE u.code = 'SDN-OSTERMALM'
  AND NOT EXISTS (SELECT 1 FROM information_asset x WHERE x.name = 'Diarium för nämndärenden' AND x.org_unit_id = u.id);
INSERT INTO information_asset (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, process, verksamhetsomrade, personal_data, sekretess, status, review_date, created_at, updated_at, version)
SELECT 'Driftdata vattenverk', 'Mätvärden och styrdata från Lovö och Norsborg.', u.id, r.id, 'per.vatten', 'Per Vatten', 'Dricksvattenproduktion', 'STADSMILJO', 'INGA', '18 kap. 13 § OSL', 'AKTIV', '2027-06-30', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'BOLAG-VATTEN-AVFALL' WHERE u.code = 'BOLAG-VATTEN-AVFALL'
  AND NOT EXISTS (SELECT 1 FROM information_asset x WHERE x.name = 'Driftdata vattenverk' AND x.org_unit_id = u.id);
INSERT INTO information_asset (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, process, verksamhetsomrade, personal_data, sekretess, status, review_date, created_at, updated_at, version)
SELECT 'Kundregister VA och avfall', 'Abonnenter, fastigheter och fakturering.', u.id, r.id, 'per.vatten', 'Per Vatten', 'Kundservice', 'STADSMILJO', 'PERSONNUMMER', NULL, 'AKTIV', '2027-06-30', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'BOLAG-VATTEN-AVFALL' WHERE u.code = 'BOLAG-VATTEN-AVFALL'
  AND NOT EXISTS (SELECT 1 FROM information_asset x WHERE x.name = 'Kundregister VA och avfall' AND x.org_unit_id = u.id);
