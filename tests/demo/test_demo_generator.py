"""The generator alone (no database): deterministic, independent of batching, sealed secrets."""

from __future__ import annotations

import re

import pytest
from cryptography.exceptions import InvalidTag

from troth.demo.generator import (
    BLOCK_CAPACITY,
    BLOCK_SUBJECTS,
    DemoGenerator,
    block_seed,
    column_names,
    first_row_id,
    mac_address,
)
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
    assert ids == sorted(set(ids))  # unique and ascending across blocks


def test_each_block_is_the_same_alone_and_uses_only_its_own_id_ranges() -> None:
    subjects = 3 * BLOCK_SUBJECTS
    whole = _all_rows(13, subjects, 3)
    generator = DemoGenerator(13, subjects, KEY)
    alone = {t.name: [] for t in TABLES}
    for block in (2, 0, 1):  # any order, one block at a time
        rows = generator.block(block)
        for name, batch in rows.items():
            low = first_row_id(name, block)
            high = low + BLOCK_CAPACITY[name]
            assert all(low <= row[0] < high for row in batch), (name, block)
            alone[name].extend(batch)
    assert {name: sorted(batch) for name, batch in alone.items()} == whole
    accounts = [row[0] for row in whole["accounts"]]
    assert accounts == list(range(1, subjects + 1))  # account ids stay dense


def test_mac_addresses_are_unique_per_serial_beyond_the_vendor_range() -> None:
    serials = [1, 2, 0xFFFFFF, 0x1000000, 0x1000001, 0x2FFFFFF, 2**30 - 1]
    for oui in ("00:0B:82", "F0:18:98"):
        macs = [mac_address(oui, s) for s in serials]
        assert len(set(macs)) == len(macs)
        assert all(re.fullmatch(r"([0-9A-F]{2}:){5}[0-9A-F]{2}", m) for m in macs)
    assert mac_address("00:0B:82", 5) == "00:0B:82:00:00:05"
    assert mac_address("00:0B:82", 0x1000005) != mac_address("F0:18:98", 0x1000005)


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
