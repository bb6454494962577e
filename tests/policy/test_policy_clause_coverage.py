"""Every clause of the promise table is encoded by the example policy or named organisational."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from troth.policy import Policy
from troth.policy.clause_ids import expand_clause_ids

ID_TOKEN = re.compile(r"\b[A-Z][a-z]*\d+\b")


def promise_table_ids(mission: str) -> list[str]:
    """The id column of the promise table, ranges expanded."""
    ids: list[str] = []
    for line in mission.splitlines():
        if not line.startswith("|"):
            continue
        cell = line.split("|")[1].strip()
        if cell in {"id", ""} or set(cell) <= {"-", ":"}:
            continue
        ids.extend(expand_clause_ids(cell))
    return ids


def organisational_ids(mission: str) -> list[str]:
    """Ids named in the prose paragraph that calls some clauses organisational."""
    paragraphs = re.split(r"\n\s*\n", mission)
    prose = [p for p in paragraphs if "organisational" in p and not p.lstrip().startswith("|")]
    return [token for p in prose for token in ID_TOKEN.findall(p)]


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[*_]", "", text).lower().split())


def test_expand_clause_ids() -> None:
    assert expand_clause_ids("U1–U4") == ["U1", "U2", "U3", "U4"]
    assert expand_clause_ids("K1–K2") == ["K1", "K2"]
    assert expand_clause_ids("Sec1, Sec3") == ["Sec1", "Sec3"]
    assert expand_clause_ids("C10") == ["C10"]
    with pytest.raises(ValueError):
        expand_clause_ids("U4–U1")
    with pytest.raises(ValueError):
        expand_clause_ids("all of them")


def test_every_mission_clause_is_encoded_or_organisational(
    shared_dir: Path, example: Policy
) -> None:
    mission = (shared_dir / "MISSION.md").read_text(encoding="utf-8")
    table = promise_table_ids(mission)
    prose = organisational_ids(mission)
    assert len(table) >= 35 and {"U4", "K2", "Sec3", "P1"} <= set(table)
    assert {"Sec4", "Sec7"} <= set(prose)

    encoded = example.encoded_clause_ids()
    organisational = {c.id for c in example.clauses if c.organisational}
    uncovered = [cid for cid in table + prose if cid not in encoded | organisational]
    assert uncovered == [], f"clauses neither encoded nor organisational: {uncovered}"
    for cid in prose:
        clause = example.clause(cid)
        assert clause is not None and clause.organisational, cid
    # the third-party-sites paragraph has its own organisational clause too
    assert any(c.organisational and "third party" in c.section.lower() for c in example.clauses)
    # and every table clause is in the policy's own clause table
    assert set(table) <= {c.id for c in example.clauses}


def test_sections_cited_by_the_policy_appear_in_the_statement(
    shared_dir: Path, example: Policy
) -> None:
    statement_path = shared_dir / "privacy-statement.md"
    assert statement_path.is_file()
    statement = normalise(statement_path.read_text(encoding="utf-8"))
    missing = [c.id for c in example.clauses if normalise(c.section) not in statement]
    assert missing == [], f"sections not found in the statement: {missing}"


def test_an_unencoded_clause_would_be_noticed(example: Policy) -> None:
    """The coverage rule can fail: dropping the rules that carry U6 loses it."""
    without = example.model_copy(update={"deidentification": None})
    assert "U6" in example.encoded_clause_ids()
    assert "U6" not in without.encoded_clause_ids()
