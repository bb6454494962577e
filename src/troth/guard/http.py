"""``POST /api/v1/collect/{system}``: the intake check over HTTP.

The body is read with hard limits before any parsing: its size, its nesting
depth, the length of each text value, UTF-8 only, a JSON object only. A bad
body gets a one-line 4xx and nothing is stored. A rejection is recorded in the
audit log with the categories, rules, clauses and hashes of what was refused —
never the content itself.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from troth.datamap import Dataset, stored_datasets
from troth.guard.check import MAX_DEPTH, check, demo_data_map
from troth.guard.errors import GuardError, UnknownSystem
from troth.web.context import Context

router = APIRouter(prefix="/api/v1", tags=["guard"])

MAX_BODY_BYTES = 1_000_000
MAX_VALUE_CHARS = 100_000
_STRING = re.compile(r'"(?:\\.|[^"\\])*"')
_BRACKET = re.compile(r"[\[\]{}]")


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": message})


def nesting_depth(text: str) -> int:
    """The deepest nesting of objects and arrays in a JSON text (strings skipped)."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
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


@router.post(
    "/collect/{system}",
    summary="Check a record a service wants to store: accept, reject or accept with redactions",
)
async def collect(system: str, request: Request, ctx: Context) -> JSONResponse:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return _error(413, f"the body is larger than {MAX_BODY_BYTES} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_BODY_BYTES:
            return _error(413, f"the body is larger than {MAX_BODY_BYTES} bytes")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _error(400, f"the body is not UTF-8 (invalid byte at offset {exc.start})")
    if nesting_depth(text) > MAX_DEPTH + 1:
        return _error(422, f"the record is nested deeper than {MAX_DEPTH} levels")
    try:
        record = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" if hasattr(exc, "lineno") else ""
        return _error(400, f"the body is not valid JSON{where}")
    if not isinstance(record, dict):
        return _error(422, f"the record must be a JSON object, not {type(record).__name__}")
    too_long = _long_value(record)
    if too_long is not None:
        return _error(413, f"field {too_long!r} is longer than {MAX_VALUE_CHARS} characters")
    if ctx.policy.system(system) is None:
        return _error(404, f"unknown system {system!r}: the policy names no such system")
    datasets, system_of = _data_map(ctx)
    try:
        decision = check(
            system,
            record,
            policy=ctx.policy,
            datasets=datasets,
            system_of=system_of,
            hash_key=os.environ.get("TROTH_GUARD_HASH_KEY", "").encode(),
        )
    except UnknownSystem as exc:
        return _error(404, str(exc))
    except GuardError as exc:
        return _error(422, str(exc))
    if decision.findings:
        from troth.audit import AuditLog

        AuditLog(ctx.store.engine).append(
            "guard",
            f"guard.{decision.outcome}",
            f"system:{system}",
            {
                "findings": [
                    {k: v for k, v in f.as_dict().items() if k != "span"} for f in decision.findings
                ]
            },
        )
    return JSONResponse(status_code=200, content=decision.as_dict())
