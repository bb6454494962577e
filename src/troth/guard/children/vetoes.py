"""What makes a number no child's age.

A number of years may be how long something lasted ("for 10 years", "2 years sober",
"nos 10 ans", "11 anos de uso"), a thing's age ("a 12-year-old router",
"idade_equipamento": 11), a guess ("ok. 12 lat"), a limit or an age rating ("(-10 ans)",
"PEGI 12"), a field that is no person's ("Min. age: 12", the Age header of an HTTP
response), or the age of a character in a film or a novel. The rules ask these before they
report an age.
"""

from __future__ import annotations

import re

from troth.guard.children.people import (
    CLAUSE_AFTER,
    PERSON,
    PRONOUN,
    SENTENCE,
    SUBJECT_BEFORE,
    WORDS_BEFORE,
    about_a_child,
    first_name_in,
    is_first_name,
)
from troth.guard.children.words import CHILD_WORD, CHILD_WORDS

# a state kept for years: "2 years sober", "10 Jahre verheiratet", "5 ans ensemble"
STATE = (
    r"sober|clean|married|together|smoke-free|nüchtern|trocken|verheiratet|zusammen|mariés|"
    r"ensemble|sobrio|sobria|casados|juntos|sposati|insieme|getrouwd|samen|razem|po ślubie|"
    r"trzeźwości|trzeźwy|trzeźwa|sans alcool|sin alcohol|senza alcol|sem álcool|zonder alcohol|"
    r"ohne alkohol|without alcohol|alcohol-free|clean and sober|sobriété|sobriedad|sobrietà|"
    r"sobriedade|nuchterheid|abstinent\w*|"
    r"today|heute|aujourd'hui|hoy|oggi|hoje|vandaag|dzisiaj"
)
# What a number of years may be the length of, said after the unit: a thing's use or
# service ("11 anos de uso", "3 Jahre im Einsatz", "2 jaar in gebruik", "od 3 lat
# użytkowania"), a relationship ("1 ano de namoro", "2 anni di fidanzamento"), and in the
# Romance languages any noun after "de"/"di" ("5 años de garantía"); an age is "de edad",
# "di età", "de idade", or the child of someone named ("8 ans de Marie" is rare, kept).
LASTED = (
    r"(?:of|in) (?:use|service)|im einsatz|in betrieb|in gebruik|in dienst|en service|"
    r"użytkowania|eksploatacji|w użyciu|ehe|beziehung|verkering|relatie|huwelijk|"
    r"związku|małżeństwa|relationship|dating|anniversary|anniversaire|aniversario|"
    # a cheese or a wine matured for years: "2 jaar gerijpt", "24 mois affiné"
    r"gerijpt|gereift\w*|affinée?s?|curad[oa]s?|stagionat[oa]|matured|maturad[oa]|"
    r"dojrzewa\w*|im fass|in barrique|en barrique|"
    r"anniversario|aniversário|jubilee|rocznic\w*|[^\W\d_]*(?:jubiläum|jubileum)|"
    r"(?:de|di)\s+(?!(?:idade|edad|età|eta|vida|vita|vie|âge|age|mi|ma|mon|mes|mia|mio|"
    r"minha|meu|la mia|il mio|nome|nombre|nom|origine|origen|origem)\b)(?-i:[a-zà-ÿ])|"
    r"d['’](?!âge|origine)[^\W\d_]|"
    # years with someone named: "deux ans avec Inès", "two years with Sam"
    r"(?:avec|with|mit|con|com|met)\s+(?-i:[A-ZÀ-Ý])"
)

# what an age field may be other than a person's age ("Min. age: 12", "device age: 3")
FIELD_BEFORE = re.compile(
    r"(?:min|max|minimum|maximum|mindest|recommended|suggested|average|avg|mean|target|"
    r"retirement|legal|voting|entry|device|battery|account|file|cache|data)[\s._-]*[\"']?$",
    re.IGNORECASE,
)

