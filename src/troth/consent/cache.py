"""Subject states kept in memory between decisions, refreshed from the ledger.

The ledger only grows, so a cache can stay correct cheaply: at most every ``max_age``
seconds one query asks which subjects have rows newer than the last ones seen, and only
those states are dropped. Writes made through this process drop their subject at once;
writes by another process are seen within ``max_age`` (50 ms by default). Resolving a
child flag is the one update in place; it only ever turns a deny into an allow, so a
stale entry errs on the side of refusing.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

import sqlalchemy as sa

from troth.consent.ledger import load_state
from troth.consent.state import SubjectState

_WATERMARKS = sa.text(
    "SELECT (SELECT COALESCE(MAX(id), 0) FROM consent_events), "
    "(SELECT COALESCE(MAX(id), 0) FROM marketing_preferences), "
    "(SELECT COALESCE(MAX(id), 0) FROM privacy_signals), "
    "(SELECT COALESCE(MAX(id), 0) FROM child_flags)"
)
_CHANGED = sa.text(
    "SELECT subject_key FROM consent_events WHERE id > :e "
    "UNION SELECT subject_key FROM marketing_preferences WHERE id > :m "
    "UNION SELECT holder_key FROM privacy_signals WHERE id > :s "
    "UNION SELECT subject_key FROM child_flags WHERE id > :f"
)


class StateCache:
    def __init__(self, engine: sa.Engine, max_age: float = 0.05, size: int = 100_000) -> None:
        self.engine = engine
        self.max_age = max_age
        self.size = size
        self._states: OrderedDict[tuple[str, str | None], SubjectState] = OrderedDict()
        self._marks: tuple[int, int, int, int] | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    def invalidate(self, key: str | None = None) -> None:
        """Forget one subject (or everything) now."""
        with self._lock:
            if key is None:
                self._states.clear()
            else:
                for cached in [k for k in self._states if key in k]:
                    del self._states[cached]

    def _refresh(self, conn: sa.Connection) -> None:
        now = time.monotonic()
        if now - self._checked < self.max_age:
            return
        marks = tuple(int(v) for v in conn.execute(_WATERMARKS).one())
        with self._lock:
            if self._marks is None:
                self._states.clear()
            elif marks != self._marks:
                e, m, s, f = self._marks
                changed = set(conn.execute(_CHANGED, {"e": e, "m": m, "s": s, "f": f}).scalars())
                for cached in [k for k in self._states if k[0] in changed or k[1] in changed]:
                    del self._states[cached]
            self._marks = marks  # type: ignore[assignment]
            self._checked = now

    def state(self, key: str, browser_key: str | None = None) -> SubjectState:
        cache_key = (key, browser_key)
        with self.engine.connect() as conn:
            self._refresh(conn)
            found = self._states.get(cache_key)
            if found is not None:
                return found
            state = load_state(conn, key, browser_key)
        with self._lock:
            self._states[cache_key] = state
            if len(self._states) > self.size:
                self._states.popitem(last=False)
        return state
