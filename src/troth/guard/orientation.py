"""Sexual orientation shown by a relationship: a partner of the same gender as the person.

"me and my husband" from Tom, "minha mulher" signed by Sara, "il vit avec son compagnon",
"two men ... a double bed", a civil partnership between two men. The gender of a person
comes from a first name (the male and female first-name lists Faker ships), a pronoun, a
title ("Sr.", "Sig.ra", "dhr.") or a grammatical form ("byłam", "sono felicissima").

Besides a partner word with a possessive, these ways of writing show a couple of one
gender in the eight languages: the writer named in an aside ("(ich: Melanie Vogel)") beside
a partner; a wedding or civil union of two named people of one gender, also in file names;
two brides or two grooms beside a couple's word; a dating profile seeking the person's own
gender; a pronoun or a gendered noun for the person beside "the girlfriend"; a date or an
anniversary with someone of the writer's gender; a partner word of either gender and the
partner's name; a Polish partner "with" whom. Each rule says which near misses it leaves:
relatives, staff, business partners, a woman's husband.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Literal

from troth.guard.gates import words_of

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
# a first name: a capital and small letters of the eight languages (Polish ones too)
_UPPER = "A-ZÀ-ÖØ-ÝĄĆĘŁŃŚŹŻ"
_LOWER = "a-zß-öø-ÿąćęłńśźż"
CAP_NAME = rf"[{_UPPER}][{_LOWER}]+"
_ANY_NAME = r"[^\W\d_]+"  # a letter run, in a pattern that ignores case
_FIRST_PERSON_POSSESSIVE = (
    r"(?:my|mn|m'n|mein(?:em|en|er|e)?|mon|ma|mi|mio|mia|il mio|la mia|meu|minha|o meu|"
    r"a minha|mijn|"
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
    r"chłopakiem|chłopaka|partnera|partnerem|narzeczony|narzeczonego|narzeczonym|fidanzato|"
    r"verlobter|verlobten|fiancé|prometido|noivo|male partner",
    FEMALE: r"wife|girlfriend|ehefrau|frau|freundin|femme|épouse|copine|compagne|esposa|"
    r"mujer|novia|moglie|ragazza|compagna|mulher|namorada|companheira|vrouw|vriendin|żona|żoną|żony|"
    r"żonę|dziewczynę|narzeczoną|narzeczona|fidanzata|verlobte|fiancée|prometida|noiva|"
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
    r"asegurado|segurado|verzekerde man|ubezpieczony|el cliente|il cliente|o cliente|"
    r"le client|der kunde|klient|el paciente|il paziente|o paciente|le patient|der patient|"
    r"pacjent|el usuario|o usuário|l'utilisateur|der nutzer|użytkownik",
    FEMALE: r"she|her|sie|elle|ella|lei|ela|zij|ona|assistita|versicherte|assurée|asegurada|"
    r"segurada|ubezpieczona|la clienta|la cliente|a cliente|la cliente|die kundin|klientka|"
    r"la paciente|la paziente|a paciente|la patiente|die patientin|pacjentka|la usuaria|"
    r"a usuária|l'utilisatrice|die nutzerin|użytkowniczka",
}
_PRONOUN = {g: re.compile(rf"\b(?:{w})\b", re.IGNORECASE) for g, w in _PRONOUNS.items()}
# the writer named: "Tom here", "soy Javi", "ich bin der Ole", "Thanks, Rebecca",
# "Cumprimentos, Sara Alves", a name alone closing the text ("Polecam! Tomek"), and an aside
# that names the writer ("(me: Anna)", "(ich: Melanie Vogel)", "io: Chiara", "eu: Henrique")
_CAP = f"(?-i:{CAP_NAME})"  # a capital first, in a pattern that ignores case
_SELF = (
    r"(?:^|[(\[{,;|·–—-]|\s)\s*(?:me|ich|moi|yo|io|eu|ik|ja)\s*:\s*(?P<g>" + _ANY_NAME + r")"
    # the aside ends after the name and a surname ("me: Anna, could you …" is a transcript)
    r"(?=(?:\s+" + _ANY_NAME + r"){0,3}\s*(?:[)\]}|;·]|$))|"
    r"\b(?:i'm|i am|this is|soy|je suis|ich bin|sono|sou|ik ben|jestem|c'est|aquí|hier ist)\s+"
    r"(?:(?:der|die|el|la|il|lo|o|a|de)\s+)?(?P<b>" + _ANY_NAME + r")\b|"
    r"\b(?:my name is|mein name ist|ich heiße|"
    r"je m'appelle|me llamo|mi chiamo|o meu nome é|meu nome é|chamo-me|mijn naam is|ik heet|"
    r"nazywam się|mam na imię)\s+(?P<d>" + _ANY_NAME + r")"
)
_WRITER = re.compile(
    _SELF + r"|(?:^|[.!?]\s+)(?P<a>" + _ANY_NAME + r")\s+here\b|"
    r"\b(?:thanks|thank you|regards|cheers|best|grüße|grüßen|gruß|viele grüße|lg|saludos|"
    r"saludo|gracias|atentamente|cordialement|merci|grazie|saluti|cumprimentos|abraços|"
    r"obrigad[oa]|groeten|groet|bedankt|pozdrawiam|pozdrowienia|"
    r"dzięki|signed|firmado|firmato|signé|assinado|gezeichnet|gez|getekend|"
    r"podpisano)[,!.:]?\s+(?P<c>" + _ANY_NAME + r")|"
    # a first name and a surname closing the text after a comma: "…, Carlos Vidal"
    r",\s*(?P<f>" + _CAP + r")\s+" + _CAP + r"\.?\s*$|"
    # a name (and a surname) alone after the last sentence: "… Polecam! Tomek"
    r"[.!?]\s+(?P<h>" + _CAP + r")(?:\s+" + _CAP + r")?\s*$|"
    r"\s[—–-]\s*(?P<e>" + _ANY_NAME + r")\s*$|"
    # a name alone in brackets closing a chat line, also in lower case and after a greeting:
    # "… vamos casar em maio!! (caio)", "(groetjes, bram)"
    r"\((?:[^\W\d_]+,?\s+)?(?P<k>" + _ANY_NAME + r")\)\s*[!.]*\s*$",
    re.IGNORECASE,
)
_SELF_NAMED = re.compile(_SELF, re.IGNORECASE)
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
_PAIR = re.compile(
    r"\b(?:(?P<m>two men|two guys|zwei männer|deux hommes|dos chicos|dos hombres|due uomini|"
    r"due ragazzi|dois homens|dois rapazes|twee mannen|dwóch mężczyzn|dwaj mężczyźni|"
    r"both men|beide männer|allebei mannen|beiden mannen|dwoma mężczyznami|two grooms|"
    r"zwei bräutigame|twee bruidegoms|dwóch panów młodych|two husbands|zwei ehemänner|"
    r"deux maris|dos maridos|due mariti|dois maridos|dwóch mężów|deux mecs|deux gars|"
    r"zwei typen|zwei kerle|dos tíos|dwóch facetów|dwaj faceci|twee kerels)|"
    r"(?P<f>two women|two girls|zwei frauen|deux femmes|dos chicas|dos mujeres|due donne|"
    r"due ragazze|duas mulheres|duas raparigas|twee vrouwen|dwie kobiety|both women|"
    r"beide frauen|allebei vrouwen|beiden vrouwen|dwiema kobietami|two brides|zwei bräute|"
    r"deux mariées|dos novias|due spose|duas noivas|twee bruiden|dwie panny młode|two wives|"
    r"zwei ehefrauen|deux épouses|dos esposas|due mogli|duas esposas|dwie żony|deux nanas|"
    r"deux meufs|zwei mädels|twee meiden))\b",
    re.IGNORECASE,
)
_COUPLE = re.compile(
    r"\b(?:double bed|doppelbett|lit double|grand lit|cama de matrimonio|cama doble|"
    r"letto matrimoniale|cama de casal|tweepersoonsbed|łóżko małżeńskie|"
    r"honeymoon|flitterwochen|lune de miel|luna de miel|luna di miele|lua de mel|huwelijksreis|"
    r"miesiąc miodowy|wedding|hochzeit|mariage|boda|matrimonio|casamento|bruiloft|ślub|"
    r"hochzeitstag|trouwdag|pareja|coppia|casal)\b|"
    + "|".join(f"(?:{w})" for w in PARTNER_WORDS.values()),
    re.IGNORECASE,
)
# "our two girls", "unsere zwei Mädels": children, not a couple
_OURS = re.compile(
    r"\b(?:our|my|unsere?|meine|nos|nuestr[oa]s|mis|nostr[ei]|i nostri|le nostre|miei|mie|"
    r"nossos|nossas|os nossos|as nossas|meus|minhas|onze|mijn|nasze|naszych|moje|moich)\s+$",
    re.IGNORECASE,
)


def _pair(text: str) -> list[tuple[int, int]]:
    """Two men or two women (two brides, two grooms, "dwóch facetów") beside a couple's
    word: a double bed, a honeymoon, a wedding, a partner. "Our two girls" are children,
    "two guys from IT" are staff."""
    if _COUPLE.search(text) is None:
        return []
    return [
        m.span()
        for m in _PAIR.finditer(text)
        if not _OURS.search(text, 0, m.start()) and not _FROM.match(text, m.end())
    ]


# "two guys from IT", "zwei Frauen vom Catering", "dos chicos del hotel": staff, no couple
_FROM = re.compile(
    r"\s+(?:from|of|at|vom|von|aus|de|del|des|du|da|do|di|dal|della|dello|van|uit|z|ze)\b",
    re.IGNORECASE,
)


# a partnership field and the people it joins
_PARTNERSHIP = re.compile(
    r"civil partner|civil partnership|lebenspartner\w*|eingetragene partnerschaft|pacs|pacsé|"
    r"pareja de hecho|unione civile|unido de facto|união de facto|união estável|"
    r"geregistreerd partner\w*|partner życiowy|registered partner|domestic partner|"
    r"\"partner\"|partnerin|partner|ehepartner\w*|spouse|c[óo]nyuge|conjoint\w*|coniuge|"
    r"c[ôo]njuge|echtgeno\w*|ma[łl]żon\w*|ma[łl]żeństw\w*|marriage|mariage|matrimonio|"
    r"casamento|huwelijk|"
    # a double bed booked for two
    r"double bed|doppelbett|lit double|grand lit|cama de matrimonio|cama doble|matrimonial\w*|"
    r"cama de casal|tweepersoonsbed|łóżko małżeńskie",
    re.IGNORECASE,
)
# a partner word followed by its business: "partnerka biznesowa", "partner d'affaires"
_BUSINESS_AFTER = re.compile(
    r"\s+(?:biznesow\w*|business|commercial\w*|d'affaires|de negocios|di affari|"
    r"de negócios|zakelijk\w*|in business|in crime)\b",
    re.IGNORECASE,
)
# a partner in business: "my business partner", "Geschäftspartner", "socio commerciale"
_BUSINESS = re.compile(
    r"(?:business|trading|sales|channel|reseller|handels|geschäfts|zaken|commercial|"
    r"biznesow\w*)\W*$",
    re.IGNORECASE,
)
# a firm's legal form: the partner it names is a business
_COMPANY = re.compile(
    r"\b(?:GmbH|AG|Ltd|Inc|LLC|plc|SARL|SAS|S\.[AL]\.|S\.r\.l\.|S\.p\.A\.|B\.V\.|N\.V\.|Lda|"
    r"Ltda|sp\. z o\.o\.)(?!\w)"
)
_FIRM = re.compile(
    _COMPANY.pattern + r"|\b(?:wspólni\w+|spół\w+|associé\w*|soci[oa]s?|sóci[oa]s?|"
    r"gesellschafter\w*|vennoot\w*|vennoten|co-?founders?|cofundador\w*|mitgründer\w*|"
    r"cofondat\w*|medeoprichter\w*|współzałożyciel\w*)\b",
    re.IGNORECASE,
)
_TITLES = {
    MALE: re.compile(
        r"\b(?:Mr|[Ss]r|[Ss]ig|Herrn?|M|[Dd]hr|Pan|pan|[Pp]ana|panem|p|D|Don)\.?(?=\s+[A-Z])"
    ),
    FEMALE: re.compile(
        r"\b(?:Mrs|Ms|Miss|[Ss]ra|[Ss]ig\.ra|Frau|Mme|[Mm]evr|Pani|pani|panią|Dña|Doña)\.?"
        r"(?=\s+[A-Z])"
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
_NAME = re.compile(rf"\b[{_UPPER}][{_LOWER}]{{2,}}\b")
_AFTER_NAME = re.compile(rf"\b[{_UPPER}][{_LOWER}]{{2,}} $")  # a surname follows a first name
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
    "epouse fidanzato fidanzata echtgenoot echtgenote ehefrau ehemann "
    # weddings, civil unions, couples' anniversaries and dates
    "partnership partnerschaft verpartnert verpartnerung wedding hochzeit boda ślub slub bruiloft "
    "nozze trouwerij noces anniversary jahrestag anniversario aniversario aniversário "
    "rocznica rocznicę rocznicy namoro noviazgo fidanzamento walentynki "
    "appuntamento randka anniversaire lebensgefährten lebensgefährtin "
    # a man or a woman sought, two brides or two grooms
    "woman homme hombre uomo homem mężczyzna kobieta kobiet males females girls "
    "mecs facet facetów faceci ragazzi ragazze brides grooms bräute bräutigame mariées "
    "novias spose noivas bruiden bruidegoms husbands wives ehefrauen ehemänner maris "
    "maridos mariti mężów żony gars typen kerle tíos kerels nanas meufs mädels meiden "
    # partners named after a word of either gender, and Polish partners "with"
    "partenaire parceiro parceira compañero compañera narzeczony narzeczona narzeczonym "
    "narzeczoną".split()
)


# short forms and common first names the lists lack, which people sign with and call their
# partners by: Polish diminutives ("Kuba", "Ola"), Spanish and Portuguese short forms
_SHORT_NAMES = {
    MALE: "kuba tomek bartek franek janek józek staszek wojtek maciek jacek piotrek krzysiek "
    "grzesiek szymek antek adaś jaś kostek davide mathieu karim mehdi yassine julien sébastien "
    "seb jake dave mike matt joe nick rob steve andy pete jim bob ted olli basti tobi "
    "timo jens flo chema quique curro paco pepe nacho javi dani rafa kike zé quim "
    "guto beppe gigi pippo teo thijs bram sjoerd joost raphaël mathis maël maxime romain "
    "quentin amine gabriele tommaso jeroen bartosz",
    FEMALE: "ola ania kasia basia gosia zosia magda ewka jola ula iza marysia hania "
    "madzia justi lola pili maite charo conchi bia gabi steffi conny sanne fleur anouk "
    "fenna noor lieke chiara giulia sabri léa léna amandine laia ginevra zuzanna oliwia "
    "wiktoria małgorzata",
}


@lru_cache(maxsize=1)
def _first_names() -> tuple[frozenset[str], frozenset[str]]:
    """The male and the female first names (lower case) of Faker's lists."""
    male: set[str] = set()
    female: set[str] = set()
    for locale in _LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        male.update(n.lower() for n in getattr(provider, "first_names_male", ()))
        female.update(n.lower() for n in getattr(provider, "first_names_female", ()))
    return frozenset(male), frozenset(female)


