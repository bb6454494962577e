"""Access archives: encrypted at rest, handed out only through signed links that expire."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from requests_helpers import insert_request_row

from troth.config import load_settings
from troth.keys import derive_key
from troth.requests.archive_store import ArchiveError, ArchiveStore, seal, unseal
from troth.requests.links import LinkError, sign_link, verify_link
from troth.store import open_store
from troth.store.tables import request_archives
from troth.testing.live import LiveServer
from troth.web import create_app

MASTER = b"m" * 32
NOW = datetime(2024, 5, 1, tzinfo=UTC)


def _request_row(engine: sa.Engine, request_id: str) -> None:
    insert_request_row(engine, request_id, kind="access", state="complete", at=NOW)


def test_the_archive_is_stored_encrypted_and_read_back(store_url: str) -> None:
    store = open_store(store_url)
    try:
        _request_row(store.engine, "req1")
        archives = ArchiveStore(store.engine, MASTER)
        secret = b"PK\x03\x04 subject jane.doe@example.com rows"
        archives.put("req1", secret, datetime.now(UTC) + timedelta(days=1))
        with store.engine.connect() as conn:
            stored = conn.execute(sa.select(request_archives.c.ciphertext)).scalar_one()
        assert b"jane.doe" not in bytes(stored) and len(stored) == len(secret) + 16
        assert archives.get("req1") == secret
        with pytest.raises(ArchiveError, match="another secret key"):
            ArchiveStore(store.engine, b"o" * 32).get("req1")
        with pytest.raises(ArchiveError, match="expired"):
            archives.get("req1", now=datetime.now(UTC) + timedelta(days=2))
        with pytest.raises(ArchiveError, match="no archive"):
            archives.get("nope")
        assert archives.remove_expired(datetime.now(UTC) + timedelta(days=2)) == 1
    finally:
        store.close()


def test_a_ciphertext_does_not_open_for_another_request_or_when_altered() -> None:
    key = derive_key(MASTER, "archive")
    sealed = seal(b"data", "req1", key)
    assert unseal(sealed, "req1", key) == b"data"
    with pytest.raises(ArchiveError, match="altered"):
        unseal(sealed, "req2", key)
    tampered = type(sealed)(
        sealed.key_id, sealed.nonce, bytes([sealed.ciphertext[0] ^ 1]) + sealed.ciphertext[1:]
    )
    with pytest.raises(ArchiveError, match="altered"):
        unseal(tampered, "req1", key)


def test_signed_links_expire_and_cannot_be_forged_or_moved() -> None:
    key = derive_key(MASTER, "link")
    token = sign_link("req1", NOW + timedelta(hours=1), key)
    assert verify_link(token, key, NOW) == "req1"
    payload, signature = token.split(".")
    body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    body["c"]["r"] = "req2"
    moved = base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")
    for bad in (
        f"{moved}.{signature}",
        token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        "req1.1.x",
        "garbage",
    ):
        with pytest.raises(LinkError, match="not valid or has expired"):
            verify_link(bad, key, NOW)
    with pytest.raises(LinkError):
        verify_link(token, key, NOW + timedelta(hours=1))
    with pytest.raises(LinkError):
        verify_link(token, derive_key(MASTER, "other"), NOW)


def _expired_archive(service, request_id: str) -> None:  # noqa: ANN001 - a RequestService
    _request_row(service.engine, request_id)
    service.archives.put(request_id, b"PK old copy", datetime.now(UTC) - timedelta(minutes=1))


def _archive_ids(engine: sa.Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(sa.select(request_archives.c.request_id)).scalars())


def test_the_server_and_the_command_line_delete_expired_archives(troth_home) -> None:  # noqa: ANN001
    app = create_app(load_settings())
    service = app.state.context.requests
    _expired_archive(service, "req_old")
    _request_row(service.engine, "req_old2")
    service.archives.put("req_old2", b"PK", datetime.now(UTC) + timedelta(days=1))
    app.state.purge_every = 0.2
    server = LiveServer(app).start()
    try:
        deadline = time.monotonic() + 20
        while "req_old" in _archive_ids(service.engine) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        server.stop()
    assert _archive_ids(service.engine) == ["req_old2"]  # the one still in its time stays
    [purged] = list(service.audit.events("request.archives_purged", "archives"))
    assert (purged.actor, purged.details) == ("worker", {"removed": 1})

    _expired_archive(service, "req_old3")
    ran = subprocess.run(
        [sys.executable, "-m", "troth", "request", "purge-archives"],
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "1 expired archive deleted"
    assert _archive_ids(service.engine) == ["req_old2"]
