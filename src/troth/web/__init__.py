"""The web service: JSON API, OpenAPI docs and server-rendered pages."""

from troth.web.app import create_app

__all__ = ["create_app"]