@lru_cache(maxsize=1)
def name_genders() -> dict[str, str]:
    """First name (lower case) -> "m" or "f", for names only one of Faker's lists holds,
    with the short forms Faker lacks."""
    male, female = _first_names()
    genders = {n: MALE for n in male - female}
    genders.update({n: FEMALE for n in female - male})
    for gender, names in _SHORT_NAMES.items():
        genders.update({n: gender for n in names.split() if n not in male | female})
    return genders


# Polish first names change their ending with their case: "z Kubą", "z Anią", "z Tomkiem",
# "ślub Marka i Piotra", "od Ewy", "u Kasi"
_CASE_ENDINGS = (
    ("ą", "a"),
    ("ę", "a"),
    ("kiem", "ek"),
    ("em", ""),
    ("ka", "ek"),
    ("a", ""),
    ("wy", "wa"),
    ("si", "sia"),
    ("ni", "nia"),
    ("li", "la"),
)


def gender_of(name: str) -> str | None:
    """The gender of a first name, also of a Polish first name in another case (a name
    both lists hold, such as "Alex", has none)."""
    genders = name_genders()
    word = name.lower()
    if word in genders:
        return genders[word]
    male, female = _first_names()
    if word in male or word in female:
        return None
    for ending, base in _CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) + len(base) >= 3:
            found = genders.get(word[: -len(ending)] + base)
            if found is not None:
                return found
    return None


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
    return None


