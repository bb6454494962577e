"""Signs that a record is about a child under the policy's age, in eight languages.

A rule set over what a text says of a person's age: a stated age ("is 7", "9yo", "(6)",
"sechs Jahre", "mijn zevenjarige"), an age field ("edad": 9) or "aged 6", an age the person
is turning ("turning 12"), a birth date (or a Polish PESEL) that makes the person younger
than the age on the day of the check, a school year or childcare only children attend
("5th grade", "CM1", "groep 3", "4.º ano", "kl. 3 SP", "al nido", "żłobek"), a first
communion, a child writing ("my mom said I can"), and a parent setting an account up for
a child. Ages of objects ("a 12-year-old router"), durations and states ("for 10 years",
"2 years sober"), age ratings, ranges and menus ("from 12 years", "(-10 ans)"), years
taught together ("groep 7/8"), teachers' classes and characters of a film or a novel are
not.
File and device names are read as words ("Jacob-9yo-Switch", "groep3", "tabletLeoKlasse3").
Records count too: a traveller's or patient's type ("typ": "infant"), an age field in
months, a group of babies, a birth year as a cohort beside a child ("Jahrgang 2016"), a
parent signing with the child's name beside a class of years 1 to 4. The length of a
thing's use or of a couple's life together ("11 anos de uso", "nos 10 ans") and a guessed
age ("ok. 12 lat") are no age.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from troth.guard.detection import CHILD, Detection
from troth.guard.gates import Gate, words_of
from troth.guard.memo import Memo
from troth.guard.special import RELATIONS

_NUMBERS = {
    1: "one eins ein eine un une uno una um uma een jeden jedna",
    2: "two zwei deux dos due dois twee dwa dwie",
    3: "three drei trois tres tre três drie trzy",
    4: "four vier quatre cuatro quattro quatro cztery",
    5: "five fünf cinq cinco cinque vijf pięć",
    6: "six sechs seis sei zes sześć",
    7: "seven sieben sept siete sette sete zeven siedem",
    8: "eight acht huit ocho otto oito osiem",
    9: "nine neun neuf nueve nove negen dziewięć",
    10: "ten zehn dix diez dieci dez tien dziesięć",
    11: "eleven elf onze once undici jedenaście",
    12: "twelve zwölf douze doce dodici doze twaalf dwanaście",
    13: "thirteen dreizehn treize trece tredici treze dertien trzynaście",
}
NUMBER_WORDS = {w: n for n, words in _NUMBERS.items() for w in words.split()}
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_N = rf"(?P<n>\d{{1,2}}|{_NUMBER_WORD})"
_UNIT = (
    r"(?:years?|yrs?|y\.?\s?o\.?|j\.|jahre?n?|ans?|años?|anos?|anni|anno|jaar|lat|lata|roku|"
    r"aninhos|añitos|anitos)"
)
_OLD = r"(?:[\s-]*(?:old|alt|oud|de edad|di età|de idade))?"
# a state kept for years: "2 years sober", "10 Jahre verheiratet", "5 ans ensemble"
_STATE = (
    r"sober|clean|married|together|smoke-free|nüchtern|trocken|verheiratet|zusammen|mariés|"
    r"ensemble|sobrio|sobria|casados|juntos|sposati|insieme|getrouwd|samen|razem|po ślubie|"
    r"today|heute|aujourd'hui|hoy|oggi|hoje|vandaag|dzisiaj"
)
# What a number of years may be the length of, said after the unit: a thing's use or
# service ("11 anos de uso", "3 Jahre im Einsatz", "2 jaar in gebruik", "od 3 lat
# użytkowania"), a relationship ("1 ano de namoro", "2 anni di fidanzamento"), and in the
# Romance languages any noun after "de"/"di" ("5 años de garantía"); an age is "de edad",
# "di età", "de idade", or the child of someone named ("8 ans de Marie" is rare, kept).
_LASTED = (
    r"(?:of|in) (?:use|service)|im einsatz|in betrieb|in gebruik|in dienst|en service|"
    r"użytkowania|eksploatacji|w użyciu|ehe|beziehung|verkering|relatie|huwelijk|"
    r"związku|małżeństwa|relationship|dating|anniversary|anniversaire|aniversario|"
    r"anniversario|aniversário|jubilee|rocznic\w*|[^\W\d_]*(?:jubiläum|jubileum)|"
    r"(?:de|di)\s+(?!(?:idade|edad|età|eta|vida|vita|vie|âge|age|mi|ma|mon|mes|mia|mio|"
    r"minha|meu|la mia|il mio|nome|nombre|nom|origine|origen|origem)\b)(?-i:[a-zà-ÿ])|"
    r"d['’](?!âge|origine)[^\W\d_]"
)
# an age: a number and a unit of years, a number in brackets after a name, "9yo"
AGE = re.compile(
    rf"(?<![\w,.+<>≤])(?:{_N}[\s-]*(?P<u>{_UNIT}){_OLD}(?![\w-])(?!\s+(?:{_STATE}|"
    rf"{_LASTED}|of|in|at|with|de experiencia|"
    rf"d'expérience|di esperienza|ervaring|doświadczenia|erfahrung|ago|geleden|temu|lang|"
    rf"later|plus tard|después|dopo|depois|później|später|fa\b))"
    rf"|(?:lat|ans|años|anni|anos|jaar|jahre)\s+(?P<m>\d{{1,2}})\b)",
    re.IGNORECASE,
)
# "N-year-old", "fünfjährig", "zevenjarige", "siedmiolatka", "5-latek"
COMPOUND_AGE = re.compile(
    rf"\b(?:(?<!\d[.,])(?P<n>\d{{1,2}})[\s-]?|(?P<w>{_NUMBER_WORD}|dwu|trzy|cztero|pięcio|sześcio|"
    r"siedmio|ośmio|dziewięcio|dziesięcio|jedenasto|dwunasto)[\s-]?)"
    r"(?:year[\s-]old|jährig\w*|jarige?n?|latk\w*|letni\w*|latek|años?-?de-?edad)\b"
    r"(?!\s+(?:huwelijk|bruiloft|jubileum|bestaan|dienstverband|jubiläum|hochzeit|ehe|bestehen|"
    r"firmenjubiläum|anniversary|rocznic\w*|staż\w*))",
    re.IGNORECASE,
)
_INFANT_UNIT = (
    r"(?:days?|tage?n?|jours?|d[ií]as|giorni|dagen|dni|weeks?|wochen|semaines?|semanas?|"
    r"settimane|weken|tygodni\w*|months?|monate?n?|mois|meses|mesi|maanden|miesi\w*)"
)
# "my son is 7", "turning 12", "wird 12", "cumple 12", "faz 12 anos", "kończy 12"
_IS = r"(?:is|ist|est|es|è|é|jest|was|war)"
_TURNING = (
    r"(?:turning|turns|will turn|wird|va avoir|va fêter ses|fête ses|cumple|cumplirá|compie|"
    r"compirà|faz|fará|wordt|kończy|skończy|(?:he|she)(?:'ll|’ll| will) be)"
)
CHILD_WORDS = (
    r"(?:son|daughter|kid|child|boy|girl|toddler|sohn|tochter|kind|junge|mädchen|"
    r"kleine|kleiner|fils|fille|enfant|petit|petite|hijo|hija|niño|niña|peque|pequeño|pequeña|"
    r"figlio|figlia|bambino|bambina|piccolo|piccola|filho|filha|criança|menino|menina|"
    r"pequeno|pequena|zoon|dochter|jongen|meisje|kleine|syn|córka|dziecko|chłopiec|"
    r"dziewczynka|mały|mała|youngest|eldest|caçula|caçulinha|benjamín|zoontje|dochtertje|kleintje|grandson|granddaughter|enkel|enkelin|neveu|nièce|nieto|nieta|"
    r"nipote|neto|neta|kleinzoon|kleindochter|wnuk|wnuczka|pupil|menor|alumno|alumna|aluno|aluna|"
    r"schüler|schülerin|élève|alunno|alunna|leerling|uczeń|uczennica|dreumes|peuter|"
    # (Polish declines them: "zapisuję syna", "z córką", "dziecka")
    r"syna|synem|synowi|córkę|córki|córką|córce|dziecka|dziecku|dzieckiem|"
    r"kleinkind)"
)
# (a measure after the number is no age; "7 this year" is, and "7th" never matches: \b)
_CHILD_PRONOUN = r"(?:he|she|er|sie|il|elle|él|ella|lui|lei|ele|ela|hij|zij|ze|on|ona)"
_NOT_A_MEASURE = r"(?!\s*(?:%|€|\$|(?:minutes|min|hours|euro|cm|kg|points)\b|:|[.,]\d))"
IS_AGE = re.compile(
    rf"\b{CHILD_WORDS}\s+(?:\w+\s+)?{_IS}\s+(?:just\s+|only\s+|now\s+)?{_N}\b{_NOT_A_MEASURE}"
    # "my son, he's eight", "Sohn, er ist acht", "zoon, hij is acht"
    rf"|\b{CHILD_WORDS}\s*,\s*{_CHILD_PRONOUN}(?:\s+{_IS}|'s|’s)\s+(?:just\s+|only\s+|now\s+)?"
    rf"{_N.replace('?P<n>', '?P<p>')}\b{_NOT_A_MEASURE}"
    # (a turning verb before months, weeks, days or hours says how long: "faz 2 meses")
    rf"|\b{_TURNING}\s+{_N.replace('?P<n>', '?P<t>')}\b"
    rf"(?!\s*(?:%|€|\$|(?:euro|minutes|hours|horas|heures|stunden|ore|uur|godzin\w*|"
    rf"{_INFANT_UNIT})\b|[.,:]\d))",
    re.IGNORECASE,
)
# an ordinal birthday: "9th birthday", "9. Geburtstag", "9e verjaardag", "9.º cumpleaños"
BIRTHDAY_AGE = re.compile(
    r"\b(?P<n>\d{1,2})(?:st|nd|rd|th|\.|e|ème|eme|º|°|\.º|\.°|o|ª)?\s*"
    r"(?:birthday|bday|b-day|geburtstag|kindergeburtstag|anniversaire|cumpleaños|cumple|"
    r"compleanno|aniversário|aniversario|verjaardag|urodziny|urodzin)\b"
    r"(?!\s+(?:de mariage|de la|du|de l'|of the|of our|de casamento|da empresa|de la empresa|"
    r"dell'azienda|della|van de|van het|firmy|sklepu))",
    re.IGNORECASE,
)
_PARTY = re.compile(r"\s*(?:party|parties)\b", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"\b(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)(?:'s|’s|')\s*$")
BIRTHDAY_WORDS = frozenset(
    """birthday bday geburtstag kindergeburtstag anniversaire cumpleaños cumple compleanno
    aniversário aniversario verjaardag urodziny urodzin""".split()
)
# a person named and an age: "Mia (9)", "Leo, 6, ...", "Elif, 6 J."
NAMED_AGE = re.compile(
    rf"\b(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+|{CHILD_WORDS}|twins|zwillinge|jumeaux|jumelles|gemel\w+|"
    rf"gêmeos|tweeling|bliźni\w+)\s*(?:\((?P<b>\d{{1,2}})(?:\s*{_UNIT})?\)|"
    rf"\((?P<i>\d{{1,2}})\s*{_INFANT_UNIT}\)|,\s*(?P<c>\d{{1,2}})"
    rf"(?=\s*(?:,|-|–|$|{_UNIT}\b(?!\s+(?:{_LASTED}|{_STATE})))))",
    re.IGNORECASE,
)
# a child word right before a name: "my son Alfie (8)", "meine Tochter Ida (6)"
_CHILD_BEFORE = re.compile(rf"\b{CHILD_WORDS}\s+$", re.IGNORECASE)
_TWINS = re.compile(
    r"twins|zwillinge|jumeaux|jumelles|gemel\w+|gêmeos|tweeling|bliźni\w+", re.IGNORECASE
)
# "dochter van 6", "figlia di 6", "hija de 6": a child of an age
_TWIN_WORDS = r"twins|zwillinge|jumeaux|jumelles|gemel\w+|gêmeos|tweeling|bliźni\w+"
# (twins too: "onze tweeling van vijf", "gemelos de 4")
CHILD_OF = re.compile(
    rf"\b(?:{CHILD_WORDS}|{_TWIN_WORDS})\s+(?:van|von|of|de|di|da|do|z)\s+{_N}\b"
    rf"(?!\s*(?:[%€$.,:]\d|{_UNIT}\b|{_INFANT_UNIT}\b))",
    re.IGNORECASE,
)
# an infant's age: "8 months old", "9 mois", "11 mesi", "8 miesięcy", "6 weeks old"
MONTHS_AGE = re.compile(
    rf"(?<![\w,.+<>≤])(?P<n>\d{{1,2}}|{_NUMBER_WORD})[\s-]*(?P<u>months?|mos?|weeks?|wks?|"
    r"monate?n?|monat|wochen?|mois|semaines?|meses|semanas?|mesi|mese|settimane|maanden?|"
    r"weken|miesi\w*|tygodni\w*)(?P<old>[\s-]*(?:old|alt|oud|de vie|di vita|de vida))?"
    r"(?![\w-])(?!\s+(?:ago|later|of|in|at|geleden|temu|lang|plus tard|después|dopo|depois|"
    r"później|später|de retard|di ritardo|de atraso)\b)",
    re.IGNORECASE,
)
INFANT = re.compile(
    r"\b(?:baby|babies|bébé|bebé|bebê|bebè|bimb[oa]|säugling\w*|niemowl\w*|zuigeling\w*|"
    r"newborns?|neugeboren\w*|nouveau-née?s?|nourrisson\w*|recién nacid[oa]s?|lactante|"
    r"neonat[oa]|lattante|recém-nascid[oa]s?|pasgeboren\w*|noworod\w*|córeczk\w*|synek|"
    r"synka|zoontje|dochtertje|kleintje)\b",
    re.IGNORECASE,
)
_CHILD_WORD = re.compile(rf"\b{CHILD_WORDS}\b", re.IGNORECASE)
PREGNANCY = re.compile(
    r"\b(?:pregnan\w*|bump|schwanger\w*|enceinte|grossesse|embarazad[oa]|embarazo|"
    r"gestaci\w*|incinta|gravidanza|pancione|grávida|gravidez|gestação|zwanger\w*|ciąż\w*|"
    r"trimest\w*)\b",
    re.IGNORECASE,
)
# a newborn is a child whatever else is said: these words alone are signs
NEWBORN = re.compile(
    r"\b(?:newborns?|neugeboren(?:e|en|es)\b|nouveau-née?s?|recién nacid[oa]s?|neonat[oa]|"
    r"recém-nascid[oa]s?|pasgeboren(?:e|en)?|noworod(?:ek|ka|kiem|ki)|säugling(?:s|e)?)\b",
    re.IGNORECASE,
)
INFANT_WORDS = frozenset(
    """months month mos mo weeks week wks wk monate monaten monat wochen woche mois semaine
    semaines meses semanas semana mesi mese settimane maanden maand weken""".split()
)
NEWBORN_WORDS = frozenset(
    """newborn newborns neugeborene neugeborenen neugeborenes nouveau né née nés nées recién
    nacido nacida nacidos neonato neonata recém nascido nascida pasgeboren pasgeborene
    noworodek noworodka noworodkiem säugling säuglinge""".split()
)
# a pupil writing of their own teacher ("my teacher is mean") is a child, not a teacher
OWN_TEACHER = re.compile(
    r"\b(?:my|mein\w*|ma|mon|mi|mia|mio|minha|meu|mijn|moja|mój)\s+(?:teacher|lehrer\w*|"
    r"maîtresse|maître|prof\w*|maestr[oa]|insegnante|juf|meester|leraar|lerares|"
    r"nauczyciel\w*|pani)\b",
    re.IGNORECASE,
)
# an age field ("alter": 11, Age: 7, "eta": 10) and "aged 6" ("aged 6 to 12" is a range)
_AGE_KEY = r"(?i:age|alter|âge|edad|età|idade|leeftijd|wiek)|eta"
AGE_FIELD = re.compile(
    rf"(?<![\w-])(?:[\"']?(?:{_AGE_KEY})[\"']?\s*[:=]\s*[\"']?|(?i:aged)\s+"
    # "Maisie (age 8)": the field in brackets after a name
    rf"|(?<=\()(?:{_AGE_KEY})\s+)(?P<n>\d{{1,2}})"
    r"(?![\d:/]|[.,]\d|\s*(?:[-–+/]|(?i:to|and|or|bis|à|a|y|e|en|i|und|et|ou|o|of|tot|do|"
    r"min|mins|minutes|h|hrs?|hours|days?|tage|jours|días|giorni|dias|dagen|dni|weeks?|"
    r"years? of|%|€|\$|cm|kg)\b|[%€$]))"
)
# what an age field may be other than a person's age ("Min. age: 12", "device age: 3")
_FIELD_BEFORE = re.compile(
    r"(?:min|max|minimum|maximum|mindest|recommended|suggested|average|avg|mean|target|"
    r"retirement|legal|voting|entry|device|battery|account|file|cache|data)[\s._-]*[\"']?$",
    re.IGNORECASE,
)
# children named together with their ages: "my kids of 5 and 8", "mis hijos de 4 y 9 años"
_CHILDREN_PLURAL = frozenset(
    """children kids sons daughters kinder kinderen enfants hijos hijas niños figli figlie
    bambini filhos filhas crianças dzieci synowie córki zonen dochters söhne töchter fils
    filles""".split()
)
SIBLINGS_AGES = re.compile(
    r"\b(?:my|our|his|her|their|meine|unsere|seine|ihre|mes|nos|ses|leurs|mis|nuestros|sus|"
    r"i miei|i nostri|i suoi|le mie|os meus|as minhas|meus|minhas|os seus|mijn|onze|zijn|haar|"
    r"moje|nasze|jego|jej)\s+(?:\w+\s+)?(?:children|kids|sons|daughters|kinder|kinderen|enfants|hijos|hijas|niños|figli|"
    r"figlie|bambini|filhos|filhas|crianças|dzieci|synowie|córki|zonen|dochters|söhne|töchter|"
    r"fils|filles)\s+(?:(?:of|von|van|de|di|da|do|w wieku|im alter von|aged?)\s+)?\(?"
    r"(?P<ages>\d{1,2}(?:\s*,\s*\d{1,2})*\s+(?:and|und|en|et|y|e|i)\s+\d{1,2})"
    r"(?!\s*(?:%|€|\$|:|[.,]\d|(?:minutes|hours|euro|cm|kg)\b))",
    re.IGNORECASE,
)


# a key that joins an age word to another word: "idade_equipamento", "leeftijd_tent",
# "device-age" (a thing's age), unless the other word is a person ("kind_leeftijd")
_JOINED_AGE_KEY = re.compile(
    r"[\"']?(?P<key>[^\W\d]*(?:age|alter|idade|leeftijd|edad|eta|età|wiek|âge)[_-][^\W\d]+|"
    r"[^\W\d]+[_-](?:age|alter|idade|leeftijd|edad|eta|età|wiek|âge))[\"']?\s*[:=]\s*[\"']?$",
    re.IGNORECASE,
)
_PERSON_KEYS = re.compile(
    rf"{CHILD_WORDS}|kid|person|persona|pessoa|osoba|patient\w*|pacjent\w*|paziente|"
    r"paciente|passenger|passagier|pasajero|passeggero|passageiro|pasażer|guest|gast|ospite|"
    r"huesped|hóspede|gość|member|mitglied|membre|miembro|membro|lid|członek|user|utente|"
    r"usuario|utilisateur|nutzer|gebruiker|użytkownik|participant\w*|teilnehmer\w*|"
    r"uczestnik\w*|deelnemer\w*|partecipante|participante|player|spieler|joueur|jugador|"
    r"giocatore|jogador|speler|gracz|child|children|niño|enfant|bambino|criança|dziecko",
    re.IGNORECASE,
)


def _thing_key(before: str) -> bool:
    """The age is the value of a key that joins an age word to another word that names no
    person: "idade_equipamento": "11 anos" is a thing's age."""
    key = _JOINED_AGE_KEY.search(before)
    if key is None:
        return False
    other = re.sub(r"(?i)age|alter|idade|leeftijd|edad|eta|età|wiek|âge|[_-]", " ", key["key"])
    return _PERSON_KEYS.search(other) is None


