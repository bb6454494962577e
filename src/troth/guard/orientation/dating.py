"""Dating profiles and romantic dates.

A person of a known gender seeking the same gender ("gender: man … seeking: men", "vrouw
zoekt vrouw", "cerca uomini"), and a date or an anniversary with someone named whose
gender is the writer's ("Cena con Sara ❤️ anniversario 2 anni – io: Chiara"). A search
for everyone ("men, women and children") or for a cleaner ("une femme de ménage"), and a
company's or a shop's anniversary, say nothing.
"""

from __future__ import annotations

import re

from troth.guard.gates import words_of
from troth.guard.orientation.genders import CAP_NAME, FEMALE, MALE, gender_of, named_gender
from troth.guard.orientation.person import TITLES, flattened
from troth.guard.orientation.writer import writer_gender

# a man or men, a woman or women, in the eight languages
_MEN = (
    r"men|man|guys?|males?|männer|mann|männlich|hommes?|mecs?|hombres?|chicos?|uomini|uomo|"
    r"ragazzi|homem|homens|rapazes|mannen|mężczyzn\w*|facet\w*"
)
_WOMEN = (
    r"women|woman|girls|females?|frauen|frau|weiblich|femmes?|mujer(?:es)?|chicas?|donn[ae]|"
    r"ragazze|mulher(?:es)?|raparigas|vrouwen?|kobiet\w*"
)
_ARTICLE = r"(?:(?:a|an|un|une|una|uno|um|uma|ein|eine|einen|een|solo|solo|only|nur)\s+)?"
_SEEK = (
    r"seeking|seeks|looking[_ ]for|interested[_ ]in|searching[_ ]for|op[_ ]zoek[_ ]naar|"
    r"auf[_ ]der[_ ]suche[_ ]nach|en[_ ]busca[_ ]de|in[_ ]cerca[_ ]di|w[_ ]poszukiwaniu|"
    r"sucht|suche|suchen|cherche|"
    r"recherche|busca|busco|buscando|procura|procuro|procurando|cerca|cerco|cercando|zoekt|"
    r"zoek|zoeken|szuka\w*|"
    r"poszukuj\w+|intéressée? par|interessad[oa] em|interesad[oa] en|interessat[oa] a|"
    r"geïnteresseerd in|interesuj\w+ się"
)
# the words of a search (a text without one is not read for a dating profile)
_SEEK_WORDS = frozenset(
    "seeking seeks looking interested searching sucht suche suchen cherche recherche busca "
    "busco buscando procura procuro procurando cerca cerco cercando zoekt zoek zoeken "
    "intéressé intéressée interessado interessada interesado interesada interessato "
    "interessata geïnteresseerd".split()
)
_SEEK_STEMS = ("szuka", "poszuk", "interesuj")
# nothing but a stop, a number, a list or an age range follows what is sought: "cerca uomini."
# ("cherche une femme de ménage", "busca una mujer para limpiar" seek no partner)
_SOUGHT_END = (
    r"(?!['’]s\b)(?=\s*(?:$|[^\w\s]|\d|(?:and|und|et|y|e|i|en|or|oder|ou|o|lub)\b|"
    r"(?:aged|between|tussen|entre|tra|w wieku|im alter von|de|di|van|von|od)\s+\d))"
)
_SOUGHT = re.compile(
    # who seeks may stand first: "men seeking men", "vrouw zoekt vrouw"
    rf"(?:\b(?:(?P<pm>{_MEN})|(?P<pf>{_WOMEN}))\W{{1,3}})?\b(?:{_SEEK})\b\W{{0,6}}{_ARTICLE}(?:(?P<m>{_MEN})|(?P<f>{_WOMEN}))\b{_SOUGHT_END}|"
    # a file name or a list: the men or the women before the verb ("vrouwen zoeken")
    rf"\b(?:(?P<m2>{_MEN})|(?P<f2>{_WOMEN}))\W{{1,3}}(?:{_SEEK})\b\W*(?:[a-z0-9]{{2,4}}\W*)?$",
    re.IGNORECASE,
)
# the person's own gender: a profile field ("gender": "man"), "Je suis : un homme"
_OWN_GENDER = re.compile(
    r"\b(?:gender|sex|geschlecht|genre|sexe|g[ée]nero|sexo|sesso|genere|geslacht|p[łl]e[ćc]|"
    r"i am|i'm|je suis|ich bin|soy|sono|sou|ik ben|jestem)\b\W{0,6}"
    rf"{_ARTICLE}(?:(?P<m>{_MEN}|m)|(?P<f>{_WOMEN}|f))\b",
    re.IGNORECASE,
)


def dating(text: str) -> list[tuple[int, int]]:
    """A person of a known gender seeks the same gender, as dating profiles and apps say it:
    a gender field or "I am a man" beside "seeking: men", "cerca uomini", "sucht Männer",
    "zoekt vrouwen", "szuka kobiet", or an export named "…-Anouk-vrouwen-zoeken". The person
    is told by the field, else by a title ("il sig. Marini"), the writer's name or a first
    name in the text."""
    seen = words_of(text)
    if _SEEK_WORDS.isdisjoint(seen) and not any(w.startswith(_SEEK_STEMS) for w in seen):
        return []
    flat = flattened(text)
    spans = []
    for m in _SOUGHT.finditer(flat):
        sought = MALE if m.group("m") or m.group("m2") else FEMALE
        if _BOTH[sought].match(flat, m.end(), m.end() + 25):
            continue  # "looking for men, women and children"
        person = _seeker(flat, m)
        if person == sought:
            spans.append(m.span())
    return spans


