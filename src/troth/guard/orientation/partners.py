"""Partners named by a word of one gender.

A partner word after a possessive ("me and my husband" from Tom, "minha mulher" signed by
Sara, "il vit avec son compagnon"), after "his", "her" or "dele" ("his husband"), after an
article beside a titled person ("Sra. Costa inclui a esposa"), in a field beside the
writer's own name ("Ehefrau Carina Vogel … (ich: Melanie Vogel)"), a partner word of
either gender and the partner's first name ("mon conjoint Karim"), the writer married to
someone named, and a Polish partner "with" whom ("przyszła z żoną"). Business partners,
relatives' partners and a bride's family are left alone.
"""

from __future__ import annotations

import re
from typing import Literal

from troth.guard import titles
from troth.guard.gates import words_of
from troth.guard.orientation.genders import (
    ANY_NAME,
    CAP,
    CAP_NAME,
    FEMALE,
    MALE,
    UPPER,
    gender_of,
    named_gender,
)
from troth.guard.orientation.person import (
    RELATIVE,
    TITLES,
    record_gender,
    sentence_around,
    sentence_start,
    third_person,
)
from troth.guard.orientation.writer import SELF_NAMED, writer_gender
from troth.guard.threads import turn_at

_FIRST_PERSON_POSSESSIVE = (
    r"(?:my|mn|m'n|mein(?:em|en|er|e)?|mon|ma|mi|mio|mia|il mio|la mia|meu|minha|o meu|"
    r"a minha|mijn|"
    r"mój|moja|moją|mojego|mojej|moim|z moją|z moim|"
    # the same without Polish letters, as phones often type them: "moj chlopak"
    r"moj|z moja)"
)
_THIRD_PERSON_POSSESSIVE = (
    r"(?:his|her|sein(?:em|en|er|e)?|ihr(?:em|en|er|e)?|son|sa|su|suo|sua|il suo|la sua|seu|"
    r"sua|o seu|a sua|zijn|haar|jego|jej|swoim|swoją|swojego|swojej|swojemu|swój|swoja)"
)
PARTNER_WORDS = {
    MALE: r"husband|hubby|boyfriend|bf|ehemann|mann|freund|lebenspartner|lebensgefährte|mari|"
    r"copain|compagnon|mec|marido|esposo|époux|novio|"
    r"marito|ragazzo|compagno|namorado|companheiro|man|vriend|mąż|męża|mężem|chłopak|"
    r"chłopakiem|chłopaka|partnera|partnerem|narzeczony|narzeczonego|narzeczonym|fidanzato|"
    r"verlobter|verlobten|fiancé|prometido|noivo|male partner|echtgenoot|ehegatte|conjoint|"
    r"małżonek|małżonkiem|mężowi|chłopakowi|narzeczonemu|partnerowi|ehepartner|"
    # (written without accents: "moj chlopak", "mon epoux")
    r"chlopak|chlopaka|chlopakiem|chlopakowi|maz|meza|mezem|mezowi|malzonek|epoux|fiance|"
    r"lebensgefahrte",
    FEMALE: r"wife|wifey|girlfriend|gf|ehefrau|frau|freundin|femme|épouse|copine|meuf|compagne|"
    r"esposa|"
    r"mujer|novia|moglie|ragazza|compagna|mulher|namorada|companheira|vrouw|vriendin|żona|żoną|żony|"
    r"żonę|dziewczynę|narzeczoną|narzeczona|fidanzata|verlobte|fiancée|prometida|noiva|"
    r"dziewczyna|dziewczyną|dziewczyny|partnerka|partnerki|partnerkę|partnerką|female partner|"
    r"echtgenote|ehegattin|conjointe|małżonka|małżonką|żonie|dziewczynie|narzeczonej|partnerce|"
    r"ehepartnerin|"
    r"zony|zonie|dziewczyne|malzonka|epouse|fiancee|lebensgefahrtin",
}
# a word between the possessive and the partner that keeps the partner a partner: "my
# registered partner", "zijn aanstaande man", "ma future épouse", "my late husband"
_BESIDE = (
    r"(?:(?:eingetragene[nr]?|registered|geregistreerde|nuevo|nueva|neue[nr]?|new|future|"
    r"futur|futura|futuro|aanstaande|toekomstige|zukünftige[nr]?|künftige[nr]?|przyszł[aey]|"
    r"przyszłą|przyszłym|late|verstorbene[nr]?|overleden|feu|défunte?|difunt[oa]|"
    r"fallecid[oa]|defunt[oa]|falecid[oa]|zmarł[ya]|zmarłym|zmarłą|ex|ex-|former)\s*)?"
)
_PARTNER = {
    gender: re.compile(
        rf"\b(?P<who>{_FIRST_PERSON_POSSESSIVE}|{_THIRD_PERSON_POSSESSIVE}|a|an)\s+{_BESIDE}"
        rf"(?P<partner>{words})\b",
        re.IGNORECASE,
    )
    for gender, words in PARTNER_WORDS.items()
}
_FIRST = re.compile(rf"^{_FIRST_PERSON_POSSESSIVE}$", re.IGNORECASE)

