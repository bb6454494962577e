"""The console's consent pages over real HTTP: possible children deleted in one step through
the request engine (on the demo company), a subject's consent records, TOTP enrolment."""

from __future__ import annotations

import re

import httpx
import pyotp
import pytest
import sqlalchemy as sa

from troth.audit import AuditLog
from troth.config import load_settings
from troth.consent.keys import subject_key
from troth.staff.accounts import StaffAccounts
from troth.testing import optin
from troth.testing.live import LiveServer

MARKETING = "marketing.communications.email"


def csrf(client: httpx.Client, path: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text).group(1)


def _demo_engine() -> sa.Engine:
    return sa.create_engine(load_settings().demo_database_url)


def person(email: str) -> dict[str, object]:
    engine = _demo_engine()
    with engine.connect() as conn:
        row = (
            conn.execute(
                sa.text("SELECT id, username, full_name FROM accounts WHERE email = :e"),
                {"e": email},
            )
            .mappings()
            .one()
        )
    engine.dispose()
    return dict(row)


def _tables(conn: sa.Connection) -> list[sa.Table]:
    metadata = sa.MetaData()
    metadata.reflect(conn)
    return list(metadata.sorted_tables)


def rows_linked(email: str, account: int) -> int:
    """Rows of the demo company linked to the person: by account id or by address."""
    engine = _demo_engine()
    total = 0
    with engine.connect() as conn:
        for table in _tables(conn):
            where = [table.c.account_id == account] if "account_id" in table.c else []
            where += [table.c.id == account] if table.name == "accounts" else []
            where += [table.c.email == email] if "email" in table.c else []
            if where:
                query = sa.select(sa.func.count()).select_from(table).where(sa.or_(*where))
                total += conn.execute(query).scalar_one()
    engine.dispose()
    return total


def values_in_rows_of(account: int, *values: str) -> list[str]:
    """``table.column`` of every text cell equal to one of ``values`` in the person's own rows
    (the account row and every row linked to it by ``account_id``)."""
    engine = _demo_engine()
    found = []
    with engine.connect() as conn:
        for table in _tables(conn):
            if table.name == "accounts":
                own = table.c.id == account
            elif "account_id" in table.c:
                own = table.c.account_id == account
            else:
                continue
            for column in table.columns:
                if isinstance(column.type, sa.String):
                    query = sa.select(sa.func.count()).where(own, column.in_(values))
                    if conn.execute(query).scalar_one():
                        found.append(f"{table.name}.{column.name}")
    engine.dispose()
    return found


@pytest.mark.proves("K2", via="troth.consent.children.delete_flagged")
def test_a_flagged_child_is_erased_in_one_step_through_the_request_engine(
    demo_company: list[str], live_server: LiveServer, staff_login
) -> None:
    child, other = demo_company[0], demo_company[1]
    who = person(child)
    ids = {child: who["id"], other: person(other)["id"]}
    before = {p: rows_linked(p, ids[p]) for p in ids}
    assert before[child] > 1 and before[other] > 1  # an account and what hangs off it
    assert "accounts.email" in values_in_rows_of(who["id"], child)
    r = httpx.post(
        f"{live_server.url}/api/v1/consent/children/reports", json={"email": child.upper()}
    )
    assert r.status_code == 202
    key = subject_key(child)

    analyst, _, _ = staff_login("analyst")
    assert analyst.get("/console/children").status_code == 403
    approver, _, _ = staff_login("approver")
    page = approver.get("/console/children")
    assert page.status_code == 200 and key in page.text
    assert child not in page.text  # the list names the pseudonymous key, not the address

    # The address typed must be the flagged subject's: another person's changes nothing.
    token = csrf(approver, "/console/children")
    r = approver.post(
        "/console/children/delete", data={"csrf_token": token, "subject": key, "email": other}
    )
    assert r.status_code == 422
    assert "that address does not belong to the flagged subject" in r.text
    assert {p: rows_linked(p, ids[p]) for p in ids} == before
    # Without the CSRF token nothing happens either.
    r = approver.post("/console/children/delete", data={"subject": key, "email": child})
    assert r.status_code == 403 and {p: rows_linked(p, ids[p]) for p in ids} == before

    r = approver.post(
        "/console/children/delete", data={"csrf_token": token, "subject": key, "email": child}
    )
    assert r.status_code == 303, r.text
    request_id = r.headers["location"].rsplit("/", 1)[1]
    assert request_id.startswith("req_")
    # Erased: none of the child's rows holds their address, username or name any more (the
    # engine masks the account row it keeps as a shell, and deletes what it may).
    assert values_in_rows_of(who["id"], child, str(who["username"]), str(who["full_name"])) == []
    assert rows_linked(child, ids[child]) < before[child]
    assert rows_linked(other, ids[other]) == before[other]

    detail = approver.get(f"/console/requests/{request_id}")
    assert re.search(r'id="state"[^>]*>complete<', detail.text), detail.text[:2000]
    record = live_server.app.state.context.requests.get(request_id)
    assert record.kind == "erasure" and record.details["initiated_by"] == "staff"
    assert record.evidence["summary"]["deleted"] + record.evidence["summary"]["masked"] >= 1
    assert record.evidence["summary"]["verified"] is True
    assert key not in approver.get("/console/children").text

    log = AuditLog(live_server.app.state.context.store.engine)
    verified = [e for e in log.events(action="request.verified") if e.target.endswith(request_id)]
    assert verified and verified[0].details["by"] == "staff"
    assert verified[0].actor.startswith("staff:")
    deleted = list(log.events(action="child.deleted"))
    assert deleted[-1].target == key and request_id in deleted[-1].details["resolution"]
    assert all(child not in str(e.details) for e in log.events())


