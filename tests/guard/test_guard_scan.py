"""The retroactive scan on a small demo company with planted forbidden data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from troth.cli import app
from troth.demo import build_demo
from troth.demo.datasets import demo_data_map
from troth.guard import GuardError
from troth.guard.detection import CARD, CHILD, EMAIL, HEALTH, RELIGION
from troth.guard.scan import scan_datastores, shape_of
from troth.policy import load_policy

POLICY = load_policy()
TODAY = date(2026, 6, 1)
DIAGNOSIS = "Please call back later, my wife was diagnosed with cancer last spring."
MOSQUE = "I go to the mosque every Friday so evenings are better for the visit."
CARD_TEXT = "My card is 4111 1111 1111 1111, charge the repair to it."
CHILD_TEXT = "I'm 9 years old and my router keeps dropping the wifi."
PLANTED_EMAIL = "roberta.quill@example.org"


@pytest.fixture(scope="module")
def planted_demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A 200-subject demo company with forbidden data written into a few text columns."""
    home = tmp_path_factory.mktemp("scan")
    url = f"sqlite:///{home / 'demo.sqlite3'}"
    build_demo(url, 200, seed=7, datasets_out=home / "datasets.yml")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        tickets = sa.Table("support_tickets", sa.MetaData(), autoload_with=conn)
        first_ids = [r[0] for r in conn.execute(sa.select(tickets.c.id).order_by(tickets.c.id))][:4]
        planted = {
            first_ids[0]: {"body": DIAGNOSIS},
            first_ids[1]: {"body": MOSQUE},
            first_ids[2]: {"subject": CARD_TEXT},
            first_ids[3]: {"body": CHILD_TEXT, "product": f"ask {PLANTED_EMAIL}"},
        }
        for ticket_id, values in planted.items():
            conn.execute(tickets.update().where(tickets.c.id == ticket_id).values(**values))
    engine.dispose()
    return url


def scan(url: str, **kw):  # noqa: ANN201 - a ScanReport
    return scan_datastores(
        policy=POLICY, datasets=demo_data_map(), url=url, today=TODAY, **kw
    )  # fmt: skip


def counts(report, column: str) -> dict[tuple[str, str], int]:  # noqa: ANN001
    found = report.column("demo_customer_service", "support_tickets", column)
    assert found is not None, column
    return dict(found.counts)


@pytest.mark.proves("C3", "K1", "U7", "C4", via="troth.guard.scan.scan_datastores")
def test_each_planted_item_is_found_in_its_column(planted_demo: str) -> None:
    report = scan(planted_demo, only=["demo_customer_service"])
    body = counts(report, "body")
    assert body[("special_category", HEALTH)] >= 1
    assert body[("special_category", RELIGION)] >= 1
    assert body[("child", CHILD)] >= 1
    subject = counts(report, "subject")
    assert subject == {("card_number", CARD): 1}
    product = counts(report, "product")
    assert product == {("undeclared_personal_data", EMAIL): 1}
    # the card is found once: the ticket's subject, nowhere else
    assert sum(c.counts[("card_number", CARD)] for c in report.columns) == 1


@pytest.mark.proves("C3", via="troth.guard.scan.scan_datastores")
def test_clean_columns_stay_clean(planted_demo: str) -> None:
    report = scan(planted_demo)
    for dataset, collection, column in [
        ("demo_customer_service", "support_tickets", "status"),
        ("demo_customer_service", "support_tickets", "email"),
        ("demo_web_store", "store_orders", "status"),
        ("demo_marketing", "marketing_subscriptions", "list_name"),
        ("demo_gwn_cloud", "gwn_access_points", "mac_address"),
        ("demo_gwn_cloud", "gwn_client_devices", "hostname"),
        ("demo_web_analytics", "web_analytics_events", "ip_address"),
    ]:
        found = report.column(dataset, collection, column)
        assert found is not None and found.values > 0, column
        assert found.findings == 0, (column, dict(found.counts))
    # nothing planted means nothing found in the card and child rules anywhere else
    others = [c for c in report.columns if c.collection != "support_tickets"]
    assert not any(c.counts[("card_number", CARD)] for c in others)
    assert not any(c.counts[("child", CHILD)] for c in others)


