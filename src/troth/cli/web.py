"""CLI commands of the web service: ``troth serve`` and ``troth promises``."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from troth.cli.terminal import output
from troth.config import load_settings
from troth.promises import (
    ENFORCED,
    NOT_KEPT,
    POLICY_ONLY,
    PromiseStatus,
    by_section,
    clause_texts,
    status_of,
)

console = output()
STATUS_STYLE = {ENFORCED: "green", POLICY_ONLY: "yellow", NOT_KEPT: "red"}


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
        console.print(line, soft_wrap=True)
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


def promise_statuses(
    policy_file: Path | None = None, tests_dir: Path | None = None
) -> list[PromiseStatus]:
    """The status of every clause of the policy (a plain function behind ``troth promises``)."""
    from troth.policy.in_force import policy_in_force

    return status_of(clause_texts(policy_in_force(policy_file)), tests_dir=tests_dir)


def print_promises(statuses: list[PromiseStatus], out: Console) -> None:
    """Each clause under its section: the promise, its status, then the keeper and the tests.

    Names of code and tests are printed one a line and never wrapped, so that they can be
    copied whole."""
    for section, clauses in by_section(statuses):
        out.print(Text(section, style="bold underline"))
        for p in clauses:
            out.print(Text.assemble((p.clause, "bold"), " ", p.promise), highlight=False)
            out.print(Text.assemble("    status: ", (p.status, STATUS_STYLE[p.status])))
            if p.organisational:
                out.print(Text(f"    organisational: {p.organisational}"), highlight=False)
            for label, names in (("kept by", p.kept_by), ("proven by", p.proven_by)):
                if not names:
                    continue
                out.print(f"    {label}:")
                for name in names:
                    out.print(Text(f"      {name}"), soft_wrap=True, highlight=False)
        out.print()
    counts = Counter(p.status for p in statuses)
    out.print(
        f"{counts[ENFORCED]} of {len(statuses)} clauses enforced: kept by code and proven by a "
        f"test linked to it; {counts[POLICY_ONLY]} checked in the policy only; "
        f"{counts[NOT_KEPT]} not kept.",
        highlight=False,
    )


def promises_command(
    policy_file: Annotated[
        Path | None, typer.Option("--policy", help="Policy file (default: the one in force).")
    ] = None,
    tests_dir: Annotated[
        Path | None,
        typer.Option("--tests", help="Read the tests here (default: the index Troth ships)."),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="A JSON list: id, promise, status, kept_by, proven_by."),
    ] = False,
) -> None:
    """Print each promise, its status, the code that keeps it and the tests that prove it."""
    statuses = promise_statuses(policy_file, tests_dir)
    if as_json:
        typer.echo(json.dumps([p.as_json() for p in statuses], indent=2))
        return
    print_promises(statuses, console)
