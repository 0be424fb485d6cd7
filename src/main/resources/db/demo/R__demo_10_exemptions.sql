-- demo: undantag (exemptions) in each state, so the register, its expired filter and the decision
-- forms show something. Idempotent: each is inserted only when no exemption has its title.
--  * Bromma: a local search engine for hemtjänsten, INSKICKAD (waits for the undantagsbeslutare)
--  * Socialnämnden: a speech-to-text pilot, BEVILJAT until 2027-06-30 with villkor (R7.7, a time-boxed test)
--  * Farsta: an old access-control system, BEVILJAT until 2026-06-30, so expired (utgånget) by 2026-11 (R7.9)
--  * Östermalm: own cloud storage for förskolans bilder, AVSLAGET
--  * Stockholm Vatten och Avfall: a parallel case system, sent back for KOMPLETTERING by the central function

INSERT INTO exemption (org_unit_id, responsible_org_id, title, requirement_ref, requirement_code, deviation, investigation,
                       implementation_plan, shared_impact, requested_until, status, submitted_by, submitted_at,
                       created_by, created_at, updated_at, version)
SELECT u.id, r.id, 'Lokal sökmotor för hemtjänstens dokumentation',
       'Riktlinjen för informationssäkerhet: stadens gemensamma it-lösningar och arkitekturprinciper ska användas', NULL,
       'Hemtjänsten vill använda en egen sökmotor för sin dokumentation i stället för stadens gemensamma sökplattform, som ännu inte kan söka i verksamhetssystemets bilagor.',
       'Utredningen omfattar genomförandeplaner och journalanteckningar (känsliga personuppgifter, K3). Risker: att sökindexet ger åtkomst vid sidan av verksamhetssystemets behörigheter, och att indexet kopieras till leverantören. Åtgärder: indexet byggs per behörighetsgrupp, drift i stadens datacenter, loggning av alla sökningar. Kvarvarande risk bedöms som medel.',
       'Sökmotorn avvecklas när den gemensamma sökplattformen kan söka i bilagor, senast juni 2027.',
       'Ett parallellt system vid sidan av den gemensamma sökplattformen under högst 18 månader; ingen integration med den gemensamma plattformen påverkas.',
       '2027-06-30', 'INSKICKAD', 'agare.bromma', '2026-11-12 10:15:00', 'agare.bromma', '2026-11-05 09:00:00', '2026-11-12 10:15:00', 2
  FROM org_unit u JOIN org_unit r ON r.code = 'SDN-BROMMA'
 WHERE u.code = 'ENH-BROMMA-HEMTJANST'
   AND NOT EXISTS (SELECT 1 FROM exemption e WHERE e.title = 'Lokal sökmotor för hemtjänstens dokumentation');

INSERT INTO exemption (org_unit_id, responsible_org_id, title, requirement_ref, requirement_code, deviation, investigation,
                       implementation_plan, shared_impact, requested_until, status, submitted_by, submitted_at,
                       decided_by, decided_by_name, decided_role, decided_at, conditions, valid_until, decision_reason,
                       decision_snapshot, created_by, created_at, updated_at, version)
SELECT u.id, r.id, 'Pilot med taligenkänning vid dokumentation i socialtjänsten',
       'Tillämpningsanvisning för molntjänster: känsliga personuppgifter behandlas inte i molntjänster utan informationsägarens beslut',
       NULL,
       'Tio handläggare testar taligenkänning i en molntjänst inom EU/EES under ett halvår innan staden tar ställning till en upphandling.',
       'Testet görs enbart med fiktiva ärenden och uppläsning av mallar; inga verkliga personuppgifter behandlas. Risker: att handläggare av misstag dikterar verkliga uppgifter, och att leverantören använder ljudet för att träna sina modeller. Åtgärder: avtal som förbjuder träning, utbildning före start, stickprov varje månad.',
       'Utvärdering redovisas till stadsledningskontoret i maj 2027.',
       'Ingen: testet använder inga stadsgemensamma lösningar.',
       '2027-06-30', 'BEVILJAT', 'agare.social', '2026-08-20 14:00:00',
       'undantag', 'Ulf Undantag', 'undantagsbeslutare', '2026-09-15 09:30:00',
       'Endast fiktiva uppgifter får användas. Utvärderingen redovisas till stadsledningskontoret senast 2027-05-31.',
       '2027-06-30', 'Ett tidsbegränsat test med fiktiva uppgifter ger underlag för en framtida upphandling.',
       JSON_OBJECT('title', 'Pilot med taligenkänning vid dokumentation i socialtjänsten', 'status', 'BEVILJAT',
                   'validUntil', '2027-06-30', 'decidedBy', 'undantag'),
       'agare.social', '2026-08-18 11:00:00', '2026-09-15 09:30:00', 3
  FROM org_unit u JOIN org_unit r ON r.code = 'FN-SOCIAL'
 WHERE u.code = 'FORV-SOCIAL'
   AND NOT EXISTS (SELECT 1 FROM exemption e WHERE e.title = 'Pilot med taligenkänning vid dokumentation i socialtjänsten');

