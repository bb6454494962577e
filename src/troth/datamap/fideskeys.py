"""Which fideslang keys Troth acts on, and a note for each one it does not (pure).

A Fides user's files must mean in Troth what they mean in Fides. Where Troth does not honour
a key, it says so instead of dropping it: ``troth datamap import`` and ``datamap check``
print these notes. docs/semantics.md (section F) says what each honoured key does.
"""

from __future__ import annotations

from typing import Any

# fides_meta keys of a field that Troth acts on
FIELD_KEYS = frozenset(
    {
        "references",
        "identity",
        "primary_key",
        "data_type",
        "length",
        "read_only",
        "masking_strategy_override",
    }
)
# masking_strategy_override strategies of a field, as Troth's strategies
FIELD_STRATEGIES = {
    "null_rewrite": "null",
    "string_rewrite": "fixed",
    "hash": "hash",
    "random_string_rewrite": "random",
}
COLLECTION_STRATEGIES = frozenset({"delete"})


def _set(value: Any) -> bool:
    """A key counts as written when it holds something other than nothing or false."""
    return value not in (None, False, {}, [])


def _field_notes(field: dict[str, Any], where: str) -> list[str]:
    notes: list[str] = []
    meta = field.get("fides_meta") or {}
    for key, value in meta.items():
        if key not in FIELD_KEYS and _set(value):
            notes.append(f"{where}: fides_meta.{key} is not acted on by Troth")
    override = meta.get("masking_strategy_override") or {}
    strategy = override.get("strategy")
    if strategy is not None and strategy not in FIELD_STRATEGIES:
        notes.append(
            f"{where}: masking strategy {strategy!r} is not acted on by Troth "
            "(the field is erased with the policy's strategy, else null)"
        )
    for ref in meta.get("references") or ():
        if isinstance(ref, dict) and ref.get("direction") is None:
            notes.append(
                f"{where}: the reference to {ref.get('field')} has no direction; "
                "it is followed both ways, as ownership and as referral"
            )
    for child in field.get("fields") or ():
        name = child.get("name", "?")
        notes.extend(_field_notes(child, f"{where}.{name}"))
    return notes


def unhonoured_keys(body: dict[str, Any]) -> tuple[str, ...]:
    """A note per fideslang key in a dataset body that Troth does not act on."""
    key = body.get("fides_key", "?")
    notes: list[str] = []
    for name, value in (body.get("fides_meta") or {}).items():
        if _set(value):
            notes.append(f"dataset '{key}': fides_meta.{name} is not acted on by Troth")
    for collection in body.get("collections") or ():
        where = f"{key}.{collection.get('name', '?')}"
        meta = collection.get("fides_meta") or {}
        for name, value in meta.items():
            if name != "masking_strategy_override" and _set(value):
                notes.append(f"{where}: fides_meta.{name} is not acted on by Troth")
        strategy = (meta.get("masking_strategy_override") or {}).get("strategy")
        if strategy is not None and strategy not in COLLECTION_STRATEGIES:
            notes.append(f"{where}: masking strategy {strategy!r} is not acted on by Troth")
        for field in collection.get("fields") or ():
            notes.extend(_field_notes(field, f"{where}.{field.get('name', '?')}"))
    return tuple(notes)
