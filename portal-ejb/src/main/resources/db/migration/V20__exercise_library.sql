-- The knowledge centre's exercise library: seven workshop exercises (werkvormen), in Dutch and
-- English, that CMO STAMM's advisors use in workshops and sessions with initiatives. They follow the
-- publication "Inwonerskracht - het hart van de samenleving": the Theory of Change step plan of
-- Sociaal Planbureau Groningen and Trendbureau Drenthe, measurable goals, a stakeholder map, the
-- method chooser's questions, deadweight and attribution for an SROI, a Most Significant Change
-- story selection and an impact map. Every example comes from one of the six initiatives in the
-- publication.
--
-- This is a migration and not demo data: the library is product content that every installation
-- needs from its first start, like the survey templates (V7) and the proxy library (V12), and a
-- workshop cannot be planned without it. Each exercise gets version 1, written by no one
-- (created_by NULL); advisors change an exercise later through the portal, which adds a version and
-- leaves this one as it is, so sessions planned with it keep what they showed. Rows are found by
-- their code, never by id, so the file applies to any database whatever its identity counters say.


-- toc-step-plan -----------------------------------------------------------------------------------
INSERT INTO exercise (code) VALUES ('toc-step-plan');

INSERT INTO exercise_version (exercise_id, number, title_nl, title_en, summary_nl, summary_en, minutes, created_by)
SELECT id, 1,
       'Stapsgewijs naar een verandertheorie',
       'Step by step to a Theory of Change',
       'U loopt samen de tien vragen door van het stappenplan dat Sociaal Planbureau Groningen en Trendbureau Drenthe met inwonersinitiatieven maakten: van de situatie die u wilt verbeteren tot wat er verandert in het dorp of de wijk. Aan het eind staat uw keten op één blad en weet u welke informatie u nodig heeft om te laten zien wat u bereikt.',
       'Together you work through the ten questions of the step plan that Sociaal Planbureau Groningen and Trendbureau Drenthe made with citizen initiatives: from the situation you want to improve to what changes in the village or neighbourhood. At the end your chain is on one sheet and you know which information you need to show what you achieve.',
       90, NULL
  FROM exercise WHERE code = 'toc-step-plan';

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 1, 'TEXT',
       'Vraag 1: het probleem', 'Question 1: the problem',
       'Wat is de situatie die uw initiatief wil verbeteren? Beschrijf in een paar zinnen wat er nu ontbreekt of misgaat, en voor wie. Schrijf het op zoals u het aan een dorpsgenoot zou vertellen: concreet en zonder moeilijke woorden.',
       'What is the situation your initiative wants to improve? Describe in a few sentences what is missing or going wrong now, and for whom. Write it down as you would tell a fellow villager: concretely and without difficult words.',
       'Voorbeeld — Dorpsloket Middelstum: Oudere inwoners van Middelstum en de dorpen eromheen lopen vast op kleine praktische dingen: een klus in huis of tuin, een formulier, vervoer naar het ziekenhuis. Hun kinderen werken of wonen verder weg, en die willen ze niet belasten.',
       'Example — Dorpsloket Middelstum: Older residents of Middelstum and the villages around it get stuck on small practical things: an odd job in the house or garden, a form, transport to the hospital. Their children work or live further away, and they do not want to burden them.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'toc-step-plan' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 2, 'TEXT',
       'Vraag 2: het doel', 'Question 2: the goal',
       'Welke eindsituatie wil uw initiatief bereiken? Beschrijf hoe het eruitziet als het gelukt is. Dat mag groot en ver weg zijn, als iedereen aan tafel het herkent.',
       'Which end situation does your initiative want to reach? Describe what it looks like when it has worked. It may be big and far off, as long as everyone at the table recognises it.',
       'Voorbeeld — Dorpsloket Middelstum: ‘Levenslang wonen in je dorp.’ Het noaberschap is zo sterk dat dorpsgenoten elkaar vanzelf helpen, en het dorpsloket op den duur overbodig wordt.',
       'Example — Dorpsloket Middelstum: ‘Living in your own village for life.’ Neighbourliness (noaberschap) is so strong that villagers help each other as a matter of course, and in time the help desk is no longer needed.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'toc-step-plan' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 3, 'ITEMS',
       'Vraag 3: wat is er nodig?', 'Question 3: what is needed?',
       'Welke middelen zijn nodig om uw activiteiten te doen? Denk aan mensen, tijd, geld, een plek, spullen en samenwerking. Schrijf elk middel als een apart kort punt.',
       'Which resources are needed to carry out your activities? Think of people, time, money, a place, equipment and cooperation. Write each resource as a separate short item.',
       'Voorbeeld — Dorpsloket Middelstum: een coördinator en een team van zes; een netwerk van ruim 140 vrijwilligers; het wekelijkse logboek; rolstoelen om uit te lenen; de samenwerking met de bibliotheek (Biblionet) voor de werkgroep Digisoam.',
       'Example — Dorpsloket Middelstum: a coordinator and a team of six; a network of more than 140 volunteers; the weekly logbook; wheelchairs to lend; the cooperation with the library (Biblionet) for the Digisoam working group.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'toc-step-plan' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 4, 'ITEMS',
       'Vraag 4: wat doet u?', 'Question 4: what do you do?',
       'Welke activiteiten onderneemt uw initiatief om het doel te bereiken? Noem ze één voor één, ook de kleine dingen die er gewoon bij horen.',
       'Which activities does your initiative undertake to reach the goal? Name them one by one, including the small things that simply come with it.',
       'Voorbeeld — Dorpsloket Middelstum: klussen in huis en tuin; hulp met de pc; gezelschap; hulp bij de administratie; vervoer naar het ziekenhuis, tegen een kleine vergoeding; rolstoelen uitlenen; BEST-tassen uitdelen; doorverwijzen naar de gemeente (Wmo) of het Instituut Mijnbouwschade Groningen.',
       'Example — Dorpsloket Middelstum: odd jobs in house and garden; help with the computer; company; help with paperwork; transport to the hospital, for a small fee; lending wheelchairs; handing out BEST bags for reuse; referring people to the municipality (Wmo) or the Groningen mining damage institute (IMG).'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'toc-step-plan' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 5, 'ITEMS',
       'Vraag 5 tot en met 7: wat levert het op?', 'Questions 5 to 7: what does it yield?',
       'Schrijf per punt op wat uw activiteiten opleveren, en zet ervoor bij welke schakel het hoort. Output: de directe, tastbare resultaten (vraag 5). Outcome: wat er verandert voor de deelnemers (vraag 6). Impact: wat er verandert in het dorp, de wijk of de samenleving (vraag 7).',
       'Write down per item what your activities yield, and put in front of it which link it belongs to. Output: the direct, tangible results (question 5). Outcome: what changes for the participants (question 6). Impact: what changes in the village, the neighbourhood or society (question 7).',
       'Voorbeeld — Dorpsloket Middelstum: Output: beantwoorde hulpvragen; ritten naar het ziekenhuis. Outcome: hulpvragers voelen zich gerust, want ‘wij zijn er als er iets is’; ze hoeven hun kinderen niet te belasten. Impact: meer noaberschap; ouderen blijven langer in hun eigen dorp wonen.',
       'Example — Dorpsloket Middelstum: Output: help requests answered; rides to the hospital. Outcome: people who asked for help feel reassured, because ‘we are there if anything happens’; they need not burden their children. Impact: more neighbourliness; older people go on living in their own village for longer.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'toc-step-plan' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en, applies_to)
