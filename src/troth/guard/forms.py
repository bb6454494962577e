"""Where a term stands in a form or a quotation.

The value after a label ("Religion: Muslim", or a blank "Religion: ____"), one option of
a form ("[ ] Muslim"), one of the examples a form gives ("(e.g. kosher, halal)"), a
quotation someone else said ("'religion is the opium of the people'"), a page of common
questions (FAQ), or a note that says it names no one ("Keine Personendaten").
"""

from __future__ import annotations

import re

from troth.guard.context import first_person
from troth.guard.memo import last_text
from troth.guard.prefilter import LETTER_RUN

_OPTION = re.compile(r"(?:\[\s*\]|\(\s*\)|[□☐○◯])\s*(?:[^\W\d_]+-)?$")
_QUOTES = re.compile(r"""(?:^|[\s(:])['"„“«‚‘]""")
_QUOTED = re.compile(r"""(?:^|[\s(:])(['"„“«‚‘])([^'"„“”«»‚‘’]{3,300})(?:['"“”»‘’])""")


def unticked(text: str, start: int) -> bool:
    """The term is an option of a form left unticked ("[ ] Muslim", "☐ rooms-katholiek"):
    whoever fills the form has not chosen it."""
    return _OPTION.search(text, max(0, start - 24), start) is not None


def option_or_quote(text: str, start: int, end: int) -> bool:
    """A term that is one option of a form ("[ ] Muslim"), or inside a quotation or a
    title of four words or more ("'la religión es el opio del pueblo'")."""
    if unticked(text, start):
        return True
    if '":' in text or not _QUOTES.search(text):
        return False  # JSON: its strings are values, not quotations; no quotation mark
    for m in _QUOTED.finditer(text):
        if _whole(text, m):
            continue  # a cell in quotes ("Absence : fausse couche, arrêt 10 jours"), no quotation
        if m.start(2) <= start and end <= m.end(2) and len(m.group(2).split()) >= 4:
            return True
    return False


def _whole(text: str, m: re.Match[str]) -> bool:
    """The quotation marks hold the whole text: a quoted cell or value."""
    return not text[: m.start(1)].strip() and not text[m.end() :].strip(" \t\n;,")


# words of citing a saying: "cite", "quote", "zitieren", "proverbio", "przysłowie"
_CITING = (
    "cit",
    "quot",
    "zitat",
    "zitier",
    "cytat",
    "cytow",
    "proverb",
    "sprichwort",
    "dicton",
    "refr",
    "spreekwoord",
    "przys",
    "aforism",
    "motto",
    "slogan",
)


def quoted_apart(text: str, start: int, end: int) -> bool:
    """A term inside a quotation of four words or more that holds no first person: words
    someone else said or wrote, cited by the writer ("I have to cite 'religion is the opium
    of the people'"), not the writer's own."""
    if '":' in text or not _QUOTES.search(text):
        return False
    if not any(w.startswith(_CITING) for w in LETTER_RUN.findall(text.lower())):
        return False
    for m in _QUOTED.finditer(text):
        if _whole(text, m):
            continue
        inside = m.group(2)
        if m.start(2) <= start and end <= m.end(2) and len(inside.split()) >= 4:
            return not first_person(LETTER_RUN.findall(inside.lower()))
    return False


