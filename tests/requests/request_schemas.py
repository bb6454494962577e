"""Hypothesis strategies: random data maps, policies and rows for the differential test.

An example has 2-12 collections over 1-3 datasets (each dataset its own database), with
links of every direction (``from``, ``to``, none) between them: self-references, links into
person collections, composite keys, cross-dataset links, jointly owned parents, join tables,
collections no identity reaches, legal holds, ``delete`` overrides, read-only fields and
collections without a key. Rows belong to several people, whose identity values are written
with quotes, ``%``, ``_``, unicode, surrounding spaces and case changes, or are NULL.

Every choice is drawn so that shrinking turns a feature off: a shrunk failure is small.
Erased values stay exact (``null``, or a field's ``string_rewrite`` value).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from hypothesis import strategies as st
from reference_model import (
    Collection,
    CollectionId,
    Dataset,
    Direction,
    ErasureRule,
    Field,
    Link,
    Policy,
    Ref,
    Schema,
    Tables,
    key_fields,
    links_of,
)

T = TypeVar("T")
Draw = Callable[[st.SearchStrategy[Any]], Any]

DATASET_KEYS = ("d0", "d1", "d2")
# the simplest first: shrinking moves towards the head of each list
KEY_STYLES = ("int_pk", "int_pk", "int_pk", "text_pk", "composite_pk", "id_no_pk", "none", "join")
PERSONAL = (
    "user.name",
    "user.contact.address",
    "user.financial",
    "user.financial.bank_account",
    "user.behavior",
    "user.content",
    "user.device",
    "user.demographic",
)
PARENTS = {"user.financial.bank_account": "user.financial", "user.contact.address": "user.contact"}
LINK_CATEGORIES: tuple[tuple[str, ...], ...] = (("user.unique_id",), ("system.operations",), ())
DIRECTIONS: tuple[Direction, ...] = ("to", "from", "to", "from", "to", "from", None)
# a referral into a person collection is never followed (E4): mostly ownership there
DIRECTIONS_INTO_PERSON: tuple[Direction, ...] = ("from", "from", "from", "to", None)

LOCALS = ("ann", "a_n", "abn", "o'brien", "x%y", "xzzy", "kim", "bo.b")
DOMAIN = "example.org"
DECOY_EMAILS = (
    "ánn@example.org",
    "\u212aim@example.org",  # KELVIN SIGN: lower() would make it "kim"
    "zoë@example.org",
    "a n n@example.org",
    "ann@example.org.evil",
    "x' OR '1'='1@example.org",
    "%@example.org",
    "_@example.org",
    "",
)
SPACES = ("", " ", "\t", "\n", "  ", " \r\n")
PHONE_FORMS = ("{c}", "+44 20 7946 {n}", "+44 (20) 7946-{n}", "+44.20.7946.{n}")
DECOY_PHONES = ("+44 20 7946 9999", "+44/20/7946/0011", "20 7946 0011", "")
TEXTS = ("x", "Zoë", "O'Hara", "50% off", "a_b", "  spaced ", "日本", "", "Robert'); --")
CODES = ("k1", "K1", "k 1", "k'1", "k%", "k_", "kä", "1")
REFS = ("r1", "R1", "r 1", "r'1")


@dataclass(frozen=True)
class Person:
    email: str
    phone: str  # the canonical form, "+442079460011"


@dataclass(frozen=True)
class Example:
    schema: Schema
    policy: Policy
    tables: Tables
    people: tuple[Person, ...]
    identities: tuple[dict[str, list[str]], ...]  # what each person gives, in people's order


@dataclass
class Draft:
    """A collection being built."""

    dataset: str
    name: str
    key_style: str
    fields: list[Field] = field(default_factory=list)
    categories: tuple[str, ...] = ()
    delete_override: bool = False

    @property
    def cid(self) -> CollectionId:
        return (self.dataset, self.name)

    def has(self, name: str) -> bool:
        return any(f.name == name for f in self.fields)

    def targets(self) -> list[tuple[str, ...]]:
        """The field tuples a link may point at (never a link field)."""
        found: list[tuple[str, ...]] = {
            "int_pk": [("id",)],
            "text_pk": [("code",)],
            "id_no_pk": [("id",)],
            "composite_pk": [("k1", "k2"), ("k1",)],
        }.get(self.key_style, [])
        return found + [(n,) for n in ("email", "ref") if self.has(n)]

    def sql_type(self, name: str) -> str:
        return next(f.sql_type for f in self.fields if f.name == name)

    def build(self) -> Collection:
        return Collection(self.name, tuple(self.fields), self.categories, self.delete_override)


def chance(draw: Draw, percent: int) -> bool:
    """True with about ``percent`` % probability; shrinks to False."""
    return draw(st.integers(0, 99)) >= 100 - percent


def pick(draw: Draw, options: Sequence[T]) -> T:
    return draw(st.sampled_from(list(options)))


# --- the data map --------------------------------------------------------------------------------


def key_and_identity_fields(draw: Draw, draft: Draft, person: bool, first: bool) -> None:
    """The key fields of the collection's style, and its identity fields when it is a person's."""
    style = draft.key_style
    if style in ("int_pk", "id_no_pk"):
        category = pick(draw, ("system.operations", "user.unique_id"))
        draft.fields.append(
            Field("id", (category,), primary_key=style == "int_pk", sql_type="integer")
        )
    elif style == "text_pk":
        draft.fields.append(Field("code", ("user.unique_id",), primary_key=True))
    elif style == "composite_pk":
        draft.fields.append(
            Field("k1", ("system.operations",), primary_key=True, sql_type="integer")
        )
        draft.fields.append(Field("k2", ("system.operations",), primary_key=True))
    if not person:
        return
    with_email = first or not chance(draw, 25)
    if with_email:
        draft.fields.append(
            Field("email", ("user.contact.email",), identity="email", read_only=chance(draw, 4))
        )
    if not with_email or chance(draw, 30):
        draft.fields.append(Field("phone", ("user.contact.phone_number",), identity="phone_number"))


def data_fields(draw: Draw, draft: Draft, counter: list[int]) -> None:
    """0-3 plain fields, an optional ``ref`` field links may point at, the collection's own
    categories and its delete override."""
    if chance(draw, 25):
        draft.fields.append(Field("ref", pick(draw, (("system.operations",), ("user.unique_id",)))))
    for position in range(draw(st.integers(0, 3))):
        sql_type = pick(draw, ("text", "integer"))
        categories = pick(draw, [(c,) for c in PERSONAL] + [("system.operations",), ()])
        override, value = None, None
        if chance(draw, 20):
            override = pick(draw, ("null_rewrite", "string_rewrite"))
            if override == "string_rewrite" and sql_type == "text":
                counter[0] += 1
                value = f"MASKED-{counter[0]}"
            else:
                override = "null_rewrite"
        draft.fields.append(
            Field(
                f"a{position}",
                categories,
                read_only=chance(draw, 5),
                override=override,
                rewrite_value=value,
                sql_type=sql_type,
            )
        )
    draft.categories = pick(draw, ((), (), ("user.content",), ("system.operations",)))
    draft.delete_override = chance(draw, 10)


def add_link(draw: Draw, source: Draft, target: Draft, primary_key: bool = False) -> bool:
    """A link (one field, or two for a composite key) from ``source`` to ``target``.

    Skipped (False) when ``source`` already has a link to ``target`` in the same direction
    unless both point at the same single field (sender/recipient): the model's reading A1
    of composite links must never have to guess."""
    options = target.targets()
    if primary_key:
        options = [t for t in options if len(t) == 1]
    if not options:
        return False
    goal = pick(draw, options)
    into_person = any(f.identity for f in target.fields)
    direction = pick(draw, DIRECTIONS_INTO_PERSON if into_person else DIRECTIONS)
    for fld in source.fields:
        for ref in fld.references:
            if (ref.dataset, ref.collection, ref.direction) == (*target.cid, direction):
                if len(goal) > 1 or ref.field != goal[0]:
                    return False
    number = sum(1 for f in source.fields if f.references)
    categories = pick(draw, LINK_CATEGORIES)
    read_only = chance(draw, 4)
    for name in goal:
        source.fields.append(
            Field(
                f"l{number}_{name}",
                categories,
                primary_key=primary_key,
                references=(Ref(target.dataset, target.name, name, direction),),
                read_only=read_only,
                sql_type=target.sql_type(name),  # type: ignore[arg-type]
            )
        )
    return True


def draw_links(draw: Draw, drafts: list[Draft]) -> None:
    """Links from each collection to any (itself and other datasets included); a join table
    gets two links that are its key."""
    for position, draft in enumerate(drafts):
        if draft.key_style == "join":
            for _ in range(2):
                add_link(draw, draft, pick(draw, drafts), primary_key=True)
            if not any(f.primary_key for f in draft.fields):
                draft.key_style = "none"
            continue
        count = draw(st.integers(0, 2)) + (0 if chance(draw, 20) else 1)
        for _ in range(count):
            add_link(draw, draft, pick_target(draw, drafts, position))


def pick_target(draw: Draw, drafts: list[Draft], position: int) -> Draft:
    """Mostly an earlier collection (chains from the first, a person's, are what a record is
    made of); sometimes any, itself and later ones included."""
    if position > 0 and not chance(draw, 30):
        return drafts[draw(st.integers(0, position - 1))]
    return drafts[(position + draw(st.integers(1, len(drafts)))) % len(drafts)]


def draft_collection(
    draw: Draw, position: int, drafts: list[Draft], datasets: Sequence[str], counter: list[int]
) -> Draft:
    dataset = pick(draw, datasets)
    name = f"t{position}"
    others = [
        d.name for d in drafts if d.dataset != dataset and d.name not in _names(drafts, dataset)
    ]
    if others and chance(draw, 10):
        name = pick(draw, others)  # the same table name in another database
    draft = Draft(dataset, name, "int_pk" if position == 0 else pick(draw, KEY_STYLES))
    person = position == 0 or chance(draw, 20)
    key_and_identity_fields(draw, draft, person, first=position == 0)
    data_fields(draw, draft, counter)
    return draft


def _names(drafts: list[Draft], dataset: str) -> set[str]:
    return {d.name for d in drafts if d.dataset == dataset}


def household_core(draw: Draw, dataset: str) -> list[Draft]:
    """accounts --household_id (to)--> households <--household_id (from)-- devices."""
    accounts = Draft(dataset, "accounts", "int_pk")
    accounts.fields += [
        Field("id", ("system.operations",), primary_key=True, sql_type="integer"),
        Field("email", ("user.contact.email",), identity="email"),
        Field("name", ("user.name",)),
    ]
    households = Draft(dataset, "households", "int_pk")
    households.fields += [
        Field("id", ("system.operations",), primary_key=True, sql_type="integer"),
        Field("address", ("user.contact.address",)),
    ]
    devices = Draft(dataset, "devices", "int_pk")
    devices.fields += [
        Field("id", ("system.operations",), primary_key=True, sql_type="integer"),
        Field("label", ("user.device",)),
    ]
    for source, direction in ((accounts, "to"), (devices, "from")):
        category = pick(draw, LINK_CATEGORIES)
        ref = Ref(dataset, "households", "id", direction)
        source.fields.append(Field("household_id", category, references=(ref,), sql_type="integer"))
    return [accounts, households, devices]


def schema_drafts(draw: Draw, household: bool) -> tuple[list[Draft], list[str]]:
    datasets = list(DATASET_KEYS[: draw(st.integers(1, 3))])
    counter = [0]
    drafts = household_core(draw, datasets[0]) if household else []
    total = draw(st.integers(max(2, len(drafts)), 12))
    extra: list[Draft] = []
    for position in range(len(drafts), total):
        extra.append(draft_collection(draw, position, drafts + extra, datasets, counter))
    draw_links(draw, extra if household else drafts + extra)
    if household:  # the extras may also point at the core
        for draft in extra:
            if chance(draw, 50):
                add_link(draw, draft, pick(draw, drafts))
    return drafts + extra, datasets


def build_schema(drafts: list[Draft], datasets: list[str]) -> Schema:
    return Schema(
        tuple(
            Dataset(key, tuple(d.build() for d in drafts if d.dataset == key))
            for key in datasets
            if any(d.dataset == key for d in drafts)
        )
    )


# --- the policy ----------------------------------------------------------------------------------


def used_categories(schema: Schema, dataset: str) -> list[str]:
    found: list[str] = []
    for ds in schema.datasets:
        if ds.key != dataset:
            continue
        for coll in ds.collections:
            for category in (*coll.categories, *(c for f in coll.fields for c in f.categories)):
                if category.startswith("user") and category not in found:
                    found.append(category)
    return found


def draw_policy(draw: Draw, schema: Schema) -> Policy:
    held: dict[str, tuple[str, ...]] = {}
    for ds in schema.datasets:
        used = used_categories(schema, ds.key)
        chosen = draw(st.lists(st.sampled_from(used), max_size=2, unique=True)) if used else []
        held[ds.key] = tuple(PARENTS.get(c, c) if chance(draw, 30) else c for c in chosen)
    return Policy(held=held, rules=draw_rules(draw, schema))


def draw_rules(draw: Draw, schema: Schema) -> tuple[ErasureRule, ...]:
    """0-3 erasure rules: ``null`` by category, field or collection; ``rows: keep|delete``."""
    rules: list[ErasureRule] = []
    cids = schema.collection_ids()
    for _ in range(draw(st.integers(0, 3))):
        kind = pick(draw, ("categories", "fields", "collections"))
        cid = pick(draw, cids)
        collection = schema.collection(cid)
        if kind == "categories":
            rule = ErasureRule(kind, pick(draw, (*PERSONAL, "user.contact")), strategy="null")
        elif kind == "fields":
            name = pick(draw, [f.name for f in collection.fields])
            rule = ErasureRule(kind, f"{cid[0]}.{cid[1]}.{name}", strategy="null")
        else:
            rows = pick(draw, (None, "keep", "delete"))
            if rows == "keep" and collection.delete_override:
                rows = "delete"  # never both (reading A10)
            strategy = "null" if rows is None or chance(draw, 50) else None
            rule = ErasureRule(kind, f"{cid[0]}.{cid[1]}", strategy=strategy, rows=rows)
        if all(r.target != rule.target for r in rules):
            rules.append(rule)
    return tuple(rules)


# --- people and rows -----------------------------------------------------------------------------


def draw_people(draw: Draw) -> tuple[Person, ...]:
    count = draw(st.integers(2, 4))
    locals_ = draw(st.lists(st.sampled_from(LOCALS), min_size=count, max_size=count, unique=True))
    return tuple(
        Person(f"{local}@{DOMAIN}", f"+44207946{11 + 7 * n:04d}") for n, local in enumerate(locals_)
    )


def flip_case(draw: Draw, text: str) -> str:
    mask = draw(st.integers(0, 2**12 - 1))
    return "".join(
        c.upper() if c.isascii() and mask >> (i % 12) & 1 else c for i, c in enumerate(text)
    )


def owner_of_row(draw: Draw, people: tuple[Person, ...]) -> int | None:
    """Whose identity a row holds: the subject's 40 % of the time, the second person's 25 %,
    anyone's 20 %; None: a decoy (10 %) or NULL (5 %), -1 for NULL."""
    roll = draw(st.integers(0, 99))
    if roll < 40:
        return 0
    if roll < 65:
        return 1
    if roll < 85:
        return draw(st.integers(0, len(people) - 1))
    return None if roll < 95 else -1