# a partner word followed by its business: "partnerka biznesowa", "partner d'affaires"
_BUSINESS_AFTER = re.compile(
    r"\s+(?:biznesow\w*|business|commercial\w*|d'affaires|de negocios|di affari|"
    r"de negócios|zakelijk\w*|in business|in crime)\b",
    re.IGNORECASE,
)

# the writer married someone named: "Casei com o Rui", "me casé con Andrés"
_MARRIED = re.compile(
    r"\b(?:i married|married to|casei com(?: o| a)?|me casé con|ho sposato|j'ai épousé|"
    r"ik ben getrouwd met|ich habe|ożeniłem się z|wyszłam za)\s+(?P<n>" + ANY_NAME + r")"
    r"(?:\s+geheiratet)?",
    re.IGNORECASE,
)


def married(text: str) -> list[tuple[int, int]]:
    """The writer married someone of the writer's own gender, named."""
    out = []
    for m in _MARRIED.finditer(text):
        if m.group().lower().startswith("ich habe") and "geheiratet" not in m.group().lower():
            continue
        partner = gender_of(m.group("n"))
        if partner is not None and partner == writer_gender(text):
            out.append(m.span())
    return out


# words for a spouse or a partner of one gender only, never for a friend or a man or a woman
_SPOUSE = {
    MALE: r"husband|hubby|boyfriend|bf|ehemann|mari|époux|epoux|marido|esposo|marito|fidanzato|"
    r"echtgenoot|namorado|novio|mąż|męża|mężem|chłopak|chłopaka|chłopakiem|copain|"
    r"companheiro|compagnon|mężowi|chłopakowi",
    FEMALE: r"wife|wifey|girlfriend|gf|ehefrau|épouse|epouse|esposa|moglie|fidanzata|echtgenote|"
    r"namorada|novia|żona|żony|żoną|dziewczyna|dziewczyny|dziewczyną|copine|"
    r"companheira|compagne|żonie|dziewczynie",
}
_GENDER_OF_SPOUSE = {word: gender for gender, words in _SPOUSE.items() for word in words.split("|")}
_ANY_SPOUSE = "|".join(_SPOUSE.values())
# a possessive that says whose partner it is: "his husband", "jej dziewczyna"
_OWNER = {
    "his": MALE,
    "jego": MALE,
    "zijn": MALE,
    "sein": MALE,
    "seinen": MALE,
    "seinem": MALE,
    "her": FEMALE,
    "jej": FEMALE,
    "haar": FEMALE,
}
_OWNED = re.compile(
    rf"\b(?P<who>his|her|jego|jej|zijn|haar|sein|seinen|seinem)\s+{_BESIDE}(?P<partner>"
    rf"{_ANY_SPOUSE}|man|"
    r"vrouw|mann|frau)\b",
    re.I,
)
# "zijn man", "haar vrouw", "seinen Mann": a husband or a wife after a possessive of a gender
_PLAIN_SPOUSE = {"man": MALE, "mann": MALE, "vrouw": FEMALE, "frau": FEMALE}
# "o namorado dele", "a esposa dela"
_OWNED_AFTER = re.compile(rf"\b(?P<partner>{_ANY_SPOUSE})\s+(?P<who>dele|dela)\b", re.I)
# the spouse after an article, of a person named by a title: "Sra. Costa inclui a esposa"
_THE_SPOUSE = re.compile(
    r"\b(?:a|o|la|el|il|le|l'|der|die|de)\s+(?P<partner>esposa|esposo|marido|mari|époux|"
    r"épouse|moglie|marito|ehefrau|ehemann|echtgenote|echtgenoot|namorad[ao]|novi[ao]|"
    r"fidanzat[ao]|companheir[ao]|compagne|compagnon|compagn[ao])\b"
    # a classmate, a team-mate or a comrade is no partner
    r"(?!\s+(?:di|de|du|da)\s+(?:classe|class|scuola|école|banco|squadra|équipe|stanza|"
    r"chambre|viaggio|voyage|corso|partito|lavoro|travail|cella|armi|route))",
    re.IGNORECASE,
)
_ITALIAN_PARTNER = {"compagna": FEMALE, "compagno": MALE}
# "is" or "of" before "the spouse": the person is the bride, or someone of the bride's
_IS_OR_OF = re.compile(
    r"\b(?:is|ist|est|es|è|é|jest|era|será|sarà|sera|of|von|de|di|da|do|du|des|del|della|"
    r"dello|van|der)\s+$",
    re.IGNORECASE,
)
# the writer as someone's partner: "as his boyfriend", "en tant que son copain"
_AS_PARTNER = re.compile(
    r"\b(?:as|en tant que|comme|como|come|als|jako)\s+(?P<who>his|her|son|sa|su|suo|sua|seu|"
    rf"sein|seine|ihr|ihre|zijn|haar|jego|jej)\s+(?P<partner>{_ANY_SPOUSE})\b",
    re.IGNORECASE,
)


