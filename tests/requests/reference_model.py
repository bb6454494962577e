"""A reference model of docs/semantics.md: access and erasure over rows held in memory.

Written from the specification alone, independently of the engine, so that the differential
test (test_requests_differential.py) can check the engine against it. It is meant to be small,
slow and obviously right: every rule of the page is one function named after its id (M1,
E1-E4, R1-R4, X1-X6, O1), and rows are plain dicts in lists. Nothing is imported from troth.

Readings chosen where the page is silent or ambiguous. Each is the reading safest for other
people's data; each is also listed in the report that came with this file.

A1. Composite links (settled by the page since, E5): references from one collection to
    several distinct fields of another, in one direction, are one link (a row matches on every
    field); references to the same field stay separate links (``sender_id`` and
    ``recipient_id`` -> ``people.id``).
A2. R3, what makes a referred row shared. The page says "a row that is not in the subject's
    record holds a referral (E2 or E3) to it". This model counts a link of ANY direction held by
    such a row: a row outside the record that belongs to the referred row (an ownership link
    the engine may not follow because of E4, say another person's account ``from`` a household)
    also makes it shared. Links from a collection to itself count too (E4 is about following,
    not about holding).
A3. R3, "reached from a shared row (owned by it or referred to by it)": read as "holds a link to
    it" regardless of E4: a referred row referred to by a shared row (E2/E3 role), or owned by a
    shared row (E1/E3 role), is shared, also through a link from a collection to itself.
A4. E4, ownership into a person collection (settled by the page since): followed, but a row
    holding, in an identity field of a type the subject gave, a value not the subject's is
    another person's and is left out (an address book of other people's e-mails), with
    everything found through it.
A5. (settled by the page since: a collection that declares no personal field is never
    changed; its rows' links still count under X3.)
A6. X3 "to a fixed point": the largest set of deletions in which no row that stays holds a
    link (whose value stays) to a deleted row. Two subject rows that only point at each other
    are both deleted; a row never protects itself ("another row").
A7. X4 / O1, collections without a key: the request ends ``partial`` as soon as the subject has
    a row (own or exclusively referred) in such a collection, when the collection declares a
    personal field (X4's plain words), even when O1 alone would find nothing left unerased
    (every personal field held, say). A collection with no personal field is never changed
    (X2), so it has nothing to report.
A8. X1, a read-only personal field that is also held for a legal obligation: X1.3 comes first,
    so it is "not a reason the policy gives" and the request ends ``partial``.
A9. X6, verification of an erased field whose old value was already NULL (or already equal to
    its new value): the model takes it as passed ("no longer holds its old value" is read as
    "holds no personal value of the subject's").
A10. X2, ``rows: keep`` on a collection that also has ``masking_strategy_override: delete``:
    the rule of the policy wins and the rows are masked (the less destructive choice). The
    generator never produces both on one collection.
A11. X1.5, a field with several personal categories of which only some are erased by the
    request: kept. (Never the case for an erasure request, which erases every category.)
A12. ``user.authorization`` fields default to ``random`` (X1.6): not exact, so the generator
    never uses that category and the model does not implement ``random``.
A13. M1, e-mail: "surrounding spaces removed" is read as the space character only (an earlier
    version of the page also removed tabs and line breaks; it no longer says so). A tab or a
    line break around an address therefore does not match: fewer matches, fewer rows erased.
A14. X1.6, an erased field that is NULL stays NULL, whatever the strategy (a ``string_rewrite``
    value is not written into an empty cell): there is nothing of the subject's to erase.
A15. R1/R3, a row owned by two people (``messages.sender_id`` and ``messages.recipient_id`` both
    ``from`` ``people.id``): the page says own rows are never shared "whoever points at them",
    so it is an own row of each and either one's erasure deletes it. Taken as written (it is
    explicit), though it changes the other person's data; worth a decision.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal

Direction = Literal["from", "to"] | None
CollectionId = tuple[str, str]  # (dataset key, collection name)
RowRef = tuple[str, str, int]  # (dataset key, collection name, position in its table)
Row = dict[str, Any]
Tables = dict[CollectionId, list[Row]]

PERSONAL_ROOT = "user"


# --- the schema, the policy and the result: plain dataclasses ----------------------------------


@dataclass(frozen=True)
class Ref:
    """One ``fides_meta.references`` entry: the field holds the value of collection.field."""

    dataset: str
    collection: str
    field: str
    direction: Direction = None


@dataclass(frozen=True)
class Field:
    name: str
    categories: tuple[str, ...] = ()
    identity: str | None = None
    primary_key: bool = False
    references: tuple[Ref, ...] = ()
    read_only: bool = False
    override: Literal["null_rewrite", "string_rewrite"] | None = None
    rewrite_value: str | None = None
    sql_type: Literal["integer", "text"] = "text"


@dataclass(frozen=True)
class Collection:
    name: str
    fields: tuple[Field, ...]
    categories: tuple[str, ...] = ()
    delete_override: bool = False  # masking_strategy_override: {strategy: delete}
    database_key: tuple[str, ...] = ()  # the primary key only the database declares

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


@dataclass(frozen=True)
class Dataset:
    key: str
    collections: tuple[Collection, ...]


@dataclass(frozen=True)
class Schema:
    datasets: tuple[Dataset, ...]

    def collection_ids(self) -> list[CollectionId]:
        return [(d.key, c.name) for d in self.datasets for c in d.collections]

    def collection(self, cid: CollectionId) -> Collection:
        dataset = next(d for d in self.datasets if d.key == cid[0])
        return next(c for c in dataset.collections if c.name == cid[1])


@dataclass(frozen=True)
class ErasureRule:
    """One rule of the policy's ``erasure:`` section (only ``null`` strategies are modelled)."""

    kind: Literal["categories", "fields", "collections"]
    target: str  # a category, "dataset.collection.field" or "dataset.collection"
    strategy: Literal["null"] | None = None
    rows: Literal["keep", "delete"] | None = None


