"""CLI commands of the web service: ``troth serve`` and ``troth promises``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from troth.config import load_settings
from troth.promises import PromiseStatus, status_of

console = Console()


def serve_command(
    host: Annotated[
        str | None, typer.Option(help="Interface (default TROTH_HOST, 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default TROTH_PORT, 8000).")] = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes (each loads the app; 2 on 2 cores).")
    ] = 1,
) -> None:
    """Run the web service in this process."""
    import uvicorn

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
        console.print(line, soft_wrap=True)
    options = {"loop": "uvloop", "http": "httptools"} if fast_server_available() else {}
    if workers > 1:  # each worker process builds its own app from the same settings
        uvicorn.run(
            "troth.web:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            access_log=False,
            **options,
        )
        return
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, **options)


def fast_server_available() -> bool:
    """True when uvloop and httptools (declared dependencies) can be imported here."""
    try:
        import httptools  # noqa: F401
        import uvloop  # noqa: F401
    except ImportError:
        return False
    return True


def promise_statuses(
    policy_file: Path | None = None, tests_dir: Path | None = None
) -> list[PromiseStatus]:
    """The status of every clause of the policy (a plain function behind ``troth promises``)."""
    from troth.policy.in_force import policy_in_force

    policy = policy_in_force(policy_file)
    return status_of(
        ((c.id, c.section, c.owner, c.organisational is not None) for c in policy.clauses),
        tests_dir=tests_dir,
    )


def promises_command(
    policy_file: Annotated[
        Path | None, typer.Option("--policy", help="Policy file (default: the one in force).")
    ] = None,
    tests_dir: Annotated[
        Path | None, typer.Option("--tests", help="Tests folder (default: the checkout's).")
    ] = None,
) -> None:
    """Print each clause, the code that keeps it and the tests that prove it."""
    statuses = promise_statuses(policy_file, tests_dir)
    table = Table(title="Promises of the statement", show_lines=True)
    for column in ("clause", "section", "owner", "status", "kept by", "proven by"):
        table.add_column(column)
    for p in statuses:
        table.add_row(
            p.clause,
            p.title,
            p.owner,
            p.status,
            "\n".join(p.kept_by) or "-",
            "\n".join(p.proven_by) or "-",
        )
    console.print(table)
    enforced = sum(p.status == "enforced" for p in statuses)
    console.print(f"{enforced} of {len(statuses)} clauses enforced and proven by tests.")