SELECT v.id, 6, 'CANVAS',
       'De keten op één blad', 'The chain on one sheet',
       'Zet uw antwoorden van de vorige stappen als korte briefjes in de keten, van probleem tot impact. Eén gedachte per briefje, in een paar woorden. Lees de keten daarna hardop van links naar rechts: ‘als wij dit doen, dan gebeurt dat’. Waar het verhaal hapert, ontbreekt een stap.',
       'Put your answers from the previous steps into the chain as short notes, from problem to impact. One thought per note, in a few words. Then read the chain aloud from left to right: ‘if we do this, then that happens’. Where the story falters, a step is missing.',
       'Voorbeeld — Dorpsloket Middelstum: PROBLEEM ‘kleine klussen lopen vast’, DOEL ‘levenslang wonen in je dorp’, INPUT ‘ruim 140 vrijwilligers’, AANPAK ‘klussen en vervoer’, OUTPUT ‘beantwoorde hulpvragen’, OUTCOME ‘een gerust gevoel’, IMPACT ‘langer thuis in het dorp’.',
       'Example — Dorpsloket Middelstum: PROBLEM ‘small jobs get stuck’, GOAL ‘living in your own village for life’, INPUT ‘more than 140 volunteers’, ACTIVITIES ‘odd jobs and transport’, OUTPUT ‘help requests answered’, OUTCOME ‘feeling reassured’, IMPACT ‘longer at home in the village’.',
       E'PROBLEEM\nDOEL\nINPUT\nAANPAK\nOUTPUT\nOUTCOME\nIMPACT',
       E'PROBLEM\nGOAL\nINPUT\nACTIVITIES\nOUTPUT\nOUTCOME\nIMPACT',
       'TOC'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'toc-step-plan' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 7, 'ITEMS',
       'Vraag 8 tot en met 10: hoe ziet u het?', 'Questions 8 to 10: how do you see it?',
       'Welke informatie heeft u nodig om de output, de outcome en de impact te zien, en hoe verzamelt u die? Schrijf per punt op wat u wilt weten, waar het vandaan komt en wie het bijhoudt. Begin bij wat u nu al verzamelt.',
       'Which information do you need to see the output, the outcome and the impact, and how do you collect it? Write down per item what you want to know, where it comes from and who keeps track of it. Start with what you already collect.',
       'Voorbeeld — Dorpsloket Middelstum: Output: het aantal hulpvragen en ritten, uit het wekelijkse logboek. Outcome: een paar vragen aan hulpvragers als de hulp klaar is, en wat vrijwilligers in het logboek schrijven. Impact: het jaaroverzicht en het overleg met de gebiedsregisseur van de gemeente.',
       'Example — Dorpsloket Middelstum: Output: the number of help requests and rides, from the weekly logbook. Outcome: a few questions to the people helped once the help is done, and what volunteers write in the logbook. Impact: the annual overview and the meetings with the municipality''s area coordinator.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'toc-step-plan' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 8, 'TEXT',
       'Terugblik: wat spreken we af?', 'Looking back: what do we agree?',
       'Kijk samen naar de hele keten. Welke schakel is het sterkst, en over welke twijfelt u het meest? Wat gaat u als eerste bijhouden, en wie doet dat? Schrijf in een paar zinnen op wat u afspreekt.',
       'Look at the whole chain together. Which link is strongest, and which one do you doubt most? What will you keep track of first, and who does it? Write down in a few sentences what you agree.',
       'Voorbeeld — Dorpsloket Middelstum: De stap van ‘geholpen’ naar ‘langer thuis in het dorp’ is het minst zeker: daar hebben we alleen verhalen over. We houden het logboek bij zoals nu, en vragen voortaan ook of de hulp mensen rust geeft. In het logboek letten we erop dat vrijwilligers niet overbelast raken.',
       'Example — Dorpsloket Middelstum: The step from ‘helped’ to ‘longer at home in the village’ is the least certain: we only have stories about it. We keep the logbook as we do now, and from now on also ask whether the help gives people peace of mind. In the logbook we watch that volunteers are not overloaded.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'toc-step-plan' AND v.number = 1;

-- measurable-goals --------------------------------------------------------------------------------
INSERT INTO exercise (code) VALUES ('measurable-goals');

INSERT INTO exercise_version (exercise_id, number, title_nl, title_en, summary_nl, summary_en, minutes, created_by)
SELECT id, 1,
       'Meetbare doelen stellen',
       'Setting measurable goals',
       'Van een mooi voornemen naar een doel dat u kunt meten: voor wie verandert er iets, hoeveel, en wanneer kijkt u? Per doel kiest u een indicator, een nulmeting, een streefwaarde en een meetmoment.',
       'From a good intention to a goal you can measure: for whom does something change, by how much, and when do you look? For each goal you choose an indicator, a baseline, a target and a time of measuring.',
       60, NULL
  FROM exercise WHERE code = 'measurable-goals';

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 1, 'TEXT',
       'Wat wilt u bereiken?', 'What do you want to achieve?',
       'Schrijf in uw eigen woorden één doel op dat u echt belangrijk vindt. Beschrijf het als een verandering voor een groep mensen, niet als een activiteit: dus niet ‘we hebben een eetclub’, maar wat de eetclub moet opleveren.',
       'Write down in your own words one goal that really matters to you. Describe it as a change for a group of people, not as an activity: so not ‘we run an eating club’, but what the eating club should bring about.',
       'Voorbeeld — Ebbingehof: Bewoners doen mee aan de gezamenlijke activiteiten, zoals de koffieochtend en de eetclub op woensdagavond, en voelen zich minder eenzaam.',
       'Example — Ebbingehof: Residents take part in the shared activities, such as the coffee morning and the eating club on Wednesday evening, and feel less lonely.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'measurable-goals' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, applies_to)
SELECT v.id, 2, 'ITEMS',
       'Maak het doel meetbaar', 'Make the goal measurable',
       'Herschrijf uw doel zo dat iedereen kan zien of het gehaald is. Zeg voor wie het is, wat er verandert, hoeveel, en wanneer. Eén doel per punt. Houd het haalbaar: liever een klein doel dat u haalt dan een groot doel dat niemand kan nagaan.',
       'Rewrite your goal so that anyone can see whether it has been reached. Say for whom it is, what changes, by how much, and by when. One goal per item. Keep it achievable: better a small goal you reach than a big one nobody can check.',
       'Voorbeeld — Ebbingehof: ‘Over twee jaar voelt nog hoogstens één op de vijf bewoners zich soms eenzaam; nu is dat bijna één op de drie.’ (voorbeeldcijfers)',
       'Example — Ebbingehof: ‘In two years'' time at most one in five residents still sometimes feels lonely; now it is nearly one in three.’ (illustrative figures)',
       'GOAL'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'measurable-goals' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, applies_to)
