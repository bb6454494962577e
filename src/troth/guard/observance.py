"""Religious observance told without a faith's name: fasting until sunset; and the rites
of a life a faith keeps.

"still fasting till sunset this week", "ik vast nog tot zonsondergang", "je jeûne jusqu'au
coucher du soleil", "mama fastet, wir essen erst nach Sonnenuntergang": a fast kept from
dawn to dusk is the fasting month's, so the sentence tells the person's faith. A fast for a
blood test or a diet names no sunset, and a sunset alone ("open until sunset") names no
fast: the sentence must hold a fast and "until" (or "after") the sunset. A burial, a
communion or a baptism beside a faith's word says that faith is the person's
("Muslim burial requested").
"""

from __future__ import annotations

import re

from troth.guard.context import first_person
from troth.guard.lexicon import fold

# the words of a fast, in the eight languages (folded)
FASTING = frozenset(
    """fast fasts fasting fasted faste fasten fastet fastend jeune jeuner jeunes jeunons
    ayuno ayuna ayunas ayunando ayunar ayunamos digiuno digiuna digiunare digiunando digiuniamo
    jejum jejuo jejua jejuar jejuando jejuamos vast vasten vastend vastte post poszcze
    poszcza poszczac poscimy posci""".split()
)
# a word of the sunset, alone or with the second word it needs ("coucher du soleil")
SUNSET = frozenset(
    """sunset sundown sonnenuntergang tramonto zonsondergang anochecer atardecer iftar""".split()
)
SUNSET_PAIRS = {"coucher": "soleil", "puesta": "sol", "por": "sol", "zachodu": "slonca"}
# a season of fasting a faith names: "Ramadan", "Yom Kippur", "Lent", "Carême", "Quaresima"
SEASONS = frozenset(
    """ramadan ramazan ramadhan ramadán ramadão ramadã kippur kipur kipoer lent fastenzeit
    careme carême cuaresma quaresima quaresma vastentijd""".split()
)
# "until" in the eight languages
UNTIL = frozenset("until till til bis jusqu jusque hasta fino fin ate tot do".split())
# the words that let a text through to the reading, lower-cased ("pôr", not the common
# "por")
GATE_WORDS = SUNSET | SEASONS | {"coucher", "puesta", "pôr", "zachodu"}
# a fast word that can only mean fasting also lets a text through: a named person's fast
# kept for a month, or with meals moved to the evening
GATE_WORDS = GATE_WORDS | FASTING - {"fast", "vast", "post"} | {"pości"}
# a veil or a headscarf the writer wears or put on: "g mis mon voile pr la 1ere fois", "ho
# messo il velo al lavoro", "voor t eerst met hoofddoek naar werk", "I wore my hijab"
VEIL_WORDS = frozenset(
    """hijab hidschab hiyab hidżab hidzab voile velo véu veu hoofddoek kopftuch chusta chustę
    chuste pañuelo lenço headscarf niqab""".split()
)
GATE_WORDS = GATE_WORDS | VEIL_WORDS
# the days of abstinence from meat: Lent, Ash Wednesday, Good Friday
ABSTINENCE_WORDS = frozenset(
    """popielec aschermittwoch ceniza cendres ceneri cinzas aswoensdag veertigdagentijd
    karfreitag ash wielki""".split()
)
GATE_WORDS = GATE_WORDS | ABSTINENCE_WORDS
# a fast kept for a whole month: the fasting month ("ayuna todo el mes")
MONTH_LONG = re.compile(
    r"\b(?:(?:the )?(?:whole|entire) month|all month|(?:den )?ganzen monat|tout le mois|"
    r"todo el mes|tutto il mese|(?:o )?m[eê]s inteiro|todo o m[eê]s|de hele maand|"
    r"ca[łl]y miesi[aą]c)\b",
    re.IGNORECASE,
)
# the meals moved: "team lunches", "Teamessen", "comidas de equipo", "obiady"
MEALS = re.compile(
    r"(?:lunch|dinner|meal|essen|repas|d[ée]jeuner|d[îi]ner|comida|almuerzo|cena|pranzo|"
    r"almo[çc]o|jantar|refei[çc]|eten|maaltijd|obiad|kolacj|posi[łl]k)",
    re.IGNORECASE,
)
# meals moved after an evening hour: "team lunches after 18:30", "Teamessen nach 18 Uhr"
EVENING = re.compile(
    r"\b(?:after|nach|après|despu[ée]s de(?: las)?|dopo(?: le)?|depois d(?:as|e)|na|po)\s+"
    r"(?:1[6-9]|2[01])(?:[:.h]\d\d|\s?uhr|h)?\b",
    re.IGNORECASE,
)

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?\n]+\s")


