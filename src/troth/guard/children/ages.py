"""Ages said in words and digits.

A number and a unit ("is 7", "sechs Jahre", "9yo"), a compound age ("ten-year-old",
"fünfjährig", "siedmiolatka"), an age said of a child ("my son is 7", "turning 12",
"figlia di 6", "Mia (9)"), the ages of children said together ("my kids of 5 and 8"), the
age a child states of themself ("I'm 11", "ich bin 9"), an ordinal birthday ("Freya's 7th
birthday") and an age field ("alter": 11, "aged 6").
"""

from __future__ import annotations

import re

from troth.guard.children.people import WORDS_AFTER, WORDS_BEFORE, is_first_name
from troth.guard.children.vetoes import (
    FIELD_BEFORE,
    GERMAN_SPAN,
    HEADERS,
    LASTED,
    LIMIT,
    OBJECTS,
    SINGULAR_UNITS,
    SPAN_AFTER,
    STATE,
    TOGETHER_AFTER,
    WAITED_BEFORE,
    WITHOUT_AFTER,
    a_persons,
    lasting,
    object_after,
    object_field,
)
from troth.guard.children.words import (
    AGE_KEY,
    CHILD_WORD_SET,
    CHILD_WORDS,
    INFANT_UNIT,
    LETTERS,
    NUMBER_WORD,
    UNIT,
    N,
    number_of,
)
from troth.guard.detection import CHILD, Detection

_OLD = r"(?:[\s-]*(?:old|alt|oud|de edad|di età|de idade))?"

# an age: a number and a unit of years, a number in brackets after a name, "9yo"
AGE = re.compile(
    # (not a time's minutes, nor a number and a word on the next line: "00:04:06\nyo estoy")
    rf"(?<![\w,.+<>≤:])(?:{N}[^\S\n]*-?[^\S\n]*(?P<u>{UNIT}){_OLD}(?![\w-])(?!\s+(?:{STATE}|"
    rf"{LASTED}|of|in|at|with|voor|bij|für|bei|de experiencia|"
    rf"d'expérience|di esperienza|ervaring|doświadczenia|erfahrung|ago|geleden|temu|lang|"
    rf"later|plus tard|después|dopo|depois|później|später|fa\b))"
    rf"|(?:lat|ans|años|anni|anos|jaar|jahre)\s+(?P<m>\d{{1,2}})\b)",
    re.IGNORECASE,
)
# "N-year-old", "fünfjährig", "zevenjarige", "siedmiolatka", "5-latek"
COMPOUND_AGE = re.compile(
    rf"\b(?:(?<!\d[.,])(?P<n>\d{{1,2}})[\s-]?|(?P<w>{NUMBER_WORD}|dwu|trzy|cztero|pięcio|sześcio|"
    r"siedmio|ośmio|dziewięcio|dziesięcio|jedenasto|dwunasto)[\s-]?)"
    r"(?:year[\s-]old|jährig\w*|jarige?n?|latk\w*|letni\w*|latek|años?-?de-?edad)\b"
    r"(?!\s+(?:huwelijk|bruiloft|jubileum|bestaan|dienstverband|jubiläum|hochzeit|ehe|bestehen|"
    r"firmenjubiläum|anniversary|rocznic\w*|staż\w*))",
    re.IGNORECASE,
)

# "my son is 7", "turning 12", "wird 12", "cumple 12", "faz 12 anos", "kończy 12"
_IS = r"(?:is|ist|est|es|è|é|jest|was|war)"
_TURNING = (
    r"(?:turning|turns|will turn|wird|va avoir|va fêter ses|fête ses|cumple|cumplirá|compie|"
    r"compirà|faz|fará|wordt|kończy|skończy|konczy|skonczy|(?:he|she)(?:'ll|’ll| will) be)"
)
# Italian "fa 6 anni" (not "fa 6 anni che …", it has been six years since)
_FA = r"fa(?=\s+\d{1,2}\s+anni\b(?!\s+che\b))"
CHILDREN_PLURAL = frozenset(
    """children kids sons daughters kinder kindern kinderen enfants hijos hijas niños figli figlie
    bambini filhos filhas crianças dzieci synowie córki zonen dochters söhne töchter fils
    filles boys girls jungs jungen mädchen mädels garçons chicos chicas niñas ragazzi
    ragazze bambine meninos meninas miúdos jongens meisjes chłopcy dziewczynki
    synów córek grandchildren grandkids enkel enkelkinder petits-enfants nietos nietas nipoti
    netos netas kleinkinderen wnuki wnuczki""".split()
)
# children in the plural, twins and boys and girls with them ("our boys are 5 and 7")
PLURAL_CHILDREN = CHILDREN_PLURAL | frozenset(
    """twins boys girls zwillinge jumeaux jumelles gemelos gemelas gemelli gêmeos tweeling
    bliźniaki bliźniaczki""".split()
)
# a day just past between the verb and the age: "wurde gestern 9", "cumplió ayer 7"
_LATELY = (
    r"(?:gestern|heute|yesterday|today|ayer|hoy|hier|ieri|oggi|ontem|hoje|gisteren|vandaag|"
    r"wczoraj|dzisiaj|schon|bereits|already|ya|già|déjà|já|al|już)"
)
# a birthday just past: the age turned is the age now ("she turned 6", "Jule wurde 6")
_TURNED = r"(?:turned|wurde|werd|cumplió|ha compiuto|compì|fez|skończył|skończyła|skończyło)"