SELECT v.id, 3, 'ITEMS',
       'Indicator, nulmeting, streefwaarde en meetmoment', 'Indicator, baseline, target and time of measuring',
       'Schrijf per doel één punt met vier dingen: de indicator (wat telt of vraagt u?), de nulmeting (hoe is het nu?), de streefwaarde (waar wilt u naartoe?) en het meetmoment (wanneer en hoe meet u?). Weet u de nulmeting nog niet, schrijf dan op hoe u die gaat vaststellen.',
       'For each goal write one item with four things: the indicator (what do you count or ask?), the baseline (how is it now?), the target (where do you want to get to?) and the time of measuring (when and how do you measure?). If you do not know the baseline yet, write down how you will establish it.',
       'Voorbeeld — Odensehuis Meppel–Westerveld: indicator: mantelzorgers die zich gesteund voelen; nulmeting: 55 %; streefwaarde: 75 %; meetmoment: een korte vragenlijst voor mantelzorgers, twee keer per jaar. (voorbeeldcijfers)',
       'Example — Odensehuis Meppel–Westerveld: indicator: carers who feel supported; baseline: 55%; target: 75%; time of measuring: a short questionnaire for carers, twice a year. (illustrative figures)',
       'GOAL'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'measurable-goals' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, scale_min, scale_max)
SELECT v.id, 4, 'SCALE',
       'Hoe meetbaar is dit doel?', 'How measurable is this goal?',
       'Geef uw doel een cijfer van 1 tot 5. 1: het is nog een wens, we weten niet wat we zouden meten. 3: we weten wat we meten, maar nog niet wanneer of door wie. 5: indicator, nulmeting, streefwaarde en meetmoment liggen vast, en iemand houdt het bij. Bespreek daarna de verschillen: waarom gaf de een een 2 en de ander een 4?',
       'Give your goal a mark from 1 to 5. 1: it is still a wish, we do not know what we would measure. 3: we know what we measure, but not yet when or by whom. 5: indicator, baseline, target and time of measuring are settled, and someone keeps track. Then discuss the differences: why did one person give a 2 and another a 4?',
       'Voorbeeld — Welzijn Westerwolde: ‘Nieuwkomers voelen zich thuis’ krijgt een 2: mooi, maar wat telt u? ‘Nieuwkomers die meedoen in een vereniging of als vrijwilliger, elke maand nagevraagd door het maatje’ krijgt een 4.',
       'Example — Welzijn Westerwolde: ‘Newcomers feel at home’ gets a 2: a fine aim, but what do you count? ‘Newcomers who take part in a club or as a volunteer, asked every month by their buddy’ gets a 4.',
       1, 5
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'measurable-goals' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 5, 'TEXT',
       'Wie meet het, en is dat te doen?', 'Who measures it, and is that doable?',
       'Spreek af wie de gegevens verzamelt, wanneer, en waar ze bewaard worden. Ga na of het meten niet te veel vraagt van vrijwilligers of deelnemers. Kunt u iets gebruiken wat u nu al bijhoudt?',
       'Agree who collects the data, when, and where they are kept. Check that measuring does not ask too much of volunteers or participants. Can you use something you already keep track of?',
       'Voorbeeld — Welzijn Westerwolde: Bij het nieuwe impactmodel (2024) was de voorwaarde dat medewerkers niet meer hoeven te registreren dan voorheen. Wat er werkelijk verandert, vragen ze cliënten bij de afsluiting van elke casus, en de cliëntenraad bevraagt deelnemers aan activiteiten periodiek.',
       'Example — Welzijn Westerwolde: For the new impact model (2024) the condition was that staff need not register more than before. What really changes, they ask clients at the closing of each case, and the client council periodically asks participants in activities about their experiences.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'measurable-goals' AND v.number = 1;

-- stakeholder-map ---------------------------------------------------------------------------------
INSERT INTO exercise (code) VALUES ('stakeholder-map');

INSERT INTO exercise_version (exercise_id, number, title_nl, title_en, summary_nl, summary_en, minutes, created_by)
SELECT id, 1,
       'Belanghebbenden in kaart: invloed en belang',
       'Stakeholder map: influence and interest',
       'Wie hebben belang bij uw initiatief, en wie hebben er invloed op? U zet uw belanghebbenden op een kaart van invloed en belang, en spreekt af wie u hoe betrekt.',
       'Who has an interest in your initiative, and who has influence on it? You place your stakeholders on a map of influence and interest, and agree whom you involve and how.',
       45, NULL
  FROM exercise WHERE code = 'stakeholder-map';

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, applies_to)
SELECT v.id, 1, 'ITEMS',
       'Wie zijn uw belanghebbenden?', 'Who are your stakeholders?',
       'Noem alle mensen, groepen en organisaties die met uw initiatief te maken hebben: wie er gebruik van maakt, wie meewerkt, wie betaalt, wie er last of voordeel van heeft. Eén belanghebbende per punt. Noem liever groepen (‘ouders van de opvang’) dan losse namen.',
       'Name all the people, groups and organisations that have to do with your initiative: who uses it, who works on it, who pays, who is bothered by it or gains from it. One stakeholder per item. Name groups (‘parents at the childcare’) rather than individuals.',
       'Voorbeeld — GroeiHuis Eexterveen: kinderen en ouders van de kinderopvang; OBS De Kameleon; sportvereniging SPES; Dorpsbelangen Eexterveen; inwoners van Nieuw Annerveen en Spijkerboor; Stichting Kardeel; gemeente Aa en Hunze; provincie Drenthe; fondsen zoals het Oranjefonds en het VSB Fonds; vrijwilligers.',
       'Example — GroeiHuis Eexterveen: children and parents at the childcare; the De Kameleon primary school; the SPES sports club; the Eexterveen village association; residents of Nieuw Annerveen and Spijkerboor; the Kardeel foundation; the municipality of Aa en Hunze; the province of Drenthe; funds such as the Oranjefonds and the VSB Fonds; volunteers.',
       'STAKEHOLDER'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'stakeholder-map' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en, rows_nl, rows_en, applies_to)
