"""The shapes of texts: a field value, a file or host name, a label and its value, a
record's notes and a person's needs, a word standing alone; and texts about things rather
than people: a file named for a kind of document, an order for a group, foods of several
faiths on offer, a template's empty slot, goods named by a category's word."""

from __future__ import annotations

import re

from troth.guard.detection import (
    POLITICS,
    RACE,
    UNION,
)
from troth.guard.health_signs import file_of_person
from troth.guard.lexicon import ORIGIN, Hit, fold, tokens_of

_SHORT = 8  # words: a text this short is a field value, a file or device name


def is_short(text: str, tokens: list[tuple[str, int, int]]) -> bool:
    """A field value, a file or host name, a label: a term there is said of its subject.
    A short sentence ("The party gained in the polls.") is read as a sentence."""
    if " " not in text.strip() or _LABEL.match(text) is not None:
        return True
    if text.lstrip().startswith("{") and '":' in text:
        return True  # a JSON record: its values are said of its subject
    parts = _SEPARATOR.split(text) if " · " in text or " | " in text else ()
    if len(parts) >= 3 and all(len(_WORD_RUN.findall(p)) <= _SHORT for p in parts):
        return True  # a record of fields: "Solicitud de apostasía · Arzobispado · Romero, Lucía"
    return len(tokens) <= _SHORT and not (len(tokens) >= 4 and _SENTENCE.search(text))


_SENTENCE = re.compile(r"[^\W\d_][\"')\]]?[.!?]\s*$")


_LABEL = re.compile(r"\s*\"?[^\W\d_][\w .-]{0,40}\"?:\s*\S[^.!?\n]{0,100}$")


_SEPARATOR = re.compile(r"\s[·|]\s")


_WORD_RUN = re.compile(r"[^\W\d_]+")


_CAPITAL_RUN = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+")


def standalone(text: str, hit: Hit) -> bool:
    """An ambiguous term standing as a word of its own in a short text: not a file or host
    name, not an acronym, not a word of a proper name ("Union Square")."""
    if " " not in text.strip() or '":' in text:
        return False  # a file or host name; a JSON object
    word = text[hit.start : hit.end]
    if word.isupper() and len(word) <= 3:
        return False
    return not any(
        m.start() <= hit.start < m.end()
        for m in _CAPITAL_RUN.finditer(text)
        if m.group()[1:].islower() is False
    )


def folded_words(text: str) -> list[str]:
    return [t[0] for t in tokens_of(text)]


# the categories whose term in a label makes its value a disclosure of the form's subject
_LABELLED = frozenset({RACE, POLITICS, UNION})


_ORIGIN_LABELS = frozenset(
    """origin origins ethnicity herkunft abstammung origine origen etnia origem afkomst
    etniciteit pochodzenie""".split()
)


_OPTIONS = re.compile(r"[\[(□☐?]")


# a form's question asked on after its options: "if yes, which …", "wenn ja, welche …"
_FOLLOW_UP = re.compile(
    r"\b(?:if yes|if so|wenn ja|falls ja|si oui|si es así|en caso afirmativo|se sì|se sim|"
    r"em caso afirmativo|zo ja|indien ja|jeśli tak|jeżeli tak|which|welche[rsm]?|quel(?:le)?s?|"
    r"cuál(?:es)?|quale|quali|qual|quais|welke|jaki[ea]?)\b",
    re.IGNORECASE,
)


def labelled(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """The term is the value of a label of its own category on the same line: "Origine
    (facultatif) : antillaise", "Gewerkschaft: ver.di". Options to tick are no value."""
    category = hit.term.category
    if category not in _LABELLED:
        return False
    line = text.rfind("\n", 0, hit.start) + 1
    colon = text.rfind(":", line, hit.start)
    between = text[colon + 1 : hit.start]
    if colon < 0 or len(between) > 30 or _OPTIONS.search(between) or '"' in between:
        return False
    if _FOLLOW_UP.search(between) or text[hit.end : hit.end + 3].lstrip().startswith("?"):
        return False  # "Yes / No - if yes, which union?": the form asks on
    if category == RACE and not _ORIGIN_LABELS.isdisjoint(folded_words(text[line:colon])):
        return True  # "Pochodzenie (ankieta): wietnamskie"
    if hit.term.kind == ORIGIN:
        return False  # a country's name may be a place: "Race du chien : berger australien"
    return any(
        h.term.category == category and h.term.kind != ORIGIN and line <= h.start < colon
        for h in hits
    )


# a file or device name about a thing: a product's photo, a device's firmware
THING_FILE = re.compile(
    r"produ[ck]t|produit|produto|producto|prodotto|firmware|sequenc|sequenz|"
    # a device named for where it stands: "Drukarka-Kancelaria-Parafialna"
    r"printer|drucker|drukarka|imprimante|impresora|stampante|impressora|router|beamer|"
    r"projector|kiosk",
    re.IGNORECASE,
)


# a quantity of goods: "1kg", "75 g", "6 x 330 ml" is a dose only after a medicine (read
# later), so millilitres are left out
QUANTITY = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:g|kg|gr|oz|lb|lbs|l|cl|dl|pcs|szt|stk|stuks)\b")


