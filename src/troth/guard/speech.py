"""Figures of speech: a category's word that says nothing of anyone.

"gave me a heart attack lol", "this update makes me sick", "service is in our DNA",
"pray the deploy works", "it's like a religion to him".
"""

from __future__ import annotations

import re

from troth.guard.context import OBJECT_ME, RELATIONS_WORDS, SUBJECT_ME, VERBS
from troth.guard.memo import last_text
from troth.guard.prefilter import Prefiltered

IDIOM = Prefiltered(
    r"\b(?:heart attack (?:lol|haha|lmao|xd)|(?:almost |nearly )?(?:gave|give|giving) me a "
    r"heart attack|pray (?:that|the|it|we|this|for (?:the|a) (?:update|patch|build|fix))|"
    r"let'?s pray|praying (?:that|the|it)|thank god|oh my god|god knows|"
    r"sick (?:of|and tired)|that'?s sick|religiously|depressing|insane(?:ly)?|"
    r"blind (?:spot|copy|carbon|test)|double[- ]blind|turn(?:ed)? a blind eye|"
    r"not kosher|is (?:this|that|it) kosher|gospel|bible of|the (?:\w+ )?bible|"
    r"union (?:type|find|select|all|jack|libre)|uni[oó]n libre|unione libera|"
    r"(?:european|customs|postal|credit) union|"
    r"strike (?:through|out|rate)|three strikes|cancer of|cancel culture|"
    r"herzinfarkt bekommen (?:lol|haha)|beten wir|croisons les doigts|prions|recemos|"
    r"preghiamo|rezemos|laten we bidden|módlmy się|"
    r"mass (?:e-?mail|mailing|update|import|delete|storage)|"
    r"(?:type|tipo|typ|typo)\"?\s*:\s*\"?union|(?:european|europese|europäische|europejsk\w*) "
    r"(?:union|unie|unia)|union europ\w*|unión europea|unione europea|união europeia|"
    r"union square|union station|union street|"
    # "precios de infarto": prices to stop the heart, a shop's slogan
    r"(?:precios?|ofertas?|descuentos?|rebajas|vistas|final|partido|curvas|escena)\s+de\s+infarto|"
    # a game's cleric gaining a level: "mijn priester gaat level 4"
    r"(?:priest|priester|prêtre|sacerdote|kapłan|cleric|clérigo|chierico|paladin\w*|druid\w*)"
    r"\b[^.!?\n]{0,25}\b(?:level|lvl|niveau|nivel|livello|poziom)\b|"
    # "so gay for spreadsheets": a craze, not an orientation
    r"(?:so|totally|lowkey|kinda) gay for (?!him\b|her\b|men\b|women\b|guys\b|girls\b)|"
    # a matter of taste called one of faith: "tabs of spaties is een geloofskwestie"
    r"geloofskwestie|glaubensfrage|question de foi|cuesti[oó]n de fe|questione di fede|"
    r"quest[aã]o de f[eé]|kwesti[aą] wiary|matter of faith|religious war|guerre de religion|"
    r"glaubenskrieg|guerra de religi[oó]n|guerra di religione|guerra religiosa|"
    r"meal[- ]?prep\w*|prep (?:time|work|cook|school|kitchen)|"
    r"(?:stroke|strokes) (?:width|color|colour)|brush ?stroke|key ?stroke|"
    r"(?:me|mi|te|ti|nos|ci) (?:va a dar|vas a dar|fa venire|fai venire|viene|vai dar|da) "
    r"(?:un |um )?(?:infarto|ataque)|dostan\w* zawału|zawału dostan\w*|ziek goed\w*|"
    r"chor\w* w najlepszym|krijg (?:nog )?een hartaanval|bekomme? (?:noch )?einen herzinfarkt|"
    r"(?:genetic|genetische[nr]?|génétiques?|genétic[oa]s?|genetic[oa]|genetisch[e]?|"
    r"genetyczn\w*) (?:algorithms?|algorithmus|algorithmen|algorithmes?|algoritmos?|algoritme)|"
    r"(?:algorithmes?|algoritmos?|algoritme|algorytm\w*) (?:génétiques?|genétic[oa]s?|"
    r"genetic[oa]|genetisch[e]?|genetyczn\w*))\b",
    re.IGNORECASE,
)