# a month or a day before a birthday to come: "im März", "in maart", "en mars", "w marcu"
_WHEN = (
    r"(?:im|in|am|en|em|a|w|on|op|this|next|nächste[nm]?|volgende|dieses|diese|"
    r"deze|ce|este|questo|neste|w tym)\s+[^\W\d_]{3,12}"
)

# (a measure after the number is no age; "7 this year" is, and "7th" never matches: \b)
_CHILD_PRONOUN = r"(?:he|she|er|sie|il|elle|él|ella|lui|lei|ele|ela|hij|zij|ze|on|ona)"
_NOT_A_MEASURE = (
    r"(?!\s*(?:%|€|\$|£|(?:minutes|mins?|hours|hrs?|seconds|secs?|euros?|pounds|dollars|quid|"
    r"bucks|cm|kg|km|miles|points|pts|degrees|percent|pm|am)\b|:|[.,]\d))"
)
IS_AGE = re.compile(
    rf"\b{CHILD_WORDS}\s+(?:\w+\s+)?{_IS}\s+(?:just\s+|only\s+|now\s+)?{N}\b{_NOT_A_MEASURE}"
    # "my son, he's eight", "Sohn, er ist acht", "zoon, hij is acht"
    rf"|\b{CHILD_WORDS}\s*,\s*{_CHILD_PRONOUN}(?:\s+{_IS}|'s|’s)\s+(?:just\s+|only\s+|now\s+)?"
    rf"{N.replace('?P<n>', '?P<p>')}\b{_NOT_A_MEASURE}"
    # a clause that gives the age: "my daughter, who is 8,", "mi hija, que tiene 8 años",
    # "ma fille, qui a 8 ans", "moja córka, która ma 8 lat", "meine Tochter, die 8 ist"
    rf"|\b{CHILD_WORDS}\s*,\s*(?:who|qui|que|che|która|który|które|die|der)\s+"
    rf"(?:(?:{_IS}|has|a|tiene|tem|ha|ma|just turned|vient d'avoir|acaba de cumplir)\s+)?"
    rf"(?:just\s+|only\s+|now\s+)?{N.replace('?P<n>', '?P<r>')}\b{_NOT_A_MEASURE}"
    # (a turning verb before months, weeks, days or hours says how long: "faz 2 meses")
    # (a month or a day may stand between: "wird im März 12", "turns in May 9")
    rf"|\b(?:{_TURNING}|{_FA})\s+(?:{_WHEN}\s+)?{N.replace('?P<n>', '?P<t>')}\b"
    rf"(?!\s*(?:%|€|\$|(?:euro|minutes|hours|horas|heures|stunden|ore|uur|uhr|godzin\w*|"
    rf"mal|times|fois|veces|volte|vezes|keer|razy|{INFANT_UNIT})\b|[.,:]\d|"
    # a German ordinal goes on in small letters: "wurde 5. im Rennen"
    rf"\.\s+(?-i:[a-zäöüß])))"
    # the verb after the number, in a German or Dutch clause: "dass er im März 12 wird"
    rf"|\b{_WHEN}\s+(?P<w>\d{{1,2}})\s+(?:wird|wordt)\b",
    re.IGNORECASE,
)
# Ages said in other ways, each tried only on a text that holds one of its words:
# "mi hija tiene 8 y …", "ma fille a 9." (a child word, "has" and a number that ends the
# clause, not "ha 8 compagni")
_HAS_AGE = re.compile(
    rf"\b{CHILD_WORDS}\s+(?:\w+\s+)?(?:tiene|tem|ha|a|ma)\s+{N}\b"
    rf"(?=\s*(?:[,.;:!?)]|$|(?:y|e|et|i|und|en|and|ya|già|déjà|já|już)\b))",
    re.IGNORECASE,
)
# a pronoun in a text that names a child: "Can I add my son? He's 9"
_PRONOUN_AGE = re.compile(
    rf"\b(?:he|she|er|hij|zij)(?:'s|’s|\s+(?:is|ist))\s+(?:only\s+|just\s+|now\s+|nur\s+|"
    rf"erst\s+|pas\s+)?{N}\b{_NOT_A_MEASURE}(?!\s*(?:{INFANT_UNIT})\b)",
    re.IGNORECASE,
)
# "she's only 8", "er ist erst 7": "only" before the number says a child's age, in any text
_ONLY_AGE = re.compile(
    rf"\b(?:he|she|er|sie|hij|zij)(?:'s|’s|\s+(?:is|ist))\s+(?:only|just|nur|erst|pas)\s+"
    rf"{N}\b{_NOT_A_MEASURE}(?!\s*(?:{INFANT_UNIT})\b)",
    re.IGNORECASE,
)
# a clause's end after an age: "Poppy is 10 and has asked …", "my lad's only 7 so …"
_CLAUSE_END = (
    r"(?=\s*(?:[,.;:!?)]|$|(?:and|but|so|und|aber|et|mais|y|pero|e|ma|mas|en|maar|i|ale)\b))"
)
# a first name and an age: "Poppy is 10 and …", "Lukas ist 8."
_NAME_IS_AGE = re.compile(
    rf"\b(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)\s+{_IS}\s+(?:just\s+|only\s+|now\s+|nur\s+|erst\s+)?"
    rf"{N}\b{_NOT_A_MEASURE}(?!\s*(?:{INFANT_UNIT})\b){_CLAUSE_END}"
)
# (the quick test before it: a verb of being and a number of one or two digits)
_IS_NUMBER = re.compile(r"\s(?:is|ist|est|es|è|é|jest)\s+(?:\w+\s+)?\d\d?(?![\d.,:])")
# a child word with "'s": "my lad's only 7", "our son's 9, so …"
_CONTRACTED_AGE = re.compile(
    rf"\b(?:{CHILD_WORDS}|lad|lass)(?:'s|’s)\s+(?:(?:just|only|now)\s+{N}\b{_NOT_A_MEASURE}"
    rf"|{N.replace('?P<n>', '?P<c>')}\b{_CLAUSE_END})",
    re.IGNORECASE,
)
# children in the plural: "my twins are 4", "meine Kinder sind 5 und 7"
_PLURAL_AGE = re.compile(
    rf"\b(?:{'|'.join(sorted(PLURAL_CHILDREN))})\s+(?:\w+\s+)?(?:are|sind|sont|son|sono|"
    rf"são|zijn|są|were|waren)\s+(?:just\s+|only\s+|now\s+)?{N}\b"
    rf"{_NOT_A_MEASURE}(?!\s*(?:{INFANT_UNIT})\b)",
    re.IGNORECASE,
)
# a birthday today: the age turned is the age now
_TODAY_AFTER = re.compile(
    r"\s*(?:today|heute|aujourd'hui|hoy|oggi|hoje|vandaag|dzisiaj|dziś)\b", re.IGNORECASE
)
# a birthday just past: "Jule wurde 6", "she turned 9 yesterday" (not "wurde 5. im Rennen")
_TURNED_AGE = re.compile(
    rf"\b{_TURNED}\s+(?:{_WHEN}\s+|{_LATELY}\s+)?{N}\b"
    rf"(?!\s*(?:%|€|\$|(?:euro|minutes|hours|horas|heures|stunden|ore|uur|uhr|godzin\w*|"
    rf"mal|times|fois|veces|volte|vezes|keer|razy|{INFANT_UNIT})\b|[.,:]\d|"
    rf"\.\s+(?-i:[a-zäöüß])))",
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
_OWNER_BEFORE = re.compile(r"\b(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)(?P<of>'s|’s|')?\s*$")
BIRTHDAY_WORDS = frozenset(
    """birthday bday geburtstag kindergeburtstag anniversaire cumpleaños cumple compleanno
    aniversário aniversario verjaardag urodziny urodzin""".split()
)
# a person named and an age: "Mia (9)", "Leo, 6, ...", "Elif, 6 J."
NAMED_AGE = re.compile(
    rf"\b(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+|{CHILD_WORDS}|twins|zwillinge|jumeaux|jumelles|gemel\w+|"
    rf"gêmeos|tweeling|bliźni\w+)\s*(?:\((?P<b>\d{{1,2}})(?:½|,5|\.5)?(?:\s*(?P<u>{UNIT})\.?)?\)|"
    rf"\((?P<i>\d{{1,2}})\s*{INFANT_UNIT}\)|"
    # "Jack, age 11", "Olly Baxter, aged 9", "Zoé, âgée de 8 ans"
    rf",?\s+(?P<aw>age|aged|âgée?\s+de|edad|età|idade|leeftijd|wiek|alter)\s*:?\s*"
    rf"(?P<g>\d{{1,2}})\b|"
    # (not a date's day: "Stadswinkel Breda, 11-11-2026")
    rf",\s*(?P<c>\d{{1,2}})(?![-/.]\d)"
    rf"(?=\s*(?:,|-|–|\)|$|{UNIT}\b(?!\s+(?:{LASTED}|{STATE})))))",
    re.IGNORECASE,
)
# a family named by its surname: "familia Cohen (4)" counts its members
_FAMILY_BEFORE = re.compile(
    r"\b(?:family|familie|famille|familia|famiglia|família|rodzina|gezin)\s+$", re.IGNORECASE
)
# a child word right before a name: "my son Alfie (8)", "meine Tochter Ida (6)"
_CHILD_BEFORE = re.compile(rf"\b{CHILD_WORDS}\s+$", re.IGNORECASE)
_TWINS = re.compile(
    r"twins|zwillinge|jumeaux|jumelles|gemel\w+|gêmeos|tweeling|bliźni\w+", re.IGNORECASE
)
_TWIN_WORDS = r"twins|zwillinge|jumeaux|jumelles|gemel\w+|gêmeos|tweeling|bliźni\w+"
# "dochter van 6", "figlia di 6", "hija de 6": a child of an age
# (twins too: "onze tweeling van vijf", "gemelos de 4")
CHILD_OF = re.compile(
    # (not Spanish "son de diez", "they are a ten": "son" is "they are" there)
    rf"\b(?!son\s+de\b)(?:{CHILD_WORDS}|{_TWIN_WORDS})\s+(?:van|von|of|de|di|da|do|z)\s+{N}\b"
    rf"(?!\s*(?:[%€$.,:]\d|{UNIT}\b|{INFANT_UNIT}\b))",
    re.IGNORECASE,
)

# an age field ("alter": 11, Age: 7, "eta": 10) and "aged 6" ("aged 6 to 12" is a range)
AGE_FIELD = re.compile(
    rf"(?<![\w-])(?:[\"']?(?:{AGE_KEY})[\"']?\s*[:=]\s*[\"']?|(?i:aged)\s+"
    # "Maisie (age 8)": the field in brackets after a name
    rf"|(?<=\()(?:{AGE_KEY})\s+)(?P<n>\d{{1,2}})"
    # (a dash makes a range only before a number: "Idade: 9 – Escola: EB1" is nine)
    r"(?![\d:/]|[.,]\d|\s*(?:[-–]\s*\d|[+/]|(?i:to|and|or|bis|à|a|y|e|en|i|und|et|ou|o|of|tot|do|"
    r"min|mins|minutes|h|hrs?|hours|days?|tage|jours|días|giorni|dias|dagen|dni|weeks?|"
    r"years? of|%|€|\$|cm|kg)\b|[%€$]))"
)

# children named together with their ages: "my kids of 5 and 8", "mis hijos de 4 y 9 años"
_KIDS = "(?:" + "|".join(sorted(CHILDREN_PLURAL, key=lambda w: (-len(w), w))) + ")"
SIBLINGS_AGES = re.compile(
    r"\b(?:(?:my|our|his|her|their|meine|unsere|seine|ihre|mes|nos|ses|leurs|mis|nuestros|sus|"
    r"i miei|i nostri|i suoi|le mie|os meus|as minhas|meus|minhas|os seus|mijn|onze|zijn|haar|"
    r"moje|nasze|jego|jej|two|both|beiden|zwei|deux|dos|due|dois|twee|dwóch|dwoje|obu|dla)"
    rf"\s+(?:\w+\s+)?{_KIDS}\s+"
    r"(?:(?:of|von|van|de|di|da|do|w wieku|im alter von|aged?)\s+)?\(?|"
    # after an article the ages stand in brackets: "los niños (4 y 6 años)"
    rf"(?:the|die|den|les|los|las|gli|i|le|os|as|de|het)\s+{_KIDS}\s*\()"
    r"(?P<ages>\d{1,2}(?:\s*,\s*\d{1,2})*\s+(?:and|und|en|et|y|e|i)\s+\d{1,2})"
    r"(?!\s*(?:%|€|\$|:|[.,]\d|(?:minutes|hours|euro|cm|kg)\b))",
    re.IGNORECASE,
)

# German words that make "im" the German "in the"
_GERMAN_WORDS = frozenset(
    "ist und nicht der die das bei mit auch ein eine sich sind den dem zu".split()
)
# a German ordinal before a noun: "im 2. OG", "im 3. Quartal"
_GERMAN_ORDINAL = re.compile(r"\.\s*[A-ZÄÖÜ]")


def _german_im(text: str, m: re.Match[str], words: frozenset[str]) -> bool:
    """The "im" that opens ``m`` is German "in the": German words beside it, or an ordinal
    after the number ("im 2. OG")."""
    if not m.group().lower().startswith("im"):
        return False
    return not _GERMAN_WORDS.isdisjoint(words) or _GERMAN_ORDINAL.match(text, m.end()) is not None


# the numbers two to twelve in words, in the languages of "I'm", "ich bin", "ik ben"
_SAID_NUMBER = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|zwei|drei|vier|fünf|sechs|"
    "sieben|acht|neun|zehn|elf|zwölf|twee|drie|vijf|zes|zeven|negen|tien|twaalf"
)
SAID_NUMBER_WORDS = frozenset(_SAID_NUMBER.split("|"))
# a child stating their age: "im 11", "ich bin 9" ("jai 10 ans": the unit is in AGE)
FIRST_PERSON_AGE = re.compile(
    r"(?:\b(?:i am|i'm|im|i’m|ich bin|ik ben)|(?:^|[.!?]\s*|\bund\s+)bin)\s+"
    # a word between: "ich bin jetzt 8", "I'm now 9", "ik ben al 10"
    r"(?:(?:now|just|only|already|jetzt|jezt|schon|erst|nu|al|pas|net)\s+)?"
    r"(?:(?P<n>\d{1,2})\b"
    r"(?!\s*(?:%|€|\$|(?:minutes|min|"
    r"hours|euro|cm|kg|years? of|years? in|years? at|years? with|jahre bei|minuten|stunden|"
    r"uhr)\b|[.,:]\d))"
    # a span of time or a distance, not an age: "im 7 months pregnant", "ik ben 3 weken …"
    r"(?!\s*(?:months?|mos|weeks?|wks|days?|monate?n?|wochen?|tage?n?|maanden?|weken|"
    r"dagen|hrs|mins|miles|km|pregnant|schwanger|zwanger)\b)"
    # in words, as said aloud, closing the clause: "I'm ten and …", "ik ben elf en ik …"
    rf"|(?P<w>{_SAID_NUMBER})(?=\s*(?:[,.!?;)]|$)|\s+(?:and|und|en|years?|jahre|jaar)\b))",
    re.IGNORECASE,
)

