"""The privacy center: public pages where people read the statement and exercise their rights."""

from troth.web.center.requests import router as requests_router
from troth.web.center.routes import router

__all__ = ["requests_router", "router"]