# a key that joins an age word to another word: "idade_equipamento", "leeftijd_tent",
# "device-age" (a thing's age), unless the other word is a person ("kind_leeftijd")
_JOINED_AGE_KEY = re.compile(
    r"[\"']?(?P<key>[^\W\d]*(?:age|alter|idade|leeftijd|edad|eta|età|wiek|âge)[_-][^\W\d]+|"
    r"[^\W\d]+[_-](?:age|alter|idade|leeftijd|edad|eta|età|wiek|âge))[\"']?\s*[:=]\s*[\"']?$",
    re.IGNORECASE,
)
_PERSON_KEYS = re.compile(
    rf"{CHILD_WORDS}|kid|person|persona|pessoa|osoba|patient\w*|pacjent\w*|paziente|"
    r"paciente|passenger|passagier|pasajero|passeggero|passageiro|pasażer|guest|gast|ospite|"
    r"huesped|hóspede|gość|member|mitglied|membre|miembro|membro|lid|członek|user|utente|"
    r"usuario|utilisateur|nutzer|gebruiker|użytkownik|participant\w*|teilnehmer\w*|"
    r"uczestnik\w*|deelnemer\w*|partecipante|participante|player|spieler|joueur|jugador|"
    r"giocatore|jogador|speler|gracz|child|children|niño|enfant|bambino|criança|dziecko",
    re.IGNORECASE,
)


# a key or a label of a rating or a least age: {"classificacao": "12 anos"}, "PEGI: 7"
_RATING_KEY = re.compile(
    r"\b(?:rating|age_rating|classifica\w*|clasifica\w*|classification|freigabe|"
    r"altersfreigabe|kijkwijzer|min_?age|minimum_?age|edad_?minima|eta_?minima|idade_?minima|"
    r"wiek_?minimalny)[\"']?\s*[:=]\s*[\"']?$",
    re.IGNORECASE,
)


def _thing_key(before: str) -> bool:
    """The age is the value of a key that joins an age word to another word that names no
    person ("idade_equipamento": "11 anos" is a thing's age), or of a rating's key."""
    if _RATING_KEY.search(before):
        return True
    key = _JOINED_AGE_KEY.search(before)
    if key is None:
        return False
    other = re.sub(r"(?i)age|alter|idade|leeftijd|edad|eta|età|wiek|âge|[_-]", " ", key["key"])
    return _PERSON_KEYS.search(other) is None


# Years a couple or a thing has had, said before the number: a couple's ("our 10 years",
# "nos 10 ans", "i nostri 10 anni"; Portuguese "nos 10 anos" is "at the age of ten"),
# anniversaries ("anniversario 2 anni"), a thing in use ("servi 3 ans", "used 2 years",
# "gebruikt 3 jaar"). Not when the age is said "old" or a child follows: "our 9 year old
# son", "onze 8-jarige dochter" (compound ages never ask).
_LASTING_BEFORE = re.compile(
    r"\b(?:our|(?P<nos>nos)|unsere|nuestros|nostri|nossos|onze|nasze|anniversary|"
    r"anniversaire|aniversario|anniversario|aniversário|jahrestag|hochzeitstag|jubiläum|"
    r"jubileum|trouwdag|rocznic\w*|servi|utilisée?s?|used|usato|usata|usado|usada|"
    r"gebruikt|benutzt|genutzt|używan\w*|leżakowan\w*|dojrzewając\w*|gerijpt|gereift\w*|"
    r"dating|together|married|zusammen|ensemble|juntos|"
    r"insieme|samen|razem|getrouwd|verheiratet|mariés|casados|sposati|"
    # "ik werk hier 6 jaar", "pracuję tu 8 lat": how long one has been here
    r"here|hier|ici|aquí|aqui|qui|qua|tu|tutaj|"
    # "llevo con Marga seis años": how long one has been with someone
    r"llev(?:o|as|a|amos)(?:\s+con\s+[^\W\d_]+)?|con\s+(?-i:[A-ZÀ-Ý])[^\W\d_]+)[\s-]+$",
    re.IGNORECASE,
)
# German names what lasted with a noun right after "Jahre": "3 Jahre Elternzeit", "5 Jahre
# Garantie" (an age is "5 Jahre alt" or "5 Jahre," and a noun after it is capitalised)
GERMAN_SPAN = re.compile(r"(?<=[Jj]ahre)(?<![Aa]lt)[ \t]+(?!Alt\b)[A-ZÄÖÜ][a-zäöüß]{3,}")
_SAID_OLD = re.compile(r"(?:old|alt|oud|de edad|di età|de idade|yo|y\.o\.?|y/o)$", re.IGNORECASE)


