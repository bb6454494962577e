"""Classes of text the guard reads on tickets it has never seen: a saying cited, slang
and games that borrow a category's words, a body that represents people, and the
disclosures of clergy titles, church contributions, denominations, sexual health, the
"??" of surprise in a chat, a Spanish or Portuguese title and a clinical note's verb."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import (
    CHILD,
    GENETIC,
    HEALTH,
    POLITICS,
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
)


@pytest.mark.parametrize(
    "text",
    [
        # a saying cited is someone else's words, even when the writer speaks of citing it
        "Ich muss 'Religion ist das Opium des Volkes' für mein Referat zitieren.",
        "Per la tesina devo citare 'la religione è l'oppio dei popoli', sapete la fonte?",
        # slang that calls a song or a track ill
        "este tema está bien enfermo, lo tengo en repetición",
        "this track is sick, been on repeat all week",
        # a game's level named for a place of worship
        "estou travado no nível da igreja nesse jogo, alguém ajuda?",
        "I'm stuck on the church level of the new game",
        # a body or an office that represents people, with no person's condition
        "Die Inklusionsbeauftragte fragt, ob die Schulung barrierefrei ist.",
        "Die Schwerbehindertenvertretung bittet um den Raumplan für Januar.",
        # a promise, a campaign stall with no party, plaster for a wall
        "Promessa di pagamento entro venerdì, grazie.",
        "la musica italo-disco anni 80 è la migliore",
        # a partnership of two genders; the Spanish title "Dña." is no DNA
        "Ehepartner: Herr Max Berg (Mitarbeiterin: Frau Eva Berg)",
        "Beneficiaria: Dña. Rosa Vidal, pago mensual",
        "we ran a two week scan of the logs and found nothing",
    ],
)
def test_a_borrowed_word_reveals_nothing(text: str) -> None:
    assert found(text) - {CHILD} == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a cleric's title before a full name, in a signature
        ("Pastor Mark Hill | St Andrew's Church | Leeds", RELIGION),
        ("Pastora Ana Souza | Igreja Batista da Lagoinha", RELIGION),
        # church contributions, baptism, denominations
        ("Mevrouw Jansen meldt dat haar kerkbijdrage dubbel is afgeschreven.", RELIGION),
        ("Il battesimo di mio nipote è domenica, prendo il lunedì libero.", RELIGION),
        ("Samstags arbeite ich nicht, ich bin Siebenten-Tags-Adventist.", RELIGION),
        ("sabato non lavoro, sono avventista", RELIGION),
        # care of one's sex life is health as well as sex life
        ("Rendez-vous sexologue – Paul et moi, jeudi 18h", HEALTH),
        ("Rendez-vous sexologue – Paul et moi, jeudi 18h", SEXUAL_ORIENTATION),
        ('{"motivo": "disfunción eréctil", "paciente": "J. Gil"}', HEALTH),
        # a support group for addiction
        ("My husband goes to Alcoholics Anonymous every Tuesday.", HEALTH),
        ("mój brat chodzi na mityngi AA od wiosny", HEALTH),
        # the "??" of surprise in a chat asks nothing
        ("my dna test just matched me with a cousin in Texas??", GENETIC),
        # a Spanish or Portuguese title names the person spoken of
        ("A Sra. Lima, doadora de medula, pede o resultado da tipagem HLA.", GENETIC),
        # "the patient reports": the person's verb, not a report
        ('{"notes": "patient reports chest pain, referred to cardiology"}', HEALTH),
        # a pregnancy scan
        ("Feindiagnostik heute um 10, ich komme später", HEALTH),
        ("sorry, 12 wk scan ran over, back at 2", HEALTH),
        # a partnership field: the employee's role word gives a gender
        ("Partnerin: Frau Lena Koch (Mitarbeiterin Petra Koch)", SEXUAL_ORIENTATION),
        ("Cónyuge: Dña. Marta Ruiz (empleada: Carmen Ruiz)", SEXUAL_ORIENTATION),
        # Dutch spellings of Hindustani, an Italian exemption, a campaign stall
        ("Lid van de Hindoestaanse gemeenschap in Rotterdam", RACE),
        ("Ho l'esenzione ticket per il diabete, serve il codice?", HEALTH),
        ("Sabato sono al gazebo della Lega in piazza", POLITICS),
    ],
)
def test_a_disclosure_is_found(text: str, category: str) -> None:
    assert category in found(text)


def test_a_question_with_one_mark_still_asks() -> None:
    assert found("do you sell dna test kits?") - {CHILD} == set()
