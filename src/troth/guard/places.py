"""A term that names a place: a church as a landmark, a parish that is local government, a
street, a business.

"opposite St Mary's church", "Gewerkschaftsstrasse 12", "Churrasqueira O Cigano".
"""

from __future__ import annotations

import re

from troth.guard.clergy import cleric
from troth.guard.context import POLISH_FIRST, SUBJECT_ME, VERBS

# a place of worship as a landmark: "opposite St Mary's church", "naprzeciwko kościoła"
WORSHIP_PLACE = re.compile(
    r"^(?:church|kirche|eglise|iglesia|chiesa|igreja|kerk|kosciol|mosque|moschee|mosquee|"
    r"mezquita|moschea|mesquita|moskee|meczet|synagog|sinagog|temple|templo|tempio|tempel|cathedral|"
    r"kathedrale|cathedrale|catedral|cattedrale|kathedraal|katedr|chapel|kapelle|chapelle|"
    r"capilla|cappella|capela|kapel|kaplic|gurdwara)"
)
LANDMARK = frozenset(
    """opposite near behind beside next across gegenuber neben hinter bei nahe face cote
    derriere pres frente junto detras cerca fronte accanto dietro vicino presso ao lado tras
    atras perto tegenover naast achter bij naprzeciwko naprzeciw obok kolo przy za""".split()
)


# a place toured as a sight: a visit, a guided tour, an outing (nouns: "I visit the mosque
# every Friday" is a person's observance)
TOURS = frozenset(
    """visit tour tours sightseeing guided visite visites visita visitas visite besichtigung
    fuhrung rundgang bezoek rondleiding bezichtiging zwiedzanie wycieczka wycieczki
    excursion excursao excursie gita escursione
    offenen open ouvertes abiertas aperte abertas opendag otwartych""".split()
)


def landmark(words: list[str], index: int) -> bool:
    """The term is a place of worship named as a landmark ("the shop is opposite the
    church", "sklep jest naprzeciwko kościoła") with no first person going there, or
    toured as a sight ("Visite de la mosquée de Paris avec les collègues")."""
    if not WORSHIP_PLACE.match(words[index]):
        return False
    if not TOURS.isdisjoint(words[max(0, index - 4) : index]):
        return True
    if not SUBJECT_ME.isdisjoint(words):
        return False
    if not VERBS.isdisjoint(words) or any(POLISH_FIRST.match(w) for w in words):
        return False
    return not LANDMARK.isdisjoint(words[max(0, index - 3) : index])


# a parish as a unit of local government: "Parish Council", "Parish Clerk", "parish precept"
_CIVIL = frozenset("council councils councillor councillors clerk precept".split())


def civil_parish(words: list[str], index: int) -> bool:
    """The term is an English parish as a unit of local government ("Little Aston Parish
    Council", "Parish Clerk"), not a church's."""
    return words[index] in ("parish", "parishes") and not _CIVIL.isdisjoint(
        words[index + 1 : index + 2]
    )


# a street: "al. Solidarności 82", "Gewerkschaftsstrasse 12", "rue de la Paix"
STREET_HEADS = (
    "strasse", "gasse", "allee", "platz", "straat", "laan", "plein", "gracht", "weg", "str",
)  # fmt: skip
# a street's name going on after the term, in capitalised words: "Parkinson Road",
# "Bayram-Grein Groth-Straße" ("gegen die AfD auf der Straße" is no street's name)
_STREET_AFTER = re.compile(
    r"^(?:[-\s]+[A-ZÀ-Ý][\w'.]*){0,3}?[-\s]+(?:Road|Street|Avenue|Lane|Drive|Straße|"
    r"Strasse|Str\.|Gasse|Weg|Allee|Platz|Ring|Damm|Ufer|Straat|Laan|Plein|Gracht)\b"
    # a street's word joined by a hyphen, in any case: "Moskee-straat", "Kirchen-weg"
    r"|^-(?i:straat|strasse|straße|gasse|weg|allee|platz|laan|plein|gracht|street|road)\b"
)
STREET_WORDS = frozenset(
    """ul ulica ulicy aleja alei plac calle avenida rua travessa largo viale piazza rue
    avenue boulevard straat laan street road lane chemin impasse allee quai""".split()
)
_STREET_LINKS = frozenset("de del della di do da dos das la le l du des".split())


_STREET_SHORT = re.compile(r"\b(?:al|ul|av|pl|str)\.\s*$", re.IGNORECASE)


_NUMBERED_HEADS = ("ring", "damm", "ufer", "steig", "pfad", "kamp")
_HOUSE_NUMBER = re.compile(r"^\s+\d{1,4}[a-z]?\b")


