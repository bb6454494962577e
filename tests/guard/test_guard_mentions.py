"""What is said of a person, and what only mentions a category: classes of text, each in
several languages (data and news with no person, institutions, questions put, a form's
options, counts of a population, stories, figures of speech), and the disclosures these
rules must leave alone (a face matched, a partner of the same gender, a coded diagnosis)."""

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
from troth.guard.special import sentence_around


@pytest.mark.parametrize(
    "text",
    [
        # said of no one: a subject that is nobody, "almost"
        "Niemand aus dem Team ist krank, wir liefern pünktlich.",
        "Nessuno in ufficio è iscritto al sindacato, per quanto ne so.",
        "Aucun salarié n'a signalé de symptômes cette semaine.",
        "Bei der Rechnung hätte ich fast einen Herzinfarkt bekommen.",
        # data, news, places and institutions with no person
        "Gegevens over vakbondslidmaatschap slaan wij niet op in het CRM.",
        "Los datos de afiliación sindical solo los gestiona nómina.",
        "La CGT appelle à la grève des transports jeudi, votre colis sera retardé.",
        "De PVV staat volgens de peilingen op winst.",
        "Paczka do Szpitala Onkologicznego, budynek B.",
        "Ship to St Joseph's Hospital, cardiology ward reception.",
        "Evangelisches Krankenhaus Bielefeld | Einkauf | Zentrale",
        # how-to questions, questions put and not answered
        "Hoe stel ik gezichtsherkenning in op de nieuwe tablet?",
        "jak wyłączyć logowanie odciskiem palca w aplikacji",
        "Klient pyta, czy ubezpieczenie obejmuje leczenie szpitalne za granicą.",
        # a job or a unit of care
        "Sanne de Vries | Verpleegkundige oncologie | Amphia",
        "Dott.ssa Elena Russo | Psichiatra | Studio medico Via Roma 3",
        # a form's options, a switch, a quotation
        "Religion: [ ] Christian [ ] Muslim [ ] Jewish [ ] None",
        '{"vingerafdruk_login": false}',
        "'la religión es el opio del pueblo', cita de Marx para la clase de filosofía",
        # counts of a population, a holiday for everyone, a story told
        '{"region": "N", "muslim_share_pct": 4.2}',
        "Diwali lunch in the canteen - everyone welcome",
        "Dans ce film, un pasteur évangélique cache son passé de militant syndical.",
        # figures of speech
        "la juve per me è una religione, scusate",
        "Cette mise à jour me rend malade, tout est cassé.",
        # words of another language: German "im", Polish "po", judo, "genommen"
        "Angaben zur Religionszugehörigkeit werden im Lohnsystem nur für die Steuer genutzt.",
        "Mąż jest po pracy, oddzwoni jutro.",
        "mein Sohn hat heute Judo, ich bin später da",
        "Wir haben die Lieferung genommen, danke.",
        # a product's feature: the face or voice is no one's
        "Can you enable face unlock on my company tablet? IT said to ask you.",
        "Our voice bot should recognise the customer intent faster.",
        # works councils are not unions
        "Els Mulder | Voorzitter Ondernemingsraad | Philips Best",
    ],
)
def test_a_mention_reveals_nothing(text: str) -> None:
    assert found(text) - {CHILD} == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a face, a finger, a voice beside a word of recognising it
        ("the door scanner matched my face in two seconds", BIOMETRIC),
        ("Seit dem Tausch wird mein Finger am Terminal nicht mehr erkannt.", BIOMETRIC),
        ("Il riconoscimento vocale della banca non mi riconosce più.", BIOMETRIC),
        (
            '{"metodo": "volto", "utente": "g.rossi", "template_id": "t-12", "esito": "match"}',
            BIOMETRIC,
        ),
        # orientation from titles, names given, two fathers, an Italian civil union
        ("I'm Mr Tom Hale and I want to add my husband to the policy.", SEXUAL_ORIENTATION),
        ("M. Martin déclare son mari comme ayant droit.", SEXUAL_ORIENTATION),
        ("Stato civile: unito civilmente", SEXUAL_ORIENTATION),
        ("nuestro hijo tiene dos papás y la ficha del cole no lo permite", SEXUAL_ORIENTATION),
        # a coded diagnosis, care words of the weaker languages
        ("CID F84.0", HEALTH),
        ("Pflegegrad 3", HEALTH),
        ("sorry, jestem na zwolnieniu, złamałam nogę", HEALTH),
        # genetic words: HLA typing, paternity
        ("Meine HLA-Typisierung liegt bei der DKMS, bitte Befund schicken.", GENETIC),
        # offices and parties
        ("On. Chiara Ferretti | Deputata PD | Camera dei Deputati", POLITICS),
        ("Lid PvdD sinds 2017", POLITICS),
        # an origin beside an association, led by a named person
        ("Marie Nguyen | Présidente, Association des Vietnamiens de Lyon", RACE),
        # a first person keeps a term in a sentence about a topic
        ("Als Gewerkschaftsmitglied bei ver.di bekomme ich Rabatt?", UNION),
        # the sentence runs on past a title's full stop
        ("Pani Lis zgłasza, że córka (3 l.) ma alergię na mleko.", HEALTH),
        ("Sono testimone di Geova e rifiuto le trasfusioni.", RELIGION),
    ],
)
def test_a_disclosure_is_found(text: str, category: str) -> None:
    assert category in found(text)


def test_a_full_stop_after_a_title_or_an_initial_ends_no_sentence() -> None:
    text = "Spoke to Mr. Tom K. about it. He has asthma."
    start = text.index("Mr.")
    s, e = sentence_around(text, start, start + 3)
    assert text[s:e] == "Spoke to Mr. Tom K. about it"
