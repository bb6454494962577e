"""The complete example in docs/policy.md is a sound policy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from troth.policy import check_policy_file, load_policy

DOC = Path(__file__).resolve().parents[2] / "docs" / "policy.md"


def test_the_documented_complete_example_is_sound(tmp_path: Path) -> None:
    if not DOC.is_file():
        pytest.skip("docs/policy.md is absent")
    text = DOC.read_text(encoding="utf-8")
    match = re.search(r"<!-- complete-example -->\n```yaml\n(.*?)```", text, re.S)
    assert match, "the complete example block is missing from docs/policy.md"
    path = tmp_path / "shop.yaml"
    path.write_text(match.group(1), encoding="utf-8")
    assert [str(f) for f in check_policy_file(path)] == []
    policy = load_policy(path)
    assert policy.system("orders").datasets == ["shop_orders"]
    assert policy.settings.child_age == 16
    assert policy.encoded_clause_ids() == {"C1", "C2", "K1", "R1", "S1"}
