"""Couples of one gender shown without a possessive partner word.

Two men or two women beside a couple's word ("two men … a double bed", "zwei Frauen,
Flitterwochen"), a partnership field joining two people of one gender (by titles, roles or
first names), and two fathers or two mothers of a child. Staff ("two guys from IT"),
children ("our two girls"), partner firms and siblings sharing a bed are none.
"""

from __future__ import annotations

import re

from troth.guard.orientation.genders import AFTER_NAME, FEMALE, MALE, NAME, gender_of
from troth.guard.orientation.partners import PARTNER_WORDS
from troth.guard.orientation.person import RELATIVE, TITLES, flattened

_PAIR = re.compile(
    r"\b(?:(?P<m>two men|two guys|zwei männer|deux hommes|dos chicos|dos hombres|due uomini|"
    r"due ragazzi|dois homens|dois rapazes|twee mannen|dwóch mężczyzn|dwaj mężczyźni|"
    r"both men|beide männer|allebei mannen|beiden mannen|dwoma mężczyznami|two grooms|"
    r"zwei bräutigame|twee bruidegoms|dwóch panów młodych|two husbands|zwei ehemänner|"
    r"deux maris|dos maridos|due mariti|dois maridos|dwóch mężów|deux mecs|deux gars|"
    r"zwei typen|zwei kerle|dos tíos|dwóch facetów|dwaj faceci|twee kerels|two lads|"
    r"two blokes|zwei jungs|twee jongens|dois caras)|"
    r"(?P<f>two women|two girls|zwei frauen|deux femmes|dos chicas|dos mujeres|due donne|"
    r"due ragazze|duas mulheres|duas raparigas|twee vrouwen|dwie kobiety|both women|"
    r"beide frauen|allebei vrouwen|beiden vrouwen|dwiema kobietami|two brides|zwei bräute|"
    r"deux mariées|dos novias|due spose|duas noivas|twee bruiden|dwie panny młode|two wives|"
    r"zwei ehefrauen|deux épouses|dos esposas|due mogli|duas esposas|dwie żony|deux nanas|"
    r"deux meufs|zwei mädels|twee meiden)|"
    # a couple named by its genders: "pareja de hombres", "coppia di donne", "Frauenpaar"
    r"(?P<mc>pareja de (?:hombres|chicos)|coppia di (?:uomini|ragazzi)|couple de (?:hommes|"
    r"mecs)|casal de (?:homens|rapazes)|männerpaar|stel van twee mannen|para mężczyzn)|"
    r"(?P<fc>pareja de (?:mujeres|chicas)|coppia di (?:donne|ragazze)|couple de (?:femmes|"
    r"filles)|casal de (?:mulheres|raparigas)|frauenpaar|stel van twee vrouwen|para kobiet))\b",
    re.IGNORECASE,
)
_COUPLE = re.compile(
    r"\b(?:double bed|doppelbett|lit double|grand lit|cama de matrimonio|cama doble|"
    r"letto matrimoniale|cama de casal|tweepersoonsbed|łóżko małżeńskie|"
    r"honeymoon|flitterwochen|lune de miel|luna de miel|luna di miele|lua de mel|huwelijksreis|"
    r"miesiąc miodowy|wedding|hochzeit|mariage|boda|matrimonio|casamento|bruiloft|ślub|"
    r"hochzeitstag|trouwdag|pareja|coppia|casal|"
    # married, or together as a couple: "noi due donne sposate da 3 anni"
    r"married|verheiratet|mariées|mariés|casadas|casados|sposate|sposati|getrouwd|"
    r"po ślubie|as a couple|als paar|en couple|en pareja|in coppia|como casal|als stel|"
    r"jako para)\b|" + "|".join(f"(?:{w})" for w in PARTNER_WORDS.values()),
    re.IGNORECASE,
)
# "our two girls", "unsere zwei Mädels": children, not a couple
_OURS = re.compile(
    r"\b(?:our|my|unsere?|meine|nos|nuestr[oa]s|mis|nostr[ei]|i nostri|le nostre|miei|mie|"
    r"nossos|nossas|os nossos|as nossas|meus|minhas|onze|mijn|nasze|naszych|moje|moich)\s+$",
    re.IGNORECASE,
)


def pair(text: str) -> list[tuple[int, int]]:
    """Two men or two women (two brides, two grooms, "dwóch facetów") beside a couple's
    word: a double bed, a honeymoon, a wedding, a partner. "Our two girls" are children,
    "two guys from IT" are staff."""
    if _COUPLE.search(text) is None:
        return []
    return [
        m.span()
        for m in _PAIR.finditer(text)
        if not _OURS.search(text, 0, m.start()) and not _FROM.match(text, m.end())
    ]


