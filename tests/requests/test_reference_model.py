"""The reference model on tiny hand-built cases, each expected value written by hand from
docs/semantics.md (the rule ids are in the test names)."""

from __future__ import annotations

from typing import Any

from reference_model import (
    Collection,
    Dataset,
    ErasureRule,
    Field,
    Policy,
    Ref,
    Schema,
    Tables,
    erase,
    m1_matches,
    r4_access,
)

ANN = {"email": ["ann@example.org"]}


def pk(name: str = "id") -> Field:
    return Field(name, ("system.operations",), primary_key=True, sql_type="integer")


def email() -> Field:
    return Field("email", ("user.contact.email",), identity="email")


def link(
    name: str, collection: str, direction: str | None, *cats: str, target: str = "id"
) -> Field:
    categories = cats or ("user.unique_id",)
    ref = Ref("d", collection, target, direction)  # type: ignore[arg-type]
    return Field(name, categories, references=(ref,), sql_type="integer")


def text(name: str, category: str, **kw: Any) -> Field:
    return Field(name, (category,), **kw)


def schema(*collections: Collection) -> Schema:
    return Schema((Dataset("d", collections),))


def rows(*names_then_values: Any) -> list[dict[str, Any]]:
    """rows(("id", "email"), (1, "a"), (2, "b")) -> [{"id": 1, "email": "a"}, ...]"""
    names, *values = names_then_values
    return [dict(zip(names, v, strict=True)) for v in values]


def access(s: Schema, tables: Tables, identities: dict = ANN) -> dict[str, list[tuple]]:
    """{collection: sorted [(id, shared)]} for tables keyed by "id"."""
    found = r4_access(s, tables, identities)
    return {c: sorted((r["id"], shared) for r, shared in v) for (_, c), v in found.items()}


ACCOUNTS = Collection(
    "accounts",
    (pk(), email(), text("name", "user.name"), link("household_id", "households", "to")),
)
HOUSEHOLDS = Collection("households", (pk(), text("address", "user.contact.address")))
DEVICES = Collection(
    "devices", (pk(), link("household_id", "households", "from"), text("label", "user.device"))
)
HOME = schema(ACCOUNTS, HOUSEHOLDS, DEVICES)


def home_tables(ann_household: int) -> Tables:
    return {
        ("d", "accounts"): rows(
            ("id", "email", "name", "household_id"),
            (1, "ann@example.org", "Ann", ann_household),
            (2, "bob@example.org", "Bob", 10),
        ),
        ("d", "households"): rows(("id", "address"), (10, "1 High St"), (11, "2 Low St")),
        ("d", "devices"): rows(
            ("id", "household_id", "label"), (100, 10, "tv"), (101, 11, "phone")
        ),
    }


# --- M1 ------------------------------------------------------------------------------------------


def test_m1_email_ignores_case_and_surrounding_spaces_only() -> None:
    assert m1_matches("email", "  Ann@Example.ORG ", "ann@example.org")
    assert not m1_matches("email", " Ann@Example.ORG\t", "ann@example.org")  # spaces only
    assert not m1_matches("email", "\nann@example.org", "ANN@example.org")
    assert not m1_matches("email", "ánn@example.org", "ann@example.org")  # not ASCII: exact
    assert not m1_matches("email", "ÁNN@example.org", "ánn@example.org")
    assert not m1_matches("email", "\u212aann@example.org", "kann@example.org")  # Kelvin sign
    assert not m1_matches("email", "an n@example.org", "ann@example.org")  # inside: exact
    assert not m1_matches("email", None, "ann@example.org")


def test_m1_percent_and_underscore_are_plain_characters() -> None:
    assert not m1_matches("email", "abn@example.org", "a_n@example.org")
    assert not m1_matches("email", "abcd@example.org", "a%@example.org")
    assert m1_matches("email", "A_N@example.org", "a_n@example.org")
    assert m1_matches("email", "o'brien@example.org", "O'Brien@example.org")


