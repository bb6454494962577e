"""Every status code a route of the JSON API can answer is declared in the OpenAPI document.

The framework declares 200 (or the route's own code) and 422; the middleware and the
guards add more: any body can be refused as unreadable (400), too large (413) or not JSON
(415), a state-changing request carrying another site's session as cross-site (403), and a
staff route without credentials (401) or with too low a role (403). Routers declare their
own codes (404, 409, 429) where they answer them.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.routing import iter_route_contexts

from troth.web.auth.access import role_required_by

STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def error_response(description: str) -> dict[str, Any]:
    """An OpenAPI response whose body is ``{"error": "<one line>"}``."""
    schema = {"type": "object", "properties": {"error": {"type": "string"}}}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


BODY_REFUSALS = {
    400: "The body is not valid JSON, or its Content-Length is not a number",
    403: "Refused: a cross-site request carrying a staff session, or a signed link not valid",
    413: "The body is larger than the limit",
    415: "The body is not application/json",
}
GUARD_REFUSALS = {
    401: "Sign in as staff, or send the service token",
    403: "This needs a higher staff role",
}


def declare_common_responses(app: FastAPI) -> None:
    """Add the refusals the middleware and guards can answer to every documented operation,
    as the OpenAPI document is built (routes of included routers are looked at through
    :func:`fastapi.routing.iter_route_contexts`)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        schema = build()
        guarded = {
            (method, context.path_format)
            for context in iter_route_contexts(app.routes)
            if getattr(context, "dependant", None) is not None and role_required_by(context)
            for method in context.methods or ()
        }
        for path, operations in schema.get("paths", {}).items():
            for method, operation in operations.items():
                extra: dict[int, str] = {}
                if method.upper() in STATE_CHANGING:
                    extra.update(BODY_REFUSALS)
                if (method.upper(), path) in guarded:
                    extra.update(GUARD_REFUSALS)
                responses = operation.setdefault("responses", {})
                for code, text in extra.items():
                    responses.setdefault(str(code), error_response(text))
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
