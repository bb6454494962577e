"""Identity values: how they are compared (M1) and which are refused (M2), on SQLite and
PostgreSQL, against values written here."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from troth.connectors import ConnectionSet, SqlConnector
from troth.datamap import dataset_from_body
from troth.policy import load_policy
from troth.requests.executor import run_access
from troth.requests.identity import IdentityError, check_identity, matches
from troth.requests.planner import PlanError, plan_request

ENGINE_FIXTURES = Path(__file__).parent / "fixtures_engine"

DATASET = dataset_from_body(
    {
        "fides_key": "people",
        "collections": [
            {
                "name": "people",
                "fields": [
                    {
                        "name": "id",
                        "data_categories": ["system.operations"],
                        "fides_meta": {"primary_key": True},
                    },
                    {
                        "name": "email",
                        "data_categories": ["user.contact.email"],
                        "fides_meta": {"identity": "email"},
                    },
                    {
                        "name": "phone",
                        "data_categories": ["user.contact.phone_number"],
                        "fides_meta": {"identity": "phone_number"},
                    },
                ],
            }
        ],
    }
)
ROWS = [
    (1, " Ann@Example.ORG ", "+44 20 7946-0000"),
    (2, "ann@example.org.uk", "+442079460001"),
    (3, "a_n%@example.org", "(020) 7946 0002"),
    (4, "ÉVE@example.org", None),
    (5, "éve@example.org", None),
    (6, "anxn@example.org", None),
]


@pytest.fixture(params=["sqlite", "postgresql"])
def people_url(request: pytest.FixtureRequest, tmp_path) -> str:  # noqa: ANN001
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'people.sqlite3'}"
    else:
        request.applymarker(pytest.mark.postgres)
        url = request.getfixturevalue("postgres_url")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            sa.text("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT, phone TEXT)")
        )
        for row in ROWS:
            conn.execute(
                sa.text("INSERT INTO people VALUES (:i, :e, :p)"),
                {"i": row[0], "e": row[1], "p": row[2]},
            )
    engine.dispose()
    return url


def _found(url: str, **identities: str) -> list[int]:
    plan = plan_request(
        "access",
        {k: [v] for k, v in identities.items()},
        [DATASET],
        load_policy(ENGINE_FIXTURES / "identity_policy.yaml"),
    )
    with ConnectionSet({"people": SqlConnector("people", url)}) as connections:
        result = run_access(plan, connections)
    return sorted(r["id"] for c in result.collections for r in c.rows)


def test_email_ignores_case_and_surrounding_spaces_only(people_url: str) -> None:
    assert _found(people_url, email="ann@example.org") == [1]
    assert _found(people_url, email="  ANN@EXAMPLE.org") == [1]
    # % and _ are plain characters, never a pattern
    assert _found(people_url, email="a_n%@example.org") == [3]
    assert _found(people_url, email="axn%@example.org") == []
    # letters outside ASCII are compared exactly
    assert _found(people_url, email="ÉVE@example.org") == [4]
    assert _found(people_url, email="Éve@EXAMPLE.org") == [4]


def test_phone_numbers_as_written_or_without_marks(people_url: str) -> None:
    assert _found(people_url, phone_number="+442079460000") == [1]
    assert _found(people_url, phone_number="+44 20 7946-0000") == [1]
    assert _found(people_url, phone_number="020 7946 0002") == [3]
    assert _found(people_url, phone_number="+4420794600") == []


def test_matches_is_the_rule_in_python() -> None:
    assert matches("email", " A@B.org", "a@b.ORG")
    assert not matches("email", "é@b.org", "É@b.org")
    assert matches("phone", "(01) 23-45", "012345")
    assert not matches("exact", "X1", "x1")
    assert not matches("email", None, "a@b.org")


@pytest.mark.parametrize(
    "value",
    [
        "@@",
        "not-an-email",
        "a@b",
        "a@b.org, c@d.org",
        "a@b.org\nBcc: c@d.org",
        "<a@b.org>",
        "a b@c.org",
        "",
        "a@@b.org",
        ".a@b.org",
        "a@-b.org",
    ],
)
def test_bad_identities_refused(value: str) -> None:
    with pytest.raises(IdentityError) as info:
        check_identity("email", value)
    assert "\n" not in str(info.value) and (not value.strip() or value not in str(info.value))
    with pytest.raises(PlanError):
        plan_request(
            "access",
            {"email": [value or " "]},
            [DATASET],
            load_policy(ENGINE_FIXTURES / "identity_policy.yaml"),
        )


def test_a_phone_number_without_digits_is_refused() -> None:
    with pytest.raises(IdentityError, match="no digits"):
        check_identity("phone_number", "call me")
    assert check_identity("phone_number", "+44 (0) 20") == "+44 (0) 20"
