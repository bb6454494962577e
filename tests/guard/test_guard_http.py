"""POST /api/v1/collect/{system} over real HTTP, bad input included."""

from __future__ import annotations

import time

import httpx
import pytest
import sqlalchemy as sa

from troth.testing.live import LiveServer


def _audit_rows(live_server: LiveServer) -> int:
    store = live_server.app.state.context.store
    with store.engine.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM audit_events")).scalar_one()


@pytest.mark.proves("C3", "K1", "U7", via="troth.guard.check.check")
def test_a_rejection_over_http_is_audited_without_the_content(live_server: LiveServer) -> None:
    body = {"body": "My wife starts chemo on Monday, card 4111 1111 1111 1111"}
    response = httpx.post(f"{live_server.url}/api/v1/collect/customer_service", json=body)
    assert response.status_code == 200
    answer = response.json()
    assert answer["outcome"] == "reject" and answer["record"] is None
    assert {f["clause"] for f in answer["findings"]} == {"C3", "U7"}
    store = live_server.app.state.context.store
    with store.engine.connect() as conn:
        details = conn.execute(sa.text("SELECT details FROM audit_events")).scalars().all()
    assert details and "chemo" not in str(details) and "4111" not in str(details)


def test_an_accepted_record_comes_back(live_server: LiveServer) -> None:
    record = {"name": "Anna Schmidt", "body": "The phone reboots every hour."}
    response = httpx.post(f"{live_server.url}/api/v1/collect/customer_service", json=record)
    assert response.status_code == 200
    assert response.json()["outcome"] == "accept"
    assert response.json()["record"] == record


@pytest.mark.parametrize(
    ("content", "status", "message"),
    [
        (b'{"body": "caf\xe9"}', 400, "not UTF-8"),
        (b'{"body": ' + b'"' + b"a" * 10_000_000 + b'"}', 413, "larger than"),
        (b"[" * 5000 + b"]" * 5000, 422, "nested deeper"),
        (b'{"a":' * 50 + b"1" + b"}" * 50, 422, "nested deeper"),
        (b'["a", "b"]', 422, "JSON object"),
        (b'{"body": ', 400, "not valid JSON"),
        (b'{"body": "' + b"a" * 200_000 + b'"}', 413, "longer than"),
    ],
)
def test_bad_bodies_get_a_one_line_4xx_and_nothing_is_stored(
    live_server: LiveServer, content: bytes, status: int, message: str
) -> None:
    url = f"{live_server.url}/api/v1/collect/customer_service"
    response = httpx.post(url, content=content, headers={"content-type": "application/json"})
    assert response.status_code == status
    assert message in response.json()["error"]
    assert "\n" not in response.json()["error"]
    assert _audit_rows(live_server) == 0
    assert httpx.get(f"{live_server.url}/api/v1/health").status_code == 200


def test_an_unknown_system_is_404(live_server: LiveServer) -> None:
    response = httpx.post(f"{live_server.url}/api/v1/collect/nope", json={"a": "b"})
    assert response.status_code == 404
    assert "unknown system 'nope'" in response.json()["error"]


# --- bodies up to the size limit are answered in bounded time ------------------------------

LIMIT = 1_000_000
# Shapes that made the old two-pass depth check quadratic (a string pattern rescanned from
# every quote), or that a naive parser would recurse on; each fills a body to the limit.
HOSTILE = {
    "escaped quotes in an unclosed string": '"\\' * (LIMIT // 2 - 8),
    "an unclosed string of backslashes": '"' + "\\" * (LIMIT - 8),
    "quotes only": '"' * (LIMIT - 8),
    "brackets only": "[" * (LIMIT - 8),
    "deep objects": '{"a":' * (LIMIT // 5 - 8),
    "brackets inside strings": '{"k": "' + "[{" * (LIMIT // 2 - 16) + '"}',
}


def test_the_depth_check_reads_strings_escapes_and_brackets_right() -> None:
    from troth.web.api.guard import nesting_depth

    assert nesting_depth('{"a": "[[[", "b": [1, {"c": "\\"]"}]}') == 3
    assert nesting_depth('["\\\\", ["x"]]') == 2  # an escaped backslash ends before the quote
    assert nesting_depth('["\\"[", "]"]') == 1  # an escaped quote does not end the string
    assert nesting_depth("{}") == 1 and nesting_depth('"[{"') == 0 and nesting_depth("") == 0
    assert nesting_depth("[" * 50, stop_above=9) == 10  # stops as soon as it is too deep


def test_the_depth_check_is_linear_on_the_worst_bodies() -> None:
    from troth.web.api.guard import nesting_depth

    for text in (HOSTILE["escaped quotes in an unclosed string"][:32_000], *HOSTILE.values()):
        started = time.perf_counter()
        nesting_depth(text, stop_above=9)
        assert time.perf_counter() - started < 5, len(text)  # generous: a shared machine


def test_hostile_bodies_up_to_the_limit_get_a_4xx_quickly(live_server: LiveServer) -> None:
    url = f"{live_server.url}/api/v1/collect/customer_service"
    for name, text in HOSTILE.items():
        started = time.perf_counter()
        response = httpx.post(
            url,
            content=text.encode(),
            headers={"content-type": "application/json"},
            timeout=30,
        )
        assert time.perf_counter() - started < 5, name
        assert response.status_code in (400, 413, 422), name
        assert "\n" not in response.json()["error"]
    assert httpx.get(f"{live_server.url}/api/v1/health").status_code == 200
    assert _audit_rows(live_server) == 0
