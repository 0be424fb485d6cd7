-- demo data (demo run and tests only): leverantörer with contracts for Socialnämnden, Servicenämnden
-- and Bromma. Idempotent. The companies are made up; their organisationsnummer only pass the Luhn check.
-- One contract has ended and one ends within 90 days (relative to today), so the detail page marks them;
-- one supplier lacks a personuppgiftsbiträdesavtal, so the "utan avtal" filter finds something.
INSERT INTO supplier (name, organisation_number, org_unit_id, responsible_org_id, dpa_in_place, subprocessors, status, created_at, updated_at, version)
SELECT 'Nordisk Omsorgsdata AB', '559123-4561', u.id, r.id, TRUE, 'Driftpartner i Sverige (datacenter i Stockholm); supportpartner i Finland', 'AKTIV', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'FN-SOCIAL' WHERE u.code = 'FORV-SOCIAL'
  AND NOT EXISTS (SELECT 1 FROM supplier x WHERE x.name = 'Nordisk Omsorgsdata AB');
INSERT INTO supplier_contract (supplier_id, reference, starts_on, ends_on)
SELECT s.id, 'SOF 2022/431', '2022-04-01', CURDATE() + INTERVAL 60 DAY FROM supplier s
WHERE s.name = 'Nordisk Omsorgsdata AB' AND NOT EXISTS (SELECT 1 FROM supplier_contract c WHERE c.supplier_id = s.id AND c.reference = 'SOF 2022/431');
INSERT INTO supplier_contract (supplier_id, reference, starts_on, ends_on)
SELECT s.id, 'SOF 2025/088', '2025-06-01', '2029-05-31' FROM supplier s
WHERE s.name = 'Nordisk Omsorgsdata AB' AND NOT EXISTS (SELECT 1 FROM supplier_contract c WHERE c.supplier_id = s.id AND c.reference = 'SOF 2025/088');
INSERT INTO supplier (name, organisation_number, org_unit_id, responsible_org_id, dpa_in_place, subprocessors, status, created_at, updated_at, version)
SELECT 'Tolkförmedling Mälardalen AB', '559234-1878', u.id, r.id, FALSE, NULL, 'AKTIV', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'FN-SOCIAL' WHERE u.code = 'FORV-SOCIAL'
  AND NOT EXISTS (SELECT 1 FROM supplier x WHERE x.name = 'Tolkförmedling Mälardalen AB');
INSERT INTO supplier_contract (supplier_id, reference, starts_on, ends_on)
SELECT s.id, 'SOF 2021/217', '2021-01-01', CURDATE() - INTERVAL 45 DAY FROM supplier s
WHERE s.name = 'Tolkförmedling Mälardalen AB' AND NOT EXISTS (SELECT 1 FROM supplier_contract c WHERE c.supplier_id = s.id AND c.reference = 'SOF 2021/217');
INSERT INTO supplier (name, organisation_number, org_unit_id, responsible_org_id, dpa_in_place, subprocessors, status, created_at, updated_at, version)
SELECT 'Kontaktcenterdrift Norden AB', '556677-8899', u.id, r.id, TRUE, 'Molnleverantör med drift inom EU/EES', 'AKTIV', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'FN-SERVICE' WHERE u.code = 'FORV-SERVICE'
  AND NOT EXISTS (SELECT 1 FROM supplier x WHERE x.name = 'Kontaktcenterdrift Norden AB');
INSERT INTO supplier_contract (supplier_id, reference, starts_on, ends_on)
SELECT s.id, 'SN 2023/1204', '2023-09-01', '2027-08-31' FROM supplier s
WHERE s.name = 'Kontaktcenterdrift Norden AB' AND NOT EXISTS (SELECT 1 FROM supplier_contract c WHERE c.supplier_id = s.id AND c.reference = 'SN 2023/1204');
INSERT INTO supplier (name, organisation_number, org_unit_id, responsible_org_id, dpa_in_place, subprocessors, status, created_at, updated_at, version)
SELECT 'Trygghetslarm Väst AB', '559301-4425', u.id, r.id, TRUE, NULL, 'AKTIV', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0
FROM org_unit u JOIN org_unit r ON r.code = 'SDN-BROMMA' WHERE u.code = 'AVD-BROMMA-ALDRE'
  AND NOT EXISTS (SELECT 1 FROM supplier x WHERE x.name = 'Trygghetslarm Väst AB');
INSERT INTO supplier_contract (supplier_id, reference, starts_on, ends_on)
SELECT s.id, 'BRO 2024/56', '2024-03-01', '2028-02-29' FROM supplier s
WHERE s.name = 'Trygghetslarm Väst AB' AND NOT EXISTS (SELECT 1 FROM supplier_contract c WHERE c.supplier_id = s.id AND c.reference = 'BRO 2024/56');
