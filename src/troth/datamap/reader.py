"""Read fideslang dataset files: YAML with line marks, fideslang's own validation, our dataclasses.

A file holds a top-level ``dataset:`` list (other top-level keys are left alone). Every failure
is one :class:`DatamapError` line: ``file:line: dataset 'k', collection 'c', field 'f': what``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from fideslang.models import Dataset as FidesDataset
from fideslang.models import DatasetCollection as FidesCollection
from fideslang.models import DatasetField as FidesField
from pydantic import ValidationError

from troth.datamap.errors import DatamapError
from troth.datamap.fideskeys import unhonoured_keys
from troth.datamap.model import Collection, Dataset, Field, Reference
from troth.policy.yamlsource import syntax_error_at

Loc = tuple[str | int, ...]

# libyaml's parser when present (several times faster); both keep line marks on every node
FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class LoadedDataset:
    """A validated dataset: our dataclasses and the fideslang body to store."""

    dataset: Dataset
    body: dict[str, Any]


def _line_index(
    node: yaml.Node, path: Loc = (), out: dict[Loc, int] | None = None
) -> dict[Loc, int]:
    """Map each path of keys and indexes in the document to its 1-based line."""
    out = {} if out is None else out
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                out[path + (key.value,)] = key.start_mark.line + 1
                _line_index(value, path + (key.value,), out)
    elif isinstance(node, yaml.SequenceNode):
        for position, item in enumerate(node.value):
            _line_index(item, path + (position,), out)
    return out


def _line_of(index: dict[Loc, int], path: Loc) -> int | None:
    """The line of ``path``, or of its nearest written ancestor (None when lines are unknown)."""
    if not index:
        return None
    for cut in range(len(path), -1, -1):
        if path[:cut] in index:
            return index[path[:cut]]
    return 1


def _describe(raw: Any, loc: Loc) -> tuple[str, Loc]:
    """Name the dataset/collection/field along ``loc`` in ``raw``; return the rest of ``loc``."""
    parts: list[str] = []
    node = raw
    key = raw.get("fides_key") if isinstance(raw, dict) else None
    parts.append(f"dataset '{key}'" if isinstance(key, str) else "dataset")
    field_names: list[str] = []
    rest_from = 0
    i = 0
    while i + 1 < len(loc) and isinstance(node, dict):
        kind, position = loc[i], loc[i + 1]
        items = node.get(kind) if isinstance(kind, str) else None
        if kind not in ("collections", "fields") or not isinstance(items, list):
            break
        if not isinstance(position, int) or position >= len(items):
            break
        node = items[position]
        name = node.get("name") if isinstance(node, dict) else None
        label = str(name) if isinstance(name, str | int) and name != "" else f"#{position + 1}"
        if kind == "collections":
            parts.append(
                f"collection '{label}'" if not label.startswith("#") else f"collection {label}"
            )
        else:
            field_names.append(label)
        i += 2
        rest_from = i
    if field_names:
        parts.append("field '" + ".".join(field_names) + "'")
    return ", ".join(parts), loc[rest_from:]


def _fail(source: str, line: int | None, what: str, detail: str) -> DatamapError:
    where = f"{source}:{line}" if line is not None else source
    text = f"{where}: {what}: {detail}" if what else f"{where}: {detail}"
    return DatamapError(" ".join(text.split()))


def _validation_error(
    source: str, raw: Any, exc: ValidationError, index: dict[Loc, int], base: Loc
) -> DatamapError:
    first = exc.errors()[0]
    loc: Loc = tuple(p for p in first["loc"] if isinstance(p, str | int))
    what, rest = _describe(raw, loc)
    message = str(first["msg"]).removeprefix("Value error, ")
    if rest == ("name",) and first["type"] == "missing":
        detail = "has no name"
    else:
        shown = ".".join(str(p) for p in rest)
        detail = f"{shown}: {message}" if shown else message
    return _fail(source, _line_of(index, base + loc), what, detail)


def _reference(raw_ref: Any, source: str, line: int | None, what: str) -> Reference:
    dotted = str(raw_ref.field)
    parts = tuple(dotted.split("."))
    if len(parts) < 2 or any(p == "" for p in parts):
        raise _fail(
            source, line, what, f"reference field '{dotted}' must be written 'collection.field'"
        )
    direction = raw_ref.direction
    value = getattr(direction, "value", direction)
    return Reference(
        dataset=str(raw_ref.dataset),
        collection=parts[0],
        field_path=parts[1:],
        direction=value,
    )


def _field(
    model: FidesField,
    raw: dict[str, Any],
    parent: tuple[str, ...],
    loc: Loc,
    index: dict[Loc, int],
    source: str,
    owner: str,
) -> Field:
    path = parent + (model.name,)
    line = _line_of(index, loc)
    what = f"{owner}, field '{'.'.join(path)}'"
    meta = model.fides_meta
    references: list[Reference] = []
    if meta is not None and meta.references:
        for position, ref in enumerate(meta.references):
            ref_line = _line_of(index, loc + ("fides_meta", "references", position))
            references.append(_reference(ref, source, ref_line, what))
    children = _fields(model.fields or [], raw.get("fields"), path, loc, index, source, owner)
    masking = None
    if meta is not None and meta.masking_strategy_override is not None:
        override = meta.masking_strategy_override
        value = (override.configuration or {}).get("rewrite_value")
        masking = (str(override.strategy), None if value is None else str(value))
    return Field(
        name=model.name,
        path=path,
        categories=tuple(model.data_categories or ()),
        identity=meta.identity if meta else None,
        primary_key=bool(meta.primary_key) if meta else False,
        data_type=meta.data_type if meta else None,
        length=meta.length if meta else None,
        references=tuple(references),
        fields=children,
        read_only=bool(meta.read_only) if meta else False,
        masking=masking,
        line=line,
    )


def _in_file_order(
    models: Sequence[Any],
    raw_items: Any,
    what: str,
    kind: str,
    index: dict[Loc, int],
    loc: Loc,
    source: str,
    parent: tuple[str, ...] = (),
) -> list[tuple[int, Any, Any]]:
    """Pair each validated model with its raw entry, in the order the file wrote them.

    fideslang sorts collections and fields by name; positions in the file give the lines.
    """
    by_name = {m.name: m for m in models}
    raw_list = raw_items if isinstance(raw_items, list) else []
    seen: set[str] = set()
    paired: list[tuple[int, Any, Any]] = []
    for position, raw in enumerate(raw_list):
        name = raw.get("name") if isinstance(raw, dict) else None
        if name in seen:
            dotted = ".".join(parent + (str(name),))
            raise _fail(
                source,
                _line_of(index, loc + (kind, position)),
                what,
                f"{kind[:-1]} '{dotted}' is written twice",
            )
        seen.add(str(name))
        if name in by_name:
            paired.append((position, by_name[name], raw))
    return paired


def _fields(
    models: Sequence[FidesField],
    raw_items: Any,
    parent: tuple[str, ...],
    loc: Loc,
    index: dict[Loc, int],
    source: str,
    owner: str,
) -> tuple[Field, ...]:
    paired = _in_file_order(models, raw_items, owner, "fields", index, loc, source, parent)
    return tuple(
        _field(model, raw, parent, loc + ("fields", position), index, source, owner)
        for position, model, raw in paired
    )


def _collection(
    model: FidesCollection,
    raw: dict[str, Any],
    loc: Loc,
    index: dict[Loc, int],
    source: str,
    key: str,
) -> Collection:
    owner = f"dataset '{key}', collection '{model.name}'"
    meta = model.fides_meta
    override = meta.masking_strategy_override if meta is not None else None
    return Collection(
        name=model.name,
        fields=_fields(model.fields, raw.get("fields"), (), loc, index, source, owner),
        categories=tuple(model.data_categories or ()),
        delete_rows=override is not None and str(override.strategy.value) == "delete",
        line=_line_of(index, loc),
    )


def _convert(
    model: FidesDataset, raw: dict[str, Any], loc: Loc, index: dict[Loc, int], source: str
) -> Dataset:
    owner = f"dataset '{model.fides_key}'"
    paired = _in_file_order(
        model.collections, raw.get("collections"), owner, "collections", index, loc, source
    )
    collections = tuple(
        _collection(coll, raw_coll, loc + ("collections", position), index, source, model.fides_key)
        for position, coll, raw_coll in paired
    )
    return Dataset(
        fides_key=model.fides_key,
        collections=collections,
        name=model.name,
        description=model.description,
        source=source,
        line=_line_of(index, loc),
        notes=unhonoured_keys(raw) if isinstance(raw, dict) else (),
    )


def _file_ordered(dumped: dict[str, Any], raw: Any) -> dict[str, Any]:
    """fideslang's dump with collections and fields put back in the order of the file."""
    out = dict(dumped)
    for kind in ("collections", "fields"):
        items = dumped.get(kind)
        raw_items = raw.get(kind) if isinstance(raw, dict) else None
        if not isinstance(items, list) or not isinstance(raw_items, list):
            continue
        raw_by_name = {r.get("name"): r for r in raw_items if isinstance(r, dict)}
        order = {name: position for position, name in enumerate(raw_by_name)}
        ordered = sorted(items, key=lambda item: order.get(item.get("name"), len(order)))
        out[kind] = [_file_ordered(item, raw_by_name.get(item.get("name"))) for item in ordered]
    return out