def email_value(draw: Draw, people: tuple[Person, ...]) -> str | None:
    """An e-mail as a row stores it: someone's, changed in case and spaces, a decoy, or NULL."""
    owner = owner_of_row(draw, people)
    if owner is None:
        return pick(draw, DECOY_EMAILS)
    if owner < 0:
        return None
    written = people[owner].email if not chance(draw, 40) else flip_case(draw, people[owner].email)
    return pick(draw, SPACES) + written + pick(draw, SPACES)


def phone_value(draw: Draw, people: tuple[Person, ...]) -> str | None:
    owner = owner_of_row(draw, people)
    if owner is None:
        return pick(draw, DECOY_PHONES)
    if owner < 0:
        return None
    canonical = people[owner].phone
    return pick(draw, PHONE_FORMS).format(c=canonical, n=canonical[-4:])


def plain_value(draw: Draw, fld: Field) -> Any:
    if chance(draw, 15):
        return None
    if fld.name == "ref":
        return pick(draw, REFS)
    if fld.sql_type == "integer":
        return draw(st.integers(-3, 1000))
    return pick(draw, TEXTS)


def key_values(draw: Draw, draft: Draft, count: int) -> list[dict[str, Any]]:
    """``count`` rows holding distinct key values (none for a join table: its key is links)."""
    style = draft.key_style
    if style in ("int_pk", "id_no_pk"):
        ids = draw(st.lists(st.integers(1, 30), min_size=count, max_size=count, unique=True))
        return [{"id": i} for i in ids]
    if style == "text_pk":
        codes = draw(st.lists(st.sampled_from(CODES), max_size=count, unique=True))
        return [{"code": c} for c in codes]
    if style == "composite_pk":
        pairs = st.tuples(st.integers(1, 3), st.sampled_from(("a", "A", "b")))
        drawn = draw(st.lists(pairs, max_size=count, unique=True))
        return [{"k1": k1, "k2": k2} for k1, k2 in drawn]
    return [{} for _ in range(count)]


