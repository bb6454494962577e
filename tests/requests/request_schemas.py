"""Hypothesis strategies: random data maps, policies and rows for the differential test.

An example has 2-12 collections over 1-3 datasets (each dataset its own database), with
links of every direction (``from``, ``to``, none) between them: self-references, links into
person collections, composite keys, cross-dataset links, jointly owned parents, join tables,
collections no identity reaches, legal holds, ``delete`` overrides, read-only fields,
keys only the database declares and collections without a key (with a field named ``id`` or
none). Rows belong to several people, whose identity values are written
with quotes, ``%``, ``_``, unicode, surrounding spaces and case changes, or are NULL.

Every choice is drawn so that shrinking turns a feature off: a shrunk failure is small.
Erased values stay exact (``null``, or a field's ``string_rewrite`` value).
"""

from __future__ import annotations

import functools
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
    Policy,
    Ref,
    Schema,
    Tables,
    key_fields,
)

T = TypeVar("T")
Row = dict[str, Any]
Draw = Callable[[st.SearchStrategy[Any]], Any]

DATASET_KEYS = ("d0", "d1", "d2")
# the simplest first: shrinking moves towards the head of each list
KEY_STYLES = (
    "int_pk",
    "int_pk",
    "int_pk",
    "text_pk",
    "composite_pk",
    "id_no_pk",
    "none",
    "join",
    "database_pk",  # (k1, k2) declared as the primary key in SQL only
)
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

    def __repr__(self) -> str:
        count = len(self.schema.collection_ids())
        return f"<an example of {count} collections: see the description above>"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Hypothesis prints dataclasses field by field unless told otherwise."""
        printer.text(repr(self))


@dataclass
class Context:
    """What every block of an example needs: the people, and a counter for unique values."""

    people: tuple[Person, ...]
    rewrites: int = 0


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
            "database_pk": [("k1", "k2"), ("k1",)],
        }.get(self.key_style, [])
        return found + [(n,) for n in ("email", "ref") if self.has(n)]

    def sql_type(self, name: str) -> str:
        return next(f.sql_type for f in self.fields if f.name == name)

    def build(self) -> Collection:
        database_key = ("k1", "k2") if self.key_style == "database_pk" else ()
        return Collection(
            self.name, tuple(self.fields), self.categories, self.delete_override, database_key
        )


@functools.cache
def below(count: int) -> st.SearchStrategy[int]:
    """``st.integers(0, count - 1)``, built once (building strategies is what costs)."""
    return st.integers(0, count - 1)


def chance(draw: Draw, percent: int) -> bool:
    """True with about ``percent`` % probability; shrinks to False."""
    return draw(below(100)) >= 100 - percent


def pick(draw: Draw, options: Sequence[T]) -> T:
    """One of ``options``; shrinks towards the first."""
    return options[draw(below(len(options)))]


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
    elif style in ("composite_pk", "database_pk"):
        declared = style == "composite_pk"
        draft.fields.append(
            Field("k1", ("system.operations",), primary_key=declared, sql_type="integer")
        )
        draft.fields.append(Field("k2", ("system.operations",), primary_key=declared))
    if not person:
        return
    with_email = first or not chance(draw, 25)
    if with_email:
        draft.fields.append(
            Field("email", ("user.contact.email",), identity="email", read_only=chance(draw, 4))
        )
    if not with_email or chance(draw, 30):
        draft.fields.append(Field("phone", ("user.contact.phone_number",), identity="phone_number"))


def data_fields(draw: Draw, draft: Draft, ctx: Context) -> None:
    """0-3 plain fields, an optional ``ref`` field links may point at, the collection's own
    categories and its delete override."""
    if chance(draw, 25):
        draft.fields.append(Field("ref", pick(draw, (("system.operations",), ("user.unique_id",)))))
    for position in range(draw(below(4))):
        sql_type = pick(draw, ("text", "integer"))
        categories = pick(draw, [(c,) for c in PERSONAL] + [("system.operations",), ()])
        override, value = None, None
        if chance(draw, 20):
            override = pick(draw, ("null_rewrite", "string_rewrite"))
            if override == "string_rewrite" and sql_type == "text":
                ctx.rewrites += 1
                value = f"MASKED-{ctx.rewrites}"
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


def add_link(
    draw: Draw, source: Draft, target: Draft, primary_key: bool = False
) -> tuple[list[str], tuple[str, ...]]:
    """A link (one field, or two for a composite key) from ``source`` to ``target``; returns
    the new fields and the target fields they point at (none when skipped).

    Skipped when ``source`` already has a link to ``target`` in the same direction unless both
    point at the same single field (sender/recipient): the model's reading A1 of composite
    links must never have to guess."""
    options = target.targets()
    if primary_key:
        options = [t for t in options if len(t) == 1]
    if not options:
        return [], ()
    goal = pick(draw, options)
    into_person = any(f.identity for f in target.fields)
    direction = pick(draw, DIRECTIONS_INTO_PERSON if into_person else DIRECTIONS)
    for fld in source.fields:
        for ref in fld.references:
            if (ref.dataset, ref.collection, ref.direction) == (*target.cid, direction):
                if len(goal) > 1 or ref.field != goal[0]:
                    return [], ()
    number = sum(1 for f in source.fields if f.references)
    categories = pick(draw, LINK_CATEGORIES)
    read_only = chance(draw, 4)
    names = [f"l{number}_{name}" for name in goal]
    for name, goal_field in zip(names, goal, strict=True):
        source.fields.append(
            Field(
                name,
                categories,
                primary_key=primary_key,
                references=(Ref(target.dataset, target.name, goal_field, direction),),
                read_only=read_only,
                sql_type=target.sql_type(goal_field),  # type: ignore[arg-type]
            )
        )
    return names, goal


@dataclass(frozen=True)
class NewLink:
    """A link just added to a collection: its fields, and where they point."""

    names: tuple[str, ...]
    goal: tuple[str, ...]
    target: Draft


def link_value(draw: Draw, link: NewLink, targets: list[Row]) -> dict[str, Any]:
    """A row's values for a link: copied from a target row, NULL, dangling, or (for a composite
    link) half NULL."""
    choice = draw(below(12))
    if not targets or choice == 9:
        values: tuple[Any, ...] = tuple(None for _ in link.goal)
    elif choice == 10:
        values = tuple(99 if isinstance(targets[0][g], int) else "zz" for g in link.goal)
    else:
        chosen = pick(draw, targets)
        values = tuple(chosen[g] for g in link.goal)
        if choice == 11 and len(values) > 1:
            values = (values[0], None)
    return dict(zip(link.names, values, strict=True))


def new_link(draw: Draw, source: Draft, target: Draft, primary_key: bool = False) -> NewLink | None:
    names, goal = add_link(draw, source, target, primary_key)
    return NewLink(tuple(names), goal, target) if names else None


def collection_block(
    draw: Draw, drafts: list[Draft], tables: Tables, datasets: list[str], ctx: Context
) -> None:
    """One collection, whole: its fields, its links to collections already drawn (or to
    itself), its rows with their values, and links from earlier collections to it. All of it
    is drawn in one block, and each row in a block of its own, so the shrinker can drop a
    collection or a row without disturbing the others."""
    position = len(drafts)
    draft = draft_collection(draw, position, drafts, datasets, ctx)
    drafts.append(draft)
    outgoing: list[NewLink | None] = []
    if draft.key_style == "join":
        outgoing = [new_link(draw, draft, pick(draw, drafts[:-1]), True) for _ in range(2)]
        if not any(f.primary_key for f in draft.fields):
            draft.key_style = "none"
    elif position > 0:
        for _ in range(draw(below(3)) + (0 if chance(draw, 20) else 1)):
            # mostly to an earlier collection, sometimes to itself
            target = draft if chance(draw, 12) else pick(draw, drafts[:-1])
            outgoing.append(new_link(draw, draft, target))
    if not draft.fields:  # no key, no field, no link: a table needs a column
        draft.fields.append(Field("note", ("system.operations",)))
    links = [link for link in outgoing if link is not None]
    tables[draft.cid] = first_rows(draw, draft, ctx.people, links, tables)
    for _ in range(draw(below(3)) if position > 0 and draft.key_style != "join" else 0):
        # often from the first collection, a person's: the "account -> household" shape
        source = drafts[0] if chance(draw, 40) else pick(draw, drafts[:-1])
        link = new_link(draw, source, draft) if source.key_style != "join" else None
        for row in tables[source.cid] if link else []:
            row.update(link_value(draw, link, tables[draft.cid]))  # type: ignore[arg-type]


def draft_collection(
    draw: Draw, position: int, drafts: list[Draft], datasets: Sequence[str], ctx: Context
) -> Draft:
    dataset = pick(draw, datasets)
    name = f"t{position}"
    here = {d.name for d in drafts if d.dataset == dataset}
    others = [d.name for d in drafts if d.dataset != dataset and d.name not in here]
    if others and chance(draw, 10):
        name = pick(draw, others)  # the same table name in another database
    style = "int_pk" if position == 0 else pick(draw, KEY_STYLES)
    draft = Draft(dataset, name, style)
    person = position == 0 or chance(draw, 20)
    key_and_identity_fields(draw, draft, person, first=position == 0)
    data_fields(draw, draft, ctx)
    return draft


def household_core(draw: Draw, dataset: str, tables: Tables, ctx: Context) -> list[Draft]:
    """accounts --household_id (to)--> households <--household_id (from)-- devices, with
    rows; the first two people share a household."""
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
    tables[households.cid] = first_rows(draw, households, ctx.people, [], tables)
    for source, direction in ((accounts, "to"), (devices, "from")):
        category = pick(draw, LINK_CATEGORIES)
        ref = Ref(dataset, "households", "id", direction)
        source.fields.append(Field("household_id", category, references=(ref,), sql_type="integer"))
        link = NewLink(("household_id",), ("id",), households)
        tables[source.cid] = first_rows(draw, source, ctx.people, [link], tables)
    share_a_household(draw, tables, ctx.people, dataset)
    return [accounts, households, devices]


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
    for _ in range(draw(below(4))):
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
    count = 2 + draw(below(3))
    locals_ = draw(st.lists(st.sampled_from(LOCALS), min_size=count, max_size=count, unique=True))
    return tuple(
        Person(f"{local}@{DOMAIN}", f"+44207946{11 + 7 * n:04d}") for n, local in enumerate(locals_)
    )


def flip_case(draw: Draw, text: str) -> str:
    mask = draw(below(2**12))
    return "".join(
        c.upper() if c.isascii() and mask >> (i % 12) & 1 else c for i, c in enumerate(text)
    )


def owner_of_row(draw: Draw, people: tuple[Person, ...]) -> int | None:
    """Whose identity a row holds: the subject's 40 % of the time, the second person's 25 %,
    anyone's 20 %; None: a decoy (10 %) or NULL (5 %), -1 for NULL."""
    roll = draw(below(100))
    if roll < 40:
        return 0
    if roll < 65:
        return 1
    if roll < 85:
        return draw(below(len(people)))
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
        return draw(below(1004)) - 3
    return pick(draw, TEXTS)