# "two guys from IT", "zwei Frauen vom Catering", "dos chicos del hotel": staff, no couple
_FROM = re.compile(
    r"\s+(?:from|of|at|vom|von|aus|de|del|des|du|da|do|di|dal|della|dello|van|uit|z|ze)\b",
    re.IGNORECASE,
)

# a partnership field and the people it joins
_PARTNERSHIP = re.compile(
    r"civil partner|civil partnership|lebenspartner\w*|eingetragene partnerschaft|pacs|pacsé|"
    r"pareja de hecho|unione civile|unit[àa] civile|unido de facto|união de facto|união estável|"
    # married to someone: "casada con Marta Llorente", "married to"
    r"casad[oa] co[nm]|married to|verheiratet mit|mariée? (?:à|avec)|sposat[oa] con|"
    r"getrouwd met|"
    r"geregistreerd partner\w*|partner życiowy|registered partner|domestic partner|"
    r"\"partner\"|partnerin|partner|ehepartner\w*|spouse|c[óo]nyuge|conjoint\w*|coniuge|"
    r"c[ôo]njuge|echtgeno\w*|ma[łl]żon\w*|ma[łl]żeństw\w*|marriage|mariage|matrimonio|"
    r"casamento|huwelijk|eheschließung|eheschliessung|trauung|expediente matrimonial|"
    # a spouse's field, a honeymoon, a couple's plan or category: "verhaeltnis": "Ehegatte",
    # "suite luna de miel", "plano casal", "categoria": "casal"
    r"ehegatt\w*|honeymoon|luna de miel|lune de miel|luna di miele|lua de mel|huwelijksreis|"
    r"flitterwochen|miesiąc miodowy|(?:plano|plan|categoria|categoría|category|tarifa|"
    r"abonnement|abbonamento|tariff)\W{0,4}(?:casal|pareja|couple|coppia|paar|stel|para)\b|"
    # a double bed booked for two
    r"double bed|doppelbett|lit double|grand lit|cama de matrimonio|cama doble|matrimonial\w*|"
    r"cama de casal|tweepersoonsbed|łóżko małżeńskie",
    re.IGNORECASE,
)

# a partner in business: "my business partner", "Geschäftspartner", "socio commerciale"
_BUSINESS = re.compile(
    r"(?:business|trading|sales|channel|reseller|handels|geschäfts|zaken|commercial|"
    r"biznesow\w*)\W*$",
    re.IGNORECASE,
)
# a firm's legal form: the partner it names is a business
_COMPANY = re.compile(
    r"\b(?:GmbH|AG|Ltd|Inc|LLC|plc|SARL|SAS|S\.[AL]\.|S\.r\.l\.|S\.p\.A\.|B\.V\.|N\.V\.|Lda|"
    r"Ltda|sp\. z o\.o\.)(?!\w)"
)
_FIRM = re.compile(
    _COMPANY.pattern + r"|\b(?:wspólni(?:k|cy|czk)\w*|spół\w+|associé\w*|soci[oa]s?|sóci[oa]s?|"
    r"gesellschafter\w*|vennoot\w*|vennoten|co-?founders?|cofundador\w*|mitgründer\w*|"
    r"cofondat\w*|medeoprichter\w*|współzałożyciel\w*)\b",
    re.IGNORECASE,
)

# the employee a partnership field belongs to, named by a word of one gender
_ROLES = {
    MALE: re.compile(
        r"\b(?:Mitarbeiter|Angestellter|empleado|salarié|dipendente uomo|funcionário|"
        r"colaborador|medewerker|pracownik)\b",
        re.IGNORECASE,
    ),
    FEMALE: re.compile(
        r"\b(?:Mitarbeiterin|empleada|salariée|funcionária|colaboradora|"
        r"medewerkster|pracownica|dipendente donna)\b",
        re.IGNORECASE,
    ),
}

# two fathers or two mothers of a child; an Italian civil union (same-sex by law)
_TWO_PARENTS = re.compile(
    r"\b(?:two (?:dads|daddies|mums|moms|mothers|fathers)|zwei (?:papas|väter|mamas|mütter)|"
    r"deux (?:papas|mamans|pères|mères)|dos (?:papás|papas|mamás|mamas|padres varones)|"
    r"due (?:papà|papa|mamme)|dois pais homens|duas mães|duas maes|twee (?:vaders|papa's|"
    r"moeders|mama's)|dw(?:óch|och) (?:tatusiów|ojców)|dwie (?:mamy|matki)|"
    r"unione civile|unit[oa] civilmente)\b",
    re.IGNORECASE,
)

