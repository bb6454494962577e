"""The privacy center: public pages where people read the statement and exercise their rights."""

from troth.web.center.choices import router as choices_router
from troth.web.center.preferences import router as preferences_router
from troth.web.center.requests import router as requests_router
from troth.web.center.routes import router

__all__ = ["choices_router", "preferences_router", "requests_router", "router"]
