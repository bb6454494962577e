"""The policy as typed data: what a privacy statement promises, rule by rule.

These models check the shape of a policy (fields, types, formats). Whether its
references agree with each other (known categories, clause ids, recipients …)
is decided by :mod:`troth.policy.checks`, which can point at the YAML line.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from troth.policy.durations import is_duration, parse_duration
from troth.policy.taxonomy import Taxonomy, Term, is_within

LEGAL_BASES = (
    "consent",
    "contract",
    "legal_obligation",
    "legitimate_interests",
    "vital_interests",
    "public_task",
)
LegalBasis = Literal[
    "consent",
    "contract",
    "legal_obligation",
    "legitimate_interests",
    "vital_interests",
    "public_task",
]

CAPABILITIES = (
    "consent",
    "policy",
    "guard",
    "requests",
    "ledger",
    "deid",
    "console",
    "retention",
    "store",
    "web",
    "incidents",
    "organisation",
)
Capability = Literal[
    "consent",
    "policy",
    "guard",
    "requests",
    "ledger",
    "deid",
    "console",
    "retention",
    "store",
    "web",
    "incidents",
    "organisation",
]

RecipientKind = Literal[
    "vendor",
    "payment_processor",
    "analytics",
    "participants",
    "authority",
    "acquirer",
    "ad_network",
    "affiliate",
]

RetentionStart = Literal[
    "collection",
    "account_closed",
    "last_activity",
    "consent_withdrawn",
    "order_completed",
    "ticket_closed",
    "meeting_ended",
]


def _duration(value: str) -> str:
    if not is_duration(value):
        raise ValueError("must be an ISO-8601 duration such as P2Y, P30D or PT72H")
    return value


Duration = Annotated[str, AfterValidator(_duration)]
ClauseId = Annotated[str, Field(pattern=r"^[A-Z][A-Za-z]*[0-9]+$")]
Key = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
DottedKey = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")]
Text = Annotated[str, Field(min_length=1)]
Email = Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]


class Rule(BaseModel):
    """Every part of a policy forbids unknown fields, so a misspelt key is reported."""

    model_config = ConfigDict(extra="forbid")


class Traced(Rule):
    """A rule that names the statement clauses it implements."""

    clauses: list[ClauseId] = Field(default_factory=list)


class Organisation(Rule):
    name: Text
    privacy_contact: Email
    statement_url: str | None = None


class PolicyVersion(Traced):
    version: Text
    effective: date
    summary: Text


class Settings(Traced):
    """Thresholds and signal handling the statement fixes."""

    child_age: int = Field(ge=1, le=21)
    children_found: Literal["delete"] = "delete"
    do_not_track: Literal["honoured", "not_honoured"]
    global_privacy_control: Literal["ignored", "opt_out_of_sale_and_sharing"]


class Clause(Rule):
    """One promise of the statement, in our own words, and who keeps it."""

    id: ClauseId
    section: Text
    promise: Text
    owner: Capability
    co_owners: list[Capability] = Field(default_factory=list)
    organisational: str | None = None

    @model_validator(mode="after")
    def _organisational_is_owned_by_the_organisation(self) -> Clause:
        if self.organisational is not None and not self.organisational.strip():
            raise ValueError("organisational needs the reason it is not enforced in code")
        if (self.organisational is not None) != (self.owner == "organisation"):
            raise ValueError(
                "a clause is owned by 'organisation' exactly when it is organisational"
            )
        return self


class VocabularyEntry(Traced):
    key: DottedKey
    parent: DottedKey | None = None
    name: Text
    description: Text

    def as_term(self) -> Term:
        return Term(self.key, self.parent, self.name, self.description, origin="policy")


class Vocabulary(Rule):
    """Organisation-specific terms added to fideslang's default taxonomy."""

    data_categories: list[VocabularyEntry] = Field(default_factory=list)
    data_uses: list[VocabularyEntry] = Field(default_factory=list)
    data_subjects: list[VocabularyEntry] = Field(default_factory=list)


class StorageLocation(Traced):
    """An approved place where personal data may be stored."""

    key: Key
    provider: Text
    kind: Literal["own_servers", "cloud"]
    countries: list[CountryCode] = Field(min_length=1)


class UseBasis(Traced):
    """One use of collected data and the legal basis it rests on."""

    use: DottedKey
    basis: LegalBasis


class Retention(Rule):
    """How long data is kept: ``period`` counted from ``after``.

    In YAML a bare duration (``retention: P2Y``) means that period after collection.
    """

    period: Duration
    after: RetentionStart = "collection"

    @model_validator(mode="before")
    @classmethod
    def _bare_duration(cls, value: Any) -> Any:
        return {"period": value} if isinstance(value, str) else value

    def as_timedelta(self) -> timedelta:
        """The period's length (a year as 365 days, a month as 30)."""
        return parse_duration(self.period)


class Collection(Traced):
    """Categories a system collects together, for which uses, kept how long."""

    categories: list[DottedKey] = Field(min_length=1)
    uses: list[UseBasis] = Field(min_length=1)
    retention: Retention
    source: Literal["user", "automatic", "third_party", "staff"] = "user"
    permission: Key | None = None
    bound_to: DottedKey | None = None
    subjects: list[Key] = Field(default_factory=list)


