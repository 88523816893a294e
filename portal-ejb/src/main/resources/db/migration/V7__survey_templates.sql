-- The knowledge centre's first survey templates, in Dutch and English. Advisors can add more from
-- the portal. The loneliness scale is the six-item De Jong Gierveld scale (De Jong Gierveld & Van
-- Tilburg 2006): three emotional items (1, 4, 6: "ja" and "min of meer" count as lonely) and three
-- social items (2, 3, 5: "nee" and "min of meer" count as lonely), a score from 0 to 6.

WITH t AS (
    INSERT INTO survey_template (name, description, intro, intro_en, english)
    VALUES ('Tevredenheid bij afsluiting hulpvraag',
            'Voor de hulpvrager als een hulpvraag is afgerond: tevredenheid met de hulp, rapportcijfer en verbeterpunten.',
            'Wij hebben u onlangs geholpen. Wilt u ons vertellen hoe u dat vond? Het invullen duurt ongeveer drie minuten en is anoniem.',
            'We recently helped you. Would you tell us how you found it? It takes about three minutes and is anonymous.',
            TRUE)
    RETURNING id)
INSERT INTO survey_template_question (template_id, position, section, type, text, text_en, help, help_en, options, options_en, required, number_min, number_max)
SELECT t.id, q.position, q.section, q.type, q.text, q.text_en, q.help, q.help_en, q.options, q.options_en, q.required, q.number_min, q.number_max
FROM t, (VALUES
    (1, 'De hulp', 'LIKERT', 'Ik ben tevreden over de hulp die ik kreeg.', 'I am satisfied with the help I received.', NULL, NULL,
        E'Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens', E'Strongly disagree\nDisagree\nNeutral\nAgree\nStrongly agree', TRUE, NULL::NUMERIC, NULL::NUMERIC),
    (2, NULL, 'LIKERT', 'De vrijwilliger kwam de afspraken na.', 'The volunteer kept to what was agreed.', NULL, NULL,
        E'Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens', E'Strongly disagree\nDisagree\nNeutral\nAgree\nStrongly agree', TRUE, NULL, NULL),
    (3, NULL, 'LIKERT', 'Door de hulp kan ik beter zelfstandig thuis blijven wonen.', 'Thanks to the help I can better go on living independently at home.', NULL, NULL,
        E'Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens', E'Strongly disagree\nDisagree\nNeutral\nAgree\nStrongly agree', FALSE, NULL, NULL),
    (4, NULL, 'YES_NO', 'Zou u de hulpdienst aanbevelen aan anderen?', 'Would you recommend the help service to others?', NULL, NULL,
        NULL, NULL, FALSE, NULL, NULL),
    (5, 'Tot slot', 'NUMBER', 'Welk rapportcijfer geeft u de hulp?', 'What mark would you give the help?', 'Van 1 (zeer slecht) tot 10 (uitstekend).', 'From 1 (very poor) to 10 (excellent).',
        NULL, NULL, FALSE, 1, 10),
    (6, NULL, 'LONG_TEXT', 'Wat kan er beter?', 'What could be better?', 'Noem geen namen van anderen.', 'Please do not name other people.',
        NULL, NULL, FALSE, NULL, NULL)
) AS q(position, section, type, text, text_en, help, help_en, options, options_en, required, number_min, number_max);

WITH t AS (
    INSERT INTO survey_template (name, description, intro, intro_en, english)
    VALUES ('Ervaren eenzaamheid (De Jong Gierveld, 6 vragen)',
            'De verkorte eenzaamheidsschaal van De Jong Gierveld: drie vragen over emotionele en drie over sociale eenzaamheid. Geschikt voor een voor- en nameting.',
            'Hieronder staan zes uitspraken. Wilt u bij elke uitspraak aangeven in hoeverre die op u van toepassing is, zoals u zich de laatste tijd voelt? Uw antwoorden zijn anoniem.',
            'Below are six statements. For each one, please say how far it applies to you, as you have been feeling lately. Your answers are anonymous.',
            TRUE)
    RETURNING id)
INSERT INTO survey_template_question (template_id, position, section, type, text, text_en, help, help_en, options, options_en, required, number_min, number_max)
SELECT t.id, q.position, q.section, q.type, q.text, q.text_en, NULL, NULL, E'Ja\nMin of meer\nNee', E'Yes\nMore or less\nNo', TRUE, NULL, NULL
FROM t, (VALUES
    (1, 'Hoe voelt u zich de laatste tijd?', 'SINGLE', 'Ik ervaar een leegte om me heen.', 'I experience a general sense of emptiness.'),
    (2, NULL, 'SINGLE', 'Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen.', 'There are plenty of people I can rely on when I have problems.'),
    (3, NULL, 'SINGLE', 'Ik ken veel mensen op wie ik volledig kan vertrouwen.', 'There are many people I can trust completely.'),
    (4, NULL, 'SINGLE', 'Ik mis mensen om me heen.', 'I miss having people around.'),
    (5, NULL, 'SINGLE', 'Er zijn voldoende mensen met wie ik me nauw verbonden voel.', 'There are enough people I feel close to.'),
    (6, NULL, 'SINGLE', 'Vaak voel ik me in de steek gelaten.', 'I often feel rejected.')
) AS q(position, section, type, text, text_en);

