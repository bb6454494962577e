"""The privacy console: server-rendered pages for the privacy team (staff only)."""

from troth.web.console.account import router as account_router
from troth.web.console.consent import router as consent_router
from troth.web.console.requests import router as requests_router
from troth.web.console.routes import router

__all__ = ["account_router", "consent_router", "requests_router", "router"]