_POLISH_PREFIX = {
    "dwu": 2, "cztero": 4, "pięcio": 5, "sześcio": 6, "siedmio": 7, "ośmio": 8,
    "dziewięcio": 9, "dziesięcio": 10, "jedenasto": 11, "dwunasto": 12,
}  # fmt: skip

# "9yo", "9 y.o.": said of people only ("Jacob-9yo-Switch" is Jacob's Switch)
_YO = re.compile(r"y\.?\s?o\.?$", re.IGNORECASE)

TWIN_WORD_SET = frozenset(
    """twins zwillinge jumeaux jumelles gemelli gemelle gemelos gemelas gêmeos tweeling
    bliźnięta bliźniaki bliźniaczki""".split()
)
TURNING_WORDS = frozenset(LETTERS.findall(_TURNING.lower())) - {
    "will",
    "va",
    "ses",
    "he",
    "she",
    "ll",
    "be",
} | {"fa"}
FIRST_PERSON_WORDS = frozenset({"i", "im", "ich", "ik", "bin"})

# "Mia (9)", "Leo, 6": a number after a name (NAMED_AGE then checks the name)
NAMED_TRIGGER = re.compile(r"\(\d{1,2}(?:½|,5|\.5)?(?:\)|\s*[^\W\d_])|,\s*\d{1,2}(?!\d)")
# "Jack, age 11": read only in a text whose words hold an age's word
_AGE_WORDS = frozenset("age aged âge âgé âgée edad età idade leeftijd wiek alter".split())


