"""How a field is erased: the strategies, the default per category, and the masked values.

Strategies: ``delete_row`` (the whole row goes), ``null``, ``fixed`` (a fixed value fitting
the column), ``hash`` (a keyed HMAC-SHA-256 of the value, so unique columns stay unique and
equal values stay equal without being readable), ``random`` (random text or number).

The policy format has no ``erasure:`` section yet, so the default comes from
:data:`STRATEGY_BY_CATEGORY` (the most specific category wins) and otherwise ``null``.
When a column cannot hold the chosen value (``null`` on a NOT NULL column) the nearest
strategy that fits is used (``hash`` for text, ``fixed`` otherwise); a column whose kind
of value is unknown cannot be erased and raises :class:`MaskingError`.

The hashing key comes from ``TROTH_MASKING_KEY``; without it a random key is drawn for the
process, which makes hashed values unlinkable even by us.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from datetime import date, datetime
from typing import Any, Literal

from troth.connectors.base import ColumnInfo
from troth.errors import TrothError

Strategy = Literal["delete_row", "null", "fixed", "hash", "random"]
STRATEGIES: tuple[str, ...] = ("delete_row", "null", "fixed", "hash", "random")

STRATEGY_BY_CATEGORY: dict[str, Strategy] = {
    # a random value can never be a valid secret, where null might mean "no password set"
    "user.authorization": "random",
}

FIXED_TEXT = "erased"
FIXED_DATETIME = datetime(1970, 1, 1)
FIXED_DATE = date(1970, 1, 1)

_process_key = secrets.token_bytes(32)


class MaskingError(TrothError):
    """A field cannot be erased the way the request needs."""


def masking_key() -> bytes:
    configured = os.environ.get("TROTH_MASKING_KEY")
    return configured.encode() if configured else _process_key


def strategy_for(categories: tuple[str, ...] | list[str]) -> Strategy:
    """The default strategy for a field holding ``categories`` (most specific rule wins)."""
    best: tuple[int, Strategy] | None = None
    for category in categories:
        for rule, strategy in STRATEGY_BY_CATEGORY.items():
            if category == rule or category.startswith(rule + "."):
                depth = rule.count(".")
                if best is None or depth > best[0]:
                    best = (depth, strategy)
    return best[1] if best else "null"


def fitting_strategy(strategy: Strategy, column: ColumnInfo) -> Strategy:
    """The strategy actually applied to ``column``: one the column can hold."""
    if column.kind == "unknown":
        raise MaskingError(
            f"column {column.name!r} holds a kind of value erasure does not know; "
            "it cannot be erased"
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


def masked_value(strategy: Strategy, column: ColumnInfo, original: Any) -> Any:
    """The value ``column`` gets in place of ``original`` (``delete_row`` has none)."""
    applied = fitting_strategy(strategy, column)
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
