"""A sample of the body taken to recognise a person, in the words people use for it:
palms and hand veins, fingerprints taken for an identity card, a voice pattern saved, a
face recorded at a gym; and the features that name no one."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import BIOMETRIC


@pytest.mark.parametrize(
    "text",
    [
        "Handvenenscan hinterlegt, Eingang Nord",
        "mijn handpalm is gisteren bij de balie geregistreerd, nu kan ik zo naar binnen",
        "Al rinnovo del passaporto mi hanno acquisito le impronte in questura.",
        "wzór głosu klienta zapisany w systemie 12.03",
        "na academia a minha cara ficou gravada no leitor, já não uso o cartão",
        "en seguridad me registraron ayer la palma de la mano para el lector nuevo",
    ],
)
def test_a_body_sample_taken_of_a_person_is_biometric(text: str) -> None:
    assert BIOMETRIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hand in the registration form at the front desk.",
        "Il venerdì registriamo le presenze a mano.",
        "How do I set up palm recognition on the new terminals?",
    ],
)
def test_a_hand_a_form_or_a_feature_is_no_sample(text: str) -> None:
    assert BIOMETRIC not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a system's line of a person's sample matched
        "2026-12-05 06:41:12 puerta=LAB2 user=hgarrido metodo=huella score=0.96 resultado=OK",
        # an enrolment session for people listed by name
        "10:30-12:00 Gezichtsregistratie voor het nieuwe toegangssysteem, zaal 2: Julia, Ömer",
        "10h30-12h Registo facial para o novo controlo de acessos, sala 2: Júlia, Ömer, Katarzyna",
    ],
)
def test_a_users_sample_in_a_log_or_people_listed_for_enrolment(text: str) -> None:
    assert BIOMETRIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-05 06:41:12 door=LAB2 user=svc metodo=card score=0.96",
        "sensor=fingerprint model=X200 firmware=1.2 status=ok",
    ],
)
def test_a_log_of_no_sample_or_of_a_device(text: str) -> None:
    assert BIOMETRIC not in found(text)


def test_an_italian_face_not_recognised() -> None:
    text = "il tornello nuovo continua a non riconoscermi la faccia, la reception mi ha aperto"
    assert BIOMETRIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "das neue Schloss am Vereinsheim kennt jetzt meinen Daumen",
        "nowy terminal na magazynie już mnie zna po twarzy",
    ],
)
def test_a_device_that_knows_the_writer_by_a_part_of_the_body(text: str) -> None:
    assert BIOMETRIC in found(text)


def test_a_face_known_to_everyone() -> None:
    assert BIOMETRIC not in found("everyone knows his face from TV")


@pytest.mark.parametrize(
    "text",
    [
        '{"user": "m.klein", "gangerkennung": "aktiv", "score": 0.88}',
        '{"utente": "g.rossi", "profilo_vocale": true, "canale": "telefono"}',
        "wzorzec_chodu_logowanie_akowalska.dat",
        '{"usuario": "p.gil", "perfil_de_voz": "registrado"}',
        "Acconsento alla conservazione del mio modello facciale per la palestra: [x]",
        "Ich bin einverstanden, dass mein Fingerabdruck gespeichert wird: ☒",
    ],
)
def test_gait_voice_and_face_profiles_and_ticked_consents_are_biometric(text: str) -> None:
    assert BIOMETRIC in found(text)


def test_an_unticked_consent_is_not_biometric() -> None:
    assert BIOMETRIC not in found(
        "Ich bin einverstanden, dass mein Fingerabdruck gespeichert wird: ☐"
    )


@pytest.mark.parametrize(
    "text",
    [
        '{"colaborador": "r.sousa", "digital_cadastrada": true, "relogio_ponto": "REP-01"}',
        '{"empleado": "lruiz", "voz_registrada": true, "sistema": "IVR-1"}',
        "Stimmprobe für Telefon-Banking hinterlegt: ja – Kd.-Nr. 50112",
        "à la cantine on paie avec la paume de la main, j'ai fait l'enrôlement hier",
    ],
)
def test_a_stored_finger_voice_or_palm_is_biometric(text: str) -> None:
    assert BIOMETRIC in found(text)
