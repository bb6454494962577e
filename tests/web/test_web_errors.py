"""How the service answers a refusal: one handler, each error's own status code."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from troth.config import load_settings
from troth.testing.postgres import PostgresUnavailable, start_postgres
from troth.web import create_app


@pytest.fixture
def client(troth_home: Path) -> TestClient:
    return TestClient(create_app(load_settings()), base_url="http://localhost")


def test_an_unknown_request_is_404_and_a_bad_code_400_through_the_one_handler(
    client: TestClient,
) -> None:
    unknown = client.get("/api/v1/requests/r_doesnotexist")
    assert unknown.status_code == 404
    assert unknown.json() == {"error": "no request with that id"}
    forged = client.get("/api/v1/requests/archive/abc.123.xyz")
    assert forged.status_code == 404
    assert forged.json() == {"error": "the download link is not valid or has expired"}


def test_a_store_that_stops_answering_is_503_with_one_line(
    troth_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    try:
        server = start_postgres()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    try:
        monkeypatch.setenv("TROTH_DATABASE_URL", server.create_database("down"))
        client = TestClient(create_app(load_settings()), base_url="http://localhost")
        assert client.get("/api/v1/datamap").status_code == 200
    finally:
        server.stop()
    answer = client.get("/api/v1/datamap")
    assert answer.status_code == 503
    assert answer.json() == {
        "error": "the service's database cannot be reached now: try again later"
    }
