"""The access archive's page as the person opens it: styled, fits the screen, in plain words,
and without the password's hash or the sealed SIP credentials (it says they exist)."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import sqlalchemy as sa

from troth.config import load_settings
from troth.connectors import connections_for
from troth.datamap.reader import read_datasets
from troth.demo.build import build_demo
from troth.policy import load_policy
from troth.requests.executor import run_access
from troth.requests.export import archive_bytes
from troth.requests.planner import plan_request


def _archive(tmp_path: Path) -> zipfile.ZipFile:
    settings = load_settings()
    out = tmp_path / "d.yml"
    build_demo(settings.demo_database_url, 20, seed=2, datasets_out=out)
    engine = sa.create_engine(settings.demo_database_url)
    with engine.connect() as conn:
        email = conn.execute(
            sa.text(
                "SELECT a.email FROM accounts a JOIN wave_sip_accounts w ON w.account_id = a.id "
                "ORDER BY a.id LIMIT 1"
            )
        ).scalar_one()
    engine.dispose()
    datasets = read_datasets([out])
    policy = load_policy()
    plan = plan_request("access", {"email": [email]}, datasets, policy)
    with connections_for([d.fides_key for d in datasets], settings) as connections:
        result = run_access(plan, connections)
    return zipfile.ZipFile(BytesIO(archive_bytes(result, policy)))


def test_the_archive_page_is_written_for_the_person(troth_home: Path, tmp_path: Path, page) -> None:  # noqa: ANN001
    archive = _archive(tmp_path)
    index = tmp_path / "index.html"
    index.write_bytes(archive.read("index.html"))
    page.set_viewport_size({"width": 1024, "height": 800})
    page.goto(index.as_uri())
    text = page.locator("body").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1024
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")
    for code in ("user.contact.email", "P30D", "account_closed", "user.authorization"):
        assert code not in text, code
    for words in ("What we hold", "Why we use it", "How long we keep it", "Who receives it"):
        assert words in text
    assert "after we collect it" in text or " after account closed" in text
    assert "stored protected" in text and "password hash" in text
    # the hash and the sealed credential are in none of the three forms
    data = archive.read("data.json").decode()
    assert "$argon2" not in data and "$argon2" not in text
    assert '"password_hash"' not in data.split('"withheld"')[0].split('"rows"')[-1]
    assert "credential_ciphertext" in data  # named as withheld, not given
    for name in archive.namelist():
        assert b"$argon2" not in archive.read(name), name