# a relative, a friend or a colleague: "his", "su", "o … do filho" may be theirs
_RELATIVE = re.compile(
    # (no English "son": it is French "his")
    r"\b(?:daughter|sons|sister|brother|mother|father|friends?|colleagues?|boss|neighbou?r|"
    r"tochter|sohn|schwester|bruder|mutter|vater|kolleg\w*|chef|nachbar\w*|"
    r"fille|fils|sœur|soeur|frère|mère|père|amie?s?|collègues?|voisin\w*|"
    r"hij[oa]s?|herman[oa]s?|madre|padre|amig[oa]s?|colegas?|jef[ae]|vecin[oa]s?|"
    r"figli[oa]|sorella|fratell[oi]|amic[oa]|amici|colleg(?:a|hi|he)|capo|vicin[oa]|"
    r"filh[oa]s?|irmã|irmão|irmãos|mãe|pai|chefe|vizinh[oa]|"
    r"dochter|zoon|zus|broer|moeder|vader|baas|buurman|buurvrouw|collega's|"
    r"córk\w*|syn|syna|synem|siostr\w*|brat|brata|bratem|matk\w*|ojc\w*|koleg\w*|"
    r"koleżank\w*|koledz\w*|szef\w*|sąsiad\w*)\b",
    re.IGNORECASE,
)


