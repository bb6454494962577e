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
    r"sua|o seu|a sua|zijn|haar|jego|jej|swoim|swoją|swojego)"
)
PARTNER_WORDS = {
    MALE: r"husband|hubby|boyfriend|ehemann|mann|freund|mari|copain|compagnon|marido|novio|"
    r"marito|ragazzo|compagno|namorado|companheiro|man|vriend|mąż|męża|mężem|chłopak|"
    r"chłopakiem|chłopaka|male partner",
    FEMALE: r"wife|girlfriend|ehefrau|frau|freundin|femme|copine|compagne|esposa|mujer|novia|"
    r"moglie|ragazza|compagna|mulher|namorada|companheira|vrouw|vriendin|żona|żoną|żony|"
    r"dziewczyna|dziewczyną|dziewczyny|female partner",
}
_PARTNER = {
    gender: re.compile(
        rf"\b(?P<who>{_FIRST_PERSON_POSSESSIVE}|{_THIRD_PERSON_POSSESSIVE}|a|an)\s+"
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
    r"\b(?:thanks|thank you|regards|cheers|best|grüße|gruß|viele grüße|lg|saludos|gracias|"
    r"cordialement|merci|grazie|saluti|cumprimentos|obrigad[oa]|groeten|bedankt|pozdrawiam|"
    r"dzięki)[,!.]?\s+(?P<c>[A-ZÀ-Ý][a-zà-ÿ]+)",
    re.IGNORECASE,
)
# grammatical gender of the writer
_WRITER_FORM = {
    FEMALE: re.compile(
        r"\b(?:by[łl]am|\w+[łl]am|jestem (?:zadowolona|szczęśliwa)|sono \w+(?:issima|ata|uta)|"
        r"estoy \w+(?:ada|ida|ísima)|estou \w+(?:ada|ida|íssima|morta)|je suis (?:ravie|contente|"
        r"mariée|heureuse))\b",
        re.IGNORECASE,
    ),
    MALE: re.compile(
        r"\b(?:by[łl]em|\w+[łl]em|sono \w+(?:issimo|ato|uto)|estoy \w+(?:ado|ido|ísimo)|"
        r"estou \w+(?:ado|ido|íssimo|morto)|je suis (?:ravi|content|marié|heureux))\b",
        re.IGNORECASE,
    ),
}
_PAIR = re.compile(
    r"\b(?:(?P<m>two men|two guys|zwei männer|deux hommes|dos chicos|dos hombres|due uomini|"
    r"due ragazzi|dois homens|dois rapazes|twee mannen|dwóch mężczyzn|dwaj mężczyźni)|"
    r"(?P<f>two women|two girls|zwei frauen|deux femmes|dos chicas|dos mujeres|due donne|"
    r"due ragazze|duas mulheres|duas raparigas|twee vrouwen|dwie kobiety))\b",
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
    r"\"partner\"",
    re.IGNORECASE,
)
_TITLES = {
    MALE: re.compile(r"\b(?:Mr|Sr|Sig|Herr|M|dhr|Pan|p)\.?(?=\s+[A-Z])"),
    FEMALE: re.compile(r"\b(?:Mrs|Ms|Sra|Sig\.ra|Frau|Mme|mevr|Pani)\.?(?=\s+[A-Z])"),
}
_NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]{2,}\b")
GATE_WORDS = frozenset(
    re.sub(r"[^\w|]", "", "|".join(PARTNER_WORDS.values()).replace(" ", "|")).split("|")
    + "men männer hommes chicos hombres uomini homens mannen mężczyzn women frauen femmes "
    "chicas mujeres donne mulheres vrouwen kobiety partner pareja unione unido geregistreerd "
    "lebenspartner pacs".split()
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
        name = (m.group("a") or m.group("b") or m.group("c") or "").lower()
        if name in genders:
            return genders[name]
    for gender, form in _WRITER_FORM.items():
        if form.search(text):
            return gender
    return None


def _subject_gender(sentence: str) -> str | None:
    found = {g for g, p in _PRONOUN.items() if p.search(sentence)}
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
    return spans


def _partnership(text: str) -> list[tuple[int, int]]:
    """A partnership field joining two people of one gender (by titles or first names)."""
    field = _PARTNERSHIP.search(text.replace("_", " "))
    if field is None:
        return []
    genders = name_genders()
    seen = [g for g, p in _TITLES.items() for _ in p.finditer(text)]
    seen += [
        genders[n.group().lower()] for n in _NAME.finditer(text) if n.group().lower() in genders
    ]
    if len(seen) >= 2 and len(set(seen)) == 1:
        return [field.span()]
    return []


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(".", at), text.find(";", at), text.find("\n", at)) if e >= 0]
    return text[start : min(ends) if ends else len(text)]
