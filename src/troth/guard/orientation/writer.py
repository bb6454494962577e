"""The gender of whoever wrote a text.

People name themselves in an aside ("(me: Anna)", "io: Chiara"), with or without an
article ("ich bin der Ole", "soy la Marta"), in a closing signature or a name alone after
the last sentence ("Polecam! Tomek"), with a title ("I'm Mr Hale"), on the phone ("olá, é a
Inês"), as the one speaker whose tag opens a message ("Jörg: mein Mann und ich …"), or say
what they are in a form that has a gender ("byłam", "sono felicissima", "bin selbst ein
Typ").
"""

from __future__ import annotations

import re

from troth.guard.orientation.genders import ANY_NAME, CAP, FEMALE, MALE, gender_of

# the writer named: "Tom here", "soy Javi", "ich bin der Ole", "Thanks, Rebecca",
# "Cumprimentos, Sara Alves", a name alone closing the text ("Polecam! Tomek"), and an aside
# that names the writer ("(me: Anna)", "(ich: Melanie Vogel)", "io: Chiara", "eu: Henrique")
_SELF = (
    r"(?:^|[(\[{,;|·–—-]|\s)\s*(?:me|ich|moi|yo|io|eu|ik|ja)\s*:\s*(?P<g>" + ANY_NAME + r")"
    # the aside ends after the name and a surname ("me: Anna, could you …" is a transcript)
    r"(?=(?:\s+" + ANY_NAME + r"){0,3}\s*(?:[)\]}|;·]|$))|"
    # the writer's pronoun and their name in brackets: "io (Giulia) e la mia ragazza"
    r"\b(?:me|ich|moi|yo|io|eu|ik|ja|i)\s*\((?P<p>" + ANY_NAME + r")\)|"
    r"\b(?:i'm|i am|this is|soy|je suis|ich bin|sono|sou|ik ben|jestem|c'est|aquí|hier ist|"
    # German drops the pronoun in passing: "ach so, bin übrigens Julia"
    r"bin(?=\s+(?:übrigens|ubrigens)\s)|"
    # on the phone: "olá, é a Beatriz Mendes", "le habla Marta", "parla Giulia"
    r"(?:^|(?<=olá )|(?<=olá, )|(?<=ola )|(?<=ola, )|(?<=oi, )|(?<=dia, )|(?<=tarde, ))é|"
    r"aqui é|aqui e|fala|le habla|habla|parla|qui parla|cest|"
    # a chat or a call that opens with who speaks: "hi its daniel", "met ruben hier", "tu kuba"
    r"(?:^|(?<=hi )|(?<=hi, )|(?<=hey )|(?<=hey, )|(?<=hello )|(?<=hello, ))(?:it'?s|it is)|"
    r"(?:^|(?<=hoi )|(?<=hoi, )|(?<=hallo )|(?<=hallo, ))met(?=\s+\w+\s+hier\b)|"
    r"(?:^|(?<=cześć )|(?<=cześć, )|(?<=czesc )|(?<=czesc, )|(?<=hej )|(?<=hej, ))tu)\s+"
    # "ich bin übrigens Nina", "ik ben trouwens Femke": a word in passing before the name
    r"(?:(?:btw|übrigens|ubrigens|trouwens|d'ailleurs|por cierto|tra l'altro|aliás|alias|"
    r"zresztą|przy okazji|by the way)\s+)?"
    r"(?:(?:der|die|el|la|il|lo|o|a|de)\s+)?(?!(?:moi|toi|lui|elle|nous|vous|me|io|yo|eu|"
    r"ik|ich|ja)\b)(?P<b>" + ANY_NAME + r")\b|"
    r"\b(?:my name is|mein name ist|ich heiße|"
    r"je m'appelle|me llamo|mi chiamo|o meu nome é|meu nome é|chamo-me|mijn naam is|ik heet|"
    r"nazywam się|mam na imię)\s+(?P<d>" + ANY_NAME + r")"
)
_WRITER = re.compile(
    _SELF + r"|"
    # "we" and the writer named first in brackets: "Wir (Markus und mein Mann Florian)"
    r"\b(?:we|wir|nous|nosotros|nosotras|noi|nós|wij|my)\s*\(\s*(?P<w>" + ANY_NAME + r")\s+"
    r"(?:and|und|et|y|e|en|i|&)\s+(?:my|mein\w*|mon|ma|mi|mio|mia|meu|minha|mijn|m[oó]j\w*)\b"
    # a signature that opens with the writer's name: "Lola Martín · Jefa de Personas"
    # (or a comma and a role in small letters: "Julien Perret, chef de projet.")
    r"|^\s*(?P<o>" + CAP + r")(?:\s+" + CAP + r"){1,2}\s*(?:·|\||\n|,\s+(?-i:[a-zà-ÿ]))"
    r"|(?:^|[.!?]\s+|^(?:hi|hey|hello|hallo|hola|ciao|olá|oi|cześć)[^,]{0,8},\s+)"
    r"(?P<a>" + ANY_NAME + r")\s+here\b|"
    # a name in passing, also in lower case: "im emma btw", "(Pieter hier)"
    r"\bi'?m\s+(?P<m>" + ANY_NAME + r")\s+(?:btw|by the way|here)\b|"
    r"\(\s*(?P<n>" + ANY_NAME + r")\s+(?:here|hier|ici|aquí|aqui|qui|tutaj)\s*\)|"
    r"\b(?:thanks|thank you|regards|cheers|best|grüße|grüßen|gruß|viele grüße|lg|saludos|"
    r"saludo|gracias|atentamente|cordialement|merci|grazie|saluti|cumprimentos|abraços|"
    r"obrigad[oa]|groeten|groet|bedankt|pozdrawiam|pozdrowienia|"
    r"dzięki|signed|firmado|firmato|signé|assinado|gezeichnet|gez|getekend|"
    r"podpisano)[,!.:]?\s+(?P<c>" + ANY_NAME + r")|"
    # a friendly closing and a name ending the text: "groetjes Bas", "liefs, Anouk", "besos
    # Lucía", "bisous, Chloé" (at the end only: "love Anna's new haircut" is no closing)
    r"\b(?:groetjes|groetje|liefs|kusjes|doei|besos|besitos|bisous|bises|beijinhos|beijos|"
    r"baci|bacioni|abrazos|un abrazo|abraço|hugs|love|xoxo|xx|tschüss|lg|glg|vg|ciao|"
    r"buziaki|buziak|całuski)[,!.:]?\s+(?P<l>" + ANY_NAME + r")\s*[.!]*\s*$|"
    # the one who signs a form up: "Inscrit : Maxime Dufresne", "zgłasza: Natalia Grabowska"
    r"\b(?:inscrit|inscrite|zgłasza|zgłaszająca|zgłaszający|angemeldet von|registered by|"
    r"aangemeld door|inscrito por|inscrita por|iscritto da|iscritta da)\s*:?\s+"
    r"(?P<q>" + ANY_NAME + r")|"
    # a first name and a surname closing the text after a comma: "…, Carlos Vidal"
    r",\s*(?P<f>" + CAP + r")\s+" + CAP + r"\.?\s*$|"
    # a name (and a surname or an initial) alone after the last sentence: "… Polecam! Tomek",
    # "… Lovely stay. Tom R."
    r"[.!?]\s+(?P<h>" + CAP + r")(?:\s+" + CAP + r")?(?:\s+[A-ZÀ-Ý]\.)?\s*$|"
    # a name (and a surname) after a dash closing the text, also "from" them in a form:
    # "… – Pierre Lemaire", "… (meine Frau) – von Katrin Maier"
    r"\s[—–-]\s*(?:(?:from|von|de|per|voor|od|da)\s+)?(?P<e>" + ANY_NAME + r")"
    # (or a word of who they are after it: "– Chiara, quella dell'amministrazione")
    r"(?:\s+" + CAP + r"){0,2}(?:\s+[A-ZÀ-Ý]\.)?\s*(?:$|,\s+(?:the one|die|der|celle|celui|"
    r"la|el|quella|"
    r"quello|a|o|de|ta|ten)\s[^\n]{0,40}$)|"
    # a name alone in brackets closing a chat line, also in lower case and after a greeting:
    # "… vamos casar em maio!! (caio)", "(groetjes, bram)"
    r"\((?:[^\W\d_]+,?\s+)?(?P<k>" + ANY_NAME + r")\)\s*[!.]*\s*$|"
    # a calendar file's organizer, the calendar's owner: "ORGANIZER:mailto:zuzanna.k@…"
    r"\bORGANIZER[^\n:]*:mailto:(?P<r>[^\W\d_]{3,})(?=[._-]|@)",
    re.IGNORECASE,
)
SELF_NAMED = re.compile(_SELF, re.IGNORECASE)
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
        # "we" in a feminine plural, so the writer is a woman: "fomos muito bem recebidas",
        # "siamo state benissimo", "nous sommes arrivées", "estamos casadas"
        r"(?:fomos|estamos|ficámos|ficamos|fuimos|somos|quedamos)\s+"
        r"(?:(?:muito|tão|super|bem|muy|tan|bien)\s+){0,2}\w{2,}(?:adas|idas)|"
        r"siamo\s+(?:(?:molto|così|davvero|proprio|già)\s+)?(?:state|andate|rimaste|arrivate|"
        r"tornate|uscite|partite|contente|felicissime|sposate|fidanzate)|"
        r"(?:nous sommes|on est)\s+(?:(?:très|si|bien|déjà)\s+)?\w{2,}ées|"
        rf"{_ESTOY}(?!(?:nada|ahora|agora|para|fora|fuera|casa|cama|toda|hora)\b)\w{{2,}}a)\b",
        re.IGNORECASE,
    ),
    MALE: re.compile(
        r"\b(?:by[łl]em|\w+[łl]em|i'?m a (?:man|guy|bloke)|(?:ich )?bin (?:selbst |auch )?"
        r"(?:ein (?:mann|typ|kerl)|ein junge)|je suis un (?:homme|mec|gars)|"
        r"soy un (?:chico|hombre|tío)|sono un (?:ragazzo|uomo)|sou um (?:homem|rapaz|cara)|"
        r"ik ben (?:zelf )?een (?:man|jongen|vent|kerel)|jestem (?:mężczyzną|facetem)|"
        r"sono \w+(?:issimo|ato|uto)|estoy \w+(?:ado|ido|ísimo)|"
        r"estou \w+(?:ado|ido|íssimo|morto)|je suis (?:ravi|content|marié|heureux)|"
        rf"{_ESTOY}(?!(?:como|todo|tipo|muito|medio|meio)\b)\w{{2,}}(?<!nd)o)\b",
        re.IGNORECASE,
    ),
}

