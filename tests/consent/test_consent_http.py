"""Consent over real HTTP (a live uvicorn server) with mail to a real SMTP server."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from troth.consent.keys import subject_key
from troth.consent.links import sign_link
from troth.store import open_store
from troth.testing import optin
from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer

TOKEN = "staff-token-for-tests-0123456789"
STAFF = {"Authorization": f"Bearer {TOKEN}"}
MARKETING = "marketing.communications.email"
TARGETED = "marketing.advertising.first_party.targeted"


@pytest.fixture
def server(
    request: pytest.FixtureRequest,
    smtp_server: SmtpServer,
    troth_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    edited_policy: Callable[..., Path],
) -> LiveServer:
    """The service with a staff token and a policy that also declares targeted ads on consent."""
    policy = edited_policy(
        (
            "          - {use: marketing.communications.email, basis: consent, clauses: [U5]}",
            "          - {use: marketing.communications.email, basis: consent, clauses: [U5]}\n"
            f"          - {{use: {TARGETED}, basis: consent}}",
        )
    )
    monkeypatch.setenv("TROTH_STAFF_TOKEN", TOKEN)
    monkeypatch.setenv("TROTH_POLICY", str(policy))
    live = request.getfixturevalue("live_server")
    live.smtp = smtp_server  # type: ignore[attr-defined]  # for the double opt-in mails
    return live


def rows(home: Path, table: str) -> int:
    store = open_store(f"sqlite:///{home / 'troth.sqlite3'}")
    try:
        return store.counts()[table]
    finally:
        store.close()


def sign_up(server: LiveServer, email: str, age: int = 30, marketing: bool = True) -> str:
    """Sign up over HTTP; marketing e-mail is confirmed through the mailed link (double
    opt-in), as its owner would."""
    r = httpx.post(
        f"{server.url}/api/v1/consent/signup",
        json={"email": email, "age": age, "marketing_email": marketing, "systems": ["marketing"]},
    )
    assert r.status_code == 201, r.text
    if marketing:
        assert optin.confirm(server.smtp, email.lower()).status_code == 200
    return r.json()["subject_key"]


def may(url: str, key: str, use: str, **extra: str) -> dict:
    r = httpx.get(
        f"{url}/api/v1/consent/may", params={"subject": key, "use": use, **extra}, headers=STAFF
    )
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.proves("U5", via="troth.consent.decision.decide")
@pytest.mark.proves("C1", via="troth.consent.ledger.ConsentLedger.accept_statement")
def test_consent_granted_used_withdrawn_and_the_decision_follows(server: LiveServer) -> None:
    key = sign_up(server, "Ada@Example.org", marketing=False)
    assert key == subject_key("ada@example.org")
    assert may(server.url, key, MARKETING)["code"] == "no_consent"
    r = httpx.post(
        f"{server.url}/api/v1/consent/events",
        headers=STAFF,
        json={
            "subject": "ada@example.org",
            "purpose": MARKETING,
            "granted": True,
            "source": "privacy_center",
            "notice_text": "Send me news.",
        },
    )
    assert r.status_code == 202 and r.json()["policy_version"] == "2018-05-21"
    assert r.json()["step"] == "requested"  # double opt-in: not in force yet
    assert may(server.url, key, MARKETING)["code"] == "no_consent"
    assert optin.confirm(server.smtp, "ada@example.org").status_code == 200
    assert may(server.url, key, MARKETING) | {"reason": ""} == {
        "allowed": True,
        "code": "consent",
        "basis": "consent",
        "reason": "",
    }
    r = httpx.post(
        f"{server.url}/api/v1/consent/events",
        headers=STAFF,
        json={"subject": key, "purpose": MARKETING, "granted": False, "source": "api"},
    )
    assert r.status_code == 201
    assert may(server.url, key, MARKETING)["code"] == "withdrawn"
    state = httpx.get(f"{server.url}/api/v1/consent/subjects/{key}", headers=STAFF).json()
    assert [c["granted"] for c in state["consents"]] == [False]
    assert state["acceptances"][0]["policy_version"] == "2018-05-21"  # C1: which version, when


def test_staff_endpoints_refuse_without_credentials(server: LiveServer) -> None:
    key = subject_key("ada@example.org")
    for method, path in [
        ("GET", f"/api/v1/consent/may?subject={key}&use={MARKETING}"),
        ("GET", "/api/v1/consent/children"),
        ("POST", "/api/v1/consent/campaigns"),
        ("GET", f"/api/v1/consent/subjects/{key}"),
    ]:
        for headers in ({}, {"Authorization": "Bearer wrong-token-wrong-token"}):
            r = httpx.request(method, server.url + path, headers=headers, json={})
            assert r.status_code == 401, (path, r.text)


def test_bad_input_is_one_clear_error_and_changes_nothing(
    server: LiveServer, troth_home: Path
) -> None:
    key = sign_up(server, "bo@example.org", marketing=False)
    before = rows(troth_home, "consent_events")
    r = httpx.post(
        f"{server.url}/api/v1/consent/events",
        headers=STAFF,
        json={"subject": key, "purpose": "marketing.spam", "granted": True},
    )
    assert r.status_code == 422
    assert r.json()["error"] == "unknown purpose 'marketing.spam': not a data use of the policy"
    r = httpx.get(
        f"{server.url}/api/v1/consent/may",
        params={"subject": key, "use": "marketing.spam"},
        headers=STAFF,
    )
    assert r.status_code == 422 and "unknown purpose" in r.json()["error"]
    r = httpx.get(
        f"{server.url}/api/v1/consent/may",
        params={"subject": "bo@example.org", "use": MARKETING},
        headers=STAFF,
    )
    assert r.status_code == 422 and "subject key" in r.json()["error"]
    assert rows(troth_home, "consent_events") == before


@pytest.mark.proves("U5", "C8", via="troth.consent.marketing.compose")
def test_campaign_skips_the_opted_out_and_one_click_unsubscribes_without_a_session(
    server: LiveServer, smtp_server: SmtpServer, troth_home: Path
) -> None:
    ada = sign_up(server, "ada@example.org")
    bo = sign_up(server, "bo@example.org")
    sign_up(server, "cy@example.org", marketing=False)
    httpx.post(  # Bo withdrew; Ada agreed to campaign insights (the email beacon)
        f"{server.url}/api/v1/consent/events",
        headers=STAFF,
        json={"subject": bo, "purpose": MARKETING, "granted": False},
    ).raise_for_status()
    httpx.post(
        f"{server.url}/api/v1/consent/events",
        headers=STAFF,
        json={"subject": ada, "purpose": "analytics.reporting.campaign_insights", "granted": True},
    ).raise_for_status()
    dee = sign_up(server, "dee@example.org")
    httpx.put(
        f"{server.url}/api/v1/consent/preferences",
        headers=STAFF,
        json={"subject": dee, "channel": "email", "frequency": "monthly"},
    ).raise_for_status()

    smtp_server.clear()  # the confirmation mails of the double opt-in
    r = httpx.post(
        f"{server.url}/api/v1/consent/campaigns",
        headers=STAFF,
        json={"subject": "Spring news", "text": "New phones.\n\nSee the store."},
    )
    assert r.status_code == 200, r.text
    assert r.json() == {
        "sent": 1,
        "skipped": 3,
        "skipped_by_reason": {"no_consent": 1, "prefers_monthly": 1, "withdrawn": 1},
    }
    [mail] = smtp_server.messages
    assert mail["To"] == "ada@example.org"
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = re.fullmatch(r"<(.+)>", mail["List-Unsubscribe"]).group(1)
    assert link.startswith(f"{server.url}/consent/unsubscribe/")
    assert link in mail.get_body(("plain",)).get_content()
    assert "/consent/pixel/" in mail.get_body(("html",)).get_content()

    # Ada opts out of tracking: her next mail has no pixel
    httpx.post(
        f"{server.url}/api/v1/consent/events",
        headers=STAFF,
        json={"subject": ada, "purpose": "analytics.reporting.campaign_insights", "granted": False},
    ).raise_for_status()
    smtp_server.clear()
    httpx.post(
        f"{server.url}/api/v1/consent/campaigns",
        headers=STAFF,
        json={"subject": "Summer news", "text": "More phones."},
    ).raise_for_status()
    [mail] = smtp_server.messages
    assert "/consent/pixel/" not in mail.get_body(("html",)).get_content()
    assert "List-Unsubscribe" in mail

    # RFC 8058 one-click: a POST with no cookie, no login; effective at once
    r = httpx.post(
        link,
        content="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 200 and r.json()["unsubscribed"] is True
    assert may(server.url, ada, MARKETING)["code"] == "withdrawn"
    smtp_server.clear()
    r = httpx.post(
        f"{server.url}/api/v1/consent/campaigns",
        headers=STAFF,
        json={"subject": "Autumn news", "text": "Even more phones."},
    )
    assert r.json()["sent"] == 0 and smtp_server.messages == []


@pytest.mark.proves("U5", via="troth.consent.marketing.unsubscribe")
def test_the_link_in_the_body_unsubscribes_and_forged_or_expired_links_change_nothing(
    server: LiveServer, troth_home: Path
) -> None:
    key = sign_up(server, "ada@example.org")
    before = rows(troth_home, "consent_events")
    good = sign_link("unsubscribe", key, "email")
    payload, signature = good.split(".")
    forged = sign_link("unsubscribe", subject_key("bo@example.org"), "email").split(".")[0]
    expired = sign_link("unsubscribe", key, "email", lifetime=-10)
    for token, message in [
        (f"{forged}.{signature}", "not valid"),
        (f"{payload}.{signature[:-2]}xx", "not valid"),
        (expired, "expired"),
        ("garbage", "malformed"),
    ]:
        for method in ("GET", "POST"):
            r = httpx.request(method, f"{server.url}/consent/unsubscribe/{token}")
            assert r.status_code == 403, (token, r.text)
            assert message in r.text
    assert rows(troth_home, "consent_events") == before
    assert may(server.url, key, MARKETING)["allowed"]
    r = httpx.get(f"{server.url}/consent/unsubscribe/{good}")
    assert r.status_code == 200 and "You are unsubscribed" in r.text
    assert may(server.url, key, MARKETING)["code"] == "withdrawn"


@pytest.mark.proves("C10", via="troth.web.api.consent.observe_signals")
def test_gpc_1_is_recorded_and_applied_and_gpc_0_is_not(
    server: LiveServer, troth_home: Path
) -> None:
    key = sign_up(server, "ada@example.org")
    httpx.post(
        f"{server.url}/api/v1/consent/events",
        headers=STAFF,
        json={"subject": key, "purpose": TARGETED, "granted": True},
    ).raise_for_status()
    assert may(server.url, key, TARGETED)["allowed"]
    link = sign_link("unsubscribe", key, "email")

    with httpx.Client(base_url=server.url) as browser:
        r = browser.get("/api/v1/consent/signals", params={"link": link}, headers={"Sec-GPC": "0"})
        assert r.status_code == 200 and r.json()["recorded"] == []
        assert rows(troth_home, "privacy_signals") == 0
        assert may(server.url, key, TARGETED)["allowed"]

        r = browser.get(
            "/api/v1/consent/signals", params={"link": link}, headers={"Sec-GPC": "yes"}
        )
        assert r.status_code == 400
        assert r.json() == {"error": "header sec-gpc must be 0 or 1, not a value of 3 characters"}
        assert rows(troth_home, "privacy_signals") == 0

        r = browser.get("/api/v1/consent/signals", params={"link": link}, headers={"Sec-GPC": "1"})
        body = r.json()
        assert body["this_request"] == [{"signal": "gpc", "value": "1", "honoured": True}]
        assert body["opted_out_of_sale_and_sharing"] is True
        # recorded for the browser (its cookie) and for the subject the link names
        assert rows(troth_home, "privacy_signals") == 2
        assert browser.cookies.get("troth_bid", "").startswith("b_")
    decision = may(server.url, key, TARGETED)
    assert decision["code"] == "gpc"
    assert may(server.url, key, MARKETING)["allowed"]  # mail is neither sale nor sharing

    r = httpx.get(f"{server.url}/api/v1/consent/signals", headers={"DNT": "1"})
    assert r.json()["this_request"] == [{"signal": "dnt", "value": "1", "honoured": False}]
    assert r.json()["do_not_track_honoured"] is False


def test_gpc_json_is_served(server: LiveServer) -> None:
    r = httpx.get(f"{server.url}/.well-known/gpc.json")
    assert r.status_code == 200
    assert r.json() == {"gpc": True, "lastUpdate": "2018-05-21"}


@pytest.mark.proves("C7", via="troth.consent.banner.record_cookie_choices")
def test_cookie_banner_endpoint_records_choices_per_category(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url) as browser:
        first = browser.get("/api/v1/consent/banner").json()
        assert first["decided"] is False and first["allowed"] == ["essential"]
        assert [c["key"] for c in first["categories"]] == ["essential", "analytics"]
        r = browser.post("/api/v1/consent/banner", json={"categories": {"analytics": True}})
        assert r.status_code == 200 and r.json()["allowed"] == ["essential", "analytics"]
        assert browser.get("/api/v1/consent/banner").json()["decided"] is True
        r = browser.post("/api/v1/consent/banner", json={"categories": {"analytics": False}})
        assert r.json()["allowed"] == ["essential"]
        r = browser.post("/api/v1/consent/banner", json={"categories": {"ads": True}})
        assert r.status_code == 422 and r.json() == {"error": "unknown cookie category 'ads'"}
        r = browser.post(
            "/api/v1/consent/banner",
            content='{"categories": {"analytics": true}}',
            headers={"Content-Type": "text/plain"},
        )
        assert r.status_code in (415, 422)
        assert browser.get("/api/v1/consent/banner").json()["allowed"] == ["essential"]


@pytest.mark.proves("K1", via="troth.consent.children.sign_up")
@pytest.mark.proves("K2", via="troth.consent.children.delete_flagged")
def test_under_age_sign_up_stores_nothing_and_flagged_children_are_deleted_in_one_step(
    server: LiveServer, troth_home: Path, demo_company: list[str], staff_login
) -> None:  # noqa: ANN001 - staff_login is a factory
    before = {
        t: rows(troth_home, t)
        for t in ("consent_subjects", "consent_events", "statement_acceptances")
    }
    r = httpx.post(
        f"{server.url}/api/v1/consent/signup",
        json={"email": "kid@example.org", "age": 12, "marketing_email": True},
    )
    assert r.status_code == 403
    assert r.json() == {"error": "sign-up needs an age of at least 13: nothing was stored"}
    assert {t: rows(troth_home, t) for t in before} == before

    teen = demo_company[2]  # a person of the demo company, who signed up saying 13
    key = sign_up(server, teen, age=13)
    r = httpx.post(f"{server.url}/api/v1/consent/children/reports", json={"email": teen.upper()})
    assert r.status_code == 202
    assert may(server.url, key, MARKETING)["code"] == "under_age"
    listed = httpx.get(f"{server.url}/api/v1/consent/children", headers=STAFF).json()
    assert [(c["subject_key"], c["sources"]) for c in listed] == [(key, ["parent_report"])]
    # The service token acts as an analyst: it lists, but may not erase a person.
    r = httpx.post(f"{server.url}/api/v1/consent/children/{key}/delete", headers=STAFF)
    assert r.status_code == 403 and "approver" in r.json()["error"]
    approver, _, _ = staff_login("approver")
    r = approver.post(
        f"/api/v1/consent/children/{key}/delete",
        json={"email": demo_company[3]},
    )
    assert r.status_code == 422
    assert r.json() == {"error": "that address does not belong to the flagged subject"}
    r = approver.post(f"/api/v1/consent/children/{key}/delete")
    assert r.status_code == 200, r.text
    done = r.json()
    assert done["request_id"].startswith("req_") and done["state"] == "complete"
    assert done["summary"]["verified"] is True and done["summary"]["masked"] >= 1
    assert (done["consents_withdrawn"], done["address_erased"]) == (1, True)
    demo = sa.create_engine(f"sqlite:///{troth_home / 'demo.sqlite3'}")
    with demo.connect() as conn:
        left = conn.execute(
            sa.text("SELECT count(*) FROM accounts WHERE email = :e"), {"e": teen}
        ).scalar_one()
    demo.dispose()
    assert left == 0  # the request engine erased the person in the company's database
    assert httpx.get(f"{server.url}/api/v1/consent/children", headers=STAFF).json() == []
    store = open_store(f"sqlite:///{troth_home / 'troth.sqlite3'}")
    with store.engine.connect() as conn:
        emails = conn.execute(sa.text("SELECT email FROM consent_subjects")).scalars().all()
    store.close()
    assert teen not in emails