def lasting(text: str, m: re.Match[str]) -> bool:
    """Whether the age ``m`` AGE found is how long a couple or a thing has lasted."""
    before = _LASTING_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if before is None or _SAID_OLD.search(m.group()):
        return False
    if before.group("nos") and (m.group("u") or "").lower() not in ("ans", "an"):
        return False  # Portuguese "nos 10 anos": at ten
    after = CLAUSE_AFTER.match(text, m.end())
    return after is None or not CHILD_WORD.search(after.group())


# A Romance singular year after a number over one is no age: an age needs the plural
# ("12 anos"), and "12.º ano", "12ano" are school years; "1 ano" may be an age.
SINGULAR_UNITS = frozenset({"ano", "año", "anno", "an"})
# a guess at an age, right before it, is said of things, trees and buildings, not of one's
# own child ("ok. 12 lat", "ca. 10 Jahre", "environ 8 ans", "cerca de 9 anos")
_ESTIMATE = re.compile(
    r"(?:\b(?:about|around|approx|approximately|roughly|circa|etwa|ungefähr|rund|environ|"
    r"à peu près|aprox|aproximadamente|cerca de|unos|unas|più o meno|quasi|por volta de|"
    r"uns|umas|ongeveer|zo'n|około|mniej więcej|ca|ok)\.?|~)\s*$",
    re.IGNORECASE,
)

# the rules whose signs may be a story's character's
FICTION_RULES = frozenset({"children.stated_age", "children.school_year"})

# a minus before an age is a limit or a range's end ("(-10 ans)", "6 -10 Jahre")
LIMIT = re.compile(r"(?:^|[\s(/])-$|^-$")

HEADERS = re.compile(r"\bHTTP/\d|cache-control|content-type|x-cache", re.IGNORECASE)

