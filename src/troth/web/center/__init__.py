"""The privacy center: public pages where people read the statement and exercise their rights."""

from troth.web.center.routes import router

__all__ = ["router"]
