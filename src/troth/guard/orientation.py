"""Sexual orientation shown by a relationship: a partner of the same gender as the person.

"me and my husband" from Tom, "minha mulher" signed by Sara, "il vit avec son compagnon",
"two men ... a double bed", a civil partnership between two men. The gender of a person
comes from a first name (the male and female first-name lists Faker ships), a pronoun, a
title ("Sr.", "Sig.ra", "dhr.") or a grammatical form ("byłam", "sono felicissima").
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

MALE, FEMALE = "m", "f"
_LOCALES = (
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "pt_PT",
    "pt_BR",
    "nl_NL",
    "pl_PL",
)
_FIRST_PERSON_POSSESSIVE = (
    r"(?:my|mein(?:em|en|er|e)?|mon|ma|mi|mio|mia|il mio|la mia|meu|minha|o meu|a minha|mijn|"
    r"mój|moja|moją|mojego|mojej|moim|z moją|z moim)"
)
_THIRD_PERSON_POSSESSIVE = (
    r"(?:his|her|sein(?:em|en|er|e)?|ihr(?:em|en|er|e)?|son|sa|su|suo|sua|il suo|la sua|seu|"
    r"sua|o seu|a sua|zijn|haar|jego|jej|swoim|swoją|swojego|swojej|swojemu|swój|swoja)"
)
PARTNER_WORDS = {
    MALE: r"husband|hubby|boyfriend|ehemann|mann|freund|lebenspartner|lebensgefährte|mari|"
    r"copain|compagnon|marido|esposo|époux|novio|"
    r"marito|ragazzo|compagno|namorado|companheiro|man|vriend|mąż|męża|mężem|chłopak|"
    r"chłopakiem|chłopaka|partnera|partnerem|male partner",
    FEMALE: r"wife|girlfriend|ehefrau|frau|freundin|femme|épouse|copine|compagne|esposa|"
    r"mujer|novia|moglie|ragazza|compagna|mulher|namorada|companheira|vrouw|vriendin|żona|żoną|żony|"
    r"dziewczyna|dziewczyną|dziewczyny|partnerka|partnerki|partnerkę|partnerką|female partner",
}
_PARTNER = {
    gender: re.compile(
        rf"\b(?P<who>{_FIRST_PERSON_POSSESSIVE}|{_THIRD_PERSON_POSSESSIVE}|a|an)\s+"
        rf"(?:(?:eingetragene[nr]?|registered|geregistreerde|nuevo|nueva|neue[nr]?|new)\s+)?"
        rf"(?P<partner>{words})\b",
        re.IGNORECASE,
    )
    for gender, words in PARTNER_WORDS.items()
}
_FIRST = re.compile(rf"^{_FIRST_PERSON_POSSESSIVE}$", re.IGNORECASE)
_PRONOUNS = {
    MALE: r"he|him|er|il|él|lui|ele|hij|on|the member said he|assistito|versicherter|assuré|"
    r"asegurado|segurado|verzekerde man|ubezpieczony",
    FEMALE: r"she|her|sie|elle|ella|lei|ela|zij|ona|assistita|versicherte|assurée|asegurada|"
    r"segurada|ubezpieczona",
}
_PRONOUN = {g: re.compile(rf"\b(?:{w})\b", re.IGNORECASE) for g, w in _PRONOUNS.items()}
# the writer named: "Tom here", "soy Javi", "Thanks, Rebecca", "Cumprimentos, Sara Alves"
_WRITER = re.compile(
    r"(?:^|[.!?]\s+)(?P<a>[A-ZÀ-Ý][a-zà-ÿ]+)\s+here\b|\b(?:i'm|i am|this is|soy|je suis|"
    r"ich bin|sono|sou|ik ben|jestem|c'est|aquí|hier ist)\s+(?P<b>[A-ZÀ-Ý][a-zà-ÿ]+)\b|"
    r"\b(?:thanks|thank you|regards|cheers|best|grüße|grüßen|gruß|viele grüße|lg|saludos|"
    r"saludo|gracias|atentamente|cordialement|merci|grazie|saluti|cumprimentos|abraços|"
    r"obrigad[oa]|groeten|groet|bedankt|pozdrawiam|pozdrowienia|"
    r"dzięki|signed|firmado|firmato|signé|assinado|gezeichnet|gez|getekend|"
    r"podpisano)[,!.:]?\s+(?P<c>[A-ZÀ-Ý][a-zà-ÿ]+)|"
    # a first name and a surname closing the text after a comma: "…, Carlos Vidal"
    r",\s*(?P<f>[A-ZÀ-Ý][a-zà-ÿ]+)\s+[A-ZÀ-Ý][a-zà-ÿ]+\.?\s*$|"
    r"\b(?:my name is|mein name ist|ich heiße|"
    r"je m'appelle|me llamo|mi chiamo|o meu nome é|meu nome é|chamo-me|mijn naam is|ik heet|"
    r"nazywam się|mam na imię)\s+(?P<d>[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+)|"
    r"\s[—–-]\s*(?P<e>[A-ZÀ-Ý][a-zà-ÿ]+)\s*$",
    re.IGNORECASE,
)
# "estoy", "estou", "tô" and an adjective whose ending gives the writer's gender
_ESTOY = (
    r"(?:estoy|estou|tô|me siento|me sinto|fiquei|quedé)\s+"
    r"(?:(?:muito|muy|tão|tan|super|bem|bastante|meio|medio|mega|un poco|um pouco)\s+)?"
)
# grammatical gender of the writer
_WRITER_FORM = {
    FEMALE: re.compile(
        r"\b(?:by[łl]am|\w+[łl]am|jestem (?:zadowolona|szczęśliwa)|sono \w+(?:issima|ata|uta)|"
        r"estoy \w+(?:ada|ida|ísima)|estou \w+(?:ada|ida|íssima|morta)|je suis (?:ravie|contente|"
        r"mariée|heureuse)|\w+[łl]yśmy|je suis une (?:meuf|femme|fille|nana)|"
        r"sono una (?:ragazza|donna)|soy una (?:chica|mujer)|sou uma (?:mulher|rapariga|menina)|"
        r"ik ben een (?:vrouw|meisje|meid)|ich bin (?:eine frau|ein mädchen)|"
        r"i'?m a (?:woman|girl)|jestem (?:kobietą|dziewczyną)|nosotras|nós duas|my obie|"
        rf"{_ESTOY}(?!(?:nada|ahora|agora|para|fora|fuera|casa|cama|toda|hora)\b)\w{{2,}}a)\b",
        re.IGNORECASE,
    ),
    MALE: re.compile(
        r"\b(?:by[łl]em|\w+[łl]em|sono \w+(?:issimo|ato|uto)|estoy \w+(?:ado|ido|ísimo)|"
        r"estou \w+(?:ado|ido|íssimo|morto)|je suis (?:ravi|content|marié|heureux)|"
        rf"{_ESTOY}(?!(?:como|todo|tipo|muito|medio|meio)\b)\w{{2,}}(?<!nd)o)\b",
        re.IGNORECASE,
    ),
}
_PAIR = re.compile(
    r"\b(?:(?P<m>two men|two guys|zwei männer|deux hommes|dos chicos|dos hombres|due uomini|"
    r"due ragazzi|dois homens|dois rapazes|twee mannen|dwóch mężczyzn|dwaj mężczyźni|"
    r"both men|beide männer|allebei mannen|beiden mannen|dwoma mężczyznami)|"
    r"(?P<f>two women|two girls|zwei frauen|deux femmes|dos chicas|dos mujeres|due donne|"
    r"due ragazze|duas mulheres|duas raparigas|twee vrouwen|dwie kobiety|both women|"
    r"beide frauen|allebei vrouwen|beiden vrouwen|dwiema kobietami))\b",
    re.IGNORECASE,
)
_COUPLE = re.compile(
    r"\b(?:double bed|doppelbett|lit double|grand lit|cama de matrimonio|cama doble|"
    r"letto matrimoniale|cama de casal|tweepersoonsbed|łóżko małżeńskie|"
    r"honeymoon|flitterwochen|lune de miel|luna de miel|luna di miele|lua de mel|huwelijksreis|"
    r"miesiąc miodowy|wedding|hochzeit|mariage|boda|matrimonio|casamento|bruiloft|ślub)\b|"
    + "|".join(f"(?:{w})" for w in PARTNER_WORDS.values()),
    re.IGNORECASE,
)
# a partnership field and the people it joins
_PARTNERSHIP = re.compile(
    r"civil partner|civil partnership|lebenspartner\w*|eingetragene partnerschaft|pacs|pacsé|"
    r"pareja de hecho|unione civile|unido de facto|união de facto|união estável|"
    r"geregistreerd partner\w*|partner życiowy|registered partner|domestic partner|"
    r"\"partner\"|partnerin|partner|ehepartner\w*|spouse|c[óo]nyuge|conjoint\w*|coniuge|"
    r"c[ôo]njuge|echtgeno\w*|ma[łl]żon\w*|ma[łl]żeństw\w*|marriage|mariage|matrimonio|"
    r"casamento|huwelijk",
    re.IGNORECASE,
)
_TITLES = {
    MALE: re.compile(r"\b(?:Mr|Sr|Sig|Herr|M|[Dd]hr|Pan|pan|panem|p|D|Don)\.?(?=\s+[A-Z])"),
    FEMALE: re.compile(
        r"\b(?:Mrs|Ms|Sra|Sig\.ra|Frau|Mme|[Mm]evr|Pani|pani|panią|Dña|Doña)\.?(?=\s+[A-Z])"
    ),
}
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
# the writer's own title: "I'm Mr Tom Hale"
_I_AM = r"\b(?:I'm|I am|ich bin|je suis|soy|sono|sou|ik ben|jestem)\s+"
_WRITER_TITLE = {
    MALE: re.compile(_I_AM + r"(?:Mr|Herr|M|Sr|Sig|dhr|pan)\b\.?"),
    FEMALE: re.compile(_I_AM + r"(?:Mrs|Ms|Frau|Mme|Sra|mevr|pani)\b\.?"),
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
_NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]{2,}\b")
_AFTER_NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]{2,} $")  # a surname follows a first name
GATE_WORDS = frozenset(
    re.sub(r"[^\w|]", "", "|".join(PARTNER_WORDS.values()).replace(" ", "|")).split("|")
    + "men männer hommes chicos hombres uomini homens mannen mężczyzn women frauen femmes "
    "chicas mujeres donne mulheres vrouwen kobiety mężczyznami kobietami partner pareja "
    "married casei casé sposato épousé getrouwd geheiratet ożeniłem wyszłam "
    "unione unido geregistreerd "
    "lebenspartner pacs partnerin spouse cónyuge conyuge conjoint conjointe coniuge cônjuge "
    "conjuge echtgenoot echtgenote małżonek małżonka małżeństwa małżeństwo marriage mariage "
    "matrimonio casamento huwelijk dads daddies mums moms papas papás papà papa vaders mamas "
    "mamás mamme mães mamans ojców tatusiów civile civilmente esposo épouse époux epoux "
    "epouse fidanzato fidanzata echtgenoot echtgenote ehefrau ehemann".split()
)


@lru_cache(maxsize=1)
def name_genders() -> dict[str, str]:
    """First name (lower case) -> "m" or "f", for names only one of Faker's lists holds."""
    male: set[str] = set()
    female: set[str] = set()
    for locale in _LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        male.update(n.lower() for n in getattr(provider, "first_names_male", ()))
        female.update(n.lower() for n in getattr(provider, "first_names_female", ()))
    genders = {n: MALE for n in male - female}
    genders.update({n: FEMALE for n in female - male})
    return genders