# figures of speech: "this app is a religion", "this update makes me sick" (kept apart from
# IDIOM so that each is tried only on a sentence holding one of its own words)
FIGURATIVE = Prefiltered(
    r"\b(?:(?:is|ist|es|est|è|é|jest|to) (?:a |an |ein |eine |een |una |une |un |um |uma |"
    r"moja |moją )?religi(?:on|one|ón|ão|e|a)\b|"
    r"(?:ik )?(?:word) (?:er |zo |echt |gewoon )?ziek van (?:deze|dat)\b|"
    # "het is om ziek van te worden", "c'est à rendre malade", "es para enfermarse"
    r"om ziek van te worden|à (?:en )?rendre malade|para enfermarse|da far ammalare|"
    r"zum krank werden|"
    r"(?:makes?|making|made|macht|machen|rend|rendent|rende|pone|ponen|deixa|deixam|maakt|"
    r"maken) (?:me|mich|moi|mi|nos|uns|ons|mij|mnie) (?:\w+ )?(?:sick|ill|krank|malade|"
    r"enferm[oa]|malat[oa]|doente|ziek|chor[ya])|"
    r"(?<=(?:me|mi|m') )(?:rend|rende|pone|fa|deixa) (?:\w+ )?(?:malade|enferm[oa]|malat[oa]|"
    r"doente)|"
    r"(?:song|track|tune|beat|drop|canci[oó]n|tema|temazo|rola|chanson|morceau|canzone|pezzo|"
    r"m[uú]sica|lied|nummer|piosenka|kawa[lł]ek) (?:\w+ )?(?:is|está|esta|es|est|è|é|ist|"
    r"jest|fica) (?:\w+ )?(?:sick|ill|enferm[oa]|malade|malat[oa]|doente|krank|ziek|chor[ya])|"
    r"(?:level|fase|nivel|nível|livello|niveau|poziom|etapa|stage|mapa|map|missão|misión|"
    r"missione|mission|boss) (?:\w+ )?(?:da|de|do|del|della|dello|of|du|der|des|van|w)? ?"
    r"(?:the |la |le |l'|het |de |a |o )?(?:igreja|iglesia|chiesa|[ée]glise|church|kirche|"
    r"kerk|ko[sś]ci[oó][lł]|temple|templo|tempio|mosque|mezquita|moschea|mesquita|moschee|"
    r"moskee|meczet|cathedral|catedral|cattedrale|kathedrale|chapel|capela|capilla|cappella)|"
    r"(?:church|chapel|temple|mosque|cathedral|kirchen|kerk) ?(?:level|stage|map|mission|boss))",
    re.IGNORECASE,
)