@dataclass(frozen=True)
class Policy:
    # dataset key -> categories its system uses under the legal_obligation basis
    held: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    rules: tuple[ErasureRule, ...] = ()
    # the categories the request erases (and everything below them); None: every one
    scope: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Link:
    """A link as the rules see it: one field, or the fields of a composite key (A1)."""

    source: CollectionId
    fields: tuple[str, ...]
    target: CollectionId
    target_fields: tuple[str, ...]
    direction: Direction

    @property
    def self_link(self) -> bool:
        return self.source == self.target


@dataclass(frozen=True)
class Record:
    own: frozenset[RowRef]
    referred: frozenset[RowRef]
    shared: frozenset[RowRef]

    @property
    def subject_rows(self) -> frozenset[RowRef]:
        """The rows an erasure may change: own and exclusively referred."""
        return self.own | (self.referred - self.shared)


@dataclass(frozen=True)
class ErasureOutcome:
    tables: Tables
    status: Literal["complete", "partial"]
    deleted: frozenset[RowRef]
    masked: frozenset[RowRef]
    reasons: tuple[str, ...]


class Fate(Enum):
    """What X1 does with one field of a subject's row."""

    KEY = "the row's key"
    NOT_PERSONAL = "not personal"
    READ_ONLY = "read-only"
    HELD = "held for a legal obligation"
    OUT_OF_SCOPE = "outside the request"
    ERASED = "erased"


# --- words of the page: personal, key, person collection, covers -------------------------------


def covers(declared: str, category: str) -> bool:
    return category == declared or category.startswith(declared + ".")


def personal_categories(collection: Collection, fld: Field) -> tuple[str, ...]:
    """The field's personal categories (its collection's when the field has none)."""
    categories = fld.categories or collection.categories
    return tuple(c for c in categories if covers(PERSONAL_ROOT, c))


def key_fields(collection: Collection) -> tuple[str, ...]:
    """The declared primary key, else a field named ``id``, else the primary key the database
    declares, else nothing."""
    declared = tuple(f.name for f in collection.fields if f.primary_key)
    if declared:
        return declared
    if any(f.name == "id" for f in collection.fields):
        return ("id",)
    return collection.database_key


def is_person_collection(collection: Collection) -> bool:
    return any(f.identity for f in collection.fields)


def row_of(tables: Tables, ref: RowRef) -> Row:
    return tables[(ref[0], ref[1])][ref[2]]


def refs_of(tables: Tables, cid: CollectionId) -> Iterator[RowRef]:
    for position in range(len(tables.get(cid, []))):
        yield (cid[0], cid[1], position)


# --- links ---------------------------------------------------------------------------------------