# a year and the years since it: "Anno di costruzione: 2015 (11 anni)", "Cliente dal: 2014
# (12 anni)" (a birth year is read by its own rule)
# the tens of a number said in words, before its unit: "soixante-dix-huit ans" (78),
# "setenta e oito anos", "seventy-eight years", "siedemdziesiąt osiem lat"
_TENS_BEFORE = re.compile(
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|vingt|trente|quarante|"
    r"cinquante|soixante|soixante-dix|quatre-vingt|quatre-vingts|quatre-vingt-dix|dix|veinte|"
    r"treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|venti|trenta|quaranta|"
    r"cinquanta|sessanta|settanta|ottanta|novanta|vinte|trinta|quarenta|cinquenta|sessenta|"
    r"oitenta|dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|"
    r"osiemdziesiąt|dziewięćdziesiąt)(?:[\s-]+(?:e|y|et|und|en))?[\s-]+$",
    re.IGNORECASE,
)
_SINCE_YEAR = re.compile(r"\b(?:19|20)\d\d\s*\(\s*$")
_WORD_BEFORE = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]+)[ \t]+$")


# a capitalised word inside a sentence: a name, where a pronoun's age may be its own
_NAMED_INSIDE = re.compile(r"[^\W\d_][ \t]+[A-ZÀ-Ý][a-zà-ÿ]{2,}")
# a word of German before a capitalised noun: an article or a possessive ("das Fahrrad")
_GERMAN_ARTICLE = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|unser\w*|mein\w*|dein\w*|"
    r"sein\w*|ihr\w*)\s+$",
    re.IGNORECASE,
)


