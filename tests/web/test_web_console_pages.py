"""The console's pages over real HTTP: sign-in, cookies, CSRF, data map, audit, charts, staff."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx
import pyotp
import pytest

from troth.audit import AuditLog
from troth.demo.datasets import demo_datasets
from troth.staff.accounts import StaffAccounts
from troth.testing.live import LiveServer


def csrf(client: httpx.Client, path: str = "/console/login") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text).group(1)


@pytest.fixture
def anon(live_server: LiveServer):  # noqa: ANN201
    with httpx.Client(base_url=live_server.url, follow_redirects=False) as client:
        yield client


def _store(live_server: LiveServer):  # noqa: ANN202
    return live_server.app.state.context.store


@pytest.mark.proves("Sec1", via="troth.staff.accounts.StaffAccounts.check_password")
def test_session_cookie_is_httponly_samesite_strict(live_server: LiveServer, anon) -> None:
    StaffAccounts(_store(live_server).engine).create(
        "ada@example.com", "violet-anvil-harbour-92", "viewer"
    )
    token = csrf(anon)
    r = anon.post(
        "/console/login",
        data={
            "csrf_token": token,
            "email": "ada@example.com",
            "password": "violet-anvil-harbour-92",
        },
    )
    assert r.status_code == 303
    cookie = next(h for h in r.headers.get_list("set-cookie") if h.startswith("troth_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert "ada@example.com" not in r.headers["location"]


def test_wrong_password_and_missing_csrf_are_refused(live_server: LiveServer, anon) -> None:
    StaffAccounts(_store(live_server).engine).create(
        "ada@example.com", "violet-anvil-harbour-92", "viewer"
    )
    token = csrf(anon)
    r = anon.post(
        "/console/login",
        data={"csrf_token": token, "email": "ada@example.com", "password": "nope-nope-nope"},
    )
    assert r.status_code == 401 and "the address or the password is wrong" in r.text
    r = anon.post(
        "/console/login", data={"email": "ada@example.com", "password": "violet-anvil-harbour-92"}
    )
    assert r.status_code == 403 and "security token" in r.text
    r = anon.post(
        "/console/login",
        data={
            "csrf_token": "0" * 64,
            "email": "ada@example.com",
            "password": "violet-anvil-harbour-92",
        },
    )
    assert r.status_code == 403
    assert "troth_session" not in anon.cookies


@pytest.mark.proves("Sec1", via="troth.staff.accounts.StaffAccounts.check_totp")
def test_totp_sign_in_over_http(live_server: LiveServer, anon) -> None:
    accounts = StaffAccounts(_store(live_server).engine)
    accounts.create("ada@example.com", "violet-anvil-harbour-92", "admin")
    secret = accounts.enable_totp("ada@example.com")
    r = anon.post(
        "/console/login",
        data={
            "csrf_token": csrf(anon),
            "email": "ada@example.com",
            "password": "violet-anvil-harbour-92",
        },
    )
    assert r.status_code == 303 and r.headers["location"] == "/console/login/code"
    # Password alone is not a session.
    assert anon.get("/console/staff").status_code == 303
    r = anon.post(
        "/console/login/code", data={"csrf_token": csrf(anon), "code": pyotp.TOTP(secret).now()}
    )
    assert r.status_code == 303 and r.headers["location"] == "/console"
    assert anon.get("/console/staff").status_code == 200


def test_overview_charts_datamap_and_graph(live_server: LiveServer, staff_login) -> None:
    store = _store(live_server)
    for body in demo_datasets():
        store.save_dataset(body["fides_key"], body, None, "demo")
    client, _, _ = staff_login("viewer")
    page = client.get("/console")
    assert page.status_code == 200
    assert page.text.count("<svg") == 2 and "Requests received per week" in page.text
    page = client.get("/console/datamap")
    assert page.status_code == 200
    assert "demo_accounts" in page.text and "user.contact.email" in page.text
    assert "Retention" in page.text and "identity: email" in page.text
    svg = client.get("/console/datamap/graph.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.text.startswith("<svg") and "demo_accounts" in svg.text
    # Viewers do not see the audit log or staff pages in the menu.
    assert 'href="/console/audit"' not in page.text and 'href="/console/staff"' not in page.text


def test_audit_log_is_searchable(live_server: LiveServer, staff_login) -> None:
    client, email, _ = staff_login("analyst")
    log = AuditLog(_store(live_server).engine)
    log.append("system", "request.received", "request:abc123", {"kind": "erasure"})
    log.append("system", "request.received", "request:def456", {"kind": "access"})
    page = client.get("/console/audit", params={"q": "erasure"})
    assert page.status_code == 200
    assert "request:<wbr>abc123" in page.text and "request:<wbr>def456" not in page.text
    assert "1 event matches;" in page.text  # one, not "1 events match"
    assert "hash chain is intact" in page.text
    page = client.get("/console/audit", params={"action": "staff.sign_in"})
    assert "staff.<wbr>sign_<wbr>in" in page.text and "request:<wbr>abc123" not in page.text
    table = page.text.split("<tbody>")[1].split("</tbody>")[0]
    assert "staff:" in table and email not in table  # staff are named by id, never by address


def test_admin_manages_staff_with_csrf(live_server: LiveServer, staff_login) -> None:
    client, _, _ = staff_login("admin")
    weak = client.post(
        "/console/staff",
        data={
            "csrf_token": csrf(client),
            "email": "new@example.com",
            "password": "password1234",
            "role": "viewer",
        },
    )
    assert weak.status_code == 422 and "too weak" in weak.text
    r = client.post(
        "/console/staff",
        data={
            "csrf_token": csrf(client),
            "email": "new@example.com",
            "password": "quiet-lantern-orbit-17",
            "role": "viewer",
        },
    )
    assert r.status_code == 303
    accounts = StaffAccounts(_store(live_server).engine)
    new = accounts.by_email("new@example.com")
    assert new.role.value == "viewer"
    no_token = client.post(f"/console/staff/{new.id}", data={"change": "role", "role": "admin"})
    assert no_token.status_code == 403
    assert accounts.by_email("new@example.com").role.value == "viewer"
    r = client.post(
        f"/console/staff/{new.id}",
        data={"csrf_token": csrf(client), "change": "role", "role": "approver"},
    )
    assert r.status_code == 303 and accounts.by_email("new@example.com").role.value == "approver"
    # A locked account shows as locked and an admin can unlock it.
    for _ in range(5):
        try:
            accounts.check_password("new@example.com", "wrong-password-123")
        except Exception:  # noqa: S110 - the failures are the point
            pass
    assert "locked" in client.get("/console/staff").text
    r = client.post(
        f"/console/staff/{new.id}", data={"csrf_token": csrf(client), "change": "unlock"}
    )
    assert r.status_code == 303, r.text[-600:]
    member = accounts.by_email("new@example.com")
    assert not member.locked(datetime.now(UTC) + timedelta(seconds=1))


def test_charts_count_requests_per_week_and_durations() -> None:
    from troth.web.console.svg import completion_histogram, requests_per_week

    today = datetime(2026, 3, 18, tzinfo=UTC).date()  # a Wednesday
    monday = datetime(2026, 3, 16, 9, tzinfo=UTC)
    starts, series = requests_per_week(
        [
            ("access", monday),
            ("access", monday - timedelta(days=7)),
            ("erasure", monday),
            ("erasure", monday - timedelta(weeks=30)),
        ],
        weeks=4,
        today=today,
    )
    assert starts[-1] == monday.date() and len(starts) == 4
    assert series == {"access": [0, 0, 1, 1], "erasure": [0, 0, 0, 1]}
    labels, counts = completion_histogram([0.5, 1.5, 10, 50, 50])
    assert labels[0] == "0–1 d" and labels[-1] == "45+ d"
    assert counts == [1, 1, 0, 0, 1, 0, 0, 2]


def test_audit_details_read_as_labelled_values_not_json(
    live_server: LiveServer, staff_login
) -> None:
    client, _, _ = staff_login("analyst")
    log = AuditLog(_store(live_server).engine)
    details = {
        "kind": "erasure",
        "reason": "the person's wish",
        "rows_changed": 1200,
        "kept": [{"collection": "demo_orders.orders", "rows": 3, "why": "tax law"}],
    }
    log.append("system", "request.completed", "request:req_0123456789abcdef", details)
    page = client.get("/console/audit", params={"action": "request.completed"})
    table = page.text.split("<tbody>", 1)[1].rsplit("</tbody>", 1)[0]
    assert "\\u0027" not in table and "&#34;" not in table and '{"kind"' not in table
    assert "<dt>reason</dt><dd>the person&#39;s wish</dd>" in table
    assert "<dt>rows changed</dt><dd>1,200</dd>" in table
    assert '<th scope="col">collection</th>' in table
    assert "demo_<wbr>orders.<wbr>orders" in table  # breaks at the dot and underscore only
