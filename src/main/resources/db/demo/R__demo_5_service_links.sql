-- demo: it-tjänster name their leverantör and the organisations that use them (idempotent)
UPDATE it_service s JOIN supplier p ON p.name = 'Nordisk Omsorgsdata AB'
   SET s.supplier_id = p.id
 WHERE s.name = 'E-tjänst för ekonomiskt bistånd' AND s.supplier_id IS NULL;

UPDATE it_service s JOIN supplier p ON p.name = 'Kontaktcenterdrift Norden AB'
   SET s.supplier_id = p.id
 WHERE s.name = 'Servicenämndens kundtjänstsystem' AND s.supplier_id IS NULL;

INSERT IGNORE INTO it_service_user (it_service_id, org_unit_id)
SELECT s.id, u.id FROM it_service s JOIN org_unit u ON u.code IN ('SDN-BROMMA', 'SDN-FARSTA', 'SDN-OSTERMALM')
 WHERE s.name = 'Procapita';

INSERT IGNORE INTO it_service_user (it_service_id, org_unit_id)
SELECT s.id, u.id FROM it_service s JOIN org_unit u ON u.code IN ('FN-SERVICE', 'FN-SOCIAL', 'FN-UTBILDNING')
 WHERE s.name = 'Servicenämndens kundtjänstsystem';
