"""Classes of reading that hold in every language: who a plural or a description names,
words that are a person's in one language and a common word in another, figures and
landmarks, campaigns and features, and the children's rules that go with them."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import (
    BIOMETRIC,
    CHILD,
    GENETIC,
    HEALTH,
    POLITICS,
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
    UNION,
)
from troth.guard.lexicon import load_languages


@pytest.mark.parametrize(
    "text",
    [
        "Li ontem no jornal uma reportagem sobre o sono e a asma nas cidades.",
        "Spotkanie o astmie w sali 12, materiały w folderze działu.",
        "Er is veel vraag naar informatie over diabetes bij onze klanten.",
    ],
)
def test_a_persons_word_of_another_language_names_no_one(text: str) -> None:
    # Italian "sono" (I am) is Portuguese "sleep", Spanish "salí" (I left) Polish "room",
    # German "er" (he) Dutch "there": in a sentence of the other language, no one is named
    assert found(text) == set()


def test_the_same_words_name_the_writer_in_their_own_language() -> None:
    assert found("Sono diabetico da dieci anni e porto sempre il glucometro.") == {HEALTH}
    assert found("Ich bin Diabetikerin und brauche einen Kühlschrank im Zimmer.") == {HEALTH}


def test_the_markers_of_each_language_come_from_word_frequencies() -> None:
    markers, homographs = load_languages()
    assert "nao" in markers and markers["nao"] == {"pt"}
    assert homographs["sono"] == ({"it"}, {"pt"})
    assert "fr" in homographs["ai"][0] and "it" in homographs["ai"][1]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("El vecino nos insulta desde que supo que somos musulmanes.", RELIGION),
        ("Ci hanno rifiutato il tavolo perché siamo sinti.", RACE),
        ("On est tous les deux porteurs sains de la drépanocytose.", GENETIC),
        ("Wir sind beide Anlageträger für Mukoviszidose, sagt die Ärztin.", GENETIC),
        ("Jesteśmy Kaszubami i chcemy formularz po kaszubsku.", RACE),
        ("Uno de nosotros es celíaco, ¿tenéis pan sin gluten?", HEALTH),
        ("Een van ons heeft epilepsie, is er een rustige kamer?", HEALTH),
    ],
)
def test_a_plural_first_person_names_the_writers_group(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("honestly as a gay guy this dating app never shows me anyone", SEXUAL_ORIENTATION),
        ("Als Muslimin finde ich die Kantine schwierig, es gibt nie halal.", RELIGION),
        ("En tant que diabétique je voudrais des collations sans sucre.", HEALTH),
        ("Como mujer gitana me siguen en cada tienda de este centro.", RACE),
        ("Jako katoliczka nie pracuję w Wielki Piątek.", RELIGION),
    ],
)
def test_a_description_as_something_names_the_writer(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "if one of us ever got diabetes would we have to tell HR? asking generally",
    ],
)
def test_a_hypothetical_member_of_a_group_or_a_list_names_no_one(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "that plot twist gave me cancer lmao",
        "esa canción me da cáncer jajaja",
        "questa pubblicità mi fa venire il cancro ahahah",
        "die Musik gibt mir Krebs xD",
    ],
)
def test_a_laughing_figure_of_speech_is_no_condition(text: str) -> None:
    assert found(text) == set()


def test_laughter_beside_a_persons_own_condition_still_tells() -> None:
    assert found("lol I have covid again, no office for me") == {HEALTH}
    assert found("jaja mi hermano tiene diabetes y come tarta") == {HEALTH}


@pytest.mark.parametrize(
    "text",
    [
        "The bakery is next to the mosque, parking at the back.",
        "Lieferung bitte an den Laden gegenüber der Kirche, Hintereingang.",
        "Il negozio è accanto alla chiesa, citofono 3.",
        "Dostawa do sklepu obok kościoła, wejście od podwórza.",
    ],
)
def test_a_place_of_worship_named_to_find_the_way_is_no_belief(text: str) -> None:
    assert found(text) == set()


def test_going_to_a_place_of_worship_is_a_practice() -> None:
    assert found("Ich wohne neben der Moschee und gehe jeden Freitag zum Gebet.") == {RELIGION}


@pytest.mark.parametrize(
    "text",
    [
        "La enfermera de planta me cambió el vendaje y fue muy amable.",
        "A enfermeira do turno da noite esqueceu-se do meu pedido.",
        "L'infermiera del reparto ha chiamato per l'appuntamento.",
    ],
)
def test_a_nurse_is_no_illness(text: str) -> None:
    assert HEALTH not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vaccination contre la grippe pour tout le service jeudi matin.",
        "Campaña de vacunación contra la gripe en la planta 2 el lunes.",
        "Szczepienie przeciw grypie dla całego biura w czwartek.",
    ],
)
def test_a_vaccination_campaign_is_no_condition(text: str) -> None:
    assert found(text) == set()


def test_ones_own_vaccination_is_still_told() -> None:
    assert found("Meine Tochter hat Grippe, sie bleibt zu Hause.") == {HEALTH}


@pytest.mark.parametrize(
    "text",
    [
        "Please add fingerprint login for the warehouse tablets by March.",
        "Propuesta: activar el acceso con huella en los portátiles del almacén.",
        "Wdrożenie logowania odciskiem palca na terminalach w magazynie.",
    ],
)
def test_a_way_of_logging_in_named_as_a_feature_is_no_sample(text: str) -> None:
    assert found(text) == set()


def test_a_persons_own_fingerprint_login_is_a_sample() -> None:
    assert BIOMETRIC in found("Since the update I can't log in with my fingerprint at all.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Per la tessera porto il velo per motivi religiosi, va bene?", RELIGION),
        ("Für den Ausweis: ich trage ein Kopftuch aus religiösen Gründen, geht das?", RELIGION),
        ("Noszę hidżab ze względów religijnych, czy to problem?", RELIGION),
    ],
)
def test_a_short_question_after_a_statement_does_not_unsay_it(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My husband and I are both men, please fix the salutation.",
        "Mein Mann und ich sind beide Männer, bitte die Anrede ändern.",
        "Mijn vrouw en ik zijn allebei vrouwen, pas de aanhef aan.",
    ],
)
def test_a_couple_of_one_gender_said_in_words(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her thesis on plant genetics is due on Friday.",
        "Neue Rezepte für Diabetiker im Shop, diese Woche 10 % günstiger.",
        "Tijdens de ramadan is het filiaal open van 10 tot 16 uur.",
        "Devis pour 4 lecteurs d'empreintes digitales, livraison en janvier.",
    ],
)
def test_topics_products_and_opening_hours_name_no_one(text: str) -> None:
    assert found(text) == set()


def test_leaving_a_union_is_no_sick_leave() -> None:
    assert found("Me di de baja de CCOO en junio, dejen de cobrarme la cuota sindical.") == {UNION}
    assert HEALTH in found("Estoy de baja desde el lunes por una lumbalgia.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Nous sommes porteurs sains de la mucoviscidose, tous les deux.", GENETIC),
        ("Siamo portatori sani di talassemia, lo dice il consultorio.", GENETIC),
        ("Ich halte den Schabbat, freitags nach 15 Uhr bin ich weg.", RELIGION),
        ("Przestrzegam szabatu, w soboty nie pracuję.", RELIGION),
        ("My bank switched on voice recognition for my account without asking.", BIOMETRIC),
        ("O banco ativou o reconhecimento de voz na minha conta.", BIOMETRIC),
    ],
)
def test_words_of_each_language_for_carriers_the_sabbath_and_voices(
    text: str, category: str
) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Für meine Tochter, sie ist sieben und liest gern.",
        "Voor mijn zoon, hij is negen en speelt graag buiten.",
        "For my daughter, she's nine and loves puzzles.",
        "Meine Tochter ist in der dritten Klasse.",
        "Syn chodzi do czwartej klasy.",
    ],
)
def test_a_childs_age_after_a_pronoun_and_an_ordinal_school_year(text: str) -> None:
    assert found(text) == {CHILD}


@pytest.mark.parametrize(
    "text",
    [
        "Mein Sohn, er ist 34 und wohnt in Köln.",
        "Ich unterrichte eine vierte Klasse in Graz.",
        "J'enseigne en CM1 depuis cinq ans.",
        "Insegno in una quarta elementare a Bari.",
        "Uczę w drugiej klasie, potrzebuję 25 kont.",
        "Die Gasheizung ist 11 Jahre alt und muss ersetzt werden.",
        "De cv-ketel is 12 jaar oud.",
    ],
)
def test_adults_teachers_and_objects_are_no_children(text: str) -> None:
    assert CHILD not in found(text)


def test_a_party_member_leaving_the_paper_is_still_political() -> None:
    assert POLITICS in found("Llevo 15 años afiliada al PSOE y me doy de baja del periódico.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Wir proben donnerstags mit dem Kirchenchor, ich bin Alt.", RELIGION),
        ("Mijn vrouw zingt in het kerkkoor van de parochie.", RELIGION),
        ("Canto en el coro parroquial desde hace diez años.", RELIGION),
        ("Nowy czytnik skanuje moją twarz przy wejściu i mnie odrzuca.", BIOMETRIC),
        ("O torniquete rejeita o meu rosto desde que deixei crescer a barba.", BIOMETRIC),
    ],
)
def test_a_church_choir_and_a_face_rejected_in_each_language(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kardiologie 9:30 – Kontrolle Herzschrittmacher", HEALTH),
        ("Prière du vendredi à la mosquée, 13h30", RELIGION),
        ("Spotkanie z księdzem ok. 18:00 w sprawie chrztu", RELIGION),
    ],
)
def test_an_agenda_entry_is_the_writers_own(text: str, category: str) -> None:
    assert category in found(text)


def test_an_event_for_everyone_in_an_agenda_is_still_no_ones() -> None:
    assert found("Diwali lunch in the canteen 12:30 – everyone welcome") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Sono portatrice sana di fibrosi cistica, lo dice il test.",
        "Uitslag: drager van sikkelcelziekte, verder gezond.",
        "Jestem nosicielką hemofilii, badanie z marca.",
    ],
)
def test_a_healthy_carrier_is_genetic_not_ill(text: str) -> None:
    assert found(text) == {GENETIC}


def test_a_carrier_whose_son_is_ill_tells_both() -> None:
    assert found(
        "Soy portadora de una mutación; mi hijo de 20 años tiene epilepsia desde niño."
    ) >= {GENETIC, HEALTH}


@pytest.mark.parametrize(
    "text",
    [
        "Kontrolle Lena (6 Wochen) bei der Hebamme",
        "Vaccin de Jules (2 mois) jeudi",
        "nasze bliźniaki (5 lat) uwielbiają basen",
        "figlia di 8 con la febbre, lavoro da casa",
        "mijn zoon van 7 heeft de mazelen",
    ],
)
def test_an_infant_or_a_child_with_their_age_in_brackets_or_of_an_age(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wij vierden ons 12-jarig huwelijk in het hotel.",
        "Kurs: Year 3 Diploma (adult learners, evening)",
        "Curso: 2.º ano (adultos), pós-laboral",
        "Die Kaffeemaschine im 3. OG ist kaputt.",
        "Lego ab 9 ans, dès 9 ans, offert à mon mari.",
        "Trikot Größe 8-10 Jahre, neu mit Etikett",
    ],
)
def test_anniversaries_adult_courses_floors_ratings_and_sizes_are_no_children(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Andrologo ore 18 – eiaculazione precoce",
        "Gynécologue 17h – douleurs pendant les rapports",
        "Sexuoloog, 16:00 – seksuele problemen",
    ],
)
def test_care_of_ones_sex_life_is_health_too(text: str) -> None:
    assert found(text) >= {HEALTH, SEXUAL_ORIENTATION}


@pytest.mark.parametrize(
    "text",
    [
        "io e la mia ragazza (sono una ragazza anch'io) cerchiamo un bilocale",
        "moi et ma copine (je suis une femme) cherchons un studio",
        "Byłyśmy z moją dziewczyną w Gdańsku, polecam.",
    ],
)
def test_a_woman_with_her_girlfriend_said_of_herself(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


def test_italian_sono_before_a_plural_participle_is_they() -> None:
    assert found("Sono arrivati i Testimoni di Geova in portineria, che facciamo?") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Il contraente è sindaco (Lega) di un comune veneto.",
        "Schepen van Cultuur (N-VA), Gemeente Boom",
        "Tomador es alcalde del PP en su pueblo.",
    ],
)
def test_a_mayor_or_an_alderman_of_a_party(text: str) -> None:
    assert POLITICS in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ('"convicciones": "agnóstica, socia de una asociación laica"', RELIGION),
        ('"profilo": {"pronomi": "lei", "bio": "lesbica, 31 anni"}', SEXUAL_ORIENTATION),
        ("Baixa médica · Centro de Saúde de Braga · Silva, Ana · 02/12/2026", HEALTH),
    ],
)
def test_a_record_of_fields_is_said_of_its_subject(text: str, category: str) -> None:
    # a quoted key and its value, fields joined by " · ": a record, not a sentence;
    # Italian "lei" (she) is no Portuguese "lei" (law, a topic)
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bitte meinen eingetragenen Lebenspartner Thomas Krause eintragen. Viele Grüße, Michael",
        "Quiero añadir a mi marido, Pablo Gil, como beneficiario. Un saludo, Javier Ortega",
        "Casei com o Tiago em maio e quero juntá-lo ao seguro. Cumprimentos, Pedro Lopes.",
    ],
)
def test_a_partner_of_the_writers_gender_with_the_name_signed(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


def test_a_partner_of_the_other_gender_is_no_orientation() -> None:
    assert (
        found("Casei com a Marta em maio e quero juntá-la ao seguro. Cumprimentos, Pedro Lopes.")
        == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verfügung: keine Bluttransfusion, ich bin Zeuge Jehovas.", {HEALTH, RELIGION}),
        ("bin 9 und mein bruder hat mein passwort geändert", {CHILD}),
        ("Curso de árabe para principiantes – 10 clases", set()),
        ("Corso di turco base, martedì sera", set()),
        ("Dr. Jan Kowal · Kardiolog · Szpital Miejski", set()),
        ("Infolinia: moja weryfikacja głosowa znowu nie przeszła.", {BIOMETRIC}),
    ],
)
def test_transfusions_a_child_writing_languages_learnt_and_signatures(
    text: str, expected: set[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Patientenverfügung: keine Bluttransfusion, auch nicht im Notfall", HEALTH),
        ("Directives : pas de transfusion sanguine, même en urgence", HEALTH),
        ("Sou vereadora pela Rede Sustentabilidade em Niterói.", POLITICS),
        ("Ich bin seit 2015 Mitglied der ÖVP in Graz.", POLITICS),
    ],
)
def test_a_refused_treatment_and_parties_of_more_countries(text: str, category: str) -> None:
    assert category in found(text)