def owned_partner(text: str) -> list[tuple[int, int]]:
    """A partner of the same gender as whoever the possessive or a title names."""
    spans = []
    for pattern in (_OWNED, _OWNED_AFTER):
        for m in pattern.finditer(text):
            who = m.group("who").lower()
            owner = _OWNER.get(who) or (MALE if who == "dele" else FEMALE)
            partner = m.group("partner").lower()
            if _GENDER_OF_SPOUSE.get(partner, _PLAIN_SPOUSE.get(partner)) == owner:
                spans.append(m.span("partner"))
    for m in _THE_SPOUSE.finditer(text):
        if _IS_OR_OF.search(text, 0, m.start()):
            continue  # "la clienta es la novia" (the bride), "la madre de la novia"
        person = _persons_gender(text, m.start())
        partner = m.group("partner").lower()
        if (
            person is not None
            and _GENDER_OF_SPOUSE.get(partner, _ITALIAN_PARTNER.get(partner)) == person
        ):
            spans.append(m.span("partner"))
    for m in _AS_PARTNER.finditer(text):
        of = _OWNER.get(m.group("who").lower()) or named_gender(text)
        if of is not None and _GENDER_OF_SPOUSE.get(m.group("partner").lower()) == of:
            spans.append(m.span("partner"))
    return spans


# a partner word opening a field and a name: "Ehefrau Carina Vogel", "wife: Anna Berg"
_LABELLED = re.compile(
    rf"(?:^|[:;,(\[{{\"'|·]\s*)(?P<partner>{_ANY_SPOUSE})\b[\s:=\"']*(?P<n>{CAP_NAME})",
    re.IGNORECASE,
)