# an adult telling of their own childhood: "when I was 8", "quand j'avais 8 ans",
# "quando eu tinha 9 anos", "toen ik in groep 5 zat": an age or a school year long past
CHILDHOOD = re.compile(
    r"\b(?:when i was|back when i was|als ich|toen ik|quand j'(?:avais|étais)|"
    r"lorsque j'(?:avais|étais)|cuando (?:yo )?(?:tenía|tenia|era|estaba)|"
    r"quando (?:io )?(?:avevo|ero|facevo)|quando (?:eu )?(?:tinha|era|estava)|"
    r"(?:kiedy|gdy|jak) (?:miałem|miałam|byłem|byłam|chodziłem|chodziłam)|"
    # a memory of one's own school days: "je me souviens de mes cours de CM2"
    r"i remember|erinnere mich|je me souviens|me acuerdo|recuerdo|mi ricordo|ricordo|"
    r"lembro-me|me lembro|ik herinner me|pamiętam)\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)


# at an age, then a habit of one's own in the past: "Con 8 años veraneaba aquí", "A 10
# anni passavo l'estate qui", "À 9 ans je passais", "Mit 8 Jahren war ich", "Aos 7 anos ia"
_AT_AN_AGE = re.compile(r"(?:^|\b)(?:con|a|aos|à|mit|at|op|w wieku)\s+$", re.IGNORECASE)
_HABIT_AFTER = re.compile(
    r"[^.!?\n]{0,30}?\b(?:[^\W\d_]+(?:aba|ía|avo|evo|ivo|ava|ais)|i used to|i spent|i went|"
    r"i was|war ich|verbrachte ich|ging ich|habe ich|was ik|ging ik|zat ik|"
    r"[^\W\d_]+(?:łem|łam))\b",
    re.IGNORECASE,
)


def recalled(text: str, start: int, end: int) -> bool:
    """The sign from ``start`` to ``end`` follows the writer's "when I was": their own
    childhood, unless a child or a relative stands between ("I remember my son was 7",
    "vi ricordo che mio figlio ha 8 anni": the writer reminds of someone else's age)."""
    if _AT_AN_AGE.search(text, max(0, start - 12), start) and _HABIT_AFTER.match(text, end):
        return not about_a_child(text[max(0, start - 12) : end])
    m = CHILDHOOD.search(text, max(0, start - 64), start)
    if m is None:
        return False
    return not about_a_child(text[m.start() : end])


# a story's character: "a boy of 11 discovers..." in a film or a novel is no one's record
FICTION = re.compile(
    r"\b(?:film|films|movie|novel|synopsis|sitcom|cartoon|episode|ciné-club|cinéma|cinema|"
    r"roman|personnage|película|novela|personaje|romanzo|personaggio|filme|personagem|"
    r"hauptfigur|powieść|bohater\w*|serial|speelfilm|"
    # a film review: "Kindergarten Cop still holds up ... the popcorn was stale"
    r"popcorn|sequel|remake|trailer|dvd|blu-ray|netflix|box office|rewatch\w*|screenplay)\b",
    re.IGNORECASE,
)
OWN_PEOPLE = re.compile(
    r"\b(?:my|our|mon|ma|mes|notre|nos|mein\w*|unser\w*|mi|mis|nuestr\w*|mio|mia|miei|"
    r"nostr\w*|meu|minha|nosso|nossa|mijn|onze|ons|mój|moja|moje|mojej|mojego|nasz\w*|"
    r"i|i'm|im|ich|je|j'ai|ik|yo|io|eu|ja)\b",
    re.IGNORECASE,
)

# what an age may be of when it is not a person's
OBJECTS = re.compile(
    r"\b(?:router|routers|server|switch|laptop|pc|computer|phone|handy|printer|drucker|"
    r"smartphone|iphone|telemóvel|telemovel|celular|móvil|movil|cellulare|telefonino|"
    r"telefoon|telefon|"
    r"firmware|release|version|\w*software|app|build|building|gebäude|house|haus|car|auto|coche|"
    # years in a job: "Ancienneté dans le poste : 12 ans", "Betriebszugehörigkeit: 11 Jahre"
    r"ancienneté|anciennete|seniority|antigüedad|anzianità|antiguidade|dienstjaren|"
    r"betriebszugehörigkeit|staż|stażu|"
    # a dog in Polish cases and breeds: "nasz dwunastoletni jamnik", "psa seniora (9 lat)"
    r"psa|psem|psu|psy|psom|jamnik|jamnika|"
    # goods bought: "the unit is 13 months old", "mijn horloge is 8 maanden oud"
    r"unit|item|product|produkt|produit|producto|prodotto|produto|artikel|article|watch|uhr|"
    r"montre|reloj|orologio|relógio|horloge|zegarek|tracker|strap|"
    # a couple's or a firm's years: "ons 10-jarig samenzijn", "5-jähriges Jubiläum" (not a
    # birthday: "aniversário" and "anniversaire" are a child's too)
    r"samenzijn|jubileum|jubiläum|anniversary|"
    r"rocznica|rocznicy|huwelijk|trouwdag|relatie|relationship|bestaan|"
    r"voiture|carro|samochód|device|gerät|appareil|dispositivo|apparaat|urządzenie|routeur|"
    r"roteador|contract|vertrag|contrat|contrato|contratto|contract|umowa|company|firma|"
    r"empresa|entreprise|azienda|bedrijf|machine|maschine|máquina|macchina|model|modell|"
    r"system|battery|akku|batterie|bateria|batteria|accu|installation|anlage|kabel|cable|"
    r"whisky|whiskey|wine|wein|vin|vino|vinho|wijn|wino|tree|baum|building|office|account|"
    r"konto|compte|cuenta|conta|rekening|tablet|dog|hund|chien|perro|cane|cão|hond|pies|"
    r"portatile|portátil|portatil|ordinateur|ordi|ordinador|computador|komputer|notebook|"
    r"rechner|console|konsola|fiets|bici|bicicleta|rower|vélo|velo|bike|"
    # a child's car seat is a thing: "nasz fotelik samochodowy ma 10 lat"
    r"fotelik|kindersitz|autositz|autostoel|seggiolino|cadeirinha|car seat|carseat|"
    r"chienne|perra|cagna|cadela|suka|hündin|teef|chatte|gata|gatta|kotka|poes|"
    r"cat|katze|chat|gato|gatto|kat|kot|horse|pferd|cheval|caballo|cavallo|cavalo|paard|koń|"
    r"animal|animale|animais|tier|haustier|huisdier|dier|zwierzę|zwierzak|mascota|pet|breed|"
    r"labrador|retriever|spaniel|terrier|poodle|pudel|dackel|teckel|collie|husky|beagle|"
    r"rasse|"
    # young animals: their age in weeks or months is no infant's
    r"puppy|puppies|welpen?|chiot|cachorro|cucciol[oi]|filhote|pup|szczeni\w*|kitten|"
    r"kätzchen|chaton|gatito|gattino|gatinho|kitten|kociak|kocię|foal|fohlen|poulain|potro|"
    r"puledro|veulen|źrebi\w*|"
    r"rotor|chip|printer|drukarka|stampante|impressora|imprimante|impresora|kiosk|kiosque|"
    r"quiosco|chiosco|quiosque|kiosk|terminal|screen|monitor|display|bildschirm|écran|"
    r"pantalla|schermo|tela|scherm|ekran|tv|fridge|kühlschrank|boiler|heizung|chaudière|"
    r"caldera|caldaia|caldeira|ketel|piec|roof|dach|toit|tejado|tetto|telhado|dak|bike|"
    # water heaters and other appliances: "Idade do esquentador: 12 anos"
    r"esquentador|calentador|scaldabagno|chauffe-eau|boiler|geyser|durchlauferhitzer|"
    r"termoacumulador|termo|bojler|cv-ketel|warmtepomp|wärmepumpe|lavatrice|"
    r"lave-linge|lavadora|máquina de lavar|wasmachine|waschmaschine|pralka|"
    r"fahrrad|vélo|bicicleta|bicicletta|fiets|rower|bridge|brücke|pont|puente|ponte|brug|"
    r"most|bottle|flasche|bouteille|botella|bottiglia|garrafa|fles|butelka|"
    r"chair|stuhl|chaise|silla|sedia|cadeira|stoel|krzesło|table|tisch|mesa|tavolo|tafel|"
    r"stół|bed|bett|cama|letto|łóżko|sofa|couch|canapé|divano|pram|stroller|buggy|poussette|"
    r"kinderwagen|cochecito|passeggino|carrinho|wózek|wood|holz|bois|madera|legno|madeira|"
    r"hout|drewno|oak|eiche|chêne|roble|quercia|carvalho|eik|dąb|drzewo|arbre|árbol|albero|"
    r"árvore|wardrobe|schrank|armoire|armario|armadio|guarda-roupa|kast|szafa|desk|"
    r"schreibtisch|escritorio|scrivania|secretária|bureau|biurko|shelf|regal|étagère|"
    r"estantería|scaffale|estante|regał|dresser|kommode|commode|cómoda|cassettiera|"
    r"armchair|sessel|fauteuil|sillón|poltrona|fauteuil|fotel|"
    # anniversaries of work or of a firm: "10-year work anniversary"
    r"work anniversary|anniversary|jubiläum|dienstjubiläum|jubileum|rocznic\w*|"
    r"vehicle|véhicule|vehicule|fahrzeug|vehículo|veicolo|veículo|voertuig|pojazd|"
    # software and its parts: "this codebase is like 9 years old"
    r"codebase|code|repo|repository|database|datenbank|website|site|webseite|sitio|sito|"
    r"framework|library|plugin|script|tool|platform|plattform|plateforme|plataforma|"
    r"piattaforma|platforma|kod|kodu|código|codice|"
    # goods for sale: "produit: trottinette, âge: 3 à 8 ans"
    r"product|produit|producto|prodotto|produto|produkt|artikel|article|articolo|artículo|"
    r"artigo|toy|spielzeug|jouet|juguete|giocattolo|brinquedo|speelgoed|zabawka|"
    r"trottinette|scooter|patinete|monopattino|fietsstoeltje|kindersitz|autostoel|"
    # vehicles: "la furgo cumple 4 y toca ITV"
    r"furgo|furgoneta|furgone|carrinha|busje|caravan|wohnmobil|autocaravana|moto|"
    r"motorrad|camion|camión|truck|lkw|"
    # a car by its make: "nasza skoda ma 7 lat"
    r"skoda|fiat|opel|seat|renault|peugeot|citroen|citroën|toyota|volkswagen|vw|ford|bmw|"
    r"audi|mercedes|dacia|kia|hyundai|volvo|mazda|nissan|honda|tesla)s?\b"
    # German and Dutch compounds with an object as their head: "Bürodrucker", "cv-ketel"
    r"|\b[^\W\d_]{2,}-?(?:drucker|gerät|geräte|rechner|router|server|maschine|anlage|heizung|"
    r"fahrzeug|wagen|kessel|apparaat|printer|machine|installatie|ketel|toestel|systeem|"
    r"stuhl|tisch|schrank|bett|stoel|kast|fahrrad|rad|fiets|"
    r"system|computer|laptop|auto|haus|gebäude|gebouw|huis)\b",
    re.IGNORECASE,
)
# an object whose kind a child word says: "lit enfant", "bicicleta (de) niño", "Stuhl für
# Kinder": the age after it is the object's
_OBJECT_FOR_CHILD = re.compile(
    rf"(?:{OBJECTS.pattern}|\blit)[\s_-]+(?:(?:de|para|pour|per|da|voor|für|dla|for)\s+)?"
    rf"{CHILD_WORDS}\b",
    re.IGNORECASE,
)
# a duration, an age rating, a menu: the number is no one's age
NOT_AN_AGE = re.compile(
    r"(?:\b(?:for|since|over|after|every|within|in|seit|über|nach|vor|alle|depuis|pendant|"
    r"il y a|après|hace|desde|durante|tras|cada|da|per|dopo|ogni|há|durante|após|sinds|"
    # ("in" in more languages; not "en", Dutch "and": "Sanne 4 en Tim 7 jaar")
    r"em|binnen|dans|entro|"
    r"gedurende|na|elke|od|przez|po|co|from|ab|à partir de|a partir de|dai|a partir dos|vanaf|"
    r"ages|age|aged|under|unter|moins de|menores de|menos de|sotto i|onder|poniżej|over|"
    r"über|plus de|más de|più di|mais de|boven|powyżej|min\.|minimum|up to|bis|jusqu'à|"
    r"hasta|fino a|até|tot|tot en met|t/m|do|kids|children|kinder|enfants|niños|bambini|"
    r"crianças|kinderen|dzieci|pegi|usk|fsk|rated|ab|dès|size|größe|taille|talla|taglia|tamanho|maat|rozmiar)"
    r"\s+(?:the\s+|den\s+|les\s+|los\s+|aos\s+|os\s+|às\s+|ai\s+|agli\s+|alle\s+|zum\s+)?$|"
    # one's own age once: "depuis mes 12 ans", "desde mis 9 años", "seit meinem 7."
    r"\b(?:depuis|since|desde|seit|sinds|dai|od|from)\s+(?:mes|mis|meus|my|meinem|mijn|moich|"
    r"miei)\s+$|"
    r"\d\s*[-–]\s*$|"
    # an age limit: "limit wieku to 12 lat", "age limit is 12", "Altersgrenze liegt bei 12"
    r"\b(?:limit\w*|límite|altersgrenze|leeftijdsgrens)\s+(?:[^\W\d_]+\s+){0,3}$|"
    # "Menu enfant (- de 12 ans)": under an age
    r"[(\s][-–]\s?(?:de|di|da|do|van|of|than)\s+$|"
    # the top of a range: "3 à 8 ans", "dai 6 agli 11 anni", "9 mnd – 6 jaar"
    r"\d\s*(?:[^\W\d_]{1,8}\.?\s*)?(?:[-–]|à|to|bis|tot|t/m|do|al|agli|ai|alle|até|aos|"
    r"hasta|jusqu'à)\s*$)",
    re.IGNORECASE,
)


def object_field(text: str, start: int) -> bool:
    """Whether the record an age field sits in names an object ("router", "battery", a
    pet's "animal" key). A JSON record is read whole, other text by its last words."""
    if '":' in text:
        before = text[:start]
    else:
        last_words = WORDS_BEFORE.search(text, max(0, start - 60), start)
        if last_words is None:
            return False
        before = last_words.group()
    return OBJECTS.search(before) is not None and not CHILD_WORD.search(before)


def object_after(text: str, end: int) -> bool:
    """Whether an object word follows in the clause ("12-year-old Cisco router")."""
    clause = CLAUSE_AFTER.match(text, end)
    return clause is not None and OBJECTS.search(text, end, clause.end()) is not None


# a capitalised word right before the age
_NAME_LAST = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]+)[\s,]*$")