def first_rows(draw: Draw, draft: Draft, people: tuple[Person, ...]) -> list[dict[str, Any]]:
    """Rows with every field but the links filled."""
    rows = key_values(draw, draft, draw(st.integers(1 if draft.name == "t0" else 0, 6)))
    for row in rows:
        for fld in draft.fields:
            if fld.name in row or fld.references:
                continue
            if fld.identity == "email":
                row[fld.name] = email_value(draw, people)
            elif fld.identity == "phone_number":
                row[fld.name] = phone_value(draw, people)
            else:
                row[fld.name] = plain_value(draw, fld)
    return rows


def link_value(draw: Draw, link: Link, tables: Tables) -> tuple[Any, ...]:
    """The values of a link's fields: copied from a target row, NULL, dangling, or half."""
    targets = tables[link.target]
    choice = draw(st.integers(0, 11))
    if not targets or choice == 9:
        return tuple(None for _ in link.fields)
    if choice == 10:
        dangling = (99 if isinstance(targets[0][g], int) else "zz" for g in link.target_fields)
        return tuple(dangling)
    row = targets[draw(st.integers(0, len(targets) - 1))]
    values = tuple(row[g] for g in link.target_fields)
    if choice == 11 and len(values) > 1:
        return (values[0], None)
    return values


