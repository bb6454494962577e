"""Build the FastAPI application from the settings."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.middleware.trustedhost import TrustedHostMiddleware

from troth import __version__
from troth.config import Settings, load_settings
from troth.errors import TrothError
from troth.web import auth, docs, pages
from troth.web.api import consent as consent_http
from troth.web.api import guard as guard_http
from troth.web.api import platform
from troth.web.api import requests as requests_http
from troth.web.auth.origin import CrossSiteMiddleware
from troth.web.context import ServiceContext
from troth.web.limits import BodyLimitMiddleware, BodyTooLarge
from troth.web.responses import declare_common_responses
from troth.web.security import SecurityHeadersMiddleware

HERE = Path(__file__).parent
STORE_UNREACHABLE = "the service's database cannot be reached now: try again later"
log = logging.getLogger(__name__)
LOOPBACK_HOSTS = ("localhost", "127.0.0.1")


def allowed_hosts(settings: Settings) -> list[str]:
    """The Host headers the service answers: the public URL's host, and loopback for the
    local demo and health checks. Any other Host is refused with 400 before routing."""
    return sorted({settings.public_host, *LOOPBACK_HOSTS} - {""})


async def troth_error(_: Request, exc: TrothError) -> JSONResponse:
    """Every refusal the service raises: its status code and its one line."""
    return JSONResponse(status_code=exc.status_code, content={"error": str(exc)})


async def store_unreachable(_: Request, exc: DBAPIError) -> JSONResponse:
    """The platform's own database did not answer: 503, and the kind of failure in the log
    (never the statement or its values)."""
    log.warning("the store did not answer: %s", type(exc.orig).__name__)
    return JSONResponse(status_code=503, content={"error": STORE_UNREACHABLE})


PURGE_EVERY_SECONDS = 3600  # how often the server deletes access archives past their time


async def purge_archives_every(ctx: ServiceContext, seconds: float) -> None:
    """Delete expired access archives now and then every ``seconds``, off the event loop; a
    failure is logged (its kind only) and the next round tries again."""
    while True:
        try:
            await run_in_threadpool(ctx.requests.purge_archives)
        except Exception as exc:  # noqa: BLE001 - the loop outlives one failed round
            log.warning("expired archives were not purged: %s", type(exc).__name__)
        await asyncio.sleep(seconds)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """While the service runs, expired access archives are purged every hour, and a thread
    picks up requests left behind (:mod:`troth.requests.worker`;
    ``TROTH_REQUEST_SWEEP_SECONDS=0`` turns it off)."""
    from troth.requests.worker import Sweeper

    context: ServiceContext = app.state.context
    every = context.settings.request_sweep_seconds
    sweeper = Sweeper(lambda: context.requests, every).start() if every else None
    app.state.sweeper = sweeper
    task = asyncio.create_task(purge_archives_every(context, app.state.purge_every))
    try:
        yield
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
        if sweeper is not None:
            sweeper.stop()


def create_app(settings: Settings | None = None) -> FastAPI:
    """The whole service: API under /api/v1, OpenAPI at /docs, pages at /."""
    settings = settings or load_settings()
    app = FastAPI(
        title="Troth",
        version=__version__,
        summary="Keeps the promises of a privacy statement in code.",
        openapi_url="/api/v1/openapi.json",
        # /docs is served by troth.web.docs from the packaged viewer, not from a CDN.
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.context = ServiceContext(settings)
    app.state.purge_every = PURGE_EVERY_SECONDS
    # Added first, so they run inside the security headers: a refusal carries them too.
    # Cross-site refusal runs inside the body limit: an oversized body is a 413 first.
    app.add_middleware(CrossSiteMiddleware, public_url=settings.effective_public_url)
    app.add_middleware(
        BodyLimitMiddleware,
        limit=settings.max_body_bytes,
        overrides={"/api/v1/collect/": max(guard_http.MAX_BODY_BYTES, settings.max_body_bytes)},
    )
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(settings))
    app.add_middleware(SecurityHeadersMiddleware, force_https=settings.https)
    docs.install(app)  # mounts /static/swagger-ui before /static
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(BodyTooLarge)
    async def body_too_large(_: Request, exc: BodyTooLarge) -> JSONResponse:
        return JSONResponse(status_code=413, content={"error": exc.detail})

    app.add_exception_handler(TrothError, troth_error)  # type: ignore[arg-type]
    app.add_exception_handler(OperationalError, store_unreachable)  # type: ignore[arg-type]
    app.add_exception_handler(InterfaceError, store_unreachable)  # type: ignore[arg-type]

    # JSON API routers first: each request walks the routers in order until one matches,
    # and the API paths are the hot ones (the pages router holds the center and console).
    app.include_router(platform.router)
    app.include_router(consent_http.router)
    app.include_router(guard_http.router)
    app.include_router(requests_http.router)
    app.include_router(pages.router)
    auth.install(app, settings)
    declare_common_responses(app)
    return app