# a partner field whose value gives the partner's gender: "partner": "male"
_PARTNER_VALUE = re.compile(
    r"\b(?:partner|partnerin|spouse|pareja|partenaire|compagno|parceiro|partnerka)\W{0,3}"
    r"[:=]\s*\W{0,2}(?:(?P<m>male|man|männlich|homme|hombre|uomo|maschio|homem|masculino|"
    r"mężczyzna)|(?P<f>female|woman|weiblich|femme|mujer|donna|femmina|mulher|feminino|"
    r"kobieta))\b",
    re.IGNORECASE,
)


def partnership(text: str) -> list[tuple[int, int]]:
    """A partnership field joining two people of one gender (by titles or first names)."""
    field = _PARTNERSHIP.search(text.replace("_", " "))
    if field is None or _BUSINESS.search(text, 0, field.start()):
        return []
    if field.group().lower().strip('"').startswith("partner") and _FIRM.search(text):
        return []  # a partner firm: "partner: Acme GmbH", "wspólnicy spółki"
    if RELATIVE.search(text):
        return []  # "letto matrimoniale per i fratelli Marco e Luca"
    # a title after a first name is a middle initial: "Shane M Culp"
    seen = [
        g
        for g, p in TITLES.items()
        for t in p.finditer(text)
        if not AFTER_NAME.search(text, 0, t.start())
    ]
    for n in NAME.finditer(text):
        gender = gender_of(n.group())
        if gender is not None and not AFTER_NAME.search(text, 0, n.start()):
            seen.append(gender)
    if len(seen) < 2:
        # (an employee's word is weaker than a name: Dutch "medewerker" is said of women too)
        seen += [g for g, p in _ROLES.items() for _ in p.finditer(text)]
        seen += [MALE if v.group("m") else FEMALE for v in _PARTNER_VALUE.finditer(text)]
    if len(seen) >= 2 and len(set(seen)) == 1:
        return [field.span()]
    return []


def two_parents(text: str) -> list[tuple[int, int]]:
    """Two fathers or two mothers of a child, and an Italian civil union (also in a file
    name)."""
    return [m.span() for m in _TWO_PARENTS.finditer(flattened(text))]


# two women together for a time, told in a feminine plural: "estamos juntas há dois anos",
# "llevamos juntas tres años" (Portuguese and Spanish say the couple's gender in "juntas")
_TOGETHER = re.compile(
    r"\b(?:estamos|llevamos|ficamos|andamos)\s+juntas\s+"
    r"(?:(?:há|hace|faz)\s+(?:\w+\s+){0,2}(?:anos|años|meses|ano|año|mes)\b|"
    r"(?:\w+\s+)?(?:anos|años|meses)\b|desde (?:19|20)\d\d)",
    re.IGNORECASE,
)


def together(text: str) -> list[tuple[int, int]]:
    """Two women together as a couple for some time, in a feminine plural."""
    return [m.span() for m in _TOGETHER.finditer(text)]


# the parents' fields of a child's record: "Parent 2: Daniel Webb", "Genitore 2: Federica
# Longo (madre)", "Sorgeberechtigte: Julia Brandt (Mutter), …"
_PARENT_FIELD = re.compile(
    r"\b(?:parent|genitore|progenitor[ae]?|elternteil|ouder|rodzic|responsável|"
    r"responsable)\s*[12]\s*[:=]\s*\W{0,2}(?P<n>[^\W\d_]+)|\bsorgeberechtigte\b",
    re.IGNORECASE,
)
# a parent's role in brackets after their name: "(madre)", "(Mutter, Stiefkindadoption)"
_PARENT_ROLE = {
    FEMALE: re.compile(r"\((?:mutter|madre|mère|mãe|moeder|matka|mother|mum|mom)\b", re.I),
    MALE: re.compile(r"\((?:vater|padre|père|pai|vader|ojciec|father|dad)\b", re.I),
}


def parents_record(text: str) -> list[tuple[int, int]]:
    """A child's record whose two parents are of one gender, by the names in the parents'
    fields or by the roles in brackets after them."""
    fields = list(_PARENT_FIELD.finditer(text))
    if not fields:
        return []
    roles = [g for g, p in _PARENT_ROLE.items() for _ in p.finditer(text)]
    names = [gender_of(f.group("n")) for f in fields if f.group("n")]
    for seen in (roles, [g for g in names if g is not None]):
        if len(seen) >= 2 and len(set(seen)) == 1:
            return [fields[0].span()]
    return []