# Years a couple or a thing has had, said before the number: a couple's ("our 10 years",
# "nos 10 ans", "i nostri 10 anni"; Portuguese "nos 10 anos" is "at the age of ten"),
# anniversaries ("anniversario 2 anni"), a thing in use ("servi 3 ans", "used 2 years",
# "gebruikt 3 jaar"). Not when the age is said "old" or a child follows: "our 9 year old
# son", "onze 8-jarige dochter" (compound ages never ask).
_LASTING_BEFORE = re.compile(
    r"\b(?:our|(?P<nos>nos)|unsere|nuestros|nostri|nossos|onze|nasze|anniversary|"
    r"anniversaire|aniversario|anniversario|aniversário|jahrestag|hochzeitstag|jubiläum|"
    r"jubileum|trouwdag|rocznic\w*|servi|utilisée?s?|used|usato|usata|usado|usada|"
    r"gebruikt|benutzt|genutzt|używan\w*|dating|together|married|zusammen|ensemble|juntos|"
    r"insieme|samen|razem|getrouwd|verheiratet|mariés|casados|sposati|"
    # "ik werk hier 6 jaar", "pracuję tu 8 lat": how long one has been here
    r"here|hier|ici|aquí|aqui|qui|qua|tu|tutaj)[\s-]+$",
    re.IGNORECASE,
)
# German names what lasted with a noun right after "Jahre": "3 Jahre Elternzeit", "5 Jahre
# Garantie" (an age is "5 Jahre alt" or "5 Jahre," and a noun after it is capitalised)
_GERMAN_SPAN = re.compile(r"(?<=[Jj]ahre)(?<![Aa]lt)[ \t]+(?!Alt\b)[A-ZÄÖÜ][a-zäöüß]{3,}")
_SAID_OLD = re.compile(r"(?:old|alt|oud|de edad|di età|de idade)$", re.IGNORECASE)


