"""Helpers of the browser tests: the axe-core check and the tour's screenshots."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# The README's tour is refreshed on purpose only (``make screenshots`` sets
# TROTH_SCREENSHOTS=docs); a test run writes its screenshots to a temporary folder, so
# ``make test`` leaves the checkout as it found it.
DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SCREENSHOTS = (
    DOCS_SCREENSHOTS
    if os.environ.get("TROTH_SCREENSHOTS") == "docs"
    else Path(tempfile.gettempdir()) / "troth-screenshots"
)


def axe_serious(page) -> list[str]:  # noqa: ANN001
    """The serious or critical axe-core violations of the page, as ``rule: target`` lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


def screenshot(page, name: str) -> None:  # noqa: ANN001
    """Save a full-page screenshot of a main page for the README's tour."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
