"""Speech written down and short messages: transcripts, voicemails, subtitles, assistants'
logs and chat lines. A face matched or enrolled, a birth date or an age said aloud, a
writer named by a speaker's tag or on the phone, a medical test's result, a pregnancy's
scan, votes, unions and parties in the news, a family's origin, Polish and Dutch forms,
and the vetoes that keep a reviewer's test, a risk assessment, a subtitle's times, an
operator, a year group's tests and a sight seen from counting as anyone's."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import (
    BIOMETRIC,
    CHILD,
    HEALTH,
    POLITICS,
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
    UNION,
)


@pytest.mark.parametrize(
    "text",
    [
        "Die Bank-App wollte ein Selfie und hat es mit dem Foto in meinem Ausweis verglichen.",
        "La app me pidió un selfie y lo comparó con la foto de mi pasaporte. Tardó un minuto.",
        "A app pediu uma selfie e comparou-a com a foto do meu cartão de cidadão.",
        "le club a installé un lecteur de visage à l'entrée, ils m'ont enregistré lundi",
        "all'ingresso c'è il riconoscimento del viso, mi hanno registrata ieri",
    ],
)
def test_a_face_matched_or_enrolled_is_biometric(text: str) -> None:
    assert BIOMETRIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I took a selfie with my mum and compared it with one from 1990, we look the same",
        "Compare the face ID features of both phones before you buy.",
        "Bij de balie vergeleek de medewerker mijn gezicht met de foto in mijn paspoort.",
    ],
)
def test_a_selfie_or_a_look_compared_is_not_biometric(text: str) -> None:
    assert BIOMETRIC not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jutro mam dyżur w komisji zakładowej, nie dam rady przyjść.",
        "Anna Nowak\nPrzewodnicząca Komisji Zakładowej – Zakłady Mięsne Łuków",
        "Zebranie komisji zakładowej – ja protokołuję, sala 2, 15:00",
    ],
)
def test_a_plant_committee_of_a_polish_union_is_membership(text: str) -> None:
    assert UNION in found(text)


def test_a_plant_committees_rules_name_no_one() -> None:
    assert UNION not in found("Regulamin komisji zakładowej jest dostępny w sekretariacie.")


@pytest.mark.parametrize(
    "text",
    [
        "Kurz zu mir: meine Familie ist armenisch, ich bin in Köln aufgewachsen.",
        "Mijn ouders zijn Marokkaans, ik ben in Utrecht geboren.",
        "Po mojej stronie cała rodzina jest ukraińska, ja urodziłam się już w Lublinie.",
    ],
)
def test_a_familys_origin_said_with_is_is_origin(text: str) -> None:
    assert RACE in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My wife is German, we met in Berlin.",
        "My parents are Irish citizens and live in Cork.",
        "Io e mia moglie, Giulia e Francesca, siamo state benissimo.",
    ],
)
def test_one_relatives_nationality_is_not_origin(text: str) -> None:
    assert RACE not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "[Lautsprecher-Log] „Wer spricht?“ – „Ich erkenne dich an deiner Stimme, Paul.“",
        '[log] "Hé Google, wie ben ik?" – "Ik herken je stem, Daan."',
        'Chat com o banco: "Registei o meu rosto na app e agora não me reconhece, o que faço?"',
    ],
)
def test_speech_quoted_in_a_log_is_someones_sample(text: str) -> None:
    assert BIOMETRIC in found(text)


@pytest.mark.parametrize(
    "text", ["ik stem op de VVD, herken je dat?", "Stem je mee? Ik herken de partij niet."]
)
def test_a_dutch_vote_is_no_voice_sample(text: str) -> None:
    assert BIOMETRIC not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agent: and the date of birth? Caller: er yes it's the 2nd of May 2018, it's for my son",
        "Operatore: data di nascita? Cliente: allora, 14/09/2017",
        "Mitarbeiterin: Geburtsdatum bitte? – Anruferin: äh, 3. März 2019",
        "caller said her date of birth is the 9th of January 2016",
    ],
)
def test_a_birth_date_given_as_an_answer_is_a_childs(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agent: date of birth? Caller: the 2nd of May 1988",
        "date of birth of the account holder? 12 employees 2017",
        "Date of birth required. Office closed 24 December 2025.",
    ],
)
def test_an_adults_birth_date_or_another_date_is_not_a_childs(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Caller: I'm ten and I don't want to go to school tomorrow",
        "00:00:03 --> 00:00:06\nhallo zusammen ich bin acht und das ist mein Zimmer",
        "Kind: hoi, ik ben negen en mijn fiets is gestolen",
        "hi it's Ruby, I am seven.",
    ],
)
def test_an_age_said_aloud_in_words_by_a_child(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "00:04:02 --> 00:04:06\nyo estoy en el comité desde hace tiempo",
        "00:12:10 --> 00:12:14\nanos depois voltei à aldeia",
        "ik heb acht jaar voor de gemeente gewerkt",
        "ich war sechs Jahre bei der Feuerwehr",
        "I'm ten minutes away, start without me",
        "I'm one of the two organisers",
    ],
)
def test_a_subtitles_time_or_a_span_of_years_is_no_age(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kevin: my husband can't make it tonight, he's stuck at work",
        "Sabine: meine Freundin und ich sind ab Montag im Urlaub",
        "Lucas : je passe avec mon mari vers 20h",
        "Marta: io e mia moglie arriviamo domani",
    ],
)
def test_a_message_opened_by_its_writers_name_gives_the_writers_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anna: my husband is coming too",
        "Tom: my wife says hi. Mark: see you both later",
        "Agent: is it for your husband? Caller: Tom, yes my husband",
        "Kevin: my wife can't make it tonight",
    ],
)
def test_a_writer_of_the_other_gender_or_several_speakers(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "in this video we're testing the fingerprint reader on the Pixel 9",
        "Heute testen wir den Gesichtsscan am neuen Türschloss von Nuki",
        "To do: DPIA for the voice recognition in the call centre before go-live",
        "Punto 3: completare la DPIA sul riconoscimento facciale ai tornelli",
    ],
)
def test_a_reviewers_try_or_a_risk_assessment_enrols_no_one(text: str) -> None:
    assert BIOMETRIC not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I tested the face unlock on my new phone and it doesn't recognise me with glasses",
        "zostawiłem odciski palców do nowego dowodu, 10 minut w urzędzie",
        "Gezichtsregistratie voor het nieuwe toegangssysteem: Julia, Ömer en Dirk om 10:30",
    ],
)
def test_ones_own_sample_on_a_new_device_is_still_biometric(text: str) -> None:
    assert BIOMETRIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "can you pick Oscar up from Busy Bees nursery at 5, I'm stuck in traffic",
        "wil jij Sem om 5 uur van het kdv ophalen?",
        "odbierzesz Julkę z przedszkola? ja nie zdążę przed 17",
        "czy możesz odebrać Kubę z przedszkola, mam jeszcze spotkanie",
    ],
)
def test_a_named_child_taken_from_nursery(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We bought two apple trees from the garden nursery at the weekend, Oscar loved it",
        "Oscar sang a nursery rhyme at the party",
        "I work at the nursery on Mondays, Oscar's mum covers Fridays",
        "Marka nowego przedszkola jeszcze nie jest znana, szukamy miejsc dla dzieci pracowników",
    ],
)
def test_a_plant_nursery_a_rhyme_or_a_workplace_is_no_childs(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I tested positive this morning so I won't be in",
        "lateral flow came back negative, see you at 9",
        "Schnelltest negativ 👍 bis gleich",
        "il tampone è risultato positivo, resto a casa",
        "mi prueba salió positiva otra vez 😩",
        "wymaz wyszedł pozytywny, zostaję w domu",
    ],
)
def test_a_medical_tests_result_told_is_health(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "If the test is positive, stay at home and call the practice.",
        "The test was negative for the new build, deploying now",
        "Feedback on the new menu was positive, we tested it with 20 guests.",
        "mein BRCA2-Test ist positiv, nächste Woche Beratung in der Humangenetik",
    ],
)
def test_a_rule_a_programs_test_or_a_genetic_test_is_not_health(text: str) -> None:
    assert HEALTH not in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Operador: a encomenda chega amanhã de manhã. Cliente: ótimo, obrigado", HEALTH),
        ("Operatore: buongiorno, come posso aiutarla? Cliente: una domanda sulla bolletta", HEALTH),
        ("Operadora: la factura llega el lunes. Cliente: perfecto", HEALTH),
        ("o autocarro chega às oito, não te atrases", POLITICS),
    ],
)
def test_an_operator_and_the_verb_chega_are_no_category(text: str, category: str) -> None:
    assert category not in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("fui operada de la rodilla en marzo", HEALTH),
        ("mio padre è stato operato al cuore", HEALTH),
        ("a minha mãe foi operada ontem", HEALTH),
        ("vou votar Chega nas próximas eleições", POLITICS),
    ],
)
def test_operated_on_and_a_vote_for_chega_still_count(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("a CGTP convocou uma greve geral para dia 12, li agora", UNION),
        ("Solidarność zapowiada pikietę pod urzędem wojewódzkim", UNION),
        ("ver.di ruft für Montag zum Warnstreik im Nahverkehr auf", UNION),
        ("la Lega propone di abolire il bollo auto, letto stamattina", POLITICS),
    ],
)
def test_a_union_or_a_party_announcing_is_news(text: str, category: str) -> None:
    assert category not in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Unite called a strike at the depot and I'm on the picket line", UNION),
        ("I run the Kashmiri Elders Forum and I'm also the Labour ward organiser", POLITICS),
    ],
)
def test_a_member_beside_a_body_in_the_news_still_counts(text: str, category: str) -> None:
    assert category in found(text)


def test_italian_alle_is_a_time_not_everyone() -> None:
    text = "Ok Google, segna la prima comunione di Giulia sabato alle 10 in San Marco"
    assert RELIGION in found(text)


def test_alle_in_german_is_still_everyone() -> None:
    assert RELIGION not in found("Weihnachtsfeier im Büro, alle sind willkommen, 15 Uhr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my dad is voting Reform for the first time, can't believe it", True),
        ("I'm voting Green this time", True),
        ("Voting opens at 9am in the community hall.", False),
        ("Online voting for the book club pick closes Friday", False),
        ("We need pension reform, says the minister", False),
    ],
)
def test_voting_for_a_side(text: str, expected: bool) -> None:
    assert (POLITICS in found(text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        '{"pytanie": "Przynależność do związku zawodowego", "odpowiedz": null}',
        '{"question": "Religion or belief", "answer": ""}',
        '{"frage": "Chronische Krankheiten?", "antwort": null, "pflicht": false}',
    ],
)
def test_a_question_with_an_empty_answer_says_nothing(text: str) -> None:
    assert found(text) & {UNION, RELIGION, HEALTH} == set()


def test_a_question_answered_still_counts() -> None:
    assert UNION in found('{"question": "Trade union member?", "answer": "yes - GMB"}')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("olá, é a Inês Costa, eu e a minha mulher chegamos às oito", True),
        ("buenas, le habla Marta, mi mujer y yo queremos cambiar la cita", True),
        ("pronto, parla Giorgio, io e mio marito arriviamo alle otto", True),
        ("a casa é a Beatriz que limpa, a minha mulher trabalha", False),
    ],
)
def test_a_caller_who_names_themself_on_the_phone(text: str, expected: bool) -> None:
    assert (SEXUAL_ORIENTATION in found(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dieta (telefono): halal per il Sig. Haddad, niente maiale", True),
        ("Catering: kosher meal for Mrs Cohen, table 4", True),
        ("Menu du jour : option halal pour tous", False),
        ("Mme Garnier : hospitalisée à Lyon Sud pour insuffisance cardiaque", False),
    ],
)
def test_a_diet_for_a_titled_person(text: str, expected: bool) -> None:
    assert (RELIGION in found(text) or UNION in found(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guided tour of the cathedral with my class, the crypt was amazing", False),
        ("Besichtigung der Synagoge mit dem Kollegium, sehr interessant", False),
        ("ich besuche jeden Freitag die Moschee in der Nordstadt", True),
    ],
)
def test_a_place_of_worship_toured_as_a_sight(text: str, expected: bool) -> None:
    assert (RELIGION in found(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 week scan on Friday, fingers crossed", True),
        ("échographie du 3e trimestre demain matin, je stresse", True),
        ("ecografía de las 20 semanas mañana a primera hora", True),
        ("morgen de 20 weken echo, spannend", True),
        ("Scan the barcode every 12 weeks to renew the pass", False),
        ("Recordatorio: Sr. Luis Prieto, cita en Cardiología el 3/2 a las 9:10", True),
        ("El servicio de Cardiología abre a las 8", False),
    ],
)
def test_a_pregnancy_scan_or_a_titled_persons_appointment(text: str, expected: bool) -> None:
    assert (HEALTH in found(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Year 6 SATs results out nationally today, maths up two percent", False),
        ("Groep 8 doorstroomtoets dit jaar eerder, meldt de krant", False),
        ("my son's Year 6 SATs are next week, he's nervous", True),
        ("Lily Year 6 SATs results: all expected standard", True),
    ],
)
def test_a_year_groups_tests_in_the_news_are_no_childs(text: str, expected: bool) -> None:
    assert (CHILD in found(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Madame Odile Marchand, soixante-dix-huit ans, revue ce jour", False),
        ("o senhor tem setenta e oito anos e vive sozinho", False),
        ("pan Jan, siedemdziesiąt osiem lat, mieszka sam", False),
        ("la señora tiene ochenta y dos años", False),
        ("ma fille a huit ans", True),
        ("mi hija tiene ocho años", True),
    ],
)
def test_an_age_in_words_with_its_tens_is_the_whole_number(text: str, expected: bool) -> None:
    assert (CHILD in found(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selbstbeschreibung (Umfrage, am Telefon): afrodeutsch", True),
        ("Autodescrizione (sondaggio): afroitaliana", True),
        ("Webinar: Biometrie", False),
        ("Lezing: Islam", False),
    ],
)
def test_a_term_that_is_a_short_fields_whole_value(text: str, expected: bool) -> None:
    assert bool(found(text) & {RACE, RELIGION, BIOMETRIC}) is expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("met m'n FNV-pas krijg ik korting op de verzekering", UNION),
        ("vingerafdrukken gezet voor m'n nieuwe paspoort, ging snel", BIOMETRIC),
    ],
)
def test_dutch_possessives_written_short(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "nehm jetzt seit 3 Wochen Medikinet und kann endlich ein Buch zu Ende lesen",
        "slik sinds maart sertraline en merk echt verschil bij het lezen van een boek",
    ],
)
def test_a_first_person_verb_without_its_pronoun(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("j'ai dit à mon frère que je voterais Zemmour, point", True),
        ("votarei no Livre outra vez, sem dúvida", True),
        ("zagłosuję na Konfederację, trudno", True),
        ("je voterai pour la première fois en juin", False),
        ("I voted for the first time today", False),
        ("ik herken je stem uit duizenden", False),
    ],
)
def test_a_first_persons_vote_for_a_side(text: str, expected: bool) -> None:
    assert (POLITICS in found(text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "ds. Pieter de Groot\nPredikant Protestantse Gemeente Zwolle-Zuid",
        "ks. Marek Nowak\nProboszcz parafii św. Anny w Gdańsku",
    ],
)
def test_a_clerics_two_line_signature(text: str) -> None:
    assert RELIGION in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estamos juntas há dois anos e ainda ninguém no escritório sabe", True),
        ("llevamos juntas tres años y nos casamos en mayo", True),
        ("estamos juntas no projeto desde segunda", False),
        ("estamos juntas na mesma sala há meses, eu e a colega", False),
        ("vivimos juntas desde 2019, somos compañeras de piso", False),
    ],
)
def test_two_women_together_in_a_feminine_plural(text: str, expected: bool) -> None:
    assert (SEXUAL_ORIENTATION in found(text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Registo paroquial;batismo adulto;Vanessa Cruz;Sé de Braga",
        "C-0412;Antonio Esposito;Confraternita del SS. Rosario;quota pagata",
    ],
)
def test_a_row_with_a_persons_name_cell_is_that_persons(text: str) -> None:
    assert RELIGION in found(text)


def test_a_row_with_no_name_cell_is_no_ones() -> None:
    assert RELIGION not in found("Registo paroquial;batismos em 2025;48;casamentos;12")