class System(Traced):
    """A service of the statement and everything it collects."""

    key: Key
    name: Text
    description: Text
    data_subjects: list[Key] = Field(min_length=1)
    collects: list[Collection] = Field(min_length=1)
    storage: list[Key] = Field(min_length=1)
    recipients: list[Key] = Field(default_factory=list)
    datasets: list[Text] = Field(default_factory=list)

    def declared_categories(self) -> set[str]:
        """Every category this system declares it collects (as written, not expanded)."""
        return {c for entry in self.collects for c in entry.categories}

    def declared_uses(self) -> set[str]:
        return {u.use for entry in self.collects for u in entry.uses}

    def collections_of(self, category: str) -> list[Collection]:
        """The collects entries whose categories cover ``category`` (by key prefix)."""
        return [
            entry
            for entry in self.collects
            if any(is_within(category, declared) for declared in entry.categories)
        ]

    def uses_of(self, category: str) -> set[str]:
        """The uses ``category`` may serve in this system; purpose binding narrows them."""
        entries = self.collections_of(category)
        bound = {e.bound_to for e in entries if e.bound_to}
        if bound:
            return bound
        return {u.use for e in entries for u in e.uses}

    def bases_of(self, category: str) -> dict[str, str]:
        """Use -> legal basis for ``category`` in this system."""
        allowed = self.uses_of(category)
        return {
            u.use: u.basis
            for e in self.collections_of(category)
            for u in e.uses
            if u.use in allowed
        }


class Recipient(Traced):
    """Someone outside the system data may be disclosed to."""

    key: Key
    name: Text
    kind: RecipientKind
    receives: list[DottedKey] = Field(default_factory=list)
    purposes: list[DottedKey] = Field(default_factory=list)
    may_retain: bool = True
    condition: str | None = None


class CategoryProhibition(Traced):
    categories: list[DottedKey] = Field(min_length=1)
    reason: Text
    except_recipients: list[Key] = Field(default_factory=list)


class UseProhibition(Traced):
    uses: list[DottedKey] = Field(min_length=1)
    reason: Text


class RecipientProhibition(Traced):
    """Recipients (by key or by kind) that may receive no personal data at all."""

    recipients: list[Key] = Field(default_factory=list)
    kinds: list[RecipientKind] = Field(default_factory=list)
    reason: Text


class Prohibitions(Rule):
    categories: list[CategoryProhibition] = Field(default_factory=list)
    uses: list[UseProhibition] = Field(default_factory=list)
    recipients: list[RecipientProhibition] = Field(default_factory=list)


class Right(Traced):
    """A request data subjects may make, where, and how fast it is answered."""

    kind: Literal["rectification", "access", "erasure", "consent_withdrawal", "marketing_opt_out"]
    channels: list[Literal["privacy_contact", "privacy_center", "email_link", "one_click"]] = Field(
        min_length=1
    )
    respond_within: Duration


class Safeguard(Traced):
    """A security measure; the optional figures say how often or how fast."""

    key: Key
    description: Text
    every: Duration | None = None
    within: Duration | None = None
    min_length: int | None = Field(default=None, ge=1)


class Tracking(Traced):
    """A cookie, beacon or similar technology, the system it serves, and what it gathers."""

    key: Key
    kind: Literal["cookie", "web_beacon", "email_beacon", "pixel", "sdk"]
    system: Key
    categories: list[DottedKey] = Field(min_length=1)
    uses: list[DottedKey] = Field(min_length=1)
    refusable: bool = True
    suppressed_after_opt_out: bool = True


class Acceptance(Traced):
    """What is recorded when a subject accepts the statement by using the services."""

    records: list[Literal["statement_version", "time", "place", "channel"]] = Field(min_length=1)


class ChangeNotice(Traced):
    """How changes to the statement are announced before they take effect."""

    notice_before: Duration
    channels: list[Literal["email", "site_notice"]] = Field(min_length=1)


class Deidentification(Traced):
    """The only form in which data may be released 'for any purpose'."""

    min_group_size: int = Field(ge=2)
    epsilon: float | None = Field(default=None, gt=0)


GUARD_RULES = (
    "undeclared_field",
    "special_category",
    "child",
    "card_number",
    "undeclared_personal_data",
)
GUARD_ACTIONS = ("reject", "redact")


class GuardRule(Traced):
    """What the intake guard does with a record that breaks one of its rules."""

    rule: Key  # one of GUARD_RULES (checked with the rest of the policy)
    action: Key  # one of GUARD_ACTIONS


class Guard(Rule):
    """The intake guard's action per rule; a rule not listed keeps the guard's default."""

    rules: list[GuardRule] = Field(default_factory=list)

    def rule(self, name: str) -> GuardRule | None:
        return next((r for r in self.rules if r.rule == name), None)


ERASURE_STRATEGIES = ("delete_row", "null", "fixed", "hash", "random")
ERASURE_ROWS = ("delete", "keep")


