"""The access archive's contents (pure): ``archive_bytes(access_result, policy) -> bytes``.

A zip holding ``data.json`` (structured, machine-readable: every collection with its rows
and, for each field, the category, uses, legal bases, recipients, retention and source),
one CSV per collection (``csv/<dataset>.<collection>.csv``) and ``index.html``, a page for
the person (what we hold, why, how long, who receives it, then the records) with every value
escaped and no external asset (no script, no stylesheet link). Credentials (a password's
hash, sealed secrets) are named but their values left out of all three.
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
from troth.policy.words import SOURCE_WORDS, basis_words, is_protected, retention_words, term_name
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


def _withheld(items: list[dict[str, Any]]) -> set[str]:
    """The fields of a collection that are credentials (see :data:`PROTECTED`)."""
    return {item["field"] for item in items if is_protected(item["categories"])}


def archive_data(result: AccessResult, policy: Policy) -> dict[str, Any]:
    """The archive's structured content; credentials are named, their values left out."""
    collections = []
    for c in result.collections:
        items = [item.to_dict() for item in c.items]
        withheld = _withheld(items)
        collections.append(
            {
                "dataset": c.dataset,
                "collection": c.collection,
                "system": c.system,
                "items": items,
                "rows": [
                    {k: _plain(v) for k, v in row.items() if k not in withheld} for row in c.rows
                ],
                "shared_rows": [i for i, shared in enumerate(c.shared) if shared],
                "withheld": sorted(withheld),
            }
        )
    return {
        "organisation": policy.organisation.name,
        "privacy_contact": policy.organisation.privacy_contact,
        "statement_version": policy.current_version.version if policy.current_version else None,
        "collections": collections,
    }


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    columns = list(rows[0]) if rows else []
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _plain(v) for k, v in row.items()})
    return out.getvalue()


STYLE = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;margin:0;
padding:1rem;max-width:60rem}
h1{font-size:1.6rem;margin:.2rem 0 .5rem}h2{font-size:1.25rem;margin:1.6rem 0 .4rem}
.lead,.muted{color:#4a5561}.note{border-left:4px solid #0b5cad;background:#eef5fc;
padding:.5rem .9rem}
.scroll{overflow-x:auto}table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.95rem}
th,td{border-bottom:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td{overflow-wrap:anywhere}
"""


def _names(policy: Policy | None, kind: str, keys: list[str]) -> str:
    if policy is None:
        return ", ".join(keys)
    return ", ".join(term_name(policy, kind, k) for k in keys)


def _item_row(item: dict[str, Any], policy: Policy | None) -> str:
    e = html.escape
    why = [
        f"{_names(policy, 'use', [use])} ({basis_words(basis)})"
        for use, basis in sorted(item["legal_bases"].items())
    ] or [_names(policy, "use", item["uses"])]
    receivers = [
        (policy.recipient(k).name if policy and policy.recipient(k) else k)  # type: ignore[union-attr]
        for k in item["recipients"]
    ]
    cells = (
        f"{_names(policy, 'category', item['categories'])} ({words(item['field'])})",
        "; ".join(why),
        retention_words(item["retention"]),
        ", ".join(receivers) or "nobody outside us",
        SOURCE_WORDS.get(str(item["source"]), str(item["source"] or "")),
    )
    return "<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>"


def words(name: str) -> str:
    return name.replace("_", " ")


def _html(data: dict[str, Any], policy: Policy | None = None) -> str:
    """The archive's page for the person: what we hold, why, how long, who receives it,
    then the records themselves; every value escaped, no script, no external asset."""
    e = html.escape
    org = e(str(data["organisation"]))
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>The information {org} holds about you</title><style>{STYLE}</style></head>",
        f"<body><h1>The information {org} holds about you</h1>",
        "<p class='lead'>For each of our services: what we hold about you, why we use it, how"
        " long we keep it and who else receives it; then the records themselves. The same"
        " records are in <code>data.json</code> and the <code>csv</code> folder, for programs."
        f" Questions: {e(str(data['privacy_contact']))}.</p>",
    ]
    if not data["collections"]:
        parts.append("<p>We hold no information about you.</p>")
    for coll in data["collections"]:
        parts.extend(_collection_html(coll, policy))
    parts.append("</body></html>")
    return "".join(parts)


def _collection_html(coll: dict[str, Any], policy: Policy | None) -> list[str]:
    e = html.escape
    system = coll["items"][0]["system_name"] if coll["items"] else coll["system"]
    parts = [
        f"<h2>{e(str(system))}: {e(words(coll['collection']))}</h2>",
        "<div class='scroll'><table><thead><tr><th>What we hold</th><th>Why we use it</th>",
        "<th>How long we keep it</th><th>Who receives it</th><th>Where it comes from</th>",
        "</tr></thead><tbody>",
        *(_item_row(i, policy) for i in coll["items"] if i["field"] not in coll["withheld"]),
        "</tbody></table></div>",
    ]
    if coll["withheld"]:
        names = ", ".join(words(f) for f in coll["withheld"])
        parts.append(
            f"<p class='note'>We also hold your {e(names)}. It is stored protected (a one-way"
            " hash or sealed with a key) and is left out of this copy: it is of no use to you"
            " and a risk if the copy went astray.</p>"
        )
    if coll["rows"]:
        columns = list(coll["rows"][0])
        parts.append("<div class='scroll'><table><thead><tr>")
        parts.extend(f"<th>{e(words(c))}</th>" for c in columns)
        parts.append("</tr></thead><tbody>")
        for row in coll["rows"]:
            cells = "".join(f"<td>{e('' if row[c] is None else str(row[c]))}</td>" for c in columns)
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</tbody></table></div>")
    return parts


@keeps("R2")
def archive_bytes(result: AccessResult, policy: Policy) -> bytes:
    """The zip archive of an access request's result."""
    data = archive_data(result, policy)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:

        def put(name: str, text: str) -> None:
            archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), text.encode("utf-8"))

        put("data.json", json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True))
        for coll in data["collections"]:
            put(f"csv/{coll['dataset']}.{coll['collection']}.csv", _csv(coll["rows"]))
        put("index.html", _html(data, policy))
    return buffer.getvalue()