# a form's question answered by nothing but its options: ": oui / non", ": tak / nie"
YES_NO = re.compile(
    r"[^\n]*?:\s*(?:\[\s*\]\s*)?(?:yes|oui|ja|sí|si|sim|tak)\s*/\s*(?:no|non|nein|nee|não|nao|nie)\b",
    re.IGNORECASE,
)


# the labels of a record's notes and needs: what follows them is said of the record's
# person ("Access needs: wheelchair user")
_NOTE_LABELS = frozenset(
    """notes note remarks comments bemerkung bemerkungen anmerkung anmerkungen
    hinweise notizen remarques observations commentaires notas observaciones comentarios
    osservazioni annotazioni observacoes opmerkingen notities uwagi""".split()
)
# the labels of a person's needs: what follows is theirs, whatever the label's topic
_NEED_LABELS = frozenset(
    """needs requirements bedurfnisse besoins necesidades esigenze necessidades behoeften
    potrzeby""".split()
)


def _label_of(text: str, hit: Hit) -> list[str]:
    """The last words of the label the term is the value of, or none."""
    line = text.rfind("\n", 0, hit.start) + 1
    colon = text.rfind(":", line, hit.start)
    if colon < 0 or hit.start - colon > 40 or _OPTIONS.search(text, colon, hit.start):
        return []  # far from the label, or one of its options to tick
    return folded_words(text[line:colon])[-5:]


def noted(text: str, hit: Hit) -> bool:
    """The term is the value of a record's notes or needs ("Medical/dietary notes:
    Jehovah's Witness", "Access needs: wheelchair user"): said of the record's person."""
    label = _label_of(text, hit)
    return not (_NOTE_LABELS.isdisjoint(label) and _NEED_LABELS.isdisjoint(label))


def needed(text: str, hit: Hit) -> bool:
    """The term is the value of a person's needs ("Besoins pour le séminaire : fauteuil
    roulant"): theirs, whatever topic the label names."""
    return not _NEED_LABELS.isdisjoint(_label_of(text, hit))


# kinds of documents that speak of a topic, not of a person: a policy, a poster, a table,
# a form, a leaflet ("politica_testes_geneticos_2027.pdf", "cartaz_dia_mundial_diabetes.pdf")
# (a template is left out: a biometric template is a person's sample)
_DOCUMENT_KINDS = frozenset(
    """policy policies politica politicas politique politiques polityka richtlinie
    richtlinien beleid beleidsstuk poster posters cartaz cartazes cartel carteles affiche
    affiches locandina locandine plakat plakaty aushang signage signs beschilderung
    tabelle tabla tabela tabel tabella table formular formulaire formulario formulier
    formularz modulo flyer flyers leaflet folleto volantino folheto ulotka brochure faq
    leitfaden checklist checkliste awareness giornata journee mundial mondiale welttag
    swiatowy catalog catalogs catalogue catalogues catalogo catalogos katalog kataloge
    catalogus tarif tarifs tarifa tarifas tariffe tariffario tarieven prijslijst preisliste
    pricelist precario precos prezzi listino cennik speisekarte menukaart jadlospis
    prospekt merkblatt merkblatter lei ley legge gesetz loi wet ustawa law estatuto statuut
    regulamento reglamento regolamento summary resumo resumen riassunto samenvatting
    streszczenie quiz quizz answers answerkey solutions soluzioni soluciones solucoes
    loesungen losungen antwoorden odpowiedzi respostas respuestas risposte reponses
    corrige verifica verifiche toets toetsen kartkowka sprawdzian klausur klassenarbeit
    horario horarios orario orari calendrier calendario kalender kalendarz timetable
    timetables fahrplan rooster harmonogram
    draft drafts entwurf brouillon borrador bozza rascunho minuta ontwerp szkic contract
    contracts vertrag contrat contrato contratto umowa benchmark pipeline
    arbeitsblatt worksheet werkblad exam exams examen esame esami egzamin curriculum
    lesson lessons seance séance lezione lezioni lekcja lekcje unterrichtsstunde
    unterrichtseinheit lesbrief world monde mundo mondo welt wereld swiata""".split()
)
# a form left blank: "plantilla_parte_baja_medica_EN_BLANCO.docx"
_BLANK = re.compile(
    r"(?i)(?<![a-z])(?:en[_-])?(?:blanco|blank|leer|vierge|vuoto|branco|pusty|leeg|vazio)"
    r"(?![a-z])"
)
_FILE_PARTS = re.compile(r"[_\-./]+")


