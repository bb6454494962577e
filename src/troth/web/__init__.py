"""The web service: JSON API, OpenAPI docs and server-rendered pages.

``create_app`` is imported on first use, so that ``troth serve`` can build its options
without loading the web framework."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from troth.web.app import create_app as create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from troth.web.app import create_app

        return create_app
    raise AttributeError(f"module 'troth.web' has no attribute {name!r}")