def labelled_partner(text: str) -> list[tuple[int, int]]:
    """A field naming a partner of one gender ("Notfallkontakt: Ehefrau Carina Vogel") in a
    text whose writer names themself, of the same gender ("(ich: Melanie Vogel)", "I'm
    Anna"). Without the writer's own name the field may be anyone's."""
    spans = []
    for m in _LABELLED.finditer(text):
        partner = _GENDER_OF_SPOUSE.get(m.group("partner").lower())
        if partner is None or gender_of(m.group("n")) not in (None, partner):
            continue
        for own in SELF_NAMED.finditer(text):
            if gender_of(next(g for g in own.groups() if g)) == partner:
                spans.append(m.span("partner"))
                break
    return spans


# a partner word of either gender and the partner's first name: "mon conjoint Karim"
_NEUTRAL_PARTNER = re.compile(
    rf"\b(?P<who>{_FIRST_PERSON_POSSESSIVE})\s+(?:partner|partnerin|conjoint|conjointe|pareja|"
    r"partenaire|parceir[oa]|compañer[oa]|lebensgefährt\w*|lebenspartner\w*|echtgeno\w+|"
    r"spouse|c[óo]nyuge|coniuge|c[ôo]njuge|ma[łl]żon\w+|compagn\w+|ex|"
    rf"companheir[oa]|fidanzat[oa]|narzeczon\w+)\s*,?\s+(?P<n>{CAP_NAME})",
    re.IGNORECASE,
)


def named_partner(text: str) -> list[tuple[int, int]]:
    """The writer's partner named by a first name of the writer's gender, after a word that
    says no gender ("mon conjoint Karim … Julien Morel", "my partner Lisa – Emma")."""
    spans = []
    for m in _NEUTRAL_PARTNER.finditer(text):
        partner = gender_of(m.group("n"))
        # (in a thread, the speaker of the turn: "Femke: Mijn ex, Marloes, …")
        writer = _speakers_gender(text, m.start()) or writer_gender(text)
        if partner is not None and partner == writer:
            spans.append(m.span())
    return spans


# a person named who has a partner of a word of one gender: "¿Rafa tiene novio?", "Tom has a
# boyfriend now", "Kasia ma dziewczynę", "Luca ha il ragazzo" (words of partner only: a
# "Freundin" or a "copine" may be a friend)
_HAS_PARTNER = re.compile(
    rf"\b(?P<n>{CAP_NAME})\s+(?:(?:now|also|finally|already|ya|ahora|por fin|adesso|ora|"
    r"già|agora|já|nu|ook|teraz|już|jetzt|auch|endlich)\s+)?(?:has(?: got)?|had|tiene|tenía|"
    r"tem|tinha|ha|aveva|heeft|hat|hatte|ma|miał|miała|a|avait)\s+(?:(?:a|an|un|une|uno|"
    r"una|um|uma|een|einen|eine|il|la|o|a|un nuovo|una nuova|un nuevo|una nueva|"
    r"a new|new|nuevo|nueva|novo|nova)\s+)?(?P<partner>boyfriend|girlfriend|husband|wife|"
    r"novio|novia|namorado|namorada|fidanzato|fidanzata|ragazzo|ragazza|chłopaka|"
    r"dziewczynę|vriendje|vriendinnetje|ehemann|ehefrau|marido|esposa|esposo|marito|"
    r"moglie)\b",
    re.IGNORECASE,
)
_HAS_GENDER = {
    word: gender
    for gender, words in PARTNER_WORDS.items()
    for word in words.split("|")
    if " " not in word
} | {"vriendje": MALE, "vriendinnetje": FEMALE}


def has_partner(text: str) -> list[tuple[int, int]]:
    """A person named by a first name of one gender who has a partner of the same gender."""
    spans = []
    for m in _HAS_PARTNER.finditer(text):
        person = gender_of(m.group("n"))
        if person is not None and person == _HAS_GENDER.get(m.group("partner").lower()):
            spans.append(m.span())
    return spans