def links_of(schema: Schema) -> list[Link]:
    """Every link of the schema; composite-key references grouped into one link (A1)."""
    found: list[Link] = []
    for cid in schema.collection_ids():
        groups: dict[tuple[CollectionId, Direction], list[tuple[str, str]]] = {}
        for fld in schema.collection(cid).fields:
            for ref in fld.references:
                target = (ref.dataset, ref.collection)
                groups.setdefault((target, ref.direction), []).append((fld.name, ref.field))
        for (target, direction), pairs in groups.items():
            targets = [t for _, t in pairs]
            if len(pairs) > 1 and len(set(targets)) == len(targets):
                ordered = sorted(pairs, key=lambda p: p[1])
                names, goals = tuple(p[0] for p in ordered), tuple(p[1] for p in ordered)
                found.append(Link(cid, names, target, goals, direction))
            else:
                found.extend(Link(cid, (f,), target, (t,), direction) for f, t in pairs)
    return found


def link_holds(link: Link, holder: Row, target: Row) -> bool:
    """True when ``holder`` (a row of link.source) points at ``target`` (a row of link.target).

    A NULL points at nothing; values compare exactly (the generator keeps the types of the two
    ends of a link the same)."""
    for name, goal in zip(link.fields, link.target_fields, strict=True):
        value = holder[name]
        if value is None or target[goal] is None or value != target[goal]:
            return False
    return True


# --- M. identity values --------------------------------------------------------------------------

EMAIL_TRIMMED = " "  # "surrounding spaces": U+0020 only (A13); tabs and line breaks stay
PHONE_IGNORED = " -.()"


def m1_email_form(value: str) -> str:
    """Surrounding spaces removed, ASCII letters lower-cased; everything else exact."""
    stripped = value.strip(EMAIL_TRIMMED)
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in stripped)


def m1_phone_form(value: str) -> str:
    return "".join(c for c in value if c not in PHONE_IGNORED)


def m1_matches(identity_type: str, stored: Any, given: str) -> bool:
    """M1: does a stored identity value match a value the subject gave? Never a pattern."""
    if stored is None:
        return False
    stored = str(stored)
    if identity_type == "email":
        return m1_email_form(stored) == m1_email_form(given)
    if identity_type == "phone_number":
        return stored == given or m1_phone_form(stored) == m1_phone_form(given)
    return stored == given


def m1_identity_rows(
    schema: Schema, tables: Tables, identities: Mapping[str, Iterable[str]]
) -> set[RowRef]:
    """Rows of person collections whose identity field matches one of the subject's values."""
    found: set[RowRef] = set()
    for cid in schema.collection_ids():
        for fld in schema.collection(cid).fields:
            given = list(identities.get(fld.identity, ())) if fld.identity else []
            for ref in refs_of(tables, cid):
                if any(m1_matches(fld.identity, row_of(tables, ref)[fld.name], g) for g in given):
                    found.add(ref)
    return {ref for ref in found if not m3_holds_another_identity(schema, tables, ref, identities)}


def m3_holds_another_identity(
    schema: Schema, tables: Tables, ref: RowRef, identities: Mapping[str, Iterable[str]]
) -> bool:
    """M3: for some identity type the subject gave, the row holds values of that type and none
    of them is the subject's (a phone number shared with someone else, on their row)."""
    row = row_of(tables, ref)
    for identity_type, values in identities.items():
        given = list(values)
        held = [
            row.get(fld.name)
            for fld in schema.collection(ref[:2]).fields
            if fld.identity == identity_type and row.get(fld.name) is not None
        ]
        if given and held and not any(m1_matches(identity_type, v, g) for v in held for g in given):
            return True
    return False


# --- E. which links are followed -----------------------------------------------------------------


def e1_is_ownership(link: Link) -> bool:
    """E1 (and E3, no direction): a row of the source belongs to the row of the target."""
    return link.direction in ("from", None)


def e2_is_referral(link: Link) -> bool:
    """E2 (and E3, no direction): a row of the source points at a row of the target."""
    return link.direction in ("to", None)


def e4_may_follow_ownership(schema: Schema, link: Link) -> bool:
    """E4: never along a self-link."""
    return not link.self_link


def e4_another_persons_row(
    schema: Schema, tables: Tables, ref: RowRef, identities: Mapping[str, Iterable[str]]
) -> bool:
    """E4: a row holding, in an identity field of a type the subject gave, a value that is
    not one of the subject's (M1) is another person's."""
    row = row_of(tables, ref)
    for fld in schema.collection(ref[:2]).fields:
        given = list(identities.get(fld.identity, ())) if fld.identity else []
        if not given or row[fld.name] is None:
            continue
        if not any(m1_matches(fld.identity, row[fld.name], g) for g in given):
            return True
    return False


