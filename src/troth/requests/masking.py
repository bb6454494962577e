"""How a field is erased: the strategies, the choice per field, and the masked values.

Strategies: ``delete_row`` (the whole row goes), ``null``, ``fixed`` (a fixed value fitting
the column, or the value the policy gives), ``hash`` (a keyed HMAC-SHA-256 of the value, so
unique columns stay unique and equal values stay equal without being readable), ``random``
(random text or number).

The policy's ``erasure:`` rules choose (:func:`erasure_choice`): a rule naming the field
wins, then a rule naming its collection, then the most specific category rule covering one
of its categories; without any, :data:`STRATEGY_BY_CATEGORY` (the most specific category
wins) and otherwise ``null``. A collection rule's ``rows:`` (:func:`rows_for`) says whether
a subject's rows are deleted or kept with their personal fields masked.
When a column cannot hold the chosen value (``null`` on a NOT NULL column) the nearest
strategy that fits is used (``hash`` for text, ``fixed`` otherwise; ``null`` for
``delete_row`` where the row has to stay); a column whose kind of value is unknown cannot
be erased and raises :class:`MaskingError`.

The hashing key is drawn at random once per process and never stored, so a hashed value
cannot be linked back to the person, not even by this installation (erasure, not
pseudonymisation).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from troth.connectors.base import ColumnInfo
from troth.errors import TrothError
from troth.policy.models import Erasure
from troth.policy.taxonomy import is_within
from troth.promises import keeps

Strategy = Literal["delete_row", "null", "fixed", "hash", "random"]
STRATEGIES: tuple[str, ...] = ("delete_row", "null", "fixed", "hash", "random")

STRATEGY_BY_CATEGORY: dict[str, Strategy] = {
    # a random value can never be a valid secret, where null might mean "no password set"
    "user.authorization": "random",
}

FIXED_TEXT = "erased"
FIXED_DATETIME = datetime(1970, 1, 1)
FIXED_DATE = date(1970, 1, 1)


class MaskingError(TrothError):
    """A field cannot be erased the way the request needs."""


_PROCESS_KEY = secrets.token_bytes(32)


def masking_key() -> bytes:
    """The key of the ``hash`` strategy: random, this process's own, never written down."""
    return _PROCESS_KEY


FixedValue = str | bool | int | float | None
RowsAction = Literal["delete", "keep"]


@dataclass(frozen=True)
class ErasureChoice:
    """The strategy for one field and, for ``fixed``, the policy's value (None: the default)."""

    strategy: Strategy
    value: FixedValue = None


def _default_strategy(categories: tuple[str, ...] | list[str]) -> Strategy:
    best: tuple[int, Strategy] | None = None
    for category in categories:
        for rule, strategy in STRATEGY_BY_CATEGORY.items():
            if is_within(category, rule):
                depth = rule.count(".")
                if best is None or depth > best[0]:
                    best = (depth, strategy)
    return best[1] if best else "null"


@keeps("R3")
def erasure_choice(
    categories: tuple[str, ...] | list[str],
    address: str | None = None,
    rules: Erasure | None = None,
) -> ErasureChoice:
    """How the field at ``address`` (``dataset.collection.field``) holding ``categories`` is erased.

    A field rule wins over a collection rule, which wins over the most specific category rule
    (the first listed on a tie), which wins over the built-in defaults.
    """
    chosen = policy_choice(categories, address, rules)
    return chosen if chosen is not None else ErasureChoice(_default_strategy(categories))


