-- demo data (loaded only in the demo and test environments): förvaltningar, avdelningar and enheter
-- below some nämnder so that scope can be shown. Idempotent: a repeatable migration re-runs when edited.
INSERT IGNORE INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT 'FORV-BROMMA', 'Bromma stadsdelsförvaltning', 'FORVALTNING', p.id, FALSE, CONCAT(p.path, 'x'), p.depth + 1, '2024-01-01', '2024-01-01' FROM org_unit p WHERE p.code = 'SDN-BROMMA';
INSERT IGNORE INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT 'AVD-BROMMA-ALDRE', 'Avdelningen för äldreomsorg, Bromma', 'AVDELNING', p.id, FALSE, CONCAT(p.path, 'x'), p.depth + 1, '2024-01-01', '2024-01-01' FROM org_unit p WHERE p.code = 'FORV-BROMMA';
INSERT IGNORE INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT 'ENH-BROMMA-HEMTJANST', 'Hemtjänsten Bromma', 'ENHET', p.id, FALSE, CONCAT(p.path, 'x'), p.depth + 1, '2024-01-01', '2024-01-01' FROM org_unit p WHERE p.code = 'AVD-BROMMA-ALDRE';
INSERT IGNORE INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT 'AVD-BROMMA-IFO', 'Avdelningen för individ- och familjeomsorg, Bromma', 'AVDELNING', p.id, FALSE, CONCAT(p.path, 'x'), p.depth + 1, '2024-01-01', '2024-01-01' FROM org_unit p WHERE p.code = 'FORV-BROMMA';
INSERT IGNORE INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT 'FORV-FARSTA', 'Farsta stadsdelsförvaltning', 'FORVALTNING', p.id, FALSE, CONCAT(p.path, 'x'), p.depth + 1, '2024-01-01', '2024-01-01' FROM org_unit p WHERE p.code = 'SDN-FARSTA';
INSERT IGNORE INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT 'AVD-FARSTA-FORSKOLA', 'Förskoleavdelningen, Farsta', 'AVDELNING', p.id, FALSE, CONCAT(p.path, 'x'), p.depth + 1, '2024-01-01', '2024-01-01' FROM org_unit p WHERE p.code = 'FORV-FARSTA';
INSERT IGNORE INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT 'ENH-FARSTA-FORSKOLA-HOKARANGEN', 'Förskolor Hökarängen', 'ENHET', p.id, FALSE, CONCAT(p.path, 'x'), p.depth + 1, '2024-01-01', '2024-01-01' FROM org_unit p WHERE p.code = 'AVD-FARSTA-FORSKOLA';
INSERT IGNORE INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT 'FORV-SOCIAL', 'Socialförvaltningen', 'FORVALTNING', p.id, FALSE, CONCAT(p.path, 'x'), p.depth + 1, '2024-01-01', '2024-01-01' FROM org_unit p WHERE p.code = 'FN-SOCIAL';
INSERT IGNORE INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT 'FORV-SERVICE', 'Serviceförvaltningen', 'FORVALTNING', p.id, FALSE, CONCAT(p.path, 'x'), p.depth + 1, '2024-01-01', '2024-01-01' FROM org_unit p WHERE p.code = 'FN-SERVICE';
-- each new row got a placeholder path (parent path + 'x'); replace it, parents before children
UPDATE org_unit c JOIN org_unit p ON c.parent_id = p.id SET c.path = CONCAT(p.path, c.id, '/') WHERE c.depth = 2 AND c.path LIKE '%x';
UPDATE org_unit c JOIN org_unit p ON c.parent_id = p.id SET c.path = CONCAT(p.path, c.id, '/') WHERE c.depth = 3 AND c.path LIKE '%x';
UPDATE org_unit c JOIN org_unit p ON c.parent_id = p.id SET c.path = CONCAT(p.path, c.id, '/') WHERE c.depth = 4 AND c.path LIKE '%x';
UPDATE org_unit c JOIN org_unit p ON c.parent_id = p.id SET c.path = CONCAT(p.path, c.id, '/') WHERE c.depth = 5 AND c.path LIKE '%x';