def e4_may_follow_referral(schema: Schema, link: Link) -> bool:
    """E4: never along a self-link, never into a person collection."""
    return not link.self_link and not is_person_collection(schema.collection(link.target))


def owned_rows(
    schema: Schema,
    tables: Tables,
    links: list[Link],
    owner: RowRef,
    identities: Mapping[str, Iterable[str]],
) -> set[RowRef]:
    """Rows found from ``owner`` by following ownership (E1/E3), as E4 allows."""
    found: set[RowRef] = set()
    for link in links:
        if link.target != owner[:2] or not e1_is_ownership(link):
            continue
        if not e4_may_follow_ownership(schema, link):
            continue
        found.update(
            ref
            for ref in refs_of(tables, link.source)
            if link_holds(link, row_of(tables, ref), row_of(tables, owner))
            and not e4_another_persons_row(schema, tables, ref, identities)
        )
    return found


def referred_rows(schema: Schema, tables: Tables, links: list[Link], holder: RowRef) -> set[RowRef]:
    """Rows found from ``holder`` by following referral (E2/E3), as E4 allows."""
    found: set[RowRef] = set()
    for link in links:
        if link.source != holder[:2] or not e2_is_referral(link):
            continue
        if not e4_may_follow_referral(schema, link):
            continue
        found.update(
            ref
            for ref in refs_of(tables, link.target)
            if link_holds(link, row_of(tables, holder), row_of(tables, ref))
        )
    return found


# --- R. the subject's record ---------------------------------------------------------------------


def r1_own_rows(
    schema: Schema,
    tables: Tables,
    links: list[Link],
    identity_rows: set[RowRef],
    identities: Mapping[str, Iterable[str]],
) -> set[RowRef]:
    """R1: the identity rows and every row owned by an own row, transitively."""
    own = set(identity_rows)
    todo = list(own)
    while todo:
        for ref in owned_rows(schema, tables, links, todo.pop(), identities):
            if ref not in own:
                own.add(ref)
                todo.append(ref)
    return own


def r2_referred_rows(
    schema: Schema,
    tables: Tables,
    links: list[Link],
    own: set[RowRef],
    identities: Mapping[str, Iterable[str]],
) -> set[RowRef]:
    """R2: rows referred to from own or referred rows, and rows owned by referred rows,
    transitively, own rows left out."""
    referred: set[RowRef] = set()
    todo = list(own)
    while todo:
        ref = todo.pop()
        reached = referred_rows(schema, tables, links, ref)
        if ref in referred:
            reached |= owned_rows(schema, tables, links, ref, identities)
        for found in reached - own - referred:
            referred.add(found)
            todo.append(found)
    return referred


def holds_any_link(
    links: list[Link], tables: Tables, holder: RowRef, target: RowRef, roles: str = "any"
) -> bool:
    """Does ``holder`` hold a link to ``target``? ``roles``: "any", "referral" or "ownership"."""
    for link in links:
        if link.source != holder[:2] or link.target != target[:2]:
            continue
        if roles == "referral" and not e2_is_referral(link):
            continue
        if roles == "ownership" and not e1_is_ownership(link):
            continue
        if link_holds(link, row_of(tables, holder), row_of(tables, target)):
            return True
    return False


def r3_shared_rows(
    schema: Schema, tables: Tables, links: list[Link], own: set[RowRef], referred: set[RowRef]
) -> set[RowRef]:
    """R3: referred rows a row outside the record links to (A2), then every referred row a
    shared row refers to or owns (A3), to a fixed point. Own rows are never shared."""
    record = own | referred
    outside = [r for cid in schema.collection_ids() for r in refs_of(tables, cid)]
    outside = [r for r in outside if r not in record]
    shared = {r for r in referred if any(holds_any_link(links, tables, o, r) for o in outside)}
    grew = True
    while grew:
        grew = False
        for ref in sorted(referred - shared):
            if any(
                holds_any_link(links, tables, s, ref, "referral")
                or holds_any_link(links, tables, ref, s, "ownership")
                for s in shared
            ):
                shared.add(ref)
                grew = True
    return shared