def _lasting(text: str, m: re.Match[str]) -> bool:
    """Whether the age ``m`` AGE found is how long a couple or a thing has lasted."""
    before = _LASTING_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if before is None or _SAID_OLD.search(m.group()):
        return False
    if before.group("nos") and (m.group("u") or "").lower() not in ("ans", "an"):
        return False  # Portuguese "nos 10 anos": at ten
    after = _CLAUSE_AFTER.match(text, m.end())
    return after is None or not _CHILD_WORD.search(after.group())


# a word saying how long something has gone on, right before a number of months: "lleva
# 3 meses", "is al 3 maanden ziek", "schon 2 Monate", "già 4 mesi", "już 5 miesięcy"
_LONG_BEFORE = re.compile(
    r"\b(?:lleva\w*|llevo|llevamos|al|already|schon|déjà|già|já|już)\s+$",
    re.IGNORECASE,
)
# A Romance singular year after a number over one is no age: an age needs the plural
# ("12 anos"), and "12.º ano", "12ano" are school years; "1 ano" may be an age.
_SINGULAR_UNITS = frozenset({"ano", "año", "anno", "an"})
# a guess at an age, right before it, is said of things, trees and buildings, not of one's
# own child ("ok. 12 lat", "ca. 10 Jahre", "environ 8 ans", "cerca de 9 anos")
_ESTIMATE = re.compile(
    r"(?:\b(?:about|around|approx|approximately|roughly|circa|etwa|ungefähr|rund|environ|"
    r"à peu près|aprox|aproximadamente|cerca de|unos|unas|più o meno|quasi|por volta de|"
    r"uns|umas|ongeveer|zo'n|około|mniej więcej|ca|ok)\.?|~)\s*$",
    re.IGNORECASE,
)
# a meeting of a class's parents: a teacher named there teaches the writer's child
_PARENTS_MEETING = re.compile(
    r"\b(?:parents'? evening|parent-teacher|elternabend|elterngespräch\w*|elternsprechtag|"
    r"réunion (?:de |des )?parents|reunión de padres|riunione (?:dei |con i )?genitori|"
    r"colloqui\w* (?:con i )?genitori|reunião de pais|ouderavond|oudergesprek\w*|"
    r"wywiadówk\w*|zebranie z rodzicami)\b",
    re.IGNORECASE,
)
# a primary school beside "P5": said so, or named ("Riverside Primary"), or its pupils
# upper schools whose first year is 14 or older: their numbered years are no child's
# (the German Gymnasium, the Dutch havo and the Spanish ESO begin at 10 to 12: not here)
_UPPER_SCHOOL = re.compile(
    r"\b(?:liceum|technikum|liceo|superiore|superiori|istituto tecnico|lycée|lycee|"
    r"bachillerato|ensino secundário|ensino secundario|high school)\b",
    re.IGNORECASE,
)
# a class that is no school year: a ticket's, a licence's, a language course's
_OTHER_CLASS = re.compile(
    r"\b(?:(?:train|rail|bus|plane|flight)[ -]?tickets?|(?:bahn|zug|flug|bus)ticket\w*|"
    r"zug\w*|bahn\w*|fahrkarte\w*|fahrschein\w*|train|billet\w*|"
    r"bilet\w*|biglietto|billete|bilhete|kaartje|treinkaartje|pkp|intercity|tgv|wagen|"
    r"abteil|waggon|coach|flight|flug\w*|vuelo|volo|voo|führerschein\w*|fahrschule|"
    r"prawo jazdy|prawa jazdy|driving|licen[cs]e|permis|patente|carnet|rijbewijs|"
    r"carta de condução|sprachschule|sprachkurs\w*|language school|niveau|level|nivel|"
    r"livello|nível|poziom)\b",
    re.IGNORECASE,
)
_PRIMARY = re.compile(
    r"\b(?:(?i:primary school|école primaire|ecole primaire|pupils?|élèves?)|"
    r"[A-Z][a-z]+ Primary)\b"
)
_FICTION_RULES = frozenset({"children.stated_age", "children.school_year"})
# a school year joined by a hyphen to a noun names the class's event or thing, not a
# pupil ("groep 8-toneelstuk", "CM2-Ausflug", "Year-6 leavers' disco")
_CLASS_THING = re.compile(r"-[^\W\d_]{3,}")
# A record of an infant or a child: a passenger's, a guest's or a patient's type ("typ":
# "infant", "type": "bébé", "tipo": "bebé", "child": a fare band under 12); a shop's
# "type": "baby" is a product's, so the record must be of travellers, guests or patients
_TYPE_FIELD = re.compile(
    r"[\"']?(?:type|typ|tipo|pax_?type|passenger_?type|soort|rodzaj|categor(?:y|ia|ía)|"
    r"catégorie|kategorie|kategoria)[\"']?\s*[:=]\s*[\"']?"
    r"(?P<v>(?:lap )?infant|inf|baby|bébé|bebé|bebê|neonato|neonata|lattante|kleinkind|"
    r"säugling|zuigeling|niemowlę|niemowle|child|chd|enfant|niño|niña|bambino|bambina|"
    r"criança|kind|dziecko)[\"']?(?![\w-])",
    re.IGNORECASE,
)
_TRAVELLERS = re.compile(
    r"\b(?:passeng\w*|pax|passag\w*|pasajer\w*|passegger\w*|passageir\w*|passagier\w*|"
    r"pasażer\w*|mitreisende\w*|reisende\w*|travel+er\w*|viajer\w*|voyageur\w*|"
    r"viaggiator\w*|patient\w*|pazient\w*|paciente\w*|pacjent\w*|guests?|gäste|gast|"
    r"huésped\w*|ospit[ei]|hóspede\w*|gość\w*|goście|invités?)",
    re.IGNORECASE,
)
# an age field in months ("alter_monate": 8, "age_mois", "edad_meses", "age_in_months")
_MONTHS_FIELD = re.compile(
    rf"(?<![\w-])[\"']?(?:{_AGE_KEY})[ _-]?(?i:in[ _-])?(?i:months?|monate?n?|mois|meses|mesi|"
    r"maanden|miesi\w*)[\"']?\s*[:=]\s*[\"']?(?P<n>\d{1,3})(?!\d|[.,]\d)"
)
# a childcare group of babies ("grupo de bebés (0-1)", "Krabbelgruppe", "sezione lattanti")
_INFANT_GROUP = re.compile(
    r"\b(?:(?:grupo|sala|aula|gruppe|groupe|section|gruppo|sezione|groep|grupa)\s+"
    r"(?:de |des |dei |der |van |dos |das )?(?:bebés|bebes|bebês|bébés|babys|lattanti|"
    r"niemowląt|maluchów|maluszków|dreumesen|zuigelingen)|babygruppe|krabbelgruppe|"
    r"babygroep)\b",
    re.IGNORECASE,
)
# a birth year said as a cohort, of a person: "Sohn (Jahrgang 2016)", "rocznik 2015",
# "classe 2016" (Italian), "année 2015"; a wine's or a car's "Jahrgang" names no one
COHORT = re.compile(
    r"\b(?:jahrgang|jg\.|rocznik|classe|année|annata)\s*:?\s*(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# a parent signing as their child's ("Mama von Paul", "mamma di Tommaso", "mum of Alfie")
# beside a class of the first four years ("aus der 4b", "classe 4ª A"): parents sign by
# a child's name in the classes of young children, and years 1 to 4 are primary in all
# eight systems but the Italian and Polish upper schools, whose parents sign by their own
_PARENT_OF = re.compile(
    r"\b(?:mama|mutter|papa|vater|mum|mom|mummy|mommy|mother|father|dad|daddy|maman|mère|"
    r"père|mamá|madre|padre|mamma|papà|mãe|pai|moeder|vader)\s+(?:von|of|de|du|di|do|da|van)"
    r"\s+(?-i:[A-ZÀ-Ý][a-zà-ÿ]+)"
    # Polish names the child in the genitive: "mama Zosi", "tata Kuby"
    r"|\b(?:mama|tata)\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+[iy])\b",
    re.IGNORECASE,
)
_NO_CLASS = re.compile(
    r"\b(?:flat|apt|apartment|room|suite|unit|gate|seat|row|zimmer|wohnung|stock|platz|"
    r"reihe|chambre|appartement|étage|bureau|salle|piso|puerta|habitación|planta|asiento|"
    r"stanza|appartamento|interno|scala|posto|quarto|andar|apartamento|lugar|kamer|"
    r"verdieping|stoel|pokój|mieszkanie|lokal|miejsce|sala|bus|tram|line|linie|ligne)\W*$",
    re.IGNORECASE,
)
_CLASS_LABEL = re.compile(
    r"(?<![\w.,/:+-])(?P<k>[1-4])(?:\s?(?:ª|º|°|\.ª|\.º))?(?:[a-e]|\s?[A-E])(?!\w)"
)
# born a number of years ago: the person's age ("nasceu há 9 anos", "born 8 years ago",
# "vor 7 Jahren geboren", "urodził się 6 lat temu"), when a child or a name is said
_BORN = (
    r"(?:born|geboren|née?s?|nació|nacieron|nacque|nat[oa]|nasceu|nasceram|"
    r"urodził\w*|urodzi\w*)"
)


def _ago(tag: str) -> str:
    """A number of years ago: "il y a 6 ans", "5 anni fa" (its number the groups ``tag``1
    and ``tag``2)."""
    first, second = (_N.replace("?P<n>", f"?P<{tag}{i}>") for i in (1, 2))
    unit = rf"(?:{_UNIT}|(?P<{tag}m>{_INFANT_UNIT}))\b"
    return (
        rf"(?:(?:il y a|hace|há|faz|vor)\s+{first}\s*{unit}|"
        rf"{second}\s*{unit.replace(f'?P<{tag}m>', f'?P<{tag}n>')}\s+(?:ago|fa|temu|geleden))"
    )


BORN_AGO = re.compile(
    rf"\b{_BORN}\s+(?:[^\W\d_]+\s+){{0,2}}?{_ago('a')}"
    rf"|\b{_ago('b')}\s+(?:[^\W\d_]+\s+){{0,2}}?{_BORN}\b",
    re.IGNORECASE,
)
BORN_WORDS = frozenset(
    """born geboren né née nés nées nació nacieron nacque nato nata nasceu nasceram""".split()
)
# a minus before an age is a limit or a range's end ("(-10 ans)", "6 -10 Jahre")
_LIMIT = re.compile(r"(?:^|[\s(/])-$|^-$")
_PETS = re.compile(r"\b(?:dog|doggy|doggie|pet|puppy)\s+$", re.IGNORECASE)
_HEADERS = re.compile(r"\bHTTP/\d|cache-control|content-type|x-cache", re.IGNORECASE)
# a Polish personal number: born YYMMDD, the month plus 20 in the 2000s, a check digit
PESEL = re.compile(r"(?<!\d)(?P<p>\d{11})(?!\d)")
_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
# a story's character: "a boy of 11 discovers..." in a film or a novel is no one's record
FICTION = re.compile(
    r"\b(?:film|films|movie|novel|synopsis|sitcom|cartoon|episode|ciné-club|cinéma|cinema|"
    r"roman|personnage|película|novela|personaje|romanzo|personaggio|filme|personagem|"
    r"hauptfigur|powieść|bohater\w*|serial|speelfilm|"
    # a film review: "Kindergarten Cop still holds up ... the popcorn was stale"
    r"popcorn|sequel|remake|trailer|dvd|blu-ray|netflix|box office|rewatch\w*|screenplay)\b",
    re.IGNORECASE,
)
_OWN_PEOPLE = re.compile(
    r"\b(?:my|our|mon|ma|mes|notre|nos|mein\w*|unser\w*|mi|mis|nuestr\w*|mio|mia|miei|"
    r"nostr\w*|meu|minha|nosso|nossa|mijn|onze|ons|mój|moja|moje|mojej|mojego|nasz\w*|"
    r"i|i'm|im|ich|je|j'ai|ik|yo|io|eu|ja)\b",
    re.IGNORECASE,
)
# a child writing: "im 11", "ich bin 9", "jai 10 ans" (the unit is in AGE), "my mom said I can"
# German words that make "im" the German "in the"
_GERMAN_WORDS = frozenset(
    "ist und nicht der die das bei mit auch ein eine sich sind den dem zu".split()
)
FIRST_PERSON_AGE = re.compile(
    r"(?:\b(?:i am|i'm|im|i’m|ich bin|ik ben)|(?:^|[.!?]\s*)bin)\s+(?P<n>\d{1,2})\b"
    r"(?!\s*(?:%|€|\$|(?:minutes|min|"
    r"hours|euro|cm|kg|years? of|years? in|years? at|years? with|jahre bei)\b|[.,:]\d))",
    re.IGNORECASE,
)
CHILD_WRITING = re.compile(
    r"\b(?:my|ma|mi|mia|minha|a minha|mijn|moja|meine|mein)\s+(?:mom|mum|mommy|mummy|maman|"
    r"mamá|mama|mamma|mãe|mami|mamusia|mutti|dad|daddy|papa|papá|papà|pai|tata|tatuś)\s+"
    r"(?:said|says|told me|made|created|set up|lets me|let me|dit|m'a dit|a dit|dijo|me dijo|"
    r"dice|ha detto|mi ha detto|disse|diz|zegt|zei|heeft gezegd|powiedziała|powiedział|mówi|"
    r"sagt|hat gesagt|erlaubt)\b",
    re.IGNORECASE,
)
BIRTH = re.compile(
    # (a record's key joins the words with "_": "data_nascita", "fecha_nacimiento")
    r"\b(?:born(?: on| in)?|birthday:?|date[ _]of[ _]birth:?|dob:?|d\.o\.b\.?:?|"
    r"birth[ _]?date:?|geboren(?: am| im| in| op)?|geburts_?datum:?|geb\.:?|nacid[oa](?: el| en)?|"
    r"fecha[ _](?:de[ _])?nacimiento:?|f\.? ?nac\.?:?|née?(?: le| en)?|"
    r"date[ _](?:de[ _])?naissance:?|data[ _](?:di[ _])?nascita:?|nat[oa](?: il| nel)?|"
    r"data[ _](?:de[ _])?nascimento:?|nascid[oa](?: em| a)?|geboorte_?datum:?|geboren op|"
    r"data[ _]urodzenia:?|"
    # a birth year under its label ("Geburtsjahr 2017", "birth_year": 2019)
    r"year[ _]of[ _]birth:?|birth[ _]?year:?|geburtsjahr:?|año[ _]de[ _]nacimiento:?|"
    r"anno[ _]di[ _]nascita:?|ano[ _]de[ _]nascimento:?|ann[ée]e[ _]de[ _]naissance:?|"
    r"geboortejaar:?|rok[ _]urodzenia:?|"
    r"urodzon[ya](?: w)?|ur\.:?)(?:(?:\s+[^\W\d_]+(?:['’][^\W\d_]+)?){1,3}\s*:)?"
    # a quoted key and its value: "geboortedatum": "2019-07-07"
    r"(?:[\"']\s*[:=]\s*[\"']?)?\s*"
    r"(?P<d>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|"
    r"(?:[A-Za-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? )?\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th|er|º|\.)? (?:de |of )?[^\W\d_]+\.? (?:de |del )?\d{4})",
    re.IGNORECASE,
)
_ORD = r"(?:st|nd|rd|th|ste|de|e|ème|eme|er|º|°|\.º|\.°|o|ero|ro|do|to|ª|\.ª|\.)?"
SCHOOL = re.compile(
    r"\b(?:"
    # grades and school years with their number (checked against the age below)
    rf"(?P<g1>\d{{1,2}}){_ORD}\s*(?:grade|grader|klasse|klasa|klasy|klasie|klassen?)\b"
    rf"|(?:grade|klasse|klasa|klas|kl\.|groep|leerjaar|year|classe)"
    # a field and its value: "groep": "3", "klasa": "5b"
    rf"(?:(?:(?<=klasse)|(?<=klasa)|(?<=klas)|(?<=groep)|(?<=leerjaar)|(?<=classe))"
    rf"[\"']?\s*[:=]\s*[\"']?)?\s*(?P<g2>\d{{1,2}})[a-e]?\b"
    rf"(?!\s*(?:steel|aluminium|aluminum|material|cable|sensor|%|\.\d))"
    rf"|(?P<g3>\d{{1,2}}){_ORD}[a-e]?\s*(?:de\s+|do\s+)?(?:primaria|primária|básico|ano|série|serie|"
    rf"elementare|elementari|primaire|groep|leerjaar)\b"
    # ("1 ano de namoro": what lasted a year; "2º ano de escolaridade" is a school year)
    r"(?!\s+(?:de|di)\s+(?!(?:escolaridade|ensino|escola|primária|primaria|básico|basico)\b)"
    r"(?-i:[a-zà-ÿ]))"
    rf"|(?:(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    rf"twelfth|prima|seconda|terza|quarta|quinta|"
    rf"primero|segundo|tercero|cuarto|quinto|sexto|primeiro|terceiro|quarto|eerste|tweede|"
    rf"derde|vierde|vijfde|zesde)\s+"
    rf"(?:grade|elementare|de primaria|ano|leerjaar)\b)"
    # "die zweite Klasse", "in der dritten Klasse", "druga klasa", "w trzeciej klasie"
    rf"|(?P<d>erste|zweite|dritte|vierte|fünfte|sechste|pierwsz|drug|trzeci|czwart|piąt|szóst)"
    rf"(?:n|a|ej|ą|iej|ia)?\s+(?:klasse|klas[aey]|klasie)\b"
    rf"|classe\s+(?:prima|seconda|terza|quarta|quinta)\s+(?:elementare|primaria)"
    # years only children attend
    r"|(?:en|au|de|rentrée|rentree|classe)\s+cp|(?-i:CP)\s?(?-i:[A-D])(?![\w-])|ce1|ce2|cm1|cm2|ce-1|cm-2|maternelle|"
    r"école primaire|ecole primaire|grande section|"
    r"moyenne section|petite section|kindergarten|preschool|pre-school|nursery school|"
    r"primary school|elementary school|reception class|grundschule|grundschüler\w*|kita|"
    r"vorschule|einschulung|schulanfänger\w*|erstklässler\w*|zweitklässler\w*|drittklässler\w*|viertklässler\w*|"
    r"guardería|preescolar|educación infantil|escuela primaria|colegio de primaria|"
    r"scuola materna|scuola dell'infanzia|scuola elementare|scuola primaria|asilo nido|"
    r"asilo|prima media|creche|jardim de infância|jardim-de-infância|pré-escola|"
    r"pré-escolar|escola primária|ensino fundamental i|basisschool|kleuterschool|kleuter|"
    r"kleuterklas|peuterspeelzaal|przedszkol\w*|zerówk\w*|podstawówk\w*|szkoł\w* podstawow\w*|"
    r"pierwszoklasi\w*|pasowani\w* na ucznia|"
    r"sp\s?\d{1,3}|first communion|erstkommunion|première communion|primera comunión|"
    r"primera comunion|prima comunione|primeira comunhão|eerste communie|komuni\w* święt\w*|"
    r"pierwsz\w* komuni\w*|"
    r"daycare|(?:start\w*|join\w*|began|begins)\s+reception|reception year|kinderkrippe|"
    r"krippenplatz|crèche(?! de noël| vivante| provençale)|halte-garderie|jardín de infancia|"
    r"jardín de infantes|berçário|"
    r"(?:al|il|del|nel|dal|allo)\s+nido|nido d'infanzia|żłob(?:ek|ka|ku|kiem)|zerówc\w*|"
    r"bso|buitenschoolse opvang|naschoolse opvang|kinderdagverblijf|"
    # (the childcare a child goes to, "naar de kinderopvang"; "Kinderopvang De Zonnebloem"
    # names an employer in a signature)
    r"(?<=de )kinderopvang|"
    r"lagere school)\b",
    re.IGNORECASE,
)
# school years said with a rarer word, read only when the word is in the text
SHORT_SCHOOL = re.compile(
    # Scottish and Belgian primary years, read only beside a primary school ("P5")
    r"\b(?:(?-i:P(?P<p>[1-7]))(?![\w-])"
    # Spanish years said bare, with no article: "estoy en quinto" (a floor or a place takes
    # one, or a noun: "en el quinto", "en quinto lugar"); ESO has no fifth or sixth year
    r"|(?:en|a)\s+(?P<es>quinto|sexto)(?:\s+(?:de\s+)?primaria)?(?![\w-]|\s+[^\W\d_])"
    # the Portuguese first and second cycles of the ensino básico (ages 6 to 12), written
    # with the ordinal or glued in a name ("1.º ciclo", "1ciclo"; "1 ciclo de" is a course)
    r"|(?P<ci>[12])(?:\.?[ºo°]\s*)?ciclo(?!\s+de\b)"
    # a child starting or attending primary ("empieza primaria", "va alla primaria")
    r"|(?:en|a|empieza|empezará|entra en|in|alla|va alla)\s+(?:la\s+)?primaria\b)",
    re.IGNORECASE,
)
SHORT_SCHOOL_WORDS = frozenset(
    "primary pupil pupils élève élèves primaire quinto sexto ciclo primaria".split()
)
PARENT = re.compile(
    r"\b(?:(?:set(?:ting)? up|creat(?:e|ed|ing)|open(?:ed|ing)?|mak(?:e|ing)|made|"
    r"register(?:ed|ing)?)"
    r"\s+(?:this|an|the|a)?\s*account\s+(?:for|on behalf of)\s+my\s+(?:(?:\d{1,2}[- ]year[- ]old|"
    r"little|young)\s+)?(?:son|daughter|child|kid|boy|girl)|"
    r"account\s+is\s+for\s+my\s+(?:little\s+|young\s+)?(?:son|daughter|child|kid)|"
    r"konto\s+für\s+(?:meinen\s+sohn|meine\s+tochter|mein\s+kind)|"
    r"cuenta\s+para\s+mi\s+(?:hijo|hija|niñ[oa])|"
    r"compte\s+pour\s+(?:mon\s+fils|ma\s+fille|mon\s+enfant))",
    re.IGNORECASE,
)
# what an age may be of when it is not a person's
OBJECTS = re.compile(
    r"\b(?:router|routers|server|switch|laptop|pc|computer|phone|handy|printer|drucker|"
    r"firmware|release|version|software|app|build|building|gebäude|house|haus|car|auto|coche|"
    r"voiture|carro|samochód|device|gerät|appareil|dispositivo|apparaat|urządzenie|routeur|"
    r"roteador|contract|vertrag|contrat|contrato|contratto|contract|umowa|company|firma|"
    r"empresa|entreprise|azienda|bedrijf|machine|maschine|máquina|macchina|model|modell|"
    r"system|battery|akku|batterie|bateria|batteria|accu|installation|anlage|kabel|cable|"
    r"whisky|whiskey|wine|wein|vin|vino|vinho|wijn|wino|tree|baum|building|office|account|"
    r"konto|compte|cuenta|conta|rekening|tablet|dog|hund|chien|perro|cane|cão|hond|pies|"
    r"cat|katze|chat|gato|gatto|kat|kot|horse|pferd|cheval|caballo|cavallo|cavalo|paard|koń|"
    # young animals: their age in weeks or months is no infant's
    r"puppy|puppies|welpen?|chiot|cachorro|cucciol[oi]|filhote|pup|szczeni\w*|kitten|"
    r"kätzchen|chaton|gatito|gattino|gatinho|kitten|kociak|kocię|foal|fohlen|poulain|potro|"
    r"puledro|veulen|źrebi\w*|"
    r"rotor|chip|printer|drukarka|stampante|impressora|imprimante|impresora|kiosk|kiosque|"
    r"quiosco|chiosco|quiosque|kiosk|terminal|screen|monitor|display|bildschirm|écran|"
    r"pantalla|schermo|tela|scherm|ekran|tv|fridge|kühlschrank|boiler|heizung|chaudière|"
    r"caldera|caldaia|caldeira|ketel|piec|roof|dach|toit|tejado|tetto|telhado|dak|bike|"
    r"fahrrad|vélo|bicicleta|bicicletta|fiets|rower|bridge|brücke|pont|puente|ponte|brug|"
    r"most|bottle|flasche|bouteille|botella|bottiglia|garrafa|fles|butelka|"
    r"chair|stuhl|chaise|silla|sedia|cadeira|stoel|krzesło|table|tisch|mesa|tavolo|tafel|"
    r"stół|bed|bett|cama|letto|łóżko|sofa|couch|canapé|divano|pram|stroller|buggy|poussette|"
    r"kinderwagen|cochecito|passeggino|carrinho|wózek|wood|holz|bois|madera|legno|madeira|"
    r"hout|drewno|oak|eiche|chêne|roble|quercia|carvalho|eik|dąb|drzewo|arbre|árbol|albero|"
    r"árvore|wardrobe|schrank|armoire|armario|armadio|guarda-roupa|kast|szafa|desk|"
    r"schreibtisch|escritorio|scrivania|secretária|bureau|biurko|shelf|regal|étagère|"
    r"estantería|scaffale|estante|regał|dresser|kommode|commode|cómoda|cassettiera|"
    r"armchair|sessel|fauteuil|sillón|poltrona|fauteuil|fotel)s?\b"
    # German and Dutch compounds with an object as their head: "Bürodrucker", "cv-ketel"
    r"|\b[^\W\d_]{2,}-?(?:drucker|gerät|geräte|rechner|router|server|maschine|anlage|heizung|"
    r"fahrzeug|wagen|kessel|apparaat|printer|machine|installatie|ketel|toestel|systeem|"
    r"stuhl|tisch|schrank|bett|stoel|kast|fahrrad|rad|fiets|"
    r"system|computer|laptop|auto|haus|gebäude|gebouw|huis)\b",
    re.IGNORECASE,
)
# an object whose kind a child word says: "lit enfant", "bicicleta (de) niño", "Stuhl für
# Kinder": the age after it is the object's
_OBJECT_FOR_CHILD = re.compile(
    rf"(?:{OBJECTS.pattern}|\blit)[\s_-]+(?:(?:de|para|pour|per|da|voor|für|dla|for)\s+)?"
    rf"{CHILD_WORDS}\b",
    re.IGNORECASE,
)
# a duration, an age rating, a menu: the number is no one's age
NOT_AN_AGE = re.compile(
    r"(?:\b(?:for|since|over|after|every|within|in|seit|über|nach|vor|alle|depuis|pendant|"
    r"il y a|après|hace|desde|durante|tras|cada|da|per|dopo|ogni|há|durante|após|sinds|"
    r"gedurende|na|elke|od|przez|po|co|from|ab|à partir de|a partir de|dai|a partir dos|vanaf|"
    r"ages|age|aged|under|unter|moins de|menores de|menos de|sotto i|onder|poniżej|over|"
    r"über|plus de|más de|più di|mais de|boven|powyżej|min\.|minimum|up to|bis|jusqu'à|"
    r"hasta|fino a|até|tot|do|kids|children|kinder|enfants|niños|bambini|crianças|kinderen|"
    r"dzieci|pegi|usk|fsk|rated|ab|dès|size|größe|taille|talla|taglia|tamanho|maat|rozmiar)"
    r"\s+(?:the\s+|den\s+|les\s+|los\s+|los\s+)?$|\d\s*[-–]\s*$)",
    re.IGNORECASE,
)
TEACHER = re.compile(
    r"\b(?:teacher|teachers|teach|teaches|teaching|taught|graded|grading|lehrer\w*|"
    r"unterricht\w*|enseign\w*|doy clases?|imparto|enseño|insegn\w*|dou aulas?|"
    r"leciono|ensino|geef (?:\w+ )?les|lesgeven|les geven|uczę(?! się)|uczy(?! się)|"
    r"profe|profes|profa|"
    r"enseignant\w*|professeur\w*|prof|maestr[oa]s?|profesor\w*|insegnant\w*|docent\w*|"
    r"professor\w*|leraar|leraren|juf|meester|nauczyciel\w*|class of|exams?|prüfung\w*|"
    r"examens?|exámenes|esami|provas?|toetsen|sprawdzian\w*|wychowawc\w*)\b",
    re.IGNORECASE,
)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january januar enero janvier gennaio janeiro januari stycznia styczeń",
            "feb february februar febrero février fevrier febbraio fevereiro februari lutego",
            "mar march märz marzo mars março maart marca marzec",
            "apr april abril avril aprile kwietnia", "may mai mayo maggio maio mei maja",
            "jun june juni junio juin giugno junho czerwca", "jul july juli julio juillet luglio "
            "julho lipca", "aug august agosto août aout augustus sierpnia",
            "sep sept september septiembre septembre settembre setembro wrzesnia września",
            "oct october oktober octubre octobre ottobre outubro października",
            "nov november noviembre novembre novembro listopada",
            "dec december dezember diciembre décembre decembre dicembre dezembro grudnia",
        ]
    )
    for m in names.split()
}  # fmt: skip


