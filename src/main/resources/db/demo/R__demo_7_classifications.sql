-- demo: classifications, so the work list, the overdue list, inheritance and handlingsplaner show something.
-- Idempotent: each classification is inserted only when its informationsmängd has none.
--  * Ekonomiskt bistånd – ansökningar: adopted template 2 (Journal inom socialtjänsten), decided 2025-11-03,
--    review due 2026-11-03 (overdue on purpose)
--  * Kundregister VA och avfall: answered "at most betydande" throughout, decided 2026-05-15
--  * Förskolans barnlistor: answered "at most måttlig", sent for decision, waiting

INSERT INTO classification (information_asset_id, sequence_no, status, catalogue_id, template_id, created_by, created_at,
                            submitted_by, submitted_at, decided_by, decided_by_name, decided_role, decided_at, next_review_on,
                            updated_at, version)
SELECT a.id, 1, 'BESLUTAD', 1, 2, 'agare.social', '2025-10-20 09:00:00', 'agare.social', '2025-10-28 14:00:00',
       'agare.social', 'Ali Social', 'informationsagare', '2025-11-03 10:00:00', '2026-11-03', '2025-11-03 10:00:00', 3
  FROM information_asset a
 WHERE a.name = 'Ekonomiskt bistånd – ansökningar'
   AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.information_asset_id = a.id);
INSERT IGNORE INTO classification_answer (classification_id, question_id, answer_option_id)
SELECT c.id, t.question_id, t.answer_option_id
  FROM classification c JOIN information_asset a ON a.id = c.information_asset_id JOIN template_answer t ON t.template_id = 2
 WHERE a.name = 'Ekonomiskt bistånd – ansökningar' AND c.sequence_no = 1 AND c.created_by = 'agare.social';
INSERT IGNORE INTO classification_aspect_level (classification_id, aspect, proposed_level, level, motivation)
SELECT c.id, l.aspect, l.level, l.level, l.motivation
  FROM classification c JOIN information_asset a ON a.id = c.information_asset_id JOIN template_level l ON l.template_id = 2
 WHERE a.name = 'Ekonomiskt bistånd – ansökningar' AND c.sequence_no = 1 AND c.created_by = 'agare.social';

INSERT INTO classification (information_asset_id, sequence_no, status, catalogue_id, template_id, created_by, created_at,
                            submitted_by, submitted_at, decided_by, decided_by_name, decided_role, decided_at, next_review_on,
                            updated_at, version)
SELECT a.id, 1, 'BESLUTAD', 1, NULL, 'per.vatten', '2026-05-10 09:00:00', NULL, NULL,
       'per.vatten', 'Per Vatten', 'informationsagare', '2026-05-15 10:00:00', '2027-05-15', '2026-05-15 10:00:00', 2
  FROM information_asset a
 WHERE a.name = 'Kundregister VA och avfall'
   AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.information_asset_id = a.id);

INSERT INTO classification (information_asset_id, sequence_no, status, catalogue_id, template_id, created_by, created_at,
                            submitted_by, submitted_at, updated_at, version)
SELECT a.id, 1, 'FOR_BESLUT', 1, NULL, 'eva.ostermalm', '2026-11-02 09:00:00', 'eva.ostermalm', '2026-11-09 15:30:00',
       '2026-11-09 15:30:00', 2
  FROM information_asset a
 WHERE a.name = 'Förskolans barnlistor'
   AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.information_asset_id = a.id);

-- answers of the last two: per question the highest option at or below the cap
INSERT IGNORE INTO classification_answer (classification_id, question_id, answer_option_id)
SELECT c.id, q.id,
       (SELECT o.id FROM classification_answer_option o
         WHERE o.question_id = q.id AND o.proposed_level <= IF(a.name = 'Kundregister VA och avfall', 2, 1)
         ORDER BY o.proposed_level DESC, o.sort_order LIMIT 1)
  FROM classification c JOIN information_asset a ON a.id = c.information_asset_id
  JOIN classification_question q ON q.catalogue_id = c.catalogue_id
 WHERE a.name IN ('Kundregister VA och avfall', 'Förskolans barnlistor') AND c.sequence_no = 1
   AND c.created_by IN ('per.vatten', 'eva.ostermalm');
INSERT IGNORE INTO classification_aspect_level (classification_id, aspect, proposed_level, level, motivation)
SELECT c.id, q.aspect, MAX(o.proposed_level), MAX(o.proposed_level), NULL
  FROM classification c JOIN information_asset a ON a.id = c.information_asset_id
  JOIN classification_answer x ON x.classification_id = c.id
  JOIN classification_question q ON q.id = x.question_id
  JOIN classification_answer_option o ON o.id = x.answer_option_id
 WHERE a.name IN ('Kundregister VA och avfall', 'Förskolans barnlistor') AND c.sequence_no = 1
   AND c.created_by IN ('per.vatten', 'eva.ostermalm')
 GROUP BY c.id, q.aspect;