# the other gender right after what is sought: everyone is sought, no partner
_BOTH = {
    MALE: re.compile(rf"\W*(?:and|und|et|y|e|i|en|or|oder|ou|o|lub)?\W*(?:{_WOMEN})\b", re.I),
    FEMALE: re.compile(rf"\W*(?:and|und|et|y|e|i|en|or|oder|ou|o|lub)?\W*(?:{_MEN})\b", re.I),
}
# a dating profile, app or export: where a title or a name alone may tell who seeks
_PROFILE = re.compile(
    r"\b(?:profile?|perfil|profilo|profiel|profilu|dating\w*|apps?|export\w*|match\w*|"
    r"swipe\w*|incontri|rencontres?|citas|encontros|randk\w*|partnersuche|partnerbörse)\b",
    re.IGNORECASE,
)


def _seeker(flat: str, sought: re.Match[str]) -> str | None:
    """The gender of whoever seeks: the word before the verb or a gender field; in a dating
    profile, app or export also a title, the writer, or the one gender of the first names
    (a choir or a team seeking women says nothing of Anna who posts it)."""
    if sought.group("pm") or sought.group("pf"):
        return MALE if sought.group("pm") else FEMALE
    for own in _OWN_GENDER.finditer(flat):
        if own.end() <= sought.start() or own.start() >= sought.end():
            return MALE if own.group("m") else FEMALE
    if _PROFILE.search(flat) is None:
        return None
    titles = {g for g, p in TITLES.items() if p.search(flat)}
    if len(titles) == 1:
        return titles.pop()
    return writer_gender(flat) or named_gender(flat)


# a date with someone named: an anniversary of the couple, the how-manyth date
_DATE_MARK = re.compile(
    # (French "anniversaire" and Portuguese "aniversário" alone are birthdays)
    r"\b(?:anniversary|jahrestag|anniversario|aniversario|rocznic\w+|trouwdag|"
    r"notre anniversaire|anniversaire de (?:mariage|rencontre|couple)|nosso aniversário|"
    r"aniversário de (?:namoro|casamento)|"
    r"de namoro|de noviazgo|di fidanzamento|valentine\w*|san valentino|dia dos namorados|"
    r"walentynki|saint[- ]valentin|san valent[íi]n|valentijn\w*|date night|"
    r"(?:first|second|third|\d+(?:st|nd|rd|th|°|º|ª|e|\.)?|primo|secondo|terzo|primer|"
    r"primeira|segunda|segundo|premier|deuxième|erstes|zweites|eerste|tweede|pierwsza|druga)"
    r"\s+(?:date|appuntamento|cita|encontro|rendez-vous|afspraakje|randka))",
    re.IGNORECASE,
)
# "with Sara", "com o Miguel", "mit der Anna", "z Kubą"
_WITH_NAME = re.compile(
    r"\b(?:with|mit(?: (?:der|dem))?|avec|con(?: (?:la|el))?|com(?: (?:o|a))?|met|z|ze|col|"
    rf"colla|cu)\s+(?P<n>{CAP_NAME})"
)
# an anniversary or a date of a company, a shop or a contract is none of a couple
_NOT_A_COUPLE = re.compile(
    r"\b(?:company|firm\w*|firmen\w*|shop|store|contract|vertrag\w*|empresa|azienda\w*|"
    r"aziendale|entreprise|bedrijf\w*|firmy|sklepu|loja|negozio|tienda|magasin|winkel|"
    r"delivery|lieferung|livraison|entrega|consegna|levering|dostawy|dentist\w*|médico|medico|"
    r"arzt|doctor|lekarz\w*|dokter|médecin|client\w*|kunde\w*|klient\w*|campaign|"
    r"kampagne|campagne|campaña|campagna|campanha|kampani\w*|promo\w*|newsletter|"
    # a work anniversary, an appointment with a professional
    r"work|job|arbeit\w*|dienst\w*|lavoro|trabajo|travail|trabalho|werk|pracy|"
    r"accountant|lawyer|notary|advis[eo]r|commercialista|avvocat\w*|notai\w*|consulent\w*|"
    r"anwalt\w*|steuerberater\w*|notar\w*|abogad\w*|advogad\w*|avocat\w*|comptable|"
    r"gestor\w*|notaris|advocaat|boekhouder|prawnik\w*|księgow\w*|doradc\w*)\b",
    re.IGNORECASE,
)


def romantic_date(text: str) -> list[tuple[int, int]]:
    """A date or an anniversary with someone named, in a calendar or a chat, when the writer
    is of that person's gender: "Cena con Sara ❤️ anniversario 2 anni – io: Chiara",
    "Jantar com o Miguel, 1 ano de namoro (eu: Henrique)", "drinks with Tom (3rd date!) –
    Jake". A company's or a shop's anniversary is no couple's, and a heart alone may be a
    friend's ("Brunch with Anna ❤️ – Maria")."""
    if _DATE_MARK.search(text) is None or _NOT_A_COUPLE.search(text):
        return []
    spans = []
    for m in _WITH_NAME.finditer(text):
        partner = gender_of(m.group("n"))
        if partner is not None and partner == writer_gender(text):
            spans.append(m.span("n"))
    return spans