def test_m1_phone_ignores_spaces_dashes_dots_and_brackets() -> None:
    assert m1_matches("phone_number", "+44 20 7946-0000", "+442079460000")
    assert m1_matches("phone_number", "+44 (20) 7946.0000", "+44 20 7946 0000")
    assert not m1_matches("phone_number", "+44 20 7946-0001", "+442079460000")
    assert not m1_matches("phone_number", "+44/20/79460000", "+442079460000")
    assert m1_matches("customer_no", "C-1", "C-1") and not m1_matches("customer_no", "c-1", "C-1")


def test_m1_access_finds_every_written_form_of_the_email() -> None:
    people = Collection("people", (pk(), email()))
    tables = {
        ("d", "people"): rows(
            ("id", "email"),
            (1, "  ANN@example.org"),
            (2, "ann@EXAMPLE.ORG "),
            (6, "ann@example.org\n"),
            (3, "ann@example.org.evil"),
            (4, None),
            (5, "a%n@example.org"),
        )
    }
    assert access(schema(people), tables) == {"people": [(1, False), (2, False)]}


# --- E4, R1-R3 -----------------------------------------------------------------------------------


def test_e4_referrer_self_reference_not_followed_and_x3_referred_person_masked() -> None:
    accounts = Collection(
        "accounts",
        (pk(), email(), text("name", "user.name"), link("referrer_id", "accounts", "to")),
    )
    tables = {
        ("d", "accounts"): rows(
            ("id", "email", "name", "referrer_id"),
            (1, "ann@example.org", "Ann", None),
            (2, "bob@example.org", "Bob", 1),
        )
    }
    s = schema(accounts)
    assert access(s, tables, {"email": ["bob@example.org"]}) == {"accounts": [(2, False)]}
    assert access(s, tables) == {"accounts": [(1, False)]}
    outcome = erase(s, Policy(), tables, ANN)
    # Bob's referrer_id still points at Ann: her row stays, masked (X3); Bob's untouched
    assert outcome.tables[("d", "accounts")] == rows(
        ("id", "email", "name", "referrer_id"),
        (1, None, None, None),
        (2, "bob@example.org", "Bob", 1),
    )
    assert outcome.status == "complete"


def test_r3_household_shared_with_another_account_and_its_devices() -> None:
    tables = home_tables(ann_household=10)
    assert access(HOME, tables) == {
        "accounts": [(1, False)],
        "households": [(10, True)],
        "devices": [(100, True)],
    }
    outcome = erase(HOME, Policy(), tables, ANN)
    assert outcome.tables[("d", "accounts")] == [tables[("d", "accounts")][1]]
    assert outcome.tables[("d", "households")] == tables[("d", "households")]
    assert outcome.tables[("d", "devices")] == tables[("d", "devices")]
    assert outcome.status == "complete"


def test_r2_devices_owned_by_an_exclusive_household_are_erased() -> None:
    tables = home_tables(ann_household=11)
    assert access(HOME, tables) == {
        "accounts": [(1, False)],
        "households": [(11, False)],
        "devices": [(101, False)],
    }
    outcome = erase(HOME, Policy(), tables, ANN)
    assert [r["id"] for r in outcome.tables[("d", "accounts")]] == [2]
    assert [r["id"] for r in outcome.tables[("d", "households")]] == [10]
    assert [r["id"] for r in outcome.tables[("d", "devices")]] == [100]
    assert outcome.status == "complete"


def test_r3_a_row_no_identity_reaches_makes_a_household_shared() -> None:
    audit = Collection(
        "audit", (pk(), link("household_id", "households", "to", "system.operations"))
    )
    s = schema(ACCOUNTS, HOUSEHOLDS, DEVICES, audit)
    tables = home_tables(ann_household=11) | {("d", "audit"): rows(("id", "household_id"), (7, 11))}
    assert access(s, tables)["households"] == [(11, True)]
    assert access(s, tables)["devices"] == [(101, True)]
    outcome = erase(s, Policy(), tables, ANN)
    assert outcome.tables[("d", "households")] == tables[("d", "households")]
    assert outcome.tables[("d", "devices")] == tables[("d", "devices")]