def _unlisted_name(text: str, m: re.Match[str]) -> bool:
    """A name the lists lack, inside a sentence, with an age in years in brackets ("che
    Yonas (6 anni) parla tigrino"): a capitalised word that starts no sentence, is no
    German noun after its article and names no object."""
    name = m.group("name")
    if not (name[:1].isupper() and name[1:].islower() and m.group("b") and m.group("u")):
        return False
    before = text[max(0, m.start() - 24) : m.start()]
    if not re.search(r"[^\W\d_]\s+$", before) or _GERMAN_ARTICLE.search(before):
        return False  # the sentence's first word, or "das Fahrrad (3 Jahre)"
    return OBJECTS.search(name) is None


def _first_name_before(text: str, at: int) -> bool:
    """A first name right before the name at ``at``: "Noah Patel (8)" names a person."""
    m = _WORD_BEFORE.search(text, max(0, at - 20), at)
    return m is not None and is_first_name(m.group(1))


def will_be(words: set[str] | frozenset[str]) -> bool:
    """The words say "she'll be" or "he will be": an age the child is turning."""
    return "be" in words and ("ll" in words or "will" in words)


# the upper end of an age band: "colo_6-12ans", "4–12 jaar", "from 4 to 12 years",
# "de 6 à 12 ans", "od 4 do 12 lat": a product's or a group's range, not a person's age
_BAND_BEFORE = re.compile(
    r"\d{1,2}\s?[-–]\s?$|\d{1,2}\s+(?:to|bis|à|a|al|ai|aos|tot|do|t/m)\s+$",
    re.IGNORECASE,
)