def street_named(words: list[str], index: int, before: str = "", after: str = "") -> bool:
    """The term is a street's name: a compound whose head is a street ("Gewerkschaftsstrasse",
    "Krebsweg"), a street word right before it ("calle de la Unión") or closing a name of
    capitalised words in the text ``after`` it ("Parkinson Road", "Bayram-Grein
    Groth-Straße"), or a street's short form at the end of the text ``before`` it ("al.
    Solidarności"). "via", "al" and "av" are other words as
    well, so only their short forms with a full stop count."""
    if _STREET_SHORT.search(before):
        return True
    word = words[index]
    if any(len(word) >= len(head) + 4 and word.endswith(head) for head in STREET_HEADS):
        return True  # "Krebsweg", "Gewerkschaftsstrasse"
    if word.endswith(_NUMBERED_HEADS) and _HOUSE_NUMBER.match(after):
        return True  # "Krebsring 15": a head that names a street only before a house number
    if _STREET_AFTER.match(after):
        return True  # "Parkinson Road", "Bayram-Grein Groth-Straße"
    at = index - 1
    while at >= 0 and index - at <= 3 and words[at] in _STREET_LINKS:
        at -= 1  # "calle de la Unión", "rue de la Paix"
    return at >= 0 and words[at] in STREET_WORDS


# a business named for a people: "Churrasqueira O Cigano", "Restaurant Le Berbère"
BUSINESSES = frozenset(
    """restaurant restaurante ristorante restaurace churrasqueira pizzeria trattoria osteria
    taverna taberna tasca bar cafe kebab imbiss brasserie bistro bistrot hotel hostel
    pension pensione pousada herberg eetcafe cafetaria lanchonete padaria bakery backerei
    boulangerie panaderia panetteria bakkerij piekarnia restauracja kawiarnia""".split()
)


# what a people's name may describe rather than a person: a shop, a kitchen, dishes
_DISHES = frozenset(
    """shop store business company firm brand food dishes dish cuisine kitchen recipes
    laden geschaft firma kuche gerichte rezepte magasin epicerie entreprise cuisine plats
    recettes tienda empresa cocina platos comida recetas negozio azienda cucina piatti
    ricette loja empresa cozinha pratos comida receitas winkel zaak bedrijf keuken
    gerechten recepten eethuis sklep firma kuchnia dania potrawy przepisy""".split()
)


def a_business(words: list[str], index: int) -> bool:
    """A business's word in the three words before the term, its name; or a business or
    food the term describes right after it ("a British-Pakistani restaurant",
    "Hindoestaanse gerechten"), not a person's origin."""
    if not BUSINESSES.isdisjoint(words[max(0, index - 3) : index]):
        return True
    after = words[index + 1 : index + 3]  # (a joined origin's second word may stand first)
    return not (BUSINESSES.isdisjoint(after) and _DISHES.isdisjoint(after))


# a company's legal form closing the name the term stands in: "Cristalería La Trinidad
# S.L.", "Catholic Supplies Ltd", "Genom Analytics GmbH"
_LEGAL_FORM = re.compile(
    r"(?:[ \t]+(?:[A-ZÀ-Ý][\w'&.-]*|de|la|del|di|du|des|van|von|der|&|und|and|e|y|et))*"
    r"[ \t]+(?:S\.\s?L\.?U?|S\.\s?A\.?|GmbH|AG|Ltd\.?|Limited|LLC|Inc\.?|SARL|SAS|"
    r"S\.p\.A\.?|S\.r\.l\.?|Srl|SpA|Lda\.?|B\.V\.?|N\.V\.?|Sp\. z o\.o\.|KG|plc|PLC)"
    r"(?![\w])"
)


def in_company_name(text: str, start: int, end: int) -> bool:
    """A capitalised term inside a company's name that its legal form closes."""
    return text[start : start + 1].isupper() and _LEGAL_FORM.match(text, end) is not None


# a room set aside for prayer, a facility: "Sala di preghiera: non prevista", "prayer room
# on the 3rd floor" (not "I use the prayer room every Friday")
# (not "rooms": Dutch "Rooms-Katholiek" is Roman Catholic)
_ROOMS = frozenset(
    """room raum räume raeume salle salles sala salas ruimte ruimtes pokoj pokój""".split()
)


def prayer_room(words: list[str], index: int) -> bool:
    """The term names a room for prayer, and no one is said to use it."""
    near = words[max(0, index - 2) : index + 3]
    if _ROOMS.isdisjoint(near) and not any(w.startswith(("gebetsraum", "stilte")) for w in near):
        return False
    if not _NEEDED.isdisjoint(words):
        return False  # {"essen": "halal", "gebetsraum_benoetigt": true}: a person's need
    return _ME_NOT_IM.isdisjoint(words) and VERBS.isdisjoint(words)


# the writer's "I", but not German "im" ("in the": "Gebetsraum im 2. OG")
_ME_NOT_IM = SUBJECT_ME - {"im"}
# a room or a diet needed by someone: a need, not a facility
_NEEDED = frozenset(
    """needed needs required benotigt benoetigt erforderlich necessaire necesario necesaria
    necessario necessaria necessario nodig vereist potrzebny potrzebna wymagany wymagana""".split()
)