def record_of(schema: Schema, tables: Tables, identities: Mapping[str, Iterable[str]]) -> Record:
    """The subject's record: own rows (R1), referred rows (R2), the shared ones among them (R3)."""
    links = links_of(schema)
    own = r1_own_rows(
        schema, tables, links, m1_identity_rows(schema, tables, identities), identities
    )
    referred = r2_referred_rows(schema, tables, links, own, identities)
    shared = r3_shared_rows(schema, tables, links, own, referred)
    return Record(frozenset(own), frozenset(referred), frozenset(shared))


def r4_access(
    schema: Schema, tables: Tables, identities: Mapping[str, Iterable[str]]
) -> dict[CollectionId, list[tuple[Row, bool]]]:
    """R4: every row of the record, every declared field, each marked shared or not.
    Collections with no row of the record are left out."""
    record = record_of(schema, tables, identities)
    result: dict[CollectionId, list[tuple[Row, bool]]] = {}
    for ref in sorted(record.own | record.referred):
        row = dict(row_of(tables, ref))
        result.setdefault(ref[:2], []).append((row, ref in record.shared))
    return result


# --- X. erasure ----------------------------------------------------------------------------------


def collection_rows_rule(policy: Policy, cid: CollectionId) -> str | None:
    target = f"{cid[0]}.{cid[1]}"
    for rule in policy.rules:
        if rule.kind == "collections" and rule.target == target and rule.rows:
            return rule.rows
    return None


def x1_field_fate(schema: Schema, policy: Policy, cid: CollectionId, fld: Field) -> Fate:
    """X1, items 1-6 in order of precedence."""
    collection = schema.collection(cid)
    categories = personal_categories(collection, fld)
    if fld.name in key_fields(collection):
        return Fate.KEY
    if not categories:
        return Fate.NOT_PERSONAL
    if fld.read_only:
        return Fate.READ_ONLY
    held = policy.held.get(cid[0], ())
    if any(covers(h, c) for h in held for c in categories):
        return Fate.HELD
    if policy.scope is not None and not all(
        any(covers(s, c) for s in policy.scope) for c in categories
    ):
        return Fate.OUT_OF_SCOPE  # A11
    return Fate.ERASED


def policy_strategy(
    policy: Policy, cid: CollectionId, fld: Field, categories: tuple[str, ...]
) -> str | None:
    """The strategy of the policy's most specific rule for the field, or None (X1.6)."""
    with_strategy = [r for r in policy.rules if r.strategy is not None]
    for rule in with_strategy:
        if rule.kind == "fields" and rule.target == f"{cid[0]}.{cid[1]}.{fld.name}":
            return rule.strategy
    for rule in with_strategy:
        if rule.kind == "collections" and rule.target == f"{cid[0]}.{cid[1]}":
            return rule.strategy
    by_category = [
        r
        for r in with_strategy
        if r.kind == "categories" and any(covers(r.target, c) for c in categories)
    ]
    if by_category:  # the most specific category; the first listed on a tie
        return max(by_category, key=lambda r: (r.target.count("."), -by_category.index(r))).strategy
    return None


def x1_erased_value(
    schema: Schema, policy: Policy, cid: CollectionId, fld: Field, old_value: Any
) -> Any:
    """X1.6: the value an erased field gets. A link is always NULL; then the policy's rules;
    then the field's masking_strategy_override; then null."""
    if fld.references:
        return None
    if old_value is None:
        return None  # A14
    categories = personal_categories(schema.collection(cid), fld)
    if policy_strategy(policy, cid, fld, categories) == "null":
        return None
    if fld.override == "string_rewrite":
        return fld.rewrite_value
    return None  # null_rewrite, or no override at all


def x2_declares_personal_data(collection: Collection) -> bool:
    """X2: a collection that declares no personal field is never changed by erasure."""
    return any(personal_categories(collection, f) for f in collection.fields)


def x2_wants_deletion(schema: Schema, policy: Policy, cid: CollectionId) -> bool:
    """X2 before X3: would a subject's row of this collection be deleted?"""
    collection = schema.collection(cid)
    if not key_fields(collection) or not x2_declares_personal_data(collection):
        return False  # X4: never written; X2: records that hold no personal data stay
    fates = {x1_field_fate(schema, policy, cid, f) for f in collection.fields}
    if Fate.READ_ONLY in fates or Fate.HELD in fates:
        return False
    rows_rule = collection_rows_rule(policy, cid)
    if rows_rule == "keep":
        return False  # A10: the policy's keep wins over a delete override
    forced = rows_rule == "delete" or collection.delete_override
    return Fate.OUT_OF_SCOPE not in fates or forced


