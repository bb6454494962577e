"""What a correction may change, checked when it is asked for (pure).

A correction names each value it changes by an identity type the data map declares
(``email``) or a category some field of the data map holds (``user.contact.phone_number``);
anything else (``shoe_size``) would be accepted now and fail when the request runs, so it
is refused at once, with the names that can be corrected. A second correction while one
is open is refused too: its values would otherwise be silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from troth.datamap.model import Dataset, covers
from troth.errors import TrothError

SHOWN = 12  # names listed in the error at most


class CorrectionError(TrothError):
    """A correction names a value nothing in the data map holds, or one is already open."""


def correctable(datasets: Iterable[Dataset]) -> tuple[set[str], set[str]]:
    """The identity types and the categories the data map's fields hold."""
    identities: set[str] = set()
    categories: set[str] = set()
    for dataset in datasets:
        for collection in dataset.collections:
            for field in collection.walk():
                if field.identity:
                    identities.add(field.identity)
                categories.update(field.categories)
    return identities, categories


def check_changes(changes: Mapping[str, Any], datasets: Iterable[Dataset]) -> None:
    """Raise :class:`CorrectionError` naming each change nothing in the data map holds."""
    identities, categories = correctable(datasets)
    unknown = [
        name
        for name in changes
        if name not in identities and not any(covers(name, c) for c in categories)
    ]
    if not unknown:
        return
    known = sorted(identities) + sorted(c for c in categories if c.startswith("user."))
    listed = ", ".join(known[:SHOWN]) + (", ..." if len(known) > SHOWN else "")
    names = ", ".join(repr(n) for n in unknown)
    raise CorrectionError(
        f"nothing in the data map is {names}: a correction names an identity type or a "
        f"category ({listed or 'the data map is empty'})"
    )


def check_not_dropped(
    asked: Mapping[str, Any], open_request_id: str, open_changes: Mapping[str, Any]
) -> None:
    """Refuse a correction whose values differ from the one already open for the person."""
    if dict(asked) == dict(open_changes):
        return
    raise CorrectionError(
        f"a correction is already open for this person ({open_request_id}); the new values "
        "were not added: confirm or finish the open one, then ask again"
    )