# the writer's own title: "I'm Mr Tom Hale"
_I_AM = r"\b(?:I'm|I am|ich bin|je suis|soy|sono|sou|ik ben|jestem)\s+"
# or a title and a name closing the text: "Kind regards, Mrs Emma Clarke"
_TITLE_LAST = r"\.?\s+" + CAP + r"(?:\s+" + CAP + r")?\s*\.?\s*$"
# a form that opens with its applicant, titled: "Applicant: Mr Sanjay Mehta"
_APPLICANT = (
    r"^\s*(?i:applicant|antragsteller(?:in)?|demandeur|demandeuse|solicitante|richiedente|"
    r"requerente|aanvrager|wnioskodawca)\s*:\s*"
)
_WRITER_TITLE = {
    MALE: re.compile(
        _APPLICANT
        + r"(?:Mr|Herr|M|Sr|Sig|dhr|pan)\b\.?\s+[A-Z]|"
        + _I_AM
        + r"(?:Mr|Herr|M|Sr|Sig|dhr|pan)\b\.?|"
        r"(?:^|[\s,])(?:Mr|Herr|Sr|Sig|dhr|Pan)" + _TITLE_LAST
    ),
    FEMALE: re.compile(
        _APPLICANT
        + r"(?:Mrs|Ms|Frau|Mme|Sra|mevr|pani)\b\.?\s+[A-Z]|"
        + _I_AM
        + r"(?:Mrs|Ms|Frau|Mme|Sra|mevr|pani)\b\.?|"
        r"(?:^|[\s,])(?:Mrs|Ms|Miss|Frau|Mme|Sra|Sig\.ra|mevr|Pani)" + _TITLE_LAST
    ),
}


