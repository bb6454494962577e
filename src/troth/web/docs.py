"""The OpenAPI page, served whole by the service itself: no third-party host is asked.

FastAPI's default page loads Swagger UI from a CDN, which tells that CDN who reads the
documentation and leaves the page blank offline. Here the viewer's files come from the
``swagger-ui-bundle`` package, mounted under ``/static/swagger-ui/``, and the page starts it
with a script file of our own, so the strict Content-Security-Policy holds on ``/docs`` too.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"
SWAGGER_PREFIX = "/static/swagger-ui"

router = APIRouter(include_in_schema=False)

DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Troth — the JSON API</title>
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="{prefix}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui" data-openapi-url="{openapi_url}"></div>
<script src="{prefix}/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body>
</html>
"""


def swagger_ui_folder() -> Path:
    """Where the installed ``fastapi-offline`` package keeps the viewer's files."""
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


@router.get("/docs", response_class=HTMLResponse)
def docs_page() -> HTMLResponse:
    return HTMLResponse(DOCS_PAGE.format(prefix=SWAGGER_PREFIX, openapi_url="/api/v1/openapi.json"))


@router.get("/redoc")
def redoc() -> RedirectResponse:
    """ReDoc is not bundled; its address leads to the one documentation page there is."""
    return RedirectResponse("/docs", status_code=308)


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    return FileResponse(STATIC / "favicon.ico", media_type="image/x-icon")


def install(app: FastAPI) -> None:
    """Mount the viewer's files (before ``/static``, which would otherwise answer 404 for
    them) and add the documentation routes."""
    app.mount(SWAGGER_PREFIX, StaticFiles(directory=str(swagger_ui_folder())), name="swagger-ui")
    app.include_router(router)