def key_value(draw: Draw, draft: Draft) -> dict[str, Any]:
    """A row's key fields (none for a join table, whose key is made of its links)."""
    style = draft.key_style
    if style in ("int_pk", "id_no_pk"):
        return {"id": 1 + draw(below(30))}
    if style == "text_pk":
        return {"code": pick(draw, CODES)}
    if style in ("composite_pk", "database_pk"):
        return {"k1": 1 + draw(below(3)), "k2": pick(draw, ("a", "A", "b"))}
    return {}


def first_rows(
    draw: Draw, draft: Draft, people: tuple[Person, ...], links: list[NewLink], tables: Tables
) -> list[Row]:
    """0-6 rows, each drawn whole (its key, identities, plain fields, then its links' values),
    one after the other; a row whose key is taken already is dropped."""
    rows: list[Row] = []
    keys: set[tuple[Any, ...]] = set()
    while len(rows) < 6 and not chance(draw, 25):
        row = key_value(draw, draft)
        for fld in draft.fields:
            if fld.name in row or fld.references:
                continue
            if fld.identity == "email":
                row[fld.name] = email_value(draw, people)
            elif fld.identity == "phone_number":
                row[fld.name] = phone_value(draw, people)
            else:
                row[fld.name] = plain_value(draw, fld)
        for link in links:  # a link to its own collection may point at this very row
            targets = rows + [row] if link.target is draft else tables[link.target.cid]
            row.update(link_value(draw, link, targets))
        key = tuple(v for k, v in row.items() if k in ("id", "code", "k1", "k2"))
        if key and key in keys:
            continue
        keys.add(key)
        rows.append(row)
    return rows


