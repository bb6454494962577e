"""A file that holds a person's biometric sample, by its name.

"fp_template_employee_0419_KMurray.bin", "modele_empreinte_jgauthier_pouce.dat",
"wzorzec_chodu_logowanie_mzalewski.dat", "digital_r.costa_cadastro.iso19794": a part of the
body or a way of walking, a stored template or an enrolment, and a person's name or login
in one file name. A product's file ("fingerprint_sensor_driver_v2.bin") names no one.
"""

from __future__ import annotations

import re

from troth.guard.health_signs import file_of_person

# the body or the behaviour sampled (a file name's parts, lower-cased)
MODALITY_WORDS = frozenset(
    """fp fprint fingerprint fingerprints empreinte empreintes huella huellas impronta
    impronte digital digitais vingerafdruk odcisk face visage gesicht volto rosto gezicht
    twarz voice voz voix stimme iris palm palmvein vein veine vena gait chodu marcha demarche
    pouce thumb duim daumen kciuk main hand""".split()
)
# a stored template, an enrolment, a sample's standard format
_STORED = re.compile(
    r"^(?:template|tpl|modele|modelo|modello|wzorzec|sjabloon|vorlage|plantilla|gabarit|"
    r"enrol|enroll|cadastr|registo|registro|minuti|iso19794|wsq)"
)
_PARTS = re.compile(r"[_\-./]+")


# a login: an initial or two and a surname run together ("kmurray", "jgauthier"), or an
# initial and a surname apart ("r.costa")
def _login_of_someone(parts: list[str]) -> bool:
    from troth.guard.names import name_lexicons

    last = name_lexicons()[1]
    for at, part in enumerate(parts):
        if part in MODALITY_WORDS or not part.isalpha():
            continue
        if any(len(part) - k >= 4 and part[k:] in last for k in (1, 2)):
            return True
        if len(part) == 1 and at + 1 < len(parts) and parts[at + 1] in last:
            return True
    return False


def sample_file(text: str) -> list[tuple[int, int]]:
    """The whole text when it is a file name of a stored biometric sample of a person."""
    name = text.strip()
    if " " in name or "." not in name:
        return []
    parts = [p for p in _PARTS.split(name.lower()) if p]
    if MODALITY_WORDS.isdisjoint(parts) or not any(_STORED.match(p) for p in parts):
        return []
    if file_of_person(name) or _login_of_someone(parts):
        start = text.index(name)
        return [(start, start + len(name))]
    return []