def masked_row(schema: Schema, policy: Policy, cid: CollectionId, row: Row) -> Row:
    """The row with its erased fields written, the rest untouched."""
    after = dict(row)
    for fld in schema.collection(cid).fields:
        if x1_field_fate(schema, policy, cid, fld) is Fate.ERASED:
            after[fld.name] = x1_erased_value(schema, policy, cid, fld, row[fld.name])
    return after


def x3_never_break_a_link(
    tables: Tables, links: list[Link], deleting: set[RowRef], after: Mapping[RowRef, Row]
) -> set[RowRef]:
    """X3: drop from ``deleting`` every row another row that stays links to with a value that
    stays, to a fixed point (A6). ``after`` gives each row as it will be if it stays."""
    deleting = set(deleting)
    staying = [r for r in after if r not in deleting]
    changed = True
    while changed:
        changed = False
        for target in sorted(deleting):
            if any(
                link.source == holder[:2]
                and link.target == target[:2]
                and link_holds(link, after[holder], row_of(tables, target))
                for holder in staying
                if holder != target
                for link in links
            ):
                deleting.discard(target)
                staying.append(target)
                changed = True
    return deleting


def x4_keyless_reasons(schema: Schema, subject_rows: Iterable[RowRef]) -> list[str]:
    """X4: collections without a key holding subject's rows: never written; partial (A7)."""
    keyless = {
        r[:2]
        for r in subject_rows
        if not key_fields(schema.collection(r[:2]))
        and x2_declares_personal_data(schema.collection(r[:2]))
    }
    return [f"{d}.{c}: no key, rows not written" for d, c in sorted(keyless)]


# X5 (write order, one transaction per collection) decides no final value: nothing to model.
# X6 (verification) always passes here, the writes being exact (A9).


def o1_reasons(
    schema: Schema, policy: Policy, tables: Tables, subject_rows: Iterable[RowRef]
) -> tuple[str, ...]:
    """O1: the reasons the request ends ``partial`` (none: ``complete``). A read-only field
    is a reason only where one of the subject's rows holds a value in it (X1.3)."""
    subject_rows = list(subject_rows)
    reasons = x4_keyless_reasons(schema, subject_rows)
    for cid in sorted({r[:2] for r in subject_rows}):
        for fld in schema.collection(cid).fields:
            if x1_field_fate(schema, policy, cid, fld) is not Fate.READ_ONLY:
                continue
            held = [
                r
                for r in subject_rows
                if r[:2] == cid and row_of(tables, r).get(fld.name) is not None
            ]
            if held:
                reasons.append(f"{cid[0]}.{cid[1]}.{fld.name}: read-only")
    return tuple(reasons)


def erase(
    schema: Schema, policy: Policy, tables: Tables, identities: Mapping[str, Iterable[str]]
) -> ErasureOutcome:
    """The whole erasure: every table as it must be afterwards, and the status (O1)."""
    record = record_of(schema, tables, identities)
    subject = record.subject_rows
    after: dict[RowRef, Row] = {}
    for cid in schema.collection_ids():
        for ref in refs_of(tables, cid):
            row = row_of(tables, ref)
            collection = schema.collection(cid)
            writable = (
                ref in subject and key_fields(collection) and x2_declares_personal_data(collection)
            )
            after[ref] = masked_row(schema, policy, cid, row) if writable else dict(row)
    wanted = {r for r in subject if x2_wants_deletion(schema, policy, r[:2])}
    deleted = x3_never_break_a_link(tables, links_of(schema), wanted, after)
    new_tables: Tables = {cid: [] for cid in schema.collection_ids()}
    for ref, row in after.items():
        if ref not in deleted:
            new_tables[ref[:2]].append(row)
    masked = {
        r
        for r in subject
        if r not in deleted
        and key_fields(schema.collection(r[:2]))
        and x2_declares_personal_data(schema.collection(r[:2]))
    }
    reasons = o1_reasons(schema, policy, tables, subject)
    return ErasureOutcome(
        tables=new_tables,
        status="partial" if reasons else "complete",
        deleted=frozenset(deleted),
        masked=frozenset(masked),
        reasons=reasons,
    )