# Polish says whose partner with no possessive: "byliśmy tu z mężem", "przyszła z żoną"
_WITH_PARTNER = re.compile(
    r"\bze?\s+(?P<partner>mężem|żoną|chłopakiem|dziewczyną|partnerem|partnerką|narzeczonym|"
    r"narzeczoną)\b",
    re.IGNORECASE,
)
# a Polish verb in the first person, or "ja", "my"
_FIRST_PERSON_PL = re.compile(
    r"\b(?:ja|my|\w+(?:łem|łam|liśmy|łyśmy|śmy|emy|imy|amy|ymy))\b", re.IGNORECASE
)
# a name or a word in the genitive after the partner: whose partner it is ("z mężem Kasi");
# a name in the instrumental ("z żoną Anią", "z mężem Tomkiem") names the partner instead
_GENITIVE = re.compile(
    rf"\s+(?:[{UPPER}]\w*(?<!ą)(?<!em)\b|(?:szef|kolegi|koleżanki|siostry|brata|córki|syna|"
    r"sąsiad)\w*)"
)
_WITH_GENDER = {"mężem": MALE, "chłopakiem": MALE, "partnerem": MALE, "narzeczonym": MALE}


def with_partner(text: str) -> list[tuple[int, int]]:
    """A Polish partner "with" whom the sentence's person does something, of the same
    gender: a title or a pronoun names the person ("Pani Nowak przyszła z żoną"), or a verb
    in the first person the writer ("Byliśmy tu z mężem … Tomek"); "Sąsiadka przyszła z
    mężem" is someone else's husband."""
    spans = []
    for m in _WITH_PARTNER.finditer(text):
        partner = _WITH_GENDER.get(m.group("partner").lower(), FEMALE)
        if _GENITIVE.match(text, m.end()):
            continue  # "z mężem Kasi", "z żoną szefa": someone else's partner
        sentence = sentence_around(text, m.start())
        person = third_person(sentence)
        if person is None and _FIRST_PERSON_PL.search(sentence.replace(m.group(), "")):
            person = writer_gender(text)
        elif person is None and not RELATIVE.search(_RECORD_KEY.sub(" ", sentence)):
            person = record_gender(text)  # {"matka": …, "uwagi": "mieszka z partnerką"}
        if person == partner:
            spans.append(m.span("partner"))
    return spans


def _persons_gender(text: str, at: int) -> str | None:
    """The gender of the person the sentence around ``at`` speaks of: its pronouns or
    titles, else (with no relative named) its record's person ({"pere": …, "note": "vit
    avec son compagnon"})."""
    sentence = _RECORD_KEY.sub(" ", sentence_around(text, at))  # (a key is no relative)
    if RELATIVE.search(sentence):
        return None
    return third_person(sentence) or record_gender(text)


_RECORD_KEY = re.compile(r"[\"'][^\"'\n]{1,30}[\"']\s*:")


def _speakers_gender(text: str, at: int) -> str | None:
    """In a thread, the gender of the speaker whose turn holds ``at``, by a first name of
    their tag ("[21:10] Chris: …", "Tonton Manu: …")."""
    turn = turn_at(text, at)
    if turn is None:
        return None
    return next((g for w in turn.speaker.split() if (g := gender_of(w)) is not None), None)


def possessive_partners(text: str) -> list[tuple[int, int]]:
    """A partner word after a possessive ("my husband", "sa compagne", "jej dziewczyna") or
    after "a" ("a registered partner"), of the gender of whose partner it is: the writer's
    after "my", the sentence's person's otherwise. A business partner is none."""
    spans: list[tuple[int, int]] = []
    writer: str | None | Literal[False] = False  # False: not worked out yet
    for gender, pattern in _PARTNER.items():
        for m in pattern.finditer(text):
            who = m.group("who")
            if _BUSINESS_AFTER.match(text, m.end()):
                continue  # "jej partnerka biznesowa", "her business partner"
            if who.lower() in ("a", "an") and "partner" not in m.group("partner").lower():
                continue
            speaker = None
            if _FIRST.match(who):
                speaker = _speakers_gender(text, m.start())  # "Chris: my boyfriend Daniel"
                if speaker is None and writer is False:
                    writer = writer_gender(text)
                person = speaker or writer
            else:
                person = _persons_gender(text, m.start())
            if person == gender and not (speaker and _only_a_friend(text, m)):
                spans.append(m.span("partner"))
    return spans