WITH t AS (
    INSERT INTO survey_template (name, description, intro, intro_en, english)
    VALUES ('Tevredenheid vrijwilligers',
            'Voor de eigen vrijwilligers: voldoening, waardering, ondersteuning en belasting.',
            'Zonder vrijwilligers geen initiatief. Hoe bevalt het vrijwilligerswerk? De vragenlijst is anoniem en duurt ongeveer vijf minuten.',
            'Without volunteers there is no initiative. How do you find your volunteering? The survey is anonymous and takes about five minutes.',
            TRUE)
    RETURNING id)
INSERT INTO survey_template_question (template_id, position, section, type, text, text_en, help, help_en, options, options_en, required, number_min, number_max)
SELECT t.id, q.position, q.section, q.type, q.text, q.text_en, q.help, q.help_en, q.options, q.options_en, q.required, q.number_min, q.number_max
FROM t, (VALUES
    (1, 'Het vrijwilligerswerk', 'LIKERT', 'Ik haal voldoening uit mijn vrijwilligerswerk.', 'My volunteering gives me satisfaction.', NULL, NULL,
        E'Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens', E'Strongly disagree\nDisagree\nNeutral\nAgree\nStrongly agree', TRUE, NULL::NUMERIC, NULL::NUMERIC),
    (2, NULL, 'LIKERT', 'Ik voel me gewaardeerd.', 'I feel appreciated.', NULL, NULL,
        E'Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens', E'Strongly disagree\nDisagree\nNeutral\nAgree\nStrongly agree', TRUE, NULL, NULL),
    (3, NULL, 'LIKERT', 'Ik krijg voldoende ondersteuning van de coördinator.', 'I get enough support from the coordinator.', NULL, NULL,
        E'Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens', E'Strongly disagree\nDisagree\nNeutral\nAgree\nStrongly agree', TRUE, NULL, NULL),
    (4, NULL, 'LIKERT', 'De hoeveelheid werk is goed te doen.', 'The amount of work is manageable.', NULL, NULL,
        E'Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens', E'Strongly disagree\nDisagree\nNeutral\nAgree\nStrongly agree', TRUE, NULL, NULL),
    (5, 'Over u', 'SINGLE', 'Hoeveel uur per week bent u gemiddeld actief?', 'How many hours a week are you active on average?', NULL, NULL,
        E'Minder dan 1 uur\n1 tot 4 uur\n4 tot 8 uur\nMeer dan 8 uur', E'Less than 1 hour\n1 to 4 hours\n4 to 8 hours\nMore than 8 hours', FALSE, NULL, NULL),
    (6, NULL, 'MULTIPLE', 'Wat levert het vrijwilligerswerk u op?', 'What does volunteering give you?', 'Kies alles wat past.', 'Choose all that apply.',
        E'Contact met anderen\nHet gevoel nuttig te zijn\nNieuwe vaardigheden\nStructuur in de week\nIets anders', E'Contact with others\nFeeling useful\nNew skills\nStructure in the week\nSomething else', FALSE, NULL, NULL),
    (7, NULL, 'LONG_TEXT', 'Wat zou u willen veranderen?', 'What would you like to change?', NULL, NULL,
        NULL, NULL, FALSE, NULL, NULL)
) AS q(position, section, type, text, text_en, help, help_en, options, options_en, required, number_min, number_max);

WITH t AS (
    INSERT INTO survey_template (name, description, intro, intro_en, english)
    VALUES ('Welbevinden (kort)',
            'Vijf korte vragen over hoe het met iemand gaat: rapportcijfer voor het leven, gezondheid, meedoen en regie. Geschikt voor een voor- en nameting.',
            'Hoe gaat het met u? Vijf korte vragen, anoniem.',
            'How are you? Five short questions, anonymous.',
            TRUE)
    RETURNING id)
INSERT INTO survey_template_question (template_id, position, section, type, text, text_en, help, help_en, options, options_en, required, number_min, number_max)
SELECT t.id, q.position, q.section, q.type, q.text, q.text_en, q.help, q.help_en, q.options, q.options_en, q.required, q.number_min, q.number_max
FROM t, (VALUES
    (1, NULL, 'NUMBER', 'Welk rapportcijfer geeft u uw leven op dit moment?', 'What mark would you give your life at the moment?', 'Van 1 (heel slecht) tot 10 (uitstekend).', 'From 1 (very bad) to 10 (excellent).',
        NULL, NULL, TRUE, 1::NUMERIC, 10::NUMERIC),
    (2, NULL, 'LIKERT', 'Ik voel me gezond.', 'I feel healthy.', NULL, NULL,
        E'Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens', E'Strongly disagree\nDisagree\nNeutral\nAgree\nStrongly agree', TRUE, NULL, NULL),
    (3, NULL, 'LIKERT', 'Ik kan meedoen in mijn dorp of buurt.', 'I can take part in my village or neighbourhood.', NULL, NULL,
        E'Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens', E'Strongly disagree\nDisagree\nNeutral\nAgree\nStrongly agree', TRUE, NULL, NULL),
    (4, NULL, 'LIKERT', 'Ik heb de regie over mijn eigen leven.', 'I am in charge of my own life.', NULL, NULL,
        E'Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens', E'Strongly disagree\nDisagree\nNeutral\nAgree\nStrongly agree', TRUE, NULL, NULL),
    (5, NULL, 'LIKERT', 'Ik heb iemand om op terug te vallen.', 'I have someone to fall back on.', NULL, NULL,
        E'Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens', E'Strongly disagree\nDisagree\nNeutral\nAgree\nStrongly agree', TRUE, NULL, NULL)
) AS q(position, section, type, text, text_en, help, help_en, options, options_en, required, number_min, number_max);
