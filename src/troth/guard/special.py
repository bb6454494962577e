"""Special categories: a lexicon finds the term; the words around it decide if a person is
revealed, and the classifier where no person is named."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from troth.guard import titles
from troth.guard.ancestry import TEST_WORDS as ANCESTRY_TEST_WORDS
from troth.guard.ancestry import ancestry_shares
from troth.guard.biometric import body_recognised, may_hold, recognising, text_may_hold
from troth.guard.classifier import RevealModel, load_model
from troth.guard.context import (
    AS_WORDS,
    ENROL,
    POSSESSIVES,
    RELATIONS_WORDS,
    RULE,
    SUBJECTS,
    answers_yes,
    asked_only,
    described_as,
    first_person,
    general,
    has_anchor,
    how_to,
    impersonal,
    language_named,
    login_feature,
    mentions_only,
    near_anchor,
    negated,
    of_an_animal,
    only_a_place,
    people_with,
    place_named,
    topical,
    vaccination,
    we_are,
)
from troth.guard.detection import (
    BIOMETRIC,
    GENETIC,
    HEALTH,
    POLITICS,
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
    SPECIAL_CATEGORIES,
    UNION,
    Detection,
)
from troth.guard.forms import (
    DECLINED,
    label_value,
    option_or_quote,
    quoted_apart,
)
from troth.guard.gates import Gate, words_of
from troth.guard.health_signs import (
    DISABILITY_STATUS,
    FRIENDLY,
    PRICE,
    STATED_WORDS,
    code_after,
    dosed,
    file_of_person,
    our_workplace,
    specialist_visit,
    stated_health,
)
from troth.guard.homographs import (
    false_friend,
    local_words,
)
from troth.guard.jobs import (
    care_job,
    field_of,
    nursing,
    office_word,
)
from troth.guard.lexicon import (
    AMBIGUOUS,
    CUE,
    ORIGIN,
    PLAIN,
    Hit,
    Lexicon,
    Term,
    fold,
    load_lexicon,
    tokens_of,
)
from troth.guard.memo import Memo
from troth.guard.observance import GATE_WORDS as OBSERVANCE_WORDS
from troth.guard.observance import fasting_in_season, fasting_till_sunset
from troth.guard.orientation import GATE_WORDS as ORIENTATION_WORDS
from troth.guard.orientation import same_gender_partner
from troth.guard.places import (
    a_business,
    landmark,
    street_named,
)
from troth.guard.records import (
    building_record,
    count_table,
    customer_value,
    header_row,
    invoiced,
    kind_of_data,
    log_line,
    names_a_person,
)
from troth.guard.roles import (
    ROLE_WORDS,
    leads_a_community,
    role_near,
    strike_as_cause,
)
from troth.guard.speech import (
    figure_of_speech,
    prayer_for_things,
    religion_metaphor,
)
from troth.guard.titles import alternation

RELATIONS = re.compile(
    r"\b(?:wife|husband|spouse|partner|son|daughter|child|kid|mother|mom|mum|father|dad|"
    r"brother|sister|colleague|boss|friend|neighbou?r|grandmother|grandfather|aunt|uncle|"
    r"frau|mann|sohn|tochter|kind|mutter|vater|bruder|schwester|kollegin|kollege|"
    r"esposa|esposo|marido|hijo|hija|madre|padre|hermano|hermana|"
    r"femme|mari|fils|fille|enfant|mère|père|frère|sœur|soeur|"
    r"moglie|marito|figlio|figlia|figli|bambino|bambina|mamma|papà|fratello|sorella|"
    r"mulher|filho|filha|filhos|mãe|pai|irmão|irmã|"
    r"vrouw|echtgenoot|echtgenote|zoon|zoontje|dochter|dochtertje|moeder|vader|broer|zus|"
    r"żona|żony|mąż|męża|syn|syna|synem|synek|córka|córki|córką|córeczka|dziecko|dziecka|"
    r"matka|mama|tata|ojciec|siostra)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n;]")
# a full stop that ends no sentence: after a title or a small one-letter abbreviation
# ("Mr. Tom", "córka (3 l.) ma"), or before a small letter ("Amrit K. as", "z.B. so")
_ABBREVIATION = re.compile(
    r"(?:^|[^\w])(?:[a-zß-ÿ]|M|(?i:mr|mrs|ms|dr|dra|st|sr|sra|hr|fr|ks|on|sig|dhr|mevr|pan|dep|"
    r"prof|mme|cod|ref|nr|art|tel|vgl|bzw|ggf|ca|approx|pag|pág|str))$"
)


_TITLED_INITIAL = re.compile(rf"\b(?:{alternation(titles.PERSONAL)})\.? [A-ZÀ-ÝŁŚŻ]$")


def _ends(text: str, at: int) -> bool:
    """Whether the stop at ``text[at]`` ends a sentence."""
    if text[at] != ".":
        return True
    if text[at + 1 : at + 2].isdigit() and text[at - 1 : at].isdigit():
        return False  # a date or a number: "am 18.12.", "2.5 mg"
    after = text[at + 1 : at + 3].lstrip()
    if after[:1].islower() or _TITLED_INITIAL.search(text, max(0, at - 12), at):
        return False  # "z.B. so"; "Frau K. (82) ist …": an initial after a title
    return _ABBREVIATION.search(text, max(0, at - 6), at) is None


_HUMP = re.compile(r"[a-z][A-Z]")
# the literal parts of parties' names that hold a number (:data:`NUMBERED_PARTY`)
_NUMBERED_GATE = re.compile(r"D66|JA21|M5S|50PLUS|2050")
# the first halves of joined origins ("italo-eritrea", "luso-angolana", "polsko-wietnamska"):
# a text that holds one is read even without a word of origin
JOINING = frozenset(
    """italo luso franco hispano ispano anglo sino indo germano greco russo polono polsko
    nipo austro ibero""".split()
)
_FIRST_NAME_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


# a title before a surname: "Frau Christ", "Mevrouw De Kerk", "Pani Katolik", "Sr. Preto"
_TITLE_BEFORE = re.compile(
    rf"\b(?:{alternation(titles.PERSONAL)})\.?\s+(?:(?:De|Van|Von|Di|Da|Do|Dos|Le|La)\s+)?$"
)


def _is_surname(text: str, start: int) -> bool:
    """A capitalised term right after a capitalised first name ("Katrin Krebs") or after a
    title ("Frau Christ", "Dokter Pastoor") is a surname."""
    if not text[start].isupper():
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 16), start):
        return True
    before = _FIRST_NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not before.group(1)[0].isupper():
        return False
    from troth.guard.names import name_lexicons

    return before.group(1).lower() in name_lexicons()[0]


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+")


# a greeting right before a word, and the comma or mark that closes the name greeted
_GREETING = re.compile(
    r"(?:^|[\s(])(?:hi|hello|hey|dear|hallo|liebe|lieber|hoi|beste|bonjour|salut|chère|cher|"
    r"hola|querida|querido|estimada|estimado|ciao|cara|caro|gentile|olá|ola|prezada|prezado|"
    r"cześć|witaj|droga|drogi)\s+$",
    re.IGNORECASE,
)
_VOCATIVE_END = re.compile(r"\s*[,!:]")


def _in_name(text: str, hit: Hit) -> bool:
    """A term inside an e-mail address or a web address, a capitalised word greeted ("Hi
    Christin,"), or a capitalised first name followed by another capitalised word
    ("Remedios Araujo"): a name, not a disclosure."""
    if "@" in text or "://" in text or "www." in text:
        if any(m.start() <= hit.start < m.end() for m in _ADDRESS.finditer(text)):
            return True
    word = text[hit.start : hit.end]
    if not word[:1].isupper() or word.isupper():
        return False
    if _GREETING.search(text, max(0, hit.start - 24), hit.start) and _VOCATIVE_END.match(
        text, hit.end
    ):
        return True  # "Hi Christin,", "Liebe Christin!": the person greeted by name
    following = _FIRST_NAME_AFTER.match(text, hit.end)
    if following is None:
        return False
    from troth.guard.names import name_lexicons

    first = name_lexicons()[0]
    if hit.term.category == RELIGION and _TITLE_OF.match(text, hit.end):
        if following.group().strip().lower() in first:
            return False  # a cleric's title before a full name: "Pastor Mark Hill"
    return word.lower() in first


# care of one's sex life is health care too: a sexologist, a sex therapist, erectile
# dysfunction, a loss of desire
_SEXUAL_HEALTH = re.compile(
    r"sex(?:olog|ólog|ualtherap|[ _]therap)|sessuolog|seksuolog|"
    r"[eé]r[eé][ck]t|erét|erett|erekc|potenz|viagra|"
    r"(?:deseo|desejo|desiderio|désir|begierde|verlangen|pożądani)[ _]sex|"
    r"ejacul|eiacul|eyacul|ejakul|zaadlozing|wytrysk|douleur|dolor|dolore|dor[ _]|schmerz|"
    r"pijn|ból|bolesn|pain|problem|prep\b|libido",
    re.IGNORECASE,
)


def sexual_health(term: str) -> bool:
    """Whether a term of the sex life names care of it (also a matter of health)."""
    return _SEXUAL_HEALTH.search(term) is not None


# a short question put after a statement: "I wear a hijab, is that allowed?"
_TAG_QUESTION = re.compile(
    r",\s*(?:is (?:that|it|this)|that|c'est|est-ce|ist (?:das|es)|geht das|darf (?:ich|man)|"
    r"è|e|é|está|es|eso|isto|isso|is dat|mag dat|kan dat|czy to|czy mogę|can i|may i|puis-je|"
    r"puedo|posso|mag ik|kann ich|va bene|ok|okay|d'accord|vale|tudo bem|in orde|"
    r"(?:is|è|é|es|est|ist|jest) (?:that |this |it |das |dat |to )?(?:a )?problem\w*|"
    # an invitation after a plan: "…, who's coming?", "…, wie gaat er mee?", "…, kto wpadnie?"
    r"who(?:'s| is)? (?:in|coming|joining)|wer (?:kommt|ist dabei|macht mit)|"
    r"qui (?:vient|est partant|m'accompagne)|qui[eé]n (?:viene|se apunta)|chi (?:viene|c'è)|"
    r"quem (?:vem|topa|alinha)|wie (?:gaat|komt|doet)|kto (?:wpadnie|idzie|jedzie|chce|się))"
    r"\b[^,]{0,40}$",
    re.IGNORECASE,
)


# marks that part the lines of a signature: "Dra. Lobo / Genetista / Hospital"
_SIGNATURE_MARKS = (" | ", " · ", " / ")
# an institution whose name goes on in capitalised words: "École élémentaire Pasteur",
# "Institut Pasteur", "Colegio Santa Teresa", "Liceo Statale Cristo Re"
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:École|Ecole|Lycée|Collège|Institut|Escuela|Colegio|Instituto|Scuola|Istituto|"
    r"Liceo|Escola|Colégio|Schule|Gymnasium|Realschule|School|College|Szkoła|Liceum|"
    r"Hôpital|Clinique|Klinik|Hospital|Ospedale|Ziekenhuis|Szpital|Stichting|Fundación|"
    r"Fondazione|Fundação|Stiftung|Fondation)(?:\s+(?:[A-ZÀ-Ý][\w'-]*|[a-zà-ÿ]{3,12}|de|du|"
    r"des|la|le|del|della|di|do|da|dos|der|van|im)){0,3}\s+$"
)


def _named_after(text: str, hit: Hit) -> bool:
    """A capitalised term that closes an institution's name ("École élémentaire Pasteur")."""
    if not text[hit.start : hit.start + 1].isupper():
        return False
    return _INSTITUTION_BEFORE.search(text, max(0, hit.start - 50), hit.start) is not None


# a person named by a title and a name: "M. Rey", "Sra. Costa", "Herr Petersen" (a doctor's
# or a professor's title names one who works, not one spoken of)
_TITLE_NAMED = re.compile(
    rf"\b(?:{alternation(titles.MALE + titles.FEMALE)})\.?[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+"
)
_TITLE_WORDS = frozenset(fold(t.split(".")[0].lower()) for t in titles.MALE + titles.FEMALE)


def _titled(text: str, words: list[str]) -> bool:
    """A person named by a title in ``text`` (``words``: its folded words)."""
    return not _TITLE_WORDS.isdisjoint(words) and _TITLE_NAMED.search(text) is not None


# a member's number beside a union or a party: "Meine Mitgliedsnummer: 1029…", "n.º de sócio"
_MEMBER_NUMBER = re.compile(
    r"\b(?:member(?:ship)? (?:number|no\.?|id)|mitgliedsnummer|mitgliedsnr\.?|"
    r"num[ée]ro d'adh[ée]rent|n[°º]\s?d'adh[ée]rent|n[úu]mero de (?:afiliad[oa]|soci[oa]|"
    r"s[óo]ci[oa]|associad[oa])|n\.?[ºo] de s[óo]ci[oa]|numero di tessera|numero tessera|"
    r"lidnummer|lidmaatschapsnummer|numer członkowski|nr członkowski|numer legitymacji)\b",
    re.IGNORECASE,
)
# a signature: a name (after a title), then a role and a place, in one line of commas
# ("Dr Ayesha Khan, Consultant Cardiologist, Royal Brompton Hospital") or on lines of their
# own ("Eva Jacobs\nBoekhouder\nFNV, Utrecht")
_SIGNATURE_LINE = re.compile(
    r"^\s*(?:(?:Dr|Dra|Prof|Dott|Dott\.ssa|Mgr|Lek)\.?(?:\s+[A-ZÀ-Ý][\w'-]+){1,3}|"
    r"[A-ZÀ-Ý][\w'-]+(?:\s+(?:(?:el|al|de|da|di|do|du|del|van|von|der|den|ter|la|le)\s+)?"
    r"[A-ZÀ-Ý][\w'-]+){1,3})"
    r"(?:,\s*[^,\n]{2,60},\s*[^,\n]{2,80}$|[ \t]*\n[^\n]{2,60}\n[^\n]{2,80}$)"
)
# a title of a practitioner in a signature: "Dra. Núria Solé · Genetista · Hospital"
_DOCTOR = re.compile(r"\b(?:Dr|Dra|Prof|Drs|Mgr|Lek|Dott|Dott\.ssa)\.?\s+[A-ZÀ-Ý]")
# learning a language, whose name is also a people's: "Corso di arabo", "learning Turkish"
LEARNING = frozenset(
    """course courses corso corsi kurs kurse kursy kursu cours curso cursos cursus lesson
    lessons lezioni lezione lekcje lekcja aulas clases taalcursus learning learn lernen
    lerne apprendre apprends aprender aprendo imparare imparo leren leer nauka""".split()
)
# a treatment a person refuses is still their health: "keine Bluttransfusion"
_TREATMENT = re.compile(r"^(?:blood|blut|bloed)?(?:transfus|trasfus|transfuz)")
# a carrier of a condition, who does not have it
CARRIERS = frozenset(
    """carrier carriers carrierstatus tragerstatus anlagetrager anlagetragerin porteur porteuse
    porteurs porteuses sain saine sains portador portadora portadores portadoras portatore
    portatrice portatori portatrici sano sana sani drager draagster dragers dragerschap
    nosiciel nosicielka nosicielem nosicielka nosicielami nosicielstwa""".split()
)
# "darse de baja": to leave a club or a service, not to be on sick leave
_UNSUBSCRIBE = re.compile(
    r"(?:\b(?:me|te|se|nos|os) (?:di|doy|dio|dimos|damos|da|dan|das|diste|dar)|"
    r"\bdar(?:me|te|se|nos|os)|\bdarse) de baja\b",
    re.IGNORECASE,
)


# a time of day: "17:00", "11h", "10h30", "um 15 Uhr", "ore 5"
_CLOCK = re.compile(
    r"(?<![\d.,/:-])(?:[01]?\d|2[0-3])(?::[0-5]\d|h(?:[0-5]\d)?|\s?(?:uhr|u)\b)(?!\d|[.,/:-]\d)|"
    r"\b(?:ore|om|um|à|a las|às|o)\s(?:[01]?\d|2[0-3])\b",
    re.IGNORECASE,
)
_AGENDA_WORDS = 25


def _agenda(text: str, count: int) -> bool:
    """An entry of the writer's own agenda: a short text with a time of day ("Consulta
    Psiquiatria – 11h", "Kolęda – ksiądz ok. 17:00"); what it names is the writer's."""
    return count <= _AGENDA_WORDS and _CLOCK.search(text) is not None


def _asks(text: str, end: int, at: int = 0) -> bool:
    """The sentence ending at ``end`` is a question: one question mark, not the "??" or
    "?!" of surprise in a chat ("found a half-brother in Ohio??"), nor a short question
    put after a statement that holds the term at ``at`` ("I wear a hijab, is that ok?")."""
    if text[end : end + 1] != "?" or text[end + 1 : end + 2] in ("?", "!"):
        return False
    tag = _TAG_QUESTION.search(text, at, end)
    return tag is None


# a first name and a surname after a word: the word is a title ("Pastora Ana Souza")
_TITLE_OF = re.compile(r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+")


_NAME_PAIR = re.compile(r"(?<![\w.-])([^\W\d_a-z][^\W\d_A-Z]+)\s+[^\W\d_a-z]([.]?)")
_SAINT = re.compile(r"(?:saint|sankt|san|santa|sao|são|sint|st|ste|sw|św)[\s.-]*$", re.I)


_LAST_PERSON: list[tuple[str, bool]] = [("", False)]


def _a_persons_record(text: str) -> bool:
    """A JSON record with a key or value naming a person ("employee", "salarié", "patient"):
    its leave or holiday is that person's ("conge": "pèlerinage à La Mecque")."""
    return '":' in text and not SUBJECTS.isdisjoint(_words(text))


def _names_person(text: str) -> bool:
    """A first name followed by a surname or an initial ("Paweł Mazur", "Amrit K."), not
    a saint's name ("Saint-Joseph", "św. Wojciecha"). The last text's answer is kept."""
    last, answer = _LAST_PERSON[0]
    if last is text:
        return answer
    answer = _person_named(text)
    _LAST_PERSON[0] = (text, answer)
    return answer


def _person_named(text: str) -> bool:
    from troth.guard.names import name_lexicons

    first = name_lexicons()[0]
    for m in _NAME_PAIR.finditer(text):
        if _SAINT.search(text, 0, m.start()):
            continue
        if m.group(2) or m.group(1).lower() in first:
            return True
    return False


# a diagnosis coded in ICD-10 under its name in the eight languages ("CID F84.0",
# "ICD-10: K80.2", "CIM J45")
CODE_LABELS = frozenset({"icd", "cid", "cim", "cie"})
_DIAGNOSIS_CODE = re.compile(
    r"\b(?:ICD|CID|CIM|CIE)(?:[- ]?10)?\s*[:#-]?\s*[A-TV-Z][0-9]{2}(?:\.[0-9]{1,2})?\b",
    re.IGNORECASE,
)
# the holder of a record: "utente", "gebruiker", "titular"
USERS = frozenset(
    """user utente gebruiker uzytkownik usuario utilisateur benutzer nutzer utilizador
    titular houder holder inhaber posiadacz""".split()
)


# whom a sample is taken of: "recognises me", "mich erkannt", "non lo riconosce"
OBJECTS = frozenset("""me mich moi mi mij mnie him her lo la le ihn hem go ja jej""".split())
_ME = frozenset("me mich mir moi mi mij mnie".split())


def _recognises_me(words: list[str], index: int) -> bool:
    """A reader after the term that recognises the writer, or fails to: "el lector de
    huella no me reconoce", "czytnik ... mnie nie rozpoznaje" (either way the writer's
    sample is enrolled)."""
    after = words[index : index + 9]
    return any(
        w in _ME and any(recognising(x) for x in after[max(0, j - 2) : j + 3])
        for j, w in enumerate(after)
    )


def _owner(words: list[str], index: int) -> bool:
    """The part of the body is someone's: "my face", "mein Finger" (a possessive, relation or
    first person right before it), "recognises me" (a person as the object near it), or a
    person named before it ("Herr Kaya ... Stimmabgleich")."""
    before = words[max(0, index - 2) : index]
    if not (POSSESSIVES.isdisjoint(before) and RELATIONS_WORDS.isdisjoint(before)):
        return True
    if first_person(before) or not SUBJECTS.isdisjoint(words[:index]):
        return True
    return not OBJECTS.isdisjoint(words[max(0, index - 6) : index + 7])


def _mention(
    text: str, where: tuple[int, int, int, int], words: list[str], index: int, short: bool
) -> bool:
    """The sentence only mentions the word: an idiom, a rule, a how-to or an unanswered
    question, a quotation, a topic, a negation, said of no one."""
    s, e, start, end = where
    sentence = text[s:e]
    plain = sentence.replace("_", " ")
    if figure_of_speech(plain, words) or RULE.search(plain, words):
        return True  # a failed match ("no longer recognises my face") is still a sample
    if label_value(text, start, end) == "" or (text[e : e + 1] == "?" and not first_person(words)):
        return True  # a switch, a blank field, a question
    if how_to(sentence, words, index) or asked_only(text, sentence, words, start - s):
        return True
    if not short and (general(words, index) or only_a_place(words)):
        return True
    return option_or_quote(text, start, end) or mentions_only(plain, words, index)


# a party by the shape of its name: "Partido Novo", "Parti Québécois", "Partij voor de
# Dieren", "Partia Razem", "Working Families Party" (not "Birthday Party")
PARTY_WORDS = frozenset("party partido parti partito partij partia".split())
_PARTY_EVENTS = (
    "Birthday|Christmas|Xmas|Garden|Pool|Tea|Dinner|Launch|Leaving|Farewell|Office|Summer|"
    "Halloween|House|Block|Hen|Stag|Costume|Pizza|Welcome|Team|Holiday|Retirement|"
    "Engagement|Baby|Surprise|Boat|Beach|After|Pyjama|Slumber|Fancy|Dress|Release|"
    "Sleepover|Cocktail|Year's|Years|Graduation|Search|Street|Watch|Dance|Disco|Karaoke|"
    "Third|Bachelor|Bachelorette|Lunch|Work|Staff|Kids|Kid's|Class|Reunion|Tupperware|"
    "Wedding|Anniversary|Festive|Games|Game|Night|Movie|Film|Private|Big|Rooftop|Beer|Wine"
)
PARTY_NAME = re.compile(
    r"\b(?:Partido|Parti|Partito|Partij|Partia)\s+(?:(?:de|del|dos|das|do|da|des|du|della|"
    r"dei|degli|voor|van|der|la|le|les|el|los|of|the)\s+){0,2}[A-ZÀ-ÝŁŚŻ][^\W\d_]+"
    rf"|\b(?:(?!(?:{_PARTY_EVENTS})\b)[A-Z][a-z]+\s+){{1,3}}Party\b"
)


def _party_names(
    text: str, tokens: list[tuple[str, int, int]], pattern: re.Pattern[str] = PARTY_NAME
) -> list[tuple[int, int]]:
    """A party named by the shape of its name, with a role, a donation, the writer or a
    possessive in its sentence, or in a short text (a record, a cell)."""
    short = _is_short(text, tokens)
    out = []
    for m in pattern.finditer(text):
        s, e = sentence_around(text, m.start(), m.end())
        words = {t[0] for t in tokens if s <= t[1] < e}
        person = not ROLE_WORDS.isdisjoint(words) or not POSSESSIVES.isdisjoint(words)
        if short or person or first_person(sorted(words)):
            out.append(m.span())
    return out


def _lower_acronym(text: str, hit: Hit) -> bool:
    """A short ambiguous party or union acronym ("PO", "CC") written in lower case: a word
    ("po" is Polish for "after")."""
    word = text[hit.start : hit.end]
    if hit.term.category not in (POLITICS, UNION):
        return False  # "bi", "ace" are words of their own
    if not (hit.term.kind == AMBIGUOUS and len(word) <= 3 and word.islower()):
        return False
    # a role in the party beside it keeps it: "ero al gazebo del pd", "tessera pd"
    nearby = _words(text[max(0, hit.start - 40) : hit.end + 40])
    return ROLE_WORDS.isdisjoint(nearby)


_FIRST_NAME_AFTER = re.compile(
    r"[ \t]+(?:(?:el|al|de|da|di|do|del|van|von|ter|den|der)[ \t]+)?[A-ZÀ-Ý][a-zà-ÿ]+"
)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]`` (at most 300 characters)."""
    left = max(0, start - 300)
    head = text[left:start]
    stops = [m.start() for m in _SENTENCE_END.finditer(head)]
    last = next((i for i in reversed(stops) if _ends(text, left + i)), None)
    s = left if last is None else left + last + 1
    limit = min(len(text), end + 300)
    tail = next(
        (m for m in _SENTENCE_END.finditer(text, end, limit) if _ends(text, m.start())), None
    )
    e = tail.start() if tail else limit
    return s, e


def _clause_joined(text: str, s: int) -> int:
    """A clause after a semicolon goes on with the sentence before it ("Sra. Fernandes pede
    adiamento; está em hemodiálise"): the start of that sentence."""
    before = text[:s].rstrip()
    if not before.endswith(";"):
        return s
    at = len(before) - 1
    return sentence_around(text, at, at)[0]


# a reader or a terminal named after the body part it reads: "fingerprint-terminal-nord"
# "my" before a thing: "my tablet" says whose the thing is, not who is read
_MY = frozenset(
    """my mein meine meinen meinem meiner mon ma mes mi mis mio mia miei mie meu minha meus
    minhas mijn moj moja moje mojego mojej""".split()
)
DEVICES = frozenset(
    """terminal terminals reader readers leser lecteur lector lettore leitor lezer czytnik
    scanner scanners sensor sensore capteur""".split()
)


_SHORT = 8  # words: a text this short is a field value, a file or device name


def _is_short(text: str, tokens: list[tuple[str, int, int]]) -> bool:
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


ONLY_ORIGIN = frozenset({ORIGIN, CUE})
_CAPITAL_RUN = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+")


def _standalone(text: str, hit: Hit) -> bool:
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


# a word of voting, an act and not a name: "voté", "gewählt", "stemde", "głosowałam"
_VOTING = re.compile(r"^(?:vot|gewahlt|wahl|stem|glos)")
# a capitalised word that starts no sentence: "… per la Panda", "… bij de Hema"
_INNER_CAPITAL = re.compile(r"(?<=[\w,;] )[A-ZÀ-Ý][a-zà-ÿ]")


def _capitalises(text: str) -> bool:
    """The writer capitalises names: a capital letter inside a sentence. A party or union
    whose name is also a word, written in lower case by such a writer, is the word."""
    return _INNER_CAPITAL.search(text) is not None


def _words(text: str) -> list[str]:
    return [t[0] for t in tokens_of(text)]


# parties whose names hold a number: "D66", "JA21", "M5S", "Polska 2050"
NUMBERED_PARTY = re.compile(r"\b(?:D66|JA21|M5S|50PLUS|Polsk\w{1,2} 2050)\b")
_NUMBERED_KEYS = ("D66", "JA21", "M5S", "50PLUS", " 2050")


def _numbered_parties(text: str) -> list[tuple[int, int]]:
    """A party whose name holds a number, with a role, a gift, the writer or a possessive
    in its sentence, or in a short text (:func:`_party_names`)."""
    if not any(key in text for key in _NUMBERED_KEYS):
        return []
    return _party_names(text, tokens_of(text), NUMBERED_PARTY)


# the categories whose term in a label makes its value a disclosure of the form's subject
_LABELLED = frozenset({RACE, POLITICS, UNION})
_ORIGIN_LABELS = frozenset(
    """origin origins ethnicity herkunft abstammung origine origen etnia origem afkomst
    etniciteit pochodzenie""".split()
)
_OPTIONS = re.compile(r"[\[(□☐?]")


def _labelled(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """The term is the value of a label of its own category on the same line: "Origine
    (facultatif) : antillaise", "Gewerkschaft: ver.di". Options to tick are no value."""
    category = hit.term.category
    if category not in _LABELLED or hit.term.kind == ORIGIN:
        return False  # a country's name may be a place: "Race du chien : berger australien"
    line = text.rfind("\n", 0, hit.start) + 1
    colon = text.rfind(":", line, hit.start)
    between = text[colon + 1 : hit.start]
    if colon < 0 or len(between) > 30 or _OPTIONS.search(between) or '"' in between:
        return False
    if category == RACE and not _ORIGIN_LABELS.isdisjoint(_words(text[line:colon])):
        return True
    return any(
        h.term.category == category and h.term.kind != ORIGIN and line <= h.start < colon
        for h in hits
    )


# a file or device name about a thing: a product's photo, a device's firmware
_THING_FILE = re.compile(
    r"produ[ck]t|produit|produto|producto|prodotto|firmware|sequenc|sequenz|"
    # a device named for where it stands: "Drukarka-Kancelaria-Parafialna"
    r"printer|drucker|drukarka|imprimante|impresora|stampante|impressora|router|beamer|"
    r"projector|kiosk",
    re.IGNORECASE,
)
# a quantity of goods: "1kg", "75 g", "6 x 330 ml" is a dose only after a medicine (read
# later), so millilitres are left out
_QUANTITY = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:g|kg|gr|oz|lb|lbs|l|cl|dl|pcs|szt|stk|stuks)\b")
# a form's question answered by nothing but its options: ": oui / non", ": tak / nie"
_YES_NO = re.compile(
    r"[^\n]*?:\s*(?:\[\s*\]\s*)?(?:yes|oui|ja|sí|si|sim|tak)\s*/\s*(?:no|non|nein|nee|não|nao|nie)\b",
    re.IGNORECASE,
)
# office jobs in a signature: a person who works for a union or a parish is not, by that, a
# member or a believer ("Lena Vogt, Buchhaltung, ver.di Landesbezirk Bayern")
OFFICE_JOBS = frozenset(
    """finance accounting accountant accounts bookkeeper payroll buchhaltung verwaltung
    hausverwaltung personalabteilung comptable comptabilite administratif administrative
    administration contabilidad contable administrativo administrativa amministrativo
    amministrativa contabilita ufficio administratie boekhouding financiele ksiegowosc
    ksiegowa administracja kadry receptionist
    immobilien facility contabile contabilista boekhouder boekhoudster buchhalter
    buchhalterin ksiegowy tecnico technicus techniker helpdesk hausmeister conserje portiere
    concierge""".split()
)


def _works_there(text: str, hit: Hit) -> bool:
    """A signature whose person holds an office job at the body the term names: "Nadia
    Benali, Comptable, Union départementale FO du Rhône"."""
    if hit.term.category not in (UNION, RELIGION, POLITICS):
        return False
    before = _words(text[max(0, hit.start - 60) : hit.start])
    if OFFICE_JOBS.isdisjoint(before):
        return False
    return _names_person(text) or _SIGNATURE_LINE.match(text) is not None


# the labels of a record's notes: what follows them is said of the record's person
_NOTE_LABELS = frozenset(
    """notes note remarks comments bemerkung bemerkungen anmerkung anmerkungen
    hinweise notizen remarques observations commentaires notas observaciones comentarios
    osservazioni annotazioni observacoes opmerkingen notities uwagi""".split()
)


def _noted(text: str, hit: Hit) -> bool:
    """The term is the value of a record's notes ("Medical/dietary notes: Jehovah's
    Witness"): said of the person the record is about."""
    line = text.rfind("\n", 0, hit.start) + 1
    colon = text.rfind(":", line, hit.start)
    if colon < 0 or hit.start - colon > 40 or _OPTIONS.search(text, colon, hit.start):
        return False  # far from the label, or one of its options to tick
    return not _NOTE_LABELS.isdisjoint(_words(text[line:colon])[-3:])


# the first letters of words of joining a body, not of a party: "filiado", "militant"
_MEMBER_WORD = re.compile(r"^(?:filia|filie|afilia|milit|tessera|membr|adher|encart|iscri|lid)")
# an Italian care home ("RSA": residenza sanitaria assistenziale), not a union's body
_CARE_HOME = frozenset(
    """nonna nonno nonni ospite ospiti residenza anziani anziano anziana ricoverata ricoverato
    ricovero degenza visita visite parenti confessione struttura mamma papa madre padre""".split()
)
# parties whose name is a phrase of their language, and the words that follow the phrase:
# "chega de" (enough of), "denk ik" (I think), "podemos ir" (we can go)
_PHRASE_ON = {
    "chega": frozenset("de da do disso dessa desse pra para".split()),
    "denk": frozenset("ik je dat het niet erover eraan na".split()),
    "podemos": frozenset("ir hacer ver ser estar tener hablar quedar".split()),
}
# a meeting, not the island of Réunion: "Réunion collectif", "Riunione RSU"
_MEETINGS = frozenset({"reunion", "riunione"})
_ISLAND_BEFORE = frozenset({"la", "l", "de", "ile", "isola", "a"})


def _not_this_body(
    text: str, hit: Hit, hits: list[Hit], tokens: list[tuple[str, int, int]]
) -> bool:
    """The term names another body than its category's: a union or a party of a people
    ("Union di Ladins", "Związek Tatarów") is an association of an origin, an Italian "RSA"
    beside a grandmother or a visit a care home; a meeting ("Réunion", "Riunione") is not
    the island."""
    category = hit.term.category
    if category == RACE and _named_relative(text, hit, tokens):
        return True  # "mio marito Franco": a first name
    if category == RACE and tokens[hit.first][0] in _MEETINGS and hit.last == hit.first + 1:
        return hit.first == 0 or tokens[hit.first - 1][0] not in _ISLAND_BEFORE
    if (
        category == POLITICS
        and hit.last < len(tokens)
        and tokens[hit.last][0] in _PHRASE_ON.get(tokens[hit.first][0], ())
    ):
        return True  # "chega de atrasos" (enough of), "moe denk ik" (I think)
    if category == UNION and tokens[hit.first][0] == "rsa":
        return not _CARE_HOME.isdisjoint(t[0] for t in tokens)
    if category == UNION:
        after = [h for h in hits if hit.last <= h.first <= hit.last + 1]
        return any(h.term.category == RACE and h.term.kind != ORIGIN for h in after)
    return False


def _named_relative(text: str, hit: Hit, tokens: list[tuple[str, int, int]]) -> bool:
    """A capitalised first name right after a relation word ("mio marito Franco")."""
    if (
        hit.first == 0
        or not text[hit.start].isupper()
        or tokens[hit.first - 1][0] not in (RELATIONS_WORDS)
    ):
        return False
    from troth.guard.names import name_lexicons

    return tokens[hit.first][0] in name_lexicons()[0]


def _union_member(hit: Hit, hits: list[Hit], tokens: list[tuple[str, int, int]]) -> Hit:
    """A member's word ("filiado", "militant", "iscritto") in a text that names a union and
    no party (an acronym that may be a word does not count) is the union's member."""
    if hit.term.category != POLITICS or not _MEMBER_WORD.match(tokens[hit.first][0]):
        return hit
    others = [h.term for h in hits if h is not hit]
    party = any(t.category == POLITICS and t.kind != AMBIGUOUS for t in others)
    if party or all(t.category != UNION for t in others):
        return hit
    return replace(hit, term=Term(UNION, hit.term.kind, hit.term.words))


# the classifier's least probability that a sentence reveals its term about a person: 0.6
# kept the development halves' macro-F1 and cut their false positives where 0.5 did not
@dataclass(frozen=True, slots=True)
class _Reading:
    """One term in its sentence, as the steps of its score read it."""

    term: Term
    sentence: str
    words: list[str]
    index: int
    short: bool
    text: str
    start: int  # of the sentence in the text
    end: int
    hit: Hit


CLASSIFIER_THRESHOLD = 0.6


class SpecialCategoryRecognizer:
    """Terms of the eight special categories, kept when the words around them say they
    are about a person (:mod:`troth.guard.context`), or, where no person is named, when
    the classifier reads a revelation."""

    name = "special_categories"

    def __init__(
        self,
        model: RevealModel | None = None,
        threshold: float = CLASSIFIER_THRESHOLD,
        lexicon: tuple[Lexicon, Lexicon] | None = None,
    ) -> None:
        self.model = model or load_model()
        self.threshold = threshold
        self.lexicon, self.cues = lexicon or load_lexicon()
        self.categories = SPECIAL_CATEGORIES
        self._gate_word = Memo(self._may_start, limit=200_000)
        numbered = Gate(pattern=_NUMBERED_GATE)  # (two searches are faster than one here)
        self.gate = Gate(words=self.gate_words, either=Gate(pattern=_HUMP, either=numbered))

    def _may_start(self, word: str) -> int:
        """What a text holding ``word`` may hold, as bits: a term (1), a country's name (2),
        a word of origin (4)."""
        folded = fold(word)
        kinds = self.lexicon.kinds[folded]
        person = (
            word in ORIENTATION_WORDS
            or may_hold(folded)
            or folded in CODE_LABELS
            or folded in PARTY_WORDS
            or word in OBSERVANCE_WORDS
            or folded in STATED_WORDS
        )
        bits = 1 if kinds - ONLY_ORIGIN or person or folded in JOINING else 0
        bits |= 2 if ORIGIN in kinds else 0
        cue = self.cues.kinds[folded] or folded in ANCESTRY_TEST_WORDS  # "descent", "kit"
        return bits | (4 if cue else 0)

    def gate_words(self, seen: set[str] | frozenset[str]) -> set[str]:
        """The words of a text that may make a revelation: a term's word, a partner, the
        first half of a joined origin ("italo-", "luso-", "polsko-"), or a country's name
        beside a word of origin."""
        bits = self._gate_word
        out = {w for w in seen if bits[w]}
        if not out:
            return out
        if not any(bits[w] & 4 for w in out):
            out = {w for w in out if bits[w] & 1}
        return out

    def find(self, text: str) -> list[Detection]:
        return self.scan(text) if self.gate.admits(text) else []

    def scan(self, text: str) -> list[Detection]:
        tokens = tokens_of(text)
        hits = self.lexicon.find(tokens)
        seen = words_of(text)
        found = self._readings(text, tokens, seen)
        if not hits:
            return found
        shares = ancestry_shares(text, hits, seen) if "%" in text else []
        found += [Detection(GENETIC, s, e, self.name, 0.85, False) for s, e in shares]
        short = _is_short(text, tokens)
        agenda = _agenda(text, len(tokens))
        for hit in hits:
            if (hit.start, hit.end) in shares:
                continue  # "12 % Iers" from a DNA kit: a genetic result, read above
            found += self._read_hit(text, hit, (tokens, hits), short, agenda)
        return found

    def _readings(
        self, text: str, tokens: list[tuple[str, int, int]], seen: frozenset[str]
    ) -> list[Detection]:
        """What a text shows with no term of the lexicon needed: same-gender partners,
        parties by name, biometric samples, diagnosis codes, a fast until sunset, health
        stated by its signs."""
        found: list[Detection] = []
        if not ORIENTATION_WORDS.isdisjoint(seen):
            found += [
                Detection(SEXUAL_ORIENTATION, s, e, self.name, 0.8, True)
                for s, e in same_gender_partner(text)
            ]
        if not PARTY_WORDS.isdisjoint(seen):
            found += [
                Detection(POLITICS, s, e, self.name, 0.8, False)
                for s, e in _party_names(text, tokens)
            ]
        found += [
            Detection(POLITICS, s, e, self.name, 0.8, False) for s, e in _numbered_parties(text)
        ]
        if text_may_hold(seen, text) and not log_line(text):
            found += self._samples(text, tokens)
        if not OBSERVANCE_WORDS.isdisjoint(seen):
            found += [
                Detection(RELIGION, s, e, self.name, 0.8, False)
                for s, e in fasting_till_sunset(text) + fasting_in_season(text)
            ]
        if not CODE_LABELS.isdisjoint(seen):
            found += [
                Detection(HEALTH, m.start(), m.end(), self.name, 0.85, False)
                for m in _DIAGNOSIS_CODE.finditer(text)
            ]
        if not STATED_WORDS.isdisjoint(seen):
            short = _is_short(text, tokens)
            found += [
                Detection(HEALTH, a, b, self.name, 0.85, RELATIONS.search(text) is not None)
                for a, b in stated_health(text, short) + specialist_visit(tokens)
            ]
        return found

    def _read_hit(
        self,
        text: str,
        hit: Hit,
        found_in: tuple[list[tuple[str, int, int]], list[Hit]],
        short: bool,
        agenda: bool,
    ) -> list[Detection]:
        """The detections one term makes: none when it is a name, another body, another
        language's word or scores under the threshold."""
        tokens, hits = found_in
        if _is_surname(text, hit.start) or _in_name(text, hit) or _lower_acronym(text, hit):
            return []
        if text[hit.start : hit.end].lower() == "dña":
            return []  # the title "Doña", which folds to "dna"
        if _not_this_body(text, hit, hits, tokens):
            return []  # "Union di Ladins" is no trade union; "Réunion du collectif" a meeting
        hit = _union_member(hit, hits, tokens)  # "é filiado" beside a Sindicato
        term = hit.term
        s, e = sentence_around(text, hit.start, hit.end)
        if term.category in (HEALTH, BIOMETRIC):
            s = _clause_joined(text, s)
        first = next(i for i, t in enumerate(tokens) if t[2] > s)
        words = local_words(text, [t for t in tokens[first:] if t[1] < e])
        index = hit.first - first
        if hit.last - hit.first == 1 and false_friend(words, index, text[s:e]):
            return []  # "l'autista" in Italian is the driver
        score = (
            0.85
            if _labelled(text, hit, hits)
            else self._score(term, text[s:e], words, index, short, (text, s, e, hit, agenda))
        )
        if score < self.threshold:
            return []
        about_other = RELATIONS.search(text, s, e) is not None
        out = [Detection(term.category, hit.start, hit.end, self.name, score, about_other)]
        if term.category == SEXUAL_ORIENTATION and sexual_health(text[hit.start : hit.end]):
            out.append(Detection(HEALTH, hit.start, hit.end, self.name, score, about_other))
        return out

    def _samples(self, text: str, tokens: list[tuple[str, int, int]]) -> list[Detection]:
        """A face, a finger, a voice beside a word of recognising it, said of a person
        (:mod:`troth.guard.biometric`)."""
        out = []
        short = _is_short(text, tokens)
        for start, end in body_recognised(tokens):
            s, e = sentence_around(text, start, end)
            first = next(i for i, t in enumerate(tokens) if t[2] > s)
            inside = [t for t in tokens[first:] if t[1] < e]
            words = local_words(text, inside)
            index = next(i for i, t in enumerate(inside) if t[1] == start)
            plain = [w if not recognising(w) else "-" for w in words]  # "template" is a sample
            if _mention(text, (s, e, start, end), plain, index, short):
                continue
            if short and " " not in text.strip() and not DEVICES.isdisjoint(words[index + 1 :]):
                continue  # "gesichtserkennung-terminal-3": a device, not a sample
            person = _owner(words, index) or short or not USERS.isdisjoint(words)
            if not person and "?" not in text[s:e]:
                # "bei mir klappt das selten": the writer, not "my tablet" in a question
                person = first_person([w for w in words if w not in _MY])
            if person or _names_person(text):
                about_other = RELATIONS.search(text, s, e) is not None
                out.append(Detection(BIOMETRIC, start, end, self.name, 0.8, about_other))
        return out

    @staticmethod
    def _ambiguous_may(
        term: Term, text: str, hit: Hit, words: list[str], index: int, short: bool
    ) -> bool:
        """An ambiguous term counts only with a person right before it, standing alone in a
        short text, or beside a role in a party or union."""
        word = text[hit.start : hit.end]
        closing = text[max(0, hit.start - 2) : hit.start] == ", " and not text[hit.end :].strip()
        if closing and term.category == RACE:
            return False  # "CISL Nazionale, Roma": a town closing an address
        if (
            term.category in (POLITICS, UNION)
            and word.islower()
            and not _VOTING.match(words[index])
            and _capitalises(text)
        ):
            return role_near(words, index)  # "cerchi in lega" (alloy), where names are capitalised
        if near_anchor(words, index):
            return True
        group = term.category not in (POLITICS, UNION) or not word.islower()
        if group and (we_are(words, index) or described_as(words, index)):
            return True  # "somos gitanos"; not "jesteśmy razem" (together)
        if short and _standalone(text, hit) and not topical(_words(text)):
            return True
        return term.category in (POLITICS, UNION) and role_near(words, index)

    def _origin_cue(self, text: str, hit: Hit, words: list[str], index: int) -> bool:
        """A word of origin in the sentence ("descent", "Herkunft"), or two origins joined."""
        return bool(self.cues.find([(w, 0, 0) for w in words])) or self._paired(
            text, hit, words, index
        )

    def _paired(self, text: str, hit: Hit, words: list[str], index: int) -> bool:
        """Two origins joined by a hyphen: "Chinese-Malaysian", "franco-sénégalaise"."""
        kinds = self.lexicon.kinds
        after = text[hit.end : hit.end + 1] == "-" and index + 1 < len(words)
        before = text[hit.start - 1 : hit.start] == "-" and index > 0
        joined = before and words[index - 1] in JOINING  # "nipo-brasileira", "italo-eritrea"
        return (
            joined
            or (after and ORIGIN in kinds[words[index + 1]])
            or (before and ORIGIN in kinds[words[index - 1]])
        )

    @staticmethod
    def _not_the_category(
        term: Term, sentence: str, words: list[str], index: int, around: tuple[str, str]
    ) -> bool:
        """Vetoes of one category or of a field, whoever the sentence speaks of: a field
        taught or worked in, a street, a language spoken, a strike that delays, a prayer for
        a thing to work, a faith as a figure of speech."""
        after = term.category not in (POLITICS, UNION, HEALTH)
        if field_of(words, index, after=after):
            return True  # "Profesora de Religión", "Referentin Gesundheitspolitik"
        if term.category == HEALTH and people_with(words, index):
            return True  # "rooms for people with disabilities": a group, not a person
        if street_named(words, index, *around):
            return True  # "al. Solidarności 82", "Gewerkschaftsstrasse 12"
        if term.category == RACE and (
            language_named(words, index) or of_an_animal(words) or a_business(words, index)
        ):
            return True  # "Muttersprache: Sorbisch": a language, not an origin; a pet's breed
        if term.category == UNION and strike_as_cause(words, index):
            return True  # "no trains because of the strike"
        if term.category == RELIGION:
            return prayer_for_things(words) or religion_metaphor(sentence)
        return False

    @staticmethod
    def _a_job_or_a_place(
        term: Term, text: str, hit: Hit, words: list[str], index: int, short: bool
    ) -> bool:
        """The term names a workplace, a job, a unit of care, a language learnt, a carrier
        with no illness, a club left or a landmark, not a person's category."""
        signature = any(mark in text for mark in _SIGNATURE_MARKS) or (
            _SIGNATURE_LINE.match(text) is not None
        )
        doctor = signature and _DOCTOR.search(text) is not None
        if place_named(words, index) and (
            (short and (doctor or (" | " in text and not _names_person(text))))
            or (signature and not first_person(words) and term.category in (HEALTH, GENETIC))
        ):
            return True  # a signature's institution: "Evangelisches Krankenhaus | Einkauf"
        if term.category == HEALTH and (
            our_workplace(words, index) or (short and PRICE.search(text) is not None)
        ):
            return True  # "w naszym szpitalu": a workplace; "... – 4,99 €": a product
        if term.category == HEALTH and FRIENDLY.match(text, hit.end):
            return True  # "diabetes-friendly snacks": a product, not a person's condition
        status = term.category == HEALTH and text[hit.start : hit.end].lower() in DISABILITY_STATUS
        named = not signature and _titled(text, words)  # "Sr. Almeida …"
        if term.category in (HEALTH, GENETIC) and not (status or named):
            if care_job(words, index, signature):
                return True  # "Servicio de Genética Clínica", "Médica geneticista": a job
        if term.category == HEALTH and (
            office_word(words[index]) or nursing(words[index]) or vaccination(words, index)
        ):
            return True  # "Verpleegkundige oncologie": a job, a unit; "la enfermera"
        if term.category == RACE and not LEARNING.isdisjoint(words[max(0, index - 3) : index]):
            return True  # "Corso di arabo", "learning Turkish": a language learnt
        if term.category == HEALTH and not CARRIERS.isdisjoint(
            words[max(0, index - 6) : index + 5]
        ):
            return True  # "healthy carrier of thalassaemia": genetic, no illness
        if term.category == HEALTH and _UNSUBSCRIBE.search(text, max(0, hit.start - 16), hit.end):
            return True  # "me di de baja de UGT": leaving, not sick leave
        if term.category == RELIGION and landmark(words, index):
            return True  # "opposite the church"
        return term.category in (RELIGION, POLITICS) and _named_after(text, hit)

    def _score(
        self,
        term: Term,
        sentence: str,
        words: list[str],
        index: int,
        short: bool,
        where: tuple[str, int, int, Hit, bool],
    ) -> float:
        """How sure the sentence reveals the term's category about a person (0: not): first
        the readings that make it no disclosure at all, then those said of no one, then how
        sure the rest is."""
        text, s, e, hit, agenda = where
        r = _Reading(term, sentence, words, index, short, text, s, e, hit)
        if self._dismissed(r):
            return 0.0
        mine = first_person(words)
        ours = we_are(words, index) or described_as(words, index)
        ours = ours or (words[index] in AS_WORDS and term.kind == PLAIN)  # "as a black …"
        anchored = (
            mine or has_anchor(words) or ours or agenda or answers_yes(text, s) or _noted(text, hit)
        ) or (names_a_person(text, cells=True) or _titled(sentence, words))
        person = (mine, ours, anchored)
        if self._said_of_no_one(r, person):
            return 0.0
        return self._sureness(r, person)

    def _dismissed(self, r: _Reading) -> bool:
        """A country's name with no word of origin, a word of several meanings with no
        person beside it, a figure of speech or a rule, a word of another category."""
        term, sentence, words, index, short = r.term, r.sentence, r.words, r.index, r.short
        text, hit = r.text, r.hit
        if short and " " not in text.strip() and _THING_FILE.search(text):
            return True  # "zwangerschapstest_productfoto.jpg", "DNA_sequencer_firmware.bin"
        if term.kind == ORIGIN and not self._origin_cue(text, hit, words, index):
            return True  # a country's name with no word of origin: a place
        if term.kind == AMBIGUOUS and not self._ambiguous_may(term, text, hit, words, index, short):
            return True  # a word of several meanings with no person beside it
        plain = sentence.replace("_", " ")
        if figure_of_speech(plain, words) or RULE.search(plain, words):
            return True
        around = (text[max(0, hit.start - 6) : hit.start], text[hit.end : hit.end + 40])
        return self._not_the_category(term, plain, words, index, around)

    @staticmethod
    def _no_ones_record(r: _Reading, mine: bool, anchored: bool) -> bool:
        """A record that is no one's: a system's log line, a row of column names, a party or
        a parish invoiced as a customer, a kind of data ("données génétiques")."""
        text, words, index = r.text, r.words, r.index
        if log_line(text) or header_row(text) or count_table(text) or building_record(text):
            return True
        if r.term.category in (POLITICS, UNION, RELIGION) and (
            customer_value(text, r.hit.start) or (invoiced(words) and not anchored)
        ):
            return True
        if not kind_of_data(words, index, text) or mine:
            return False
        return not (names_a_person(text, cells=True) or _names_person(text))

    def _said_of_no_one(self, r: _Reading, person: tuple[bool, bool, bool]) -> bool:
        """Said of no one: an institution, a job or a place, a share or a holiday, a form's
        option, a quotation, a question, a negation."""
        term, sentence, words, index, short = r.term, r.sentence, r.words, r.index, r.short
        text, s, hit = r.text, r.start, r.hit
        mine, ours, anchored = person
        if short and not anchored and _QUANTITY.search(text):
            return True  # "Halal chicken thighs 1kg", "Chocolate para diabéticos 75 g": goods
        if _YES_NO.match(text, hit.end) or _YES_NO.search(text, hit.end, hit.end + 40):
            return True  # "Handicap reconnu (RQTH) : oui / non": a question on a form
        if not anchored and DECLINED.search(text, hit.end, hit.end + 40):
            return True  # "Iscrizione sindacale (facoltativo)": a field left to choose
        if self._no_ones_record(r, mine, anchored):
            return True  # a log line, column names, a customer invoiced, a kind of data
        if not mine and _works_there(text, hit):
            return True  # "Sam Ortiz, Finance Officer, GMB Union": an employer
        if not short and not ours and (general(words, index) or only_a_place(words)):
            if not _names_person(text):
                return True  # said of no one; an institution's name ("as a …" is someone)
        if self._a_job_or_a_place(term, text, hit, words, index, short):
            return True  # "Evangelisches Krankenhaus | Einkauf", "la enfermera", "Corso di arabo"
        if (impersonal(words) and not ours and not _a_persons_record(text)) or (
            option_or_quote(text, hit.start, hit.end) and not (anchored or _names_person(text))
        ):
            return True  # a share, a holiday, a film; a form's option, a quotation
        if quoted_apart(text, hit.start, hit.end):
            return True  # someone else's words, cited
        if how_to(sentence, words, index) or asked_only(text, sentence, words, hit.start - s):
            return True  # "how do I turn on face unlock?", "asks whether therapy is covered"
        own = mine or not (SUBJECTS.isdisjoint(words) and RELATIONS_WORDS.isdisjoint(words))
        refused = term.category == HEALTH and _TREATMENT.match(words[index]) is not None
        refused = refused or (term.category == BIOMETRIC and _recognises_me(words, index))
        # "not a member"; one's own health or vote stated negatively still counts
        return (
            negated(words, index)
            and not (term.category in (HEALTH, POLITICS) and own)
            and not refused
        )

    def _sureness(self, r: _Reading, person: tuple[bool, bool, bool]) -> float:
        """How sure a term said of someone is: a label's value, a role, a sample, a dose, a
        person beside it, or the classifier's reading of the sentence."""
        term, sentence, words, index, short = r.term, r.sentence, r.words, r.index, r.short
        text, s, e, hit = r.text, r.start, r.end, r.hit
        mine, ours, anchored = person
        plain = sentence.replace("_", " ")
        value = label_value(text, hit.start, hit.end)
        if value == "" and term.category == HEALTH and code_after(text, hit.end):
            return 0.85  # "Codice esenzione ticket: 048": a code or a degree, not a blank
        if value != "" and term.category in (POLITICS, UNION) and _MEMBER_NUMBER.search(text):
            return 0.85  # "… ver.di-Mitglieder? Meine Mitgliedsnummer: …": a member's number
        if value == "" or (_asks(text, e, hit.end) and not (mine or ours)):
            return 0.0  # a question on a form, a blank field, a switch
        if value and term.kind == PLAIN:
            return 0.85  # a label and its value: "Religion: Muslim"
        if term.category in (POLITICS, UNION) and role_near(words, index):
            return 0.85  # "treasurer of", "delegate of", "member of", "leaflets for"
        if term.category == RACE and leads_a_community(words, index):
            return 0.85  # "presidente dell'associazione Sinti": leading one's community
        if short and term.kind in (AMBIGUOUS, ORIGIN) and mentions_only(plain, words, index):
            return 0.0  # "raport-mniejszosci-narodowe.pdf": a report on a topic
        if term.kind == AMBIGUOUS:  # with a person beside it (above)
            return 0.8
        if term.kind == ORIGIN:  # with a word of origin (above)
            labelled = text[max(0, hit.start - 4) : hit.start].strip(" '\"").endswith(":")
            someone = anchored or short or labelled or _names_person(text)
            return 0.8 if someone else 0.0
        if term.category == BIOMETRIC and not ENROL.isdisjoint(words):
            return 0.9  # a sample taken of a person
        if (
            term.category == BIOMETRIC
            and short
            and " " not in text.strip()
            and not DEVICES.isdisjoint(words[index + 1 : index + 2])
        ):
            return 0.0  # "fingerprint-terminal-eingang-nord": a device, not a sample
        if term.category == BIOMETRIC and not short and login_feature(words, index):
            return 0.0  # "fingerprint login for shared tablets": a feature
        if (
            short
            and term.category in (HEALTH, BIOMETRIC)
            and term.kind == PLAIN
            and file_of_person(text)
        ):
            return 0.9  # a report or a template filed under a person's name
        if term.category == HEALTH and term.kind == PLAIN and short and dosed(text, hit, words):
            return 0.9  # a medicine and its dose in a cell: a dose given to someone
        if term.category == BIOMETRIC and (
            not OBJECTS.isdisjoint(words[index : index + 2]) or _recognises_me(words, index)
        ):
            return 0.9  # "il lettore mi riconosce": a reader that knows the writer
        if mentions_only(plain, words, index) and not names_a_person(text, cells=True):
            return 0.0  # a topic, unless a record's person is named ("paciente", "estudio")
        if anchored:
            return 0.9
        if short:
            return 0.9
        masked = sentence[: hit.start - s] + " <t> " + sentence[hit.end - s :]
        return round(self.model.probability(masked), 3)
