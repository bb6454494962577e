"""``POST /api/v1/collect/{system}``: the intake check over HTTP.

The body is read with hard limits before any parsing: its size, its nesting
depth (one linear pass), the length of each text value, UTF-8 only, a JSON object only.
Only the reading happens on the event loop; parsing and checking run in a worker thread. A bad
body gets a one-line 4xx and nothing is stored. A rejection is recorded in the
audit log with the categories, rules, clauses and hashes of what was refused —
never the content itself.
"""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from troth.audit import AuditLog
from troth.datamap import Dataset, stored_datasets
from troth.demo.datasets import demo_data_map
from troth.errors import TrothError
from troth.guard import HASH_KEY_PURPOSE
from troth.guard.check import MAX_DEPTH, check
from troth.guard.errors import UnknownSystem
from troth.keys import derive_key
from troth.web.context import Context

router = APIRouter(prefix="/api/v1", tags=["guard"])

MAX_BODY_BYTES = 1_000_000
MAX_VALUE_CHARS = 100_000
AUDITED_FINDINGS = 20  # findings written to the audit log per decision (with the total)
# The characters that change the nesting or the string state; everything else is skipped in C.
_SPECIAL = re.compile(r'["\\\[\]{}]')


class BodyRefused(TrothError):
    """A body the check does not read; its status says why (400, 413 or 422)."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code


def nesting_depth(text: str, stop_above: int | None = None) -> int:
    """The deepest nesting of objects and arrays in a JSON text (strings skipped), in one pass.

    Each quote, backslash and bracket is looked at once and nothing is scanned twice, so the
    time is linear in the text's length whatever it holds (an unclosed string, runs of
    escapes). With ``stop_above`` the scan stops as soon as the depth passes it.
    """
    depth = deepest = 0
    in_string = False
    escaped_at = -1  # the index of the character the last backslash escapes
    for match in _SPECIAL.finditer(text):
        at = match.start()
        if at == escaped_at:
            continue
        char = match.group()
        if in_string:
            if char == "\\":
                escaped_at = at + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if stop_above is not None and deepest > stop_above:
                    return deepest
        elif char in "]}":
            depth -= 1
    return deepest


def _long_value(value: Any, path: str = "") -> str | None:
    if isinstance(value, str):
        return path if len(value) > MAX_VALUE_CHARS else None
    if isinstance(value, dict):
        for key, inner in value.items():
            found = _long_value(inner, f"{path}.{key}" if path else str(key))
            if found is not None:
                return found
    if isinstance(value, list):
        for inner in value:
            found = _long_value(inner, path)
            if found is not None:
                return found
    return None


def _data_map(ctx: Any) -> tuple[list[Dataset], dict[str, str | None]]:
    """The store's data map, or the demo company's when the store holds none."""
    stored, system_of = stored_datasets(ctx.store)
    if stored:
        return stored, system_of
    return demo_data_map(), {}


async def _read_body(request: Request) -> bytes:
    """The body, read up to the limit (a 413 answer past it)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isascii() and declared.isdigit():
        if int(declared) > MAX_BODY_BYTES:
            raise BodyRefused(413, f"the body is larger than {MAX_BODY_BYTES} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_BODY_BYTES:
            raise BodyRefused(413, f"the body is larger than {MAX_BODY_BYTES} bytes")
    return bytes(body)


def _record_of(body: bytes) -> dict[str, Any]:
    """The JSON object in ``body``, parsed once after a linear-time depth check."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BodyRefused(
            400, f"the body is not UTF-8 (invalid byte at offset {exc.start})"
        ) from None
    if nesting_depth(text, stop_above=MAX_DEPTH + 1) > MAX_DEPTH + 1:
        raise BodyRefused(422, f"the record is nested deeper than {MAX_DEPTH} levels")
    try:
        record = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = (
            f" (line {exc.lineno}, column {exc.colno})"
            if isinstance(exc, json.JSONDecodeError)
            else ""
        )
        raise BodyRefused(400, f"the body is not valid JSON{where}") from None
    if not isinstance(record, dict):
        raise BodyRefused(422, f"the record must be a JSON object, not {type(record).__name__}")
    too_long = _long_value(record)
    if too_long is not None:
        raise BodyRefused(
            413, f"field {too_long[:100]!r} is longer than {MAX_VALUE_CHARS} characters"
        )
    return record


def _check_body(system: str, body: bytes, ctx: Any) -> JSONResponse:
    """Parse, check and audit one record (CPU-bound: run in a worker thread, off the loop)."""
    record = _record_of(body)
    if ctx.policy.system(system) is None:
        raise UnknownSystem(f"unknown system {system[:100]!r}: the policy names no such system")
    datasets, system_of = _data_map(ctx)
    decision = check(
        system,
        record,
        policy=ctx.policy,
        datasets=datasets,
        system_of=system_of,
        hash_key=derive_key(ctx.master, HASH_KEY_PURPOSE),
    )
    if decision.findings:
        _audit(ctx, system, decision)
    return JSONResponse(status_code=200, content=decision.as_dict())


def _audit(ctx: Any, system: str, decision: Any) -> None:
    """One audit event per decision with findings: the first findings (never the content)
    and how many there were in all, so a record of 60,000 fields writes a small row."""

    findings = [
        {k: v for k, v in f.as_dict().items() if k != "span"}
        for f in decision.findings[:AUDITED_FINDINGS]
    ]
    AuditLog(ctx.store.engine).append(
        "guard",
        f"guard.{decision.outcome}",
        f"system:{system}",
        {"findings": findings, "findings_total": len(decision.findings)},
    )


@router.post(
    "/collect/{system}",
    summary="Check a record a service wants to store: accept, reject or accept with redactions",
)
async def collect(system: str, request: Request, ctx: Context) -> JSONResponse:
    # Only the reading waits on the loop; parsing and checking run in a worker thread, so a
    # large or hostile body never holds up the other requests.
    body = await _read_body(request)
    return await run_in_threadpool(_check_body, system, body, ctx)
