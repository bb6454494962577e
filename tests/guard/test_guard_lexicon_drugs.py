"""Medicine names from the drug dictionary: the endings of a generic name in the other
languages, a dictionary read as data only, and names the shipped lexicon now reads."""

from __future__ import annotations

import io
import pickle
from collections import OrderedDict

import pytest
from guard_helpers import found

from troth.guard.detection import HEALTH
from troth.guard.lexicon_drugs import _DataOnly, spellings


def test_a_generic_name_gets_the_endings_of_the_other_languages() -> None:
    assert spellings("furosemide", brand=False) == {"furosemide", "furosemid", "furosemida"}
    assert spellings("metformin", brand=False) == {"metformin", "metformina", "metformine"}


def test_a_brand_or_a_plural_keeps_its_one_spelling() -> None:
    assert spellings("lasix", brand=True) == {"lasix"}
    assert spellings("statins", brand=False) == {"statins"}


def test_the_dictionary_is_read_as_data_and_a_class_in_it_is_refused() -> None:
    plain = pickle.dumps({"drug_variant_to_canonical": {"lasix": ["furosemide"]}})
    assert _DataOnly(io.BytesIO(plain)).load()["drug_variant_to_canonical"] == {
        "lasix": ["furosemide"]
    }
    with pytest.raises(pickle.UnpicklingError, match="only data is read"):
        _DataOnly(io.BytesIO(pickle.dumps(OrderedDict(a=1)))).load()


@pytest.mark.parametrize(
    "text",
    [
        "Il nonno prende l'Aricept la sera, ricordamelo se lo dimentica.",
        "Opa bekommt jetzt Lasix, die Beine sind dicker geworden.",
        "ma tante est sous Plaquenil depuis l'été",
        "minha mãe começou o Pentasa na semana passada",
        "mi hermana lleva un Mirena desde junio",
    ],
)
def test_a_medicine_a_person_takes_is_health(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pharmacy stocks apixaban and rivaroxaban in all strengths.",
        "La farmacia tiene donepezilo genérico a mitad de precio.",
        "Apixaban 5 mg, boîte de 60, prix public ?",
    ],
)
def test_a_medicine_on_offer_is_no_ones_health(text: str) -> None:
    assert HEALTH not in found(text)


def test_a_town_named_like_a_medicine_after_from_is_a_place() -> None:
    assert HEALTH not in found("Enquiry: Mr Karim Saleh, from Afrin, asks about housing help.")
    assert HEALTH in found("my dad is on Lasix, from Monday twice a day")