def document_file(text: str) -> bool:
    """A file named for a kind of document (a policy, a poster, a blank form) that names
    no person: it is about a topic."""
    if " " in text.strip():
        return False
    parts = {fold(p.lower()).rstrip("0123456789") for p in _FILE_PARTS.split(text) if p}
    blank = _BLANK.search(text) is not None
    if not blank and _DOCUMENT_KINDS.isdisjoint(parts):
        return False
    return not file_of_person(_BLANK.sub("", text))


# a row of a supplier's catalogue or a code's definition, with no person: "MOML,Muslimische
# Mahlzeit,Lieferant Cateringwerk,48h Vorlauf", "WCHR = passenger can walk short distances"
_SUPPLIED = re.compile(
    r"\b(?:supplier|vendor|lieferant|fournisseur|proveedor|fornecedor|fornitore|"
    r"leverancier|dostawca)\b",
    re.IGNORECASE,
)
_CODE_DEFINED = re.compile(r"^\W{0,2}[A-Z]{3,5}\s*=\s")


# a shop's row: an article's code, its description and its price ("ART-4471;Hülle mit
# Face-ID-Aussparung;12,99")
_ARTICLE_ROW = re.compile(
    r"^\s*[A-Z]{2,6}[-_ ]?\d{2,}\s*[;,|\t][^;|\t\n]{1,100}[;|\t]\s*\d+[.,]\d{2}\s*"
    r"(?:€|eur|zł|pln|\$|£)?\s*$",
    re.IGNORECASE,
)


def catalogue_row(text: str) -> bool:
    """A row of a supplier's catalogue, a shop's article or a code's definition: about a
    kind of service or goods."""
    return (
        _CODE_DEFINED.match(text) is not None
        or ("," in text and _SUPPLIED.search(text) is not None)
        or _ARTICLE_ROW.match(text) is not None
    )


# an order for a group: "5 pers.", "für 30 Personen", "x4" ("2x" is often "twice")
GROUP_ORDER = re.compile(
    r"\b\d+\s?(?:pers|personen|persone|personas|pessoas|osob|osób|people|pax|guests|gaste|"
    r"gäste|couverts|coperti|cubiertos|talheres)\b|(?<![\w.])x\s?\d+\b",
    re.IGNORECASE,
)
# a template's empty slot: "{{vorerkrankungen}}", "{religion}", "<NAME>", "[DIAGNOSE]"
PLACEHOLDER = re.compile(r"\{\{[^{}\n]{1,40}\}\}|\{[a-z_]{2,30}\}|<[A-Z_]{2,30}>|\[[A-Z_]{3,30}\]")


def placeholder(text: str) -> bool:
    """A template's empty slot in ``text``."""
    if "{" not in text and "<" not in text and "[" not in text:
        return False
    return PLACEHOLDER.search(text) is not None


# foods of several faiths offered together: "halal or kosher meals", "halal und koschere"
_DIETS = ("halal", "kosher", "koscher", "koosjer", "casher", "cacher", "kasher", "koszer")
_CHOICES = frozenset("or and und oder of en ou et o y e lub i oraz".split())
# a food on offer to anyone: an option, a menu, for all
_OFFERS = frozenset(
    """option options optional available tous toutes everyone all alle todos
    todas tutti iedereen wszystkich disponible disponibles disponibile disponivel
    verfugbar beschikbaar dostepne opcion opciones opzione opzioni opcao opcoes optie opties
    opcja opcje auswahl choix escolha scelta""".split()
)


