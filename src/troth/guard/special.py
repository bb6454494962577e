"""Special categories: a lexicon finds the term; the words around it decide if a person is
revealed, and the classifier where no person is named."""

from __future__ import annotations

import re

from troth.guard import titles
from troth.guard.ancestry import (
    DNA_WORDS,
    SHARED_WORDS,
    ancestry_shares,
    relatives_matched,
    shared_centimorgans,
)
from troth.guard.ancestry import TEST_WORDS as ANCESTRY_TEST_WORDS
from troth.guard.biometric import (
    DEVICES,
    READERS,
    body_recognised,
    eye_illness,
    may_hold,
    own_papers,
    recognising,
    text_may_hold,
)
from troth.guard.bodies import (
    MEMBER_NUMBER,
    NUMBERED_GATE,
    PARTY_WORDS,
    VOTING,
    capitalises,
    lower_acronym,
    not_this_body,
    numbered_parties,
    own_vote,
    party_names,
    union_member,
    vote_only,
)
from troth.guard.candidacy import OFFICE_WORDS, candidacy, candidacy_may
from troth.guard.classifier import RevealModel, load_model
from troth.guard.clergy import TITLE_WORDS, cleric, cleric_named, father_not_priest
from troth.guard.context import (
    AS_WORDS,
    ENROL,
    FICTION,
    POSSESSIVES,
    RELATIONS_WORDS,
    SUBJECTS,
    a_cause,
    a_day_or_an_offer,
    a_named_day,
    a_pets_health,
    a_pets_test,
    a_quiz,
    a_rule,
    answered_yes,
    answers_yes,
    any_one,
    asked_only,
    described_as,
    festival_event,
    first_person,
    general,
    has_anchor,
    held_by_kin,
    how_to,
    impersonal,
    kin_named,
    language_named,
    login_feature,
    mentions_only,
    near_anchor,
    negated,
    of_an_animal,
    only_a_place,
    people_with,
    place_named,
    procedure_heading,
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
    label_value,
    option_or_quote,
    quoted_apart,
    switched_on,
)
from troth.guard.gates import Gate, words_of
from troth.guard.health_signs import (
    DISABILITY_STATUS,
    FRIENDLY,
    HURT_WORDS,
    MS_GATE,
    PRICE,
    SOBER_WORDS,
    STATED_WORDS,
    code_after,
    dosed,
    file_of_person,
    hurt_may,
    lived_since,
    our_workplace,
    own_history,
    signers_own,
    specialist_visit,
    stated_health,
)
from troth.guard.heritage import kin_of_origin
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
from troth.guard.leanings import CANDIDATE_WORDS, SIDE_WORDS, own_candidate, own_side
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
    written_as_listed,
)
from troth.guard.memo import Memo
from troth.guard.naming import (
    SIGNATURE_LINE,
    a_persons_record,
    first_name_subject,
    in_name,
    is_surname,
    named_after,
    names_listed,
    names_person,
    office_signature,
    person_named,
    signature,
    titled,
    works_there,
)
from troth.guard.no_ones import no_ones_form_or_goods, to_many
from troth.guard.observance import (
    BREAK_WORDS,
    a_rite,
    abstinence_kept,
    breaking_fast,
    celebrated,
    eaten_by_us,
    fasting_in_season,
    fasting_till_sunset,
    sabbath_hours,
    veil_worn,
    with_our_parish,
)
from troth.guard.observance import GATE_WORDS as OBSERVANCE_WORDS
from troth.guard.orientation import GATE_WORDS as ORIENTATION_WORDS
from troth.guard.orientation import same_gender_partner
from troth.guard.party_meetings import BODY_WORDS as PARTY_BODY_WORDS
from troth.guard.party_meetings import leads_party_meeting, organ_near, writer_leads
from troth.guard.paternity import FATHER_WORDS, TESTED_WORDS, paternity_result
from troth.guard.paternity import GATE_WORDS as PATERNITY_WORDS
from troth.guard.places import (
    a_business,
    civil_parish,
    in_company_name,
    landmark,
    prayer_room,
    run_as_a_business,
    street_named,
)
from troth.guard.prayers import PRAYER_WORDS, own_prayer
from troth.guard.reading import Reading
from troth.guard.records import (
    USER_KEY,
    customer_value,
    invoiced,
    log_line,
    names_a_patient,
    names_a_person,
)
from troth.guard.results import a_bodys_ground, result_words
from troth.guard.roles import (
    ROLE_WORDS,
    a_customer,
    acts_as_body,
    called_by,
    campaigns_as_body,
    leads_a_community,
    member_after_question,
    member_card,
    member_of_it,
    role_near,
    served,
    strike_as_cause,
)
from troth.guard.sample_files import MODALITY_WORDS, sample_file
from troth.guard.sentences import (
    about_me,
    agenda_entry,
    asks,
    calendar_event,
    clause_joined,
    sentence_around,
)
from troth.guard.shapes import (
    GROUP_ORDER,
    THING_FILE,
    a_model_or_an_assessment,
    catalogue_row,
    document_file,
    folded_words,
    is_short,
    labelled,
    machine_named,
    needed,
    noted,
    standalone,
)
from troth.guard.skin import GATE_WORDS as SKIN_WORDS
from troth.guard.skin import colour_of_a_thing, skin_colour
from troth.guard.slights import COMPLAINT_WORDS, SLIGHT_WORDS, slighted
from troth.guard.speech import (
    exclaimed,
    figure_of_speech,
    prayer_for_things,
    pretended,
    religion_metaphor,
    slang_praise,
    taken_back,
)
from troth.guard.tested_for import condition_sought
from troth.guard.threads import (
    asked_who,
    in_a_tag,
    in_own_reply,
    turn_at,
)
from troth.guard.titles import alternation
from troth.guard.variants import variant_results

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


_HUMP = re.compile(r"[a-z][A-Z]")
# a hyphen between two letters, the hyphen first so that the search looks for it alone
_LETTER_HYPHEN = re.compile(r"-(?<=[^\W\d_]-)(?=[^\W\d_])")
# the first halves of joined origins ("italo-eritrea", "luso-angolana", "polsko-wietnamska"):
# a text that holds one is read even without a word of origin
JOINING = frozenset(
    """italo luso franco hispano ispano anglo sino indo germano greco russo polono polsko
    nipo austro ibero""".split()
)


# care of one's sex life is health care too: a sexologist, a sex therapist, erectile
# dysfunction, a loss of desire
_SEXUAL_HEALTH = re.compile(
    r"sex(?:olog|ólog|ualtherap|[ _]therap|othérap|otherap)|sessuolog|seksuolog|sekstherap|"
    r"psychosexual|terapia[ _]sex|terapia[ _]sessual|th[ée]rapie[ _]sexuel|"
    r"[eé]r[eé][ck]t|erét|erett|erekc|potenz|viagra|"
    r"(?:deseo|desejo|desiderio|désir|begierde|verlangen|pożądani)[ _]sex|"
    r"ejacul|eiacul|eyacul|ejakul|zaadlozing|wytrysk|douleur|dolor|dolore|dor[ _]|schmerz|"
    r"pijn|ból|bolesn|pain|problem|prep\b|libido",
    re.IGNORECASE,
)


def sexual_health(term: str) -> bool:
    """Whether a term of the sex life names care of it (also a matter of health)."""
    return _SEXUAL_HEALTH.search(term) is not None