def policy_choice(
    categories: tuple[str, ...] | list[str],
    address: str | None = None,
    rules: Erasure | None = None,
) -> ErasureChoice | None:
    """The policy rule's choice for the field, or None when no rule names it."""
    if rules is not None and rules.rules:
        collection = address.rsplit(".", 1)[0] if address else None
        by_field = by_collection = by_category = None
        depth = -1
        for rule in rules.rules:
            if rule.strategy is None:
                continue
            if by_field is None and address is not None and address in rule.fields:
                by_field = rule
            if by_collection is None and collection is not None and collection in rule.collections:
                by_collection = rule
            for covering in rule.categories:
                if covering.count(".") > depth and any(is_within(c, covering) for c in categories):
                    by_category, depth = rule, covering.count(".")
        chosen = by_field or by_collection or by_category
        if chosen is not None:
            value = chosen.value if chosen.strategy == "fixed" else None
            return ErasureChoice(chosen.strategy, value)  # type: ignore[arg-type]
    return None


def strategy_for(
    categories: tuple[str, ...] | list[str],
    address: str | None = None,
    rules: Erasure | None = None,
) -> Strategy:
    """The strategy for a field (see :func:`erasure_choice`)."""
    return erasure_choice(categories, address, rules).strategy


def rows_for(collection: str, rules: Erasure | None) -> RowsAction | None:
    """``delete`` or ``keep`` when a rule names the collection (``dataset.collection``)."""
    if rules is None:
        return None
    for rule in rules.rules:
        if rule.rows is not None and collection in rule.collections:
            return rule.rows  # type: ignore[return-value]
    return None


def _fixed_fits(value: FixedValue, kind: str) -> bool:
    if kind in ("string", "binary"):
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    return False


def fitting_strategy(strategy: Strategy, column: ColumnInfo, value: FixedValue = None) -> Strategy:
    """The strategy actually applied to ``column``: one the column can hold.

    ``delete_row`` asked of a row that has to stay becomes ``null``; a policy's fixed
    ``value`` the column cannot hold raises :class:`MaskingError`.
    """
    if column.kind == "unknown":
        raise MaskingError(
            f"column {column.name!r} holds a kind of value erasure does not know; "
            "it cannot be erased"
        )
    if strategy == "delete_row":
        strategy = "null"
    if strategy == "fixed" and value is not None and not _fixed_fits(value, column.kind):
        raise MaskingError(
            f"column {column.name!r} holds {column.kind} values and cannot take the policy's "
            f"fixed erasure value (a {type(value).__name__})"
        )
    if strategy == "null" and not column.nullable:
        strategy = "hash" if column.kind == "string" else "fixed"
    if strategy in ("hash", "random") and column.kind not in ("string", "binary", "integer"):
        strategy = "fixed"
    if strategy == "fixed" and column.unique and column.kind in ("string", "binary"):
        strategy = "hash"
    return strategy


def _fit_text(text: str, column: ColumnInfo) -> str:
    return text[: column.length] if column.length else text


def masked_value(
    strategy: Strategy, column: ColumnInfo, original: Any, value: FixedValue = None
) -> Any:
    """The value ``column`` gets in place of ``original`` (``value``: the policy's fixed one)."""
    applied = fitting_strategy(strategy, column, value)
    kind = column.kind
    if applied == "null":
        return None
    if applied == "hash":
        digest = hmac.new(masking_key(), repr(original).encode(), hashlib.sha256)
        if kind == "string":
            return _fit_text(digest.hexdigest(), column)
        if kind == "binary":
            return digest.digest()
        return int.from_bytes(digest.digest()[:6], "big")
    if applied == "random":
        if kind == "string":
            return _fit_text(secrets.token_hex(16), column)
        if kind == "binary":
            return secrets.token_bytes(16)
        return secrets.randbelow(2**31)
    if applied == "fixed" and value is not None:
        if kind == "string":
            return _fit_text(str(value), column)
        if kind == "binary":
            return str(value).encode()
        return value
    if applied == "fixed":
        if kind == "string":
            return _fit_text(FIXED_TEXT, column)
        if kind == "binary":
            return b""
        if kind == "integer":
            return 0
        if kind == "float":
            return 0.0
        if kind == "boolean":
            return False
        if kind == "datetime":
            return FIXED_DATETIME
        if kind == "date":
            return FIXED_DATE
    raise MaskingError(f"column {column.name!r}: no {applied} value for a {kind} column")