def _third_person(sentence: str) -> str | None:
    """The gender of the sentence's person, when no relative or friend named beside may be
    the one whose partner it is ("el cliente dice que su hija y su novio …")."""
    if _RELATIVE.search(sentence):
        return None
    return _subject_gender(sentence)


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
    r"ik ben getrouwd met|ich habe|ożeniłem się z|wyszłam za)\s+(?P<n>" + _ANY_NAME + r")"
    r"(?:\s+geheiratet)?",
    re.IGNORECASE,
)


def _married(text: str) -> list[tuple[int, int]]:
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
    MALE: r"husband|hubby|boyfriend|ehemann|mari|époux|epoux|marido|esposo|marito|fidanzato|"
    r"echtgenoot|namorado|novio|mąż|męża|mężem|chłopak|chłopaka|chłopakiem|copain|"
    r"companheiro|compagnon",
    FEMALE: r"wife|girlfriend|ehefrau|épouse|epouse|esposa|moglie|fidanzata|echtgenote|"
    r"namorada|novia|żona|żony|żoną|dziewczyna|dziewczyny|dziewczyną|copine|"
    r"companheira|compagne",
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
    r"épouse|moglie|marito|ehefrau|ehemann|echtgenote|echtgenoot|namorad[ao]|novi[ao]|"
    r"fidanzat[ao]|companheir[ao]|compagne|compagnon)\b",
    re.IGNORECASE,
)
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
        if _IS_OR_OF.search(text, 0, m.start()):
            continue  # "la clienta es la novia" (the bride), "la madre de la novia"
        person = _third_person(_sentence(text, m.start()))
        if person is not None and _GENDER_OF_SPOUSE.get(m.group("partner").lower()) == person:
            spans.append(m.span("partner"))
    for m in _AS_PARTNER.finditer(text):
        of = _OWNER.get(m.group("who").lower()) or _named_gender(text)
        if of is not None and _GENDER_OF_SPOUSE.get(m.group("partner").lower()) == of:
            spans.append(m.span("partner"))
    return spans