INSERT INTO exemption (org_unit_id, responsible_org_id, title, requirement_ref, requirement_code, deviation, investigation,
                       implementation_plan, shared_impact, requested_until, status, submitted_by, submitted_at,
                       decided_by, decided_by_name, decided_role, decided_at, conditions, valid_until, decision_reason,
                       decision_snapshot, created_by, created_at, updated_at, version)
SELECT u.id, r.id, 'Passersystem utan tvåfaktorsinloggning för administratörer',
       'Tillämpningsanvisning för behörighetshantering: administratörer loggar in med stark autentisering',
       NULL,
       'Passersystemet i förvaltningens lokaler upphandlades före nuvarande krav och saknar stöd för tvåfaktorsinloggning.',
       'Två administratörer, åtkomst endast från förvaltningens nät. Risk: stulet lösenord ger möjlighet att öppna dörrar. Åtgärder: långa lösenord, låsning efter tre försök, veckovis granskning av loggen. Avtalet löper ut 2026.',
       'Nytt passersystem med stark autentisering ingår i upphandlingen som avslutas våren 2026.',
       NULL,
       '2026-06-30', 'BEVILJAT', 'samordnare.farsta', '2025-05-20 13:00:00',
       'undantag', 'Ulf Undantag', 'undantagsbeslutare', '2025-06-10 10:00:00',
       'Loggen granskas varje vecka och avvikelser rapporteras till informationssäkerhetssamordnaren.',
       '2026-06-30', NULL,
       JSON_OBJECT('title', 'Passersystem utan tvåfaktorsinloggning för administratörer', 'status', 'BEVILJAT',
                   'validUntil', '2026-06-30', 'decidedBy', 'undantag'),
       'samordnare.farsta', '2025-05-18 09:00:00', '2025-06-10 10:00:00', 3
  FROM org_unit u JOIN org_unit r ON r.code = 'SDN-FARSTA'
 WHERE u.code = 'FORV-FARSTA'
   AND NOT EXISTS (SELECT 1 FROM exemption e WHERE e.title = 'Passersystem utan tvåfaktorsinloggning för administratörer');

INSERT INTO exemption (org_unit_id, responsible_org_id, title, requirement_ref, requirement_code, deviation, investigation,
                       implementation_plan, shared_impact, requested_until, status, submitted_by, submitted_at,
                       decided_by, decided_by_name, decided_role, decided_at, conditions, valid_until, decision_reason,
                       decision_snapshot, created_by, created_at, updated_at, version)
SELECT r.id, r.id, 'Egen molnlagring för förskolans bilder',
       'Tillämpningsanvisning för molntjänster: bilder på barn lagras i stadens gemensamma lagringstjänst',
       NULL,
       'Förskolorna vill dela bilder med vårdnadshavare genom en egen molntjänst utanför stadens gemensamma lösning.',
       'Bilderna visar barn och kan avslöja skyddade personuppgifter. Leverantören lagrar data i tredjeland.',
       NULL,
       'Ett eget system vid sidan av stadens gemensamma lagrings- och delningstjänst.',
       '2027-12-31', 'AVSLAGET', 'eva.ostermalm', '2026-10-01 08:00:00',
       'undantag', 'Ulf Undantag', 'undantagsbeslutare', '2026-10-20 15:00:00',
       NULL, NULL,
       'Utredningen visar inte hur barnens personuppgifter skyddas vid lagring i tredjeland, och stadens gemensamma tjänst kan användas.',
       JSON_OBJECT('title', 'Egen molnlagring för förskolans bilder', 'status', 'AVSLAGET', 'decidedBy', 'undantag'),
       'eva.ostermalm', '2026-09-28 10:00:00', '2026-10-20 15:00:00', 3
  FROM org_unit r
 WHERE r.code = 'SDN-OSTERMALM'
   AND NOT EXISTS (SELECT 1 FROM exemption e WHERE e.title = 'Egen molnlagring för förskolans bilder');

INSERT INTO exemption (org_unit_id, responsible_org_id, title, requirement_ref, requirement_code, deviation, investigation,
                       implementation_plan, shared_impact, requested_until, status, submitted_by, submitted_at,
                       sent_back_by, sent_back_at, sent_back_comment, created_by, created_at, updated_at, version)
SELECT r.id, r.id, 'Parallellt ärendesystem för kundtjänsten',
       'Riktlinjen för informationssäkerhet: stadens gemensamma it-lösningar ska användas', NULL,
       'Kundtjänsten behåller sitt nuvarande ärendesystem ett år efter att bolaget gått över till stadens gemensamma kundtjänstplattform.',
       'Kundregistret (personuppgifter, K2) finns i båda systemen under övergången. Risk: uppgifter rättas bara i det ena systemet.',
       NULL, NULL,
       '2027-12-31', 'KOMPLETTERING', 'per.vatten', '2026-10-28 09:00:00',
       'central', '2026-11-03 13:30:00',
       'Beskriv påverkan på den gemensamma kundtjänstplattformen och hur uppgifterna hålls lika i båda systemen.',
       'per.vatten', '2026-10-27 09:00:00', '2026-11-03 13:30:00', 2
  FROM org_unit r
 WHERE r.code = 'BOLAG-VATTEN-AVFALL'
   AND NOT EXISTS (SELECT 1 FROM exemption e WHERE e.title = 'Parallellt ärendesystem för kundtjänsten');