def parse_datasets(text: str, source: str) -> list[LoadedDataset]:
    """Parse and validate the datasets of one file's text; ``source`` names it in errors."""
    try:
        document = yaml.compose(text, Loader=FAST_LOADER)
    except yaml.MarkedYAMLError as exc:
        line, problem = syntax_error_at(text, exc)
        raise _fail(source, line, "", f"not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise _fail(source, 1, "", f"not valid YAML: {type(exc).__name__}") from None
    if document is None:
        raise _fail(source, 1, "", "not a dataset file: it is empty")
    index = _line_index(document)
    try:
        data = yaml.SafeLoader("").construct_document(document)
    except yaml.YAMLError as exc:
        raise _fail(source, 1, "", f"not valid YAML: {exc}") from None
    if not isinstance(data, dict) or "dataset" not in data:
        raise _fail(source, 1, "", "not a dataset file: expected a top-level 'dataset:' list")
    entries = data["dataset"]
    if not isinstance(entries, list):
        raise _fail(source, index[("dataset",)], "", "'dataset:' must be a list of datasets")
    loaded: list[LoadedDataset] = []
    keys: set[str] = set()
    for position, raw in enumerate(entries):
        base: Loc = ("dataset", position)
        if not isinstance(raw, dict):
            raise _fail(source, _line_of(index, base), f"dataset #{position + 1}", "not a mapping")
        try:
            model = FidesDataset.model_validate(raw)
        except ValidationError as exc:
            raise _validation_error(source, raw, exc, index, base) from None
        if model.fides_key in keys:
            raise _fail(
                source,
                _line_of(index, base),
                f"dataset '{model.fides_key}'",
                "fides_key is used twice in this file",
            )
        keys.add(model.fides_key)
        dataset = _convert(model, raw, base, index, source)
        body = _file_ordered(model.model_dump(mode="json", exclude_none=True), raw)
        loaded.append(LoadedDataset(dataset=dataset, body=body))
    return loaded


def load_file(path: str | Path) -> list[LoadedDataset]:
    """Read and validate one dataset file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DatamapError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise DatamapError(f"{path}: not a UTF-8 text file") from None
    except OSError as exc:
        raise DatamapError(f"{path}: cannot be read ({exc.strerror})") from None
    return parse_datasets(text, str(path))


def load_files(paths: Iterable[str | Path]) -> list[LoadedDataset]:
    """Read and validate several files; a dataset key used in two files is an error."""
    loaded: list[LoadedDataset] = []
    first_seen: dict[str, Dataset] = {}
    for path in paths:
        for item in load_file(path):
            key = item.dataset.fides_key
            if key in first_seen:
                earlier = first_seen[key]
                raise DatamapError(
                    f"{item.dataset.where()}: dataset '{key}' is also defined at {earlier.where()}"
                )
            first_seen[key] = item.dataset
            loaded.append(item)
    return loaded


def read_datasets(paths: Iterable[str | Path]) -> list[Dataset]:
    """The datasets of the given files, validated."""
    return [item.dataset for item in load_files(paths)]


def dataset_from_body(body: dict[str, Any], source: str | None = None) -> Dataset:
    """A dataset from a stored fideslang body (no line numbers are known)."""
    label = source or "stored dataset"
    try:
        model = FidesDataset.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        what, rest = _describe(body, tuple(p for p in first["loc"] if isinstance(p, str | int)))
        raise DatamapError(f"{label}: {what}: {'.'.join(map(str, rest))}: {first['msg']}") from None
    dataset = _convert(model, body, (), {}, label)
    return Dataset(
        fides_key=dataset.fides_key,
        collections=dataset.collections,
        name=dataset.name,
        description=dataset.description,
        source=source,
        line=None,
        notes=dataset.notes,
    )