SELECT v.id, 2, 'CANVAS',
       'Invloed en belang', 'Influence and interest',
       'Zet elke belanghebbende in het vak dat past. Belang: hoeveel merkt deze groep van uw initiatief, hoeveel hangt er voor hen van af? Invloed: hoeveel kan deze groep uw initiatief maken of breken, met geld, besluiten of draagvlak? Twijfelt u, bespreek het even en kies dan.',
       'Place each stakeholder in the box that fits. Interest: how much does this group notice of your initiative, how much depends on it for them? Influence: how much can this group make or break your initiative, with money, decisions or support? If in doubt, talk it over briefly and then choose.',
       'Voorbeeld — GroeiHuis Eexterveen: veel invloed en veel belang: Stichting Kardeel, aanvrager en bouwheer, en de gemeente. Veel invloed, weinig belang: de fondsen, die meebetalen maar het GroeiHuis zelf niet gebruiken. Weinig invloed, veel belang: ouders en kinderen, en inwoners van de omliggende dorpen.',
       'Example — GroeiHuis Eexterveen: high influence and high interest: the Kardeel foundation, applicant and builder, and the municipality. High influence, low interest: the funds, which help pay but do not use the GroeiHuis themselves. Low influence, high interest: parents and children, and residents of the surrounding villages.',
       E'Weinig belang\nVeel belang',
       E'Low interest\nHigh interest',
       E'Weinig invloed\nVeel invloed',
       E'Low influence\nHigh influence',
       'STAKEHOLDER'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'stakeholder-map' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 3, 'TEXT',
       'Wie betrekt u, en hoe?', 'Whom do you involve, and how?',
       'Spreek per vak af hoe u deze belanghebbenden betrekt. Veel invloed en veel belang: samen plannen maken en beslissen. Veel invloed, weinig belang: op tijd informeren en tevreden houden. Weinig invloed, veel belang: vragen hoe zij het ervaren, en ze laten meedoen. Weinig van allebei: af en toe informeren. Schrijf op wat u de komende maanden doet.',
       'Agree for each box how you involve these stakeholders. High influence and high interest: make plans and decide together. High influence, low interest: inform them in good time and keep them satisfied. Low influence, high interest: ask how they experience it, and let them take part. Little of both: inform them now and then. Write down what you will do in the coming months.',
       'Voorbeeld — GroeiHuis Eexterveen: Met Stichting Kardeel, de school en de gemeente overleggen we vast. De plannen kregen vorm in toekomstateliers in Eexterveen en de dorpen eromheen; zo vragen we inwoners ook nu wat zij willen. Via de dorpskrant houden we iedereen op de hoogte.',
       'Example — GroeiHuis Eexterveen: We meet regularly with the Kardeel foundation, the school and the municipality. The plans took shape in future workshops in Eexterveen and the villages around it; that is how we keep asking residents what they want. Through the village paper we keep everyone informed.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'stakeholder-map' AND v.number = 1;

-- choose-method -----------------------------------------------------------------------------------
INSERT INTO exercise (code) VALUES ('choose-method');

INSERT INTO exercise_version (exercise_id, number, title_nl, title_en, summary_nl, summary_en, minutes, created_by)
SELECT id, 1,
       'Welke methode past bij ons?',
       'Which method suits us?',
       'U bespreekt de vragen van de keuzehulp in het portaal: wat u wilt laten zien en aan wie, welke gegevens u al heeft, en hoeveel tijd en hulp er is. Daarna zet u de vier methoden op volgorde en schrijft u op waarom.',
       'You discuss the questions of the method chooser in the portal: what you want to show and to whom, which data you already have, and how much time and help there is. Then you put the four methods in order and write down why.',
       60, NULL
  FROM exercise WHERE code = 'choose-method';

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en)
SELECT v.id, 1, 'CHOICE',
       'Wat wilt u laten zien, en aan wie?', 'What do you want to show, and to whom?',
       'Er zijn verschillende redenen om te meten. Welke weegt voor uw initiatief het zwaarst? Kies er één en vertel elkaar waarom. In de keuzehulp van het portaal kunt u later meer redenen aanvinken.',
       'There are several reasons to measure. Which one weighs most for your initiative? Choose one and tell each other why. In the portal''s method chooser you can tick more reasons later.',
       'Voorbeeld — Welzijn Westerwolde: De organisatie rapporteert twee keer per jaar aan de gemeente, dus verantwoording weegt zwaar. Maar het impactmodel is er ook om te leren: zijn de inspanningen evenredig verdeeld over de doelgroepen?',
       'Example — Welzijn Westerwolde: The organisation reports to the municipality twice a year, so accountability weighs heavily. But the impact model is also there to learn: are the efforts evenly spread over the target groups?',
       E'Verantwoording aan de gemeente\nVerantwoording aan een fonds of andere financier\nLeren en verbeteren: wat werkt en wat niet?\nVrijwilligers motiveren en vasthouden\nErkenning: laten zien wat we betekenen',
       E'Accountability to the municipality\nAccountability to a fund or another funder\nLearning and improving: what works and what not?\nMotivating and keeping volunteers\nRecognition: showing what we mean to people'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'choose-method' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en)
SELECT v.id, 2, 'CHOICE',
       'Heeft u een bedrag in euro''s nodig?', 'Do you need an amount in euros?',
       'Sommige financiers willen weten wat uw initiatief de samenleving oplevert in geld, bijvoorbeeld doordat inwoners gezonder zijn of minder zorg nodig hebben. Alleen een SROI geeft zo''n bedrag, en dat is veel werk. Vraagt iemand er echt om?',
       'Some funders want to know what your initiative yields for society in money, for instance because residents are healthier or need less care. Only an SROI gives such an amount, and it is a lot of work. Does anyone really ask for it?',
       'Voorbeeld — Odensehuis Meppel–Westerveld: Het Odensehuis ontlast mantelzorgers en helpt langdurige zorg uit te stellen, en dat is in geld uit te drukken. Maar wil de gemeente een bedrag zien, of vooral horen wat bezoekers en mantelzorgers ervaren? Het team kiest ‘Dat weten we nog niet’ en vraagt het na.',
       'Example — Odensehuis Meppel–Westerveld: The Odensehuis relieves carers and helps to postpone long-term care, and that can be expressed in money. But does the municipality want to see an amount, or mainly hear what visitors and carers experience? The team chooses ‘We do not know yet’ and asks.',
       E'Ja, een financier of de gemeente vraagt erom\nNee\nDat weten we nog niet',
       E'Yes, a funder or the municipality asks for it\nNo\nWe do not know yet'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'choose-method' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en)
SELECT v.id, 3, 'CHOICE',
       'Welke gegevens heeft u al?', 'Which data do you already have?',
       'Wat houdt u nu al bij, of wat heeft u al eens verzameld? Kies wat u het meest heeft. Vaak is er meer dan u denkt: een presentielijst, een logboek, een map met bedankkaartjes.',
       'What do you already keep track of, or what have you collected before? Choose what you have most of. There is often more than you think: an attendance list, a logbook, a folder of thank-you cards.',
       'Voorbeeld — Dorpsloket Middelstum: Het team houdt elke week een logboek bij van hulpvragen en ervaringen, en maakt elk jaar een overzicht van activiteiten en resultaten. Het dorpsloket heeft dus vooral cijfers, en in het logboek ook al wat verhalen.',
       'Example — Dorpsloket Middelstum: The team keeps a weekly logbook of help requests and experiences, and makes an annual overview of activities and results. So the help desk mainly has figures, and some stories in the logbook as well.',
       E'Cijfers: deelnemers, activiteiten of uren\nVerhalen en ervaringen van deelnemers\nAntwoorden op vragenlijsten of enquêtes\nNog niets',
       E'Figures: participants, activities or hours\nStories and experiences of participants\nAnswers to questionnaires or surveys\nNothing yet'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'choose-method' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en)