def writer_gender(text: str) -> str | None:
    """The gender of whoever wrote ``text``, when a name or a form says it."""
    genders = name_genders()
    for m in _WRITER.finditer(text):
        name = next((g for g in m.groups() if g), "").lower()
        if name in genders:
            return genders[name]
    for gender, title in _WRITER_TITLE.items():
        if title.search(text):
            return gender
    for gender, form in _WRITER_FORM.items():
        if form.search(text):
            return gender
    return None


def _subject_gender(sentence: str) -> str | None:
    """The gender of the sentence's person: its pronouns, or else its titles ("M. Martin
    déclare son mari", "Dhr. Visser geeft zijn man op")."""
    found = {g for g, p in _PRONOUN.items() if p.search(sentence)}
    if not found:
        found = {g for g, p in _TITLES.items() if p.search(sentence)}
    return found.pop() if len(found) == 1 else None


# the writer married someone named: "Casei com o Rui", "me casé con Andrés"
_MARRIED = re.compile(
    r"\b(?:i married|married to|casei com(?: o| a)?|me casé con|ho sposato|j'ai épousé|"
    r"ik ben getrouwd met|ich habe|ożeniłem się z|wyszłam za)\s+(?P<n>[A-ZÀ-Ý][a-zà-ÿ]+)"
    r"(?:\s+geheiratet)?",
    re.IGNORECASE,
)