# a form's field marked optional, or an answer that declines: "(optional)", "(facoltativo)",
# "prefer not to say", "keine Angabe", "ne souhaite pas répondre", "wolę nie podawać"
DECLINED = re.compile(
    r"\((?:optional|optionnel|facultatif|facultative|opcional|facoltativo|facoltativa|"
    r"optioneel|opcjonalnie|freiwillig|fakultativ|não obrigatório|nicht verpflichtend)\b|"
    # a field the form does not collect: "(champ non collecté)", "não recolhida"
    r"not collected|not recorded|non collecté\w*|não recolhid\w*|no se recoge|no recogid\w*|"
    r"non raccolt\w*|non rilevat\w*|(?:wird )?nicht erhoben|niet verzameld|wordt niet gevraagd|"
    r"nie zbieramy|nie jest zbierane|niezbierane|leave (?:it )?blank|"
    r"prefer not to (?:say|answer|disclose)|rather not say|keine angabe|möchte ich nicht angeben|"
    r"ne (?:souhaite|veut|désire) pas (?:répondre|le dire|préciser)|"
    r"prefier[oe] no (?:decir|contestar|responder)|prefer(?:isco|isce) non (?:dire|rispondere)|"
    r"prefir[oa] não (?:dizer|responder)|zeg ik liever niet|wil ik niet zeggen|"
    r"wol(?:ę|e) nie (?:podawać|mówić|odpowiadać)|odmowa odpowiedzi|"
    # a value no one gave: "Filiação sindical: não declarada", "Lid vakbond: onbekend"
    r":\s*(?:unknown|not (?:declared|stated|known|given)|unbekannt|nicht angegeben|"
    r"inconnue?|non (?:déclaré|renseigné|indiqué)e?|desconocid[oa]|no (?:declarad[oa]|consta)|"
    r"sconosciut[oa]|non (?:dichiarat|indicat)[oa]|desconhecid[oa]|não (?:declarad|informad|"
    r"indicad)[oa]|onbekend|niet (?:opgegeven|bekend|vermeld)|nieznan[ya]|nie podan[oy]|"
    r"brak danych)\b|"
    # an answer refused outright: "non rispondo", "je ne réponds pas", "declined"
    r"non rispondo|je ne réponds pas|no (?:contesto|respondo)|não respondo|"
    r"ich antworte nicht|antwort verweigert|geen antwoord|nie odpowiadam|declined to answer",
    re.IGNORECASE,
)


# a value a label leaves blank: a box to tick, a line to fill, a switch
_BLANK = re.compile(
    r"""^\s*["']?\s*(?:false|true|null|none|n/?a|-+|\d+|off|disabled|deactivated|desativado|"""
    r"""desactivado|deaktiviert|désactivé|disattivato|uitgeschakeld|wyłączon[ey]|no|nein|non|"""
    r"""não|nee|nie)?\s*["']?\s*[,}\]]?\s*$|"""
    r"\(\s*\)|\[\s*\]|□|☐|_{3,}|^\s*\?",
    re.IGNORECASE,
)
_CLOCK_COLON = re.compile(r"\d:[0-5]\d")
_AMOUNT = re.compile(r"\d\s?[€£$]|[€£$]\s?\d")
_LABEL_END = re.compile(r"""[\w ()/',-]{0,60}?["']?\s*:""")


# a value wholly in brackets: a note or a placeholder, not an answer
_BRACKETED = re.compile(r"\s*[(\[<][^)\]>]*[)\]>]\s*")


# a ticked box as a field's whole answer: "☒", "[x]", "✔"
_TICKED_BOX = re.compile(r"\s*(?:[☒☑✔✓✅]|\[[xX✓]\])\s*$")


