"""A field that holds an age or a birth year is itself a sign of a child (K1).

The text recognizers look for "I'm 9" in free text; a form's ``age`` or ``birth_year`` field
holds the bare number, which the check reads as an age. Both through ``check`` (what
``POST /api/v1/collect/{system}`` calls) and over HTTP.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest

from troth.datamap import dataset_from_body
from troth.demo.datasets import demo_data_map
from troth.guard import check
from troth.policy import load_policy
from troth.testing.live import LiveServer

POLICY = load_policy()
DEMO = demo_data_map()
TODAY = date(2026, 6, 1)
CHILD_AGE = 13  # the example statement's age line (K1), written here by hand
# A sign-up form declaring an age and a birth year, imported for the social_login system.
KIDS_CLUB: dict[str, Any] = {
    "fides_key": "kids_club",
    "collections": [
        {
            "name": "members",
            "fields": [
                {"name": "age", "data_categories": ["user.demographic.age_range"]},
                {"name": "birth_year", "data_categories": ["user.demographic.date_of_birth"]},
            ],
        }
    ],
}
DATASETS = [dataset_from_body(KIDS_CLUB)]
SYSTEM_OF: dict[str, str | None] = {"kids_club": "social_login"}

CHILDREN = [
    {"age": 9},
    {"age": "9"},
    {"age": CHILD_AGE - 1},
    {"age": 9.5},
    {"birth_year": 2018},
    {"birth_year": "2018"},
    {"birth_year": TODAY.year - CHILD_AGE + 1},  # born 1 July: twelve on TODAY
]
ADULTS = [{"age": 30}, {"age": CHILD_AGE}, {"birth_year": 1980}, {"birth_year": 2012}]


def test_the_age_line_is_the_one_this_file_assumes() -> None:
    assert POLICY.settings.child_age == CHILD_AGE


@pytest.mark.proves("K1", via="troth.guard.check.check")
def test_the_demo_social_login_birth_year_of_a_child_is_rejected() -> None:
    """The demo data map: social_login_profiles.birth_year (no data map given)."""
    for value in (2018, "2018"):
        decision = check(
            "social_login", {"birth_year": value}, datasets=DEMO, policy=POLICY, today=TODAY
        )
        assert decision.outcome == "reject", value
        assert decision.record is None
        [finding] = decision.findings
        assert (finding.field, finding.rule, finding.clause) == ("birth_year", "child", "K1")
    adult = check("social_login", {"birth_year": 1980}, datasets=DEMO, policy=POLICY, today=TODAY)
    assert adult.outcome == "accept" and adult.record == {"birth_year": 1980}


@pytest.mark.proves("K1", via="troth.guard.check.check")
@pytest.mark.parametrize("record", CHILDREN, ids=repr)
def test_an_age_or_birth_year_under_the_line_is_rejected(record: dict[str, Any]) -> None:
    decision = check(
        "social_login", record, policy=POLICY, datasets=DATASETS, system_of=SYSTEM_OF, today=TODAY
    )
    assert decision.outcome == "reject"
    [finding] = decision.findings
    (field,) = record
    assert (finding.field, finding.rule, finding.clause) == (field, "child", "K1")
    assert finding.action == "reject"


@pytest.mark.parametrize("record", ADULTS, ids=repr)
def test_an_age_or_birth_year_at_or_over_the_line_is_accepted(record: dict[str, Any]) -> None:
    decision = check(
        "social_login", record, policy=POLICY, datasets=DATASETS, system_of=SYSTEM_OF, today=TODAY
    )
    assert decision.outcome == "accept", decision.findings
    assert decision.record == record


@pytest.mark.proves("K1", via="troth.guard.check.check")
def test_collect_over_http_rejects_a_childs_age_and_birth_year(live_server: LiveServer) -> None:
    url = f"{live_server.url}/api/v1/collect/social_login"
    # an empty store: the demo data map, whose social_login profiles hold a birth year
    this_year = date.today().year
    for value in (this_year - 8, str(this_year - 8)):
        answer = httpx.post(url, json={"birth_year": value}).json()
        assert answer["outcome"] == "reject" and answer["record"] is None, answer
        assert [(f["field"], f["rule"], f["clause"]) for f in answer["findings"]] == [
            ("birth_year", "child", "K1")
        ]
    assert httpx.post(url, json={"birth_year": 1980}).json()["outcome"] == "accept"

    # a data map whose form declares an age field
    store = live_server.app.state.context.store
    store.save_dataset("kids_club", KIDS_CLUB, "social_login", "test")
    for value in (9, "9", CHILD_AGE - 1):
        answer = httpx.post(url, json={"age": value}).json()
        assert answer["outcome"] == "reject", (value, answer)
        assert [(f["field"], f["rule"]) for f in answer["findings"]] == [("age", "child")]
    assert httpx.post(url, json={"age": 30}).json()["outcome"] == "accept"