def _married(text: str) -> list[tuple[int, int]]:
    """The writer married someone of the writer's own gender, named."""
    out = []
    genders = name_genders()
    for m in _MARRIED.finditer(text):
        if m.group().lower().startswith("ich habe") and "geheiratet" not in m.group().lower():
            continue
        partner = genders.get(m.group("n").lower())
        if partner is not None and partner == writer_gender(text):
            out.append(m.span())
    return out


# words for a spouse or a partner of one gender only, never for a friend or a man or a woman
_SPOUSE = {
    MALE: r"husband|hubby|boyfriend|ehemann|mari|époux|epoux|marido|esposo|marito|fidanzato|"
    r"echtgenoot|namorado|novio|mąż|męża|mężem|chłopak|chłopaka|chłopakiem|copain",
    FEMALE: r"wife|girlfriend|ehefrau|épouse|epouse|esposa|moglie|fidanzata|echtgenote|"
    r"namorada|novia|żona|żony|żoną|dziewczyna|dziewczyny|dziewczyną|copine",
}
_GENDER_OF_SPOUSE = {word: gender for gender, words in _SPOUSE.items() for word in words.split("|")}
_ANY_SPOUSE = "|".join(_SPOUSE.values())
# a possessive that says whose partner it is: "his husband", "jej dziewczyna"
_OWNER = {"his": MALE, "jego": MALE, "her": FEMALE, "jej": FEMALE}
_OWNED = re.compile(rf"\b(?P<who>his|her|jego|jej)\s+(?P<partner>{_ANY_SPOUSE})\b", re.I)
# "o namorado dele", "a esposa dela"
_OWNED_AFTER = re.compile(rf"\b(?P<partner>{_ANY_SPOUSE})\s+(?P<who>dele|dela)\b", re.I)
# the spouse after an article, of a person named by a title: "Sra. Costa inclui a esposa"
_THE_SPOUSE = re.compile(
    r"\b(?:a|o|la|el|il|le|l'|der|die|de)\s+(?P<partner>esposa|esposo|marido|mari|époux|"
    r"épouse|moglie|marito|ehefrau|ehemann|echtgenote|echtgenoot)\b",
    re.IGNORECASE,
)
# the writer as someone's partner: "as his boyfriend", "en tant que son copain"
_AS_PARTNER = re.compile(
    r"\b(?:as|en tant que|comme|como|come|als|jako)\s+(?P<who>his|her|son|sa|su|suo|sua|seu|"
    rf"sein|seine|ihr|ihre|zijn|haar|jego|jej)\s+(?P<partner>{_ANY_SPOUSE})\b",
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


def _owned_partner(text: str) -> list[tuple[int, int]]:
    """A partner of the same gender as whoever the possessive or a title names."""
    spans = []
    for pattern in (_OWNED, _OWNED_AFTER):
        for m in pattern.finditer(text):
            who = m.group("who").lower()
            owner = _OWNER.get(who) or (MALE if who == "dele" else FEMALE)
            if _GENDER_OF_SPOUSE.get(m.group("partner").lower()) == owner:
                spans.append(m.span("partner"))
    for m in _THE_SPOUSE.finditer(text):
        person = _subject_gender(_sentence(text, m.start()))
        if person is not None and _GENDER_OF_SPOUSE.get(m.group("partner").lower()) == person:
            spans.append(m.span("partner"))
    for m in _AS_PARTNER.finditer(text):
        of = _OWNER.get(m.group("who").lower()) or _named_gender(text)
        if of is not None and _GENDER_OF_SPOUSE.get(m.group("partner").lower()) == of:
            spans.append(m.span("partner"))
    return spans


def _named_gender(text: str) -> str | None:
    """The one gender of the first names a text holds, when they all have the same."""
    genders = name_genders()
    found = {
        genders[n.group().lower()] for n in _NAME.finditer(text) if n.group().lower() in genders
    }
    return found.pop() if len(found) == 1 else None


def same_gender_partner(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that show a same-gender relationship."""
    spans: list[tuple[int, int]] = []
    writer: str | None | bool = False  # False: not worked out yet
    for gender, pattern in _PARTNER.items():
        for m in pattern.finditer(text):
            who = m.group("who")
            if who.lower() in ("a", "an"):
                if "partner" not in m.group("partner").lower():
                    continue
                person = _subject_gender(_sentence(text, m.start()))
            elif _FIRST.match(who):
                if writer is False:
                    writer = writer_gender(text)
                person = writer  # type: ignore[assignment]
            else:
                person = _subject_gender(_sentence(text, m.start()))
            if person == gender:
                spans.append(m.span("partner"))
    for m in _PAIR.finditer(text):
        if _COUPLE.search(text):
            spans.append(m.span())
    spans += _partnership(text)
    spans += _owned_partner(text)
    spans += _married(text)
    spans += [m.span() for m in _TWO_PARENTS.finditer(text)]
    return spans


def _partnership(text: str) -> list[tuple[int, int]]:
    """A partnership field joining two people of one gender (by titles or first names)."""
    field = _PARTNERSHIP.search(text.replace("_", " "))
    if field is None:
        return []
    genders = name_genders()
    seen = [g for g, p in _TITLES.items() for _ in p.finditer(text)]
    seen += [g for g, p in _ROLES.items() for _ in p.finditer(text)]
    seen += [MALE if v.group("m") else FEMALE for v in _PARTNER_VALUE.finditer(text)]
    seen += [
        genders[n.group().lower()]
        for n in _NAME.finditer(text)
        if n.group().lower() in genders and not _AFTER_NAME.search(text, 0, n.start())
    ]
    if len(seen) >= 2 and len(set(seen)) == 1:
        return [field.span()]
    return []


_STOP = re.compile(
    r"[;\n]|(?<!\b[A-Za-z])(?<!\b[A-Z][a-z])(?<!\b[Dd]hr)(?<!\bMrs)(?<!\bSig)(?<!\bSra)(?<!\bMme)(?<!\bDña)\."
)


def _sentence(text: str, at: int) -> str:
    """The sentence around ``at``; a title's full stop ("M. Martin", "dhr. Visser") ends none."""
    stops = [m.start() for m in _STOP.finditer(text)]
    start = max((i for i in stops if i < at), default=-1) + 1
    end = min((i for i in stops if i >= at), default=len(text))
    return text[start:end]
