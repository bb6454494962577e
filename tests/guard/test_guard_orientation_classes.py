"""Classes of writing that show a couple of one gender, in the eight languages: the writer
named in an aside or a self-introduction, a wedding or civil union of two named people, two
brides or two grooms, dating profiles that seek the person's own gender, a pronoun or a
gendered noun for the person beside a partner, a date with someone named, a partner named
after a word of either gender, a Polish partner "with" whom; and the near misses beside them."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import HEALTH, SEXUAL_ORIENTATION
from troth.guard.orientation import gender_of, same_gender_partner, writer_gender


def _finds(text: str) -> None:
    assert same_gender_partner(text), text
    assert SEXUAL_ORIENTATION in found(text)


def _misses(text: str) -> None:
    assert same_gender_partner(text) == [], text
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Łukasz", "m"),
        ("Kubą", "m"),
        ("Tomkiem", "m"),
        ("Kasią", "f"),
        ("Ola", "f"),
        ("Davide", "m"),
        ("Karim", "m"),
        ("Sanne", "f"),
    ],
)
def test_first_names_short_forms_and_polish_cases_have_a_gender(name: str, gender: str) -> None:
    assert gender_of(name) == gender


@pytest.mark.parametrize("word", ["Asia", "Vale", "Nowak", "Berlin"])
def test_places_and_common_words_are_no_first_names(word: str) -> None:
    assert gender_of(word) is None


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Rückruf bitte bis Freitag (ich: Sabine Krüger)", "f"),
        ("Emergency contact updated, me: Daniel Brooks", "m"),
        ("prenotazione confermata – io: Giorgio", "m"),
        ("reserva feita, eu: Beatriz", "f"),
        ("ich bin der Jonas aus dem Lager", "m"),
        ("soy la Marta de contabilidad", "f"),
        ("odbiorę w piątek, ja jestem Paweł", "m"),
        ("Świetny hotel, polecam! Łukasz", "m"),
        ("Merci pour le suivi. Claire Petit", "f"),
        ("bin selbst ein Kerl, also kein Problem", "m"),
        ("ik ben zelf een man, dus dat klopt", "m"),
    ],
)
def test_the_writer_named_in_an_aside_an_introduction_or_a_closing_name(
    text: str, gender: str
) -> None:
    assert writer_gender(text) == gender


@pytest.mark.parametrize(
    "text",
    [
        "Notfallkontakt: Ehefrau Sabine Krüger (ich: Anja Krüger)",
        "Emergency contact: husband Daniel Brooks (me: Peter Brooks)",
        "mój chłopak Bartek odbierze paczkę, ja jestem Paweł",
        "ik ben Lotte, mijn vrouw komt de sleutels halen",
        "mn vrouw haalt het pakket op, ik ben Femke",
        "mio marito passa a ritirare il pacco domani. io: Giorgio",
        "a minha mulher vem buscar as chaves (eu: Beatriz)",
        "mon mari viendra chercher le colis, moi : Thomas",
        "mi novio recoge el pedido, soy el Andrés",
        "mein Mann holt das Paket, ich bin der Jonas aus dem Lager",
        "z moją żoną Kasią będziemy w sobotę, polecam! Ewa",
    ],
)
def test_a_partner_word_and_the_writer_named_by_themself(text: str) -> None:
    _finds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Emergency contact: wife Laura Brooks (me: Daniel Brooks)",
        "Notfallkontakt: Ehefrau Sabine Krüger, Rückruf an Anja Krüger",
    ],
)
def test_a_partner_of_the_other_gender_or_a_writer_not_named_is_no_finding(text: str) -> None:
    _misses(text)


@pytest.mark.parametrize(
    "text",
    [
        "mio marito passa a ritirare il pacco domani. io: Giulia",
        "mój chłopak odbierze paczkę, ja jestem Kasia",
        "mi novio recoge el pedido, soy la Marta",
    ],
)
def test_a_woman_naming_herself_beside_her_husband_is_no_same_gender_couple(text: str) -> None:
    # the lexicon reads "mio marito" and "mój chłopak" on their own; this module must not
    # read a couple of one gender into them
    assert same_gender_partner(text) == []


@pytest.mark.parametrize(
    "text", ["ich bin der Meinung, dass es passt", "soy el responsable de la tienda"]
)
def test_an_article_and_a_noun_after_i_am_name_no_writer(text: str) -> None:
    assert writer_gender(text) is None


def test_a_speaker_label_in_a_transcript_names_no_writer() -> None:
    assert writer_gender("Customer: my wife cannot log in. me: Anna, could you send it?") is None


def test_a_middle_initial_is_no_title() -> None:
    text = "Will my account stay active? It is under my partner's name Shane M Culp"
    assert same_gender_partner(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hochzeit von Jonas und Felix: Fotos bis Freitag hochladen",
        "boda de Lucía y Carmen – menú vegetariano para 80",
        "hochzeit_jonas_und_felix_2027.pdf",
        "wedding-photos-Emma-and-Olivia.zip",
        "Anna i Zofia - ślub cywilny w Kopenhadze, zaproszenia do druku",
        "casamento do Pedro e do Tiago, orçamento das flores",
        "Mr J. Patel & Mr K. Osei: civil partnership certificate attached",
        "huwelijk van Bram en Joost op 12 juni, zaal gereserveerd",
    ],
)
def test_a_wedding_or_civil_union_of_two_named_people_of_one_gender(text: str) -> None:
    _finds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hochzeit von Jonas und Lena: Fotos bis Freitag hochladen",
        "Anna und Maria waren Trauzeuginnen auf der Hochzeit von Jonas und Lena",
        "boda de Lucía y Andrés – menú vegetariano para 80",
        "wedding-invoice-Tom-2026.pdf",
        "Ewa i Zofia przyjdą na spotkanie w sprawie faktury",
        "Wedding of Anna and Maria's brother Tom, 12 June",
    ],
)
def test_a_wedding_of_a_man_and_a_woman_or_no_wedding_is_no_finding(text: str) -> None:
    _misses(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're two grooms on our honeymoon – is the suite still free?",
        "Zwei Bräute, ein Fest: unsere Hochzeit im Juni",
        "Somos dos novias buscando finca para la boda",
        "Siamo due spose, cerchiamo una location per il matrimonio",
        "dwóch facetów, jedno łóżko małżeńskie – bez problemu",
        "deux mecs en lune de miel, accueil parfait",
        "duas noivas no mesmo casamento, tudo correu bem",
        "twee bruiden en een huwelijksreis naar Lissabon",
    ],
)
def test_two_brides_two_grooms_or_two_men_as_a_couple(text: str) -> None:
    _finds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dos chicas del equipo de ventas reservaron la sala B",
        "deux mecs du support ont réparé le serveur",
        "les deux mariés ont ouvert le bal",
        "Two brides-to-be asked about the venue, separate quotes please",
        "my wife and I took our two girls to the beach",
        "two women from HR planned the company anniversary",
    ],
)
def test_two_people_of_one_gender_without_a_couple_are_no_finding(text: str) -> None:
    _misses(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"gender": "female", "looking_for": "women", "age": 31}',
        "Ich bin: Mann · Ich suche: Mann · 30-40",
        "Perfil: soy mujer y busco mujeres de 30 a 40",
        "Il profilo di Giulia: cerca donne, 25-35",
        "Profil: Tomek szuka mężczyzn w wieku 30-40",
        "Datingapp-export-Pieter-mannen-zoeken.csv",
        "men seeking men, central London, 35+",
        '{"perfil": {"sexo": "homem", "procura": ["homens"]}}',
    ],
)
def test_a_dating_profile_seeking_the_persons_own_gender(text: str) -> None:
    _finds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il sig. Bassi cerca una donna delle pulizie per il martedì",
        "Je suis un homme et je cherche une femme, 30-40 ans",
        '{"gender": "male", "seeking": ["women"]}',
        "Our company is seeking women engineers for the data team",
        "Anna busca mujeres para su equipo de fútbol",
        "Maria zoekt vrouwen voor haar koor",
        "women seeking men, 25-35",
        "Looking for women's shoes in size 38 – Anna",
        "Our choir is looking for women! Contact Anna",
        "Wir suchen Männer, Frauen und Kinder als Statisten. Gruß, Jonas",
        "Tomek szuka mężczyzn do pracy na budowie",
    ],
)
def test_seeking_the_other_gender_or_seeking_no_partner_is_no_finding(text: str) -> None:
    _misses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ela e a namorada pediram reembolso do quarto",
        "La clienta quiere añadir a la novia como segunda titular",
        "Il cliente chiede di aggiungere il fidanzato alla polizza",
        "Le client veut ajouter le compagnon à son contrat",
        "Pani Nowak przyszła z żoną po klucze",
    ],
)
def test_a_pronoun_or_a_gendered_noun_for_the_person_beside_a_partner(text: str) -> None:
    _finds(text)


@pytest.mark.parametrize(
    "text",
    [
        "O cliente e a namorada pediram reembolso do quarto",
        "La clienta dice que su amiga la acompañará",
        "She said her brother's girlfriend will pay the deposit",
        "Pan Kowalski przyszedł z żoną po klucze",
        "Le client veut ajouter la compagne à son contrat",
        "La clienta es la novia de la boda del sábado",
        "La clienta, madre de la novia, pide otra mesa",
    ],
)
def test_a_partner_of_the_other_gender_or_someone_elses_is_no_finding(text: str) -> None:
    _misses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kolacja z Kasią, rocznica ❤️ – ja: Ola",
        "Abendessen mit Jonas, 1. Jahrestag 💕 (ich: Felix)",
        "drinks with Sophie, our anniversary 🥂 – Emma",
        "Dîner avec Hugo, notre anniversaire ❤️ — Louis",
        "Aperitivo con Marta (secondo appuntamento!) – Giulia",
        "Jantar com o Rui, 2 anos de namoro 💙 (eu: Tiago)",
    ],
)
def test_a_date_or_an_anniversary_with_someone_of_the_writers_gender(text: str) -> None:
    _finds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lunch with Mark, company anniversary – Paul",
        "Cena con Marco ❤️ – Giulia",
        "Call with Tom about the delivery date – Jake",
        "Cena con Sara, anniversario del negozio – io: Chiara",
        "Meeting with Anna about the anniversary campaign ❤️ – Maria",
        "Brunch with Anna ❤️ – Maria",
        "Dîner avec Hugo pour son anniversaire — Louis",
        "Jantar com o Rui, aniversário dele (eu: Tiago)",
        "Kolacja z Bartkiem, rocznica ❤️ – ja: Ola",
    ],
)
def test_a_date_with_the_other_gender_or_a_companys_anniversary_is_no_finding(
    text: str,
) -> None:
    _misses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bitte meinen Lebensgefährten Jonas eintragen. Gruß, Markus",
        "Merci d'ajouter ma conjointe Élodie à la mutuelle. Claire Petit",
        "Byłem tam z mężem w maju, wszystko super",
    ],
)
def test_a_partner_named_after_a_word_of_either_gender_or_a_polish_partner_with(
    text: str,
) -> None:
    _finds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Merci d'ajouter mon conjoint Karim à la mutuelle. Claire Petit",
        "my business partner Mark signs the lease. Tom",
        "Unser Geschäftspartner Mark kommt am Montag. Gruß, Tom",
        "Byłam tam z mężem w maju, wszystko super",
        "Byliśmy z żoną na urlopie. Pozdrawiam, Marek",
        "Sąsiadka przyszła z mężem po paczkę. Pozdrawiam, Marek",
    ],
)
def test_a_partner_of_the_other_gender_or_a_business_partner_is_no_finding(text: str) -> None:
    _misses(text)


# each class once in each of the eight languages (en de fr es it pt nl pl)
@pytest.mark.parametrize(
    "text",
    [
        "Please add my wife to the policy (me: Rachel Green)",
        "Bitte meine Frau in die Police aufnehmen (ich: Katrin Vogt)",
        "Merci d'ajouter ma femme au contrat (moi : Sophie Martin)",
        "Por favor añadan a mi mujer a la póliza (yo: Lucía Gómez)",
        "Per favore aggiungete mia moglie alla polizza (io: Francesca Neri)",
        "Por favor acrescentem a minha mulher à apólice (eu: Joana Costa)",
        "Graag mijn vrouw toevoegen aan de polis (ik: Eva de Vries)",
        "Proszę dopisać moją żonę do polisy (ja: Anna Nowak)",
        "my husband will pick up the keys, I'm Liam btw",
        "mein Mann holt den Schlüssel, ich bin der Lukas",
        "mon mari passera prendre les clés, c'est Pierre",
        "mi marido recoge las llaves, soy Pablo",
        "mio marito ritira le chiavi, sono Marco",
        "o meu marido vai buscar as chaves, sou o João",
        "mijn man haalt de sleutels op, ik ben Daan",
        "mój mąż odbierze klucze, jestem Piotr",
        "Wedding of James and Oliver - seating plan v3",
        "Hochzeit von Lena und Sophie – Sitzplan",
        "mariage de Chloé et Léa - plan de table",
        "boda de Carmen y Lucía – distribución de mesas",
        "matrimonio di Giulia e Sara - tavoli",
        "casamento da Ana e da Beatriz - mesas",
        "bruiloft van Daan en Sem - tafelindeling",
        "ślub Marka i Piotra - plan stołów",
        "unione-civile-Marco-e-Luca.pdf",
        "huwelijk_Bram_en_Joost_2026.zip",
        "two grooms in the honeymoon suite, please add champagne",
        "zwei Männer, ein Doppelbett, keine Fragen – super Hotel",
        "deux femmes en lune de miel, personnel adorable",
        "dos hombres en la suite nupcial con cama de matrimonio, todo perfecto",
        "due uomini e un letto matrimoniale, nessun problema",
        "duas mulheres em lua de mel, equipe simpática",
        "twee mannen op huwelijksreis, prima hotel",
        "dwie kobiety w podróży poślubnej, łóżko małżeńskie bez problemu",
        "gender: female; seeking: women; age 28",
        "Geschlecht: männlich, sucht: Männer",
        "Je suis une femme, je cherche une femme, 30-40 ans",
        "Soy hombre y busco hombres",
        "Sono una donna e cerco donne",
        "Sou homem, procuro homens 25-35",
        "Ik ben een man en zoek mannen",
        "Jestem kobietą, szukam kobiet",
        "She and her wife booked the spa day",
        "Sie und ihre Frau haben storniert",
        "Elle et sa compagne ont annulé",
        "Ella y su novia cancelaron la reserva",
        "Lei e la sua ragazza hanno annullato",
        "Ela e a namorada cancelaram a reserva",
        "Zij en haar vrouw hebben geannuleerd",
        "Ona i jej dziewczyna odwołały rezerwację",
        "He and his boyfriend cancelled the booking",
        "Er und sein Freund haben die Buchung storniert",
        "Il et son copain ont annulé",
        "Él y su novio cancelaron la reserva",
        "Lui e il suo compagno hanno annullato",
        "Ele e o namorado cancelaram a reserva",
        "Hij en zijn vriend hebben geannuleerd",
        "On i jego chłopak odwołali rezerwację",
    ],
)
def test_each_class_in_the_eight_languages(text: str) -> None:
    _finds(text)


@pytest.mark.parametrize(
    "text",
    [
        "She and her husband cancelled the booking",
        "Er und seine Frau haben storniert",
        "my wife and I loved it. Thanks, Mark",
        "Ella y su novio cancelaron la reserva",
        "Ele e a namorada cancelaram a reserva",
        "Il et sa copine ont annulé",
        "Lei e il suo ragazzo hanno annullato",
        "Hij en zijn vrouw hebben geannuleerd",
        "On i jego żona odwołali rezerwację",
        "Ona i jej mąż odwołali rezerwację",
        "My friend Tom and I went, I'm Jake",
        "Hochzeit von Anna und Paul",
        "two women from accounting joined the call",
        "Geschlecht: weiblich, sucht: Männer",
        "partner: Acme GmbH, contact Frank Meier and Jan Weber",
        "Mr Smith and Mr Jones, business partners, signed the lease",
    ],
)
def test_near_misses_in_the_eight_languages(text: str) -> None:
    _misses(text)


# staff, relatives, colleagues, professionals and business partners beside the classes
@pytest.mark.parametrize(
    "text",
    [
        "My husband booked the room for us. Thanks! Laura",
        "Mein Mann hat gebucht. Liebe Grüße. Sabine",
        "Mon mari a réservé. Bonne journée. Claire",
        "Mi marido reservó la habitación. Saludos. Elena",
        "Wedding planner: Anna and Maria from Bloom Events will call you",
        "Hochzeitsfotografen Jonas und Felix – Angebot anbei",
        "boda: las damas de honor Lucía y Carmen llegan a las 10",
        "Zwei Frauen vom Catering brauchen einen Parkplatz für die Hochzeit",
        "two guys from IT fixed the projector before the wedding rehearsal",
        "dos chicos del hotel llevaron las maletas a la suite nupcial",
        "Im Profil steht: Geschlecht männlich, sucht Frauen",
        "Gender: female. Looking for: a man with a van for the move",
        "Il sig. Rossi cerca uomini per il trasloco, 2 persone",
        "Procuramos mulheres para a equipa de futebol feminino – Ana",
        "Szukamy kobiet do zespołu sprzedaży. Pozdrawiam, Ewa",
        "Lunch with Sara on her work anniversary – Giulia",
        "Kolacja z Kasią, rocznica firmy – ja: Ola",
        "Aperitivo con Matteo, 2° appuntamento col commercialista – Lorenzo",
        "El cliente dice que su hija y su novio llegan mañana",
        "La paciente viene con su hija y la novia de su hija",
        "O cliente pediu para o filho e o namorado do filho ficarem no quarto",
        "Pani Nowak przyszła z córką i jej chłopakiem",
        "Pan Kowalski jest żonaty z panią Nowak",
        "Emergency contact: husband Tom Baker. Agent: Jake",
        "Notfallkontakt: Ehemann Peter Braun, Bearbeiter: Jonas Weber",
        "partner: Jan Kowalski, Piotr Nowak (wspólnicy spółki)",
        "Doppelzimmer mit Doppelbett für Herrn Meier und Herrn Schulz (Kollegen, Geschäftsreise)",
        "letto matrimoniale per i fratelli Marco e Luca Bianchi",
        "Ich bin der Tom, mein Kumpel Max kommt auch mit",
        "Me: Tom. Spouse: Anna. Kids: Ben, Lea",
        "Eu: Beatriz, marido: João",
        "Wir sind zwei Männer aus dem Einkauf und brauchen ein Zimmer mit Schreibtisch",
        "deux hommes en réunion, salle B, pas de lit",
        "Ona i jej partnerka biznesowa założyły firmę",
        "She and her business partner Anna opened a shop",
        "Er und sein Geschäftspartner Tom kommen am Montag",
        "Il et son associé Paul arrivent lundi",
        "Dinner mit den Kollegen – Jahrestag der Firma – ich: Jonas",
        "wedding-invoice-Anna-and-Maria-florist.pdf",
        "Byliśmy z żoną i z córką. Michał",
        "z mężem Kasi byliśmy na rybach. Pozdrawiam, Tomek",
        "Hochzeit meiner Schwester: Anna und Tom, 12. Juni",
    ],
)
def test_people_of_one_gender_who_are_no_couple(text: str) -> None:
    _misses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mio marito ha prenotato. Grazie mille. Giulia",
        "O meu marido fez a reserva. Obrigada. Ana",
        "Mijn man heeft geboekt. Groetjes. Sanne",
        "Mój mąż zarezerwował pokój. Dziękuję. Kasia",
        "Hey, sono Marco, mia moglie Giulia ha prenotato",
        "Cześć, jestem Ola, mój mąż Piotr odbierze zamówienie",
    ],
)
def test_a_woman_signing_beside_her_husband_is_no_same_gender_couple(text: str) -> None:
    # the lexicon reads "mio marito", "mój mąż" on their own; no couple of one gender here
    assert same_gender_partner(text) == []


# titles of one gender at a wedding, fiancés, sign-offs and records, in other words again
@pytest.mark.parametrize(
    "text",
    [
        "Dear team, my husband Carlos will collect the order. Kind regards, Miguel Santos",
        "Hi! I'm Sophie, my girlfriend and I want to book the loft",
        "Meine Frau und ich suchen ein Ferienhaus. Grüße, Petra",
        "Io e mia moglie arriviamo alle 18. Firmato: Laura",
        "Mi esposa y yo llegaremos tarde. Atentamente, Rosa Martín",
        '{"płeć": "kobieta", "szuka": "kobiety"}',
        "Geslacht: man | Zoekt: man | 30-45",
        "Grindr_export_Jonas_men_seeking.zip",
        "Verpartnerung von Herrn Albers und Herrn Kühn am 3. Mai",
        "Miss Clark and Miss Evans, civil partnership registered 2024",
        "Mariage de M. Dubois et M. Laurent, samedi 14h",
        "ślub pana Nowaka i pana Zielińskiego, sala nr 2",
        "Nozze di Giulia e Francesca, 20 giugno – tavoli",
        "bruiloft-Femke-en-Sanne-fotos.zip",
        "ela e a esposa dela vieram ao check-in",
        "Sie und ihre Freundin Lara kommen zusammen",
        "Lui e il suo fidanzato hanno prenotato la suite",
        "A cliente quer incluir a companheira no plano",
        "Jantar com a Rita, nosso aniversário de namoro – Marta",
        "Kino z Anią, nasza rocznica ❤️ – Kasia",
    ],
)
def test_more_wordings_of_the_classes(text: str) -> None:
    _finds(text)


def test_an_english_date_word_is_read_where_the_text_reaches_this_module() -> None:
    # "date" is too common a word to open the guard's gate; the rule itself reads it
    assert same_gender_partner("Abendessen mit Lukas – 2. Date – Tim")


def test_two_colleagues_in_a_double_room_are_no_couple() -> None:
    _misses("Doppelzimmer mit Doppelbett für Herrn Meier und Herrn Schulz (Kollegen, Messe)")


@pytest.mark.parametrize(
    "text",
    [
        "me and my girlfriend are coming tomorrow",
        "ich und mein mann fahren morgen nach berlin",
        "je viens avec mon copain samedi",
        "voy con mi novio al concierto",
        "io e mio marito arriviamo domani",
        "eu e o meu marido chegamos amanhã",
        "ik kom met mijn vrouw naar de borrel",
        "ja i mój mąż przyjedziemy jutro",
    ],
)
def test_a_partner_word_alone_says_nothing_of_orientation(text: str) -> None:
    # the writer's gender is not known: the partner may be of either gender to them
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    "text", ["PlanetRomeo Premium – Abo – Kunde 4471", "taimi_chat_export_Jonas.zip"]
)
def test_a_gay_or_lesbian_dating_app_in_a_record_is_orientation(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "eu e o meu namorado vamos morar juntos em março!! (tiago)",
        "io e la mia ragazza ci sposiamo a giugno (giulia)",
    ],
)
def test_a_name_in_brackets_closing_a_chat_names_the_writer(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


def test_a_name_in_brackets_of_the_other_gender_finds_nothing() -> None:
    assert SEXUAL_ORIENTATION not in found("eu e o meu namorado vamos morar juntos!! (ana)")


@pytest.mark.parametrize(
    "text",
    [
        "io (Marta) e la mia ragazza prendiamo la camera doppia",
        "mijn vriendin en ik (Sanne) zoeken een huurhuis",
        "ich (Jonas) und mein Freund ziehen im Mai zusammen",
        "ma copine et moi (Léa) réservons pour deux",
        "Please add my wife, Joanne Pike, to the account. Kind regards, Mrs Helen Pike",
        "Bitte meine Frau mitversichern. Viele Grüße, Frau Anke Mohr",
        "me and my boyfriend Theo moved in: two lads, one sofa",
    ],
)
def test_a_writer_named_by_pronoun_and_brackets_or_title_beside_a_partner(text: str) -> None:
    _finds(text)


@pytest.mark.parametrize(
    "text",
    [
        "io (Marco) e la mia ragazza prendiamo la camera doppia",
        "Please add my wife, Joanne Pike, to the account. Kind regards, Mr Peter Pike",
        "c'est moi qui réserve, ma copine arrive plus tard",  # a pronoun, no name
        "two lads from the warehouse will deliver the sofa",
    ],
)
def test_the_other_gender_or_no_name_is_no_finding(text: str) -> None:
    _misses(text)


@pytest.mark.parametrize(
    "text",
    [
        "en tant qu'homme qui couche avec des hommes je prends la PrEP",
        "Couples counselling next week – intimacy issues, me and Sam",
        "Termin Sexualberatung: Libidoverlust seit der Geburt",
    ],
)
def test_sex_with_men_and_intimacy_or_libido_are_sex_life(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a partner named by a title of the same gender as the person a title named before
        "Mitglied Herr Yusuf Demir meldet seinen Partner Herrn Lukas Brenner für den Paartarif an",
        "Il socio Sig. Yassin Haddad iscrive il compagno Sig. Luca Peroni alla tariffa coppia",
        "Lid dhr. Yassin Haddad meldt zijn partner dhr. Lucas Prins aan voor het duo-abonnement",
        # "Mevr." ends no sentence: "haar vrouw" is hers
        "Mevr. Renate Claassen wil een en/of-rekening met haar vrouw Sandra",
    ],
)
def test_a_titled_partner_of_the_titled_persons_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Herr Demir meldet seine Partnerin Frau Anna Brenner für den Paartarif an",
        "Mr Weber and his business partner Mr Klein are coming tomorrow",
    ],
)
def test_a_titled_partner_of_the_other_gender_or_in_business(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thu 18:00 – psychosexual therapy with J (Dr Amin), keep private",
        "Jue 18:00 terapia sexual de pareja con M. (consulta Dra. Arnau) – privado",
        # "Jeu" is Thursday before a time, not a game
        "Jeu 18h sexothérapeute avec M. (cabinet Dr Arnaud) – privé, ne pas déplacer",
    ],
)
def test_a_sex_therapy_in_an_agenda_is_sex_life_and_health(text: str) -> None:
    assert {SEXUAL_ORIENTATION, HEALTH} <= found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a partnership's accented words open the reading
        "União estável – Fernanda Costa e Juliana Dias – registrada em cartório 2022",
        # a partner named by a title after a comma, in Polish cases
        "pan Romek zaprosił nas na urodziny swojego partnera, pana Zbyszka",
    ],
)
def test_a_partnership_or_a_titled_partner_after_a_comma(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Standesamt: Herr Jan Peters und Herr Lukas Nowak möchten die Eheschließung anmelden.",
        "Registro Civil: Dña. Carmen Soler y Dña. Beatriz Llorente solicitan iniciar el "
        "expediente matrimonial.",
        # the writer named after a greeting, and a spouse "to" a person of the same gender
        "Hi all, Dave here from no. 14 - me and my husband Gareth are hosting the drinks",
        "Jordan Ellis (he/him)\nCo-chair, Staff Network\nProud husband to Pete",
    ],
)
def test_a_same_gender_marriage_registered_or_a_spouse_named(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Standesamt: Herr Jan Peters und Frau Lea Nowak möchten die Eheschließung anmelden.",
        "Hi all, Dave here, my wife Sarah says hello",
        "Proud husband to Anna and dad of two",
    ],
)
def test_a_marriage_of_a_man_and_a_woman(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Verzorgers: Ahmed Benali en zijn man Peter Vos",
        "Accompagnant : mon copain Hugo · Inscrit : Maxime Dufresne",
        "Osoba towarzysząca: moja dziewczyna Ola · zgłasza: Natalia Grabowska",
    ],
)
def test_a_partner_after_his_or_her_or_beside_the_one_who_signs_up(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Herr Klein und seine Frau Anna kommen zum Sommerfest",
        "Accompagnant : mon copain Hugo · Inscrite : Julie Martin",
    ],
)
def test_a_partner_of_the_other_gender_beside_the_one_who_signs_up(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)