def fill_links(draw: Draw, schema: Schema, tables: Tables) -> None:
    for link in links_of(schema):
        for row in tables[link.source]:
            for name, value in zip(link.fields, link_value(draw, link, tables), strict=True):
                row[name] = value
    for cid in schema.collection_ids():  # a key made of links: no NULL, no twice the same
        key = key_fields(schema.collection(cid))
        seen: set[tuple[Any, ...]] = set()
        kept = []
        for row in tables[cid]:
            value = tuple(row[k] for k in key)
            if key and (None in value or value in seen):
                continue
            seen.add(value)
            kept.append(row)
        tables[cid] = kept


def share_a_household(draw: Draw, tables: Tables, people: tuple[Person, ...], dataset: str) -> None:
    """Make the first two people account holders of the same household."""
    households = tables[(dataset, "households")]
    if not households:
        households.append({"id": 30, "address": "1 High St"})
    accounts = tables[(dataset, "accounts")]
    used = {r["id"] for r in accounts}
    for person in people[:2]:
        free = next(i for i in range(1, 60) if i not in used)
        used.add(free)
        accounts.append(
            {"id": free, "email": flip_case(draw, person.email), "name": "x", "household_id": None}
        )
        accounts[-1]["household_id"] = households[0]["id"]


def identities_of(draw: Draw, schema: Schema, person: Person) -> dict[str, list[str]]:
    """What the person gives: the e-mail (case changed, still a valid address), maybe the phone
    (only identity types some collection declares)."""
    declared = {f.identity for ds in schema.datasets for c in ds.collections for f in c.fields}
    given: dict[str, list[str]] = {}
    if "email" in declared:
        given["email"] = [flip_case(draw, person.email) if chance(draw, 30) else person.email]
    if "phone_number" in declared and (not given or chance(draw, 50)):
        canonical = person.phone
        given["phone_number"] = [pick(draw, PHONE_FORMS).format(c=canonical, n=canonical[-4:])]
    return given


