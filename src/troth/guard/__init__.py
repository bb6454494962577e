"""The intake guard: refuse what the statement promises never to collect, find what got in.

>>> from troth.demo.datasets import demo_data_map
>>> from troth.guard import check
>>> record = {"body": "My wife starts chemo on Monday"}
>>> check("customer_service", record, datasets=demo_data_map()).outcome
'reject'
"""

from troth.guard.check import (
    RULES,
    Checker,
    Finding,
    GuardDecision,
    check,
    check_many,
    declared_fields,
    digest_of,
)
from troth.guard.detection import SPECIAL_CATEGORIES, Detection
from troth.guard.engine import Engine, build_engine, default_engine
from troth.guard.errors import GuardError, UnknownSystem

# The purpose of the key (troth.keys.derive_key) the digests of findings are keyed with.
HASH_KEY_PURPOSE = "guard.hash"

__all__ = [
    "HASH_KEY_PURPOSE",
    "RULES",
    "SPECIAL_CATEGORIES",
    "Checker",
    "GuardDecision",
    "Detection",
    "Engine",
    "Finding",
    "GuardError",
    "UnknownSystem",
    "build_engine",
    "check",
    "check_many",
    "declared_fields",
    "default_engine",
    "digest_of",
]