def _named_gender(text: str) -> str | None:
    """The one gender of the first names a text holds, when they all have the same."""
    found = {gender_of(n.group()) for n in _NAME.finditer(text)} - {None}
    return found.pop() if len(found) == 1 else None


# Classes of writing that show a couple of one gender without a possessive partner word.

# a file or device name: its words are joined by hyphens, underscores or dots
_JOINERS = re.compile(r"[-_.]")


def _flat(text: str) -> str:
    """``text`` with the hyphens, underscores and dots of a file name read as spaces (a text
    with spaces is left as it is; the length never changes, so spans stay true)."""
    if any(c.isspace() for c in text):
        return text
    return _JOINERS.sub(" ", text)


# a wedding, a civil union or a registered partnership
_WEDDING = (
    r"(?:wedding|marriage|civil partnership|civil union|hochzeit|trauung|verpartnerung|"
    r"mariage|noces|boda|casamiento|unión civil|matrimonio|unione civile|nozze|casamento|"
    r"união (?:civil|de facto|estável)|huwelijk|bruiloft|trouwerij|ślub\w*|slub\w*|wesel\w+|"
    r"związek partnerski)"
)
_AND = r"(?:\s+(?:and|und|et|y|e|i|en)\s+|\s*[&+]\s*)"
# a title or an article before a first name: "Mr", "Frau", "do", "la"
_ARTICLES = r"(?:(?:o|a|do|da|la|il|el|der|die|dem|von|van|de)\s+)*"
# a title before a name gives its gender where the name is a surname
_TITLE_GENDER = {
    **dict.fromkeys(
        "mr herr herrn m monsieur sr señor sig signor pan pana panem panu dhr don d".split(), MALE
    ),
    **dict.fromkeys(
        "mrs ms miss frau mme madame sra señora sig.ra signora pani panią mevr dña doña".split(),
        FEMALE,
    ),
}
_TITLE_ALT = "|".join(re.escape(t) for t in sorted(_TITLE_GENDER, key=len, reverse=True))


