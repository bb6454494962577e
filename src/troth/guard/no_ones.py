"""Said of no one: a category's term in a record, a form, goods, a page or a message to
many, where no person it reveals anything about is named (the steps of the special
categories' score that come before how sure it is)."""

from __future__ import annotations

import re

from troth.guard.biometric import DEVICES, READERS
from troth.guard.bulletins import bulletin
from troth.guard.context import ENROL, first_person, has_anchor
from troth.guard.detection import BIOMETRIC, GENETIC, HEALTH, POLITICS, RACE, RELIGION, UNION
from troth.guard.forms import (
    DECLINED,
    an_example,
    asked_if_yes,
    no_one_named,
    questions_page,
    unanswered,
    unticked,
)
from troth.guard.naming import a_persons_record, names_person, office_signature, titled
from troth.guard.reading import Reading
from troth.guard.records import (
    USER_KEY,
    building_record,
    count_table,
    customer_value,
    header_row,
    invoiced,
    kind_of_data,
    log_line,
    names_a_person,
)
from troth.guard.roles import bargaining, role_near
from troth.guard.sentences import public_agenda
from troth.guard.shapes import (
    GROUP_ORDER,
    QUANTITY,
    YES_NO,
    a_model_or_an_assessment,
    folded_words,
    offered,
    placeholder,
    priced_dish,
    product_of,
)
from troth.guard.speech import show_talk
from troth.guard.tallies import counted
from troth.guard.threads import as_sent, quoted_message

# an offer's places left: "posti_liberi", "plaatsen vrij", "seats available"
_FREE_PLACES = re.compile(
    r"(?:posti[ _]liberi|plaatsen[ _]vrij|places[ _]libres|plazas[ _]libres|lugares[ _]livres|"
    r"vagas[ _]livres|wolne[ _]miejsca|seats[ _]available|free[ _]seats|freie[ _]pl(?:ae|ä)tze|"
    r"places[ _]left|spots[ _]left)",
    re.IGNORECASE,
)
# the words of :data:`_FREE_PLACES` (folded), a quick test before it
_FREE_WORDS = frozenset(
    "liberi vrij libres livres miejsca available seats plaetze platze left posti".split()
)
# a subtitle's cue and a character's name in capitals in brackets: a film's dialogue
_CUE_TIME = re.compile(r"\d\d:\d\d:\d\d[,.]?\d*\s*-->")
_CHARACTER = re.compile(r"\[[A-ZÀ-ÝÑ][A-ZÀ-ÝÑ .'-]{2,}\]")


def to_many(text: str, at: int) -> bool:
    """The position lies in a message to many that names no one, the whole text or a
    message it quotes or forwards."""
    if bulletin(text) and not (first_person(folded_words(text)) or names_person(text)):
        return True
    return _quoted_bulletin(text, at)


def _quoted_bulletin(text: str, at: int) -> bool:
    """The term at ``at`` lies in a quoted or forwarded message to many ("Am 03.11. schrieb
    …:\n> Liebe Kolleginnen und Kollegen, …") that names no one but its signer."""
    quoted = quoted_message(text, at)
    if quoted is None:
        return False
    sent = as_sent(quoted)
    if not bulletin(sent):
        return False
    body = sent.rsplit("\n", 1)[0]  # (its signature aside)
    return not (first_person(folded_words(body)) or names_person(body))


# a device bought or asked about: "I bought the safe with the fingerprint reader", "how
# many fingerprints can it store?" (with no sample taken in the sentence)
_BOUGHT = frozenset(
    """bought buy purchased ordered gekauft gekocht bestellt achete commande compre comprei
    comprado comprato comprata ordinato encomendei kupilem kupilam kupione zamowilem
    zamowilam""".split()
)
_HOW_MANY = frozenset(
    "many wieviele viele combien cuantas cuantos quante quanti quantas quantos hoeveel ile".split()
)


def _device_talk(words: list[str]) -> bool:
    """The sentence speaks of a biometric device bought or of what it can hold, and no
    sample is said to be taken in it."""
    if not ENROL.isdisjoint(words):
        return False
    return not (_BOUGHT.isdisjoint(words) and _HOW_MANY.isdisjoint(words))