# more figures of speech: "my blood pressure is through the roof", "esto es un cáncer",
# "Schalke ist für mich eine Religion", "je prie pour que le client signe", "¡Dios mío!"
MORE_IDIOMS = Prefiltered(
    r"\b(?:through the roof|sky[- ]high|auf hundertachtzig|auf 180|por las nubes|alle stelle|"
    r"(?:esto|this|that|das|dies|ça|questo|isso|isto|dit|dat) (?:es|is|ist|est|è|é|jest) "
    r"(?:un |a |ein |een |um |uma |une )?(?:cáncer|cancer|krebs|cancro|câncer|kanker|rak)|"
    r"(?:ist|is|est|es|è|é|jest) (?:für mich|for me|pour moi|para mí|per me|para mim|voor mij|"
    r"dla mnie) (?:eine |a |une |una |uma |een )?religi\w*|"
    r"prie pour que|rezo (?:para|por) que|prego (?:che|perché)|bete,? dass|bid (?:dat|maar)|"
    # a habit called a disorder: "im so ocd about my desk", "sono troppo ocd con la scrivania"
    r"(?:so|too|super|troppo|tan|tão|echt|zo|trop|voll|mega) (?:ocd|toc)\b|"
    # a thing that came out of the oven or the wash: "the chips came out cold"
    r"(?:came|come|comes|coming) out (?:cold|hot|warm|burnt|burned|raw|soggy|dry|late|wrong|"
    r"great|fine|well|badly|perfect|blurry|crooked|grey|gray|too|really|so|very|a bit)\b|"
    r"modlę się,? żeby|croix et la bannière|"
    # ill with longing or at a thought, a chore that gives one a depression: "krank vor
    # Sehnsucht", "chory jestem na samą myśl o poniedziałku", "está a dar-me uma depressão"
    r"krank vor (?:sehnsucht|heimweh|liebe|angst|neid|langeweile)|"
    r"chor[ya] (?:jestem )?na (?:samą )?myśl|sick at the (?:very )?thought|"
    r"malade (?:rien qu'à|à) l'idée|"
    r"(?:a )?dar-me uma depressão|dando-me uma depressão|me (?:da|está dando) (?:una )?depresión|"
    r"mi (?:fa|sta facendo) venire (?:la )?depressione)\b",
    re.IGNORECASE,
)
# God or a saint in an exclamation: "¡Dios mío!", "graças a Deus", "bon Dieu", "mój Boże"
_EXCLAMATION = re.compile(
    r"\b(?:dios m[ií]o|ni dios|sabe dios|virgencita|bon dieu|mon dieu|mein gott|"
    r"gott sei dank|dio mio|meu deus|graças a deus|mijn god|godzijdank|mój boże|dzięki bogu|"
    r"oh my god|thank god|god knows)\b",
    re.IGNORECASE,
)


def exclaimed(text: str, start: int, end: int) -> bool:
    """The term is God or a saint called in an exclamation."""
    return any(
        m.start() <= start and end <= m.end()
        for m in _EXCLAMATION.finditer(text, max(0, start - 14), end + 14)
    )


# an illness pretended: "faisait semblant d'être malade", "fingía tener migrañas", "udawał,
# że ma zawał", "pretended to have the flu"
_PRETENDED = re.compile(
    r"\b(?:pretend(?:s|ed|ing)?|fak(?:es|ed|ing)|fait semblant|faisait semblant|faire semblant|"
    r"fing(?:e|ía|ia|iendo|ió|io|eva|endo|iu|ir|ere|ono)|udaw(?:ał|ała|ali|ać|a|ają|ywał|ywała)|"
    r"(?:deed|doet|doen) alsof|(?:tat|tut|tun) so)\b[^.!?\n]{0,30}$",
    re.IGNORECASE,
)


def pretended(text: str, start: int) -> bool:
    """An illness said to be pretended, right before the term ("fingía tener migrañas")."""
    return _PRETENDED.search(text, max(0, start - 45), start) is not None


# laughter in a chat line: "lol", "haha", "jaja", "kkk", "mdr", "xD"
LAUGHTER = re.compile(
    r"(?:^|[\s(])(?:lol|lmao|lmfao|rofl|a?(?:ha){2,}h?|(?:ja){2,}|(?:he){2,}|(?:hi){2,}|k{3,}|"
    r"rs(?:rs)+|mdr|ptdr|xd+|hah)(?=$|[\s.,!?)])|[\U0001F602\U0001F923\U0001F605]",
    re.IGNORECASE,
)


# "my" in the eight languages: the writer's own thing ("my SNP badge 😂") is no figure
# (not "mi", "ma", "mes": Italian "me" and "but", Spanish "month")
_MINE = frozenset(
    """my mein meine meinen meinem meiner mon mio mia miei mie meu minha meus minhas mijn mn
    moj moja moje mojego mojej""".split()
)


