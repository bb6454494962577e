"""Real builds of the demo company on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from demo_helpers import SMALL, content_digest, sqlite_url
from sqlalchemy import String, Text, case, create_engine, func, inspect, select

from troth.demo import DemoBuildError, DemoBuildResult, build_demo
from troth.demo.schema import (
    TABLES,
    accounts,
    app_analytics_events,
    ipvideotalk_participants,
    shipping_addresses,
    store_orders,
    wave_sip_accounts,
    web_analytics_events,
)
from troth.demo.sip_secrets import demo_key, open_sip_credential

CARD_LIKE = re.compile(r"\d(?:[ -]?\d){12,18}")


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _text_values(url: str) -> list[str]:
    found: list[str] = []
    engine = create_engine(url)
    with engine.connect() as conn:
        for table in TABLES:
            cols = [c for c in table.columns if isinstance(c.type, String | Text)]
            for row in conn.execute(select(*cols)):
                found.extend(v for v in row if v)
    engine.dispose()
    return found


def test_every_table_is_populated(small_build: DemoBuildResult, small_url: str) -> None:
    engine = create_engine(small_url)
    with engine.connect() as conn:
        counts = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in TABLES
        }
    engine.dispose()
    assert counts == small_build.rows
    assert counts["accounts"] == SMALL
    assert all(n > 0 for n in counts.values()), counts
    assert len(counts) == 20


def test_meetings_are_shared_by_several_participants_including_guests(small_url: str) -> None:
    p = ipvideotalk_participants
    engine = create_engine(small_url)
    with engine.connect() as conn:
        per_meeting = conn.execute(
            select(
                p.c.meeting_id,
                func.count(func.distinct(p.c.email)),
                func.count(p.c.account_id),
                func.sum(case((p.c.account_id.is_(None), 1), else_=0)),
            ).group_by(p.c.meeting_id)
        ).all()
    engine.dispose()
    assert max(people for _, people, _, _ in per_meeting) >= 3
    shared = [m for m, _, with_account, guests in per_meeting if with_account >= 2 and guests]
    assert shared, "no meeting joined by two accounts and a guest"


def test_people_have_several_identities(small_url: str) -> None:
    engine = create_engine(small_url)
    with engine.connect() as conn:
        cookies = dict(
            conn.execute(
                select(
                    web_analytics_events.c.account_id,
                    func.count(func.distinct(web_analytics_events.c.cookie_id)),
                )
                .where(web_analytics_events.c.account_id.is_not(None))
                .group_by(web_analytics_events.c.account_id)
            ).all()
        )
        devices = dict(
            conn.execute(
                select(
                    app_analytics_events.c.account_id,
                    func.count(func.distinct(app_analytics_events.c.device_id)),
                )
                .where(app_analytics_events.c.account_id.is_not(None))
                .group_by(app_analytics_events.c.account_id)
            ).all()
        )
        username, email = conn.execute(
            select(accounts.c.username, accounts.c.email).where(accounts.c.id == 1)
        ).one()
    engine.dispose()
    assert any(n >= 2 for n in cookies.values()), "nobody browses with two cookies"
    assert any(n >= 2 for n in devices.values()), "nobody uses two devices"
    assert set(cookies) & set(devices), "no account has both cookies and devices"
    assert "@" in email and username and username != email


def test_some_orders_ship_to_another_persons_address(small_url: str) -> None:
    o, a = store_orders, shipping_addresses
    engine = create_engine(small_url)
    with engine.connect() as conn:
        rows = conn.execute(
            select(o.c.id, o.c.account_id, a.c.account_id, a.c.recipient_name, accounts.c.full_name)
            .join(a, a.c.id == o.c.shipping_address_id)
            .join(accounts, accounts.c.id == o.c.account_id)
        ).all()
    engine.dispose()
    other = [r for r in rows if r[1] != r[2] or r[3] != r[4]]
    assert rows and other
    assert len(other) < len(rows) / 2


def test_no_text_column_holds_a_card_number(small_url: str) -> None:
    values = _text_values(small_url)
    assert len(values) > 10 * SMALL
    hits = [
        m.group(0)
        for v in values
        for m in CARD_LIKE.finditer(v)
        if luhn_valid(re.sub(r"\D", "", m.group(0)))
    ]
    assert hits == []
    assert luhn_valid("4111111111111111") and CARD_LIKE.search("pay 4111 1111 1111 1111 now")


def test_sip_passwords_are_nowhere_in_plaintext(small_build: DemoBuildResult) -> None:
    url = small_build.database_url
    engine = create_engine(url)
    with engine.connect() as conn:
        sealed = conn.execute(
            select(
                wave_sip_accounts.c.account_id,
                wave_sip_accounts.c.credential_nonce,
                wave_sip_accounts.c.credential_ciphertext,
            )
        ).all()
    engine.dispose()
    assert sealed
    key = demo_key(small_build.seed, {})
    passwords = [open_sip_credential(key, n, c, a)["password"] for a, n, c in sealed]
    database_bytes = Path(url.removeprefix("sqlite:///")).read_bytes()
    assert all(p.encode() not in database_bytes for p in passwords)
    assert all(p not in v for v in _text_values(url) for p in passwords[:10])


def test_identity_and_reference_columns_are_indexed(small_url: str) -> None:
    engine = create_engine(small_url)
    found = {
        (t.name, tuple(ix["column_names"]))
        for t in TABLES
        for ix in inspect(engine).get_indexes(t.name)
    }
    engine.dispose()
    for table in TABLES:
        for column in table.columns:
            if column.info.get("identity") or column.info.get("references"):
                assert (table.name, (column.name,)) in found, f"{table.name}.{column.name}"


def test_content_depends_only_on_seed_and_subjects(tmp_path: Path) -> None:
    def build(name: str, **options: object) -> str:
        url = sqlite_url(tmp_path / f"{name}.sqlite3")
        build_demo(url, 1300, datasets_out=tmp_path / f"{name}.yml", **options)  # type: ignore[arg-type]
        return content_digest(url)

    reference = build("a", seed=5)
    assert build("b", seed=5) == reference
    assert build("c", seed=5, blocks_per_batch=1) == reference
    assert build("d", seed=5, parallel=True) == reference
    assert build("f", seed=5, workers=3, blocks_per_batch=1) == reference  # 2 batches, 3 workers
    assert build("e", seed=6) != reference


def test_refuses_to_overwrite_unless_replace(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite3")
    datasets = tmp_path / "d.yml"
    build_demo(url, 30, seed=1, datasets_out=datasets)
    with pytest.raises(DemoBuildError) as refused:
        build_demo(url, 30, seed=2, datasets_out=datasets)
    message = str(refused.value)
    assert "--replace" in message and "\n" not in message and "demo.sqlite3" in message
    first = content_digest(url)
    build_demo(url, 30, seed=2, replace=True, datasets_out=datasets)
    assert content_digest(url) != first


def test_writes_datasets_to_troth_home_by_default(troth_home: Path, tmp_path: Path) -> None:
    result = build_demo(sqlite_url(tmp_path / "x.sqlite3"), 10)
    assert result.datasets_path == troth_home / "demo_datasets.yml"
    assert result.datasets_path.read_text().startswith("dataset:")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("not a url", "not valid"),
        ("mysql://u@127.0.0.1/db", "SQLite or PostgreSQL"),
        ("sqlite://", "SQLite file"),
    ],
)
def test_bad_database_urls_get_one_line_errors(url: str, expected: str, tmp_path: Path) -> None:
    with pytest.raises(DemoBuildError, match=expected) as failed:
        build_demo(url, 10, datasets_out=tmp_path / "d.yml")
    assert "\n" not in str(failed.value)


def test_subjects_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(DemoBuildError, match="at least 1"):
        build_demo(sqlite_url(tmp_path / "d.sqlite3"), 0, datasets_out=tmp_path / "d.yml")


def test_progress_is_reported_up_to_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    build_demo(
        sqlite_url(tmp_path / "p.sqlite3"),
        2100,
        blocks_per_batch=1,
        progress=lambda done, total: seen.append((done, total)),
        datasets_out=tmp_path / "d.yml",
    )
    assert seen == [(1000, 2100), (2000, 2100), (2100, 2100)]


@pytest.mark.postgres
def test_postgres_build_matches_sqlite_and_has_its_keys(postgres_url: str, tmp_path: Path) -> None:
    lite = sqlite_url(tmp_path / "same.sqlite3")
    build_demo(lite, SMALL, seed=3, datasets_out=tmp_path / "a.yml")
    result = build_demo(postgres_url, SMALL, seed=3, datasets_out=tmp_path / "b.yml")
    assert result.rows["accounts"] == SMALL
    assert content_digest(postgres_url) == content_digest(lite)
    engine = create_engine(postgres_url)
    insp = inspect(engine)
    fks = {
        (t.name, fk["constrained_columns"][0], fk["referred_table"])
        for t in TABLES
        for fk in insp.get_foreign_keys(t.name)
    }
    indexes = {ix["name"] for t in TABLES for ix in insp.get_indexes(t.name)}
    primary_keys = {t.name: insp.get_pk_constraint(t.name)["constrained_columns"] for t in TABLES}
    engine.dispose()
    assert primary_keys == {t.name: ["id"] for t in TABLES}
    assert ("store_orders", "account_id", "accounts") in fks
    assert ("ipvideotalk_participants", "meeting_id", "ipvideotalk_meetings") in fks
    assert "ix_accounts_email" in indexes and "ix_web_analytics_events_cookie_id" in indexes
    with pytest.raises(DemoBuildError, match="--replace"):
        build_demo(postgres_url, SMALL, seed=3, datasets_out=tmp_path / "b.yml")
    build_demo(postgres_url, 50, seed=3, replace=True, datasets_out=tmp_path / "b.yml")
    assert content_digest(postgres_url) != content_digest(lite)
    # a later SQLite build in the same process still gets every key
    later = sqlite_url(tmp_path / "later.sqlite3")
    build_demo(later, 20, datasets_out=tmp_path / "c.yml")
    engine = create_engine(later)
    insp = inspect(engine)
    assert insp.get_pk_constraint("accounts")["constrained_columns"] == ["id"]
    assert insp.get_foreign_keys("store_orders")
    engine.dispose()


@pytest.mark.postgres
def test_postgres_build_in_worker_processes(postgres_url: str, tmp_path: Path) -> None:
    result = build_demo(
        postgres_url, 2500, seed=8, workers=2, blocks_per_batch=1, datasets_out=tmp_path / "d.yml"
    )
    lite = sqlite_url(tmp_path / "w.sqlite3")
    build_demo(lite, 2500, seed=8, datasets_out=tmp_path / "e.yml")
    assert result.rows["accounts"] == 2500
    assert content_digest(postgres_url) == content_digest(lite)