# a friend, not a partner, said in a chat by a speaker of the same gender: "Miriam: ich
# bring meine Freundin mit" (a partner is "meine feste Freundin", "mijn vaste vriend")
_FRIEND_WORDS = frozenset("freund freundin vriend vriendin copain copine".split())
_STEADY = re.compile(r"(?:feste[nr]?|vaste|petite?)\s+$", re.IGNORECASE)


def _only_a_friend(text: str, m: re.Match[str]) -> bool:
    """The partner word may be a friend's, with nothing before it that makes it a partner."""
    if m.group("partner").lower() not in _FRIEND_WORDS:
        return False
    return not _STEADY.search(text, max(0, m.start("partner") - 12), m.start("partner"))


# a partner of either gender named by a title: "seinen Partner Herrn Lukas Brenner", "il
# compagno Sig. Luca Peroni", "zijn partner dhr. Lucas Prins"
_TITLED_PARTNER = re.compile(
    r"\b(?P<partner>partner|partnerin|partnerka|partnerem|partnera|compagno|compagna|"
    r"companheir[oa]|compañer[oa]|conjoint|conjointe|lebenspartner\w*|lebensgefährt\w*),?\s+"
    rf"(?P<title>{titles.alternation(titles.MALE + titles.FEMALE, small=True)})\.?\s+[A-ZÀ-Ý]",
    re.IGNORECASE,
)
# a partner in business, in sport or in work: "business partner", "tennis partner"
_OTHER_PARTNER = re.compile(
    r"\b(?:business|zakelijke?|commercial|sparring|tennis|training|dance|project|trading|"
    r"d'affaires|de negocios|di affari|de negócios|biznesow\w*|sales|study|lab)\s+$",
    re.IGNORECASE,
)
TITLE_GENDER = {t.lower(): MALE for t in titles.MALE} | {t.lower(): FEMALE for t in titles.FEMALE}


def titled_partner(text: str) -> list[tuple[int, int]]:
    """A partner named by a title of the gender of the person a title named before, in the
    same sentence ("Herr Yusuf Demir meldet seinen Partner Herrn Lukas Brenner an")."""
    spans = []
    for m in _TITLED_PARTNER.finditer(text):
        if _OTHER_PARTNER.search(text, max(0, m.start() - 20), m.start()):
            continue  # "his business partner Mr Klein"
        partner = TITLE_GENDER.get(m.group("title").lower())
        before = text[sentence_start(text, m.start()) : m.start()]
        owners = {g for g, pattern in TITLES.items() if pattern.search(before)}
        if partner is not None and owners == {partner}:
            spans.append(m.span("partner"))
    return spans


# a spouse "to" someone named: "Proud husband to Pete", "moglie di Anna"
_SPOUSE_TO = re.compile(
    rf"\b(?P<partner>{_ANY_SPOUSE})\s+(?:to|of|von|de|di|van|da)\s+(?P<n>{CAP_NAME})",
    re.IGNORECASE,
)


def spouse_to(text: str) -> list[tuple[int, int]]:
    """A husband or a wife "to" a person named by a first name of the same gender."""
    return [
        m.span("partner")
        for m in _SPOUSE_TO.finditer(text)
        if gender_of(m.group("n")) == _GENDER_OF_SPOUSE.get(m.group("partner").lower())
    ]


