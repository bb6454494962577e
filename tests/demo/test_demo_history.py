"""The demo's console opens on a few months of history: requests of every kind and state,
consents and flags, charted; and a fresh console's charts say plainly they are empty."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from troth.cli import app
from troth.testing.live import LiveServer

runner = CliRunner()


def test_a_fresh_console_says_no_request_has_completed(
    live_server: LiveServer, staff_login
) -> None:  # noqa: ANN001
    client, _, _ = staff_login("viewer")
    page = client.get("/console").text
    assert "0 requests on record" in page
    assert "no request has been completed yet" in page and "in these weeks" in page


def test_the_demo_build_seeds_the_console(
    live_server: LiveServer,
    staff_login,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    built = runner.invoke(app, ["demo", "build", "--subjects", "120", "--seed", "3"])
    assert built.exit_code == 0, built.output
    line = next(x for x in built.stdout.splitlines() if x.startswith("history: "))
    requests = int(re.match(r"history: (\d+) requests, (\d+) consents and 3 flags", line)[1])
    assert requests >= 30
    client, _, _ = staff_login("approver")
    overview = client.get("/console").text
    assert f"{requests} requests on record" in overview
    assert overview.count("<rect") > 20  # bars in both charts
    listing = client.get("/console/requests", params={"show": "all"}).text
    for word in ("access", "erasure", "correction", "withdrawal"):
        assert word in listing
    for state in ("complete", "partial", "received", "verified", "approved"):
        assert f">{state}<" in listing or f"{state}</" in listing, state
    again = runner.invoke(app, ["demo", "build", "--subjects", "120", "--seed", "3", "--replace"])
    assert "history: the store already holds requests; none added" in again.stdout
    assert f"{requests} requests on record" in client.get("/console").text
    children = client.get("/console/children")
    assert children.status_code in (200, 403)