# a device out of order: its repair is asked for, no one's sample
_BROKEN = re.compile(
    r"\b(?:en panne|hors service|kaputt|defekt|broken|out of order|stuk|defect|nie dzia[łl]a|"
    r"non funziona|guasto|no funciona|averiad[oa]|n[ãa]o funciona|avariad[oa]|"
    r"funktioniert nicht|ne (?:marche|fonctionne) pas|werkt niet|doesn'?t work|not working|"
    r"zepsut\w*|uszkodzon\w*)\b",
    re.IGNORECASE,
)
# recognising a person: "does not recognise me", "erkennt mich nicht" (a sample of someone)
_RECOGNISING = frozenset(
    """recognise recognises recognize recognizes recognised recognized erkennt erkennen
    reconnait reconnaissent reconoce reconocen riconosce riconoscono reconhece reconhecem
    herkent herkennen rozpoznaje rozpoznaja me mich moi mnie mij""".split()
)


def _a_device(r: Reading) -> bool:
    """A biometric term that names a device ("fingerprint reader", "czytnik linii
    papilarnych") in a text that names no one and is not the writer's."""
    words, index = r.words, r.index
    after = index + r.hit.last - r.hit.first
    if READERS.isdisjoint(words[max(0, index - 2) : index]) and DEVICES.isdisjoint(
        words[after : after + 1]
    ):
        return False
    everything = folded_words(r.text)
    return not (
        first_person(everything)
        or has_anchor(everything)
        or names_person(r.text)
        or titled(r.text, everything)
    )


def no_ones_record(r: Reading, mine: bool, anchored: bool) -> bool:
    """A record that is no one's: a system's log line, a row of column names, a party or
    a parish invoiced as a customer, a kind of data ("données génétiques")."""
    text, words, index = r.text, r.words, r.index
    logged = log_line(text) and not USER_KEY.search(text)  # (a user's own turns are theirs)
    if logged or header_row(text) or count_table(text) or building_record(text):
        return True
    if r.term.category in (POLITICS, UNION, RELIGION) and (
        customer_value(text, r.hit.start) or (invoiced(words) and not anchored)
    ):
        return True
    if not kind_of_data(words, index, text) or mine:
        return False
    return not (names_a_person(text, cells=True) or names_person(text))


def goods_or_pages(r: Reading, mine: bool, anchored: bool) -> bool:
    """Words of a category about goods, groups and pages, not a person: collective
    agreements, orders for a group, choices on offer, goods, a form's examples, a
    template's slots, a page of common questions, a note that names no one."""
    term, words, index, text, hit = r.term, r.words, r.index, r.text, r.hit
    if term.category == UNION and not mine and bargaining(words) and not role_near(words, index):
        if not anchored or not (names_person(text) or has_anchor(words)):
            return True  # "De cao is getekend door FNV en CNV": the unions as bodies
            # (also in an agenda: "11:00 Tarifrunde mit ver.di", the employer's side)
    if term.category in (RELIGION, RACE, POLITICS) and not anchored and GROUP_ORDER.search(text):
        return True  # "Lunch koosjer restaurant, 6 pers.", "Catering mitin PSOE – 300 pax"
    if term.category == RELIGION and not (mine or anchored) and offered(words, index):
        return True  # "halal und koschere Optionen auf Anfrage": choices offered
    if term.category == RELIGION and not (mine or anchored) and priced_dish(text, words, index):
        return True  # "Döner-Teller (halal);8,90 €": a dish on a menu
    if not mine and office_signature(text):
        return True  # "Biuro prasowe | Prawo i Sprawiedliwość": an office signs, no one
    if not mine and public_agenda(text):
        return True  # "Conseil municipal – point 5 : bail pour la mosquée": a topic
    if not mine and show_talk(text):
        return True  # "habt ihr gestern den Tatort gesehen? … hatte einen Herzinfarkt"
    if not mine and bulletin(text):
        if not (first_person(folded_words(text)) or names_person(text)):
            return True  # "Newsletter – È il mese della prevenzione del tumore al seno"
    if not mine and _quoted_bulletin(text, hit.start):
        return True  # a reply that quotes a reminder to all staff or forwards an offer
    if not mine and (no_one_named(text) or an_example(text, hit.start)):
        return True  # "Keine Personendaten."; "(e.g. kosher, halal, nut allergy)"
    if term.category == BIOMETRIC and _device_talk(words):
        return True  # "I bought the safe with the fingerprint reader", "how many prints?"
    if term.category == BIOMETRIC and not (mine or anchored) and _a_device(r):
        return True  # "Czytnik linii papilarnych na stanowisku 3 nie działa": a reader
    if term.category == BIOMETRIC and a_model_or_an_assessment(words, index):
        if not names_person(text):
            return True  # "hoy probamos el reconocimiento facial del nuevo Xiaomi"
    if (
        term.category in (BIOMETRIC, GENETIC, HEALTH)
        and not (mine or anchored)
        and product_of(words, index)
        and not (a_persons_record(text) or names_person(text))
    ):
        return True  # "Fingerabdruck-Türschloss von Nuki", "Kit de ADN de Amazon"
    if questions_page(text):
        return True  # "FAQ: may my child bring medicines?": any reader's child
    if not mine and counted(text, hit.start, hit.end):
        if not names_person(text):
            return True  # "Staff survey 2026;union members 34%": a share of a group
    if not _FREE_WORDS.isdisjoint(words) and _FREE_PLACES.search(text):
        if not (mine or names_person(text)):
            return True  # {"viaggio": "pellegrinaggio Lourdes", "posti_liberi": 12}: an offer
    # (a template's "your" is whoever it will be sent to: "Ihre Krankmeldung ab {datum}")
    return not mine and placeholder(text) and not names_person(text)


