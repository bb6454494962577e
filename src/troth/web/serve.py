"""``troth serve``: run the web service in this process (its command, kept with the app it
serves, so that the command line never imports the web layer)."""

from __future__ import annotations

import os
from typing import Annotated, Any

import typer
from rich.console import Console

from troth.config import load_settings


def serve_command(
    host: Annotated[
        str | None, typer.Option(help="Interface (default TROTH_HOST, 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default TROTH_PORT, 8000).")] = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes (each loads the app; 2 on 2 cores).")
    ] = 1,
    access_log: Annotated[
        bool,
        typer.Option(
            help="A line a request on stderr: method, route, status, time (no addresses, "
            "no query strings)."
        ),
    ] = True,
) -> None:
    """Run the web service in this process."""
    import uvicorn

    from troth.web.access_log import AccessLog, to_stderr
    from troth.web.app import create_app

    settings = load_settings()
    host = host or settings.host
    port = port or settings.port
    if not settings.public_url:  # the local demo: links point where it is served
        scheme = "https" if settings.https else "http"
        os.environ["TROTH_PUBLIC_URL"] = f"{scheme}://{host}:{port}"  # worker processes too
        settings = load_settings()
    app = create_app(settings)
    # Load the policy before listening, so that a broken policy fails at start, not per request.
    app.state.context.policy  # noqa: B018
    base = f"http://{host}:{port}"
    banner = [
        f"Troth is serving [bold]{base}/[/bold]",
        f"  promises         {base}/",
        f"  privacy center   {base}/privacy",
        f"  privacy console  {base}/console   (first admin: troth staff create EMAIL)",
        f"  API docs         {base}/docs",
        f"  policy           {base}/api/v1/policy",
    ]
    for line in banner:
        Console(highlight=False).print(line, soft_wrap=True)
    options: dict[str, Any] = (
        {"loop": "uvloop", "http": "httptools"} if fast_server_available() else {}
    )
    if workers > 1:  # each worker process builds its own app from the same settings
        uvicorn.run(
            "troth.web.access_log:logged_app" if access_log else "troth.web:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            access_log=False,
            **options,
        )
        return
    if access_log:
        to_stderr()
    served = AccessLog(app) if access_log else app
    uvicorn.run(served, host=host, port=port, log_level="warning", access_log=False, **options)


def fast_server_available() -> bool:
    """True when uvloop and httptools (declared dependencies) can be imported here."""
    try:
        import httptools  # noqa: F401
        import uvloop  # noqa: F401
    except ImportError:
        return False
    return True