def parse_birth(value: str) -> date | None:
    """A birth date from the forms BIRTH accepts; a bare year counts as 1 July of that year.

    Numbers with slashes are read day first, as seven of the eight languages (and British
    English) write them, unless only the month-first reading is a date ("03/15/2016")."""
    value = value.strip().rstrip(",")
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value):
            y, m, d = (int(p) for p in value.split("-"))
            return date(y, m, d)
        if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}", value):
            a, b, y = (int(p) for p in re.split(r"[./-]", value))
            if "/" in value and a <= 12 < b:  # month first (US)
                return date(y, a, b)
            return date(y, b, a)  # day first
        year = int(value[-4:])
        words = re.findall(r"[^\W\d_]+", value)
        month = next((_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS), 7)
        days = re.findall(r"(?<!\d)\d{1,2}(?!\d)", value[:-4])
        return date(year, month, int(days[0]) if days else 1)
    except (ValueError, IndexError):
        return None


def birth_readings(value: str) -> list[date]:
    """Every date ``value`` may be: both orders of a slash date whose two numbers may each be
    the month ("06/02/2013" is 6 February or, written month first, 2 June)."""
    born = parse_birth(value)
    readings = [] if born is None else [born]
    both = re.fullmatch(r"(\d{1,2})/(\d{1,2})/\d{4}", value.strip())
    if born is not None and both and born.day <= 12 and born.day != born.month:
        readings.append(date(born.year, born.day, born.month))
    return readings


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _number(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text.lower())


