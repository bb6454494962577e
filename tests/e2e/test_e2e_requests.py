"""Flows 1 and 2 in the browser: a deletion approved by staff, and an access archive download."""

from __future__ import annotations

import re
import secrets
import time
import zipfile

import pytest
import sqlalchemy as sa
from e2e_browser import axe_serious, screenshot

from troth.config import load_settings
from troth.staff.accounts import StaffAccounts
from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer


def mailed(smtp: SmtpServer, to: str) -> tuple[str, str]:
    mail = [m for m in smtp.messages if m["To"] == to and "verification code" in m["Subject"]][-1]
    text = mail.get_body(("plain",)).get_content()
    return re.search(r"\((req_[0-9a-f]+)\)", text).group(1), re.search(r"code: (\S+)", text).group(
        1
    )


def ask(page, url: str, kind_label: str, email: str) -> None:  # noqa: ANN001
    page.goto(f"{url}/privacy/requests/new")
    page.get_by_label(kind_label).check()
    page.get_by_label("Your e-mail address").fill(email)
    page.get_by_role("button", name="Send the request").click()
    page.get_by_role("heading", name="Confirm your request").wait_for()


def confirm(page, smtp: SmtpServer, email: str) -> str:  # noqa: ANN001
    number, code = mailed(smtp, email)
    page.get_by_label("Request number").fill(number)
    page.get_by_label("Code from the e-mail").fill(code)
    page.get_by_role("button", name="Confirm").click()
    page.locator("#request-status").wait_for()
    return number


def rows_of(email: str) -> int:
    engine = sa.create_engine(load_settings().demo_database_url)
    with engine.connect() as conn:
        n = conn.execute(
            sa.text("SELECT count(*) FROM accounts WHERE email = :e"), {"e": email}
        ).scalar_one()
    engine.dispose()
    return n


@pytest.fixture
def approval_for_erasure(monkeypatch: pytest.MonkeyPatch, troth_home) -> None:  # noqa: ANN001
    monkeypatch.setenv("TROTH_REQUEST_APPROVAL", "erasure")


@pytest.mark.proves("R3", via="troth.requests.dispatch.execute")
def test_deletion_request_verified_approved_and_carried_out(
    approval_for_erasure,
    demo_company: list[str],
    live_server: LiveServer,
    smtp_server: SmtpServer,
    browser,  # noqa: ANN001
) -> None:
    url, email = live_server.url, demo_company[0]
    assert rows_of(email) == 1
    person = browser.new_context().new_page()
    person.goto(f"{url}/privacy/requests/new")
    assert axe_serious(person) == []
    screenshot(person, "center-request")
    ask(person, url, "Delete my information", email)
    number = confirm(person, smtp_server, email)
    assert person.locator('[data-state="verified"]').count() == 1
    assert email not in person.url

    password = "Pw-" + secrets.token_urlsafe(16)
    StaffAccounts(live_server.app.state.context.store.engine).create(
        "approver@staff.example.com", password, "approver"
    )
    staff = browser.new_context().new_page()
    staff.goto(f"{url}/console/login")
    staff.get_by_label("Staff e-mail address").fill("approver@staff.example.com")
    staff.get_by_label("Password").fill(password)
    staff.get_by_role("button", name="Sign in").click()
    staff.goto(f"{url}/console/requests")
    assert axe_serious(staff) == []  # the tour's picture of the queue is the demo's history
    staff.get_by_role("link", name=number).click()
    assert staff.locator("#state").inner_text() == "verified"
    assert email not in staff.content()  # staff see a pseudonymous subject, not the address
    staff.get_by_role("button", name="Approve").click()
    for _ in range(100):
        if staff.locator("#state").inner_text() == "complete":
            break
        time.sleep(0.1)
        staff.reload()
    assert staff.locator("#state").inner_text() == "complete"
    assert axe_serious(staff) == []
    # the evidence reads as labelled values, its detail folded: a page, not a scroll of JSON
    evidence = staff.locator("section[aria-labelledby='evidence-h']").inner_text()
    assert "deleted" in evidence and "{" not in evidence and "\\u0027" not in evidence
    assert staff.evaluate("document.documentElement.scrollHeight") < 4000
    screenshot(staff, "console-request")
    assert rows_of(email) == 0
    assert rows_of(demo_company[1]) == 1


@pytest.mark.proves("R2", via="troth.requests.dispatch.execute")
def test_access_archive_downloaded_contains_the_persons_data(
    demo_company: list[str], live_server: LiveServer, smtp_server: SmtpServer, page, tmp_path
) -> None:  # noqa: ANN001
    url, email = live_server.url, demo_company[0]
    ask(page, url, "Get a copy of my information", email)
    number = confirm(page, smtp_server, email)
    for _ in range(100):
        page.goto(f"{url}/privacy/requests/status")
        page.get_by_label("Request number").fill(number)
        page.get_by_label("The e-mail address you made it with").fill(email)
        page.get_by_role("button", name="Show the status").click()
        if page.locator('[data-state="complete"]').count():
            break
        time.sleep(0.1)
    assert axe_serious(page) == []
    screenshot(page, "center-status")
    with page.expect_download() as info:
        page.get_by_role("link", name=re.compile("Download your data")).click()
    path = tmp_path / "archive.zip"
    info.value.save_as(path)
    with zipfile.ZipFile(path) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist())
    assert email.encode() in everything
    assert demo_company[1].encode() not in everything
