"""The children's rules by class of text, in eight languages, with near misses (K1).

Each class is a way people write: the length of a thing's use or of a couple's life
together, a guessed age of a tree or a piece of furniture, a Portuguese school year said
with the singular "ano", a film title or a class's event holding a school word; and, on
the other side, an infant's record, a birth year said as a cohort, a school year written
short in a file name or a cell, a parent signing with their child's name beside a young
class. Every expected value is the labelling rule read by hand: a text is about a child
when the person it names is under the policy's child age (13) on the day of the check,
1 June 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.children import ChildSignalRecognizer

TODAY = date(2026, 6, 1)


def rules(text: str) -> list[str]:
    found = ChildSignalRecognizer(child_age=13, today=TODAY).find(text)
    return [d.recognizer for d in found]


# --- what lasted: a thing's use or service, a couple's years, a duration after a verb ---
@pytest.mark.parametrize(
    "text",
    [
        "The dryer has 9 years of use and still runs fine",
        "Coffee machine, 4 years in service, stopped this morning",
        "Waschmaschine, 7 Jahre im Einsatz, abzugeben",
        "Lave-linge utilisé 4 ans, bon état",
        "Canapé d'angle servi 6 ans, à donner",
        "Lavadora con 8 años de uso, funciona bien",
        "Vendo bici con 3 años de garantía restantes",
        "Lavatrice con 6 anni di utilizzo, qualche graffio",
        "Frigorífico com 9 anos de uso, vendo barato",
        "Wasmachine, 6 jaar in gebruik, gratis op te halen",
        "Pralka, 5 lat użytkowania, sprawna",
        "uso este creme faz 3 meses e a pele melhorou",
        "la suscripción cumple 6 meses mañana",
    ],
)
def test_the_years_of_a_things_use_are_no_age(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dinner booked for our 8 years, window table please",
        "Unsere 7 Jahre feiern wir in Wien, Tisch für zwei",
        "2 Jahre Beziehung mit Jonas heute",
        "Week-end à Annecy pour nos 6 ans avec Julien",
        "Cena por nuestros 9 años con Pablo",
        "Hoy hacemos 3 años de noviazgo con Marta",
        "anniversario 4 anni con Luca, prenotato il ristorante",
        "2 anos de namoro com a Ana, jantar às 20h",
        "Dit weekend vieren we 3 jaar verkering, Tim en ik",
        "nasze 4 lata razem z Kasią, kolacja o 19",
    ],
)
def test_a_couples_years_are_no_age(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "our 9-year-old son loves the pool",  # "our" before a child's age
        "our 9 year old son loves the pool",
        "Unsere 5-jährige Tochter hat Fieber",
        "Onze 8-jarige dochter wil op zwemles",
        "Nasze 6-letnie bliźnięta idą do szkoły",
        "A festa nos 10 anos da minha filha foi ótima",  # Portuguese "nos": at ten
    ],
)
def test_a_possessive_before_a_childs_age_stays(text: str) -> None:
    assert rules(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Meu filho tem 7 anos de idade",  # "de idade" is an age
        "Mi hija tiene 6 años de edad",
        "Mio figlio ha 1 anno",  # a singular year of one is an age
        "Ma fille a 1 an et marche déjà",
        "Unser Kleiner wird 3 Monate alt",  # a baby said "old" in months
    ],
)
def test_an_age_said_with_its_unit_stays(text: str) -> None:
    assert rules(text) != []


# --- guessed ages of things, furniture, prams and trees, also in file names ---
@pytest.mark.parametrize(
    "text",
    [
        "the oak by the gate, about 11 years",
        "high-chair_wood_9years_old.jpg",
        "Hochbett-Kiefer-10Jahre-alt.jpg",
        "chêne du jardin, environ 10 ans",
        "árbol del patio, unos 12 años",
        "passeggino-usato-2-anni.jpg",
        "quercia in giardino, circa 9 anni",
        "carvalho no quintal, cerca de 10 anos",
        "kinderstoel-hout-6jaar.jpg",
        "eik bij het hek, ongeveer 12 jaar",
        "drzewo przy domu – ok. 10 lat",
        "wózek-używany-2-lata.jpg",
    ],
)
def test_a_things_guessed_age_is_no_childs(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Wardrobe, 6 years old, free to collect",
        "Schreibtisch, 9 Jahre alt, abzugeben",
        "Armoire de 10 ans, très bon état",
        "Escritorio de 7 años, buen estado",
        "Armadio di 9 anni, come nuovo",
        "Estante com 8 anos, vendo",
        "Kast van 5 jaar oud, gratis",
        "Szafa, 8 lat, do oddania",
        "Kinderfahrrad-gebraucht-5Jahre.jpg",  # a compound whose head is a bike
        "lit-enfant-bois-7ans.jpg",  # a child's bed: the child word says its kind
        "bicicleta de niño, 3 años de uso",
    ],
)
def test_furniture_and_things_for_children_have_their_own_age(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We've been dating 2 years",
        "eu e a Rita, 6 anos juntos",
        "ik werk hier 6 jaar",
        "pracuję tu 8 lat",
        "onze 12,5-jarige bruiloft",  # a decimal is no age
    ],
)
def test_how_long_one_has_been_somewhere_or_with_someone(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mijn dochter is al 3 maanden ziek",  # how long she has been ill, not her age
        "Mi hija lleva 3 meses con fiebre",
        "Meine Tochter hat schon 2 Monate Husten",
        "11 Jahre Firmenjubiläum am Freitag",
        "Mama von zwei Kindern, 3 Jahre Elternzeit",  # a German noun names what lasted
        "Waschmaschine mit 5 Jahre Garantie",
        "10 years anniversary of the shop",
        "Welpe, 10 Wochen alt, sucht ein Zuhause",  # a young animal
        "chiot de 3 mois à adopter",
        "cucciolo di 2 mesi",
        "Soy profe de 4º de primaria",  # a teacher
    ],
)
def test_how_long_and_young_animals_are_no_infant(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "mon bébé a déjà 3 mois",  # a baby's months after "already" are its age
        "Mijn baby is al 3 maanden oud",
        "Meine Tochter ist schon 5 Monate alt",
        "Mein Sohn ist 5 Jahre alt",
        "Lena, 5 Jahre, Kita Sonnenschein",
    ],
)
def test_an_age_after_already_or_before_a_comma_stays(text: str) -> None:
    assert rules(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Mein Sohn, 5 Jahre alt, braucht einen Stuhl",
        "the chair my son (6) made",
        "un bambino di 7 anni di nome Luca",  # "di nome": named, not a duration
        "una niña de 9 años de origen chileno",
    ],
)
def test_a_child_beside_a_thing_stays(text: str) -> None:
    assert rules(text) != []


def test_a_guess_beside_a_child_is_still_a_childs_age() -> None:
    assert rules("Meine Tochter, etwa 6 Jahre alt, sucht einen Platz im Schwimmkurs") != []


# --- school years that are not primary, titles and a class's events ---
@pytest.mark.parametrize(
    "text",
    [
        "resumos-fisica-11ano.pdf",  # the Portuguese 11.º ano: 16-year-olds
        "exame nacional do 12.º ano amanhã",
        "Rewatched Kindergarten Cop on DVD, still funny",
        "Kaarten voor de groep 8-musical zijn uitverkocht",
        "Klasse 4-Ausflug nach Köln verschoben",
        "Tickets for the Year 6-play are sold out",
        "Parking P5, level 2, near the lifts",  # no primary school: a car park
        "terminei o 1.º ciclo de quimioterapia",
        "vivo en el sexto, puerta B",  # a floor takes the article
        "quedó en sexto lugar en la carrera",
        "Wywiadówka klasa 2 liceum, sala 14",  # an upper school's year: 16 or 17
        "Mio figlio è in classe 3 al liceo",
        "Company's 9th birthday party for employees",  # a firm's party
        "Zugticket 2. Klasse, Hamburg–Berlin",  # a ticket's class
        "bilet 2 klasy PKP do Krakowa",
        "Führerschein Klasse 3 seit 1998",  # a licence's
        "Kurs B2 Deutsch, Klasse 3 der Sprachschule",
    ],
)
def test_no_primary_year(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A Inês está no 3.º ano",
        "Vandaag speelt Liam in de groep 8-musical",  # a named pupil in the class's show
        "groep 6 – 9 jaar",  # a school year and the pupil's age, no range
        "Mein Sohn kommt in die 5. Klasse am Gymnasium",  # a Gymnasium begins at 10
        "Zugticket für meinen Sohn, 2. Klasse",  # a child named: read as his year
    ],
)
def test_a_primary_year_stays(text: str) -> None:
    assert "children.school_year" in rules(text)


# --- infants and children in records ---
@pytest.mark.parametrize(
    "text",
    [
        '{"passengers": [{"type": "INF", "first_name": "Noah"}]}',
        '{"Gäste": [{"typ": "Kleinkind", "vorname": "Ida"}]}',
        '{"voyageurs": [{"type": "enfant", "prénom": "Chloé"}]}',
        '{"pasajeros": [{"tipo": "niña", "nombre": "Lucía"}]}',
        '{"passeggeri": [{"tipo": "neonato", "nome": "Gaia"}]}',
        '{"passageiros": [{"tipo": "criança", "nome": "Rui"}]}',
        '{"passagiers": [{"soort": "baby", "naam": "Daan"}]}',
        '{"pasażerowie": [{"rodzaj": "niemowlę", "imię": "Zuzia"}]}',
        '"Reisenden": [{"kategorie": "Kind", "name": "Lea"}]',
        '{"patients": [{"category": "infant", "bed": 4}]}',
    ],
)
def test_an_infant_or_child_passenger_type(text: str) -> None:
    assert rules(text) == ["children.infant"]


@pytest.mark.parametrize(
    "text",
    [
        '{"age_months": 14, "ward": "B"}',
        '{"alter_monate": 30}',
        '{"age_mois": 5}',
        '{"edad_meses": 20}',
        '{"eta_mesi": 9}',
        '{"idade_meses": 40}',
        '{"leeftijd_maanden": 10}',
        '{"wiek_miesiace": 7}',
        '{"age_in_months": 155}',  # 12 years and 11 months
    ],
)
def test_an_age_field_in_months(text: str) -> None:
    assert rules(text) == ["children.infant_age"]


@pytest.mark.parametrize(
    "text",
    [
        '{"type": "baby", "name": "Sleep Lamp", "price": 19}',  # a shop's product type
        '{"category": "baby", "name": "Soft toy", "price": 9}',
        '{"node_type": "child", "name": "leaf"}',
        '{"passengers": [{"type": "adult", "name": "Ann"}]}',
        '{"age_months": 156, "passenger": "B. Ross"}',  # 13 years
        '{"warranty_months": 24}',
        '{"battery_age_months": 30}',
    ],
)
def test_no_infant_record(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Liste d'attente: Hugo, section des bébés",
        "Paula · grupo de bebés (0-1) · tarde",
        "Anmeldung für die Krabbelgruppe, Mia",
        "Zuzia – grupa niemowląt, sala 2",
        "Grupa maluchów: Ola, Staś",
    ],
)
def test_a_group_of_babies(text: str) -> None:
    assert rules(text) == ["children.infant"]


# --- a birth year said as a cohort, a birth date under a record's key ---
@pytest.mark.parametrize(
    "text",
    [
        "Anmeldung Tochter Lea, Jahrgang 2017, Schwimmkurs",
        "Syn Kuba, rocznik 2016, zapisy na basen",
        "Mio figlio, classe 2017, gioca a calcio",
        "ma fille, année 2016, catégorie poussins",
        '{"fecha_nacimiento": "2018-03-02", "nombre": "Lucía"}',
        '{"data_nascimento": "2019-01-15"}',
        '{"geboorte_datum": "2017-05-05"}',
        '{"birth_date": "2020-02-02"}',
        '{"data_nascita": "2016-10-10"}',
        "Zapisuję syna, rocznik 2017, na judo",  # a declined child word
        "Anmeldung: Sohn Ben, Geburtsjahr 2017",
        "year_of_birth: 2018, first_name: Ava",
        '{"rok_urodzenia": 2017, "imie": "Ola"}',
        '{"anno_di_nascita": 2019}',
        "Marek rocznik 2016",  # a cell that begins with a first name
        "Tochter Emma (Jg. 2017)",
    ],
)
def test_a_birth_year_or_a_birth_date_of_a_child(text: str) -> None:
    assert rules(text) == ["children.birth_date"]


@pytest.mark.parametrize(
    "text",
    [
        "Spätburgunder Jahrgang 2018, trocken",  # a wine's year
        "Samochód rocznik 2019, mały przebieg",  # a car's
        "Marek rocznik 1990",
        "Mio figlio, classe 2010, gioca a calcio",  # 15 or 16
        "Sohn Jahrgang 2012 meldet sich an",  # 13 from 1 July 2025
        '{"date_of_birth": "1990-02-02"}',
        '{"birth_year": 1988, "name": "Theo"}',
        "Geburtsjahr der Anlage: 2019",  # a thing's
    ],
)
def test_no_childs_birth_year(text: str) -> None:
    assert rules(text) == []


# --- ages after a name, twins and toddlers ---
@pytest.mark.parametrize(
    "text",
    [
        "Drawn by Maisie (age 8) for the school fair",
        "Mis gemelos de cuatro duermen la siesta",
        "Onze peuter van 3 wil alleen pasta",
        "We zoeken een oppas voor onze dreumes van 2",
    ],
)
def test_an_age_after_a_person(text: str) -> None:
    assert rules(text) == ["children.stated_age"]


@pytest.mark.parametrize(
    "text",
    [
        "Drawn by Maisie (age 14) for the school fair",
        "Course for adults (age 18+)",
        "Router (age 3) in the server room",
        "onze tweeling van 40 viert feest",
    ],
)
def test_no_childs_age_after_a_person(text: str) -> None:
    assert rules(text) == []


# --- school years written short in names and cells ---
@pytest.mark.parametrize(
    "text",
    [
        "Lucas_CE2_photo.jpg",
        "Ana-kl3-obiad.png",
        "tabletLeoKlasse3",
        "Zoe-age7-badge.png",
        "Isla Brown, P3, Riverside Primary",
        "portatil-Tiago-2ciclo",
        "mi hermano está en sexto",
        "Luis está en quinto de primaria",
        "Mi hija empieza primaria en septiembre",
        "Mam córkę w 3 klasie",  # the Polish locative
        "zoon geboren in 2018",
    ],
)
def test_a_short_school_year_or_age_in_a_name_or_cell(text: str) -> None:
    assert rules(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Sam_age15.jpg",
        "Ana-kl8-obiad.png",
        "tabletLeoKlasse9",
        "Isla Brown, P3 paper, A4",
        "maestra de primaria desde hace 10 años",  # a teacher
        "zoon geboren in 1990",
    ],
)
def test_no_short_primary_year(text: str) -> None:
    assert rules(text) == []


# --- parents: a meeting of a class's parents, a parent signing with the child's name ---
@pytest.mark.parametrize(
    "text",
    [
        "Liebe Grüße, Mama von Lina (2a)",
        "Parent délégué de la 3B, maman de Hugo",
        "Sarah Jones, mum of Alfie, class 2C rep",
        "Cumprimentos, pai do Tiago, 2.º B",
        "Pozdrawiam, tata Kuby, 3a",  # Polish: the child in the genitive
        "Met vriendelijke groet, vader van Lotte, 3B",
        "Un saludo, la madre de Pablo (3ºA)",
        "Freya's 7th birthday party at the trampoline park",
    ],
)
def test_a_parent_of_a_young_class(text: str) -> None:
    assert rules(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Ich unterrichte Klasse 3 an der Grundschule",  # a teacher, no parents' meeting
        "Sarah, mum of Alfie, says hello",  # no class
        "Sarah, mum of Alfie, flat 3B",  # a flat
        "Mama Kasia, 3a",  # a name in the nominative: no child named
        "Grüße von der Mama von Paul, Zimmer 2a",
        "Primary care, room P5, mum of Alfie",
        "Sarah, mother of Liam (Year 9)",  # 13 or 14
        "Twitter's 9th birthday",  # a firm's
        "Mum's 60th birthday party",
    ],
)
def test_no_young_class_of_a_parent(text: str) -> None:
    assert rules(text) == []


# --- born some time ago: the time since is the person's age ---
@pytest.mark.parametrize(
    "text",
    [
        "Sophie was born 8 years ago today",
        "Unser Sohn wurde vor 7 Jahren geboren",
        "mon fils est né il y a 6 ans",
        "mi hija nació hace 3 meses",
        "mio figlio è nato 5 anni fa",
        "nosso filho nasceu há 9 anos",
        "onze dochter is 4 jaar geleden geboren",
        "mój syn urodził się 6 lat temu",
        "baby born 2 weeks ago, all well",
    ],
)
def test_born_some_time_ago(text: str) -> None:
    assert "children.birth_date" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "the company was born 5 years ago",  # no person
        "our son was born 20 years ago",  # 20
        "ci siamo sposati 5 anni fa",  # "fa": ago, no age
    ],
)
def test_not_born_a_child_some_time_ago(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Meine Kinder (4 und 9) fanden den Zoo toll.",
        "Os meus filhos de 6 e 11 anos adoraram o museu.",
        "mi peque cumplió 4 añitos el sábado",
        '"edad_hijo": "7 años"',
    ],
)
def test_childrens_ages_said_together_or_fondly_are_children(text: str) -> None:
    assert rules(text)


@pytest.mark.parametrize(
    "text",
    [
        '"idade_equipamento": "11 anos"',
        '"leeftijd_fiets": "8 jaar oud"',
        "my kids of 14 and 16 loved the climbing wall",
        "Children of 5 and 8 eat free on Sundays",
    ],
)
def test_a_things_age_and_teenagers_together_are_no_child(text: str) -> None:
    assert rules(text) == []


def test_a_support_ticket_is_no_travel_ticket() -> None:
    # "ticket" of a help desk: the class of a train ticket is another thing
    assert rules("Ticket update - I'm in 4th grade and need help with the app. Thanks, Sam")
    assert rules("Train ticket, 2nd class, Year 4 discount card") == []


# --- a parents' meeting: a named child counts, the teacher's name does not ---
@pytest.mark.parametrize(
    "text",
    [
        "Ruby parents' evening – P3 – 18:10",
        "10-minutengesprek juf van Daan – groep 4",
        "Elternabend Klasse 2b – Lehrerin Frau Berg (für Paul)",
        "Reunião de pais 3º ano – prof. Sofia (Tiago)",
    ],
)
def test_a_parents_meeting_with_a_named_child_is_a_childs_school_year(text: str) -> None:
    assert "children.school_year" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ouderavond groep 7 - meester Bram",
        "Elternabend Klasse 3 – Frau Berger (Lehrerin)",
        "ouderavond groep 4, juf Sanne",
        "Year 5 parents' evening - teacher slots 4-7pm (Mrs Hale)",
        "Parking level P3, parents' evening in the main hall",
    ],
)
def test_a_parents_meeting_naming_only_the_teacher_is_no_child(text: str) -> None:
    assert rules(text) == []


# --- a pet's record and a matured cheese have their own ages ---
@pytest.mark.parametrize(
    "text",
    [
        '{"animal":"Luna","raca":"SRD","sexo":"femea","idade":9}',
        '{"dier":"Moos","ras":"Europese korthaar","leeftijd":11}',
        "Oude Goudse kaas 3 jaar gerijpt",
        "Bergkäse 2 Jahre gereift, 100 g",
    ],
)
def test_a_pets_or_a_cheeses_age_is_no_childs(text: str) -> None:
    assert rules(text) == []


# --- a book's or a product's record names the school year of its readers ---
@pytest.mark.parametrize(
    "text",
    [
        '{"curso": "4º primaria", "titulo": "cuaderno de vacaciones"}',
        '{"klasse": 3, "titel": "Rechenheft Sommer", "verlag": "Lernwelt"}',
        '{"classe": "CM1", "titre": "cahier de vacances", "isbn": "978-2-00-000000-0"}',
    ],
)
def test_a_books_school_year_is_no_childs(text: str) -> None:
    assert rules(text) == []


def test_a_childs_record_with_a_school_year_still_counts() -> None:
    assert "children.school_year" in rules('{"kind": "Lena", "klasse": 3, "schule": "GS Nord"}')