def joke(sentence: str, words: list[str]) -> bool:
    """A laughing line in which the writer is only an object ("that ending gave me cancer
    lol", "ese final me dio cáncer jaja"): a figure of speech, not a condition. A subject or a
    possessive of the first person, or a relation, keeps it ("lol I have covid again")."""
    if OBJECT_ME.isdisjoint(words) or not LAUGHTER.search(sentence):
        return False
    return (
        SUBJECT_ME.isdisjoint(words)
        and VERBS.isdisjoint(words)
        and RELATIONS_WORDS.isdisjoint(words)
        and _MINE.isdisjoint(words)
    )


# a statement taken back right after it: "macht mich depressiv 😩 spaß, passt schon",
# "i have cancer jk", "grapje hoor", "scherzo sto bene", "żartuję" (not "macht Spaß", nor
# "no es broma")
_TAKEN_BACK = re.compile(
    r"(?:^|[\s,.!?(]|[\U0001F300-\U0001FAFF])\s*(?:jk|j/k|just kidding|only joking|kidding|"
    r"(?<!macht )(?<!mir )spa(?:ß|ss)(?=\s*[,!]|\s*$)|nur ein scherz|kleiner scherz|"
    r"je rigole|jrigole|je plaisante|c'?est une blague|(?<!no )es broma|estoy de broma|bromeo|"
    r"scherzo|sto scherzando|scherzavo|brincadeira|t[ôo] brincando|brincadeirinha|"
    r"grapje|geintje|żartuję|zartuje|żartuje|zartuję)(?=$|[\s,.!?)])",
    re.IGNORECASE,
)


# the letters each way of taking back holds, a quick test before the pattern
_TAKEN_BACK_KEYS = (
    "jk", "j/k", "kidding", "joking", "spa", "scherz", "rigol", "plaisant", "blague", "broma",
    "bromeo", "brincad", "grapj", "geintj", "żart", "zart",
)  # fmt: skip


def taken_back(text: str, end: int) -> bool:
    """The writer takes back what the term said, right after it: a joke."""
    window = text[end : end + 40].lower()
    if not any(key in window for key in _TAKEN_BACK_KEYS):
        return False
    return _TAKEN_BACK.search(text, end, end + 40) is not None


# an illness's adjective as slang praise of a thing, marked by a fire emoji: "so krass krank
# 🔥", "elles sont trop malades tes baskets 🔥", "die sneakers zijn echt ziek 🔥"
_SLANG_ILL = re.compile(r"(?:krank|ziek|malad|malat|sick|chor[ey]|doente)", re.IGNORECASE)
_PRAISE = re.compile("[\U0001f525\U0001f4af\U0001f92f\U0001f929]")


def slang_praise(sentence: str, term: str) -> bool:
    """The term is an illness's adjective that slang uses for praise, beside a fire emoji."""
    return _SLANG_ILL.match(term) is not None and _PRAISE.search(sentence) is not None


# a company's or a family's "DNA": "service is in our DNA", "in the family DNA" (tried only
# on a sentence that holds "dna" or "adn")
COMPANY_DNA = re.compile(
    r"\b(?:in|im|dans|en|nel|no|w) (?:our|unserer|unserem|notre|nuestro|nuestra|nostro|nostra|"
    r"nosso|nossa|ons|onze|naszym|naszej) (?:dna|adn)\b|"
    # a family's habit: "it's in the family DNA", "das liegt der Familie im Blut"
    r"\b(?:in|im|dans|en|nel|no|w) (?:the |la |el |il |o |het )?(?:family|familien|famille|"
    r"familia|famiglia|família|familie|rodzinnym|rodzinnej) ?-?(?:dna|adn)\b|"
    # "lo llevamos en el ADN", "ce l'abbiamo nel DNA", "mamy to w DNA": carried by a team
    r"\b(?:llevamos|levamos|tenemos|temos|abbiamo|portiamo|mamy|haben wir|hebben we)\b"
    r"[^.!?\n]{0,20}\b(?:dna|adn)\b|\b(?:in the|dans l'|im|en el|nel|no|in het) (?:dna|adn) "
    r"(?:of|de|der|des|del|della|do|da|van) (?:the |our |this |la |notre |unserer |nuestra |"
    r"nostra |nossa |ons )?(?:company|brand|team|firm|house|maison|marque|entreprise|"
    r"empresa|marca|azienda|firma|bedrijf|merk|unternehmens|hauses)",
    re.IGNORECASE,
)