# a child "of" an age, which "fa" after it does not make a time ago ("mio figlio di 10
# anni fa chitarra": he plays the guitar)
_CHILD_OF_AGE = re.compile(
    r"\b(?:figli[oa]|bimb[oa]|bambin[oa]|ragazzin[oa]|nipot(?:e|ino|ina)|hij[oa]|"
    r"filh[oa])\s+(?:de|di)\s+(?P<n>\d{1,2})\s+(?:anni|años|anos)\b|"
    # the age of one's child: "les 8 ans de notre fille", "os 7 anos do meu filho"
    r"\b(?P<m>\d{1,2})\s+(?:ans|anos|años|anni)\s+(?:de|da|do|di|del)\s+(?:mon|ma|notre|son|"
    r"sa|leur|mi|mio|mia|meu|minha|nosso|nossa|nuestr[oa]|su|suo|sua)\s+(?:fils|fille|"
    r"enfant|filho|filha|hij[oa]|figli[oa]|petite?|neveu|nièce|sobrinh[oa]|sobrin[oa]|nipote)\b",
    re.IGNORECASE,
)


# "our" right before an age: "Our 7yo is autistic", "unsere 6-Jährige" (with "years old":
# "our 7 years here" is how long)
_OUR_BEFORE = re.compile(
    r"\b(?:our|unser\w*|notre|nuestr[oa]|nostr[oa]|noss[oa]|onze|nasz\w*)\s+$", re.I
)


def _ours_said_old(text: str, m: re.Match[str]) -> bool:
    """The writer's own child, said with "years old" right after "our"."""
    return _YO.search(m.group()) is not None and bool(
        _OUR_BEFORE.search(text, max(0, m.start() - 12), m.start())
    )


# a year gone by, said before "one year": "faz hoje um ano que não jogo", "oggi un anno
# senza slot", "hace un año que", "today one year sober"
_A_YEAR_GONE = re.compile(
    r"\b(?:faz|hace|fa|oggi|hoy|hoje|today|heute|vandaag|dzisiaj|dziś|aujourd'hui|ça fait|"
    r"it's been|es ist|faccio|faço|fais|cumplo|mache|word ik|robię|robie)\s+"
    r"(?:(?:hoje|já|ya|già|already|schon|al|już|exactly|genau|"
    r"exactement|exactamente|esattamente|exatamente|precies|dokładnie)\s+)?$",
    re.IGNORECASE,
)


def unit_ages(text: str, words: frozenset[str], child_age: int) -> list[Detection]:
    """Ages said with a number and a unit of years ("is 7", "sechs Jahre", "9yo"), unless
    they are a duration, a thing's age or a limit."""
    found: list[Detection] = []
    short = len(words) <= 8
    for m in AGE.finditer(text):
        age = number_of(m.group("n") or m.group("m"))
        if (
            age is not None
            and 0 < age < child_age
            and (age == 1 or (m.group("u") or "").lower() not in SINGULAR_UNITS)
            and not lasting(text, m)
            and not GERMAN_SPAN.match(text, m.end())
            and not LIMIT.search(text, max(0, m.start() - 2), m.start())
            and not _SINCE_YEAR.search(text, max(0, m.start() - 12), m.start())
            and not _TENS_BEFORE.search(text, max(0, m.start() - 24), m.start())
            and not _BAND_BEFORE.search(text, max(0, m.start() - 8), m.start())
            and not (age == 1 and _A_YEAR_GONE.search(text, max(0, m.start() - 24), m.start()))
            and not WITHOUT_AFTER.match(text, m.end())
            and not SPAN_AFTER.match(text, m.end())
            and not TOGETHER_AFTER.match(text, m.end("n") if m.group("n") else m.end())
            and not WAITED_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and (_YO.search(m.group()) or not object_after(text, m.end()))
            and (a_persons(text, m, short) or _ours_said_old(text, m))
        ):
            found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
    for m in _CHILD_OF_AGE.finditer(text):
        if 0 < int(m.group("n") or m.group("m")) < child_age and not any(
            d.start <= m.start() < d.end for d in found
        ):
            found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
    return found