@st.composite
def examples(draw: Draw, household: bool = False) -> Example:
    """A whole example: data map, policy, rows, and what each person gives."""
    drafts, datasets = schema_drafts(draw, household)
    schema = build_schema(drafts, datasets)
    people = draw_people(draw)
    tables: Tables = {d.cid: first_rows(draw, d, people) for d in drafts}
    fill_links(draw, schema, tables)
    if household:
        share_a_household(draw, tables, people, datasets[0])
    policy = draw_policy(draw, schema)
    identities = tuple(identities_of(draw, schema, p) for p in people)
    return Example(schema, policy, tables, people, identities)


# --- a readable description, for Hypothesis' note() ----------------------------------------------


def describe_field(fld: Field, key: tuple[str, ...]) -> str:
    parts = [fld.name, fld.sql_type, ",".join(fld.categories) or "(collection's)"]
    if fld.name in key:
        parts.append("KEY" if fld.primary_key else "KEY(id)")
    if fld.identity:
        parts.append(f"identity={fld.identity}")
    for ref in fld.references:
        parts.append(f"-> {ref.dataset}.{ref.collection}.{ref.field} ({ref.direction or 'none'})")
    if fld.read_only:
        parts.append("read_only")
    if fld.override:
        parts.append(
            f"override={fld.override}" + (f"({fld.rewrite_value})" * bool(fld.rewrite_value))
        )
    return " ".join(parts)


def describe(example: Example) -> str:
    lines: list[str] = []
    for cid in example.schema.collection_ids():
        coll = example.schema.collection(cid)
        key = key_fields(coll)
        flags = [f"categories={list(coll.categories)}"] * bool(coll.categories)
        flags += ["masking_strategy_override=delete"] * coll.delete_override
        lines.append(f"{cid[0]}.{cid[1]} key={key or 'NONE'} {' '.join(flags)}")
        lines += [f"    {describe_field(f, key)}" for f in coll.fields]
        lines += [f"    row {row!r}" for row in example.tables[cid]]
    lines.append(f"held for a legal obligation: {dict(example.policy.held)}")
    lines += [f"rule: {r}" for r in example.policy.rules]
    lines += [
        f"person {p.email!r} {p.phone} gives {i}"
        for p, i in zip(example.people, example.identities, strict=True)
    ]
    return "\n".join(lines)