def _titled(slot: str) -> str:
    """A name in a pair, with its articles and its title: "do Tiago", "Herrn Albers"."""
    return (
        rf"{_ARTICLES}(?:(?P<t{slot}>{_TITLE_ALT})\.?\s+)?{_ARTICLES}"
        rf"(?:[A-Z]\.\s+)?(?P<{slot}>{_ANY_NAME})"
    )


_OF = r"(?:(?:of|von|de|di|van|der|des|del|da|do|dla|the|our|their|unsere?|nuestra|la|il)\s+)*"
# what a wedding's file or note holds: "wedding-photos-Emma-and-Olivia", "ślub cywilny"
_ITEM = (
    r"(?:(?:photos?|fotos?|bilder|videos?|album|invit\w*|einladung\w*|convite\w*|"
    r"uitnodiging\w*|zaproszeni\w*|zdj[eę]cia|menu|menú|cywilny|civil|civile)\W+)?"
)
# "wedding of Anna and Maria", "ślub Agnieszka i Ewa", "Luca e Davide's wedding"
_WEDDING_PAIR = re.compile(
    rf"\b{_WEDDING}\b\W+{_ITEM}{_OF}{_titled('a')}{_AND}{_titled('b')}\b(?!['’]s?\b)|"
    rf"\b{_titled('c')}{_AND}{_titled('d')}(?:'s?)?"
    rf"\W+(?:(?:their|ihre|leur|su|la loro|sua|hun|ich)\s+)?{_WEDDING}\b",
    re.IGNORECASE,
)