def test_the_report_never_holds_the_text_it_found(planted_demo: str) -> None:
    report = scan(planted_demo, only=["demo_customer_service"])
    dumped = json.dumps(report.as_dict())
    for secret in ("cancer", "mosque", "4111", PLANTED_EMAIL, "years old"):
        assert secret not in dumped
    body = report.column("demo_customer_service", "support_tickets", "body")
    assert body is not None
    [example] = [e for e in body.examples if e.category == HEALTH]
    assert example.shape == "x" * (example.end - example.start)
    assert example.key is not None and set(example.key) == {"id"}
    assert shape_of("4111 1111") == "9999 9999"


def test_a_sample_reads_at_most_n_rows_per_table(planted_demo: str) -> None:
    report = scan(planted_demo, sample=5)
    assert report.sample == 5
    assert report.rows <= 5 * report.tables
    assert all(c.values <= 5 for c in report.columns)


def test_an_unknown_dataset_or_bad_sample_is_a_one_line_error(planted_demo: str) -> None:
    with pytest.raises(GuardError, match="no dataset 'demo_nowhere'"):
        scan(planted_demo, only=["demo_nowhere"])
    with pytest.raises(GuardError, match="--sample must be at least 1"):
        scan(planted_demo, sample=0)


def test_troth_scan_exits_1_with_findings_and_0_when_clean(
    planted_demo: str, troth_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TROTH_DEMO_DATABASE_URL", planted_demo)
    runner = CliRunner()
    found = runner.invoke(app, ["scan", "--dataset", "demo_customer_service", "--json"])
    assert found.exit_code == 1, found.output
    report = json.loads(found.stdout)
    assert report["clean"] is False
    [subject] = [c for c in report["columns"] if c["column"] == "subject"]
    assert subject["findings"] == [
        {"rule": "card_number", "clause": "U7", "category": CARD, "count": 1}
    ]
    clean = runner.invoke(app, ["scan", "--dataset", "demo_web_store", "--json"])
    assert clean.exit_code == 0, clean.output
    assert json.loads(clean.stdout)["clean"] is True
    bad = runner.invoke(app, ["scan", "--dataset", "demo_nowhere"])
    assert bad.exit_code == 2


def test_worker_processes_find_the_same(planted_demo: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("troth.guard.scan.SPLIT_FROM_ROWS", 50)  # split the bigger tables too
    alone = scan(planted_demo)
    together = scan(planted_demo, workers=2)
    assert together.rows == alone.rows
    assert {c.where: dict(c.counts) for c in together.columns} == {
        c.where: dict(c.counts) for c in alone.columns
    }
    assert [c.where for c in together.columns] == [c.where for c in alone.columns]


def test_left_to_choose_the_scan_uses_processes_only_for_many_rows(
    planted_demo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import concurrent.futures

    pools: list[int] = []
    real_pool = concurrent.futures.ProcessPoolExecutor

    def counting_pool(*args: object, **kwargs: object) -> concurrent.futures.ProcessPoolExecutor:
        pools.append(1)
        return real_pool(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", counting_pool)
    alone = scan(planted_demo, workers=None)
    assert pools == []  # a small demo: one process
    monkeypatch.setattr("troth.guard.scan.WORKERS_FROM_ROWS", 10)
    monkeypatch.setattr("troth.guard.scan.os.cpu_count", lambda: 2)
    together = scan(planted_demo, workers=None)
    assert pools == [1]
    assert {c.where: dict(c.counts) for c in together.columns} == {
        c.where: dict(c.counts) for c in alone.columns
    }


def test_progress_counts_the_rows_read_up_to_the_total(planted_demo: str) -> None:
    for workers in (1, 2):
        told: list[tuple[int, int]] = []

        def tell(done: int, total: int, told: list[tuple[int, int]] = told) -> None:
            told.append((done, total))

        report = scan(planted_demo, workers=workers, progress=tell)
        assert report.rows > 0
        assert len(told) >= 2, workers  # one call per batch, per table at least
        assert [d for d, _ in told] == sorted(d for d, _ in told)
        assert all(total == report.rows for _, total in told)
        assert told[-1] == (report.rows, report.rows)
