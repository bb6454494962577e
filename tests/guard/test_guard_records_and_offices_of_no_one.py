"""Texts of an organisation that use a category's words of no one: column names of a
staff export, a service's error line, an unticked option of a form, a school's signature
under a saint's name, a pet's age at the vet, and the employer's side of a bargaining
round in an agenda."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD, RELIGION, UNION


@pytest.mark.parametrize(
    "text",
    [
        "empleado;religion;sindicato;discapacidad;etnia",
        "personeelsnr;geloof;vakbond;arbeidsbeperking;afkomst",
        "ERROR biometria-svc: no se pudo cargar el modelo face_embed_v3.onnx en el host auth-02",
        "FOUT biometrie-svc: model face_embed_v3.onnx kon niet geladen worden op host auth-02",
        "Geloofsovertuiging: [ ] rooms-katholiek [ ] protestants [ ] joods [ ] zeg ik liever niet",
        "Secrétariat\nÉcole primaire privée Sainte-Thérèse\n3 place de l'Église, 44000 Nantes",
        "Administratie\nRK Basisschool Sint-Jozef\nKerkplein 3, 5211 AA 's-Hertogenbosch",
        "Sa 09:00 Tierarzt: Bello, 11 Jahre, Zahnsanierung und Blutbild",
        "Sáb 9h veterinário: Pipoca, 11 anos, destartarização e análises",
        "Mi 11:00 Arbeitgeberseite: Tarifrunde Vorgespräch mit ver.di (Vorstandsetage)",
        "Mié 11:00 dirección: negociación del convenio, reunión previa con los sindicatos",
    ],
)
def test_an_organisations_text_of_no_one(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Religion: [x] Muslim [ ] Christian [ ] none", RELIGION),
        ("Léa est en CE2 à l'école Sainte-Thérèse", CHILD),
        ("Léa a une place en crèche depuis septembre", CHILD),
        ("my son Tom (8) cried at the vet when our dog got his jab", CHILD),
        ("Ich bin seit 2019 bei ver.di und gehe zur Tarifrunde", UNION),
        ("mi sindicato es UGT desde hace diez años", UNION),
    ],
)
def test_the_persons_own_still_counts(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "o meu telemóvel tem 7 anos e a bateria dura duas horas",
        "Educadora de infância há 25 anos, dou explicações ao 1.º ciclo em Telheiras",
        "Menu enfant (- de 12 ans) : nuggets-frites + compote 7,50 €",
    ],
)
def test_a_phones_age_a_tutors_pupils_or_a_kids_menu_are_no_child(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Petra Lindner\nVertrauensfrau IG Metall, Werk Zuffenhausen\nSchicht A",
        '{"medewerker": "Gert Hoekstra", "inhoudingen": {"ABVV-bijdrage": 16.2}}',
    ],
)
def test_a_union_office_in_a_signature_or_dues_in_a_payslip(text: str) -> None:
    assert UNION in found(text)
