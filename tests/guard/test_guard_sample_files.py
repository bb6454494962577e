"""A file name that holds a person's stored biometric sample: a part of the body or a way
of walking, a template or an enrolment, and a person's name or login."""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import BIOMETRIC
from troth.guard.engine import build_engine
from troth.guard.sample_files import sample_file

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "fp_template_staff_0822_JWalker.bin",
        "enrol_fprint_L-thumb_asmith.tpl",
        "modele_empreinte_pmartin_index.dat",
        "huella_plantilla_mgarcia_indice.dat",
        "impronta_template_Rossi_Marco.bin",
        "iris_enrol_r.costa_2026.iso19794",
        "gezicht_sjabloon_pdevries.dat",
    ],
)
def test_a_persons_stored_sample_by_its_file_name(text: str) -> None:
    assert BIOMETRIC in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "fingerprint_sensor_driver_v2.bin",
        "voice_template_install_guide.pdf",
        "main_template_enrolment.docx",
        "iris_scanner_firmware_4.2.iso19794",
    ],
)
def test_a_products_file_names_no_one(text: str) -> None:
    assert sample_file(text) == []
