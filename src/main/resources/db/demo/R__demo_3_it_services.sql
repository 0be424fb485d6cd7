-- demo data (demo run and tests only): it-tjänster and which informationsmängder they process. Idempotent.
INSERT INTO it_service (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, administrator, hosting, cloud, countries, status, created_at, updated_at, version)
SELECT 'Procapita', 'Verksamhetssystem för individ- och familjeomsorg.', u.id, r.id, 'systemagare.social', 'Sofia System', 'Stadens it-förvaltning', 'STADENS', FALSE, NULL, 'AKTIV', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'FN-SOCIAL' WHERE u.code = 'FORV-SOCIAL'
  AND NOT EXISTS (SELECT 1 FROM it_service x WHERE x.name = 'Procapita');
INSERT IGNORE INTO it_service_asset (it_service_id, information_asset_id)
SELECT s.id, a.id FROM it_service s JOIN information_asset a ON a.name = 'Personakter inom individ- och familjeomsorg' WHERE s.name = 'Procapita';
INSERT IGNORE INTO it_service_asset (it_service_id, information_asset_id)
SELECT s.id, a.id FROM it_service s JOIN information_asset a ON a.name = 'Ekonomiskt bistånd – ansökningar' WHERE s.name = 'Procapita';
INSERT INTO it_service (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, administrator, hosting, cloud, countries, status, created_at, updated_at, version)
SELECT 'E-tjänst för ekonomiskt bistånd', 'Ansökan via stadens e-tjänsteplattform.', u.id, r.id, 'systemagare.social', 'Sofia System', 'Stadens it-förvaltning', 'EXTERN_SE', TRUE, NULL, 'AKTIV', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'FN-SOCIAL' WHERE u.code = 'FORV-SOCIAL'
  AND NOT EXISTS (SELECT 1 FROM it_service x WHERE x.name = 'E-tjänst för ekonomiskt bistånd');
INSERT IGNORE INTO it_service_asset (it_service_id, information_asset_id)
SELECT s.id, a.id FROM it_service s JOIN information_asset a ON a.name = 'Ekonomiskt bistånd – ansökningar' WHERE s.name = 'E-tjänst för ekonomiskt bistånd';
INSERT INTO it_service (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, administrator, hosting, cloud, countries, status, created_at, updated_at, version)
SELECT 'Enkätverktyg (SaaS)', 'Molntjänst för brukarundersökningar.', u.id, r.id, 'eva.ostermalm', 'Eva Östermalm', NULL, 'TREDJELAND', TRUE, 'US', 'AKTIV', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'SDN-OSTERMALM' WHERE u.code = 'SDN-OSTERMALM'
  AND NOT EXISTS (SELECT 1 FROM it_service x WHERE x.name = 'Enkätverktyg (SaaS)');
INSERT IGNORE INTO it_service_asset (it_service_id, information_asset_id)
SELECT s.id, a.id FROM it_service s JOIN information_asset a ON a.name = 'Synpunkter och klagomål' WHERE s.name = 'Enkätverktyg (SaaS)';
INSERT INTO it_service (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, administrator, hosting, cloud, countries, status, created_at, updated_at, version)
SELECT 'Driftövervakning SCADA', 'Styrsystem för vattenverken.', u.id, r.id, 'per.vatten', 'Per Vatten', 'Driftavdelningen', 'EGEN', FALSE, NULL, 'AKTIV', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'BOLAG-VATTEN-AVFALL' WHERE u.code = 'BOLAG-VATTEN-AVFALL'
  AND NOT EXISTS (SELECT 1 FROM it_service x WHERE x.name = 'Driftövervakning SCADA');
INSERT IGNORE INTO it_service_asset (it_service_id, information_asset_id)
SELECT s.id, a.id FROM it_service s JOIN information_asset a ON a.name = 'Driftdata vattenverk' WHERE s.name = 'Driftövervakning SCADA';
INSERT INTO it_service (name, description, org_unit_id, responsible_org_id, owner_username, owner_name, administrator, hosting, cloud, countries, status, created_at, updated_at, version)
SELECT 'Servicenämndens kundtjänstsystem', 'Ärendehantering för stadens kontaktcenter.', u.id, r.id, 'systemagare.service', 'Sven Service', 'Serviceförvaltningen', 'EU_EES', TRUE, NULL, 'AKTIV', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'FN-SERVICE' WHERE u.code = 'FORV-SERVICE'
  AND NOT EXISTS (SELECT 1 FROM it_service x WHERE x.name = 'Servicenämndens kundtjänstsystem');