# a form's applicant, titled: "Applicant: Mr Sanjay Mehta", "Antragsteller: Herr D. Albrecht"
_APPLICANT = re.compile(
    r"(?:^|\n)\s*(?:applicant|policyholder|antragsteller(?:in)?|versicherungsnehmer(?:in)?|"
    r"demandeur|demandeuse|assur[ée]e?|solicitante|asegurad[oa]|titular|richiedente|"
    r"assicurat[oa]|requerente|segurad[oa]|aanvrager|verzekeringnemer|wnioskodawca|"
    r"ubezpieczon[ya]|emp|employee|member|mitglied|mitarbeiter(?:in)?|werknemer|"
    r"dipendente|empleado|funcionári[oa]|pracownik)\s*:\s*(?:(?P<t>"
    + titles.alternation(titles.MALE + titles.FEMALE, small=True)
    + rf")\b\.?\s+[A-ZÀ-Ý]|(?P<n>{CAP_NAME})\s+[A-ZÀ-Ý])",
    re.IGNORECASE,
)
# a row's relationship to its person: "relationship: husband"
_RELATIONSHIP = re.compile(
    r"(?:^|\n|;)\s*(?:relationship|relation|beziehung|verwandtschaft|relaci[óo]n|parentesco|"
    rf"relazione|parentela|relatie|pokrewie[ńn]stwo)\s*:\s*(?P<partner>{_ANY_SPOUSE})\b",
    re.IGNORECASE,
)
# the form's field of the applicant's spouse, and the name in it: "Ehegatte: Markus Albrecht"
_SPOUSE_FIELD = re.compile(
    r"(?:^|\n|;)\s*(?:ehegatte|ehegattin|ehepartner(?:in)?|spouse|c[ôo]njuge|c[óo]nyuge|"
    r"coniuge|conjoint(?:e)?|echtgeno(?:ot|te)|ma[łl][żz]on(?:ek|ka))\s*:\s*"
    rf"(?P<n>{CAP_NAME})",
    re.IGNORECASE,
)


def form_spouse(text: str) -> list[tuple[int, int]]:
    """A form's applicant (titled, or an employee's first name) and a spouse's field with a
    first name of the same gender ("Antragsteller: Herr Dennis Albrecht … Ehegatte: Markus
    Albrecht"), or a row's relationship ("emp: Mark Ellison; …; relationship: husband")."""
    applicant = _APPLICANT.search(text)
    if applicant is None:
        return []
    title = applicant.group("t")
    own = TITLE_GENDER.get(title.lower().rstrip(".")) if title else gender_of(applicant["n"])
    if own is None:
        return []
    spans = [
        m.span("n")
        for m in _SPOUSE_FIELD.finditer(text, applicant.end())
        if gender_of(m.group("n")) == own
    ]
    return spans + [
        m.span("partner")
        for m in _RELATIONSHIP.finditer(text, applicant.end())
        if _GENDER_OF_SPOUSE.get(m.group("partner").lower()) == own
    ]


# a household's members, each titled, one of them the spouse: "Mme Julie Bernard,
# demandeuse ; Mme Camille Bernard, épouse" (its words are those a text must hold)
_HOUSEHOLD_WORDS = frozenset(
    """épouse époux epouse epoux wife husband ehefrau ehemann ehegatte ehegattin ehepartner
    ehepartnerin esposa esposo cónyuge conyuge moglie marito coniuge mulher marido cônjuge
    conjuge echtgenote echtgenoot żona mąż małżonek małżonka conjoint conjointe
    spouse""".split()
)
_HOUSEHOLD_SPOUSE = re.compile(
    rf"\b(?P<title>{titles.alternation(titles.MALE + titles.FEMALE, small=True)})\.?\s+"
    rf"{CAP}(?:\s+(?-i:[A-ZÀ-Ý])[\w'-]+)?\s*[,(:–-]\s*(?P<partner>"
    + "|".join(sorted(_HOUSEHOLD_WORDS, key=lambda w: (-len(w), w)))
    + r")\b",
    re.IGNORECASE,
)


def household_spouse(text: str) -> list[tuple[int, int]]:
    """A household's spouse titled as the other members are, all of one gender: "Mme Julie
    Bernard, demandeuse ; Mme Camille Bernard, épouse"."""
    if _HOUSEHOLD_WORDS.isdisjoint(words_of(text)):
        return []
    spans = []
    for m in _HOUSEHOLD_SPOUSE.finditer(text):
        own = TITLE_GENDER.get(m.group("title").lower().rstrip("."))
        rest = text[: m.start()] + " " + text[m.end() :]
        others = {g for g, pattern in TITLES.items() if pattern.search(rest)}
        if own is not None and others == {own}:
            spans.append(m.span("partner"))
    return spans