def writer_gender(text: str) -> str | None:
    """The gender of whoever wrote ``text``, when a name or a form says it.

    People name themselves in an aside ("(me: Anna)", "io: Chiara", "eu: Henrique"), with
    or without an article ("ich bin der Ole", "soy la Marta", "ik ben Sanne"), in a closing
    signature or a name alone after the last sentence ("Polecam! Tomek"), or say what they
    are ("bin selbst ein Typ", "sono felicissima")."""
    for m in _WRITER.finditer(text):
        gender = gender_of(next((g for g in m.groups() if g), ""))
        if gender is not None:
            return gender
    for gender, title in _WRITER_TITLE.items():
        if title.search(text):
            return gender
    for gender, form in _WRITER_FORM.items():
        if form.search(text):
            return gender
    tag = _PRONOUN_TAG.search(text)  # "Jordan Ellis (he/him)"
    if tag is not None:
        return MALE if tag.group("m") else FEMALE
    return _speaker_gender(text)


# a chat line or a message opened by its writer's name and a colon: "Dan: me and my …",
# "Léa : première Marche des fiertés avec ma copine"
_SPEAKER = re.compile(r"^\s*(?P<s>" + CAP + r")\s?:[ \t]")
# any later speaker's tag: a transcript of several people ("Agent: … Caller: …")
_ANOTHER_SPEAKER = re.compile(r"(?:^|[.!?\n]\s*|\s[–—-]\s)" + CAP + r"\s?:\s", re.MULTILINE)


def _speaker_gender(text: str) -> str | None:
    """The gender of the one speaker a message opens with, when no other speaks in it."""
    m = _SPEAKER.match(text)
    if m is None or _ANOTHER_SPEAKER.search(text, m.end()):
        return None
    return gender_of(m.group("s"))


# the pronouns a person gives beside their name: "(he/him)", "(she/her)", "(er/ihm)"
_PRONOUN_TAG = re.compile(
    r"\((?:(?P<m>he/him|he/his|er/ihm|il/lui)|(?P<f>she/her|she/hers|sie/ihr|elle))\)",
    re.IGNORECASE,
)
