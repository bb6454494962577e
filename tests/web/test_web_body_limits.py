"""Every route's request body is limited (413 past TROTH_MAX_BODY_BYTES, 256 KiB by default;
the intake guard takes records up to 1 MB), fields have their own bounds, and an audit event
stays small whatever the request held."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from fastapi.routing import iter_route_contexts

from troth.store.tables import audit_events, subject_requests
from troth.testing.live import LiveServer
from troth.testing.smtp import SmtpServer

DEFAULT_LIMIT = 262_144


def _stored(server: LiveServer, table: sa.Table) -> int:
    with server.app.state.context.store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


@pytest.fixture
def server(troth_home: Path, smtp_server: SmtpServer, request: pytest.FixtureRequest) -> LiveServer:
    return request.getfixturevalue("live_server")


def test_a_huge_correction_is_refused_whether_its_length_is_declared_or_not(
    server: LiveServer, demo_company: list[str]
) -> None:
    api = server.url + "/api/v1/requests"
    huge = {
        "kind": "correction",
        "identities": {"email": demo_company[0]},
        "changes": {"full_name": "A" * (DEFAULT_LIMIT + 10)},
    }
    declared = httpx.post(api, json=huge)
    assert declared.status_code == 413
    assert declared.json() == {"error": f"the body is larger than {DEFAULT_LIMIT} bytes"}

    def chunks() -> Iterator[bytes]:  # sent chunked: no Content-Length to trust
        text = json.dumps(huge).encode()
        for start in range(0, len(text), 16_384):
            yield text[start : start + 16_384]

    chunked = httpx.post(api, content=chunks(), headers={"content-type": "application/json"})
    assert chunked.status_code == 413
    assert _stored(server, subject_requests) == 0


def test_the_fields_of_a_correction_have_their_own_bounds(
    server: LiveServer, demo_company: list[str]
) -> None:
    api = server.url + "/api/v1/requests"
    person = {"email": demo_company[0]}
    long_value = {"kind": "correction", "identities": person, "changes": {"name": "A" * 1001}}
    many = {
        "kind": "correction",
        "identities": person,
        "changes": {f"f{n}": "v" for n in range(21)},
    }
    for body in (long_value, many):
        assert httpx.post(api, json=body).status_code == 422
    assert _stored(server, subject_requests) == 0


def test_every_route_that_takes_a_body_refuses_one_past_the_limit(server: LiveServer) -> None:
    checked = 0
    for route in iter_route_contexts(server.app.routes):  # every route, as the app has them
        methods = {"POST", "PUT", "PATCH"} & set(getattr(route, "methods", None) or ())
        if not methods:
            continue
        path = re.sub(r"\{[^}]+\}", "x", route.path)
        limit = 1_000_000 if path.startswith("/api/v1/collect/") else DEFAULT_LIMIT
        for method in sorted(methods):
            r = httpx.request(method, server.url + path, content=b"x" * (limit + 1))
            assert r.status_code == 413, (method, path, r.status_code)
            assert r.json()["error"] == f"the body is larger than {limit} bytes"
            checked += 1
    assert checked >= 20  # the API and the forms of the center and console


def test_a_record_of_sixty_thousand_fields_writes_a_small_audit_row(server: LiveServer) -> None:
    record = {f"f{n}": "x" for n in range(60_000)}  # 700 KB: under the guard's 1 MB
    r = httpx.post(server.url + "/api/v1/collect/customer_service", json=record, timeout=120)
    assert r.status_code == 200 and r.json()["findings"]
    with server.app.state.context.store.engine.connect() as conn:
        [details] = conn.execute(sa.select(audit_events.c.details)).scalars().all()
    assert len(json.dumps(details).encode()) <= 8_192
    assert details["findings_total"] == len(r.json()["findings"])