def figure_of_speech(sentence: str, words: list[str], term: tuple[int, int] | None = None) -> bool:
    """An idiom or a figure of speech ("gave me a heart attack lol", "makes me sick"); with
    ``term`` (its start and end in the sentence), one that holds the term: "the queue is
    insane, I can't go a day without my sertraline" says nothing idle of the medicine."""
    return (
        _holds(IDIOM, sentence, words, term)
        or _holds(FIGURATIVE, sentence, words, term)
        or _holds(MORE_IDIOMS, sentence, words, term)
        or (("dna" in words or "adn" in words) and COMPANY_DNA.search(sentence) is not None)
        or joke(sentence, words)
    )


def _holds(
    idioms: Prefiltered, sentence: str, words: list[str], term: tuple[int, int] | None
) -> bool:
    """``idioms`` match in the sentence, over the term or right beside it when one is given
    ("my blood pressure is through the roof": the figure is said of the term)."""
    if idioms.search(sentence, words) is None:
        return False
    if term is None:
        return True
    start, end = term[0] - _BESIDE, term[1] + _BESIDE
    return any(m.start() < end and m.end() > start for m in idioms.pattern.finditer(sentence))


_BESIDE = 12  # characters between a term and a figure of speech said of it


# praying for a thing to work: "pray for me, the deploy goes out at 5", "modlę się, żeby
# serwer wstał", "rezo para que el vuelo salga"
PRAYING = frozenset(
    """pray prays praying prayer prayers bete beten betet betend bid bidden bidt prie prions
    prier priez rezo rezar rezando recemos reza rezemos prego pregare preghiamo pregando
    modle modlimy modlcie modlic modlmy""".split()
)
# a prayer said for a thing, as a noun: "une prière pour que le serveur tienne"
_PRAYER_NOUNS = frozenset(
    "priere prieres gebet gebed oracion preghiera oracao modlitwa modlitwe".split()
)
_SO_THAT = frozenset("que dass that perche zeby opdat om for pour para per voor".split())
THINGS = frozenset(
    """deploy deployment deploys server servers serwer serwera serweru serveur servidor
    servidores update updates release build patch migration wifi internet printer drucker
    imprimante impresora stampante impressora drukarka exam exams prufung examen esame exame
    tentamen egzamin demo train zug trein pociag flight flug vol vuelo volo voo vlucht lot
    weather wetter meteo tiempo weer pogoda backup release despliegue prod production
    produccion produzione producao productie produkcja produkcji rollout lancement
    lanzamiento lancio lancamento merge pipeline wdrozenie uitrol livraison entrega
    consegna levering dostawa meeting meetings reunion reunions réunion réunions reunión
    reuniones riunione riunioni reuniao reunioes vergadering vergaderingen spotkanie
    spotkania besprechung besprechungen call calls""".split()
)