# marks that part the lines of a signature: "Dra. Lobo / Genetista / Hospital"
_SIGNATURE_MARKS = (" | ", " · ", " / ")


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
    trager tragerin tragern
    portatrice portatori portatrici sano sana sani drager draagster dragers dragerschap
    nosiciel nosicielka nosicielem nosicielka nosicielami nosicielstwa heterozygous
    heterozygote heterozygot heterozygoot heterozygota heterocigoto heterocigota eterozigote
    eterozigosi heterozigoto heterozigota heterozigotica""".split()
)
# "darse de baja": to leave a club or a service, not to be on sick leave
_UNSUBSCRIBE = re.compile(
    r"(?:\b(?:me|te|se|nos|os) (?:di|doy|dio|dimos|damos|da|dan|das|diste|dar)|"
    r"\bdar(?:me|te|se|nos|os)|\bdarse) de baja\b|"
    # giving something up: "da de baja la suscripción" (sick leave is "estar de baja")
    r"\bd(?:a|an|ar|oy|io|i|é)\s+de\s+baja\s+(?:la|el|su|sus|los|las|mi|mis|un|una)\b"
    r"(?!\s+(?:semana|mes|d[íi]a|pr[óo]xim|primera|lunes|martes))",
    re.IGNORECASE,
)


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
    titular houder holder inhaber posiadacz subject soggetto sujeto sujet kunde kundin
    cliente klant klient""".split()
)
# words that begin like a category's and are something else: a race between threads or
# cars, a Catalan audit office
_NOT_A_PERSONS = re.compile(
    r"(?i:race[\s-](?:conditions?|cars?|tracks?|days?|results?|numbers?|course|bikes?|"
    r"horses?|pace|times?|reports?|director|entr(?:y|ies)|series|start|finish)\b|"
    r"sindicatura\b|"
    # a syndicate of owners or of irrigators is no trade union
    r"syndicat[\s_-]+des[\s_-]+copropri\w*|sindicato[\s_-]+de[\s_-]+(?:riegos?|regantes)\b)"
)
# a colour asked of a thing in a form's label: "Cor do veículo:", "Farbe des Autos:"
_COLOUR_OF_A_THING = re.compile(
    r"(?i:\b(?:colou?r|cor|farbe|couleur|kleur|kolor|colore)\b[^:\n]{0,30}\b(?:vehicle|car|"
    r"ve[íi]culo|veicolo|voertuig|fahrzeug\w*|autos?|voiture|coche|carro|pojazdu|samochodu|"
    r"bike|fiets|v[ée]lo|bicicleta|product|produkt|produit|producto|prodotto|produto|"
    r"item|artikel|article)\b[^:\n]{0,20}:\s*[\"']?$)"
)
# an acronym glued to a digit: a code or a gene's symbol ("UGT1A1", "PCP9QZ", "2PSD")
_IN_A_CODE = re.compile(r"(?:\d[A-Z]{2,6}|[^\dA-Za-z]?[A-Z]{2,6}\d)")
# a stack trace: code and its files' lines, no one's words
_CODE_TRACE = re.compile(
    r"\n\s+at \w[\w.$<>]*\s*\([^()\n]*\.\w{1,4}:\d+(?::\d+)?\)|"
    r"Traceback \(most recent call last\)|\bFile \"[^\"]+\", line \d+"
)
# the term inside a record's value of a reason or a note: {"reason": "… rehab", "user_id": …}
_REASON_VALUE = re.compile(
    r"[\"'](?:reason|motivo|motif|raison|grund|reden|powod|pow[óo]d|notes?|nota|notiz|"
    r"comment|commento|comentario|coment[áa]rio|opmerking|uwagi)[\"']\s*:\s*[\"'][^\"']*$",
    re.IGNORECASE,
)
# a person named as the owner right before the term: "Lily's fingerprint", "Dana Ibsen's"
_OWNER_BEFORE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ]+)?['’]s\s+(?:\w+\s+)?$")
# the parts of the eye a sample may be taken of, as folded words begin
_EYE_PARTS = ("retin", "netzhaut", "iris", "siatkowk", "teczowk", "netvlies", "regenboogvlies")
# words that name a season, a rite or an illness only when capitalised: lower case they
# are verbs ("lent"; German "sucht", seeks)
_VERB_NOT_NAME = frozenset({"lent", "sucht"})
# a sum after a party's or a union's name in a record: "ABVV-bijdrage": 16.2, "SNESup": 9.8
_SUM_AFTER = re.compile(r"[-_\w]*[\"']?\s*[:=]\s*\d+(?:[.,]\d+)?\b")
# the first words of the two-word gates: a hurt and a part of the body, an office and standing
_TWO_WORDS = HURT_WORDS | SOBER_WORDS | OFFICE_WORDS
_KEY_VALUE = re.compile(r"\b\w+=[^\s=]")  # a system's "key=value"
# "we", whose samples include the writer's: "we now clock in with a palm scan"
_WE = frozenset("we wij wir nous nosotros nosotras noi".split())
# "is", "are", "was" right before a word: the person the sentence speaks of is it (not
# the folded "è", which is also "and" in Italian and Portuguese, nor Polish "są", French "sa")
_COPULAS = frozenset(
    """is are was were ist sind war waren est sont etait es son era eran sono erano foi
    sao jest byl byla byli zijn""".split()
)
# a person described by a people's word in a record or by themself: "persona nera",
# "mujer gitana", "zwarte vrouw" ("autodichiarazione": "persona nera")
_PERSON_NOUNS = frozenset(
    """person persona personne pessoa persoon osoba mensch woman man frau mann femme homme
    mujer hombre donna uomo mulher homem vrouw kobieta mezczyzna""".split()
)
# one family, named by its origin: "familia gitana", "famille gitane", "famiglia rom"
_A_FAMILY = frozenset("family familia famille famiglia familia familie gezin rodzina".split())
# everyone: a feature for all users is no one's ("FaceLogin geht für alle Nutzer live")
_EVERYONE = frozenset("all alle tous toutes todos todas tutti tutte wszystkich".split())


_PLACE_BEFORE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+[ -]$")
# a cleric's title and name on a signature's first line, the office on the next:
# "ds. Pieter de Groot\nPredikant Protestantse Gemeente Zwolle-Zuid"
_CLERIC_SIGNED = re.compile(
    r"^\s*(?i:ds|ks|pfr|pfarrer|pfarrerin|rev|revd|fr|padre|pastor|pastora|dominee|imam|rabbi)"
    r"\.?\s+[A-ZÀ-ÝŁŚŻ][\w'-]+(?:\s+(?:(?:de|van|der|den|von|da|di|del)\s+){0,2}"
    r"[A-ZÀ-ÝŁŚŻ][\w'-]+){1,3}[ \t]*\n[^\n]{2,80}\s*$"
)
# a label that names a talk, a course or a subject: its value is a topic ("Webinar: Islam")
_EVENT_LABEL = re.compile(
    r"\b(?:webinar\w*|conf[ée]rence|conferencia|conferenza|lezing|seminar\w*|semin[aá]rio|"
    r"talk|vortrag|workshop|thema|topic|subject|onderwerp|betreff|asunto|oggetto|assunto|"
    r"temat|sujet|tema|course|kurs|cours|curso|corso|cursus|training|formation|formación)\b",
    re.IGNORECASE,
)
# for a titled person, right after the term: "halal pour M. Benali", "kosher for Mrs Cohen"
_FOR_TITLED = re.compile(
    r"\s+(?:for|pour|para|per|für|voor|dla)\s+(?:(?:il|la|le|el|the|de|o|a)\s+)?"
    rf"(?:{alternation(titles.PERSONAL, small=True)})\b\.?\s*[A-ZÀ-Ý]"
)
# a quiz's word: only a text that holds one is asked whether it is a quiz
_QUIZ_HINT = re.compile(r"quiz|trivia|concurso|teleturniej|kwiz", re.IGNORECASE)
_STOP_AFTER = re.compile(r"\s*[,;:.!?()]")  # a stop right after a term
# a term that fills a record's cell or a key's value on its own: ';costalero;', '":"halal"'
_CELL_START = re.compile(r'(?:[;|\t]|":\s*")\s*$')
_WHOLE_CELL = re.compile(r'\s*(?:[;|\t]|"\s*[,}]|$)')
# a word of where one comes from right before a capitalised word, and no more words of a
# name after it: "from Afrin,", "aus Lasix." read as a place
_FROM_PLACE = re.compile(r"\b(?:from|aus|uit|desde|depuis|dalla|dal|vom|von)\s+$", re.I)
_PLACE_AFTER = re.compile(r"\s*(?:[,.;)]|$)")
# a person titled or a patient, named or with an initial, right before: "M. A. Leroy, "
_NAMED_BEFORE = re.compile(
    rf"(?:\b(?:{alternation(titles.PERSONAL, small=True)})\.?|\b(?:utente|patient|paciente|"
    r"paziente|patiënt|pacjent|pacjentka))(?:\s+[A-ZÀ-Ý][\w'-]*\.?){1,3}\s*[,(]\s*$"
)
# whom a sample is taken of: "recognises me", "mich erkannt", "non lo riconosce", "m'ont
# enregistrée"
OBJECTS = frozenset("""me m mich moi mi mij mnie him her lo la le ihn hem go ja jej""".split())
_ME = frozenset("me m mich mir moi mi mij mnie".split())  # "m" of "m'ont enregistré"


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
    if figure_of_speech(plain, words) or a_rule(plain, words):
        return True  # a failed match ("no longer recognises my face") is still a sample
    if label_value(text, start, end) == "" or (text[e : e + 1] == "?" and not first_person(words)):
        return True  # a switch, a blank field, a question
    if how_to(sentence, words, index) or asked_only(text, sentence, words, start - s):
        return True
    if not short and (general(words, index) or (only_a_place(words) and _WE.isdisjoint(words))):
        return True  # (a place where "we" clock in names the people read there)
    if option_or_quote(text, start, end) and not (first_person(words) or names_person(text)):
        return True  # (speech quoted in a log is someone's: "„Ich erkenne dich an deiner Stimme“")
    # (a person as the object is no topic: "mi hanno registrato, tipo film di spie")
    return mentions_only(plain, words, index) and _ME.isdisjoint(words)


# "my" before a thing: "my tablet" says whose the thing is, not who is read
_MY = frozenset(
    """my mein meine meinen meinem meiner mon ma mes mi mis mio mia miei mie meu minha meus
    minhas mijn moj moja moje mojego mojej""".split()
)
# the writer's former partner: "mi ex, Laura", "mn ex" (read for a name of their gender)
_MY_EX = re.compile(rf"\b(?:{'|'.join(sorted(_MY | {'mn'}))})\s+ex\b", re.IGNORECASE)
# two words that together let a text through the gate, each pair with the reading it is for:
# a father and a test ("the test said 0 %, he's not my dad"), centimorgans shared with a DNA
# match, "my" and "ex" ("mi ex, Laura")
_PAIRED_GATES = (
    (FATHER_WORDS, TESTED_WORDS),
    (frozenset({"cm"}), SHARED_WORDS),
    (frozenset({"ex"}), _MY | {"mn"}),
    (SLIGHT_WORDS, COMPLAINT_WORDS),
    (BREAK_WORDS, frozenset({"fast", "post", "vasten", "fasten"})),
)


ONLY_ORIGIN = frozenset({ORIGIN, CUE})


# the classifier's least probability that a sentence reveals its term about a person: 0.6
# kept the development halves' macro-F1 and cut their false positives where 0.5 did not
CLASSIFIER_THRESHOLD = 0.6


# a note that opens with its person, titled or as a member or a patient: "Fr. Oberhauser ruft
# an: …", "Member: K. Brennan (RCN). …", "Appel de M. Da Costa …" (not a doctor's title)
_NOTE_OPENS = re.compile(
    r"^\W*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*|(?i:appel|call|anruf|llamada|chiamata|"
    r"chamada|telefoon|telefon)\s+(?i:de|from|von|of|van|od|da|di)\s+)?"
    r"(?:(?i:member|mitglied|membre|miembro|socio|socia|lid|członek|patient\w*|paciente|"
    r"paziente|client\w*|cliente|klant|kunde|kundin|utente)\s*:?\s+(?:[A-ZÀ-Ý]\.\s*)?|"
    rf"(?:{alternation(titles.MALE + titles.FEMALE, small=True)})\.?\s+)[A-ZÀ-ÝŁŚŻ]"
)
# one's own day away: "OOO", "abwesend", "ganztägig nicht erreichbar", "telefono spento"
_AWAY = (
    r"OOO|out of office|abwesend|absente?|ausente|assente|afwezig|nieobecn\w*|offline|"
    r"(?:nicht|niet|not) (?:erreichbar|bereikbaar|reachable)|unreachable|injoignable|"
    r"telefono spento|telefone desligado|telefoon uit|handy aus|phone off|sin m[óo]vil|"
    r"senza telefono|sans t[ée]l[ée]phone|sem (?:telem[óo]vel|celular)|zonder telefoon|"
    r"bez telefonu|niedost[ęe]pn\w*"
)
_AWAY_DAY = re.compile(rf"\b(?:{_AWAY})\b", re.IGNORECASE)
# a calendar entry of one's own day away: "OOO - Yom Kippur, fasting & offline"
_OWN_ABSENCE = re.compile(
    rf"\b(?:{_AWAY}|fasting|fasten|jeûne|ayuno|digiuno|jejum|vasten|sin comer|niente cibo|"
    r"sans manger|ohne essen|zonder eten|bez jedzenia|sem comer|no food)\b",
    re.IGNORECASE,
)
# "KO" as worn out: "sono KO", "je suis KO", "estoy KO", "I'm KO"
_KNOCKED_OUT = re.compile(
    r"\b(?:sono|sei|è|suis|es|est|estoy|estás|está|estou|I'm|im|ben|bin|jestem)\s+(?-i:KO)\b",
    re.IGNORECASE,
)
# the number of a Polish primary school after its letters: "SP 12", "SP nr 3"
_SCHOOL_NUMBER = re.compile(r"\s?(?:nr\.?\s?)?\d{1,3}\b")
# "for" a party: the work done before it is for it
_FOR_WORDS = frozenset("for pour para per fur voor dla".split())
# a row of cells: its sentences end at each semicolon, but the row is one record
_CELLS = re.compile(r"[;|\t]")


def _role_in_row(text: str, word: str) -> bool:
    """A role in a party or a union in another cell of the same row: "SPD OV Lindenthal;
    Mitglied;Gerhard Bäumler;seit 1998" (a sentence ends at each semicolon)."""
    if len(_CELLS.findall(text)) < 2 or ". " in text:
        return False
    row = folded_words(text)
    return word in row and role_near(row, row.index(word), 4)


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
        # two origins joined by a hyphen, with no word of origin ("Chinese-Malaysian")
        joined = Gate(pattern=_LETTER_HYPHEN, words=self._two_origins)
        # (two searches are faster than one here)
        numbered = Gate(pattern=NUMBERED_GATE, either=Gate(pattern=MS_GATE, either=joined))
        self.gate = Gate(words=self.gate_words, either=Gate(pattern=_HUMP, either=numbered))

    def _may_start(self, word: str) -> int:
        """What a text holding ``word`` may hold, as bits: a term (1), a country's name (2),
        a word of origin (4)."""
        folded = fold(word)
        kinds = self.lexicon.kinds[folded]
        person = (
            word in ORIENTATION_WORDS
            or folded in ORIENTATION_WORDS
            or folded in OBSERVANCE_WORDS
            or may_hold(folded)
            or folded in CODE_LABELS
            or folded in PARTY_WORDS
            or word in OBSERVANCE_WORDS
            or folded in STATED_WORDS
            or folded in TITLE_WORDS
            or folded in SKIN_WORDS
            or folded in DNA_WORDS
            or folded in PRAYER_WORDS
            or folded in SIDE_WORDS
            or folded in CANDIDATE_WORDS
            or folded in MODALITY_WORDS
            or folded in PARTY_BODY_WORDS
        )
        bits = 1 if kinds - ONLY_ORIGIN or person or folded in JOINING else 0
        bits |= 2 if ORIGIN in kinds else 0
        cue = self.cues.kinds[folded] or folded in ANCESTRY_TEST_WORDS  # "descent", "kit"
        return bits | (4 if cue else 0)

    def _two_origins(self, seen: set[str] | frozenset[str]) -> set[str]:
        """The words of a text that name an origin, when two or more do (a hyphen may join
        two of them)."""
        bits = self._gate_word
        origins = {w for w in seen if bits[w] & 2}
        return origins if len(origins) > 1 else set()

    def gate_words(self, seen: set[str] | frozenset[str]) -> set[str]:
        """The words of a text that may make a revelation: a term's word, a partner, the
        first half of a joined origin ("italo-", "luso-", "polsko-"), or a country's name
        beside a word of origin."""
        bits = self._gate_word
        out = set(filter(bits.__getitem__, seen))
        if not any(bits[w] & 4 for w in out):
            out = {w for w in out if bits[w] & 1}
        if out:
            return out
        if not _TWO_WORDS.isdisjoint(seen) and (hurt_may(seen) or candidacy_may(seen)):
            return {"two words"}  # a part of the body and a hurt; an office and standing
        if any(not (a.isdisjoint(seen) or b.isdisjoint(seen)) for a, b in _PAIRED_GATES):
            return {"two words"}
        return out

    def find(self, text: str) -> list[Detection]:
        return self.scan(text) if self.gate.admits(text) else []

    def scan(self, text: str) -> list[Detection]:
        tokens = tokens_of(text)
        hits = [h for h in self.lexicon.find(tokens) if written_as_listed(text, h)]
        seen = words_of(text)
        found = self._readings(text, tokens, seen)
        if found and ("\n" in text):  # (a message to many, or one quoted, tells of no one)
            found = [d for d in found if not to_many(text, d.start)]
        if not hits:
            return found
        shares = ancestry_shares(text, hits, seen) if "%" in text else []
        found += [Detection(GENETIC, s, e, self.name, 0.85, False) for s, e in shares]
        short = is_short(text, tokens)
        agenda = agenda_entry(text, len(tokens))
        for hit in hits:
            if shares and (hit.term.category == RACE or (hit.start, hit.end) in shares):
                continue  # "12 % Iers" from a DNA kit: a genetic result, read above
            found += self._read_hit(text, hit, (tokens, hits), short, agenda)
        return a_bodys_ground(text, result_words(text, found))

    def _readings(
        self, text: str, tokens: list[tuple[str, int, int]], seen: frozenset[str]
    ) -> list[Detection]:
        """What a text shows with no term of the lexicon needed: same-gender partners,
        parties by name, a candidacy, biometric samples, faith and opinion (:meth:`_beliefs`),
        a colour of skin, a people's word in a complaint, relatives by DNA, a gene and its
        variant, diagnosis codes, health stated by its signs."""
        found: list[Detection] = []
        if not text.isascii():  # the gates' lists hold words with and without their accents
            seen = seen | {fold(w) for w in seen if not w.isascii()}
        if not ORIENTATION_WORDS.isdisjoint(seen) or ("ex" in seen and _MY_EX.search(text)):
            found += [
                Detection(SEXUAL_ORIENTATION, s, e, self.name, 0.8, True)
                for s, e in same_gender_partner(text)
            ]
        if not PARTY_WORDS.isdisjoint(seen) and not office_signature(text):
            # (a party as a customer: "Green Party conference catering, invoice 4471",
            # "Catering mitin PSOE – 300 pax")
            supplied = invoiced(seen) or "catering" in seen or GROUP_ORDER.search(text)
            found += [
                Detection(POLITICS, s, e, self.name, 0.8, False)
                for s, e in party_names(text, tokens)
                if not (supplied or customer_value(text, s))  # a party invoiced as a customer
            ]
        found += [
            Detection(POLITICS, s, e, self.name, 0.8, False) for s, e in numbered_parties(text)
        ]
        found += [
            Detection(POLITICS, s, e, self.name, 0.8, False) for s, e in candidacy(text, seen)
        ]
        if text_may_hold(seen, text) and (not log_line(text) or USER_KEY.search(text)):
            found += self._samples(text, tokens)
        if not MODALITY_WORDS.isdisjoint(seen) and " " not in text.strip():
            found += [
                Detection(BIOMETRIC, s, e, self.name, 0.85, False) for s, e in sample_file(text)
            ]
        found += self._beliefs(text, tokens, seen)
        if not SKIN_WORDS.isdisjoint(seen):
            found += [Detection(RACE, s, e, self.name, 0.85, False) for s, e in skin_colour(text)]
        if not (SLIGHT_WORDS.isdisjoint(seen) or COMPLAINT_WORDS.isdisjoint(seen)):
            found += [Detection(RACE, s, e, self.name, 0.8, False) for s, e in slighted(text)]
        fathers = not FATHER_WORDS.isdisjoint(seen) and not TESTED_WORDS.isdisjoint(seen)
        if (fathers or not PATERNITY_WORDS.isdisjoint(seen)) and self._someone_in(text):
            found += [
                Detection(GENETIC, s, e, self.name, 0.85, False) for s, e in paternity_result(text)
            ]
        if not DNA_WORDS.isdisjoint(seen):
            found += [
                Detection(GENETIC, s, e, self.name, 0.85, False)
                for s, e in relatives_matched(tokens, seen)
            ]
        if "cm" in seen and USER_KEY.search(text):  # {"user": …, "shared_cM": 870}
            found += [
                Detection(GENETIC, s, e, self.name, 0.85, False)
                for s, e in shared_centimorgans(text)
            ]
        return found + self._signs_and_genes(text, tokens, seen)

    def _beliefs(
        self, text: str, tokens: list[tuple[str, int, int]], seen: frozenset[str]
    ) -> list[Detection]:
        """Faith and opinion with no term of the lexicon needed: a cleric named, a fast, the
        Sabbath's hours kept, a veil worn, praying and a political side said of oneself."""
        found: list[Detection] = []
        if not TITLE_WORDS.isdisjoint(seen):
            found += [
                Detection(RELIGION, s, e, self.name, 0.85, False) for s, e in cleric_named(text)
            ]
        if not OBSERVANCE_WORDS.isdisjoint(seen):
            found += [
                Detection(RELIGION, s, e, self.name, 0.8, False)
                for s, e in fasting_till_sunset(text)
                + fasting_in_season(text)
                + abstinence_kept(text)
            ]
            found += [
                Detection(RELIGION, s, e, self.name, 0.8, False)
                for s, e in sabbath_hours(text)
                if self._kept_by(text, tokens)
            ]
            found += [Detection(RELIGION, s, e, self.name, 0.8, False) for s, e in veil_worn(text)]
        if not BREAK_WORDS.isdisjoint(seen):
            found += [
                Detection(RELIGION, s, e, self.name, 0.8, False) for s, e in breaking_fast(text)
            ]
        if not SIDE_WORDS.isdisjoint(seen):
            found += [Detection(POLITICS, s, e, self.name, 0.8, False) for s, e in own_side(text)]
        if not CANDIDATE_WORDS.isdisjoint(seen):
            found += [
                Detection(POLITICS, s, e, self.name, 0.8, False) for s, e in own_candidate(text)
            ]
        if not PARTY_BODY_WORDS.isdisjoint(seen):
            found += [
                Detection(POLITICS, s, e, self.name, 0.8, False)
                for s, e in leads_party_meeting(text)
            ]
        if not PRAYER_WORDS.isdisjoint(seen):
            folded = [t[0] for t in tokens]
            found += [
                Detection(RELIGION, s, e, self.name, 0.8, False)
                for s, e in own_prayer(text, folded)
            ]
        return found

    def _signs_and_genes(
        self, text: str, tokens: list[tuple[str, int, int]], seen: frozenset[str]
    ) -> list[Detection]:
        """A gene's variant found in someone, a diagnosis's code, health stated by its signs."""
        found: list[Detection] = []
        variants = variant_results(text)  # "NOTCH3-mutatie bij mij aangetoond"
        if variants and self._someone_in(text):
            found += [Detection(GENETIC, s, e, self.name, 0.85, False) for s, e in variants]
        if not CODE_LABELS.isdisjoint(seen):
            found += [
                Detection(HEALTH, m.start(), m.end(), self.name, 0.85, False)
                for m in _DIAGNOSIS_CODE.finditer(text)
            ]
        stated = not STATED_WORDS.isdisjoint(seen) or hurt_may(seen) or "MS" in text
        if stated and not asked_only(text, text, [t[0] for t in tokens]):
            short = is_short(text, tokens)
            found += [
                Detection(HEALTH, a, b, self.name, 0.85, RELATIONS.search(text) is not None)
                for a, b in stated_health(text, short) + specialist_visit(tokens, text)
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
        if is_surname(text, hit.start) or in_name(text, hit) or lower_acronym(text, hit):
            return []
        if text[hit.start : hit.end].lower() == "dña":
            return []  # the title "Doña", which folds to "dna"
        if text[hit.start : hit.end] in _VERB_NOT_NAME and (
            capitalises(text) or text.lstrip()[:1].isupper()
        ):
            return []  # "I lent him my car": the verb; the season is written "Lent"
        if not_this_body(text, hit, hits, tokens):
            return []  # "Union di Ladins" is no trade union; "Réunion du collectif" a meeting
        if vote_only(tokens, hit, hits):
            return []  # "register for a postal vote": voting, with no party or side
        hit = union_member(hit, hits, tokens)  # "é filiado" beside a Sindicato
        term = hit.term
        s, e = sentence_around(text, hit.start, hit.end)
        if term.category in (HEALTH, BIOMETRIC):
            s = clause_joined(text, s)
        first = next(i for i, t in enumerate(tokens) if t[2] > s)
        words = local_words(text, [t for t in tokens[first:] if t[1] < e])
        index = hit.first - first
        is_labelled = labelled(text, hit, hits)
        if term.kind == ORIGIN and not is_labelled:
            if not self._origin_cue(text, hit, words, index):
                return []  # a country's name with no word of origin: a place (often: first)
        if hit.last - hit.first == 1 and false_friend(words, index, text[s:e], (tokens, text)):
            return []  # "l'autista" in Italian is the driver
        genetic = any(h.term.category == GENETIC for h in hits)
        if term.category == HEALTH and genetic and negated(words, index, text[s:e]):
            return []  # "a BRCA1 mutation, no cancer": a genetic result, no illness
        if term.category == HEALTH and condition_sought(
            words, index, index + hit.last - hit.first - 1, genetic
        ):
            return []  # "the mutation for familial hypercholesterolaemia": what was sought
        score = (
            0.85
            if is_labelled
            else self._score(term, text[s:e], words, index, short, (text, s, e, hit, agenda))
        )
        if score < self.threshold:
            return []
        about_other = RELATIONS.search(text, s, e) is not None
        out = [Detection(term.category, hit.start, hit.end, self.name, score, about_other)]
        if term.category == SEXUAL_ORIENTATION and sexual_health(text[hit.start : hit.end]):
            out.append(Detection(HEALTH, hit.start, hit.end, self.name, score, about_other))
        return out

    @staticmethod
    def _kept_by(text: str, tokens: list[tuple[str, int, int]]) -> bool:
        """Someone the text speaks of keeps what it names: the writer, a relative, a person
        named or titled ("Cliente D. Benarroch pide …"), not a hotel's lift."""
        words = [t[0] for t in tokens]
        return (
            first_person(words)
            or not SUBJECTS.isdisjoint(words)
            or titled(text, words)
            or names_person(text)
            or RELATIONS.search(text) is not None
        )

    def _samples(self, text: str, tokens: list[tuple[str, int, int]]) -> list[Detection]:
        """A face, a finger, a voice beside a word of recognising it, said of a person
        (:mod:`troth.guard.biometric`)."""
        out = []
        short = is_short(text, tokens)
        keyed = USER_KEY.search(text) is not None and log_line(text)
        for start, end in body_recognised(tokens):
            s, e = sentence_around(text, start, end)
            first = next(i for i, t in enumerate(tokens) if t[2] > s)
            inside = [t for t in tokens[first:] if t[1] < e]
            words = local_words(text, inside)
            index = next(i for i, t in enumerate(inside) if t[1] == start)
            plain = [w if not recognising(w) else "-" for w in words]  # "template" is a sample
            if not keyed and _mention(text, (s, e, start, end), plain, index, short):
                continue  # (a log line of a subject's match mentions nothing: it records)
            if short and " " not in text.strip() and not DEVICES.isdisjoint(words[index + 1 :]):
                continue  # "gesichtserkennung-terminal-3": a device, not a sample
            if a_model_or_an_assessment(words, index) and not names_person(text):
                continue  # "heute testen wir die Gesichtsentsperrung vom neuen Galaxy"
            feature = login_feature(words, index, access=not short) and ENROL.isdisjoint(words)
            if feature and not (first_person(words) or (short and self._someone_in(text))):
                continue  # "login con riconoscimento vocale come le banche": a feature
            users = not USERS.isdisjoint(words) and _EVERYONE.isdisjoint(words)
            person = _owner(words, index) or short or users  # (not "für alle Nutzer")
            person = person or not _WE.isdisjoint(words) or own_papers(words)
            person = person or _OWNER_BEFORE.search(text, max(0, start - 40), start) is not None
            # a titled person or a relative read: "a face da Sra. Neide", "babci Stanisławy"
            person = person or titled(text, words) or not RELATIONS_WORDS.isdisjoint(words)
            if not person and "?" not in text[s:e]:
                # "bei mir klappt das selten": the writer, not "my tablet" in a question
                person = first_person([w for w in words if w not in _MY])
            if person or names_person(text) or names_listed(text):
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
        if word.lower() == "sud" and _PLACE_BEFORE.search(text, 0, hit.start):
            return False  # "Lyon Sud", "Paris-Sud": the south of a place, not the union
        closing = text[max(0, hit.start - 2) : hit.start] == ", " and not text[hit.end :].strip()
        if closing and term.category == RACE:
            return False  # "CISL Nazionale, Roma": a town closing an address
        if (
            term.category in (POLITICS, UNION)
            and word.islower()
            and not VOTING.match(words[index])
            and (term.category == POLITICS or capitalises(text))
        ):
            # "cerchi in lega" (alloy), "podemos passar" (we can): a common word, unless a
            # role stands near ("iscritta alla lega"); a union in a lower-case chat is read
            return role_near(words, index)
        if near_anchor(words, index) or about_me(text):
            return True  # (an "about me" field: "Over mij: bi, wielrenner")
        if switched_on(text, hit.end) and USER_KEY.search(text):
            return True  # {"user": "mtorres", "face_unlock_enrolled": true}: the user's flag
        if term.category in (RACE, SEXUAL_ORIENTATION) and index > 0:
            if words[index - 1] in _COPULAS:
                return True  # "że jest gejem", "she is Romani": said to be it
        if term.category == RACE and _a_person_described(text, words, index):
            return True  # {"dipendente": "L. Bianchi", "autodichiarazione": "persona nera"}
        if term.category == HEALTH and own_history(text, hit.start):
            return True  # "Questionnaire santé : pneumothorax en 2021": the filler's own
        whole = _WHOLE_CELL.match(text, hit.end) and _CELL_START.search(text, 0, hit.start)
        if whole and term.category != RACE:  # ("Roma" alone in a cell is more often Rome)
            if names_a_person(text, cells=True):
                return True  # {"leerling": "…", "dieet": "halal"}; "…;Manuel Cabrera;…;costalero"
        if _FOR_TITLED.match(text, hit.end):
            return True  # "halal pour M. Benali": for a person titled and named
        if _NAMED_BEFORE.search(text, max(0, hit.start - 50), hit.start):
            return True  # "M. A. Leroy, HSH", "utente R. (HSH)": a record's person, then it
        if _kept_or_led(term, text, word, words, index):
            return True  # the writer's season, the household's diet, a body the writer leads
        if term.category in (POLITICS, UNION) and member_card(words, index):
            return near_anchor(words, index, possessive=True) or first_person(words)
        group = term.category not in (POLITICS, UNION) or not word.islower()
        if group and (we_are(words, index) or described_as(words, index)):
            return True  # "somos gitanos"; not "jesteśmy razem" (together)
        if short and standalone(text, hit) and not topical(folded_words(text)):
            return True
        if term.category not in (POLITICS, UNION):
            return False
        # a short note reaches across its words: "Rappresentante di lista seggio 14 (per il PD)";
        # so does a party one works for: "il tracte tous les soirs pour le RN"
        worked_for = not _FOR_WORDS.isdisjoint(words[max(0, index - 2) : index])
        span = 8 if short or worked_for else 4
        return (
            role_near(words, index, span)
            or _role_in_row(text, words[index])
            or member_of_it(text, hit.end)
        )

    def _origin_cue(self, text: str, hit: Hit, words: list[str], index: int) -> bool:
        """A word of origin in the sentence ("descent", "Herkunft"), two origins joined, or a
        family's origin ("meine Familie ist armenisch")."""
        if kin_of_origin(words, index):
            return True
        return bool(self.cues.find([(w, 0, 0) for w in words])) or self._paired(
            text, hit, words, index
        )

    def _paired(self, text: str, hit: Hit, words: list[str], index: int) -> bool:
        """Two origins joined by a hyphen: "Chinese-Malaysian", "franco-sénégalaise"."""
        kinds = self.lexicon.kinds
        after = text[hit.end : hit.end + 1] == "-" and index + 1 < len(words)
        before = text[hit.start - 1 : hit.start] == "-" and index > 0
        joined = before and words[index - 1] in JOINING  # "nipo-brasileira", "italo-eritrea"
        # (the same word twice is no pair: "CAMER-CAMER")
        return (
            joined
            or (after and ORIGIN in kinds[words[index + 1]] and words[index + 1] != words[index])
            or (before and ORIGIN in kinds[words[index - 1]] and words[index - 1] != words[index])
        )

    @staticmethod
    def _not_the_category(
        term: Term,
        sentence: str,
        words: list[str],
        index: int,
        around: tuple[str, str],
        cared_for: bool = False,
    ) -> bool:
        """Vetoes of one category or of a field, whoever the sentence speaks of: a field
        taught or worked in (not in the record of a person cared for), a street, a language
        spoken, a strike that delays, a prayer for a thing to work, a faith as a figure of
        speech."""
        after = term.category not in (POLITICS, UNION, HEALTH)
        # (a party beside an office's portfolio is the office holder's: "wethouder Onderwijs
        # (GroenLinks-PvdA)")
        held = term.category == POLITICS and role_near(words, index)
        if not (cared_for or held) and field_of(words, index, after=after):
            return True  # "Profesora de Religión", "Referentin Gesundheitspolitik"
        if term.category == GENETIC and a_pets_test(words):
            return True  # "zrobiliśmy psu test DNA": the dog's breeds
        if term.category == BIOMETRIC and words[index].startswith(_EYE_PARTS):
            if eye_illness(words, index):
                return True  # "Netzhautablösung", "descolamento da retina": care of the eye
        if term.category == HEALTH and a_pets_health(words):
            return True  # "Ma chienne … est sous cortisone": a pet's medicine
        if term.category == HEALTH and people_with(words, index):
            return True  # "rooms for people with disabilities": a group, not a person
        if street_named(words, index, *around):
            return True  # "al. Solidarności 82", "Gewerkschaftsstrasse 12"
        if term.category == RACE and (
            language_named(words, index) or of_an_animal(words) or a_business(words, index)
        ):
            return True  # "Muttersprache: Sorbisch": a language, not an origin; a pet's breed
        if term.category == RACE and colour_of_a_thing(words, index):
            return True  # "schwarze Kleidung": the colour of a thing
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
            SIGNATURE_LINE.match(text) is not None
        )
        doctor = signature and _DOCTOR.search(text) is not None
        if place_named(words, index) and (
            (short and (doctor or (" | " in text and not names_person(text))))
            or (signature and not first_person(words) and term.category in (HEALTH, GENETIC))
        ):
            return True  # a signature's institution: "Evangelisches Krankenhaus | Einkauf"
        priced = short and PRICE.search(text) is not None and RELATIONS_WORDS.isdisjoint(words)
        if term.category == HEALTH and (our_workplace(words, index) or priced):
            return True  # "w naszym szpitalu": a workplace; "... – 4,99 €": a product
            # (not one bought for a relative: "Concor 5 + Zyloric – pai – 14,30 €")
        if term.category in (HEALTH, RELIGION) and run_as_a_business(words, index):
            return True  # "Dentist chair delivery for the clinic refit": the place's trade
        if term.category == HEALTH and FRIENDLY.match(text, hit.end):
            return True  # "diabetes-friendly snacks": a product, not a person's condition
        status = term.category == HEALTH and text[hit.start : hit.end].lower() in DISABILITY_STATUS
        # "Sr. Almeida …"; a record of care: {"paciente": …, "servicio": "fisioterapia"}
        named = not signature and (titled(text, words) or names_a_patient(text))
        if term.category in (HEALTH, GENETIC) and not (status or named):
            if care_job(words, index, signature):
                return True  # "Servicio de Genética Clínica", "Médica geneticista": a job
        if term.category == HEALTH and (
            office_word(words[index]) or nursing(words[index]) or vaccination(words, index)
        ):
            return True  # "Verpleegkundige oncologie": a job, a unit; "la enfermera"
        if term.category == RACE and not LEARNING.isdisjoint(words[max(0, index - 3) : index]):
            return True  # "Corso di arabo", "learning Turkish": a language learnt
        if (
            term.category == HEALTH
            and not CARRIERS.isdisjoint(words[max(0, index - 6) : index + 5])
            and not own_history(text, hit.start)
        ):
            return True  # "healthy carrier of thalassaemia": genetic, no illness
        if term.category == HEALTH and _UNSUBSCRIBE.search(
            text, max(0, hit.start - 16), hit.end + 12
        ):
            return True  # "me di de baja de UGT": leaving, not sick leave
        if term.category == RELIGION and (
            landmark(words, index) or civil_parish(words, index) or prayer_room(words, index)
        ):
            return True  # "opposite the church"; "Parish Council", local government
        return term.category in (RELIGION, POLITICS) and named_after(text, hit)

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
        # (a feast in a calendar file may be the team's: "SUMMARY:Suikerfeest - op kantoor rustig")
        agenda = agenda and not (
            term.category == RELIGION and calendar_event(text) and not _OWN_ABSENCE.search(text)
        )  # ("OOO - Yom Kippur, fasting": the owner's own day away)
        r = Reading(term, sentence, words, index, short, text, s, e, hit, agenda)
        if self._dismissed(r):
            return 0.0
        mine = first_person(words)
        # (the window reaches the term's own last word: a phrase that holds "we" counts it)
        ours = we_are(words, index + hit.last - hit.first) or described_as(words, index)
        ours = ours or (words[index] in AS_WORDS and term.kind == PLAIN)  # "as a black …"
        anchored = (
            mine or has_anchor(words) or ours or agenda or answers_yes(text, s) or noted(text, hit)
        ) or (names_a_person(text, cells=True) or titled(sentence, words) or about_me(text))
        anchored = anchored or turn_at(text, hit.start) is not None or in_own_reply(text, hit.start)
        person = (mine, ours, anchored)
        if self._said_of_no_one(r, person):
            return 0.0
        return self._sureness(r, person)

    def _dismissed(self, r: Reading) -> bool:
        """A country's name with no word of origin, a word of several meanings with no
        person beside it, a figure of speech or a rule, a word of another category."""
        term, sentence, words, index, short = r.term, r.sentence, r.words, r.index, r.short
        text, hit = r.text, r.hit
        if short and " " not in text.strip() and THING_FILE.search(text) and not kin_named(words):
            return True  # "zwangerschapstest_productfoto.jpg", "DNA_sequencer_firmware.bin"
        if short and document_file(text):
            return True  # "cartaz_dia_mundial_diabetes.pdf": a poster, a policy, a blank form
        if short and catalogue_row(text) and not names_person(text):
            return True  # "KSML,Repas casher,fournisseur …": a supplier's row; a code defined
        if term.category == RELIGION and father_not_priest(text, hit.start):
            return True  # "nato 11/01/2015,padre Andrea Greco": the child's father
        if _NOT_A_PERSONS.match(text, hit.start) or _COLOUR_OF_A_THING.search(
            text, max(0, hit.start - 40), hit.start
        ):
            return True  # "race condition", "Sindicatura de Comptes"; "Cor do veículo: preta"
        if term.category in (POLITICS, UNION) and _IN_A_CODE.match(text, max(0, hit.start - 1)):
            if text[hit.start : hit.end].isupper():
                return True  # "UGT1A1" (a gene), "PCP9QZ" (a booking code): not the body
        if in_a_tag(text, hit.start):
            return True  # "Counsellor: …", "Geneticus: …": a role that speaks in a thread
        if term.category == POLITICS and _KNOCKED_OUT.search(text, max(0, hit.start - 12), hit.end):
            return True  # "sono KO", "je suis KO": worn out, not the party
        if term.category == POLITICS and text[hit.start : hit.end] == "SP":
            if _SCHOOL_NUMBER.match(text, hit.end):
                return True  # "SP 12 w Lublinie": a Polish primary school, numbered
        if "\n" in text and _CODE_TRACE.search(text):
            return True  # a stack trace: "(reading 'unionDues') at calcDeductions (…ts:142:31)"
        if machine_named(text, hit.start):
            return True  # "el host mac-mini-biometria-lab no conecta": a machine's name
        if in_company_name(text, hit.start, hit.end):
            return True  # "Cristalería La Trinidad S.L.": a company's name
        if term.category == RELIGION and exclaimed(text, hit.start, hit.end):
            return True  # "¡Dios mío!", "graças a Deus": an exclamation, no faith
        if taken_back(text, hit.end):
            return True  # "macht mich depressiv 😩 spaß, passt schon", "i have cancer jk"
        if term.category == HEALTH and slang_praise(sentence, text[hit.start : hit.end]):
            return True  # "die sneakers zijn echt ziek 🔥": praise of a thing
        if term.category == HEALTH and pretended(text, hit.start):
            return True  # "Morgane qui fait semblant d'être malade": an illness pretended
        if term.category == HEALTH and _FROM_PLACE.search(text, max(0, hit.start - 8), hit.start):
            if text[hit.start : hit.start + 1].isupper() and _PLACE_AFTER.match(text, hit.end):
                return True  # "Kurdish, from Afrin, refugee": a town, not the spray
        if term.kind == ORIGIN and not self._origin_cue(text, hit, words, index):
            return True  # a country's name with no word of origin: a place
        if term.kind == AMBIGUOUS and not self._ambiguous_may(term, text, hit, words, index, short):
            if not (term.category == POLITICS and own_vote(text, hit)):
                return True  # a word of several meanings with no person beside it
        plain = sentence.replace("_", " ")
        at = (hit.start - r.start, hit.end - r.start)  # the term in the sentence
        if figure_of_speech(plain, words, at) or a_rule(plain, words):
            return True
        if procedure_heading(plain):
            return True
        around = (text[max(0, hit.start - 6) : hit.start], text[hit.end : hit.end + 40])
        # {"gedetineerde": …, "afdeling": "PPC", "medicatie": …}: the ward is the person's
        cared_for = term.category == HEALTH and names_a_patient(text)
        return self._not_the_category(term, plain, words, index, around, cared_for)

    @staticmethod
    def _owned(r: Reading) -> bool:
        """Someone the term is of, though the sentence names no one: one's people's
        association led ("Prezes, Stowarzyszenie Romów"), an owner ("Lily's fingerprint")."""
        if r.term.category == RACE and leads_a_community(r.words, r.index):
            return True
        return _OWNER_BEFORE.search(r.text, max(0, r.hit.start - 40), r.hit.start) is not None

    @staticmethod
    def _body_outside(r: Reading, mine: bool) -> bool:
        """A union or a party as a body seen from outside: in the news, at its own
        campaign, or one the writer's job deals with."""
        words, index, hit = r.words, r.index, r.hit
        last = index + hit.last - hit.first - 1
        acted = acts_as_body(words, last) or called_by(words, index)
        if acted and not role_near(words, index, span=len(words)):
            return True  # "a CGTP marcou manifestação", "huelga convocada por CGT": the news
        joined = _STOP_AFTER.match(r.text, hit.end) is None
        if campaigns_as_body(words, last, joined, mine):
            return True  # "the Lib Dems are canvassing our road": the party's campaign
        if a_customer(words, index) and not titled(r.text, words):
            return True  # "Anruf vom AfD-Kreisverband: Angebot über 150 Stühle angefragt"
        return served(words, index)  # "Ansprechpartner für IG Metall", "asesoramos a ELA"

    def _said_of_no_one(self, r: Reading, person: tuple[bool, bool, bool]) -> bool:
        """Said of no one: an institution, a job or a place, a share or a holiday, a form's
        option, a quotation, a question, a negation."""
        term, words, index, short = r.term, r.words, r.index, r.short
        text, hit = r.text, r.hit
        mine, ours, anchored = person
        if no_ones_form_or_goods(r, mine, anchored):
            return True  # a form's question, a record, goods, a page of no one
        if term.category == RELIGION and not anchored and festival_event(words, index):
            everything = folded_words(text)  # "Eid party at ours, my mum cooks" is theirs
            if not (first_person(everything) or has_anchor(everything)):
                return True  # "Diwali office lunch": a feast's event, no one's observance
        if not mine and works_there(text, hit) and not cleric(words[index]):
            return True  # "Sam Ortiz, Finance Officer, GMB Union": an employer
        if term.category in (UNION, POLITICS) and self._body_outside(r, mine):
            return True  # a body in the news, at its own campaign, served by one's job
        kept = r.agenda and term.category == RELIGION  # "Prière du vendredi 13h30 – mosquée"
        kept = kept or (term.category == HEALTH and own_history(text, hit.start))
        # ("Canvassing Greenfield ward … (Lib Dems)": a ward of a campaign, not a hospital's)
        near = words[max(0, index - 8) : index + 9]
        role = term.category in (POLITICS, UNION) and not ROLE_WORDS.isdisjoint(near)
        # (a rite the writer joins with a parish is theirs: "byliśmy z parafią na pielgrzymce")
        joined = mine and term.category == RELIGION and not general(words, index)
        # (a rite of someone's named or of kin: "la prima comunione di Matilde (9 anni)")
        joined = joined or (
            term.category == RELIGION and a_rite(words) and _rite_of_someone(text, r.sentence)
        )
        # (a pilgrimage or a rite "we" make with a parish: "onze bedevaart met de parochie")
        joined = joined or (term.category == RELIGION and with_our_parish(words))
        if (
            not short
            and not ours
            and not kept
            and not joined
            and (general(words, index) or (not role and only_a_place(words)))
        ):
            if not names_person(text):
                return True  # said of no one; an institution's name ("as a …" is someone)
        if term.category == BIOMETRIC and login_feature(words, index, access=not short):
            named = names_person(text) or titled(text, words) or (short and mine)
            if ENROL.isdisjoint(words) and not named:
                return True  # "fingerprint login for shared tablets", "logowanie glosem": a feature
        if self._a_job_or_a_place(term, text, hit, words, index, short):
            return True  # "Evangelisches Krankenhaus | Einkauf", "la enfermera", "Corso di arabo"
        # (an event a speaker of a thread tells of is theirs: "fomos à festa cigana do Rui")
        told = turn_at(text, hit.start) is not None and FICTION.isdisjoint(words)
        shared = impersonal(words) and not (ours or told or self._owned(r))
        if (shared and not a_persons_record(text)) or (
            option_or_quote(text, hit.start, hit.end) and not (anchored or names_person(text))
        ):
            return True  # a share, a holiday, a film; a form's option, a quotation
        if quoted_apart(text, hit.start, hit.end):
            return True  # someone else's words, cited
        # a day or a cause, any one, a question of a group or a how-to, a negation
        return _asked_or_denied(r, person, kept)

    def _sureness(self, r: Reading, person: tuple[bool, bool, bool]) -> float:
        """How sure a term said of someone is: a label's value, a role, a sample, a dose, a
        person beside it, or the classifier's reading of the sentence."""
        term, sentence, words, index, short = r.term, r.sentence, r.words, r.index, r.short
        text, s, e, hit = r.text, r.start, r.end, r.hit
        mine, ours, anchored = person
        plain = sentence.replace("_", " ")
        value = label_value(text, hit.start, hit.end)
        if _stated_outright(r, mine, value):
            return 0.85  # a code, a number, a vote, a yes, dues, a feast, a member's letter
        held = held_by_kin(words, index + hit.last - hit.first - 1)
        if value == "" or (asks(text, e, hit.end) and not (mine or ours or held)):
            return 0.0  # a question on a form, a blank field, a switch
        if _by_role_or_office(r, value):
            return 0.85  # a value, a role, a sample matched, an office signed, one family
        if term.category == RELIGION and with_our_parish(words):
            return 0.85  # "z naszą parafią na pielgrzymce": a rite kept with one's parish
        if short and term.kind in (AMBIGUOUS, ORIGIN) and mentions_only(plain, words, index):
            return 0.0  # "raport-mniejszosci-narodowe.pdf": a report on a topic
        if term.kind == AMBIGUOUS:  # with a person beside it (above)
            return 0.8
        if term.kind == ORIGIN:  # with a word of origin (above)
            after = text[max(0, hit.start - 4) : hit.start].strip(" '\"").endswith(":")
            someone = anchored or short or after or names_person(text)
            return 0.8 if someone else 0.0
        if term.category == BIOMETRIC and not ENROL.isdisjoint(words):
            return 0.9  # a sample taken of a person
        if term.category == BIOMETRIC and short and _a_devices_name(text, words, index):
            return 0.0  # "fingerprint-terminal-eingang-nord", "czytnik-linii-papilarnych-B"
        if short and term.kind == PLAIN and self._filed_under_someone(r):
            return 0.9  # a report or a template filed under a person's name
        if term.category == HEALTH and term.kind == PLAIN and short and dosed(text, hit, words):
            return 0.9  # a medicine and its dose in a cell: a dose given to someone
        if term.category == BIOMETRIC and (
            not OBJECTS.isdisjoint(words[index : index + 2]) or _recognises_me(words, index)
        ):
            return 0.9  # "il lettore mi riconosce": a reader that knows the writer
        if needed(text, hit) or (term.kind == PLAIN and described_as(words, index)):
            return 0.9  # a person's needs; "en tant que couple de lesbiennes", whatever topic
        if term.category == HEALTH and "\n" in text:
            status = text[hit.start : hit.end].lower() in DISABILITY_STATUS
            if signers_own(text, hit.start, hit.end, status):
                return 0.85  # "Agnès Roy · Comptabilité\nAbsente le mardi (chimiothérapie)"
        whole_value = _a_fields_whole_value(text, hit)
        spoken = turn_at(text, hit.start) is not None
        if mentions_only(plain, words, index, spoken) and not (
            names_a_person(text, cells=True)
            or (whole_value and short)
            or (term.kind == PLAIN and _subject_told(sentence, hit.start - s))
        ):
            return 0.0  # a topic, unless a record's person is named ("paciente", "estudio")
            # (or the term is a short field's value: "Selbstbeschreibung (Umfrage): …")
        if anchored:
            return 0.9
        if short:
            return 0.9
        if self._someone_named(r):
            return 0.85  # a named cleric, a condition lived with, a person named
        masked = sentence[: hit.start - s] + " <t> " + sentence[hit.end - s :]
        return round(self.model.probability(masked), 3)

    @staticmethod
    def _someone_in(text: str) -> bool:
        """A person the text speaks of: the writer, a relative, someone named or titled."""
        words = folded_words(text)  # (a title may be written small: "meneer Mulder")
        return has_anchor(words) or names_person(text) or titled(text, words)

    @staticmethod
    def _filed_under_someone(r: Reading) -> bool:
        """A health, biometric or genetic file named after a person or a parent
        ("wynik_NIPT_Agnieszka_Nowak.pdf", "Resultats_sequencage_genome_Papa.zip")."""
        if r.term.category not in (HEALTH, BIOMETRIC, GENETIC):
            return False
        return file_of_person(r.text) or (" " not in r.text.strip() and kin_named(r.words))

    @staticmethod
    def _someone_named(r: Reading) -> bool:
        """Before the classifier: a cleric named ("Imran Qureshi … Volunteer Imam"), a
        condition lived with since it began ("Regresso parcial após AVC"), a person named in
        the sentence outside a signature ("il collega Omar Haddad chiede una pausa per la
        preghiera")."""
        term, words, index, text = r.term, r.words, r.index, r.text
        if term.category == RELIGION and cleric(words[index]) and names_person(text):
            return True
        if (
            term.category == RELIGION
            and a_rite(words)
            and (names_person(text) or RELATIONS.search(text))
        ):
            return True  # "Muslim burial requested" for Mr Begum, "Komunia Julki"
        if term.category == HEALTH and term.kind == PLAIN and lived_since(words, index):
            return True
        if term.category == RELIGION and words[index].startswith(_DIETS):
            if person_named(text) or _INITIAL_SURNAME.search(text):
                return True  # "R. Goldberg – Essen: koscher": a named person's diet
        if term.kind == PLAIN and _NOTE_OPENS.match(text) and not signature(text):
            return True  # "Fr. Oberhauser ruft an: … Kortison-Stoß": the note's person
        if term.kind != PLAIN or signature(text):
            return False
        return person_named(r.sentence) or first_name_subject(r.sentence) >= 0


# a diet a faith keeps, and a person by an initial and a surname ("R. Goldberg")
_DIETS = ("kosher", "koscher", "casher", "cacher", "kasher", "koszer", "halal", "helal")
_INITIAL_SURNAME = re.compile(r"\b[A-ZÀ-Ý]\.\s?[A-ZÀ-Ý][a-zà-ÿ]{2,}")


def _kept_or_led(term: Term, text: str, word: str, words: list[str], index: int) -> bool:
    """An ambiguous term the writer keeps or leads: a season the writer keeps ("it's still
    Lent and I've given up meat"), a faith's diet the household eats ("en casa solo comemos
    halal"), a party's body the writer leads ("AG des jeunes LR – c moi qui préside")."""
    if term.category == RELIGION and word[:1].isupper() and first_person(words):
        return True
    if term.category == RELIGION and word.lower() in _DIETS and eaten_by_us(words):
        return True
    return term.category == POLITICS and organ_near(words, index) and writer_leads(text)


def _a_person_described(text: str, words: list[str], index: int) -> bool:
    """A people's word beside a person noun in a record that names its person ("persona
    nera" beside "dipendente": "L. Bianchi")."""
    if _PERSON_NOUNS.isdisjoint(words[max(0, index - 1) : index + 2]):
        return False
    return names_a_person(text, cells=True)


def _rite_of_someone(text: str, sentence: str) -> bool:
    """A person or kin in the text whose rite a sentence names: a relative, a name and a
    surname, or a first name in the sentence (not its opening word, not a month's name)."""
    if RELATIONS.search(text) or person_named(text):
        return True
    from troth.guard.names import name_lexicons

    first = name_lexicons()[0]
    words = _CAPITALISED.findall(sentence)[1:]  # (not the word that opens the sentence)
    return any(w.lower() in first and w.lower() not in _MONTHS_NAMED for w in words)


# a capitalised word of a sentence, a first name maybe
_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+\b")
# months that are first names too: "every Saturday in May"
_MONTHS_NAMED = frozenset("may mai april avril abril aprile june juni july august augusto".split())


def _asked_or_denied(r: Reading, person: tuple[bool, bool, bool], kept: bool) -> bool:
    """A health term of a day, an offer, any one or a cause; a question asked of a group, a
    how-to; a negation, unless of one's own health or vote (``kept``: an agenda's rite or
    one's own history)."""
    term, sentence, words, index = r.term, r.sentence, r.words, r.index
    text, s, hit = r.text, r.start, r.hit
    mine, _, anchored = person
    if term.category == HEALTH and not mine:
        if a_day_or_an_offer(words, index, index + hit.last - hit.first - 1):
            return True  # "Día del Cáncer de Mama", "rastreio gratuito de glicemia"
    if term.category != HEALTH and not mine and a_named_day(words, index):
        return True  # "el Día Internacional del Pueblo Gitano": a day, no one's origin
    if not mine and _QUIZ_HINT.search(text) and a_quiz(folded_words(text)):
        return True  # "Team quiz: round 4 is on famous Popes": a quiz's question
    if term.category == HEALTH and any_one(words, index):
        return True  # "each pregnancy has a one in four chance": any one, no one's
    if term.category in (HEALTH, GENETIC) and a_cause(words, index):
        return True  # "raccolgono fondi per la ricerca sulle malattie rare": a cause
    if not mine and asked_who(sentence, hit.start - s):
        return True  # "laat even weten wie er allergieën heeft": asked of a group
    if how_to(sentence, words, index) or asked_only(text, sentence, words, hit.start - s):
        return True  # "how do I turn on face unlock?", "asks whether therapy is covered"
    own = mine or not (SUBJECTS.isdisjoint(words) and RELATIONS_WORDS.isdisjoint(words))
    own = own or (term.category == HEALTH and (anchored or names_person(text) or kept))
    # ("Rosa Teixeira: sem alergias": a named person's own health, stated negatively)
    refused = term.category == HEALTH and _TREATMENT.match(words[index]) is not None
    refused = refused or (term.category == BIOMETRIC and _recognises_me(words, index))
    # "not a member"; one's own health or vote stated negatively still counts, and so does
    # no faith in one's own words or in a record's cell ("sin religión, ateo"): a belief
    own_faith = term.category == RELIGION and (own or r.short)
    return (
        negated(words, index, sentence)
        and not (term.category in (HEALTH, POLITICS) and own)
        and not own_faith
        and not refused
    )


def _a_devices_name(text: str, words: list[str], index: int) -> bool:
    """One joined word that names a device by the part of the body it reads: a reader
    before the part or a terminal after it."""
    return " " not in text.strip() and not (
        DEVICES.isdisjoint(words[index + 1 : index + 2])
        and READERS.isdisjoint(words[max(0, index - 2) : index])
    )


def _a_fields_whole_value(text: str, hit: Hit) -> bool:
    """The term is the whole value after a label's colon ("Selbstbeschreibung: …"), not in
    a record's keys nor after a talk's or a course's label."""
    return (
        text[max(0, hit.start - 4) : hit.start].strip(" '\"").endswith(":")
        and not text[hit.end :].strip(" .;,)")
        and '":' not in text
        and not _EVENT_LABEL.search(text, 0, hit.start)
    )


def _stated_outright(r: Reading, mine: bool, value: str | None) -> bool:
    """The term is stated of someone in a way that needs no more reading: a code
    after a condition, a member's number, one's vote, a "yes", dues paid, a feast
    celebrated, one's own history, a reason in a user's record, a member who asks or writes
    to their union (``mine``: in the writer's own words)."""
    term, words, index, text, s, e, hit = r.term, r.words, r.index, r.text, r.start, r.end, r.hit
    if value == "" and term.category == HEALTH and code_after(text, hit.end):
        return True  # "Codice esenzione ticket: 048": a code or a degree, not a blank
    if term.category in (POLITICS, UNION) and MEMBER_NUMBER.search(text):
        if value != "" or re.search(r"\d{4}", text[hit.end :]) is not None:
            return True  # "… ver.di-Mitglieder? Meine Mitgliedsnummer: …": a member's number
    if term.category == POLITICS and own_vote(text, hit):
        return True  # "Voto Azione da sempre", "Sempre votei PS": the writer's side
    if term.kind == PLAIN and answered_yes(text, e):
        return True  # "Are you a member of a trade union? Yes - NEU": answered
    if term.category in (POLITICS, UNION) and _SUM_AFTER.match(text, hit.end):
        if role_near(words, index):
            return True  # "inhoudingen": {"ABVV-bijdrage": 16.2}: dues paid
    if term.category == RELIGION and celebrated(words, index):
        return True  # "wir feiern nächste Woche Chanukka": the writer's feast
    one_line = len(text) <= 80 and "\n" not in text.strip()  # a calendar's or a status's
    if term.category == RELIGION and one_line and _AWAY_DAY.search(text):
        return True  # "Jom Kippur – ganztägig nicht erreichbar": one's own holy day kept
    if term.category == HEALTH and own_history(text, hit.start):
        return True  # "Pre-existing conditions: no heart problems": the filler's own
    if value == "" and switched_on(text, hit.end) and USER_KEY.search(text):
        return True  # {"user": "kfarrell", "voiceprint_enrolled": true}: the user's own flag
    if _REASON_VALUE.search(text, max(0, hit.start - 80), hit.start) and USER_KEY.search(text):
        return True  # {"reason": "post-ACL reconstruction rehab", "user_id": "u_8812"}
    if term.category in (POLITICS, UNION) and not mine and asks(text, e, hit.end):
        rest = [t[0] for t in tokens_of(text[:s] + " " + text[e + 1 :])]
        if member_after_question(rest, first_person(rest)):
            return True  # "gilt der ver.di-Rabatt …? bin seit 2015 Mitglied": a member's
    if term.category in (POLITICS, UNION) and _addressed_by_member(text, hit):
        return True  # "Spett. CISL Scuola Verona,\n\nsono iscritta da settembre …"
    return False


def _by_role_or_office(r: Reading, value: str | None) -> bool:
    """The term is someone's by a label's value, a role in a party or a union, a
    sample matched in a system's log, a cleric's or a councillor's signature, one family's
    origin or a community led."""
    term, words, index, text, short = r.term, r.words, r.index, r.text, r.short
    if value and term.kind == PLAIN and not topical(words[max(0, index - 3) : index]):
        return True  # a label and its value: "Religion: Muslim" (not "Museo Sefardí:")
    if term.category in (POLITICS, UNION) and role_near(words, index, 8 if short else 4):
        return True  # "treasurer of", "delegate of", "member of", "leaflets for"
    if term.category == BIOMETRIC and len(_KEY_VALUE.findall(text)) >= 3 and USER_KEY.search(text):
        return True  # "user=hgarrido metodo=huella score=0.96": a person's sample matched
    if (
        term.category == RELIGION
        and cleric(words[index])
        and (signature(text) or _CLERIC_SIGNED.match(text))
    ):
        return True  # "ds. Willem van der Velde / Predikant …": the signer's office
    if term.category in (POLITICS, UNION) and term.kind == PLAIN and signature(text):
        return True  # "Gemeenteraadslid GroenLinks-PvdA" under one's name (staff left above)
    if term.category == RACE and term.kind == PLAIN and index > 0 and words[index - 1] in _A_FAMILY:
        return True  # "Familia gitana, seguimiento …": one family's origin
    if term.category == RACE and leads_a_community(words, index):
        return True  # "presidente dell'associazione Sinti": leading one's community
    return False


def _addressed_by_member(text: str, hit: Hit) -> bool:
    """A letter whose first line addresses the body the term names, written by one who
    says below that they are its member."""
    line_end = text.find("\n")
    if line_end < 0 or hit.end > line_end:
        return False
    rest = [t[0] for t in tokens_of(text[line_end:])]
    return member_after_question(rest, first_person(rest))


def _subject_told(sentence: str, at: int) -> bool:
    """A first name is the sentence's subject and no word of a topic stands between it and
    the term at ``at`` ("Tijn heeft diabetes en een sensor", not "Mark wrote an article on
    diabetes")."""
    end = first_name_subject(sentence)
    return 0 <= end <= at and not topical(folded_words(sentence[end:at]))