# "has" before an age, in the languages that say an age with it: "tiene 8 años"
_HAS_BEFORE = re.compile(r"\b(?:tiene|tem|ha|a|ma|heeft)\s+$", re.IGNORECASE)


def a_persons(text: str, m: re.Match[str], short: bool) -> bool:
    """The age ``m`` found is a person's: no duration, rating or object before it, and a
    person named in its sentence (or a short text: a cell, a field, a name)."""
    start = m.start()
    stops = [s.end() for s in SENTENCE.finditer(text, 0, start)]
    sentence_start = stops[-1] if stops else 0
    before = text[sentence_start:start]
    if NOT_AN_AGE.search(before) or _thing_key(before):
        return False
    last_words = SUBJECT_BEFORE.search(before)
    named = _NAME_LAST.search(before)  # "tablet de Lucas 9 años": Lucas is 9, not the tablet
    if (
        not (named and is_first_name(named.group(1)))
        and last_words
        and OBJECTS.search(last_words.group())
        and not PRONOUN.search(last_words.group())
        and (
            not CHILD_WORD.search(last_words.group())
            or _OBJECT_FOR_CHILD.search(last_words.group())
        )
    ):
        return False
    tail = SENTENCE.search(text, m.end())
    sentence = text[sentence_start : tail.start() if tail else len(text)]
    if _ESTIMATE.search(text, max(0, start - 24), start) and not about_a_child(sentence):
        return False  # "dąb – ok. 12 lat", "environ 10 ans": a thing's age is guessed
    if short or PERSON.search(sentence) is not None or first_name_in(sentence):
        return True
    if _HAS_BEFORE.search(before) and first_name_in(text):
        return True  # "… a Leo del judo? … tiene 8 años y ya sabe dónde esperar"
    # a row of cells: its person may stand in another cell ("…;Hugo Blanc;six ans;…")
    return text.count(";") >= 2 and ". " not in text and first_name_in(text)


