"""The generator alone (no database): deterministic, independent of batching, sealed secrets."""

from __future__ import annotations

import pytest
from cryptography.exceptions import InvalidTag

from troth.demo.generator import BLOCK_SUBJECTS, DemoGenerator, block_seed, column_names
from troth.demo.schema import TABLES
from troth.demo.sip_secrets import DemoKeyError, demo_key, open_sip_credential

KEY = bytes(range(32))


def _all_rows(seed: int, subjects: int, blocks_per_batch: int) -> dict[str, list[tuple]]:
    merged: dict[str, list[tuple]] = {t.name: [] for t in TABLES}
    for _, rows in DemoGenerator(seed, subjects, KEY).batches(blocks_per_batch):
        for name, batch in rows.items():
            merged[name].extend(batch)
    return merged


def test_same_seed_gives_the_same_rows_and_another_seed_does_not() -> None:
    first = _all_rows(3, 300, 1)
    again = _all_rows(3, 300, 1)
    other = _all_rows(4, 300, 1)
    assert first == again
    assert first["accounts"] != other["accounts"]


def test_grouping_blocks_into_batches_does_not_change_the_rows() -> None:
    subjects = 2 * BLOCK_SUBJECTS + 345  # three blocks, the last one partial
    one_block_batches = _all_rows(11, subjects, 1)
    big_batches = _all_rows(11, subjects, 7)
    assert one_block_batches == big_batches
    ids = [row[0] for row in one_block_batches["web_analytics_events"]]
    assert ids == list(range(1, len(ids) + 1))  # ids continue across blocks without gaps


def test_progress_reports_subjects_done_up_to_the_total() -> None:
    done = [d for d, _ in DemoGenerator(1, 2500, KEY).batches(1)]
    assert done == [1000, 2000, 2500]


def test_every_row_has_one_value_per_column() -> None:
    rows = _all_rows(5, 1500, 2)
    for name, batch in rows.items():
        width = len(column_names(name))
        assert batch, f"{name} got no rows"
        assert all(len(row) == width for row in batch), name


def test_block_seeds_differ_by_seed_and_by_block() -> None:
    seeds = {block_seed(s, b) for s in range(5) for b in range(50)}
    assert len(seeds) == 250


def test_sip_credentials_are_sealed_and_bound_to_their_account() -> None:
    rows = _all_rows(9, 400, 1)["wave_sip_accounts"]
    assert rows
    for _id, account_id, _server, nonce, sealed, _key_id, _at in rows[:20]:
        credential = open_sip_credential(KEY, nonce, sealed, account_id)
        assert set(credential) == {"user", "password"}
        assert credential["password"].encode() not in sealed
        with pytest.raises(InvalidTag):
            open_sip_credential(KEY, nonce, sealed, account_id + 1)
        with pytest.raises(InvalidTag):
            open_sip_credential(bytes(32), nonce, sealed, account_id)


def test_demo_key_comes_from_the_environment_or_the_seed() -> None:
    hex_key = "ab" * 32
    assert demo_key(1, {"TROTH_DEMO_KEY": hex_key}) == bytes.fromhex(hex_key)
    assert demo_key(1, {}) == demo_key(1, {})
    assert demo_key(1, {}) != demo_key(2, {})
    with pytest.raises(DemoKeyError, match="TROTH_DEMO_KEY must be 32 bytes"):
        demo_key(1, {"TROTH_DEMO_KEY": "too-short"})
