"""The intake guard: refuse what the statement promises never to collect, find what got in.

>>> from troth.guard import check
>>> check("customer_service", {"body": "My wife starts chemo on Monday"}).outcome
'reject'
"""

from troth.guard.compiled import warn_if_stale

warn_if_stale()  # before the compiled modules load: an edit must never go unseen

from troth.guard.check import (  # noqa: E402
    RULES,
    Decision,
    Finding,
    check,
    check_many,
    declared_fields,
    digest_of,
)
from troth.guard.detection import SPECIAL_CATEGORIES, Detection  # noqa: E402
from troth.guard.engine import Engine, build_engine, default_engine  # noqa: E402
from troth.guard.errors import GuardError, UnknownSystem  # noqa: E402

# The purpose of the key (troth.keys.derive_key) the digests of findings are keyed with.
HASH_KEY_PURPOSE = "guard.hash"

__all__ = [
    "HASH_KEY_PURPOSE",
    "RULES",
    "SPECIAL_CATEGORIES",
    "Decision",
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