def prayer_for_things(words: list[str]) -> bool:
    """A prayer word with a thing that should work within eight words after it or six
    before ("pray the deploy works", "modle sie zeby serwer wstal", "the release goes out
    tonight, I pray"): a figure of speech, not a faith."""
    for at, word in enumerate(words):
        if word in _PRAYER_NOUNS and _SO_THAT.isdisjoint(words[at + 1 : at + 3]):
            continue  # "prière à la mosquée, pas de réunion": a prayer kept, then a meeting
        if word in PRAYING or word in _PRAYER_NOUNS:
            ahead = words[at + 1 : at + 9]
            # ("I pray five times a day, so no meetings at 1:30": the meeting is moved)
            stop = next((i for i, w in enumerate(ahead) if w in _SO), len(ahead))
            if not THINGS.isdisjoint(ahead[:stop]):
                return True
            if not THINGS.isdisjoint(words[max(0, at - 6) : at]):
                return True  # "hopefully the release goes fine, I pray"
    return False


# a consequence that follows the prayer: "so", "dus", "donc", "quindi", "więc"
_SO = frozenset("so dus donc quindi wiec daher deshalb isso portanto".split())


# a faith as a figure of speech: "acts like it's a religion", "c'est sa religion lol"
_LIKE_A_RELIGION = re.compile(
    r"\b(?:like|as if|wie|comme|como|come|als|jak) (?:it'?s |its |it is |a |eine? |une? |"
    r"una? |uma |een |een soort )*religi(?:on|one|ón|ão|e|a)\b",
    re.IGNORECASE,
)
_ONES_RELIGION = re.compile(
    r"\b(?:is|es|est|è|é|ist|jest|to) (?:sa|ma|my|his|her|their|mi|su|sua|mia|la sua|la mia|"
    r"a sua|a minha|seine|ihre|meine|zijn|haar|mijn|jej|jego|moja) religi\w*",
    re.IGNORECASE,
)


def religion_metaphor(sentence: str) -> bool:
    """A faith named as a figure of speech: "like a religion", or "is her religion" in a
    laughing line."""
    if _LIKE_A_RELIGION.search(sentence):
        return True
    return _ONES_RELIGION.search(sentence) is not None and LAUGHTER.search(sentence) is not None


# a chat that opens by asking whether the others watched a show: what follows is about
# its characters ("habt ihr gestern den Tatort gesehen?", "¿visteis anoche 'Respira'?")
_WATCHED = re.compile(
    r"\b(?:did you (?:watch|see)|have you (?:watched|seen)|you watched|watched|gesehen|"
    r"geschaut|geguckt|t'as vu|as-tu vu|vous avez vu|avez-vous vu|tu as vu|regardé|"
    r"(?:viste|visteis|has visto|habéis visto|vieron)|hai visto|avete visto|visto|"
    r"(?:viu|viste|viram|assistiu|assististe|assistiram)|gezien|gekeken|"
    r"zag (?:je|jij)|zagen jullie|saw|sahst du|saht ihr|did you catch|"
    r"vistes|visteis|viram|viste|avete visto|"
    r"oglądał(?:aś|eś|yście|iście)|widział(?:aś|eś|yście|iście))\b[^\n?]{0,60}\?",
    re.IGNORECASE,
)
_SHOW = re.compile(
    r"\b(?:episode|folge|épisode|episodio|episódio|aflevering|odcinek|series?|serie|série|"
    r"capítulo|capitolo|puntata|"
    r"serial|staffel|saison|temporada|stagione|seizoen|sezon|film|movie|tatort|soap|show|"
    r"telenovela|novela|fiction|fiction|tv|tvp|rtl|zdf|ard|bbc|itv|netflix|hbo|rai|"
    r"last night|gestern|hier soir|anoche|ieri sera|ontem|gisteravond|wczoraj)\b|['‘’\"«]",
    re.IGNORECASE,
)


def _show_talk(text: str) -> bool:
    """A chat opened by asking whether someone watched a show: its talk is of characters.
    (A chat export may open with its group's name: "Noche de series 📺\n[21:58] Becca: …")"""
    return any(
        "?" in line and _WATCHED.search(line) is not None and _SHOW.search(line) is not None
        for line in text.lstrip().split("\n", 2)[:2]
    )


# (every term of one text asks: the last text's answer is kept)
show_talk = last_text(_show_talk)
