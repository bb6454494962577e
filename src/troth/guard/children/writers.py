"""Who writes: a child writing of their mum or dad ("my mom said I can"), a parent
setting up an account for a child, and whether a sign is what the writer says of themself
(a sign about the writer is about no one else).
"""

from __future__ import annotations

import re

from troth.guard.detection import CHILD, Detection

# a child writing of their mum or dad: "my mom said I can"
CHILD_WRITING = re.compile(
    r"\b(?:my|ma|mi|mia|minha|a minha|mijn|moja|meine|mein)\s+(?:mom|mum|mommy|mummy|maman|"
    r"mamá|mama|mamma|mãe|mami|mamusia|mutti|dad|daddy|papa|papá|papà|pai|tata|tatuś)\s+"
    r"(?:said|says|told me|made|created|set up|lets me|let me|dit|m'a dit|a dit|dijo|me dijo|"
    r"dice|ha detto|mi ha detto|disse|diz|zegt|zei|heeft gezegd|powiedziała|powiedział|mówi|"
    r"sagt|hat gesagt|erlaubt)\b",
    re.IGNORECASE,
)

PARENT = re.compile(
    r"\b(?:(?:set(?:ting)? up|creat(?:e|ed|ing)|open(?:ed|ing)?|mak(?:e|ing)|made|"
    r"register(?:ed|ing)?)"
    r"\s+(?:this|an|the|a)?\s*account\s+(?:for|on behalf of)\s+my\s+(?:(?:\d{1,2}[- ]year[- ]old|"
    r"little|young)\s+)?(?:son|daughter|child|kid|boy|girl)|"
    r"account\s+is\s+for\s+my\s+(?:little\s+|young\s+)?(?:son|daughter|child|kid)|"
    r"konto\s+für\s+(?:meinen\s+sohn|meine\s+tochter|mein\s+kind)|"
    r"cuenta\s+para\s+mi\s+(?:hijo|hija|niñ[oa])|"
    r"compte\s+pour\s+(?:mon\s+fils|ma\s+fille|mon\s+enfant))",
    re.IGNORECASE,
)

MOM_WORDS = frozenset(
    """mom mum mommy mummy maman mamá mama mamma mãe mami mamusia mutti dad daddy papa papá
    papà pai tata tatuś""".split()
)
ACCOUNT_WORDS = frozenset({"account", "konto", "cuenta", "compte"})

# the verb with which the writer states their own age ("j'ai 9 ans", "I am twelve years old")
_FIRST_VERB = r"(?:i am|i'm|i’m|im|ich bin|ik ben|j'ai|j’ai|jai|je suis|tengo|ho|tenho|mam|jestem)"
FIRST_LEAD = re.compile(rf"\b{_FIRST_VERB}\s+$", re.IGNORECASE)

_FIRST_PERSON = re.compile(rf"{_FIRST_VERB}\b", re.IGNORECASE)


def speaks_of_self(text: str, sign: Detection) -> bool:
    """Whether ``sign`` is what the writer says of themself."""
    own = sign.recognizer == "children.child_writing"
    return own or _FIRST_PERSON.match(text, sign.start) is not None


def writer_signs(text: str, words: frozenset[str]) -> list[Detection]:
    """A child writing of their mum or dad, and a parent setting up an account for a
    child."""
    found: list[Detection] = []
    for m in CHILD_WRITING.finditer(text) if not words.isdisjoint(MOM_WORDS) else ():
        found.append(Detection(CHILD, *m.span(), "children.child_writing", 0.8))
    for m in PARENT.finditer(text) if not words.isdisjoint(ACCOUNT_WORDS) else ():
        found.append(Detection(CHILD, *m.span(), "children.parent_setup", 0.9))
    return found
