"""The data map held against what a database declares (pure).

``catalog_findings(dataset, catalog)`` compares one dataset with the catalog of the database
that holds it (:class:`troth.connectors.base.Catalog`): a collection with no table, a field
with no column, a primary key that differs, and a foreign key with no declared reference. The
last matters most: erasure follows the data map, and a row another row points at through an
undeclared foreign key could be deleted from under it (the executor also reads these foreign
keys, docs/semantics.md X3, but the data map should say so).
"""

from __future__ import annotations

from troth.connectors.base import Catalog, ForeignKey
from troth.datamap.checks import DatamapFinding
from troth.datamap.model import Collection, Dataset


def _declared(dataset: Dataset, fk: ForeignKey) -> bool:
    """True when a reference in either direction joins the foreign key's two ends."""
    pairs = set(zip(fk.columns, fk.target_columns, strict=False))
    for collection in dataset.collections:
        for field in collection.walk():
            for ref in field.references:
                if ref.dataset != dataset.fides_key:
                    continue
                here = (collection.name, field.path[0])
                there = (ref.collection, ref.field_path[0])
                for column, target in pairs:
                    if (here, there) in (
                        ((fk.table, column), (fk.target, target)),
                        ((fk.target, target), (fk.table, column)),
                    ):
                        return True
    return False


def _collection_findings(
    dataset: Dataset, collection: Collection, catalog: Catalog
) -> list[DatamapFinding]:
    where = dataset.where(collection.line)
    address = f"{dataset.fides_key}.{collection.name}"
    table = catalog.tables.get(collection.name)
    if table is None:
        return [DatamapFinding("error", "no-table", f"collection '{address}' has no table", where)]
    findings = [
        DatamapFinding("error", "no-column", f"field '{address}.{field.name}' has no column", where)
        for field in collection.fields
        if field.name not in table.columns
    ]
    declared = tuple(f.name for f in collection.fields if f.primary_key)
    if declared and table.primary_key and set(declared) != set(table.primary_key):
        findings.append(
            DatamapFinding(
                "error",
                "primary-key",
                f"collection '{address}' declares the primary key ({', '.join(declared)}) "
                f"but the table's is ({', '.join(table.primary_key)})",
                where,
            )
        )
    for fk in table.foreign_keys:
        if not _declared(dataset, fk):
            findings.append(
                DatamapFinding(
                    "error",
                    "undeclared-foreign-key",
                    f"foreign key {fk.table}.{', '.join(fk.columns)} -> {fk.target}."
                    f"{', '.join(fk.target_columns)} has no reference in the data map: "
                    "requests do not follow it (erasure still never deletes a row it points at)",
                    where,
                )
            )
    return findings


def _referenced(collection: Collection, column: str) -> bool:
    field = next((f for f in collection.fields if f.name == column), None)
    return field is not None and any(f.references for f in field.walk())


def _looks_like_links(
    dataset: Dataset, collection: Collection, catalog: Catalog
) -> list[DatamapFinding]:
    """Columns named like ``payment_card_id`` beside a table ``payment_card`` with an ``id``,
    with no reference and no foreign key: probably a link the data map misses."""
    table = catalog.tables[collection.name]
    keyed = {fk_col for fk in table.foreign_keys for fk_col in fk.columns}
    findings = []
    for column in table.columns:
        if not column.endswith("_id") or column in keyed or _referenced(collection, column):
            continue
        stem = column.removesuffix("_id")
        target = next(
            (t for t in (stem, stem + "s", stem + "es") if t in catalog.tables),
            None,
        )
        if target is None or "id" not in catalog.tables[target].columns:
            continue
        declared = any(f.name == column for f in collection.fields)
        findings.append(
            DatamapFinding(
                "warning",
                "possible-link",
                f"column {collection.name}.{column} looks like a link to {target}.id"
                + ("" if declared else " and is not in the data map at all")
                + ": declare it with a reference, or erasure may leave it pointing at nothing",
                dataset.where(collection.line),
            )
        )
    return findings


def catalog_findings(dataset: Dataset, catalog: Catalog) -> list[DatamapFinding]:
    """What the dataset misses or contradicts in the database's own catalog."""
    findings: list[DatamapFinding] = []
    for collection in dataset.collections:
        findings.extend(_collection_findings(dataset, collection, catalog))
        if collection.name in catalog.tables:
            findings.extend(_looks_like_links(dataset, collection, catalog))
    return findings