# blocking apps on a network: "Grindr und Tinder im Gäste-WLAN sperren"
_BLOCKED = frozenset(
    """block blocked blocking blokkeren geblokkeerd blockieren sperren gesperrt bloquer
    bloque bloquear bloqueado bloccare bloccato bloquear zablokowac zablokowane ban filter
    filtern filtrer filtrar filtrare""".split()
)
_NETWORK = frozenset(
    """wifi wi-fi wlan network networks netwerk gastennetwerk netz gastnetz reseau red rete
    rede siec firewall proxy router""".split()
)
# a price or a lead time: a product's keys, not a person's
_PRODUCT_KEY = re.compile(
    r'"(?:price|prices|precio|precios|preco|preis|prix|prezzo|prijs|cena|cost|costo|custo|'
    r"kosten|tarif|tarifa|prazo|plazo|turnaround|lieferzeit|delai|tempi|levertijd|termin)"
    r'(?:_\w+)?"\s*:',
    re.IGNORECASE,
)


def _reader_near(r: Reading) -> bool:
    """A reader's or a device's word beside the term: "pointeuse à empreinte", "Czytnik linii
    papilarnych", "fingerprint scanner"."""
    words, index = r.words, r.index
    after = index + r.hit.last - r.hit.first
    near = words[max(0, index - 3) : index] + words[after : after + 2]
    return not (READERS.isdisjoint(near) and DEVICES.isdisjoint(near)) or any(
        w.startswith(("pointeu", "czytnik", "lezer", "leser", "lector", "lettore", "leitor"))
        for w in near
    )


# a shop open or closed on a feast: "Suikerfeest – winkel open tot 22:00"
_SHOPS = frozenset(
    """shop store shops stores winkel winkels geschaft laden filiale magasin boutique
    tienda tiendas negozio negozi loja lojas sklep sklepy supermarket supermarkt
    supermercado supermercato studio gym""".split()
)
_HOURS = frozenset(
    """open opens opened closed geopend gesloten dicht geoffnet geschlossen ouvert ouverte
    ferme fermee abierto abierta cerrado cerrada aperto aperta chiuso chiusa aberto aberta
    fechado fechada otwarty otwarte nieczynny nieczynne czynny czynne""".split()
)