# the words a wedding is named by (a text without one is not read for a pair)
_WEDDING_WORDS = frozenset(
    "wedding marriage partnership union hochzeit trauung verpartnerung mariage noces boda "
    "casamiento unión matrimonio unione nozze casamento união huwelijk bruiloft trouwerij "
    "ślub ślubu ślubie slub slubu wesele wesela związek".split()
)


def _wedding_pair(text: str) -> list[tuple[int, int]]:
    """A wedding or a civil union of two named people of one gender: the two first names
    stand right after the wedding word or right before it ("wedding of Anna and Maria",
    "Hochzeit von Jonas und Felix", "unione civile Luca e Davide", "Ewa i Ola - ślub")."""
    if _WEDDING_WORDS.isdisjoint(words_of(text)):
        return []
    spans = []
    for m in _WEDDING_PAIR.finditer(text):
        slots = ("a", "b") if m.group("a") else ("c", "d")
        first, second = (_slot_gender(m, slot) for slot in slots)
        if first is not None and first == second:
            spans.append(m.span())
    return spans


def _slot_gender(m: re.Match[str], slot: str) -> str | None:
    """The gender of one of a pair: its title's, or its first name's."""
    title = m.group(f"t{slot}")
    if title:
        return _TITLE_GENDER.get(title.lower())
    return gender_of(m.group(slot))


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
    r"seeking|seeks|looking[_ ]for|interested[_ ]in|searching for|sucht|suche|suchen|cherche|"
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


def _dating(text: str) -> list[tuple[int, int]]:
    """A person of a known gender seeks the same gender, as dating profiles and apps say it:
    a gender field or "I am a man" beside "seeking: men", "cerca uomini", "sucht Männer",
    "zoekt vrouwen", "szuka kobiet", or an export named "…-Anouk-vrouwen-zoeken". The person
    is told by the field, else by a title ("il sig. Marini"), the writer's name or a first
    name in the text."""
    seen = words_of(text)
    if _SEEK_WORDS.isdisjoint(seen) and not any(w.startswith(_SEEK_STEMS) for w in seen):
        return []
    flat = _flat(text)
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
    titles = {g for g, p in _TITLES.items() if p.search(flat)}
    if len(titles) == 1:
        return titles.pop()
    return writer_gender(flat) or _named_gender(flat)


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


def _romantic_date(text: str) -> list[tuple[int, int]]:
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


# a partner word opening a field and a name: "Ehefrau Carina Vogel", "wife: Anna Berg"
_LABELLED = re.compile(
    rf"(?:^|[:;,(\[{{\"'|·]\s*)(?P<partner>{_ANY_SPOUSE})\b[\s:=\"']*(?P<n>{CAP_NAME})",
    re.IGNORECASE,
)


def _labelled_partner(text: str) -> list[tuple[int, int]]:
    """A field naming a partner of one gender ("Notfallkontakt: Ehefrau Carina Vogel") in a
    text whose writer names themself, of the same gender ("(ich: Melanie Vogel)", "I'm
    Anna"). Without the writer's own name the field may be anyone's."""
    spans = []
    for m in _LABELLED.finditer(text):
        partner = _GENDER_OF_SPOUSE.get(m.group("partner").lower())
        if partner is None or gender_of(m.group("n")) not in (None, partner):
            continue
        for own in _SELF_NAMED.finditer(text):
            if gender_of(next(g for g in own.groups() if g)) == partner:
                spans.append(m.span("partner"))
                break
    return spans


# a partner word of either gender and the partner's first name: "mon conjoint Karim"
_NEUTRAL_PARTNER = re.compile(
    rf"\b(?P<who>{_FIRST_PERSON_POSSESSIVE})\s+(?:partner|partnerin|conjoint|conjointe|pareja|"
    r"partenaire|parceir[oa]|compañer[oa]|lebensgefährt\w*|lebenspartner\w*|echtgeno\w+|"
    r"spouse|c[óo]nyuge|coniuge|c[ôo]njuge|ma[łl]żon\w+|compagn\w+|"
    rf"companheir[oa]|fidanzat[oa]|narzeczon\w+)\s*,?\s+(?P<n>{CAP_NAME})",
    re.IGNORECASE,
)


