"""The console's consent pages in the browser: a flagged child deleted in one step through the
request engine on the demo company, a subject's consent records, and TOTP enrolment."""

from __future__ import annotations

import re
import secrets

import httpx
import pyotp
import pytest
import sqlalchemy as sa
from e2e_browser import axe_serious, screenshot

from troth.config import load_settings
from troth.consent.keys import subject_key
from troth.staff.accounts import StaffAccounts
from troth.testing import optin
from troth.testing.live import LiveServer


def sign_in(page, url: str, engine: sa.Engine, role: str) -> str:  # noqa: ANN001
    email, password = f"{role}@staff.example.com", "Pw-" + secrets.token_urlsafe(16)
    StaffAccounts(engine).create(email, password, role)
    page.goto(f"{url}/console/login")
    page.get_by_label("Staff e-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{url}/console")
    return email


def accounts_with(email: str) -> int:
    engine = sa.create_engine(load_settings().demo_database_url)
    with engine.connect() as conn:
        n = conn.execute(
            sa.text("SELECT count(*) FROM accounts WHERE email = :e"), {"e": email}
        ).scalar_one()
    engine.dispose()
    return n


@pytest.mark.proves("K2", via="troth.consent.children.delete_flagged")
def test_approver_deletes_a_flagged_child_in_one_step(
    demo_company: list[str], live_server: LiveServer, page
) -> None:  # noqa: ANN001
    url, child = live_server.url, demo_company[0]
    r = httpx.post(f"{url}/api/v1/consent/children/reports", json={"email": child})
    assert r.status_code == 202 and accounts_with(child) == 1
    sign_in(page, url, live_server.app.state.context.store.engine, "approver")
    page.get_by_role("link", name="Possible children").click()
    row = page.locator(f'tr[data-subject="{subject_key(child)}"]')
    assert "parent_report" in row.inner_text()
    assert axe_serious(page) == []
    screenshot(page, "console-children")
    row.get_by_role("textbox").fill(child)
    row.get_by_role("button", name=re.compile("^Delete")).click()
    page.wait_for_url(re.compile(r"/console/requests/req_[0-9a-f]+$"))
    assert page.locator("#state").inner_text() == "complete"
    assert accounts_with(child) == 0 and accounts_with(demo_company[1]) == 1
    page.get_by_role("link", name="Possible children").click()
    assert page.locator("#flagged").inner_text().count("No subject is flagged.") == 1


def test_analyst_reads_consent_records_and_enrols_totp(
    live_server: LiveServer, smtp_server, page
) -> None:  # noqa: ANN001
    url = live_server.url
    r = httpx.post(
        f"{url}/api/v1/consent/signup",
        json={"email": "ada@example.org", "age": 30, "marketing_email": True},
    )
    key = r.json()["subject_key"]
    assert optin.confirm(smtp_server, "ada@example.org").status_code == 200  # double opt-in
    engine = live_server.app.state.context.store.engine
    email = sign_in(page, url, engine, "analyst")
    page.get_by_role("link", name="Consent", exact=True).click()
    page.get_by_label("Subject key").fill(key)
    page.get_by_role("button", name="Search").click()
    assert page.locator("#subject-key").inner_text() == key
    assert (
        page.locator('#current td[data-purpose="marketing.communications.email"]').inner_text()
        == "given"
    )
    assert "ada@example.org" not in page.url
    assert axe_serious(page) == []
    screenshot(page, "console-consent")

    page.get_by_role("link", name=email).click()
    page.get_by_role("button", name="Set up an authenticator").click()
    secret = page.locator("#totp-secret").inner_text()
    assert page.locator("#totp-uri").inner_text().startswith("otpauth://totp/")
    assert axe_serious(page) == []
    screenshot(page, "console-account")
    page.get_by_label("Code from your authenticator").fill(pyotp.TOTP(secret).now())
    page.get_by_role("button", name="Turn on the second factor").click()
    assert page.locator("#totp-state").inner_text() == "TOTP on"
    assert StaffAccounts(engine).by_email(email).totp_enabled
