"""A people's word said against the person who complains of it.

"Complaint from Ms Adeyemi: the salon told her they 'don't do Black hair like hers'", "la
Sra. Nzé dice que el dueño 'no alquila a negros'", "Mevr. Koster zegt dat de verhuurder
'geen donkere mensen' wil; ze wil een klacht indienen". Quoted words that name a people
(often a colour), in a complaint that a named person or the writer makes, tell of the
complainant's origin. Alone these words are too common to read: a colour, a surname, a
word of several meanings.

Not read: the same words with no complaint, or with no one it was said to ("Jemand hat
'Zigeuner' auf das Plakat geschmiert": graffiti on a poster).
"""

from __future__ import annotations

import re

# a people's word a slight uses: colours said of people, and peoples' names
_PEOPLE = re.compile(
    r"\b(?:black|blacks|schwarze[nr]?|afrikanisch\w*|afrikaner\w*|african\w*|africain\w*|"
    r"africano?s?|africana?s?|africani|noire?s?|negr[oa]s?|neri|nere|pret[oa]s?|zwarte?n?|"
    r"donkere?|czarn\w+|murzyn\w*|gitan[oa]s?|gitane?s?|zigeuner\w*|cigan[oa]s?|zingar[oi]|"
    r"cygan\w*|roma|rom|moros?|arabes?|araber\w*|árabes?|kanake?n?|sudacas?|"
    r"vossa gente|your people|ihresgleichen|jullie soort|su gente|gente come voi)\b"
    # a thing named by a colour: "Black Friday", "schwarze Liste", "café noir"
    r"(?!\s+(?:friday|freitag|vendredi|viernes|venerd|sexta|vrijdag|piątek|coffee|kaffee|"
    r"liste?|list|lista|box|market|markt|marché|mercado|mercato|markt|humour|humor))",
    re.IGNORECASE,
)
# a complaint or a refusal the text reports
_COMPLAINT = re.compile(
    r"\b(?:complain\w*|complaint|beschwer\w*|plainte|réclamation|reclamation|reclamaci[óo]n|"
    r"queja|reclamo|reclamação|reclamacao|reclamações|klacht|skarg\w*|refus\w*|weiger\w*|"
    r"abgelehnt|rifiut\w*|recus\w*|odmów\w*|odmow\w*|discrimin\w*|diskrimin\w*|dyskrymin\w*)",
    re.IGNORECASE,
)
# a quotation: 'words', "words", «words», „words", “words” (an apostrophe between letters
# stays inside, and none opens a quote: 'don't do Black hair like hers', "l'agenzia")
_QUOTED = re.compile(
    r"(?<!\w)'((?:[^'\n]|(?<=\w)'(?=\w)){2,80})'(?!\w)|\"([^\"\n]{2,80})\"|«([^»\n]{2,80})»|"
    r"[„“]([^”\"\n]{2,80})[”\"]"
)
# someone it was said to: a title, the writer, or a pronoun of the one told
_TOLD = re.compile(
    r"\b(?:Ms|Mrs|Mr|Miss|Frau|Herr|Fr|Hr|Mme|Madame|M|Sra|Sr|Dña|Doña|D|Sig\.ra|Signora|"
    r"Sig|Mevr|Mevrouw|Dhr|Pani|Pan|Senhora|Senhor)\b\.?\s+[A-ZÀ-Ý]|"
    r"\b(?:me|mir|mich|moi|m'|mi|me|mij|mnie|her|him|ihr|ihm|sie|lui|le|la|lhe|o|a|haar|hem|"
    r"jej|jemu|go|us|uns|nous|nos|ci|ons|nam)\s+"
    r"(?:told|said|sagte|gesagt|a dit|dit|dijo|dice|contestó|ha detto|detto|"
    r"disse|zei|zegt|powiedział\w*|folgte|gefolgt|seguiu|siguió|suivi|seguito|gevolgd)|"
    r"\b(?:I|I'm|we|us|ich|wir|uns|je|j'ai|nous|yo|nosotros|io|noi|eu|nós|ik|wij|ons|ja|"
    r"my)\b",
    re.IGNORECASE,
)
# the words that let a text through to the reading
SLIGHT_WORDS = frozenset(
    """black blacks schwarze schwarzen schwarzer afrikanische afrikanischen afrikanischer
    afrikaner african africans africain africains africaine africaines africano africanos
    africana africanas africani africane noir noire noirs noires negro negra negros
    negras neri nere preto preta pretos pretas zwart zwarte zwarten donker donkere czarny
    czarni czarnych czarnym czarnego murzyn murzyni gitano gitana gitanos gitanas gitan
    gitans zigeuner cigano cigana ciganos ciganas zingari zingaro cygan cyganie cyganow roma
    moros arabes araber kanaken sudacas""".split()
)
COMPLAINT_WORDS = frozenset(
    """complaint complaints complain complained beschwerde beschwert plainte reclamation
    reclamacion queja reclamo reclamacao reclamacoes klacht skarga skarge refused refuse
    weigerte abgelehnt rifiutato recusou recusado odmowil odmowila discrimination
    discriminacion discriminazione discriminacao discriminatie diskriminierung
    dyskryminacja""".split()
)


def slighted(text: str) -> list[tuple[int, int]]:
    """The spans of a people's word quoted in a complaint of someone it was said to."""
    if _COMPLAINT.search(text) is None or _TOLD.search(text) is None:
        return []
    spans = []
    for quote in _QUOTED.finditer(text):
        group = next(g for g in range(1, 5) if quote.group(g) is not None)
        inside = _PEOPLE.search(text, quote.start(group), quote.end(group))
        if inside is not None:
            spans.append(inside.span())
    return spans
