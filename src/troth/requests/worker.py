"""The server's sweep: requests left behind are picked up without anyone asking.

Every ``TROTH_REQUEST_SWEEP_SECONDS`` (30 by default; 0 turns it off) a thread of the server
runs :meth:`RequestService.resume`: verified or approved requests nobody ran (the process
stopped before its background task), and running requests whose runner died or was cut off
(its lease ran out, :mod:`troth.requests.lease`). Several server processes may sweep the same
store: each request is claimed in one statement, so only one of them runs it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from troth.errors import TrothError

if TYPE_CHECKING:
    from troth.requests.service import RequestService

log = logging.getLogger(__name__)


def sweep_once(service: RequestService) -> int:
    """Run what is due to run now; the number of requests run. A failure is logged in one
    line without personal data (the error's kind only, unless it is one of ours, whose
    messages never hold any) and the next sweep tries again."""
    try:
        return len(service.resume(actor="worker"))
    except Exception as exc:  # noqa: BLE001 - the sweep must outlive any one failure
        reason = type(exc).__name__
        if isinstance(exc, TrothError):
            reason = (str(exc).strip().splitlines() or [reason])[0][:200]
        log.warning("request sweep stopped early: %s", reason)
        return 0


class Sweeper:
    """A daemon thread that sweeps every ``every`` seconds until :meth:`stop`."""

    def __init__(self, service: Callable[[], RequestService], every: float) -> None:
        if every <= 0:
            raise ValueError("a sweep interval is a positive number of seconds")
        self.service = service
        self.every = every
        self.sweeps = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="troth-sweep", daemon=True)

    def _loop(self) -> None:
        while not self._stop.wait(self.every):
            sweep_once(self.service())
            self.sweeps += 1

    def start(self) -> Sweeper:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
