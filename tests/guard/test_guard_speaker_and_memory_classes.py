"""Classes of text about who is spoken of and when: French "il" before a verb of being, a
treatment word that another language writes the same, childhood told by an adult, a
form's label left optional, and readers that fail to recognise the writer."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import BIOMETRIC, CHILD, HEALTH, RACE


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # French "il" before a verb of being or having names the person spoken of
        ("Le client rappelle demain : il est sous chimiothérapie cette semaine.", HEALTH),
        ("Livraison à décaler, il a une dialyse le jeudi matin.", HEALTH),
        # a treatment word that Portuguese writes the same is still Spanish health
        ("La clienta pide otra fecha porque el lunes tiene quimioterapia en el hospital.", HEALTH),
        (
            "Mme Roux appelle pour sa commande : il est hospitalisé à la clinique depuis mardi.",
            HEALTH,
        ),
        # a reader that fails to recognise the writer still holds the writer's sample
        ("the palm scanner at the gym keeps refusing to recognise me since the update", BIOMETRIC),
        ("der Fingerabdruckleser am Eingang erkennt mich seit Montag nicht mehr", BIOMETRIC),
        ("o leitor de impressão digital da portaria não me reconhece", BIOMETRIC),
        # a child's age still counts beside an adult's memory of their own
        ("my boy is 7 and wants the same bike I had when I was 10", CHILD),
        # an appointment with a doctor of a branch of care
        ("can't make standup, I have an appointment with the neurologist at 10", HEALTH),
        ("Je pars plus tôt, j'ai rendez-vous chez le dermatologue.", HEALTH),
        ("jutro mam wizytę u ortopedy", HEALTH),
        ("pas dispo avant midi, je suis chez le psy", HEALTH),
        ("Mañana tengo cita en salud mental a primera hora.", HEALTH),
        # maternity leave
        ("Sono in congedo di maternità fino a maggio.", HEALTH),
        ("Ik ben met zwangerschapsverlof tot februari.", HEALTH),
        # a birthday to come, with a month between
        ("Unsere Tochter wird im Juni 11 und wünscht sich ein Tablet.", CHILD),
        ("mijn zoon die in april 9 wordt wil een eigen account", CHILD),
        # a birth date under a record's key that is the birth alone
        ('{"nombre": "Irene Soto", "nacimiento": "2017-02-14"}', CHILD),
        # a primary year named in words
        ("Mia figlia Bianca fa la seconda primaria a Bergamo.", CHILD),
        ("Staś chodzi do zerowki od września", CHILD),
        # "as a …" that opens the term describes the writer
        ("as a black dad at the school gate I get looked at differently", RACE),
        # half of an origin, and an origin joined to a prefix
        ("Soy medio japonés por parte de madre.", RACE),
        ("Sou ítalo-brasileira e adoro massa.", RACE),
        # a relative in Italian, Portuguese, Dutch or Polish beside a school year
        ("Moja córka Ola chodzi do 2 klasy, a nauczycielka prosi o zgodę.", CHILD),
        # a name and "age N"
        ("Caller's daughter Ruby, age 9, keeps getting logged out.", CHILD),
        # a name and the school year in brackets, a teacher beside
        ("Entretien avec la maîtresse pour Léo (CE1) jeudi", CHILD),
        # a first name and an ordinal birthday, no possessive
        ("Alfie 9th birthday - bowling at 2pm", CHILD),
        # reminding of a child's age is no memory of one's own childhood
        ("Vi ricordo che mia figlia ha 9 anni e non può firmare da sola.", CHILD),
        ("Le recuerdo que mi hijo tiene 8 años.", CHILD),
        ("I remember you said my daughter (6) could come along.", CHILD),
        # a pronoun in a text that names a child, children in the plural, a birthday past
        ("Is the junior plan ok for my daughter? She's 10 and only wants WhatsApp.", CHILD),
        ("Our boys are 5 and 7, do you have a family room?", CHILD),
        ("Mein Sohn wurde gestern 9 und wünscht sich eine Smartwatch.", CHILD),
        # a real sickness from a treatment is no figure of speech
        ("Ik word ziek van de chemo, al drie dagen.", HEALTH),
    ],
)
def test_disclosed(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # "il" alone is Italian "the"; impersonal French "il est" sets no person
        "Il est interdit de demander la religion des candidats.",
        # English "christen" is to name a ship, not German "Christen"
        "We christen the new ferry at the harbour on Saturday.",
        # an adult telling of their own childhood
        "when I was 9 my grandad taught me to fish",
        "Als ich 10 war, wollte ich Astronaut werden.",
        "cuando tenía 6 años vivíamos en Cádiz",
        "toen ik 11 was, woonden we in Zwolle",
        "kiedy miałem 8 lat, grałem w piłkę codziennie",
        "back when I was in Year 4 we all had the same lunchbox",
        # a workbook sold for a school year is goods, not a child
        '{"titel": "Oefenboek taal groep 5", "prijs": "€ 6,50"}',
        "Cahier de vacances CE2 - 5,90 €",
        # software has an age too
        "our billing platform is 12 years old and nobody dares touch it",
        # a form's field left optional, an answer that declines
        "Trade union membership (optional)",
        "Konfession: keine Angabe",
        "Appartenenza sindacale: preferisco non rispondere",
        # a birthday just past at 13 is no child under 13; a race's place; a count of times
        "My daughter just turned 13 and wants her own account.",
        "Mein Sohn wurde 3. beim Schwimmen, super!",
        "Der Antrag meiner Tochter wurde 2 mal abgelehnt.",
        "my son's coach? he's 41 and very patient",
        # an adult's age after "age", a firm's birthday
        "Mr Brook, age 52, asked about his pension.",
        "Acme 10th birthday party for all staff",
        # a birth date under a key that is no one's birth
        '{"firma": "Soto SL", "fundacion": "2017-02-14"}',
        # a number before "wird" with no month is no birthday
        "Punkt 7 wird im Protokoll gestrichen.",
        # a neurologist's job, no appointment of the writer's
        "Dr. Kranz, Neurologe, Klinikum Süd",
        # a signature in one line of commas names a workplace
        "Dr Femi Adeyemi, Consultant Oncologist, St Luke's Hospital",
        "Marta Wiśniewska, pielęgniarka oddziałowa, Szpital Praski",
        # a team's "DNA", a bug that makes one sick, a prayer for a release
        "Kundenservice haben wir einfach in der DNA.",
        "ik word ziek van dat scherm dat steeds vastloopt",
        "prego che il rilascio in produzione vada liscio stasera",
        # genetic kits as goods in a warehouse
        "DNA test kits out of stock in the warehouse, reorder 40 units",
        # a job advertised
        "Stellenangebot: Referent/in für Gewerkschaftsarbeit, Bewerbung bis 15.1.",
        # Italian "I" is "the"
        "I kit per il test del DNA sono in arrivo lunedì.",
        # a school named after a person
        "Rentrée au Collège Pasteur le 2 septembre",
    ],
)
def test_not_disclosed(text: str) -> None:
    assert found(text) == set()


def test_il_before_having_names_a_person_even_before_de() -> None:
    assert HEALTH in found("Pas de livraison lundi : il a besoin d'une dialyse le matin.")


def test_impersonal_il_est_with_de_names_no_one() -> None:
    assert found("Il est possible de noter le diabète du patient ?") == set()
