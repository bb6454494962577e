"""Long work over many small values: the garbage collector leaves the old objects alone.

Python's collector walks every tracked object when it collects its oldest
generation. A scan allocates millions of short-lived objects, so those walks come
often, and each one crosses the lexicons, the policy and the caches that live for
the whole process. :func:`settled` moves what exists when the work starts out of
the collector's way for the duration (``gc.freeze``); what the work allocates is
collected as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_DEPTH = [0]


@contextmanager
def settled() -> Iterator[None]:
    """Freeze the objects alive now for the block (nested blocks share one freeze)."""
    with _LOCK:
        if _DEPTH[0] == 0:
            gc.freeze()
        _DEPTH[0] += 1
    try:
        yield
    finally:
        with _LOCK:
            _DEPTH[0] -= 1
            if _DEPTH[0] == 0:
                gc.unfreeze()