# the last school year whose pupils are all younger than 13, by the word naming it (each
# year's pupils are a year older: for another child age the limit moves by the difference)
_GRADE_LIMIT = {
    "grade": 6, "grader": 6, "klasse": 6, "klassen": 6, "klasa": 6, "klasy": 6, "klas": 6,
    "kl.": 6, "groep": 8, "year": 7, "classe": 5, "primaria": 6, "primária": 6, "básico": 6,
    "ano": 6, "série": 5, "serie": 5, "elementare": 5, "elementari": 5, "primaire": 6,
    "leerjaar": 6,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "prima": 1,
    "seconda": 2, "terza": 3, "quarta": 4, "quinta": 5, "primero": 1, "segundo": 2,
    "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6, "primeiro": 1, "terceiro": 3,
    "quarto": 4, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6,
}  # fmt: skip
# German and Polish ordinals, as they begin ("zweiten", "trzeciej")
_ORDINAL_STEMS = {
    "erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6,
    "pierwsz": 1, "drug": 2, "trzeci": 3, "czwart": 4, "piąt": 5, "szóst": 6,
}  # fmt: skip
_GRADE_WORD = re.compile(
    r"grader|grade|klassen?|klas[ay]?|kl\.|groep|year|classe|primaria|primária|básico|ano|"
    r"s[ée]rie|elementari?e?|primaire|leerjaar",
    re.IGNORECASE,
)


# a course for adults: its years are no child's
_ADULTS = re.compile(
    r"\b(?:adults?|adult learners|grown-ups|erwachsene\w*|adultes?|adultos?|adulti|adulte|"
    r"volwassen\w*|doro[sś]l\w*|evening classes|abendkurs\w*|cours du soir|university|"
    r"universit\w*|uniwersytet\w*|hochschule|diploma|dipl[oô]me|master|bachelor|mba)\b",
    re.IGNORECASE,
)


