"""The privacy center's statement in the browser: layered, accessible, and GPC shown as honoured."""

from __future__ import annotations

from e2e_browser import axe_serious, screenshot
from playwright.sync_api import expect

from troth.policy import load_policy
from troth.testing.live import LiveServer


def test_statement_is_layered_and_accessible(live_server: LiveServer, page) -> None:  # noqa: ANN001
    policy = load_policy()
    page.goto(f"{live_server.url}/privacy")
    assert page.get_by_role("heading", level=1).inner_text().startswith("How Grandstream")
    assert policy.current_version.version in page.locator(".lead").first.inner_text()
    services = page.locator("article.service")
    assert services.count() == len(policy.systems)
    first = services.first.locator("details")
    assert not first.locator("table").is_visible()  # the summary first, details on demand
    first.locator("summary").click()
    expect(first.locator("table")).to_be_visible()
    assert page.locator("#gpc-notice").count() == 0
    assert axe_serious(page) == []
    screenshot(page, "center-statement")
    page.goto(f"{live_server.url}/")
    assert axe_serious(page) == []
    screenshot(page, "promises")


def test_global_privacy_control_is_shown_as_honoured(live_server: LiveServer, browser) -> None:  # noqa: ANN001
    context = browser.new_context(extra_http_headers={"Sec-GPC": "1"})
    page = context.new_page()
    page.goto(f"{live_server.url}/privacy")
    notice = page.locator("#gpc-notice").inner_text()
    assert "Global Privacy Control" in notice and "We honoured it" in notice
    context.close()
    ctx = live_server.app.state.context
    with ctx.store.engine.connect() as conn:
        from troth.store.tables import privacy_signals

        rows = conn.execute(privacy_signals.select()).mappings().all()
    assert any(r["signal"] == "gpc" and r["honoured"] for r in rows)