class ErasureRule(Traced):
    """How the fields one rule matches are erased.

    A rule matches by exactly one kind: ``categories`` (and their descendants), ``fields``
    (``dataset.collection.field``) or ``collections`` (``dataset.collection``). ``rows``
    (collections only) says whether a subject's rows are deleted or kept with their
    personal fields masked. Strategy and rows values are checked with the rest of the policy.
    """

    categories: list[DottedKey] = Field(default_factory=list)
    fields: list[Text] = Field(default_factory=list)
    collections: list[Text] = Field(default_factory=list)
    strategy: Key | None = None  # one of ERASURE_STRATEGIES
    value: str | bool | int | float | None = None
    rows: Key | None = None  # one of ERASURE_ROWS


class Erasure(Rule):
    """The policy's choice of erasure per category, collection or field."""

    rules: list[ErasureRule] = Field(default_factory=list)


class Policy(Rule):
    """A privacy statement as code."""

    format: Literal[1] = 1
    organisation: Organisation
    versions: list[PolicyVersion] = Field(min_length=1)
    settings: Settings
    clauses: list[Clause] = Field(min_length=1)
    vocabulary: Vocabulary = Field(default_factory=Vocabulary)
    storage_locations: list[StorageLocation] = Field(default_factory=list)
    systems: list[System] = Field(min_length=1)
    recipients: list[Recipient] = Field(default_factory=list)
    prohibitions: Prohibitions = Field(default_factory=Prohibitions)
    rights: list[Right] = Field(default_factory=list)
    safeguards: list[Safeguard] = Field(default_factory=list)
    tracking: list[Tracking] = Field(default_factory=list)
    acceptance: Acceptance | None = None
    changes: ChangeNotice | None = None
    deidentification: Deidentification | None = None
    guard: Guard | None = None
    erasure: Erasure = Field(default_factory=Erasure)

    @cached_property
    def taxonomy(self) -> Taxonomy:
        """fideslang's default taxonomy with this policy's vocabulary added."""
        return Taxonomy(
            {
                "category": [e.as_term() for e in self.vocabulary.data_categories],
                "use": [e.as_term() for e in self.vocabulary.data_uses],
                "subject": [e.as_term() for e in self.vocabulary.data_subjects],
            }
        )

    @property
    def current_version(self) -> PolicyVersion | None:
        """The latest version effective on or before today (None if all lie ahead)."""
        return self.version_on(date.today())

    def version_on(self, day: date) -> PolicyVersion | None:
        """The latest version effective on or before ``day``."""
        past = [v for v in self.versions if v.effective <= day]
        return max(past, key=lambda v: v.effective) if past else None

    def upcoming_versions(self, day: date | None = None) -> list[PolicyVersion]:
        """Versions that take effect after ``day`` (default today), soonest first."""
        day = day or date.today()
        return sorted((v for v in self.versions if v.effective > day), key=lambda v: v.effective)

    def clause(self, clause_id: str) -> Clause | None:
        return next((c for c in self.clauses if c.id == clause_id), None)

    def system(self, key: str) -> System | None:
        """The system with that key, or None."""
        return next((s for s in self.systems if s.key == key), None)

    def recipient(self, key: str) -> Recipient | None:
        return next((r for r in self.recipients if r.key == key), None)

    def storage_location(self, key: str) -> StorageLocation | None:
        return next((loc for loc in self.storage_locations if loc.key == key), None)

    def countries_of(self, system_key: str) -> list[str]:
        """The countries a system's data may be stored in (from its storage locations)."""
        system = self.system(system_key)
        if system is None:
            return []
        found = {
            country
            for key in system.storage
            if (loc := self.storage_location(key)) is not None
            for country in loc.countries
        }
        return sorted(found)

    def prohibited_categories(self) -> set[str]:
        """Categories no system may collect (a named recipient may still be excepted)."""
        return {c for p in self.prohibitions.categories for c in p.categories}

    def is_prohibited_category(self, category: str) -> bool:
        """True when ``category`` is, or lies below, a prohibited category."""
        return any(is_within(category, p) for p in self.prohibited_categories())

    def prohibited_uses(self) -> set[str]:
        return {u for p in self.prohibitions.uses for u in p.uses}

    def is_prohibited_use(self, use: str) -> bool:
        return any(is_within(use, p) for p in self.prohibited_uses())

    def denies_personal_data(self, recipient_key: str) -> bool:
        """True when the policy forbids giving that recipient any personal data."""
        recipient = self.recipient(recipient_key)
        for rule in self.prohibitions.recipients:
            if recipient_key in rule.recipients:
                return True
            if recipient is not None and recipient.kind in rule.kinds:
                return True
        return False

    def encoded_clause_ids(self) -> set[str]:
        """Clause ids carried by at least one rule of the policy (not by the clause table)."""
        found: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, Traced):
                found.update(node.clauses)
            if isinstance(node, BaseModel):
                for name in type(node).model_fields:
                    walk(getattr(node, name))
            elif isinstance(node, list):
                for item in node:
                    walk(item)

        for name in type(self).model_fields:
            if name != "clauses":
                walk(getattr(self, name))
        return found
