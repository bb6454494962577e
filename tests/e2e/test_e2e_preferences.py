"""Flow 3 in the browser: a person withdraws marketing consent, and a campaign then skips them."""

from __future__ import annotations

import re

import pytest
from e2e_browser import axe_serious, screenshot

from troth.consent.keys import subject_key
from troth.consent.marketing import Campaign, send_campaign
from troth.consent.notices import fresh_consent_requirements
from troth.consent.service import ConsentService
from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer

EMAIL_MARKETING = "marketing.communications.email"


@pytest.mark.proves("U5", "R4", via="troth.web.center.preferences.change")
def test_withdrawn_marketing_consent_is_skipped_by_the_next_campaign(
    smtp_server: SmtpServer, live_server: LiveServer, page
) -> None:  # noqa: ANN001
    ctx = live_server.app.state.context
    service = ConsentService(ctx.store, ctx.policy, fresh_consent_requirements(ctx.store))
    for email in ("ada@example.org", "bob@example.org"):
        service.ledger.register(email, ["marketing"])
        service.ledger.record(email, EMAIL_MARKETING, True, "sign_up")
        service.ledger.confirm(subject_key(email), EMAIL_MARKETING)  # double opt-in

    url = live_server.url
    page.goto(f"{url}/privacy/preferences")
    page.get_by_label("Your e-mail address").fill("ada@example.org")
    page.get_by_role("button", name="E-mail me a link").click()
    page.get_by_role("status").wait_for()
    mail = [m for m in smtp_server.messages if m["To"] == "ada@example.org"][-1]
    link = re.search(r"(http://\S+/privacy/preferences/manage/\S+)", mail.get_content()).group(1)
    page.goto(link)
    cell = page.locator(f'td[data-purpose="{EMAIL_MARKETING}"]')
    assert cell.inner_text() == "given"
    assert axe_serious(page) == []
    screenshot(page, "center-preferences")
    page.locator("tr", has=cell).get_by_role("button", name=re.compile("^Withdraw")).click()
    assert page.locator(f'td[data-purpose="{EMAIL_MARKETING}"]').inner_text() == "not given"

    smtp_server.clear()
    report = send_campaign(service, Campaign("Spring news", "Hello", base_url=url))
    receivers = [m["To"] for m in smtp_server.messages]
    assert receivers == ["bob@example.org"]
    assert report.sent == 1 and sum(report.skipped.values()) == 1


def test_a_forged_or_foreign_link_opens_nothing(live_server: LiveServer, page) -> None:  # noqa: ANN001
    response = page.goto(f"{live_server.url}/privacy/preferences/manage/forged.token")
    assert response.status == 400
    assert "not valid" in page.get_by_role("alert").inner_text()
