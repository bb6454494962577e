"""Imported by the scan's fork server: the default engine built before workers fork.

``troth scan --workers N`` starts its worker processes from a fork server
(``multiprocessing``'s "forkserver" context: no database connection or thread of
the scanning process is inherited). Importing this module there builds the default
engine (name lexicons, special-category terms, the classifier) and compiles its
Hyperscan sieve once, so every worker forked from the server starts with them in
place instead of spending seconds building its own.
"""

from __future__ import annotations

from troth.guard.engine import default_engine

# an ASCII and a non-ASCII text: both sieve databases compiled
for _text in ("warm up 1 a@b.example", "warm up 1 é"):
    default_engine().analyze(_text)