# a kit bought, sent or priced: an order, a delivery, a price, an offer, a replacement
_KIT_TRADE = frozenset(
    """order ordered delivery delivered arrived shipping shipped parcel package price promo
    discount sale refund replacement courier bestellt bestellung auftrag geliefert lieferung
    paket preis rabatt ersatz verschickt commande livre livraison colis prix remboursement
    pedido llego envio enviado paquete precio oferta descuento devolucion ordine consegna
    arrivato spedizione pacco prezzo sconto offerta rimborso encomenda chegou entrega envio
    pacote preco desconto promocao bestelling besteld geleverd bezorgd pakket prijs korting
    aanbieding zamowienie zamowienia dostawa przesylka paczka cena rabat promocja kurier
    kurierem dotarl wyslano""".split()
)
# a result read from a kit: it speaks of a person again
_KIT_RESULT = frozenset(
    """result results ergebnis ergebnisse resultat resultats resultado resultados risultato
    risultati uitslag uitslagen wynik wyniki match matches carrier trager porteur portador
    portatore drager nosiciel nosicielka positive positiv positif positivo positief
    dodatni negative negativ negatif negativo negatief ujemny showed shows zeigt montre
    muestra mostra toont wykazal befund portadora portatrice draagster mutation mutacao
    mutacion mutazione mutatie mutacja variant variante wariant""".split()
)
# the kit itself, or a kit's brand
_KIT = frozenset("kit kits set zestaw zestawu coffret myheritage ancestrydna 23andme".split())


def kit_as_goods(r: Reading) -> bool:
    """A genetic test kit ordered, sent, priced or replaced, with no result read from it
    ("Vaterschaftstest-Set kam mit kaputtem Röhrchen an, Ersatz verschickt")."""
    if r.term.category != GENETIC or "%" in r.text:
        return False
    words = folded_words(r.text)
    if _KIT.isdisjoint(words) or _KIT_TRADE.isdisjoint(words):
        return False
    return _KIT_RESULT.isdisjoint(words)


def apps_or_products(r: Reading) -> bool:
    """Apps blocked on a network ("Grindr e Tinder bloccati sul wifi dell'ostello"), a
    shop's hours on a feast, a broken reader's repair, a product's record with its price or
    lead time ({"panel": …, "precio_eur": 180}): no person's."""
    words, text = r.words, r.text
    if not (_BLOCKED.isdisjoint(words) or _NETWORK.isdisjoint(words)):
        return True
    if r.term.category == RELIGION and not (_SHOPS.isdisjoint(words) or _HOURS.isdisjoint(words)):
        if not first_person(words):
            return True  # "Suikerfeest – winkel open tot 22:00": a shop's hours on a feast
    if kit_as_goods(r):
        return True  # "DNA test kit is £79 when advertised at £59": goods, no one's genes
    if r.term.category == BIOMETRIC and _BROKEN.search(text):
        if _RECOGNISING.isdisjoint(folded_words(text)) and _reader_near(r):
            return True  # "La pointeuse à empreinte est en panne": a repair asked for
    return (
        text.lstrip()[:1] == "{"
        and _PRODUCT_KEY.search(text) is not None
        and not USER_KEY.search(text)
        and not names_person(text)
    )


def no_ones_form_or_goods(r: Reading, mine: bool, anchored: bool) -> bool:
    """A term said of no one by where it stands: goods weighed, a film's subtitle, an option
    no one chose, a form's question, a record, goods and pages (``mine``: the writer's own
    words; ``anchored``: a person stands beside the term)."""
    text, hit, short = r.text, r.hit, r.short
    if short and not anchored and QUANTITY.search(text):
        return True  # "Halal chicken thighs 1kg", "Chocolate para diabéticos 75 g": goods
    if _CUE_TIME.search(text) and _CHARACTER.search(text):
        return True  # a film's subtitle, a character speaking: "[DETECTIVE] The DNA …"
    if unticked(text, hit.start) or unanswered(text):
        return True  # "[ ] rooms-katholiek", {"answer": null}: an option no one has chosen
    if not mine and asked_if_yes(text, hit.start):
        return True  # "Liegt eine Schwerbehinderung vor? Wenn ja, bitte GdB angeben"
    if YES_NO.match(text, hit.end) or YES_NO.search(text, hit.end, hit.end + 40):
        return True  # "Handicap reconnu (RQTH) : oui / non": a question on a form
    if not anchored and DECLINED.search(text, hit.end, hit.end + 40):
        return True  # "Iscrizione sindacale (facoltativo)": a field left to choose
    # a log line, column names, a customer invoiced, a kind of data; an order, goods, a
    # template, a page of questions, a note of no one
    if no_ones_record(r, mine, anchored) or goods_or_pages(r, mine, anchored):
        return True
    return apps_or_products(r)
