"""Biometric data in plain words: a part of the body and a word of recognising it.

"the door scanned my face", "mein Finger wird nicht mehr erkannt", "registrar mi rostro",
"template_volto_badge": a face, a finger, a palm, a vein, a voice or an iris beside a word
of recognising, matching, enrolling or a stored template is a sample taken of a person.
The caller decides whether a person is named (a product's feature names no one).
"""

from __future__ import annotations

from troth.guard.memo import Memo

# the parts of the body a sample is taken of, as whole words (folded, eight languages)
BODY_WORDS = frozenset(
    """face faces facial cara caras rostro rostros volto volti faccia viso visi rosto rostos
    selfie selfies
    voz voce voci voix
    glos glosu glosem glosie iris palm palms palmar palmare palmo vein veins vene veia
    veias vena venas dedo dedos dito dita doigt doigts dlon dloni twarz twarzy twarza
    visage visages finger fingers vinger vingers palec palca palcem naczyn voice voices
    gesicht gesichts stimme gezicht vocal vocale vocali palma palmas glosowej glosowa glosowy
    glosowego głos głosu głosem głosie głosowej głosowa głosowy głosowego thumb thumbs daumen
    pouce pulgar pollice polegar duim kciuk kciuka kciukiem impronte venen dłoń dłoni dłonią
    dłonie paume paumes rękę reke ręka reka
    venoso venosa venosi venose venosos venosas veineux veineuse venös venöse venos venose
    veneus veneuze żylny żylna żylnego zylny zylna zylnego""".split()
)
# stems that also begin compounds ("Gesichtserkennung", "Stimmabgleich", "vingerscan")
BODY_PARTS = (
    "gesicht", "finger", "stimm", "vinger", "gezicht", "twarz", "fingerprint", "handven",
    "handpalm", "handfl", "selfie",
)  # fmt: skip
# words of recognising, matching, enrolling, a stored template (folded)
RECOGNISE = (
    "recogni", "erkannt", "erkenn", "reconna", "reconnu", "recono", "riconos", "reconhe",
    "herken", "rozpozna", "template", "gabarit", "plantilla", "modello", "wzorz", "wzorc",
    "sjabloon", "vorlage", "abgleich", "enrol", "registr", "rejestr", "cadastr", "escane",
    "gescand", "zeskan", "verifi", "authent", "autentic", "autentif", "uwierzyt", "entsperr",
    "deverrou", "desbloq", "sblocc", "ontgrendel", "odblok", "skan", "odrzuc", "rejeit",
    "rechaz", "rifiut", "weiger", "ablehn", "weryfik", "score", "coincid", "corrispond",
    "correspond", "zgadza", "registad", "regista", "registo", "acquisi", "zapis", "gravad",
    "wzor", "dopasow", "reject", "ingelezen", "ingelees", "eingelernt", "einlern", "inlees",
    # stored as a password: "meine Stimme als Passwort gespeichert", "mijn stem als wachtwoord"
    "gespeichert", "opgeslagen", "passwor", "wachtwoord", "contrasen", "haslo", "senha",
)  # fmt: skip
RECOGNISE_START = (
    "match", "scan", "ident", "unlock", "login", "alta", "profil",
    # entering or clocking in by it: "si entra con il palmo", "el fichaje con el dedo"
    "entra", "entro", "entrer", "entry", "wchodz", "wejsc", "fichaj", "fichar", "ficho",
    "timbr", "stempel", "inklok", "pointag", "pointeus", "clock", "logs", "logged",
    # logging in by it, or setting it up: "inloggen met gezicht", "Face-Login eingerichtet"
    "inlog", "anmeld", "logowa", "zalogow", "ingesteld", "eingerichtet", "configur",
    "impostat", "skonfigur",
)  # fmt: skip
WINDOW = 8  # words between the part of the body and the word of recognising
# a face compared with an identity paper's photo: "comparó el selfie con la foto de mi DNI"
COMPARE = (
    "compar",
    "confront",
    "vergleich",
    "vergli",
    "vergelijk",
    "vergeleek",
    "vergeleken",
    "porown",
)
PAPERS = frozenset(
    """dni nie passport pasaporte passaporto passeport passaporte paspoort paszport paszportu
    ausweis personalausweis reisepass ausweises id identity identita identidad identite
    identidade cidadao identiteitskaart identiteitsbewijs dowod dowodu dowodem cni cie cc""".split()
)


def _body(word: str) -> bool:
    if word in BODY_WORDS or any(part in word for part in BODY_PARTS):
        return True
    return word.startswith("face") and not word.startswith(("facebook", "facet"))


def recognising(word: str) -> bool:
    """A word of recognising, matching, enrolling or a template."""
    return bool(_RECOGNISE[word])


# knowing someone by a part of the body: "kennt jetzt meinen Daumen", "mnie zna po twarzy"
KNOWS = frozenset("knows kennt kent zna connait conoce conosce conhece".split())