def school_child(match: re.Match[str], child_age: int) -> bool:
    """Whether the school year ``match`` found only fits a child under ``child_age``."""
    groups = match.groupdict()
    if groups.get("p"):  # P7, the last primary year, is 11-12
        return int(groups["p"]) <= 7 + child_age - 13
    if groups.get("ci"):  # the first ciclo ends with the 4.º ano, the second with the 6.º
        return {"1": 4, "2": 6}[groups["ci"]] <= 6 + child_age - 13
    if groups.get("es"):
        return _ORDINALS[groups["es"].lower()] <= 6 + child_age - 13
    number = groups.get("g1") or groups.get("g2") or groups.get("g3")
    word = groups.get("w")
    stem = groups.get("d")
    if number is None and word is None and stem is None:
        return child_age >= 13  # a school or year that only children under 13 attend
    if stem is not None:
        grade = _ORDINAL_STEMS[stem.lower()]
    elif number:
        grade = int(number)
    else:
        grade = _ORDINALS[str(word).lower()]
    named = _GRADE_WORD.search(match.group())
    limit = _GRADE_LIMIT.get(named.group().lower(), 6) if named else 6
    return grade <= limit + child_age - 13  # a year 0 ("klasa 0") is the year before the first


def _identifier_words(text: str) -> str:
    """A file or device name as words: "Tablet-Martim-2ano" -> "Tablet Martim 2 ano",
    "tabletLeoKlasse3" -> "tablet Leo Klasse 3". A school code keeps its digit ("Tom_CM1"),
    "kl4" is "kl. 4", and a field name glued to a number is that field ("age3" is "age: 3")."""
    spaced = re.sub(r"[_\-]+", " ", text)
    spaced = re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ])", " ", spaced)
    spaced = re.sub(
        r"(?<=[^\W\d_])(?<!\b[cC][eEmM])(?=\d)"
        r"|(?<=\d)(?=(?:ano|anos|klasa|klasse|grade|groep|jaar|lat|ans)\b)",
        " ",
        spaced,
    )
    spaced = re.sub(r"\b(kl) (?=\d)", r"\1. ", spaced, flags=re.IGNORECASE)
    return re.sub(rf"\b({_AGE_KEY}) (?=\d)", r"\1: ", spaced)


_POLISH_PREFIX = {
    "dwu": 2, "cztero": 4, "pięcio": 5, "sześcio": 6, "siedmio": 7, "ośmio": 8,
    "dziewięcio": 9, "dziesięcio": 10, "jedenasto": 11, "dwunasto": 12,
}  # fmt: skip
_PERSON = re.compile(
    rf"\b(?:{CHILD_WORDS}|i|i'm|im|ich|j'ai|jai|je|tengo|ho|tenho|mam|ik|my|mein\w*|mon|ma|"
    r"mes|mi|mis|mio|mia|meu|minha|mijn|mój|moja|moje|mojej|mojego|his|her|sein\w*|ihr\w*|"
    r"son|sa|su|suo|sua|seu|zijn|haar|jego|jej|de edad|old|alt|oud)\b",
    re.IGNORECASE,
)
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+\W+){0,5}$")
# the subject an age is said of: "the terminal at the front desk is 11 years old"
# (a year counts as a word: "Chaudière installée en 2015 (11 ans)")
_SUBJECT_BEFORE = re.compile(r"(?:[^\W_]+\W+){0,7}$")
_PRONOUN = re.compile(r"\b(?:he|she|er|sie|elle|él|ella|lui|lei|ele|ela|hij|zij|ze|ona)\b", re.I)
_WORDS_AFTER = re.compile(r"\W*(?:[^\W\d_]+\W*){0,2}")
# "9yo", "9 y.o.": said of people only ("Jacob-9yo-Switch" is Jacob's Switch)
_YO = re.compile(r"y\.?\s?o\.?$", re.IGNORECASE)
# the words an age stands before within its clause ("a 12-year-old Cisco router")
_CLAUSE_AFTER = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]*){0,2}")
_SENTENCE = re.compile(r"[.!?\n;]")
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")
# the words each rule needs one of (besides a number): a text without any is not read
# the words of _UNIT (and "old"), each form its optional letters give
UNIT_WORDS = frozenset(
    """years year yrs yr yo j jahre jahr jahren jahrn ans an años año anos ano anni anno jaar lat
    lata roku old aninhos añitos anitos""".split()
)
CHILD_WORD_SET = frozenset(_LETTERS.findall(CHILD_WORDS.lower()))
TWIN_WORD_SET = frozenset(
    """twins zwillinge jumeaux jumelles gemelli gemelle gemelos gemelas gêmeos tweeling
    bliźnięta bliźniaki bliźniaczki""".split()
)
TURNING_WORDS = frozenset(_LETTERS.findall(_TURNING.lower())) - {
    "will",
    "va",
    "ses",
    "he",
    "she",
    "ll",
    "be",
}
FIRST_PERSON_WORDS = frozenset({"i", "im", "ich", "ik", "bin"})
MOM_WORDS = frozenset(
    """mom mum mommy mummy maman mamá mama mamma mãe mami mamusia mutti dad daddy papa papá
    papà pai tata tatuś""".split()
)
ACCOUNT_WORDS = frozenset({"account", "konto", "cuenta", "compte"})
# the words each rule of _records needs one of
TYPE_KEYS = frozenset(
    """type typ tipo pax passenger soort rodzaj category categoria categoría catégorie
    kategorie kategoria""".split()
)
TYPE_VALUES = frozenset(
    """infant inf baby bébé bebé bebê neonato neonata lattante kleinkind säugling zuigeling
    niemowlę niemowle child chd enfant niño niña bambino bambina criança kind
    dziecko""".split()
)
MONTH_KEYS = frozenset(
    "months month monate monaten mois meses mesi maanden miesiące miesięcy miesiecy".split()
)
INFANT_GROUP_WORDS = frozenset(
    """bebés bebes bebês bébés babys lattanti niemowląt maluchów maluszków dreumesen
    zuigelingen babygruppe krabbelgruppe babygroep""".split()
)
COHORT_WORDS = frozenset("jahrgang jg rocznik classe année annata".split())
PARENT_WORDS = frozenset(
    """mama mutter papa vater mum mom mummy mommy mother father dad daddy maman mère père
    mamá madre padre mamma papà mãe pai moeder vader tata""".split()
)
# the keys of lists of travellers, guests and patients (a child's type needs no digit)
TRAVELLER_WORDS = frozenset(
    """passengers passenger pax passagers passager pasajeros pasajero passeggeri passeggero
    passageiros passageiro passagiers passagier pasażerowie mitreisende mitreisenden
    reisende reisenden travellers
    travelers viajeros voyageurs viaggiatori gäste guests huéspedes ospiti hóspedes goście
    patients patient pazienti paziente pacientes paciente pacjenci pacjent patienten""".split()
)
RECORD_WORDS = TYPE_KEYS | INFANT_GROUP_WORDS | COHORT_WORDS | PARENT_WORDS | {"baby"}
BIRTH_WORDS = frozenset(
    """born birthday date dob birth birthdate geboren geburtsdatum geb nacido nacida fecha
    nac née né naissance data nascita nato nata nascimento nascido nascida geboortedatum
    urodzenia urodzony urodzona ur geboorte geburts geburtsjahr geboortejaar
    nacimiento""".split()
)
SCHOOL_WORDS = frozenset(
    """grade grader klasse klassen klasa klasy klas klasie kl groep year classe primaria primária
    básico ano série serie elementare elementari primaire first second third fourth fifth
    sixth seventh eighth ninth tenth eleventh twelfth prima seconda terza quarta quinta
    primero segundo tercero cuarto quinto sexto
    primeiro terceiro quarto kindergarten preschool pre nursery primary elementary
    reception grundschule kita vorschule cp ce cm maternelle école ecole section guardería
    preescolar educación escuela colegio scuola asilo media creche jardim pré escola ensino
    fundamental basisschool kleuterschool kleuter kleuterklas peuterspeelzaal sp communion
    erstkommunion comunión comunion comunione comunhão communie leerjaar eerste tweede derde
    vierde vijfde zesde daycare reception kinderkrippe krippenplatz crèche halte
    garderie jardín berçário nido bso opvang kinderdagverblijf lagere ciclo
    kinderopvang""".split()
)
_PARTS = re.compile(
    r"jährig|jarig|latk|latek|letni|klässler|przedszkol|zerówk|podstawówk|komuni|grundschul|"
    r"szkoł|żłob|zerówc|miesi|tygodni|noworod|neugebor|säugling|einschul|schulanf|"
    r"pierwszoklas|pasowani"
)
# "Mia (9)", "Leo, 6": a number after a name (NAMED_AGE then checks the name)
# a school year glued into a name's last word ("tabletLeoKlasse3": no word to find)
_GLUED_YEAR = re.compile(r"(?:Klas|Grade|Groep|Year|Classe)(?:a|se)?\d")
NAMED_TRIGGER = re.compile(r"\(\d{1,2}(?:\)|\s*[^\W\d_])|,\s*\d{1,2}(?!\d)")
# the two last gates in one pattern: a name and an age, or a school year glued to its number
_NAMED_OR_GLUED = re.compile(f"{NAMED_TRIGGER.pattern}|{_GLUED_YEAR.pattern}")
FIELD_WORDS = frozenset("age aged alter âge edad età eta idade leeftijd wiek".split())
NUMBERED = (
    FIELD_WORDS
    | BIRTHDAY_WORDS
    | INFANT_WORDS
    | {"pesel"}
    | UNIT_WORDS
    | CHILD_WORD_SET
    | TURNING_WORDS
    | BIRTH_WORDS
    | SCHOOL_WORDS
    | TWIN_WORD_SET
    | TYPE_VALUES
    | COHORT_WORDS
    | PARENT_WORDS
    | MONTH_KEYS
    | BORN_WORDS
    | _CHILDREN_PLURAL
)
UNNUMBERED = (
    INFANT_GROUP_WORDS
    | TRAVELLER_WORDS
    | {"infant", "säugling", "kleinkind", "zuigeling", "niemowlę", "bébé", "bebé", "bebê"}
    | NEWBORN_WORDS
    | MOM_WORDS
    | ACCOUNT_WORDS
    | (SCHOOL_WORDS - frozenset(_ORDINALS) - {"year", "ano"})
)


_HAS_PART = Memo(lambda word: _PARTS.search(word) is not None)


def signal_words(words: set[str] | frozenset[str]) -> set[str]:
    """The words of a text that may begin a signal with no digit in it (a gate test)."""
    found = set(words & UNNUMBERED)
    has_part = _HAS_PART
    found.update(w for w in words if len(w) > 4 and has_part[w])  # "latek" in "5-latek"
    if not words.isdisjoint(NUMBER_WORDS) or not words.isdisjoint(_ORDINALS):
        found.update(words & NUMBERED)  # "sechs Jahre", "turning twelve", "quarto ano"
    return found