def compound_ages(text: str, child_age: int) -> list[Detection]:
    """Compound ages of a person: "ten-year-old", "fünfjährig", "zevenjarige", "5-latek"."""
    found: list[Detection] = []
    for m in COMPOUND_AGE.finditer(text):
        word = (m.group("w") or "").lower()
        age = number_of(m.group("n")) or number_of(word) or _POLISH_PREFIX.get(word)
        after = WORDS_AFTER.match(text, m.end())
        if (
            age is not None
            and 0 < age < child_age
            and not OBJECTS.search(after.group() if after else "")
            and a_persons(text, m, True)
        ):
            found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
    return found


# the number one that is an article: a word other than a year's follows it ("es wird ein
# Mädchen", "cumple una promesa"); "wird eins", "turns one!" and "cumple un año" are ages
_AN_ARTICLE = re.compile(
    r"(?i:ein|eine|un|une|uno|una|um|uma|een|jeden|jedna)\s+(?!(?i:jahr|year|an|año|"
    r"anno|ano|jaar|rok|roczek)\b)[^\W\d_]"
)


def stated_ages(text: str, words: frozenset[str], number: bool, child_age: int) -> list[Detection]:
    """Ages said of a child ("my son is 7", "turning 12", "figlia di 6", "Mia (9)") and
    the age a child states of themself ("I'm 11", "ich bin 9")."""
    found: list[Detection] = []
    child_words = number and not (
        words.isdisjoint(CHILD_WORD_SET) and words.isdisjoint(TWIN_WORD_SET)
    )
    stated = child_words or not words.isdisjoint(TURNING_WORDS) or will_be(words)
    for m in IS_AGE.finditer(text) if stated else ():
        age = number_of(
            m.group("n") or m.group("p") or m.group("r") or m.group("t") or m.group("w")
        )
        turning = m.group("t") is not None or m.group("w") is not None
        turning = turning and not _TODAY_AFTER.match(text, m.end())  # "cumple 13 hoy": 13
        limit = child_age + 1 if turning else child_age
        before = WORDS_BEFORE.search(text[: m.start()])
        if turning and before and OBJECTS.search(before.group()):
            continue
        if turning and _AN_ARTICLE.match(text, m.start("t") if m.group("t") else m.end()):
            continue  # "es wird ein Mädchen", "wordt een feest": an article, no age
        if turning and TOGETHER_AFTER.match(text, m.end()):
            continue  # "a gente faz 3 anos juntas": a couple's years
        if age is not None and 0 < age < limit:
            found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
    found += _other_ages(text, words, child_words, child_age)
    for m in CHILD_OF.finditer(text) if child_words else ():
        age = number_of(m.group("n"))
        if age is not None and 0 < age < child_age:
            found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.85))
    named = NAMED_TRIGGER.search(text) or not words.isdisjoint(_AGE_WORDS)
    for m in NAMED_AGE.finditer(text) if named else ():
        name = m.group("name")
        person = (
            is_first_name(name)
            or _unlisted_name(text, m)
            or re.fullmatch(CHILD_WORDS, name, re.IGNORECASE)
            or _TWINS.fullmatch(name)
            or _CHILD_BEFORE.search(text, 0, m.start())  # "my son Alfie (8)"
            or _first_name_before(text, m.start())  # "Noah Patel (8)"
        )
        if m.group("i"):
            if person or name[:1].isupper():  # (not "a tempo determinato (12 mesi)")
                found.append(Detection(CHILD, *m.span(), "children.infant_age", 0.85))
            continue  # "Anton (4 Wochen)": an infant
        age = number_of(m.group("b") or m.group("c") or m.group("g"))
        if _FAMILY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "familia Cohen (4)": a household of four
        if person and age is not None and 0 < age < child_age:
            # ("Jack, age 11": the sign is the age said, as an age field's would be)
            start = m.start() if m.group("g") is None else m.start("aw")
            found.append(Detection(CHILD, start, m.end(), "children.stated_age", 0.85))
    first = number and not words.isdisjoint(FIRST_PERSON_WORDS)
    for m in FIRST_PERSON_AGE.finditer(text) if first else ():
        if _german_im(text, m, words):
            continue  # German "im 2. OG", "im 3. Stock": in the, not "I'm"
        age = number_of(m.group("n") or m.group("w"))
        if age is not None and 0 < age < child_age:
            found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
    return found


_HAS_WORDS = frozenset("tiene tem ha a ma".split())
_PRONOUN_WORDS = frozenset("he she er sie hij zij".split())
_ONLY_WORDS = frozenset("only just nur erst pas".split())
_IS_WORDS = frozenset(LETTERS.findall(_IS))
TURNED_WORDS = frozenset(LETTERS.findall(_TURNED.lower()))


