"""The erasure: section: the example's choices, and bad rules giving one-line findings."""

from __future__ import annotations

import pytest
from policy_helpers import line_of

from troth.policy import Policy, check_policy_file
from troth.requests.masking import STRATEGY_BY_CATEGORY, erasure_choice


def test_example_encodes_credentials_random_and_the_rest_null(example: Policy) -> None:
    rules = example.erasure
    for category in STRATEGY_BY_CATEGORY:
        assert (
            erasure_choice([category + ".password"], "demo_accounts.x.y", rules).strategy
            == (STRATEGY_BY_CATEGORY[category])
        )
    assert erasure_choice(["user.authorization.sip_credentials"], None, rules).strategy == "random"
    assert erasure_choice(["user.contact.email"], None, rules).strategy == "null"


CASES = [
    (
        "      strategy: random\n",
        "      strategy: shred\n",
        "shred",
        ".strategy",
        "unknown erasure strategy 'shred' (one of: delete_row, null, fixed, hash, random)",
    ),
    (
        "    - categories: [user.authorization]\n",
        "    - categories: [user.gadget]\n",
        "user.gadget",
        ".categories[0]",
        "unknown data category 'user.gadget'",
    ),
    (
        "      strategy: random\n",
        "      strategy: random\n      value: gone\n",
        "value: gone",
        ".value",
        "value applies only to strategy: fixed",
    ),
    (
        "      strategy: random\n      clauses: [R3]",
        "      strategy: random\n      clauses: [R99]",
        "[R99]",
        ".clauses[0]",
        "unknown clause id 'R99'",
    ),
    (
        "    - categories: [user.authorization]\n",
        "    - fields: [demo_accounts.accounts]\n",
        "fields: [demo_accounts",
        ".fields[0]",
        "'demo_accounts.accounts' is not dataset.collection.field",
    ),
    (
        "    - categories: [user.authorization]\n",
        "    - collections: [nowhere.accounts]\n",
        "nowhere.accounts",
        ".collections[0]",
        "dataset 'nowhere' belongs to no system",
    ),
    (
        "      strategy: random\n",
        "      strategy: random\n      rows: keep\n",
        "rows: keep",
        ".rows",
        "rows applies to collections rules only",
    ),
]


@pytest.mark.proves_policy("R3")
@pytest.mark.parametrize(("old", "new", "marker", "field", "message"), CASES)
def test_a_bad_erasure_rule_is_one_finding_on_its_line(  # noqa: PLR0913
    broken_copy, old: str, new: str, marker: str, field: str, message: str
) -> None:
    path, text = broken_copy(old, new)
    findings = check_policy_file(path)
    assert len(findings) == 1, [str(f) for f in findings]
    (finding,) = findings
    assert finding.field == "erasure.rules[0]" + field
    assert finding.message.startswith(message), finding.message
    assert finding.line == line_of(text, marker)
    assert "\n" not in str(finding)


def test_a_rule_matching_nothing_is_reported(broken_copy) -> None:
    path, text = broken_copy(
        "    - categories: [user.authorization]\n      strategy: random\n",
        "    - strategy: random\n",
    )
    (finding,) = check_policy_file(path)
    assert finding.field == "erasure.rules[0]"
    assert finding.message.startswith("the rule matches nothing")