_DOB = frozenset({"d", "o", "b"})  # "d.o.b."


def _will_be(words: set[str] | frozenset[str]) -> bool:
    return "be" in words and ("ll" in words or "will" in words)


def _birth_words(words: set[str] | frozenset[str]) -> bool:
    return not words.isdisjoint(BIRTH_WORDS) or _DOB <= words


def numbered_words(words: set[str] | frozenset[str]) -> set[str]:
    """The words of a text holding a digit that may begin a signal (a gate test)."""
    found = set(words & NUMBERED)
    if _DOB <= words:
        found.add("d")
    if "im" in words or ("i" in words and ("am" in words or "m" in words)):
        found.add("i")
    if _will_be(words):
        found.add("be")  # "she'll be 10"
    if ("ich" in words and "bin" in words) or ("ik" in words and "ben" in words):
        found.add("ich" if "ich" in words else "ik")
    elif "bin" in words:
        found.add("bin")  # "bin 10 und hab ...": a child writing without "ich"
    return found


class ChildSignalRecognizer:
    name = "children"
    categories = (CHILD,)
    gate = Gate(
        words=signal_words,
        either=Gate(
            pattern=_DIGIT,
            words=numbered_words,
            either=Gate(pattern=_NAMED_OR_GLUED),
        ),
    )

    def __init__(self, child_age: int = 13, today: date | None = None) -> None:
        self.child_age = child_age
        self.today = today

    def find(self, text: str) -> list[Detection]:
        return self.scan(text) if self.gate.admits(text) else []

    def scan(self, text: str) -> list[Detection]:
        found = self._scan(text)
        if not found and " " not in text.strip() and re.search(r"[_\-]|\d", text):
            # a file or device name: its words, the whole name the span
            words = _identifier_words(text)
            found = [replace(d, start=0, end=len(text)) for d in self._scan(words)]
        if found and (RELATIONS.search(text) or _CHILD_WORD.search(text)):
            # a child writing ("my mom said", "I'm 9") speaks of themself
            found = [d if _own(text, d) else replace(d, about_other=True) for d in found]
        return found

    def _scan(self, text: str) -> list[Detection]:
        found: list[Detection] = []
        words = words_of(text)
        number = _DIGIT.search(text) is not None or not words.isdisjoint(NUMBER_WORDS)
        parts = any(_HAS_PART[w] for w in words)
        if number and not words.isdisjoint(UNIT_WORDS):
            short = len(words) <= 8
            for m in AGE.finditer(text):
                age = _number(m.group("n") or m.group("m"))
                if (
                    age is not None
                    and 0 < age < self.child_age
                    and (age == 1 or (m.group("u") or "").lower() not in _SINGULAR_UNITS)
                    and not _lasting(text, m)
                    and not _GERMAN_SPAN.match(text, m.end())
                    and not _LIMIT.search(text, max(0, m.start() - 2), m.start())
                    and (_YO.search(m.group()) or not _object_after(text, m.end()))
                    and self._a_persons(text, m, short)
                ):
                    found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
        if parts or "year" in words:
            found += self._compound_ages(text)
        found += self._stated(text, words, number)
        found += self._dates_and_schools(text, words, parts)
        if number and not words.isdisjoint(FIELD_WORDS):
            found += self._age_fields(text)
        if number and not words.isdisjoint(BIRTHDAY_WORDS):
            found += self._birthdays(text)
        if "pesel" in words:
            found += self._pesels(text)
        born = not words.isdisjoint(BORN_WORDS) or any(w.startswith("urodzi") for w in words)
        if number and born:
            found += self._born_ago(text)
        months = number and (not words.isdisjoint(MONTH_KEYS) or (parts and _miesiecy(words)))
        if months or not words.isdisjoint(RECORD_WORDS):
            found += self._records(text, number)
        if number and (not words.isdisjoint(INFANT_WORDS) or (parts and _miesiecy(words))):
            found += self._months(text)
        if number and not words.isdisjoint(_CHILDREN_PLURAL):
            found += self._siblings(text)
        if not words.isdisjoint(NEWBORN_WORDS):
            found += [
                Detection(CHILD, *m.span(), "children.infant", 0.85) for m in NEWBORN.finditer(text)
            ]
        if found and FICTION.search(text) and not _OWN_PEOPLE.search(text):
            # a character's age or school year in a story or a film's title, told with no one
            # of the writer's own ("Kindergarten Cop still holds up")
            found = [d for d in found if d.recognizer not in _FICTION_RULES]
        return _merged(text, found) if found else found

    def _birthdays(self, text: str) -> list[Detection]:
        """A child's ordinal birthday ("Freya's 7th birthday party"), not a firm's."""
        found: list[Detection] = []
        for m in BIRTHDAY_AGE.finditer(text):
            age = int(m.group("n"))
            owner = _OWNER_BEFORE.search(text, 0, m.start())
            # (a party for an ordinal birthday under 13 is a child's: "Freya's 7th birthday
            # party"; a firm counts its years in anniversaries)
            named = owner is not None and (
                _is_first_name(owner.group("name"))
                or (_PARTY.match(text, m.end()) is not None and not OBJECTS.search(owner.group()))
            )
            if 0 < age < self.child_age and (named or self._a_persons(text, m, False)):
                found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.85))
        return found

    def _age_fields(self, text: str) -> list[Detection]:
        found: list[Detection] = []
        for m in AGE_FIELD.finditer(text):
            age = int(m.group("n"))
            if not 0 < age < self.child_age or _FIELD_BEFORE.search(text, 0, m.start()):
                continue
            aged = m.group().lower().startswith("aged")
            if aged and not self._a_persons(text, m, False):
                continue  # "for kids aged 6": an age group, not a person
            if not aged and (_object_field(text, m.start()) or _HEADERS.search(text)):
                continue  # a device's age, or the Age header of an HTTP response
            found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.85))
        return found

    def _months(self, text: str) -> list[Detection]:
        """An infant's age in months or weeks: said "old", or of a baby or a child."""
        found: list[Detection] = []
        for m in MONTHS_AGE.finditer(text):
            if _number(m.group("n")) is None:
                continue
            stops = [s.end() for s in _SENTENCE.finditer(text, 0, m.start())]
            before = text[stops[-1] if stops else 0 : m.start()]
            if NOT_AN_AGE.search(before) or _object_after(text, m.end()):
                continue
            if (
                _LONG_BEFORE.search(text, max(0, m.start() - 16), m.start())
                and not m.group("old")
                and not INFANT.search(before)
            ):
                continue  # "Mi hija lleva 3 meses con fiebre": how long, not how old
            if PREGNANCY.search(text):
                continue  # "8 months pregnant": no child born yet
            baby = INFANT.search(before) or _CHILD_WORD.search(before)
            subject = _SUBJECT_BEFORE.search(before)
            if not baby and subject and OBJECTS.search(subject.group()):
                continue  # "the contract is 12 months old"
            if m.group("old") or baby:
                found.append(Detection(CHILD, *m.span(), "children.infant", 0.85))
        return found

    def _records(self, text: str, number: bool) -> list[Detection]:
        """An infant's or a child's record: a type, an age in months, a group of babies, a
        birth year as a cohort, a parent's signature beside a young class."""
        words = words_of(text)
        found: list[Detection] = []
        if not words.isdisjoint(INFANT_GROUP_WORDS) or "baby" in words:
            found += [
                Detection(CHILD, *m.span(), "children.infant", 0.8)
                for m in _INFANT_GROUP.finditer(text)
            ]
        typed = not words.isdisjoint(TYPE_KEYS) and not words.isdisjoint(TYPE_VALUES)
        for m in _TYPE_FIELD.finditer(text) if typed else ():
            if _TRAVELLERS.search(text):
                found.append(Detection(CHILD, *m.span(), "children.infant", 0.85))
        if not number:
            return found
        months = not words.isdisjoint(FIELD_WORDS) and (
            not words.isdisjoint(MONTH_KEYS) or _miesiecy(words)
        )
        for m in _MONTHS_FIELD.finditer(text) if months else ():
            if int(m.group("n")) < 12 * self.child_age:
                found.append(Detection(CHILD, *m.span(), "children.infant_age", 0.85))
        today = self.today or date.today()
        for m in COHORT.finditer(text) if not words.isdisjoint(COHORT_WORDS) else ():
            sentence = _sentence_of(text, m)
            if (
                age_on(date(int(m.group("y")), 7, 1), today) < self.child_age
                and (_about_a_child(sentence) or _named(sentence) or _first_named(sentence))
                and not OBJECTS.search(sentence)
            ):
                found.append(Detection(CHILD, *m.span(), "children.birth_date", 0.85))
        if not words.isdisjoint(PARENT_WORDS) and _PARENT_OF.search(text):
            for m in _CLASS_LABEL.finditer(text):
                if _NO_CLASS.search(text, max(0, m.start() - 16), m.start()):
                    continue  # "flat 3B", "Zimmer 2a": a place, not a class
                if int(m.group("k")) <= 4 + self.child_age - 13:
                    found.append(Detection(CHILD, *m.span(), "children.school_year", 0.8))
        return found

    def _born_ago(self, text: str) -> list[Detection]:
        """Born a number of years ago, said of a child or a named person."""
        found: list[Detection] = []
        for m in BORN_AGO.finditer(text):
            age = _number(m.group("a1") or m.group("a2") or m.group("b1") or m.group("b2"))
            if any(m.group(g) for g in ("am", "an", "bm", "bn")):
                age = 0  # born some months, weeks or days ago
            sentence = _sentence_of(text, m)
            person = (
                _about_a_child(sentence)
                or INFANT.search(sentence)
                or _named(sentence)
                or _first_named(sentence)
            )
            if age is not None and 0 <= age < self.child_age and person:
                found.append(Detection(CHILD, *m.span(), "children.birth_date", 0.85))
        return found

    def _pesels(self, text: str) -> list[Detection]:
        today = self.today or date.today()
        found: list[Detection] = []
        for m in PESEL.finditer(text):
            born = pesel_birth(m.group("p"))
            if born is not None and born <= today and age_on(born, today) < self.child_age:
                found.append(Detection(CHILD, *m.span(), "children.birth_date", 0.9))
        return found

    def _compound_ages(self, text: str) -> list[Detection]:
        found: list[Detection] = []
        for m in COMPOUND_AGE.finditer(text):
            word = (m.group("w") or "").lower()
            age = _number(m.group("n")) or _number(word) or _POLISH_PREFIX.get(word)
            after = _WORDS_AFTER.match(text, m.end())
            if (
                age is not None
                and 0 < age < self.child_age
                and not OBJECTS.search(after.group() if after else "")
                and self._a_persons(text, m, True)
            ):
                found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
        return found

    def _siblings(self, text: str) -> list[Detection]:
        """Children named together with their ages: "my kids of 5 and 8", "os meus filhos de
        5 e 8 anos", "mijn kinderen van 6 en 10"."""
        found = []
        for m in SIBLINGS_AGES.finditer(text):
            ages = [int(n) for n in re.findall(r"\d{1,2}", m.group("ages"))]
            if ages and 0 < min(ages) < self.child_age:
                found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
        return found

    def _a_persons(self, text: str, m: re.Match[str], short: bool) -> bool:
        """The age ``m`` found is a person's: no duration, rating or object before it, and a
        person named in its sentence (or a short text: a cell, a field, a name)."""
        start = m.start()
        stops = [s.end() for s in _SENTENCE.finditer(text, 0, start)]
        sentence_start = stops[-1] if stops else 0
        before = text[sentence_start:start]
        if NOT_AN_AGE.search(before) or _thing_key(before):
            return False
        last_words = _SUBJECT_BEFORE.search(before)
        if (
            last_words
            and OBJECTS.search(last_words.group())
            and not _PRONOUN.search(last_words.group())
            and (
                not _CHILD_WORD.search(last_words.group())
                or _OBJECT_FOR_CHILD.search(last_words.group())
            )
        ):
            return False
        tail = _SENTENCE.search(text, m.end())
        sentence = text[sentence_start : tail.start() if tail else len(text)]
        if _ESTIMATE.search(text, max(0, start - 24), start) and not _about_a_child(sentence):
            return False  # "dąb – ok. 12 lat", "environ 10 ans": a thing's age is guessed
        return short or _PERSON.search(sentence) is not None or _named(sentence)

    def _stated(self, text: str, words: frozenset[str], number: bool) -> list[Detection]:
        found: list[Detection] = []
        child_words = number and not (
            words.isdisjoint(CHILD_WORD_SET) and words.isdisjoint(TWIN_WORD_SET)
        )
        stated = child_words or not words.isdisjoint(TURNING_WORDS) or _will_be(words)
        for m in IS_AGE.finditer(text) if stated else ():
            age = _number(m.group("n") or m.group("p") or m.group("t"))
            turning = m.group("t") is not None
            limit = self.child_age + 1 if turning else self.child_age
            before = _WORDS_BEFORE.search(text[: m.start()])
            if turning and before and OBJECTS.search(before.group()):
                continue
            if age is not None and 0 < age < limit:
                found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
        for m in CHILD_OF.finditer(text) if child_words else ():
            age = _number(m.group("n"))
            if age is not None and 0 < age < self.child_age:
                found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.85))
        for m in NAMED_AGE.finditer(text) if NAMED_TRIGGER.search(text) else ():
            if m.group("i"):
                found.append(Detection(CHILD, *m.span(), "children.infant_age", 0.85))
                continue  # "Anton (4 Wochen)": an infant
            age = _number(m.group("b") or m.group("c"))
            name = m.group("name")
            person = (
                _is_first_name(name)
                or re.fullmatch(CHILD_WORDS, name, re.IGNORECASE)
                or _TWINS.fullmatch(name)
                or _CHILD_BEFORE.search(text, 0, m.start())  # "my son Alfie (8)"
            )
            if person and age is not None and 0 < age < self.child_age:
                found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.85))
        first = number and not words.isdisjoint(FIRST_PERSON_WORDS)
        for m in FIRST_PERSON_AGE.finditer(text) if first else ():
            if m.group().lower().startswith("im") and not _GERMAN_WORDS.isdisjoint(words):
                continue  # German "im 2. OG": in the, not "I'm"
            if 0 < int(m.group("n")) < self.child_age:
                found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
        for m in CHILD_WRITING.finditer(text) if not words.isdisjoint(MOM_WORDS) else ():
            found.append(Detection(CHILD, *m.span(), "children.child_writing", 0.8))
        for m in PARENT.finditer(text) if not words.isdisjoint(ACCOUNT_WORDS) else ():
            found.append(Detection(CHILD, *m.span(), "children.parent_setup", 0.9))
        return found

    def _dates_and_schools(self, text: str, words: frozenset[str], parts: bool) -> list[Detection]:
        found: list[Detection] = []
        today = self.today or date.today()
        births = _birth_words(words) and _DIGIT.search(text) is not None
        for m in BIRTH.finditer(text) if births else ():
            # a date that may be read either way is a child's when either reading is; a
            # label naming a thing's birth is no person's ("Geburtsjahr der Anlage: 2019")
            if not OBJECTS.search(text, m.start(), m.start("d")) and any(
                born <= today and age_on(born, today) < self.child_age
                for born in birth_readings(m.group("d"))
            ):
                found.append(Detection(CHILD, *m.span(), "children.birth_date", 0.9))
        schools = parts or not words.isdisjoint(SCHOOL_WORDS)
        matches = list(SCHOOL.finditer(text)) if schools else []
        if not words.isdisjoint(SHORT_SCHOOL_WORDS):
            matches += SHORT_SCHOOL.finditer(text)
        for m in matches:
            if not school_child(m, self.child_age):
                continue
            stops = [s.end() for s in _SENTENCE.finditer(text, 0, m.start())]
            tail = _SENTENCE.search(text, m.end())
            sentence = text[stops[-1] if stops else 0 : tail.start() if tail else len(text)]
            if (
                TEACHER.search(sentence)
                and not RELATIONS.search(sentence)
                and not OWN_TEACHER.search(sentence)
                and not _PARENTS_MEETING.search(text)
            ):
                continue  # a teacher's class, not a child
            if _PETS.search(text, max(0, m.start() - 8), m.start()):
                continue  # "doggy daycare"
            if _ADULTS.search(sentence):
                continue  # "Year 2 (adult learners)", "1.º ano (adultos)": a course for adults
            groups = m.groupdict()
            if groups.get("p") and not _PRIMARY.search(text):
                continue  # "P5" is a paper size or a car park but beside a primary school
            numbered = any(groups.get(g) for g in ("g1", "g2", "g3", "w", "d"))
            if numbered and _UPPER_SCHOOL.search(sentence):
                continue  # "klasa 2 liceum", "quarta superiore": an upper school's year
            if numbered and not _about_a_child(sentence):
                if _OTHER_CLASS.search(sentence):
                    continue  # "Zugticket 2. Klasse", "Führerschein Klasse 3": no school
                if _YEAR_RANGE.match(text, m.end()) and not _PUPIL_AGE.match(text, m.end()):
                    continue  # "groep 7/8", "grades 3-5": years taught together, no one child
                if _CLASS_THING.match(text, m.end()) and not _named(sentence):
                    continue  # "groep 8-toneelstuk": the class's play, no one child
            found.append(Detection(CHILD, *m.span(), "children.school_year", 0.85))
        return found