def test_a2_another_persons_row_owned_by_the_household_makes_it_shared() -> None:
    # members are people of their own (an identity): not followed from the referred household
    # (E4), but a member row outside the record belongs to it, so it is shared (reading A2)
    members = Collection("members", (pk(), email(), link("household_id", "households", "from")))
    s = schema(ACCOUNTS, HOUSEHOLDS, members)
    tables = {
        ("d", "accounts"): rows(
            ("id", "email", "name", "household_id"), (1, "ann@example.org", "Ann", 11)
        ),
        ("d", "households"): rows(("id", "address"), (11, "2 Low St")),
        ("d", "members"): rows(("id", "email", "household_id"), (5, "cy@example.org", 11)),
    }
    assert access(s, tables) == {"accounts": [(1, False)], "households": [(11, True)]}
    outcome = erase(s, Policy(), tables, ANN)
    assert outcome.tables[("d", "households")] == tables[("d", "households")]
    assert outcome.tables[("d", "members")] == tables[("d", "members")]


def test_a4_ownership_into_a_person_collection_is_never_followed() -> None:
    # contacts are other people's e-mails in the subject's address book: theirs, not hers
    contacts = Collection("contacts", (pk(), email(), link("account_id", "accounts", "from")))
    s = schema(ACCOUNTS, HOUSEHOLDS, contacts)
    tables = {
        ("d", "accounts"): rows(
            ("id", "email", "name", "household_id"), (1, "ann@example.org", "Ann", None)
        ),
        ("d", "households"): [],
        ("d", "contacts"): rows(
            ("id", "email", "account_id"), (3, "bob@example.org", 1), (4, "ann@example.org", 2)
        ),
    }
    # contact 4 holds Ann's own address: found by her identity, whoever's account it hangs on
    assert access(s, tables) == {"accounts": [(1, False)], "contacts": [(4, False)]}
    outcome = erase(s, Policy(), tables, ANN)
    # Ann's account goes even though Bob's entry in her address book stays: its link is kept
    # (X3) so her account is masked, not deleted
    assert outcome.tables[("d", "contacts")] == [tables[("d", "contacts")][0]]
    assert outcome.tables[("d", "accounts")] == rows(
        ("id", "email", "name", "household_id"), (1, None, None, None)
    )


def test_a1_composite_link_matches_on_every_field() -> None:
    lines = Collection(
        "lines",
        (
            Field("order_id", ("user.unique_id",), primary_key=True, sql_type="integer"),
            Field("line_no", ("system.operations",), primary_key=True, sql_type="integer"),
            text("item", "user.content"),
        ),
    )
    notes = Collection(
        "notes",
        (
            pk(),
            link("order_id", "lines", "from", target="order_id"),
            link("line_no", "lines", "from", target="line_no"),
            text("note", "user.content"),
        ),
    )
    owners = Collection(
        "owners", (pk(), email(), link("order_id", "lines", "to", target="order_id"))
    )
    # the subject finds line (1, 1) through the referral owners.order_id -> lines.order_id
    s = schema(owners, lines, notes)
    tables = {
        ("d", "owners"): rows(("id", "email", "order_id"), (1, "ann@example.org", 1)),
        ("d", "lines"): rows(("order_id", "line_no", "item"), (1, 1, "pen"), (2, 1, "ink")),
        ("d", "notes"): rows(
            ("id", "order_id", "line_no", "note"), (50, 1, 1, "gift"), (51, 2, 1, "rush")
        ),
    }
    found = r4_access(s, tables, ANN)
    assert [r["id"] for r, _ in found[("d", "notes")]] == [50]
    assert [(r["order_id"], r["line_no"]) for r, _ in found[("d", "lines")]] == [(1, 1)]


# --- X1-X4, O1 -----------------------------------------------------------------------------------


INVOICES = Collection(
    "invoices",
    (
        pk(),
        link("account_id", "accounts", "from"),
        text("name", "user.name"),
        Field("total", ("user.financial",), sql_type="integer"),
    ),
)
HELD = Policy(held={"d": ("user.financial",)})