SELECT v.id, 4, 'CHOICE',
       'Hoeveel tijd kunt u erin steken?', 'How much time can you give to it?',
       'Tel de tijd van het bestuur en de vrijwilligers samen, voor de komende maanden. Wees eerlijk: meten komt bovenop al het andere werk.',
       'Add up the time of the board and the volunteers, for the coming months. Be honest: measuring comes on top of all the other work.',
       'Voorbeeld — Ebbingehof: De bewoners organiseren alles zelf, van de yoga op dinsdagochtend tot de eetclub op woensdagavond, en ze maken de Hofkamer zelf schoon. Voor meten blijft weinig over: een paar uur per maand.',
       'Example — Ebbingehof: The residents organise everything themselves, from yoga on Tuesday morning to the eating club on Wednesday evening, and they clean the common room (the Hofkamer) themselves. Little is left for measuring: a few hours a month.',
       E'Weinig: een paar uur per maand\nWat: een paar uur per week\nVeel: een dag per week of een eigen werkgroep',
       E'Little: a few hours a month\nSome: a few hours a week\nMuch: a day a week or a working group of its own'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'choose-method' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en)
SELECT v.id, 5, 'CHOICE',
       'Kunt u hulp krijgen van buiten?', 'Can you get help from outside?',
       'Hulp van buiten maakt veel mogelijk: een student die het rekenwerk doet, een vrijwilliger die goed is met cijfers, of een adviseur die de bijeenkomsten begeleidt. Wie zou u kunnen vragen?',
       'Help from outside makes a lot possible: a student who does the calculations, a volunteer who is good with figures, or an advisor who guides the sessions. Whom could you ask?',
       'Voorbeeld — Dorpshuis Smilde: Het dorpshuis onderzocht in 2023 zijn maatschappelijke waarde met Trendbureau Drenthe, in sessies die professioneel begeleid werden. De opbouwwerker vond dat fijn: zelf sta je er te dicht op.',
       'Example — Dorpshuis Smilde: In 2023 the community house studied its social value with Trendbureau Drenthe, in professionally guided sessions. The community worker was glad of it: you are too close to it yourself.',
       E'Nee, we doen het zelf\nJa, van een student of iemand die goed is met cijfers\nJa, van een adviseur (bijvoorbeeld van CMO STAMM)',
       E'No, we do it ourselves\nYes, from a student or someone good with figures\nYes, from an advisor (for example of CMO STAMM)'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'choose-method' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en)
SELECT v.id, 6, 'CHOICE',
       'In welke fase is uw initiatief?', 'Which phase is your initiative in?',
       'Een initiatief dat net begint, kan nog weinig resultaten laten zien, maar wel goed vastleggen wat het wil bereiken. Een initiatief dat al jaren draait, heeft vaak al veel om op terug te kijken.',
       'An initiative that is just starting cannot show many results yet, but it can set down well what it wants to achieve. An initiative that has been running for years often has a lot to look back on.',
       'Voorbeeld — GroeiHuis Eexterveen: De kinderopvang begint in het voorjaar van 2025, en veel activiteiten moeten nog op gang komen. Het GroeiHuis staat aan het begin; een verandertheorie helpt om vanaf de start vast te leggen wat het wil bereiken.',
       'Example — GroeiHuis Eexterveen: The childcare starts in spring 2025, and many activities have yet to get going. The GroeiHuis is at the start; a Theory of Change helps to set down from the beginning what it wants to achieve.',
       E'We beginnen net, of zijn nog geen jaar bezig\nWe zijn een paar jaar bezig\nWe bestaan al lang en zijn een vaste plek',
       E'Just starting, or going for less than a year\nWe have been going for a few years\nLong established, a fixture in the village'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'choose-method' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en)
SELECT v.id, 7, 'RANKING',
       'Zet de vier methoden op volgorde', 'Put the four methods in order',
       'Zet de methode die het best bij uw antwoorden past bovenaan, en de minst passende onderaan. Verandertheorie: hoe uw activiteiten tot verandering leiden. SROI: de waarde in euro''s, afgezet tegen de kosten. Effectmeting: met vragenlijsten, interviews en observaties nagaan wat er verandert. Verhalen: de waarde in de woorden van de mensen zelf, bijvoorbeeld met Most Significant Change. Methoden combineren mag, en geeft vaak een vollediger beeld.',
       'Put the method that best fits your answers at the top, and the least fitting at the bottom. Theory of Change: how your activities lead to change. SROI: the value in euros, set against the costs. Effect measurement: finding out what changes with questionnaires, interviews and observations. Stories: the value in people''s own words, for example with Most Significant Change. Combining methods is fine, and often gives a fuller picture.',
       'Voorbeeld — Odensehuis Meppel–Westerveld: 1. verhalen: bezoekers en mantelzorgers vertellen zelf wat het huis betekent; 2. verandertheorie, om de verhalen aan doelen te koppelen; 3. effectmeting, met een korte vragenlijst voor mantelzorgers; 4. SROI: nu te veel werk voor een team van zestien vrijwilligers.',
       'Example — Odensehuis Meppel–Westerveld: 1. stories: visitors and carers tell in their own words what the house means; 2. Theory of Change, to link the stories to goals; 3. effect measurement, with a short questionnaire for carers; 4. SROI: too much work for now for a team of sixteen volunteers.',
       E'Verandertheorie (Theory of Change)\nSocial Return on Investment (SROI)\nEffectmeting\nVerhalen (narratief, Most Significant Change)',
       E'Theory of Change\nSocial Return on Investment (SROI)\nEffect measurement\nStories (narrative, Most Significant Change)'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'choose-method' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 8, 'TEXT',
       'Waarom deze keuze?', 'Why this choice?',
       'Schrijf in een paar zinnen op welke methode of combinatie u kiest, en waarom. Wat heeft u ervoor nodig, en wie pakt het op? Doe daarna de keuzehulp in het portaal; uw adviseur kan er een notitie bij schrijven.',
       'Write down in a few sentences which method or combination you choose, and why. What do you need for it, and who takes it on? Then do the method chooser in the portal; your advisor can add a note to it.',
       'Voorbeeld — Odensehuis Meppel–Westerveld: We beginnen met verhalen, want die laten zien wat cijfers niet laten zien: een mantelzorger die het thuis weer volhoudt. De verhalen gaan over mensen met dementie en zijn heel persoonlijk. Daarom vragen we altijd toestemming en noemen we geen namen.',
       'Example — Odensehuis Meppel–Westerveld: We start with stories, because they show what figures do not: a carer who can cope at home again. The stories are about people with dementia and are very personal. That is why we always ask for consent and never use names.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'choose-method' AND v.number = 1;

-- deadweight-attribution --------------------------------------------------------------------------
INSERT INTO exercise (code) VALUES ('deadweight-attribution');