# the verb with which the writer states their own age ("j'ai 9 ans", "I am twelve years old")
_FIRST_VERB = r"(?:i am|i'm|i’m|im|ich bin|ik ben|j'ai|j’ai|jai|je suis|tengo|ho|tenho|mam|jestem)"
_FIRST_LEAD = re.compile(rf"\b{_FIRST_VERB}\s+$", re.IGNORECASE)


_FIRST_PERSON = re.compile(rf"{_FIRST_VERB}\b", re.IGNORECASE)


def _own(text: str, sign: Detection) -> bool:
    """Whether ``sign`` is what the writer says of themself."""
    own = sign.recognizer == "children.child_writing"
    return own or _FIRST_PERSON.match(text, sign.start) is not None


def _merged(text: str, found: list[Detection]) -> list[Detection]:
    """One sign per statement: an age the writer states takes in the verb before it, and the
    signs of one rule that overlap ("I am 12" and "12 years old") are one, in text order."""
    signs: list[Detection] = []
    for sign in sorted(found, key=lambda d: (d.start, -d.end)):
        if sign.recognizer == "children.stated_age":
            lead = _FIRST_LEAD.search(text, max(0, sign.start - 16), sign.start)
            if lead is not None:
                sign = replace(sign, start=lead.start())
        last = signs[-1] if signs else None
        if last is None or last.recognizer != sign.recognizer or sign.start >= last.end:
            signs.append(sign)
            continue
        # (whom a sign is about is decided later; of one rule only parents' signs know it,
        # and those never overlap)
        signs[-1] = replace(last, end=max(last.end, sign.end), score=max(last.score, sign.score))
    return signs


# a pupil's age after their school year: "groep 7 – 10 jaar" is no range of years
_PUPIL_AGE = re.compile(rf"\s*[–-]\s*\d{{1,2}}\s*{_UNIT}\b", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"\s*(?:[/–-]|to|bis|à|a|tot|do)\s*\d")


def _sentence_of(text: str, m: re.Match[str]) -> str:
    stops = [s.end() for s in _SENTENCE.finditer(text, 0, m.start())]
    tail = _SENTENCE.search(text, m.end())
    return text[stops[-1] if stops else 0 : tail.start() if tail else len(text)]


def _first_named(sentence: str) -> bool:
    """The sentence begins with a first name ("Kuba rocznik 2016": a cell)."""
    first = _CAPITALISED.search(sentence)
    return (
        first is not None
        and not _LETTERS.search(sentence, 0, first.start())
        and (_is_first_name(first.group()))
    )


def _about_a_child(sentence: str) -> bool:
    return bool(RELATIONS.search(sentence) or _CHILD_WORD.search(sentence))


def _miesiecy(words: frozenset[str]) -> bool:
    return any(w.startswith(("miesi", "tygodni")) for w in words)


def pesel_birth(number: str) -> date | None:
    """The birth date a Polish personal number encodes, or None when its check digit fails.

    The month carries the century: plus 80 for the 1800s, 0 for the 1900s, 20 for the 2000s,
    40 for the 2100s and 60 for the 2200s."""
    digits = [int(c) for c in number]
    check = sum(w * d for w, d in zip(_PESEL_WEIGHTS, digits[:10], strict=True))
    if (10 - check % 10) % 10 != digits[10]:
        return None
    year, month = digits[0] * 10 + digits[1], digits[2] * 10 + digits[3]
    shift = {8: 80, 9: 80}.get(month // 10, month // 20 * 20)
    century = {80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200}[shift]
    try:
        return date(century + year, month - shift, digits[4] * 10 + digits[5])
    except ValueError:
        return None


def _object_field(text: str, start: int) -> bool:
    """Whether the record an age field sits in names an object ("router", "battery")."""
    last_words = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if last_words is None:
        return False
    before = last_words.group()
    return OBJECTS.search(before) is not None and not _CHILD_WORD.search(before)


def _object_after(text: str, end: int) -> bool:
    """Whether an object word follows in the clause ("12-year-old Cisco router")."""
    clause = _CLAUSE_AFTER.match(text, end)
    return clause is not None and OBJECTS.search(text, end, clause.end()) is not None


def _is_first_name(word: str) -> bool:
    from troth.guard.names import name_lexicons

    return word[:1].isupper() and word.lower() in name_lexicons()[0]


_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]{2,}\b")


def _named(sentence: str) -> bool:
    """A first name in the sentence (not its first word: any word may begin with a capital)."""
    return any(
        _is_first_name(m.group())
        for m in _CAPITALISED.finditer(sentence)
        if _LETTERS.search(sentence, 0, m.start())
    )