def invoice_tables() -> Tables:
    return {
        ("d", "accounts"): rows(
            ("id", "email", "name", "household_id"),
            (1, "ann@example.org", "Ann", None),
            (2, "bob@example.org", "Bob", None),
        ),
        ("d", "households"): [],
        ("d", "invoices"): rows(
            ("id", "account_id", "name", "total"), (100, 1, "Ann", 1999), (101, 2, "Bob", 500)
        ),
    }


def test_x1_legal_hold_row_masked_not_deleted_and_its_owner_deleted() -> None:
    tables = invoice_tables()
    outcome = erase(schema(ACCOUNTS, HOUSEHOLDS, INVOICES), HELD, tables, ANN)
    assert outcome.tables[("d", "invoices")] == rows(
        ("id", "account_id", "name", "total"), (100, None, None, 1999), (101, 2, "Bob", 500)
    )
    # the invoice's link to Ann was set to NULL, so nothing that stays points at her
    assert [r["id"] for r in outcome.tables[("d", "accounts")]] == [2]
    assert outcome.status == "complete"


def test_x3_a_held_link_keeps_the_row_it_points_at() -> None:
    invoices = Collection(
        "invoices",
        (
            pk(),
            link("account_id", "accounts", "from", "user.financial"),
            text("name", "user.name"),
        ),
    )
    tables = invoice_tables()
    for row in tables[("d", "invoices")]:
        del row["total"]
    outcome = erase(schema(ACCOUNTS, HOUSEHOLDS, invoices), HELD, tables, ANN)
    assert outcome.tables[("d", "invoices")] == rows(
        ("id", "account_id", "name"), (100, 1, None), (101, 2, "Bob")
    )
    assert outcome.tables[("d", "accounts")] == rows(
        ("id", "email", "name", "household_id"),
        (1, None, None, None),
        (2, "bob@example.org", "Bob", None),
    )
    assert outcome.status == "complete"


def test_x3_rows_that_only_point_at_each_other_are_both_deleted() -> None:
    a = Collection("a", (pk(), email(), link("b_id", "b", "to", "system.operations")))
    b = Collection(
        "b", (pk(), link("a_id", "a", "from", "system.operations"), text("note", "user.content"))
    )
    tables = {
        ("d", "a"): rows(("id", "email", "b_id"), (1, "ann@example.org", 5)),
        ("d", "b"): rows(("id", "a_id", "note"), (5, 1, "hi")),
    }
    outcome = erase(schema(a, b), Policy(), tables, ANN)
    assert outcome.tables == {("d", "a"): [], ("d", "b"): []}
    assert outcome.status == "complete"


def test_x4_a_collection_without_a_key_is_left_untouched_and_partial() -> None:
    newsletter = Collection("newsletter", (email(), text("topics", "user.behavior")))
    tables = {("d", "newsletter"): rows(("email", "topics"), ("Ann@example.org ", "phones"))}
    outcome = erase(schema(newsletter), Policy(), tables, ANN)
    assert outcome.tables == tables
    assert outcome.status == "partial"


def test_x4_a_field_named_id_is_the_key_when_none_is_declared() -> None:
    newsletter = Collection(
        "newsletter",
        (
            Field("id", ("system.operations",), sql_type="integer"),
            email(),
            text("t", "user.behavior"),
        ),
    )
    tables = {("d", "newsletter"): rows(("id", "email", "t"), (1, "ann@example.org", "x"))}
    outcome = erase(schema(newsletter), Policy(), tables, ANN)
    assert outcome.tables == {("d", "newsletter"): []}
    assert outcome.status == "complete"


def test_x4_the_databases_primary_key_is_the_key_when_the_data_map_has_none() -> None:
    fields = (Field("code"), email(), text("t", "user.behavior"))
    newsletter = Collection("newsletter", fields, database_key=("code",))
    tables = {("d", "newsletter"): rows(("code", "email", "t"), ("c1", "ann@example.org", "x"))}
    outcome = erase(schema(newsletter), Policy(), tables, ANN)
    assert outcome.tables == {("d", "newsletter"): []}
    assert outcome.status == "complete"