INSERT INTO exercise_version (exercise_id, number, title_nl, title_en, summary_nl, summary_en, minutes, created_by)
SELECT id, 1,
       'Deadweight en attributie schatten',
       'Estimating deadweight and attribution',
       'Niet alle verandering komt door uw initiatief. Voor één uitkomst schat u wat er ook zonder u was gebeurd (deadweight) en welk deel door anderen komt (attributie), en u rekent na wat dat betekent voor de waarde in een SROI.',
       'Not all change is due to your initiative. For one outcome you estimate what would have happened without you too (deadweight) and which part is due to others (attribution), and you work out what that means for the value in an SROI.',
       45, NULL
  FROM exercise WHERE code = 'deadweight-attribution';

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 1, 'TEXT',
       'Kies één uitkomst', 'Choose one outcome',
       'Kies één uitkomst van uw initiatief: een verandering bij een groep mensen. Schrijf op voor wie, wat er verandert, en bij hoeveel mensen ongeveer. Heeft u al een financiële proxy (een bedrag dat laat zien wat de verandering waard is), noem die dan ook.',
       'Choose one outcome of your initiative: a change for a group of people. Write down for whom, what changes, and for about how many people. If you already have a financial proxy (an amount that shows what the change is worth), name it too.',
       'Voorbeeld — Dorpshuis Smilde: Gasten van het maandelijkse dorpsdiner voelen zich minder eenzaam. Het gaat om 40 gasten; de proxy is € 1.500 per persoon per jaar. (voorbeeldcijfers)',
       'Example — Dorpshuis Smilde: Guests of the monthly village dinner feel less lonely. It concerns 40 guests; the proxy is €1,500 per person per year. (illustrative figures)'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'deadweight-attribution' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en)
SELECT v.id, 2, 'CHOICE',
       'Deadweight: wat was er ook zonder u gebeurd?', 'Deadweight: what would have happened without you?',
       'Stel u voor dat uw initiatief er niet was geweest. Hoeveel van deze verandering was er dan toch gekomen: met de tijd, door familie, of doordat mensen zelf iets anders hadden gevonden? Kies de band die het best past. Het percentage waarmee u rekent, schrijft u in de laatste stap op.',
       'Imagine your initiative had not been there. How much of this change would have come anyway: with time, through family, or because people would have found something else themselves? Choose the band that fits best. The percentage you calculate with, you write down in the last step.',
       'Voorbeeld — Dorpshuis Smilde: Een deel van de gasten had ook zonder het diner wel aanspraak gehad, via familie, de kerk of de sportclub. De groep kiest 10–30 % en rekent met 25 %.',
       'Example — Dorpshuis Smilde: Some of the guests would have had company without the dinner too, through family, church or the sports club. The group chooses 10–30% and calculates with 25%.',
       E'0–10 %: zonder ons was er bijna niets veranderd\n10–30 %: een klein deel was ook zo gebeurd\n30–50 %: een flink deel was ook zo gebeurd\n50–70 %: meer dan de helft was ook zo gebeurd\n70–100 %: het meeste was ook zo gebeurd',
       E'0–10%: almost nothing would have changed without us\n10–30%: a small part would have happened anyway\n30–50%: a good part would have happened anyway\n50–70%: more than half would have happened anyway\n70–100%: most of it would have happened anyway'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'deadweight-attribution' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en)
SELECT v.id, 3, 'CHOICE',
       'Attributie: welk deel komt door anderen?', 'Attribution: which part is due to others?',
       'Van de verandering die niet vanzelf was gekomen: welk deel hebben anderen mogelijk gemaakt? Denk aan de huisarts, het welzijnswerk, de gemeente of een andere vereniging. Kies de band die het best past.',
       'Of the change that would not have come by itself: which part did others make possible? Think of the GP, welfare work, the municipality or another club. Choose the band that fits best.',
       'Voorbeeld — Dorpshuis Smilde: Ook de sociaal raadsvrouw en de dagbesteding in het dorpshuis brengen mensen met elkaar in contact, en het welzijnswerk nodigt mensen uit om te komen. De groep kiest 10–30 % en rekent met 20 %.',
       'Example — Dorpshuis Smilde: The social counsellor and the day care in the community house also bring people into contact with each other, and the welfare work invites people to come. The group chooses 10–30% and calculates with 20%.',
       E'0–10 %: het komt bijna helemaal door ons\n10–30 %: anderen droegen een klein deel bij\n30–50 %: anderen droegen een flink deel bij\n50–70 %: anderen droegen het meeste bij\n70–100 %: het komt vooral door anderen',
       E'0–10%: it is almost entirely our doing\n10–30%: others contributed a small part\n30–50%: others contributed a good part\n50–70%: others contributed most of it\n70–100%: it is mainly due to others'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'deadweight-attribution' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, scale_min, scale_max)
SELECT v.id, 4, 'SCALE',
       'Hoe zeker bent u?', 'How sure are you?',
       'Hoe zeker bent u van deze twee schattingen? 1: een gok. 3: gebaseerd op gesprekken met deelnemers of vrijwilligers. 5: onderbouwd met gegevens, zoals een vragenlijst of een vergelijking met een dorp zonder zo''n initiatief. Hoe onzekerder u bent, hoe ruimer u de schattingen laat variëren in de gevoeligheidsanalyse.',
       'How sure are you of these two estimates? 1: a guess. 3: based on conversations with participants or volunteers. 5: backed by data, such as a questionnaire or a comparison with a village without such an initiative. The less sure you are, the wider you let the estimates vary in the sensitivity analysis.',
       'Voorbeeld — Dorpshuis Smilde: De groep geeft een 3. De schattingen komen uit een gesprek met het bestuur en de kookploeg, niet uit een meting. In de gevoeligheidsanalyse rekenen ze daarom ook met 15 % en 35 % deadweight.',
       'Example — Dorpshuis Smilde: The group gives a 3. The estimates come from a conversation with the board and the cooking team, not from a measurement. So in the sensitivity analysis they also calculate with 15% and 35% deadweight.',
       1, 5
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'deadweight-attribution' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 5, 'TEXT',
       'Onderbouwing en rekenvoorbeeld', 'Reasoning and worked example',
       'Schrijf op met welke percentages u rekent en waarom, zodat een ander uw keuze kan volgen. Reken daarna na wat er van de waarde overblijft. Waarde = aantal × proxy. Impact = waarde × (1 − deadweight) × (1 − verplaatsing) × (1 − attributie). Verplaatsing is het deel dat alleen verschoven is, zodat het elders minder werd; vaak is dat 0 %. Houdt het effect meer jaren aan, dan wordt het elk jaar kleiner met de afname per jaar (drop-off), en telt elk jaar contant gemaakt mee.',
       'Write down which percentages you calculate with and why, so that someone else can follow your choice. Then work out what is left of the value. Value = quantity × proxy. Impact = value × (1 − deadweight) × (1 − displacement) × (1 − attribution). Displacement is the part that merely moved, so that there was less of it elsewhere; often it is 0%. If the effect lasts more years, it becomes smaller each year by the drop-off, and each year counts discounted to present value.',
       'Voorbeeld — Dorpshuis Smilde (voorbeeldcijfers): 40 gasten × € 1.500 = € 60.000. Na 25 % deadweight: € 60.000 × 0,75 = € 45.000. Verplaatsing 0 %. Na 20 % attributie: € 45.000 × 0,80 = € 36.000 impact in het eerste jaar. Het effect houdt twee jaar aan en neemt elk jaar met de helft af: in jaar 2 is het € 18.000. Contant gemaakt tegen 3,5 %: € 36.000 / 1,035 + € 18.000 / 1,035² = € 34.782,61 + € 16.803,66 = € 51.586,27. Waarom 25 %? Een kwart van de gasten had ook zonder het diner aanspraak gehad, schat de groep.',
       'Example — Dorpshuis Smilde (illustrative figures): 40 guests × €1,500 = €60,000. After 25% deadweight: €60,000 × 0.75 = €45,000. Displacement 0%. After 20% attribution: €45,000 × 0.80 = €36,000 impact in the first year. The effect lasts two years and halves each year: in year 2 it is €18,000. Discounted at 3.5%: €36,000 / 1.035 + €18,000 / 1.035² = €34,782.61 + €16,803.66 = €51,586.27. Why 25%? A quarter of the guests would have had company without the dinner too, the group estimates.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'deadweight-attribution' AND v.number = 1;

