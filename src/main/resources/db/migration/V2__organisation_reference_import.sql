-- organisation: reference import of Stockholms stad (seed-digest R1.29, R1.57): 15 facknämnder,
-- 13 stadsdelsnämnder, Stockholms Stadshus AB and its bolag. Paths are filled in after the inserts.
INSERT INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since) VALUES
 ('STHLM', 'Stockholms stad', 'KOMMUN', NULL, FALSE, '', 0, '2021-01-01', '2021-01-01');

INSERT INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT v.code, v.name, 'NAMND', p.id, v.ib, '', 1, '2021-01-01', '2021-01-01' FROM org_unit p JOIN (
  SELECT 'FN-ARBETSMARKNAD' AS code, 'Arbetsmarknadsnämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-EXPLOATERING' AS code, 'Exploateringsnämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-FASTIGHET' AS code, 'Fastighetsnämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-IDROTT' AS code, 'Idrottsnämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-KULTUR' AS code, 'Kulturnämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-KYRKOGARD' AS code, 'Kyrkogårdsnämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-MILJO-HALSO' AS code, 'Miljö- och hälsoskyddsnämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-SERVICE' AS code, 'Servicenämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-SOCIAL' AS code, 'Socialnämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-STADSBYGGNAD' AS code, 'Stadsbyggnadsnämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-TRAFIK' AS code, 'Trafiknämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-UTBILDNING' AS code, 'Utbildningsnämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-VAL' AS code, 'Valnämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-ALDRE' AS code, 'Äldrenämnden' AS name, FALSE AS ib
  UNION ALL
  SELECT 'FN-OVERFORMYNDARE' AS code, 'Överförmyndarnämnden' AS name, FALSE AS ib
) v WHERE p.code = 'STHLM';

INSERT INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT v.code, v.name, 'STADSDELSNAMND', p.id, v.ib, '', 1, '2021-01-01', '2021-01-01' FROM org_unit p JOIN (
  SELECT 'SDN-BROMMA' AS code, 'Bromma stadsdelsnämnd' AS name, FALSE AS ib
  UNION ALL
  SELECT 'SDN-ENSKEDE-ARSTA-VANTOR' AS code, 'Enskede-Årsta-Vantörs stadsdelsnämnd' AS name, FALSE AS ib
  UNION ALL
  SELECT 'SDN-FARSTA' AS code, 'Farsta stadsdelsnämnd' AS name, FALSE AS ib
  UNION ALL
  SELECT 'SDN-HAGERSTEN-ALVSJO' AS code, 'Hägersten-Älvsjö stadsdelsnämnd' AS name, FALSE AS ib
  UNION ALL
  SELECT 'SDN-HASSELBY-VALLINGBY' AS code, 'Hässelby-Vällingby stadsdelsnämnd' AS name, FALSE AS ib
  UNION ALL
  SELECT 'SDN-KUNGSHOLMEN' AS code, 'Kungsholmens stadsdelsnämnd' AS name, FALSE AS ib
  UNION ALL
  SELECT 'SDN-NORRMALM' AS code, 'Norrmalms stadsdelsnämnd' AS name, FALSE AS ib
  UNION ALL
  SELECT 'SDN-RINKEBY-KISTA' AS code, 'Rinkeby-Kista stadsdelsnämnd' AS name, FALSE AS ib
  UNION ALL
  SELECT 'SDN-SKARPNACK' AS code, 'Skarpnäcks stadsdelsnämnd' AS name, FALSE AS ib
  UNION ALL
  SELECT 'SDN-SKARHOLMEN' AS code, 'Skärholmens stadsdelsnämnd' AS name, FALSE AS ib
  UNION ALL
  SELECT 'SDN-SPANGA-TENSTA' AS code, 'Spånga-Tensta stadsdelsnämnd' AS name, FALSE AS ib
  UNION ALL
  SELECT 'SDN-SODERMALM' AS code, 'Södermalms stadsdelsnämnd' AS name, FALSE AS ib
  UNION ALL
  SELECT 'SDN-OSTERMALM' AS code, 'Östermalms stadsdelsnämnd' AS name, FALSE AS ib
) v WHERE p.code = 'STHLM';

INSERT INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT v.code, v.name, 'KONCERN', p.id, v.ib, '', 1, '2021-01-01', '2021-01-01' FROM org_unit p JOIN (
  SELECT 'STADSHUS' AS code, 'Stockholms Stadshus AB' AS name, FALSE AS ib
) v WHERE p.code = 'STHLM';

INSERT INTO org_unit (code, name, kind, parent_id, intressebolag, path, depth, valid_from, current_since)
SELECT v.code, v.name, 'BOLAG', p.id, v.ib, '', 2, '2021-01-01', '2021-01-01' FROM org_unit p JOIN (
  SELECT 'BOLAG-SVENSKA-BOSTADER' AS code, 'AB Svenska Bostäder' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-FAMILJEBOSTADER' AS code, 'AB Familjebostäder' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-STOCKHOLMSHEM' AS code, 'AB Stockholmshem' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-BOSTADSFORMEDLINGEN' AS code, 'Bostadsförmedlingen i Stockholm AB' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-MICASA' AS code, 'Micasa Fastigheter i Stockholm AB' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-SISAB' AS code, 'Skolfastigheter i Stockholm AB (SISAB)' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-GLOBE-ARENA' AS code, 'Stockholm Globe Arena Fastigheter AB' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-ST-ERIK' AS code, 'S:t Erik Markutveckling AB' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-PARKERING' AS code, 'Stockholms Stads Parkerings AB' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-HAMN' AS code, 'Stockholms Hamn AB' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-VATTEN-AVFALL' AS code, 'Stockholm Vatten och Avfall AB' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-STOKAB' AS code, 'AB Stokab' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-STADSTEATERN' AS code, 'Stockholms Stadsteater AB' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-BUSINESS-REGION' AS code, 'Stockholm Business Region AB' AS name, FALSE AS ib
  UNION ALL
  SELECT 'BOLAG-EXERGI' AS code, 'Stockholm Exergi AB' AS name, TRUE AS ib
) v WHERE p.code = 'STADSHUS';

UPDATE org_unit SET path = CONCAT('/', id, '/') WHERE parent_id IS NULL;
UPDATE org_unit c JOIN org_unit p ON c.parent_id = p.id SET c.path = CONCAT(p.path, c.id, '/') WHERE c.depth = 1;
UPDATE org_unit c JOIN org_unit p ON c.parent_id = p.id SET c.path = CONCAT(p.path, c.id, '/') WHERE c.depth = 2;