# "without" after a number of years: a time gone by, no age nor class ("2 anni senza bere",
# "1 ano sem fumar"); in small letters ("groep 6 Sem" is a boy), and not a clause's "without"
# ("fils de 9 ans sans qu'on ait à insister")
WITHOUT_AFTER = re.compile(
    r"\s+(?:without|ohne|sans|sin|senza|sem|zonder|bez)\b"
    r"(?!\s*(?:que|qu'|qu’|che|dass|that|to|zu|te|dat)\b)"
)


# years after something, or waited for: "drie jaar na het uitgaan", "six years later",
# "j'ai attendu neuf ans mon diagnostic" (a time gone by, no age)
SPAN_AFTER = re.compile(
    r"\s+(?:after|later|ago|na|nadien|later|después|despues|plus tard|après|apres|dopo|"
    r"più tardi|depois|mais tarde|später|danach|temu|później|pozniej|gewacht|gewartet)\b"
    # (not "after all": "tiene 9 años después de todo")
    r"(?!\s+(?:de\s+|d')?(?:all|todo|tout|tutto|tudo|allem|alles|wszystkim)\b)",
    re.IGNORECASE,
)
# years of a couple or a shop after the number: "a gente faz 3 anos juntas", "4 ans de
# mariage", "faz 3 anos de loja" (no one's age)
TOGETHER_AFTER = re.compile(
    r"\s*(?:years?|yrs|anos|años|ans|anni|jahre|jaar|lat|lata)?\s+(?:together|zusammen|"
    r"ensemble|juntos|juntas|insieme|samen|razem|(?:of|de|di|do|da|van|z) (?:marriage|dating|"
    r"mariage|casados|casamento|namoro|matrimonio|fidanzamento|relación|relação|"
    r"relacionamento|loja|tienda|empresa|negozio|huwelijk|małżeństwa|związku))\b",
    re.IGNORECASE,
)
WAITED_BEFORE = re.compile(
    r"\b(?:waited|wait|waiting|attendu|attends|attendre|esperé|esperado|esperando|aspettato|"
    r"aspettare|esperei|esperar|gewacht|wachten|gewartet|warte|warten|czekał\w*|czekam)"
    r"\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
