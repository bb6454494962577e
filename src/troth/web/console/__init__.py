"""The privacy console: server-rendered pages for the privacy team (staff only)."""

from troth.web.console.requests import router as requests_router
from troth.web.console.routes import router

__all__ = ["requests_router", "router"]
