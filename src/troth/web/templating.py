"""The Jinja2 environment of the pages."""

from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates

from troth.words import counted


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