-- msc-selection -----------------------------------------------------------------------------------
INSERT INTO exercise (code) VALUES ('msc-selection');

INSERT INTO exercise_version (exercise_id, number, title_nl, title_en, summary_nl, summary_en, minutes, created_by)
SELECT id, 1,
       'Het verhaal dat het meest zegt (Most Significant Change)',
       'The story that says most (Most Significant Change)',
       'Met Most Significant Change laat u de waarde van uw initiatief zien in de woorden van de mensen zelf. U leest een paar korte verhalen over verandering, kiest samen het verhaal dat het meest zegt en legt uit waarom.',
       'With Most Significant Change you show the value of your initiative in people''s own words. You read a few short stories of change, choose together the story that says most, and explain why.',
       45, NULL
  FROM exercise WHERE code = 'msc-selection';

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 1, 'TEXT',
       'Lees de verhalen', 'Read the stories',
       E'Lees de vier verhalen rustig door. Ze zijn verzonnen, maar lijken op wat bezoekers en mantelzorgers van een Odensehuis vertellen. Schrijf daarna op welke zin u het meest is bijgebleven, en waarom.\n\n1. Vader zingt weer. ‘Thuis is mijn vader vaak stil en onrustig. In het Odensehuis zingt hij mee en heeft hij plezier. Dat hij nog ergens gelukkig is, betekent alles voor mij.’ (een dochter)\n\n2. Een middag voor mezelf. ‘Ik merkte pas hoe moe ik was toen ik weer tijd voor mezelf had. Door die middagen houd ik de zorg voor mijn man thuis vol.’ (een mantelzorger)\n\n3. Koffie met lotgenoten. ‘Ik dacht dat ik het alleen moest doen. Nu weet ik dat anderen hetzelfde meemaken, en durf ik om hulp te vragen.’ (een mantelzorger)\n\n4. Ik maak de stoelen weer. ‘Thuis neemt iedereen alles van me over. Hier knap ik met een vrijwilliger oude stoelen op. Hier ben ik nog iemand die iets kan.’ (een bezoeker)',
       E'Read the four stories quietly. They are made up, but resemble what visitors and carers of an Odensehuis tell. Then write down which sentence stayed with you most, and why.\n\n1. Father sings again. ‘At home my father is often quiet and restless. At the Odensehuis he sings along and enjoys himself. That he is still happy somewhere means everything to me.’ (a daughter)\n\n2. An afternoon for myself. ‘I only noticed how tired I was when I had time for myself again. Those afternoons are what let me keep caring for my husband at home.’ (a carer)\n\n3. Coffee with other carers. ‘I thought I had to do it alone. Now I know others go through the same, and I dare to ask for help.’ (a carer)\n\n4. I mend the chairs again. ‘At home everyone takes everything off my hands. Here I do up old chairs with a volunteer. Here I am still someone who can do something.’ (a visitor)',
       'Voorbeeld — Odensehuis Meppel–Westerveld: Het team stelt bezoekers en mantelzorgers één vraag: ‘Wat is voor u de belangrijkste verandering sinds u bij het Odensehuis komt? En waarom is dat voor u belangrijk?’ Het gaat om mensen met dementie en hun naasten; de verhalen worden alleen met toestemming en zonder namen gedeeld.',
       'Example — Odensehuis Meppel–Westerveld: The team asks visitors and carers one question: ‘What is for you the most important change since you started coming to the Odensehuis? And why does it matter to you?’ These are people with dementia and their loved ones; the stories are shared only with consent and without names.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'msc-selection' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en)
SELECT v.id, 2, 'CHOICE',
       'Kies het verhaal dat het meest zegt', 'Choose the story that says most',
       'Welk verhaal laat voor u het best zien wat het initiatief betekent? Kies er één. Er is geen goed of fout antwoord: het gaat om het gesprek over het waarom, straks in de groep.',
       'Which story shows best for you what the initiative means? Choose one. There is no right or wrong answer: what matters is the conversation about why, shortly in the group.',
       'Voorbeeld — Odensehuis Meppel–Westerveld: In het domein ‘Je welkom voelen’ koos het team van het inloophuis verhaal 4, ‘Ik maak de stoelen weer’.',
       'Example — Odensehuis Meppel–Westerveld: In the domain ‘Feeling welcome’ the drop-in team chose story 4, ‘I mend the chairs again’.',
       E'Vader zingt weer: thuis stil, hier vrolijk\nEen middag voor mezelf: zo houd ik de zorg vol\nKoffie met lotgenoten: ik durf hulp te vragen\nIk maak de stoelen weer: hier kan ik nog iets',
       E'Father sings again: quiet at home, cheerful here\nAn afternoon for myself: so I can keep caring\nCoffee with other carers: I dare ask for help\nI mend the chairs again: here I can still do things'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'msc-selection' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 3, 'TEXT',
       'Waarom dit verhaal?', 'Why this story?',
       'Schrijf op waarom u dit verhaal kiest. Wat maakt deze verandering belangrijker dan de andere? Wat zou u willen dat de gemeente of een fonds ervan begrijpt?',
       'Write down why you choose this story. What makes this change more important than the others? What would you like the municipality or a fund to understand from it?',
       'Voorbeeld — Odensehuis Meppel–Westerveld: ‘Hier zie je wat welkom zijn bij ons betekent: meedoen met wat je nog kunt. Sinds hij de stoelen maakt, komt meneer H. elke week, en vraagt hij zelf wanneer het weer dinsdag is.’',
       'Example — Odensehuis Meppel–Westerveld: ‘This shows what being welcome means with us: taking part with what you still can do. Since he started on the chairs, Mr H. comes every week, and asks himself when it will be Tuesday again.’'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'msc-selection' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 4, 'ITEMS',
       'Wat zegt het verhaal over de waarde?', 'What does the story say about the value?',
       'Wat laat het gekozen verhaal zien over de waarde van uw initiatief? Schrijf elk punt apart: een verandering, een waardethema (zoals sociale cohesie, zingeving en eigenaarschap, of gezondheid en welzijn), of iets dat u nog wilt nagaan.',
       'What does the chosen story show about the value of your initiative? Write each point separately: a change, a value theme (such as social cohesion, meaning and ownership, or health and well-being), or something you still want to check.',
       'Voorbeeld — Odensehuis Meppel–Westerveld: zingeving: bezoekers doen mee met wat ze nog kunnen; eigen regie: zelf koffie halen of helpen met de afwas; mantelzorgers worden ontlast; nog na te gaan: helpt het Odensehuis om langdurige zorg uit te stellen?',
       'Example — Odensehuis Meppel–Westerveld: meaning: visitors take part with what they still can do; self-direction: fetching their own coffee or helping with the washing-up; carers are relieved; still to check: does the Odensehuis help to postpone long-term care?'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'msc-selection' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 5, 'TEXT',
       'Terug naar de verteller', 'Back to the teller',
       'Bij Most Significant Change hoort dat de vertellers horen welk verhaal gekozen is, en waarom. Schrijf een paar zinnen die u de verteller van het gekozen verhaal zou sturen of vertellen.',
       'Most Significant Change includes letting the tellers know which story was chosen, and why. Write a few sentences you would send or tell the teller of the chosen story.',
       'Voorbeeld — Odensehuis Meppel–Westerveld: ‘Beste meneer H., het team heeft uw verhaal over de stoelen gekozen. Het laat zo goed zien waar het Odensehuis om draait: iedereen doet mee met wat hij kan. Dank u wel dat we het mochten gebruiken.’',
       'Example — Odensehuis Meppel–Westerveld: ‘Dear Mr H., the team has chosen your story about the chairs. It shows so well what the Odensehuis is about: everyone takes part with what they can do. Thank you for letting us use it.’'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'msc-selection' AND v.number = 1;

