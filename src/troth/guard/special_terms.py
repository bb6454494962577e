"""Lexicons of the special categories, in English, German, Spanish and French.

Each entry is a regular-expression fragment matched case-insensitively on word
boundaries. A term alone proves nothing (a "health check", an article about
unions); :mod:`troth.guard.special` asks the classifier whether the sentence
reveals the category about a person.
"""

from __future__ import annotations

from troth.guard import detection as cat

SPECIAL_TERMS: dict[str, tuple[str, ...]] = {
    cat.HEALTH: (
        # English
        r"cancer", r"tumou?r", r"chemo(?:therapy)?", r"radiotherapy", r"diabet(?:es|ic)",
        r"asthma", r"depression", r"depressed", r"anxiety(?: disorder)?", r"panic attacks?",
        r"hiv", r"aids", r"hepatitis", r"pregnan(?:t|cy)", r"miscarriage", r"surgery",
        r"hospitali[sz]ed", r"in (?:the )?hospital", r"rehab", r"therapist", r"psychiatrist",
        r"medication", r"antidepressants?", r"insulin", r"epilep(?:sy|tic)", r"seizures?",
        r"cpap", r"sleep apnea", r"dialysis", r"disabilit(?:y|ies)", r"wheelchair", r"adhd",
        r"autis(?:m|tic)", r"bipolar", r"schizophreni[ac]", r"migraines?", r"blood pressure",
        r"heart attack", r"stroke", r"arthritis", r"multiple sclerosis", r"parkinson'?s",
        r"alzheimer'?s", r"dementia", r"covid", r"long covid", r"chronic (?:pain|illness)",
        r"diagnos(?:ed|is)", r"hearing aids?", r"pacemaker", r"crohn'?s", r"anorexia",
        r"eating disorder", r"ptsd", r"ocd", r"addiction", r"alcoholi(?:c|sm)",
        r"(?:broken|fractured) (?:leg|arm|wrist|hip)", r"sick leave", r"illness",
        # German
        r"krebs", r"diagnose", r"diagnostiziert", r"schwanger(?:schaft)?", r"krankenhaus",
        r"chemotherapie", r"medikamente?", r"diabetes", r"depressionen", r"krankgeschrieben",
        r"behinderung", r"rollstuhl", r"herzinfarkt", r"schlaganfall",
        # Spanish
        r"cáncer", r"diagnosticad[oa]", r"embarazada", r"embarazo", r"quimioterapia",
        r"depresión", r"medicamentos?", r"hospitalizad[oa]", r"discapacidad",
        r"infarto", r"baja médica", r"enfermedad",
        # French
        r"diagnostiqué(?:e)?", r"enceinte", r"grossesse", r"chimiothérapie", r"dépression",
        r"médicaments?", r"hospitalisé(?:e)?", r"diabète", r"handicap", r"arrêt maladie",
        r"maladie",
    ),
    cat.GENETIC: (
        r"dna test", r"genetic (?:test|testing|screening|results?|condition|disorder|marker)s?",
        r"brca[12]?(?: gene)?", r"gene mutation", r"genome sequencing", r"23andme",
        r"ancestrydna", r"carrier of (?:the )?\w+ gene", r"hereditary (?:condition|disease)",
        r"huntington'?s", r"cystic fibrosis", r"sickle[- ]cell",
        r"gentest", r"genetische[nr]? (?:test|untersuchung|veranlagung)", r"erbkrankheit",
        r"prueba genética", r"análisis de adn", r"enfermedad hereditaria",
        r"test génétique", r"test adn", r"maladie héréditaire",
    ),
    cat.BIOMETRIC: (
        r"fingerprints?", r"finger ?print scan", r"face ?scan",
        r"facial (?:geometry|template|scan)",
        r"face ?id template", r"iris scan", r"retina(?:l)? scan", r"voice ?print",
        r"palm ?print", r"biometric (?:data|template|scan|sample)s?",
        r"fingerabdr(?:uck|ücke)", r"gesichtsscan", r"iris-scan",
        r"huellas? dactilar(?:es)?", r"escaneo facial", r"reconocimiento facial",
        r"empreintes? digitales?", r"scan facial", r"reconnaissance faciale",
    ),
    cat.RACE: (
        r"african[- ]american", r"black (?:man|woman|person|people|family|british)",
        r"hispanic", r"latin[oa]", r"latinx", r"caucasian", r"asian[- ]american",
        r"mixed[- ]race", r"biracial", r"ethnic(?:ity| origin| background| minority)",
        r"racial(?:ly)? (?:background|origin)", r"roma(?:ni)?", r"aboriginal", r"indigenous",
        r"native american", r"first nations", r"pakistani heritage", r"arab descent",
        r"ethnische herkunft", r"hautfarbe", r"migrationshintergrund",
        r"origen étnico", r"etnia", r"gitan[oa]", r"indígena", r"raza",
        r"origine ethnique", r"ethnie", r"d'origine (?:maghrébine|africaine|asiatique)",
    ),
    cat.POLITICS: (
        r"vot(?:ed|e|ing) (?:for|against) (?:the )?\w+", r"democrat(?:s|ic party)?",
        r"republican(?:s| party)?", r"labour party", r"tory", r"tories", r"conservative party",
        r"liberal democrats?", r"socialist", r"communist", r"green party", r"libertarian",
        r"political (?:views|opinions?|beliefs|affiliation)", r"party member(?:ship)?",
        r"campaign(?:ed|ing)? for", r"(?:pro|anti)[- ](?:choice|life|brexit)", r"maga",
        r"afd", r"spd", r"cdu", r"die grünen", r"die linke", r"fdp", r"gewählt",
        r"psoe", r"podemos", r"vox", r"votado", r"voté (?:por|pour)",
        r"rassemblement national", r"la france insoumise", r"parti socialiste",
        r"opinion politique", r"opiniones políticas", r"politische (?:meinung|einstellung)",
    ),
    cat.RELIGION: (
        r"muslim", r"islam(?:ic)?", r"christian", r"catholic", r"protestant", r"evangelical",
        r"jewish", r"judaism", r"hindu", r"buddhist", r"sikh", r"atheist", r"agnostic",
        r"mormon", r"jehovah'?s witness", r"church", r"mosque", r"synagogue", r"temple",
        r"pray(?:er|ers|ing)?", r"ramadan", r"halal", r"kosher", r"sabbath", r"bible study",
        r"religio(?:n|us)", r"faith", r"convert(?:ed)? to",
        r"muslimisch", r"katholisch", r"evangelisch", r"moschee", r"kirche", r"jüdisch",
        r"gottesdienst", r"religiös",
        r"musulmán", r"musulmana", r"católic[oa]", r"iglesia", r"mezquita", r"judí[oa]", r"misa",
        r"musulman(?:e)?", r"catholique", r"église", r"mosquée", r"juif", r"juive", r"messe",
        r"croyant(?:e)?",
    ),
    cat.UNION: (
        r"(?:trade |labou?r )?union (?:member(?:ship)?|dues|rep(?:resentative)?|meeting|card)",
        r"member of (?:the |a )?(?:\w+ )?union", r"shop steward", r"teamsters", r"afl-cio",
        r"unite the union", r"unison", r"joined the union", r"unionized",
        r"gewerkschaft(?:smitglied)?", r"ver\.di", r"ig metall", r"betriebsrat",
        r"sindicato", r"afiliad[oa] (?:al|a un) sindicato", r"ccoo", r"ugt", r"sindical",
        r"syndicat", r"syndiqué(?:e)?", r"cgt", r"cfdt", r"délégué syndical",
    ),
    cat.SEXUAL_ORIENTATION: (
        r"gay", r"lesbian", r"bisexual", r"homosexual", r"queer", r"pansexual", r"asexual",
        r"same[- ]sex (?:partner|couple|marriage|relationship)", r"coming out", r"came out",
        r"my (?:boyfriend|husband) and i" r"(?= .{0,40}\b(?:he|him)\b)", r"grindr",
        r"sex life", r"sexual (?:orientation|partners?|history|preference)",
        r"schwul", r"lesbisch", r"bisexuell", r"homosexuell", r"sexuelle orientierung",
        r"lesbiana", r"homosexualidad", r"orientación sexual", r"vida sexual",
        r"lesbienne", r"homosexuel(?:le)?", r"orientation sexuelle", r"vie sexuelle",
    ),
}  # fmt: skip