def label_value(text: str, start: int, end: int) -> str | None:
    """The value after the label a term stands in ("Religion: Muslim", ``"belief": "x"``):
    None when the term is in no label, "" when the value is left blank."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    label = _LABEL_END.match(text, end, line_end)
    if label is None or _CLOCK_COLON.match(text, label.end() - 2):
        return None  # no label; or a time of day ("Wallfahrt 17:00"), not a blank field
    value = text[label.end() : line_end]
    cut = re.search(r'"?,\s*"|\}', value)
    value = value[: cut.start()] if cut else value
    if _AMOUNT.search(value):
        return value  # a sum paid: "Donazione Lega 2025: 50 €"
    if _TICKED_BOX.match(value):
        return value  # "… gespeichert wird: ☒": a box ticked, a yes

    if _BLANK.search(value) or DECLINED.search(value) or not re.search(r"[^\W\d_]", value):
        return ""
    if _BRACKETED.fullmatch(value):
        return ""  # "Origine ethnique : (question supprimée)", "Religion: [please select]"
    return value


# a key's value that sets it on: {"voiceprint_enrolled": true}, "diabetiker: ja"
_ON = re.compile(
    r"""["']?\s*:\s*["']?(?:true|yes|ja|oui|s[ií]|sim|tak|1)\b["']?\s*(?:[,}\]]|$)""",
    re.IGNORECASE,
)


def switched_on(text: str, end: int) -> bool:
    """The label a term ends in (at ``end``) is set on: true, yes or 1 in the eight languages."""
    label = _LABEL_END.match(text, end, min(len(text), end + 80))
    return label is not None and _ON.match(text, label.end() - 1) is not None


# a record of a question whose answer is empty: {"question": "Union member?", "answer": null}
_UNANSWERED = re.compile(
    r'"(?:answer|antwort|r[ée]ponse|respuesta|risposta|resposta|antwoord|odpowied[zź])"\s*:\s*'
    r'(?:null|""|\[\]|none|false)\s*[,}]',
    re.IGNORECASE,
)


def unanswered(text: str) -> bool:
    """A record that holds a question and an empty answer: nothing is said of anyone."""
    return '":' in text and _UNANSWERED.search(text) is not None


# a form's question, then what to give if the answer is yes: "Liegt eine Schwerbehinderung
# vor? Wenn ja, bitte GdB … angeben", "Any allergies? If yes, please specify"
_IF_YES = re.compile(
    r"\?\s*(?:\(?\s*)?(?:if yes|if so|wenn ja|falls ja|si oui|si es así|en caso afirmativo|"
    r"se sì|se si|se sim|em caso afirmativo|zo ja|indien ja|jeśli tak|jeżeli tak)\b",
    re.IGNORECASE,
)


def asked_if_yes(text: str, start: int) -> bool:
    """The term is what a form asks for after a question, should its answer be yes ("Wenn
    ja, bitte GdB angeben"); after a colon it is the answer ("If yes: peanuts")."""
    ends = [m.end() for m in _IF_YES.finditer(text, 0, start)]
    return bool(ends) and ":" not in text[ends[-1] : start]


# a page of common questions: its "my child" is any reader's ("FAQ zomerkamp: mag mijn
# kind medicijnen meenemen?")
_FAQ = re.compile(
    r"^\W*(?:faq|q\s?&\s?a|frequently asked|häufige fragen|haufige fragen|foire aux questions|"
    r"preguntas frecuentes|domande frequenti|perguntas frequentes|veelgestelde vragen|"
    r"najczęściej zadawane pytania|najczesciej zadawane pytania)\b",
    re.IGNORECASE,
)


def questions_page(text: str) -> bool:
    """A text that opens as a page of common questions and answers."""
    return _FAQ.search(text) is not None


# a note that says no one is named: "Keine Personendaten", "no child named", "nessun nome"
_NO_ONE = re.compile(
    r"\b(?:no personal (?:details|data|information|info)|no (?:child|person|one|name|names) "
    r"(?:named|given|mentioned)|keine (?:personendaten|personenbezogenen daten)|"
    r"kein (?:kind|name) genannt|aucun(?:e)? (?:renseignement|donnée|information)s? "
    r"personnel(?:le)?s?|aucun nom|sin datos personales|sin nombres?|nessun dato personale|"
    r"nessun nome|sem dados pessoais|sem nomes?|geen persoonsgegevens|geen (?:kind|naam|namen) "
    r"genoemd|brak danych osobowych|bez danych osobowych|bez nazwisk|"
    # "no data that names anyone": "nessun dato nominativo", "aucune donnée nominative"
    r"nessun dato nominativo|dati anonimi|aucune donnée nominative|données anonymisées|"
    r"datos anonimizados|ningún dato nominal|dados anonimizados|geanonimiseerd|"
    r"dane zanonimizowane|anonymisiert|anonymised|anonymized)\b",
    re.IGNORECASE,
)
# examples given in brackets on a form: "(e.g. kosher, halal, vegan, nut allergy)"
_EXAMPLES = re.compile(
    r"\((?:e\.\s?g\.|eg|z\.\s?b\.|zb|p\.\s?ex\.|ex\.|por ej(?:emplo)?\.?|p\.\s?ej\.|"
    r"ad es\.|ad esempio|es\.|por exemplo|p\.\s?ex\.|bv\.|bijv\.|np\.)[^)]*$",
    re.IGNORECASE,
)


@last_text
def no_one_named(text: str) -> bool:
    """The text notes that it names no one ("Aucun renseignement personnel."). The last
    text's answer is kept: each term of a text asks in turn."""
    return _NO_ONE.search(text) is not None


# a line of examples under its label: "Esempio: \"celiaco, vegano, halal\""
_EXAMPLE_LABEL = re.compile(
    r"(?:^|\n)\s*(?:e\.\s?g\.|examples?|beispiele?|exemples?|ejemplos?|esempi[oa]?|"
    r"exemplos?|voorbeelde?n?|przyk[łl]ad(?:y)?)\s*:[^\n]*$",
    re.IGNORECASE,
)


def an_example(text: str, start: int) -> bool:
    """The term is one of the examples a form gives in brackets ("(e.g. halal, vegan)") or
    on a line of examples ("Esempio: \"celiaco, vegano, halal\"")."""
    if _EXAMPLES.search(text, max(0, start - 80), start) is not None:
        return True
    return _EXAMPLE_LABEL.search(text, 0, start) is not None