def test_x1_read_only_field_is_kept_the_row_masked_and_the_request_partial() -> None:
    accounts = Collection("accounts", (pk(), email(), text("name", "user.name", read_only=True)))
    tables = {("d", "accounts"): rows(("id", "email", "name"), (1, "ann@example.org", "Ann"))}
    outcome = erase(schema(accounts), Policy(), tables, ANN)
    assert outcome.tables == {("d", "accounts"): rows(("id", "email", "name"), (1, None, "Ann"))}
    assert outcome.status == "partial"


def test_x1_strategy_precedence_policy_rule_then_override() -> None:
    accounts = Collection(
        "accounts",
        (
            pk(),
            email(),
            text("nick", "user.name", override="string_rewrite", rewrite_value="gone"),
            text("bio", "user.content", override="string_rewrite", rewrite_value="n/a"),
            text("motto", "user.content", override="null_rewrite"),
            Field("total", ("user.financial",), sql_type="integer"),
        ),
    )
    policy = Policy(
        held={"d": ("user.financial",)},  # keeps the row, so the written values can be seen
        rules=(ErasureRule("fields", "d.accounts.bio", strategy="null"),),
    )
    tables = {
        ("d", "accounts"): rows(
            ("id", "email", "nick", "bio", "motto", "total"),
            (1, "ann@example.org", "annie", "hi", "carpe", 3),
        )
    }
    outcome = erase(schema(accounts), policy, tables, ANN)
    assert outcome.tables[("d", "accounts")] == rows(
        ("id", "email", "nick", "bio", "motto", "total"), (1, None, "gone", None, None, 3)
    )


def test_x2_rows_keep_masks_and_a_record_without_personal_data_stays() -> None:
    accounts = Collection("accounts", (pk(), email(), text("name", "user.name")))
    logins = Collection(
        "logins", (pk(), link("account_id", "accounts", "from", "system.operations"))
    )
    orders = Collection(
        "orders", (pk(), link("account_id", "accounts", "from"), text("item", "user.content"))
    )
    tables = {
        ("d", "accounts"): rows(("id", "email", "name"), (1, "ann@example.org", "Ann")),
        ("d", "logins"): rows(("id", "account_id"), (9, 1)),
        ("d", "orders"): rows(("id", "account_id", "item"), (4, 1, "pen")),
    }
    keep = Policy(rules=(ErasureRule("collections", "d.orders", rows="keep"),))
    outcome = erase(schema(accounts, orders), keep, tables, ANN)
    # the order is kept, masked: its link emptied, so nothing keeps the account
    assert outcome.tables == {
        ("d", "accounts"): [],
        ("d", "orders"): rows(("id", "account_id", "item"), (4, None, None)),
    }
    # a login declares no personal field: never changed, and its link keeps the account (X3)
    outcome = erase(schema(accounts, logins), Policy(), tables, ANN)
    assert outcome.tables == {
        ("d", "accounts"): rows(("id", "email", "name"), (1, None, None)),
        ("d", "logins"): rows(("id", "account_id"), (9, 1)),
    }
    assert outcome.status == "complete"


def test_x4_a_keyless_collection_without_personal_data_is_no_reason_for_partial() -> None:
    accounts = Collection("accounts", (pk(), email()))
    visits = Collection("visits", (link("account_id", "accounts", "from", "system.operations"),))
    tables = {
        ("d", "accounts"): rows(("id", "email"), (1, "ann@example.org")),
        ("d", "visits"): rows(("account_id",), (1,)),
    }
    outcome = erase(schema(accounts, visits), Policy(), tables, ANN)
    assert outcome.tables[("d", "accounts")] == rows(("id", "email"), (1, None))
    assert outcome.status == "complete"


def test_nobody_matching_changes_nothing() -> None:
    tables = home_tables(ann_household=11)
    outcome = erase(HOME, Policy(), tables, {"email": ["nobody@example.org"]})
    assert outcome.tables == tables and outcome.status == "complete"
