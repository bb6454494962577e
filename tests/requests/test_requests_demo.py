"""The request engine on the demo company (SQLite and PostgreSQL), its datasets as the build
wrote them: access finds every row of a subject known by several identities, erasure leaves
only what is kept with a reason, and nobody else's rows change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap import read_datasets
from troth.demo import build_demo
from troth.policy import load_policy
from troth.requests.executor import run_access, run_erasure
from troth.requests.planner import plan_request

SUBJECTS = 300
SEED = 7


@pytest.fixture(params=["sqlite", "postgresql"])
def demo(request: pytest.FixtureRequest, tmp_path: Path, troth_home: Path) -> tuple[str, Path]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_url")
    result = build_demo(url, SUBJECTS, SEED, datasets_out=tmp_path / "demo_datasets.yml")
    return url, result.datasets_path


def _query(conn: sa.Connection, sql: str, **params: Any) -> list[Any]:
    return [r[0] for r in conn.execute(sa.text(sql), params)]


def _subject(conn: sa.Connection) -> tuple[int, dict[str, list[str]]]:
    """An account with a phone number on a ticket, an organisation's access points, meetings
    and orders: known by email, username, phone number and device MACs."""
    account = _query(
        conn,
        """SELECT a.id FROM accounts a
           WHERE EXISTS (SELECT 1 FROM support_tickets t
                         WHERE t.email = a.email AND t.phone_number IS NOT NULL)
             AND EXISTS (SELECT 1 FROM gwn_organisations o WHERE o.owner_account_id = a.id)
           ORDER BY (SELECT count(*) FROM store_orders s WHERE s.account_id = a.id)
                  + (SELECT count(*) FROM ipvideotalk_participants p WHERE p.account_id = a.id)
                  DESC, a.id
           LIMIT 1""",
    )
    assert account, "the demo build has no subject with all these identities"
    aid = account[0]
    email, username = conn.execute(
        sa.text("SELECT email, username FROM accounts WHERE id = :a"), {"a": aid}
    ).one()
    phones = _query(
        conn,
        "SELECT DISTINCT phone_number FROM support_tickets "
        "WHERE email = :e AND phone_number IS NOT NULL",
        e=email,
    )
    macs = _query(
        conn,
        "SELECT ap.mac_address FROM gwn_access_points ap "
        "JOIN gwn_organisations o ON o.id = ap.organisation_id WHERE o.owner_account_id = :a",
        a=aid,
    )
    identities = {"email": [email], "username": [username], "mac_address": macs}
    if phones:
        identities["phone_number"] = phones
    return aid, identities


def _oracle(
    conn: sa.Connection, aid: int, email: str, phones: list[str], macs: list[str]
) -> set[tuple[str, int]]:
    """Every row of the subject, found by hand-written SQL (independent of the planner)."""
    rows: set[tuple[str, int]] = {("accounts", aid)}

    def add(table: str, sql: str, **params: Any) -> None:
        rows.update((table, i) for i in _query(conn, sql, **params))

    for table, column in [
        ("wave_sip_accounts", "account_id"),
        ("wave_permissions", "account_id"),
        ("wave_contacts", "account_id"),
        ("ipvideotalk_participants", "account_id"),
        ("ipvideotalk_meetings", "organiser_account_id"),
        ("gwn_organisations", "owner_account_id"),
        ("gwn_members", "account_id"),
        ("gwn_trace_files", "granted_by_account_id"),
        ("social_login_profiles", "account_id"),
        ("ip_phone_setups", "account_id"),
        ("shipping_addresses", "account_id"),
        ("store_orders", "account_id"),
        ("support_tickets", "account_id"),
        ("marketing_subscriptions", "account_id"),
        ("web_analytics_events", "account_id"),
        ("app_analytics_events", "account_id"),
    ]:
        add(table, f"SELECT id FROM {table} WHERE {column} = :a", a=aid)  # noqa: S608
    for table in (
        "ipvideotalk_participants",
        "gwn_members",
        "social_login_profiles",
        "store_orders",
        "support_tickets",
        "marketing_subscriptions",
    ):
        add(table, f"SELECT id FROM {table} WHERE email = :e", e=email)  # noqa: S608
    for phone in phones:
        add("support_tickets", "SELECT id FROM support_tickets WHERE phone_number = :p", p=phone)
    orders = [i for t, i in rows if t == "store_orders"]
    for order in orders:
        add("store_order_items", "SELECT id FROM store_order_items WHERE order_id = :o", o=order)
        add(
            "shipping_addresses",
            "SELECT shipping_address_id FROM store_orders WHERE id = :o",
            o=order,
        )
    for part in [i for t, i in rows if t == "ipvideotalk_participants"]:
        add(
            "ipvideotalk_meetings",
            "SELECT meeting_id FROM ipvideotalk_participants WHERE id = :p",
            p=part,
        )
    for member in [i for t, i in rows if t == "gwn_members"]:
        add("gwn_organisations", "SELECT organisation_id FROM gwn_members WHERE id = :m", m=member)
    for contact in [i for t, i in rows if t == "wave_contacts"]:
        add("wave_permissions", "SELECT permission_id FROM wave_contacts WHERE id = :c", c=contact)
    for org in [i for t, i in rows if t == "gwn_organisations"]:
        owner = _query(conn, "SELECT owner_account_id FROM gwn_organisations WHERE id = :o", o=org)
        if owner != [aid]:
            continue  # an organisation the subject only manages: its devices are not theirs
        aps = _query(conn, "SELECT id FROM gwn_access_points WHERE organisation_id = :o", o=org)
        rows.update(("gwn_access_points", ap) for ap in aps)
        for ap in aps:
            # a client device holds a MAC address, an identity of the kind the subject gave:
            # one that is not the subject's is another person's device (E4)
            for device, mac in conn.execute(
                sa.text(
                    "SELECT id, mac_address FROM gwn_client_devices WHERE access_point_id = :p"
                ),
                {"p": ap},
            ):
                if mac in macs:
                    rows.add(("gwn_client_devices", device))
            add(
                "gwn_trace_files", "SELECT id FROM gwn_trace_files WHERE access_point_id = :p", p=ap
            )
    return rows


def _everything(conn: sa.Connection) -> dict[tuple[str, int], tuple]:
    meta = sa.MetaData()
    meta.reflect(conn)
    out: dict[tuple[str, int], tuple] = {}
    for table in meta.sorted_tables:
        for row in conn.execute(sa.select(table)):
            out[(table.name, row.id)] = tuple(row)
    return out


def _open(url: str, datasets_path: Path) -> tuple[ConnectionSet, list]:
    datasets = read_datasets([datasets_path])
    connector = SqlConnector("demo", url)
    return ConnectionSet({d.fides_key: connector for d in datasets}), datasets


@pytest.mark.proves("R2", via="troth.requests.executor.run_access")
def test_access_returns_every_row_of_a_subject_known_by_several_identities(
    demo: tuple[str, Path],
) -> None:
    url, datasets_path = demo
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        aid, identities = _subject(conn)
        expected = _oracle(
            conn,
            aid,
            identities["email"][0],
            identities.get("phone_number", []),
            identities["mac_address"],
        )
    engine.dispose()
    assert len(identities["mac_address"]) >= 1
    connections, datasets = _open(url, datasets_path)
    with connections:
        plan = plan_request("access", identities, datasets, load_policy())
        result = run_access(plan, connections)
    found = {(c.collection, row["id"]) for c in result.collections for row in c.rows}
    assert found == expected
    tables = {t for t, _ in expected}
    assert {"accounts", "support_tickets", "gwn_access_points"} <= tables
    # every returned collection says what the policy says of its items
    for collection in result.collections:
        assert collection.items, collection.name
        assert any(item.uses and item.retention for item in collection.items), collection.name


@pytest.mark.proves("R3", via="troth.requests.executor.run_erasure")
def test_erasure_keeps_only_what_has_a_reason_and_touches_nobody_else(
    demo: tuple[str, Path],
) -> None:
    url, datasets_path = demo
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        aid, identities = _subject(conn)
        email = identities["email"][0]
        mine = _oracle(
            conn, aid, email, identities.get("phone_number", []), identities["mac_address"]
        )
        before = _everything(conn)
    connections, datasets = _open(url, datasets_path)
    with connections:
        plan = plan_request("erasure", identities, datasets, load_policy())
        result = run_erasure(plan, connections)
    assert result.verified, result.verification
    with engine.connect() as conn:
        after = _everything(conn)
        account = conn.execute(
            sa.text("SELECT username, email, full_name FROM accounts WHERE id = :a"), {"a": aid}
        ).one()
    engine.dispose()

    # nobody else's rows changed or went
    others = {k: v for k, v in before.items() if k not in mine}
    assert {k: after.get(k) for k in others} == others
    # the account stays only as the anchor of what the law keeps, with nothing readable in it
    assert email not in account and identities["username"][0] not in account
    assert account.full_name != before[("accounts", aid)][3]  # NOT NULL: a keyed hash

    kept_by_table: dict[str, set[str]] = {}
    for outcome in result.steps:
        table = outcome.collection.rpartition(".")[2]
        kept_by_table[table] = set(outcome.kept)
    for table, row_id in sorted(mine):
        if (table, row_id) not in after or table == "accounts":
            continue
        assert kept_by_table.get(table), f"{table} row {row_id} remains without a reason"
        if after[(table, row_id)] != before[(table, row_id)]:
            continue  # masked: its personal fields were erased
        # unchanged rows are those kept whole: shared with others, or kept for the law
        assert any(r.startswith(("shared", "kept with")) for r in kept_by_table[table]), table
    # the subject's orders are kept for the tax law, with the purchase still readable
    orders = [i for t, i in mine if t == "store_orders"]
    for order in orders:
        # id, account_id, email, address, placed_at, status, currency, total, processor, token
        was, now = before[("store_orders", order)], after[("store_orders", order)]
        assert now[:9] == was[:9]  # what the invoice needs stays
        assert now[9] != was[9]  # the payment token (a contract basis only) is erased
    orders_step = result.step("store_orders")
    assert orders_step is not None
    if orders:
        assert any("legal obligation" in r for r in orders_step.kept)
        items = [i for t, i in mine if t == "store_order_items"]
        assert items and all(("store_order_items", i) in after for i in items)
    # nothing found by any identity except kept rows
    assert all(step.row_action in ("delete", "mask") for step in plan.steps)