_ME = frozenset("me my mich meinen meine mein moi mon ma mi mij mijn mnie mim meu minha".split())
# a door or a phone that opens for the writer by their face or finger: "die App entsperrt bei
# mir nur noch mit Gesicht", "la salle m'ouvre grâce à mon visage"
_OPENS = frozenset(
    """unlock unlocks unlocked opens entsperrt entsperren entsperre offnet oeffnet ouvre
    deverrouille abre desbloquea desbloqueia apre sblocca opent ontgrendelt otwiera
    odblokowuje""".split()
)
_TO_ME = _ME | frozenset("mir m".split())


def _recognise(word: str) -> bool:
    return word.startswith(RECOGNISE_START) or any(r in word for r in RECOGNISE)


_BODY = Memo(_body)
_RECOGNISE = Memo(_recognise)


def may_hold(word: str) -> bool:
    """A word a text must hold for :func:`body_recognised` to find anything."""
    return bool(_BODY[word]) or word == "stem"


def text_may_hold(words: frozenset[str], text: str) -> bool:
    """Whether a text (its lower-cased words, and the text) may hold a part of the body:
    one of its words is one, or a compound holds one ("Stimmabgleich", "facedata")."""
    if not BODY_WORDS.isdisjoint(words) or "stem" in words:
        return True
    lower = text.lower()
    return any(part in lower for part in BODY_PARTS) or "face" in lower


# "je stem", "mijn stem": Dutch "stem" is a voice only after a possessive
_WHOSE_VOICE = frozenset("je jouw mijn zijn haar uw hun onze".split())


# a person who looks at a face by eye: "de medewerker vergeleek mijn gezicht met …"
_STAFF = frozenset(
    """medewerker medewerkster employee clerk officer agent staff mitarbeiter mitarbeiterin
    beamte beamtin agente empleado empleada impiegato impiegata funcionario funcionaria
    pracownik pracowniczka urzednik urzedniczka guard receptionist""".split()
)


def _against_papers(words: list[str], i: int) -> bool:
    """A word of comparing and an identity paper near the part of the body (a German verb
    comes last: "ein Selfie … mit dem Foto in meinem Ausweis verglichen"), by a machine,
    not by a clerk's eye."""
    near = words[max(0, i - 2 * WINDOW) : i + 2 * WINDOW + 1]
    if not _STAFF.isdisjoint(near):
        return False
    return not PAPERS.isdisjoint(near) and any(w.startswith(COMPARE) for w in near)


_MY_PAPER = frozenset(
    "my mein meinem meinen meiner mon ma mi mio mia meu minha mijn moj mojego".split()
)


def own_papers(words: list[str]) -> bool:
    """The identity paper is the writer's: "la foto de mi DNI", "do meu cartão de cidadão"."""
    return any(
        w in PAPERS and not _MY_PAPER.isdisjoint(words[max(0, j - 3) : j])
        for j, w in enumerate(words)
    )


def body_recognised(tokens: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """The spans of the parts of the body that stand within :data:`WINDOW` words of a
    word of recognising them (or hold one: "gesichtserkennung", "stimmabgleich")."""
    words = [t[0] for t in tokens]
    found = []
    for i, word in enumerate(words):
        near = words[max(0, i - WINDOW) : i + WINDOW + 1]
        if word == "stem" and words[i - 1 : i] and words[i - 1] in _WHOSE_VOICE:
            if any(w.startswith("herken") for w in near):
                found.append((tokens[i][1], tokens[i][2]))  # "ik herken je stem"
            continue  # "ik stem op", a vote
        if not _BODY[word]:
            continue
        if words[i + 1 : i + 2] == ["alta"]:
            near = near[: min(i, WINDOW) + 1] + near[min(i, WINDOW) + 2 :]  # "em voz alta": aloud
        knows = not KNOWS.isdisjoint(near) and not _ME.isdisjoint(near)
        knows = knows or not (_OPENS.isdisjoint(near) or _TO_ME.isdisjoint(near))
        if knows or any(_RECOGNISE[w] for w in near) or _against_papers(words, i):
            found.append((tokens[i][1], tokens[i][2]))
    return found


# an illness or a surgery of the eye: "Netzhautablösung", "descolamento da retina",
# "retinal detachment", "cataract surgery on the iris": care, not a sample taken
_EYE_ILLNESS = (
    "ablosung",
    "detach",
    "descolamento",
    "desprendimiento",
    "distacco",
    "decollement",
    "loslating",
    "odwarstwien",
    "retinopat",
    "degenera",
    "operat",
    "cirurg",
    "chirurg",
    "surgery",
    "laser",
    "entzund",
    "inflam",
)


def eye_illness(words: list[str], index: int) -> bool:
    """Whether the eye's part at ``words[index]`` is told with an illness or a surgery in
    the word itself or in the three words around it."""
    near = words[max(0, index - 3) : index + 4]
    return any(mark in word for word in near for mark in _EYE_ILLNESS)


# a reader before a part of the body in a device's name: "czytnik-linii-papilarnych-B"
READERS = frozenset("reader leser lecteur lector lettore leitor lezer czytnik".split())
# a reader or a terminal named after the body part it reads: "fingerprint-terminal-nord"
DEVICES = frozenset(
    """terminal terminals reader readers leser lecteur lector lettore leitor lezer czytnik
    scanner scanners sensor sensore capteur""".split()
)