-- effect-map --------------------------------------------------------------------------------------
INSERT INTO exercise (code) VALUES ('effect-map');

INSERT INTO exercise_version (exercise_id, number, title_nl, title_en, summary_nl, summary_en, minutes, created_by)
SELECT id, 1,
       'Een effectenkaart maken',
       'Making an impact map',
       'Op een effectenkaart ziet u in één oogopslag wat u doet en wat dat oplevert voor elke groep: van aanpak via output en outcome tot impact. Zo ziet u ook voor wie u veel doet, en voor wie (nog) weinig.',
       'An impact map shows at a glance what you do and what it yields for each group: from activities through output and outcome to impact. It also shows for whom you do a lot, and for whom little (as yet).',
       60, NULL
  FROM exercise WHERE code = 'effect-map';

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, applies_to)
SELECT v.id, 1, 'ITEMS',
       'Voor wie maakt u verschil?', 'For whom do you make a difference?',
       'Noem de groepen voor wie uw initiatief iets verandert: deelnemers, vrijwilligers, familie, het dorp of de wijk, partners. Noem ook groepen die u (nog) weinig bereikt. Eén groep per punt.',
       'Name the groups for whom your initiative changes something: participants, volunteers, family, the village or neighbourhood, partners. Also name groups you reach little (as yet). One group per item.',
       'Voorbeeld — Welzijn Westerwolde: ouderen; jongeren; gezinnen; mantelzorgers; nieuwkomers; mensen met geldzorgen of sociale problemen; vrijwilligers; inwonersinitiatieven.',
       'Example — Welzijn Westerwolde: older people; young people; families; carers; newcomers; people with money worries or social problems; volunteers; citizen initiatives.',
       'STAKEHOLDER'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'effect-map' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en, options_nl, options_en, rows_nl, rows_en, applies_to)
SELECT v.id, 2, 'CANVAS',
       'De effectenkaart', 'The impact map',
       'Zet korte briefjes op de kaart: per groep (de rijen) wat u doet en wat het oplevert (de kolommen). AANPAK: de activiteit. OUTPUT: het directe, telbare resultaat. OUTCOME: wat er voor deze groep verandert. IMPACT: wat er op langere termijn in de samenleving verandert. Een vak mag leeg blijven; ook dat zegt iets.',
       'Put short notes on the map: for each group (the rows) what you do and what it yields (the columns). ACTIVITIES: the activity. OUTPUT: the direct, countable result. OUTCOME: what changes for this group. IMPACT: what changes in society in the longer term. A box may stay empty; that says something too.',
       'Voorbeeld — Welzijn Westerwolde, rij Familie en mantelzorgers: AANPAK ‘mantelzorgondersteuning’, OUTPUT ‘ondersteunde mantelzorgers’, OUTCOME ‘mantelzorgers houden het vol’, IMPACT ‘minder vraag naar zwaardere zorg in de gemeente’.',
       'Example — Welzijn Westerwolde, row Family and carers: ACTIVITIES ‘support for carers’, OUTPUT ‘carers supported’, OUTCOME ‘carers can keep it up’, IMPACT ‘less demand for heavier care in the municipality’.',
       E'AANPAK\nOUTPUT\nOUTCOME\nIMPACT',
       E'ACTIVITIES\nOUTPUT\nOUTCOME\nIMPACT',
       E'Deelnemers\nVrijwilligers\nFamilie en mantelzorgers\nDorp of wijk\nGemeente en partners',
       E'Participants\nVolunteers\nFamily and carers\nVillage or neighbourhood\nMunicipality and partners',
       'TOC'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'effect-map' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 3, 'ITEMS',
       'Onbedoelde effecten', 'Unintended effects',
       'Niet elk effect is bedoeld, en niet elk effect is goed. Wat gebeurt er nog meer door uw initiatief, positief of negatief? Eén effect per punt.',
       'Not every effect is intended, and not every effect is good. What else happens because of your initiative, positive or negative? One effect per item.',
       'Voorbeeld — Dorpsloket Middelstum: vrijwilligers kunnen overbelast raken, daarom houdt het team een wekelijks logboek bij; een klus kan lokale bedrijven werk afnemen, daarom wordt elke hulpvraag daarop bekeken; uit een klus groeit soms een contact dat jaren blijft.',
       'Example — Dorpsloket Middelstum: volunteers can become overloaded, which is why the team keeps a weekly logbook; an odd job can take work away from local businesses, which is why every help request is checked for that; an odd job sometimes grows into a contact that lasts for years.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'effect-map' AND v.number = 1;

INSERT INTO exercise_step (exercise_version_id, position, kind, title_nl, title_en, instructions_nl, instructions_en, example_nl, example_en)
SELECT v.id, 4, 'TEXT',
       'Wat valt op?', 'What stands out?',
       'Bekijk de kaart als geheel. Bij welke groepen staan veel briefjes, en bij welke weinig? Zijn uw inspanningen evenredig verdeeld over de groepen, en past dat bij wat u wilt bereiken? Schrijf op wat u opvalt en wat u wilt veranderen of gaan meten.',
       'Look at the map as a whole. Which groups have many notes, and which few? Are your efforts evenly spread over the groups, and does that fit what you want to achieve? Write down what stands out and what you want to change or start measuring.',
       'Voorbeeld — Welzijn Westerwolde: In het impactmodel hoort elke inspanning bij één van drie maatschappelijke effecten: Leefbaarheid & socialiseren, Ontwikkelen & (op)groeien, en Autonomie & meedoen. Blijkt uit de rapportage dat de inspanningen niet evenredig over de doelgroepen verdeeld zijn, dan kan de organisatie daar gerichter op inzetten.',
       'Example — Welzijn Westerwolde: In the impact model every effort belongs to one of three societal effects: Liveability & socialising, Developing & growing up, and Autonomy & taking part. If the report shows that the efforts are not evenly spread over the target groups, the organisation can act on that more purposefully.'
  FROM exercise_version v JOIN exercise e ON e.id = v.exercise_id
 WHERE e.code = 'effect-map' AND v.number = 1;
