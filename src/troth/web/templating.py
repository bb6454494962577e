"""The Jinja2 environment of the pages."""

import re
from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from troth.words import counted

_BREAK_AFTER = re.compile(r"([._:/@])")


def words(key: object) -> str:
    """A key of stored details as words: ``rows_changed`` -> "rows changed"."""
    return str(key).replace("_", " ")


def breakable(text: object) -> Markup:
    """``text`` escaped, with a break allowed after each dot, underscore, colon, slash or
    at-sign (identifiers wrap there, never inside a word)."""
    return Markup(_BREAK_AFTER.sub(r"\1<wbr>", str(escape(str(text)))))


def columns(rows: list[dict[str, object]]) -> list[str]:
    """The keys of a list of records, in the order they first appear."""
    seen: dict[str, None] = {}
    for row in rows:
        if isinstance(row, dict):
            seen.update(dict.fromkeys(row))
    return list(seen)


def organisation(request: Request) -> dict[str, str]:
    """The organisation's name for every page's header (the policy the service loaded)."""
    context = getattr(request.app.state, "context", None)
    try:
        name = context.policy.organisation.name if context is not None else ""
    except Exception:  # noqa: BLE001 - a page still renders, headed by its plain title
        name = ""
    return {"organisation": name}


templates = Jinja2Templates(
    directory=str(Path(__file__).parent / "templates"), context_processors=[organisation]
)
templates.env.filters["counted"] = counted
templates.env.filters["words"] = words
templates.env.filters["breakable"] = breakable
templates.env.filters["columns"] = columns