# a place of care: a hospital, a clinic, a practice, a pharmacy, a dentist's
_CARE_PLACE = re.compile(
    r"^(?:hospital|hopital|ospedal|szpital|krankenhaus|klinik|clinic|clinique|clinica|"
    r"kliniek|ziekenhuis|dentist|zahnarzt|tandarts|stomatolog|dentair|farmac|pharmac|apothek|"
    r"apotheek|apteka|kine|physio|fisioter|fysiother|reha|surgery|praxis|huisarts|przychodni|"
    r"centro de salud|centro de saude|ambulatori|poliklinik|gezondheidscentrum)"
)
# a word of a place of care that is also its treatment: "surgery", "Reha", "kiné"
_TREATMENT = re.compile(r"^(?:surgery|reha|physio|kine|fisioter|fysiother)")
# a practice's word before it: "cabinet de kiné", "Praxis für Physiotherapie"
_PRACTICE = frozenset(
    """cabinet praxis practice clinic klinik clinique clinica centro centre center studio
    gabinet praktijk consultorio""".split()
)
# a parish, the body a church belongs to
_PARISH = re.compile(r"^(?:parish|parafi|parroqu|paroiss|pfarr|parochie|parrocchi|paroquia)")
# the business of running one: a delivery, a bill, a refit, a supplier, a hall's hire, a
# party of its staff
_TRADE = re.compile(
    r"^(?:deliver|delivery|entrega|liefer|livraison|livre|consegn|levering|bezorg|dostaw|"
    r"invoice|rechnung|factur|fattur|fatura|factuur|faktur|billing|compta|contab|boekhoud|"
    r"ksiegow|buchhalt|refit|renov|renow|umbau|bauen|travaux|obras|lavori|verbouw|"
    r"remont|maintenance|manutenc|manutenz|wartung|entretien|mantenimiento|onderhoud|"
    r"konserwa|supplier|lieferant|fournisseur|proveedor|fornitor|fornecedor|leverancier|"
    r"dostawc|associes|autoklaw|autoclav|catering|cleaning|reinigung|nettoyage|limpieza|"
    r"puliz|limpeza|schoonmaak|sprzatan|party|weihnachtsfeier|install|instal|cais|quai|"
    r"hire|rental|booking|lettings|miete|vermiet|alquiler|affitto|aluguer|aluguel|verhuur|"
    r"wynaj|repair|reparatur|naprawa|serwis)"
)
# its opening hours, right beside it: "pharmacy hours are now 8–6:30", "el horario del
# centro de salud" (not "reduced hours while I recover from surgery")
_HOURS = frozenset(
    """hours opening horario horarios horaires orari orario openingstijden offnungszeiten
    godziny""".split()
)
# a person cared for there, by the writer or by someone named
_VISIT = frozenset(
    """appointment appointments termin rdv rendez consulta cita citas visita appuntamento
    afspraak wizyta wizyty patient treated treatment behandlung traitement tratamiento
    trattamento tratamento behandeling leczenie checkup check""".split()
)
# whose the order or the bill is: "my order", "meu pedido", "mijn bestelling"
_MY = frozenset(
    """my mein meine meinen meinem meiner mon ma mes mi mis mio mia miei mie meu minha meus
    minhas mijn moj moja moje mojego mojej""".split()
)

# someone the sentence speaks of: "she", "er", "elle", "ona"
_SOMEONE = frozenset("he she him her er sie elle ella ele ela lei lui hij zij ona".split())


def run_as_a_business(words: list[str], index: int) -> bool:
    """The term names a place of care or of worship as a business: a delivery to it, its
    bill, its refit, its supplier, its hall for hire, its hours ("Dentist chair delivery for
    the clinic refit", "Entrega no Hospital de Santa Maria, cais 3", "parish hall hire",
    "pharmacy hours are now 8–6"), with no visit or treatment in the sentence and no one's
    own ("my order at the pharmacy", "my son's physio bills")."""
    word = " ".join(words[index : index + 3])  # "centro de salud"
    if not (_CARE_PLACE.match(word) or WORSHIP_PLACE.match(word) or _PARISH.match(word)):
        return False
    if _TREATMENT.match(word) and not SUBJECT_ME.isdisjoint(words):
        if _PRACTICE.isdisjoint(words[max(0, index - 2) : index]):
            return False  # "I'm having knee surgery on the 14th": a treatment, not a place
    near = words[max(0, index - 4) : index + 3]
    if not (any(_TRADE.match(w) for w in words) or not _HOURS.isdisjoint(near)):
        return False
    if not _SOMEONE.isdisjoint(words):
        return False  # "Frau Keller ruft wegen der Rechnung an; sie ist im Krankenhaus"
    if any(cleric(other) for other in words):
        return False  # "parish priest at St Brigid's, wants the delivery to the presbytery"
    return _VISIT.isdisjoint(words) and _MY.isdisjoint(words)