def offered(words: list[str], index: int) -> bool:
    """The term is one of several foods of faith offered together ("vegetarian, halal or
    kosher options"): choices on offer, not a person's observance."""
    if not words[index].startswith(_DIETS):
        return False
    near = words[max(0, index - 3) : index + 4]
    if not _OFFERS.isdisjoint(near):
        return True  # "option halal pour tous", "halal meals available"
    others = [w for w in near if w.startswith(_DIETS) and w[:4] != words[index][:4]]
    return bool(others) and not _CHOICES.isdisjoint(near)


# a price: "£6.50", "8,90 €", "12,00 zł"
_PRICE = re.compile(r"\d\s?[€£$]|[€£$]\s?\d|\d[.,]\d\d\s?(?:eur|euro|zł|zl|pln|chf)\b", re.I)


def priced_dish(text: str, words: list[str], index: int) -> bool:
    """A food of faith with a price beside it: a menu's line ("Halal chicken tikka,£6.50",
    "Plat casher : poulet rôti;14,00 €"), a dish on sale, not a person's observance."""
    dish = any(w.startswith(_DIETS) for w in words[index : index + 2])  # "Menú halal"
    return dish and _PRICE.search(text) is not None


# goods that hold a category's word: a fingerprint lock, a DNA kit, a pregnancy test
_GOODS = ("schloss", "slot", "kit", "kits")
_GOODS_WORDS = frozenset(
    """lock locks cerradura cerraduras fechadura fechaduras serratura serrature zamek zamka
    serrure serrures slot sloten kit kits scanner""".split()
)
# a result read or shown: a kit's result is the person's, not a product's
_RESULT_WORDS = frozenset(
    """result results ergebnis ergebnisse resultat resultats resultado resultados risultato
    risultati wynik wyniki uitslag shows showed says zeigt montre muestra mostra toont
    pokazal match matched found trouve fand gefunden encontro encontrou trovato gevonden
    znalazl znalazla""".split()
)


# a device's feature tried out by a reviewer: "heute testen wir …", "hoy probamos …"
_TRYING = frozenset(
    """test tests testing tested review reviewing reviewed unboxing testen teste testet
    getestet probamos probando probado proviamo provato testamos
    testando testado testons teste testujemy testuje""".split()
)
# an assessment of a system's risks, written before anyone is enrolled: a DPIA
_ASSESSMENTS = frozenset(
    """dpia dpias aipd eipd dsfa datenschutzfolgenabschatzung
    gegevensbeschermingseffectbeoordeling""".split()
)
# the writer alone ("I", "me", "my"), not "we" who test a phone
_SINGULAR_ME = frozenset(
    """i im ive me my mine ich mich mir mein meine meinen meinem meiner je j moi mon ma mes
    yo mi mis io mio mia eu meu minha ik mij mijn ja mnie moj moja moje m""".split()
)


def a_model_or_an_assessment(words: list[str], index: int) -> bool:
    """A device's feature tried out by a reviewer, or a system's risk assessment (DPIA),
    with no one of its own in the sentence: "hoy probamos el reconocimiento facial del
    nuevo Xiaomi", "hacer la EIPD del sistema de fichaje biométrico"."""
    if not _SINGULAR_ME.isdisjoint(words):
        return False
    tried = not _TRYING.isdisjoint(words[max(0, index - 4) : index])
    return tried or not _ASSESSMENTS.isdisjoint(words)


def product_of(words: list[str], index: int) -> bool:
    """The term names a feature of goods beside it ("Fingerabdruck-Türschloss", "zamek na
    odcisk palca", "kit de ADN"), in a sentence that reads no result."""
    near = words[max(0, index - 3) : index + 4]
    goods = not _GOODS_WORDS.isdisjoint(near) or any(w.endswith(_GOODS) for w in near)
    return goods and _RESULT_WORDS.isdisjoint(words)


# a machine named before its joined name: "el host mac-mini-biometria-lab no conecta"
_MACHINES = frozenset(
    """host hostname server servidor serveur serwer rechner computer pc laptop machine
    maquina macchina device gerat dispositivo apparaat urzadzenie printer drucker vm""".split()
)
_JOINED = re.compile(r"[^\s]+")


def machine_named(text: str, start: int) -> bool:
    """The term at ``start`` lies in a joined name of three parts or more ("mac-mini-
    biometria-lab") right after a word for a machine: the machine's name."""
    token = _JOINED.search(text, text.rfind(" ", 0, start) + 1)
    if token is None or sum(token.group().count(c) for c in "-_.") < 2:
        return False
    before = folded_words(text[max(0, token.start() - 24) : token.start()])
    return bool(before) and before[-1] in _MACHINES