def _other_ages(
    text: str, words: frozenset[str], child_words: bool, child_age: int
) -> list[Detection]:
    """Ages said with "has", by a pronoun, of children in the plural, or just turned, each
    read only when the text holds its words."""
    pronoun = not words.isdisjoint(_PRONOUN_WORDS)
    tried = (
        (_HAS_AGE, child_words and not words.isdisjoint(_HAS_WORDS)),
        # (a child word or a first name in the text: "Maisie … (she's 6)")
        (_PRONOUN_AGE, pronoun and (child_words or _NAMED_INSIDE.search(text) is not None)),
        (_ONLY_AGE, not (words.isdisjoint(_PRONOUN_WORDS) or words.isdisjoint(_ONLY_WORDS))),
        (_CONTRACTED_AGE, "s" in words and ("'s" in text or "’s" in text)),
        (_NAME_IS_AGE, not words.isdisjoint(_IS_WORDS) and _IS_NUMBER.search(text) is not None),
        (_PLURAL_AGE, not words.isdisjoint(PLURAL_CHILDREN)),
        (_TURNED_AGE, not words.isdisjoint(TURNED_WORDS)),
    )
    found: list[Detection] = []
    for pattern, may in tried:
        for m in pattern.finditer(text) if may else ():
            age = number_of(m.group("n") or m.groupdict().get("c"))
            if m.group("n") and _AN_ARTICLE.match(text, m.start("n")):
                continue  # "Er is een tolk": an article, no age
            before = WORDS_BEFORE.search(text[: m.start()])
            if pattern is _TURNED_AGE and before and OBJECTS.search(before.group()):
                continue  # "the car turned 10": a thing's age
            if pattern is _NAME_IS_AGE and not is_first_name(m.group("name")):
                continue  # "Room is 4", "Kapitel ist 3": not a person
            if age is not None and 0 < age < child_age:
                found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
    return found


def birthdays(text: str, child_age: int) -> list[Detection]:
    """A child's ordinal birthday ("Freya's 7th birthday party"), not a firm's."""
    found: list[Detection] = []
    for m in BIRTHDAY_AGE.finditer(text):
        age = int(m.group("n"))
        owner = _OWNER_BEFORE.search(text, 0, m.start())
        # (a party for an ordinal birthday under 13 is a child's: "Freya's 7th birthday
        # party"; a firm counts its years in anniversaries)
        named = owner is not None and (
            is_first_name(owner.group("name"))
            or (
                owner.group("of") is not None
                and _PARTY.match(text, m.end()) is not None
                and not OBJECTS.search(owner.group())
            )
        )
        if 0 < age < child_age and (named or a_persons(text, m, False)):
            found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.85))
    return found


# a child's ordinal with no word of a birthday: "my son's 10th", "the twins' 8th party"
ORDINAL_OWNERS = frozenset(
    "son daughter kid child boy girl twins kids grandson granddaughter nephew niece one".split()
)
_CHILDS_ORDINAL = re.compile(
    r"\b(?:son|daughter|kid|child|boy|girl|twins|kids|grandson|granddaughter|nephew|niece|"
    r"little one)(?:'s|’s|'|’)\s+(?P<n>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.!;:)]|$|party|celebration|bash|do\b|at\b|in\b|on\b|was\b|is\b))",
    re.IGNORECASE,
)


def childs_ordinal(text: str, child_age: int) -> list[Detection]:
    """A child's ordinal said alone, a birthday by its number: "for my twins' 10th"."""
    return [
        Detection(CHILD, *m.span(), "children.stated_age", 0.85)
        for m in _CHILDS_ORDINAL.finditer(text)
        if 0 < int(m.group("n")) < child_age
    ]


def age_fields(text: str, child_age: int) -> list[Detection]:
    """An age field ("alter": 11, "Age: 7") or "aged 6" said of a person, not of a device,
    an age group or an HTTP response."""
    found: list[Detection] = []
    for m in AGE_FIELD.finditer(text):
        age = int(m.group("n"))
        if not 0 < age < child_age or FIELD_BEFORE.search(text, 0, m.start()):
            continue
        aged = m.group().lower().startswith("aged")
        if aged and not a_persons(text, m, False):
            continue  # "for kids aged 6": an age group, not a person
        if not aged and (object_field(text, m.start()) or HEADERS.search(text)):
            continue  # a device's age, or the Age header of an HTTP response
        found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.85))
    return found


def siblings(text: str, child_age: int) -> list[Detection]:
    """Children named together with their ages: "my kids of 5 and 8", "os meus filhos de
    5 e 8 anos", "mijn kinderen van 6 en 10"."""
    found = []
    for m in SIBLINGS_AGES.finditer(text):
        ages = [int(n) for n in re.findall(r"\d{1,2}", m.group("ages"))]
        if ages and 0 < min(ages) < child_age:
            found.append(Detection(CHILD, *m.span(), "children.stated_age", 0.9))
    return found