# eating only after the sunset, said by the one who keeps it: "ik eet pas na
# zonsondergang", "I only eat after sunset", "ich esse erst nach Sonnenuntergang", "je ne
# mange qu'après le coucher du soleil", "solo como después del atardecer", "jem dopiero po
# zachodzie słońca"
_EATS_AFTER_SUNSET = re.compile(
    r"\b(?:(?:i|ik|ich|je ne|yo|io|eu)\s+)?(?:only\s+)?(?P<e>eat|eet|esse|essen|mange|como|"
    r"mangio|jem|jemy|comemos|mangiamo|mangeons|eten)\s+(?:(?:only|pas|erst|qu'|que|solo|"
    r"sólo|só|dopiero|nur)\s*)?(?:after|na|nach|après|apres|después del|despues del|dopo il|"
    r"depois do|po)\s+(?:the\s+|le\s+)?(?:sunset|sundown|zonsondergang|sonnenuntergang|"
    r"coucher du soleil|atardecer|anochecer|tramonto|p[ôo]r do sol|zachodzie s[łl]o[ńn]ca)",
    re.IGNORECASE,
)


def fasting_till_sunset(text: str) -> list[tuple[int, int]]:
    """The spans of fast words in a sentence that names the sunset, and of eating only
    after the sunset."""
    out: list[tuple[int, int]] = [m.span("e") for m in _EATS_AFTER_SUNSET.finditer(text)]
    start = 0
    for end in [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        words = [(fold(m.group()), m.start() + start, m.end() + start)
                 for m in _WORD.finditer(text[start:end])]  # fmt: skip
        folded = [w for w, _, _ in words]
        # ("vast", "fast" and "post" are also "stuck", "quick" and "mail": with "after the
        # sunset" only a word that can only mean fasting counts)
        after = not (FASTING - _OTHER_MEANINGS).isdisjoint(folded)
        if not FASTING.isdisjoint(folded) and (
            _until_sunset(folded, after) or _kept_by_someone(text[start:end], folded, after)
        ):
            out += [(s, e) for w, s, e in words if w in FASTING]
        start = end
    return out


# breaking one's fast at an hour or at sunset: "I break fast at about 4:20", "rompo il
# digiuno verso le 18:15", "przerywam post około 15:45", "the family break their fast"
BREAK_WORDS = frozenset(
    """break breaks breaking opening rompo rompiamo rompemos romper rompere quebro quebramos
    przerywam przerywamy breche brechen romps rompons breek breken""".split()
)
_BREAKS_FAST = re.compile(
    r"\b(?:(?P<own>i|we|they|she|he)\s+(?:\w+\s+)?break|break(?:s|ing)?\s+(?P<pos>my|our|"
    r"their|his|her)|opening\s+(?:the|my|our))\s+fast(?![\w-]|\s+(?:food|track|lane))|"
    r"\b(?P<v>rompo|rompiamo|rompemos|quebro|quebramos|przerywam|przerywamy|breche|brechen wir|"
    r"romps|rompons|breek|breken we)\s+(?:(?:il|el|o|le|das|het|mijn|ons|onze|mon|notre|"
    r"nuestro|nostro)\s+)?(?:digiuno|ayuno|jejum|post|fasten|jeûne|jeune|vasten)\b",
    re.IGNORECASE,
)
# when: an hour, the sunset, this month, at home with the family
_WHEN = re.compile(
    r"\d{1,2}[:.h]\d\d|\d{1,2}\s?(?:pm|uhr|h)\b|sunset|sundown|tramonto|zachod|atardecer|"
    r"p[ôo]r do sol|coucher du soleil|zonsondergang|sonnenuntergang|this month|questo mese|"
    r"w tym miesiącu|este mes|este mês|ce mois|diesen monat|deze maand|at home|in famiglia|"
    r"en familia|em família|en famille|with (?:the )?family",
    re.IGNORECASE,
)


def breaking_fast(text: str) -> list[tuple[int, int]]:
    """Breaking a fast, the writer's or a person's, at an hour, at the sunset or for a
    month: the fasting month kept. "Breakfast" is one word and is not read."""
    if _WHEN.search(text) is None:
        return []
    return [m.span() for m in _BREAKS_FAST.finditer(text)]


def _kept_by_someone(sentence: str, folded: list[str], after: bool) -> bool:
    """A fast the writer or a named person keeps for a whole month, or with meals moved
    after an evening hour ("Mar 2027: Yusuf fasting – team lunches after 18:30")."""
    evening = after and EVENING.search(sentence) is not None and MEALS.search(sentence)
    if not (MONTH_LONG.search(sentence) or evening):
        return False
    return first_person(folded) or _first_name_in(sentence)


def _first_name_in(sentence: str) -> bool:
    from troth.guard.names import name_lexicons

    first = name_lexicons()[0]
    return any(
        w.lower() in first and fold(w) not in FASTING and w.lower() not in SEASONS
        for w in re.findall(r"\b[A-ZÀ-Ý][a-zà-ÿ]{2,}\b", sentence)
    )


# the Sabbath's hours, from Friday's sunset to Saturday night: "du vendredi coucher du
# soleil au samedi soir", "van vrijdag zonsondergang tot zaterdagavond"
_FRIDAY = r"(?:friday|freitag|vendredi|viernes|venerd[iì]|sexta|vrijdag|pi[aą]t(?:ek|ku))"
_SATURDAY = r"(?:saturday|samstag|samedi|s[aá]bado|sabato|zaterdag\w*|sobot\w*)"
_SUNSET_WORDS = (
    r"(?:sunset|sundown|sonnenuntergang|coucher du soleil|puesta (?:de|del) sol|tramonto|"
    r"p[ôo]r do sol|zonsondergang|zachod\w* s[łl]o[nń]ca)"
)
SABBATH_HOURS = re.compile(
    rf"\b(?:{_FRIDAY}\W+(?:\w+\W+){{0,3}}{_SUNSET_WORDS}|{_SUNSET_WORDS}\W+(?:\w+\W+){{0,3}}"
    rf"{_FRIDAY})\W+(?:\w+\W+){{0,4}}{_SATURDAY}",
    re.IGNORECASE,
)


def sabbath_hours(text: str) -> list[tuple[int, int]]:
    """The spans of the Sabbath's hours named as such, from Friday's sunset to Saturday
    (a keeper of them is found by the caller)."""
    return [m.span() for m in SABBATH_HOURS.finditer(text)]


# no meat for a day or a season of the Church: "no meat fridays in lent for me", "esta
# cuaresma nada de carne los viernes", "jutro bez mięsa, Popielec"
_NO_MEAT = (
    r"\b(?:no|without|sin|sans|pas de|ohne|kein\w*|senza|niente|sem|nada de|geen|zonder|bez)"
    r"\s+(?:\w+\s+)?(?:meat|carne|fleisch|viande|vlees|mi[ęe]s\w*)\b"
)
_CHURCH_DAYS = (
    r"\b(?:lent|cuaresma|fastenzeit|car[êe]me|quaresima|quaresma|vastentijd|"
    r"veertigdagentijd|wielk\w+ post\w*|popielec|ash wednesday|aschermittwoch|"
    r"mi[ée]rcoles de ceniza|mercredi des cendres|mercoled[iì] delle ceneri|"
    r"quarta-feira de cinzas|aswoensdag|good friday|karfreitag|vendredi saint|viernes santo|"
    r"venerd[iì] santo|sexta-feira santa|goede vrijdag|wielki pi[ąa]tek)\b"
)
_ABSTINENCE = re.compile(
    rf"{_NO_MEAT}[^.!?\n]{{0,60}}{_CHURCH_DAYS}|{_CHURCH_DAYS}[^.!?\n]{{0,60}}{_NO_MEAT}",
    re.IGNORECASE,
)
# an offer to many: a menu, a canteen, a shop's or a restaurant's dishes
_OFFERED = re.compile(
    r"\b(?:menu|men[uú]|speisekarte|carta|kantine|canteen|cantine|cantina|mensa|kantyna|"
    r"restaurant|restaurante|ristorante|restauracja|offer\w*|angebot|oferta|everyone|all staff)\b",
    re.IGNORECASE,
)


def abstinence_kept(text: str) -> list[tuple[int, int]]:
    """The spans of no meat kept for a day or a season of the Church, in a text that is no
    menu or offer to many: the writer's (or a named person's) observance."""
    if _OFFERED.search(text):
        return []
    return [m.span() for m in _ABSTINENCE.finditer(text)]


def fasting_in_season(text: str) -> list[tuple[int, int]]:
    """The spans of fast words in a text that names a season of fasting and whose writer
    speaks ("fasting during Ramadan, the 8am slot kills me"): the writer's own fast."""
    words = [(fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]
    folded = [w for w, _, _ in words]
    if FASTING.isdisjoint(folded) or {fold(s) for s in SEASONS}.isdisjoint(folded):
        return []
    if not first_person(folded):
        return []
    return [(s, e) for w, s, e in words if w in FASTING]


# "after" in the eight languages: eating only after the sunset is fasting until it
AFTER = frozenset("after nach apres despues dopo depois na po".split())
_OTHER_MEANINGS = frozenset("fast vast post".split())


def _until_sunset(words: list[str], after: bool) -> bool:
    """The sentence says "until" (or, when ``after``, "after") and then the sunset ("till
    sunset", "bis Sonnenuntergang", "hasta la puesta del sol", "erst nach
    Sonnenuntergang")."""
    return any(
        (word in UNTIL or (after and word in AFTER)) and _names_sunset(words[i + 1 :])
        for i, word in enumerate(words)
    )


def _names_sunset(words: list[str]) -> bool:
    if not SUNSET.isdisjoint(words[:4]):
        return True
    return any(
        SUNSET_PAIRS[w] in words[i + 1 : i + 4] for i, w in enumerate(words) if w in SUNSET_PAIRS
    )


# the rites of a life kept by a faith: burial, cremation, communion, baptism, confirmation
RITES = frozenset(
    """burial funeral cremation beerdigung bestattung begrabnis trauerfeier einascherung
    enterrement obseques inhumation cremation entierro sepelio funeral cremacion funerale
    sepoltura cremazione enterro sepultamento funeral cremacao begrafenis uitvaart crematie
    pogrzeb pochowek kremacja communion kommunion erstkommunion comunion comunione comunhao
    communie komunia komunii baptism christening taufe bapteme bautizo battesimo batizado
    doop chrzest confirmation firmung konfirmation confirmacion cresima crisma vormsel
    bierzmowanie""".split()
)


# "we" and "our", and the words of a parish or a congregation one goes with
_OURS = frozenset(
    """we our us wir unser unsere unserer unserem unseren uns nous notre nos nosotros
    nosotras nuestra nuestro nuestras nuestros noi nostro nostra nostri nostre nos nosso nossa
    nossos nossas wij ons onze nasza nasza naszej naszym naszego nasz""".split()
)
_WE_VERB = ("imos", "amos", "emos")  # a Spanish or Portuguese "we" verb: "hicimos", "fomos"
_PARISH_WORDS = (
    "parish", "parafi", "parroqu", "paroiss", "pfarr", "parochie", "parrocchi", "paroquia",
    "hermandad", "cofradia", "confraternit", "irmandade", "broederschap", "bractw",
    "congregation", "gemeinde", "kirchengemeinde",
)  # fmt: skip


# a household's meals: "en casa", "a família", "the family"
_HOUSEHOLD = frozenset(
    """home family familia família familie famille famiglia gezin rodzina rodziny thuis
    casa domu maison""".split()
)


def eaten_by_us(words: list[str]) -> bool:
    """ "We", "our", a "we" verb, or the household in a sentence: a diet a faith keeps that
    the writer's people eat ("en casa solo comemos halal", "per la cena di famiglia")."""
    return not _HOUSEHOLD.isdisjoint(words) or _said_by_us(words, _WE_VERB + ("iamo",))


def _said_by_us(words: list[str], verb_endings: tuple[str, ...]) -> bool:
    """ "We" or "our" in the sentence, or a verb that says "we" by its ending ("comemos")."""
    if not _OURS.isdisjoint(words):
        return True
    return any(w.endswith(verb_endings) and len(w) > 5 for w in words)


def with_our_parish(words: list[str]) -> bool:
    """A sentence with "we" or "our" and a parish or a brotherhood ("met de parochie op
    bedevaart", "con la parroquia", "z naszą parafią"): a rite the writer's people keep."""
    if not _said_by_us(words, _WE_VERB):
        return False
    return any(w.startswith(_PARISH_WORDS) for w in words)


def a_rite(words: list[str]) -> bool:
    """The sentence names a rite of a life (a burial, a communion, a baptism)."""
    return not RITES.isdisjoint(words)


# celebrating or keeping, said by the writer or with "we": "wir feiern Chanukka", "we
# celebrate Diwali", "wir halten den Schabbat"
CELEBRATE = frozenset(
    """celebrate celebrating celebrated feiern feiere feierten fetons fetez celebramos
    celebrando celebriamo festeggiamo festeggio comemoramos celebramos vieren vierden
    swietujemy obchodzimy
    keep keeps observe observes halten halte houden houd gardons observons observamos
    guardamos osserviamo rispettiamo przestrzegamy przestrzegam""".split()
)
_WE = frozenset("we wir nous nosotros noi nos wij my i ich je yo io eu ik ja".split())


def celebrated(words: list[str], index: int) -> bool:
    """A verb of celebrating within four words before the term, with "we" or "I" before it
    or a verb that says "we" itself ("celebramos", "świętujemy")."""
    for i in range(max(0, index - 4), index):
        if words[i] in CELEBRATE:
            own = words[i].endswith(("mos", "iamo", "ons", "my"))
            return own or not _WE.isdisjoint(words[max(0, i - 3) : i + 2])
    return False


_VEILED = re.compile(
    r"\b(?:(?:i |ive |i've |i have )?(?:wear|wore|worn|put on)|(?:je |j'ai |jai |g )?"
    r"(?:mets|mis|porte|porté|remis)|(?:ho |hai )?(?:messo|metto|porto|portato|indosso)|"
    r"(?:ich )?(?:trage|trug|getragen)|(?:llevo|llevé|me puse|me pongo|uso|usé)|"
    r"(?:uso|usei|coloquei|pus)|(?:draag|droeg|met)|(?:noszę|nosze|założyłam|zalozylam))\s+"
    r"(?:(?:seit|since|depuis|desde|da|sinds|od|today|heute|aujourd'hui|hoy|oggi|hoje|vandaag|"
    r"dziś|dzis|now|jetzt|maintenant|ahora|ora|agora|nu|teraz|also|auch|aussi|también|anche|"
    r"também|ook|też|tez)\s+){0,2}"
    r"(?:(?:my|mon|le|il|un|mein|meinen|ein|el|mi|o|meu|mijn|m'n|mn|een|t|de|moją|moja)\s+)?"
    r"(?:hijab|hidschab|hiyab|hidżab|hidzab|voile|velo|véu|veu|hoofddoek|kopftuch|chustę|"
    r"chuste|pañuelo|lenço|headscarf|niqab)\b",
    re.IGNORECASE,
)


def veil_worn(text: str) -> list[tuple[int, int]]:
    """The span of a veil or a headscarf the writer says they wear: a faith's practice."""
    return [m.span() for m in _VEILED.finditer(text)]
