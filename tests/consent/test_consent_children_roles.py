"""Who may delete a possible child: one rule, in the service, whichever way it is asked.

The JSON API let an analyst (and the service token, an analyst by default) erase a flagged
person while the console allowed only approvers. The rule now lives in
:func:`troth.requests.children.erase_flagged_child` itself.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from troth.config import load_settings
from troth.consent.children import flag_possible_child
from troth.consent.errors import NotPermitted
from troth.consent.ledger import ConsentLedger
from troth.policy import load_policy
from troth.requests.children import erase_flagged_child
from troth.requests.service import RequestService
from troth.roles import Role
from troth.store import open_store
from troth.store.tables import child_flags, subject_requests
from troth.testing.live import LiveServer

TOKEN = "staff-token-for-tests-0123456789"


@pytest.mark.proves("K2", via="troth.requests.children.erase_flagged_child")
@pytest.mark.parametrize("role", [Role.VIEWER, Role.ANALYST])
def test_the_service_refuses_a_role_below_approver_and_changes_nothing(
    demo_company: list[str], role: Role
) -> None:
    settings = load_settings()
    with open_store(settings.database_url) as store:
        ledger = ConsentLedger(store, load_policy())
        child = demo_company[0]
        flag_possible_child(ledger, child, "parent_report")
        with store.engine.connect() as conn:
            [(key,)] = conn.execute(sa.select(child_flags.c.subject_key)).all()
        requests = RequestService(store, load_policy(), settings)
        with pytest.raises(NotPermitted) as refused:
            erase_flagged_child(ledger, requests, key, "staff:7", role, email=child)
        assert str(refused.value) == "deleting a possible child needs the approver role or higher"
        with store.engine.connect() as conn:
            assert (
                conn.execute(sa.select(sa.func.count()).select_from(subject_requests)).scalar() == 0
            )
            assert (
                conn.execute(
                    sa.select(sa.func.count())
                    .select_from(child_flags)
                    .where(child_flags.c.resolved_at.is_(None))
                ).scalar()
                == 1
            )
        done = erase_flagged_child(ledger, requests, key, "staff:8", Role.APPROVER, email=child)
        assert done.state == "complete"


def test_the_api_refuses_an_analyst_session_and_the_default_service_token(
    demo_company: list[str],
    troth_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    monkeypatch.setenv("TROTH_STAFF_TOKEN", TOKEN)
    server: LiveServer = request.getfixturevalue("live_server")
    staff_login = request.getfixturevalue("staff_login")
    child = demo_company[1]
    assert (
        httpx.post(
            f"{server.url}/api/v1/consent/children/reports", json={"email": child}
        ).status_code
        == 202
    )
    analyst, _, _ = staff_login("analyst")
    [flagged] = analyst.get("/api/v1/consent/children").json()
    path = f"/api/v1/consent/children/{flagged['subject_key']}/delete"
    by_session = analyst.post(path)
    assert by_session.status_code == 403 and "approver" in by_session.json()["error"]
    by_token = httpx.post(server.url + path, headers={"Authorization": f"Bearer {TOKEN}"})
    assert by_token.status_code == 403
    assert analyst.get("/api/v1/consent/children").json() == [flagged]  # still there
