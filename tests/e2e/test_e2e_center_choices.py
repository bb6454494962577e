"""The privacy center's choice pages in the browser: cookie settings without JavaScript, the
one-click unsubscribe landing page, the notice of change, and marketing by channel."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from e2e_browser import axe_serious, screenshot
from playwright.sync_api import expect

from troth.consent.changes import diff_policies
from troth.consent.keys import subject_key
from troth.consent.ledger import ConsentLedger
from troth.consent.links import sign_link
from troth.consent.notices import save_notice
from troth.policy import default_policy_path, load_policy
from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer

MARKETING = "marketing.communications.email"
ANALYTICS = "analytics.reporting.content_performance"
NEW_VERSION = (
    '  - version: "2018-05-21"',
    '  - version: "2099-01-01"\n    effective: 2099-01-01\n    summary: Longer marketing lists.\n'
    '  - version: "2018-05-21"',
)
MARKETING_CHANGE = (
    "        retention: {period: P30D, after: consent_withdrawn}\n        clauses: [C2]",
    "        retention: {period: P90D, after: consent_withdrawn}\n        clauses: [C2]",
)


def ledger_of(server: LiveServer) -> ConsentLedger:
    ctx = server.app.state.context
    return ConsentLedger(ctx.store, ctx.policy)


@pytest.mark.proves("C7", via="troth.consent.banner.record_cookie_choices")
def test_cookie_settings_work_without_javascript_and_reach_the_ledger(
    live_server: LiveServer, browser
) -> None:  # noqa: ANN001
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/privacy/cookies")
    assert page.locator('fieldset[data-category="analytics"] [data-now]').inner_text() == (
        "Now: not allowed (no choice made yet)"
    )
    page.get_by_label("Allow analytics cookies").check()
    page.get_by_role("button", name="Save my cookie choices").click()
    # The save redirects; wait for the page it lands on rather than read it mid-load.
    expect(page.locator("#cookies-saved")).to_be_visible()
    assert page.get_by_label("Allow analytics cookies").is_checked()
    browser_key = next(c["value"] for c in context.cookies() if c["name"] == "troth_bid")
    state = ledger_of(live_server).state(browser_key)
    assert state.grant(ANALYTICS).granted and state.grant(ANALYTICS).source == "cookie_banner"

    # The banner's endpoint sees the same choice; refusing is as easy and is recorded too.
    assert context.request.get(f"{live_server.url}/api/v1/consent/banner").json()["allowed"] == [
        "essential",
        "analytics",
    ]
    page.get_by_label("Refuse analytics cookies").check()
    page.get_by_role("button", name="Save my cookie choices").click()
    assert not ledger_of(live_server).state(browser_key).grant(ANALYTICS).granted
    # A form without its CSRF token changes nothing.
    r = context.request.post(
        f"{live_server.url}/privacy/cookies", form={"category-analytics": "allow"}
    )
    assert r.status == 403
    assert not ledger_of(live_server).state(browser_key).grant(ANALYTICS).granted
    context.close()

    with_js = browser.new_context().new_page()  # axe-core runs as a script in the page
    with_js.goto(f"{live_server.url}/privacy/cookies")
    assert axe_serious(with_js) == []
    screenshot(with_js, "center-cookies")
    with_js.context.close()


@pytest.mark.proves("U5", via="troth.consent.marketing.unsubscribe")
def test_unsubscribe_landing_page_and_one_click_post_without_a_session(
    live_server: LiveServer, smtp_server: SmtpServer, page
) -> None:  # noqa: ANN001
    ledger = ledger_of(live_server)
    for email in ("ada@example.org", "bob@example.org"):
        ledger.register(email, ["marketing"])
        ledger.grant(email, MARKETING, "sign_up")
        ledger.confirm(subject_key(email), MARKETING)  # double opt-in
        ledger.set_preference(email, "email", "weekly", "sign_up")
    ada, bob = subject_key("ada@example.org"), subject_key("bob@example.org")

    page.goto(f"{live_server.url}/consent/unsubscribe/{sign_link('unsubscribe', ada, 'email')}")
    expect(page.get_by_role("heading", name="You are unsubscribed")).to_be_visible()
    # the center's layout
    expect(page.get_by_role("link", name="Consent and e-mail")).to_be_visible()
    assert axe_serious(page) == []
    screenshot(page, "center-unsubscribed")
    state = ledger.state(ada)
    assert not state.grant(MARKETING).granted and state.frequency("email") == "off"
    page.get_by_role("link", name="See and change your other choices").click()
    assert page.locator('td[data-channel="email"]').inner_text() == "off"

    # RFC 8058: the mail client's POST carries no cookie and no CSRF token, and works.
    token = sign_link("unsubscribe", bob, "email")
    r = httpx.post(
        f"{live_server.url}/consent/unsubscribe/{token}",
        content="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 200 and r.json()["unsubscribed"] is True
    assert not ledger.state(bob).grant(MARKETING).granted

    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    response = page.goto(f"{live_server.url}/consent/unsubscribe/{forged}")
    assert response.status == 403
    assert "signature is not valid" in page.locator("#unsubscribe-error").inner_text()


@pytest.mark.proves("P1", via="troth.consent.changes.diff_policies")
def test_notice_of_change_page_shows_the_announced_change_and_what_it_changes(
    troth_home: Path, monkeypatch: pytest.MonkeyPatch, browser, request: pytest.FixtureRequest
) -> None:  # noqa: ANN001
    text = default_policy_path().read_text(encoding="utf-8")
    for old, new in (NEW_VERSION, MARKETING_CHANGE):
        assert old in text
        text = text.replace(old, new, 1)
    new_path = troth_home / "policy-2099.yaml"
    new_path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("TROTH_POLICY", str(new_path))
    server: LiveServer = request.getfixturevalue("live_server")
    diff = diff_policies(load_policy(), load_policy(new_path))
    assert diff.changes  # the retention of marketing data changes
    save_notice(server.app.state.context.store, diff)

    page = browser.new_context().new_page()
    page.goto(f"{server.url}/privacy")
    page.get_by_role("link", name="What it changes").click()
    article = page.locator('article[data-version="2099-01-01"]')
    assert "takes effect on 2099-01-01" in article.get_by_role("heading").first.inner_text()
    assert "Longer marketing lists." in article.inner_text()
    assert "How long it is kept" in article.inner_text()
    assert "P90D" in article.inner_text()
    assert axe_serious(page) == []
    screenshot(page, "center-changes")


def test_marketing_preferences_by_channel_through_the_mailed_link(
    live_server: LiveServer, smtp_server: SmtpServer, page
) -> None:  # noqa: ANN001
    ledger = ledger_of(live_server)
    ledger.register("ada@example.org", ["marketing"])
    ledger.grant("ada@example.org", MARKETING, "sign_up")
    ledger.confirm(subject_key("ada@example.org"), MARKETING)  # double opt-in
    page.goto(f"{live_server.url}/privacy")
    page.get_by_role("link", name="Consent and e-mail").click()
    page.get_by_label("Your e-mail address").fill("ada@example.org")
    page.get_by_role("button", name="E-mail me a link").click()
    page.get_by_role("status").wait_for()
    mail = [m for m in smtp_server.messages if m["To"] == "ada@example.org"][-1]
    link = re.search(r"(http://\S+/privacy/preferences/manage/\S+)", mail.get_content()).group(1)
    page.goto(link)
    page.get_by_label("How often: Push notifications in our apps").select_option("monthly")
    page.get_by_role("button", name="Save: Push notifications in our apps").click()
    assert page.locator('td[data-channel="push"]').inner_text() == "monthly"
    page.get_by_label("How often: Marketing e-mail").select_option("weekly")
    page.get_by_role("button", name="Save: Marketing e-mail").click()
    assert page.locator('td[data-channel="email"]').inner_text() == "weekly"
    assert ledger.state("ada@example.org").preferences == {"push": "monthly", "email": "weekly"}
    assert axe_serious(page) == []
    screenshot(page, "center-preferences")