def test_consent_records_are_found_by_key_or_posted_address(
    live_server: LiveServer, staff_login, smtp_server
) -> None:  # noqa: ANN001
    r = httpx.post(
        f"{live_server.url}/api/v1/consent/signup",
        json={"email": "ada@example.org", "age": 30, "marketing_email": True},
    )
    assert r.status_code == 201
    key = r.json()["subject_key"]
    assert optin.confirm(smtp_server, "ada@example.org").status_code == 200  # double opt-in
    viewer, _, _ = staff_login("viewer")
    assert viewer.get(f"/console/consent?subject={key}").status_code == 403
    analyst, _, _ = staff_login("analyst")
    page = analyst.get("/console/consent", params={"subject": key})
    assert page.status_code == 200
    assert f'id="subject-key">{key}<' in page.text
    assert re.search(rf'data-purpose="{MARKETING}">given<', page.text)
    assert "sign_up" in page.text and "2018-05-21" in page.text
    r = analyst.post(
        "/console/consent",
        data={"csrf_token": csrf(analyst, "/console/consent"), "email": "ADA@example.org "},
    )
    assert r.status_code == 200 and f'id="subject-key">{key}<' in r.text
    bad = analyst.get("/console/consent", params={"subject": "ada@example.org"})
    assert bad.status_code == 422 and "a subject key is s_ or b_ and 32 hex digits" in bad.text


def test_a_staff_member_enrols_a_totp_authenticator_with_a_code(
    live_server: LiveServer, staff_login
) -> None:
    client, email, password = staff_login("viewer")
    accounts = StaffAccounts(live_server.app.state.context.store.engine)
    page = client.post("/console/account/totp", data={"csrf_token": csrf(client, "/console")})
    assert page.status_code == 200
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', page.text).group(1)
    assert f"otpauth://totp/Troth:{email.replace('@', '%40')}?secret={secret}" in page.text
    form = dict(re.findall(r'name="(seal)" value="([^"]+)"', page.text))
    token = csrf(client, "/console/account")
    base = {"csrf_token": token, "secret": secret, **form}

    wrong = client.post("/console/account/totp/confirm", data={**base, "code": "000000"})
    if pyotp.TOTP(secret).verify("000000", valid_window=1):  # one chance in a million
        pytest.fail("the random secret happens to accept 000000; run again")
    assert wrong.status_code == 422 and "that code does not match" in wrong.text
    assert not accounts.by_email(email).totp_enabled
    forged = client.post(
        "/console/account/totp/confirm",
        data={**base, "secret": pyotp.random_base32(), "code": "123456"},
    )
    assert forged.status_code == 400 and not accounts.by_email(email).totp_enabled

    code = pyotp.TOTP(secret).now()
    r = client.post("/console/account/totp/confirm", data={**base, "code": code})
    assert r.status_code == 303 and accounts.by_email(email).totp_enabled
    assert "TOTP on" in client.get("/console/account").text

    # Signing in now asks for the authenticator's code.
    with httpx.Client(base_url=live_server.url, follow_redirects=False) as fresh:
        t = csrf(fresh, "/console/login")
        r = fresh.post(
            "/console/login", data={"csrf_token": t, "email": email, "password": password}
        )
        assert r.headers["location"] == "/console/login/code"
        t = csrf(fresh, "/console/login/code")  # form tokens are tied to the (pending) session
        r = fresh.post(
            "/console/login/code",
            data={"csrf_token": t, "code": pyotp.TOTP(secret).now()},
        )
        assert r.status_code == 303 and r.headers["location"] == "/console"