def _named_partner(text: str) -> list[tuple[int, int]]:
    """The writer's partner named by a first name of the writer's gender, after a word that
    says no gender ("mon conjoint Karim … Julien Morel", "my partner Lisa – Emma")."""
    spans = []
    for m in _NEUTRAL_PARTNER.finditer(text):
        partner = gender_of(m.group("n"))
        if partner is not None and partner == writer_gender(text):
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
    rf"\s+(?:[{_UPPER}]\w*(?<!ą)(?<!em)\b|(?:szef|kolegi|koleżanki|siostry|brata|córki|syna|"
    r"sąsiad)\w*)"
)
_WITH_GENDER = {"mężem": MALE, "chłopakiem": MALE, "partnerem": MALE, "narzeczonym": MALE}


def _with_partner(text: str) -> list[tuple[int, int]]:
    """A Polish partner "with" whom the sentence's person does something, of the same
    gender: a title or a pronoun names the person ("Pani Nowak przyszła z żoną"), or a verb
    in the first person the writer ("Byliśmy tu z mężem … Tomek"); "Sąsiadka przyszła z
    mężem" is someone else's husband."""
    spans = []
    for m in _WITH_PARTNER.finditer(text):
        partner = _WITH_GENDER.get(m.group("partner").lower(), FEMALE)
        if _GENITIVE.match(text, m.end()):
            continue  # "z mężem Kasi", "z żoną szefa": someone else's partner
        sentence = _sentence(text, m.start())
        person = _third_person(sentence)
        if person is None and _FIRST_PERSON_PL.search(sentence.replace(m.group(), "")):
            person = writer_gender(text)
        if person == partner:
            spans.append(m.span("partner"))
    return spans


def same_gender_partner(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that show a same-gender relationship."""
    spans: list[tuple[int, int]] = []
    writer: str | None | Literal[False] = False  # False: not worked out yet
    for gender, pattern in _PARTNER.items():
        for m in pattern.finditer(text):
            who = m.group("who")
            if _BUSINESS_AFTER.match(text, m.end()):
                continue  # "jej partnerka biznesowa", "her business partner"
            if who.lower() in ("a", "an") and "partner" not in m.group("partner").lower():
                continue
            if _FIRST.match(who):
                if writer is False:
                    writer = writer_gender(text)
                person = writer
            else:
                person = _third_person(_sentence(text, m.start()))
            if person == gender:
                spans.append(m.span("partner"))
    spans += _pair(text)
    spans += _partnership(text)
    spans += _owned_partner(text)
    spans += _married(text)
    spans += [m.span() for m in _TWO_PARENTS.finditer(_flat(text))]
    spans += _wedding_pair(_flat(text))
    spans += _dating(text)
    spans += _romantic_date(text)
    spans += _labelled_partner(text)
    spans += _named_partner(text)
    spans += _with_partner(text)
    return spans


def _partnership(text: str) -> list[tuple[int, int]]:
    """A partnership field joining two people of one gender (by titles or first names)."""
    field = _PARTNERSHIP.search(text.replace("_", " "))
    if field is None or _BUSINESS.search(text, 0, field.start()):
        return []
    if field.group().lower().strip('"').startswith("partner") and _FIRM.search(text):
        return []  # a partner firm: "partner: Acme GmbH", "wspólnicy spółki"
    if _RELATIVE.search(text):
        return []  # "letto matrimoniale per i fratelli Marco e Luca"
    # a title after a first name is a middle initial: "Shane M Culp"
    seen = [
        g
        for g, p in _TITLES.items()
        for t in p.finditer(text)
        if not _AFTER_NAME.search(text, 0, t.start())
    ]
    seen += [g for g, p in _ROLES.items() for _ in p.finditer(text)]
    seen += [MALE if v.group("m") else FEMALE for v in _PARTNER_VALUE.finditer(text)]
    for n in _NAME.finditer(text):
        gender = gender_of(n.group())
        if gender is not None and not _AFTER_NAME.search(text, 0, n.start()):
            seen.append(gender)
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
