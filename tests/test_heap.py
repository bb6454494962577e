"""The collector leaves the objects alive at the start of long work alone, and only then."""

from __future__ import annotations

import gc

from troth.heap import settled


def test_objects_alive_at_the_start_are_frozen_for_the_block_and_only_for_it() -> None:
    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(100)]
    with settled():
        assert gc.get_freeze_count() >= len(kept)
        with settled():
            assert gc.get_freeze_count() >= len(kept)
        # the inner block's end leaves the outer block's freeze in place
        assert gc.get_freeze_count() >= len(kept)
    assert gc.get_freeze_count() == 0


def test_garbage_made_inside_the_block_is_still_collected() -> None:
    with settled():
        cycle: list[object] = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() >= 1
