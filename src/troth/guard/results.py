"""A test's result beside a genetic finding. "Befundbesprechung BRCA1", "wynik badania
genetycznego: mutacja CHEK2": the result is the genetic finding itself, so it is genetic
data and not, by that alone, health data. It stays health when the text confirms or
diagnoses a condition ("confirmado por test genético", "potwierdzono u mnie zespół")."""

from __future__ import annotations

import re

from troth.guard.detection import GENETIC, HEALTH, POLITICS, UNION, Detection

# words of a test's result or finding, which name no condition of their own
_RESULT = re.compile(
    r"^(?:befund\w*|referto|referti|wynik\w*|uitslag\w*|resultado\w*|r[ée]sultat\w*|"
    r"results?|esit\w*)(?:\s+bada\w*)?$",
    re.IGNORECASE,
)
# a hospital or a clinic, as a detection's whole word ("Hospital", "ospedale", "Klinik")
_HOSPITAL = (
    r"hospital\w*|ospedal\w*|szpital\w*|ziekenhuis\w*|krankenhaus\w*|klinik\w*|clinic\w*|"
    r"clínic\w*"
)
# the care around a genetic test, which names no condition either: the hospital, the
# clinic, the counsellor, the doctor, the patient ("consejo genético Hospital La Fe –
# resultado BRCA2", "Genetic counsellor – go through my BRCA1 result")
_SETTING = re.compile(
    rf"^(?:{_HOSPITAL}|clinique|counsel\w*|consult\w*|doente|paciente|patient\w*|"
    r"pacjent\w*|huisarts|hausarzt\w*|ärztin|arzt|médic[oa]|medic[oa]|lekar\w*|"
    r"psycholo\w*|psicólog\w*|psycholożk\w*|ginecólog\w*|gynäkolog\w*)$",
    re.IGNORECASE,
)
# a condition confirmed or diagnosed: then the result is health data too
_CONFIRMED = re.compile(
    r"confirm|bestätig|bestatig|potwierdz|bevestig|diagnos|diagnoz|festgestellt|stwierdz|"
    r"vastgesteld|accertat|constatad",
    re.IGNORECASE,
)


def result_words(text: str, found: list[Detection]) -> list[Detection]:
    """``found`` without the health detections that are only a test's result word, when
    the text holds a genetic finding and confirms no condition."""
    if not any(d.category == GENETIC for d in found):
        return found
    if _CONFIRMED.search(text):
        return found
    return [d for d in found if not (d.category == HEALTH and _no_condition(text[d.start : d.end]))]


def _no_condition(word: str) -> bool:
    """A test's result word or the care around the test: no condition named."""
    return _RESULT.match(word) is not None or _SETTING.match(word) is not None


# a place of care that is a union's or a party's ground: "delegada de CSIF en el hospital",
# "Assemblea USB ospedale", "Cllr … Surgeries: first Saturday"
_CARE_PLACE = re.compile(
    rf"^(?:{_HOSPITAL}|h[ôo]pital\w*|sanatori\w*|surger(?:y|ies))$", re.IGNORECASE
)
# a stay in care, which makes the place the person's: "ingresada", "ricoverato", "admitted"
_STAY = re.compile(
    r"ingresad|ricoverat|opgenomen|hospitaliz|hospitalis|admitted|internad|operad|operiert|"
    r"opéré|lag im|liegt im|leży w|przyjęt",
    re.IGNORECASE,
)


def a_bodys_ground(text: str, found: list[Detection]) -> list[Detection]:
    """``found`` without the health detections that only name a place of care, when the
    text holds a union or a party and no stay in care: the place is where the body works
    or meets ("soy delegada de CCOO en el hospital")."""
    if not any(d.category in (UNION, POLITICS) for d in found) or _STAY.search(text):
        return found
    return [
        d for d in found if not (d.category == HEALTH and _CARE_PLACE.match(text[d.start : d.end]))
    ]