def drop_bad_keys(schema: Schema, tables: Tables) -> None:
    """A key made of links (a join table's) may come out NULL or twice the same: drop those."""
    for cid in schema.collection_ids():
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
    """A whole example: data map, rows, policy, and what each person gives."""
    ctx = Context(draw_people(draw))
    datasets = list(DATASET_KEYS[: 1 + draw(below(3))])
    tables: Tables = {}
    drafts = household_core(draw, datasets[0], tables, ctx) if household else []
    while len(drafts) < 12 and (len(drafts) < 2 or not chance(draw, 15)):
        collection_block(draw, drafts, tables, datasets, ctx)
    schema = build_schema(drafts, datasets)
    drop_bad_keys(schema, tables)
    policy = draw_policy(draw, schema)
    identities = tuple(identities_of(draw, schema, p) for p in ctx.people)
    return Example(schema, policy, tables, ctx.people, identities)


# --- a readable description, for Hypothesis' note() ----------------------------------------------


def describe_field(fld: Field, key: tuple[str, ...]) -> str:
    parts = [fld.name, fld.sql_type, ",".join(fld.categories) or "(collection's)"]
    if fld.name in key:
        parts.append("KEY" if fld.primary_key else "KEY(id)" if fld.name == "id" else "KEY(sql)")
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
