"""The access archive's contents (pure): ``archive_bytes(access_result, policy) -> bytes``.

A zip holding ``data.json`` (structured, machine-readable: every collection with its rows
and, for each field, the category, uses, legal bases, recipients, retention and source),
one CSV per collection (``csv/<dataset>.<collection>.csv``) and ``index.html``, a readable
page with every value escaped and no external asset (no script, no stylesheet link).
Encrypting, storing and handing the archive out is done elsewhere.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
import zipfile
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from troth.policy.models import Policy
from troth.promises import keeps
from troth.requests.executor import AccessResult

FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # zip entry times: the archive depends on its data only


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return "base64:" + base64.b64encode(bytes(value)).decode()
    return value


def archive_data(result: AccessResult, policy: Policy) -> dict[str, Any]:
    """The archive's structured content."""
    return {
        "organisation": policy.organisation.name,
        "privacy_contact": policy.organisation.privacy_contact,
        "statement_version": policy.current_version.version if policy.current_version else None,
        "collections": [
            {
                "dataset": c.dataset,
                "collection": c.collection,
                "system": c.system,
                "items": [item.to_dict() for item in c.items],
                "rows": [{k: _plain(v) for k, v in row.items()} for row in c.rows],
                "shared_rows": [i for i, shared in enumerate(c.shared) if shared],
            }
            for c in result.collections
        ],
    }


def _csv(rows: tuple[dict[str, Any], ...]) -> str:
    out = io.StringIO()
    columns = list(rows[0]) if rows else []
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _plain(v) for k, v in row.items()})
    return out.getvalue()


def _html(data: dict[str, Any]) -> str:
    e = html.escape
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Your data held by {e(str(data['organisation']))}</title></head><body>",
        f"<h1>Your data held by {e(str(data['organisation']))}</h1>",
        f"<p>Questions: {e(str(data['privacy_contact']))}</p>",
    ]
    if not data["collections"]:
        parts.append("<p>We hold no data about you.</p>")
    for coll in data["collections"]:
        parts.append(f"<h2>{e(coll['collection'])} <small>({e(coll['system'])})</small></h2>")
        parts.append("<table><thead><tr><th>Item</th><th>Category</th><th>Used for</th>")
        parts.append("<th>Shared with</th><th>Kept</th><th>Source</th></tr></thead><tbody>")
        for item in coll["items"]:
            uses = ", ".join(f"{u} ({b})" for u, b in sorted(item["legal_bases"].items()))
            parts.append(
                "<tr>"
                + "".join(
                    f"<td>{e(str(v))}</td>"
                    for v in (
                        item["field"],
                        ", ".join(item["categories"]),
                        uses or ", ".join(item["uses"]),
                        ", ".join(item["recipients"]) or "nobody",
                        item["retention"] or "",
                        f"{item['system_name']} ({item['source']})",
                    )
                )
                + "</tr>"
            )
        parts.append("</tbody></table>")
        if coll["rows"]:
            columns = list(coll["rows"][0])
            parts.append("<table><thead><tr>")
            parts.extend(f"<th>{e(c)}</th>" for c in columns)
            parts.append("</tr></thead><tbody>")
            for row in coll["rows"]:
                cells = "".join(
                    f"<td>{e('' if row[c] is None else str(row[c]))}</td>" for c in columns
                )
                parts.append(f"<tr>{cells}</tr>")
            parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "".join(parts)


@keeps("R2")
def archive_bytes(result: AccessResult, policy: Policy) -> bytes:
    """The zip archive of an access request's result."""
    data = archive_data(result, policy)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:

        def put(name: str, text: str) -> None:
            archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), text.encode("utf-8"))

        put("data.json", json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True))
        for coll in result.collections:
            put(f"csv/{coll.dataset}.{coll.collection}.csv", _csv(coll.rows))
        put("index.html", _html(data))
    return buffer.getvalue()
