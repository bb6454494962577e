"""The policy's ``guard:`` section: checked like the rest, used by check() and over HTTP."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from troth.demo.datasets import demo_data_map
from troth.guard import RULES, check
from troth.policy import load_policy
from troth.policy.errors import PolicyError
from troth.policy.loader import check_policy_file, default_policy_path
from troth.policy.models import GUARD_RULES
from troth.testing.live import LiveServer

DEMO = demo_data_map()

RECORD = {"product": "please write to roberta.quill@example.org"}
STRICT = """
guard:
  rules:
    - rule: undeclared_personal_data
      action: reject
      clauses: [C2]
"""


def policy_with(tmp_path: Path, guard_section: str) -> Path:
    text = default_policy_path().read_text(encoding="utf-8")
    text = text[: text.index("\nguard:")] + "\n" + guard_section
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_policy_format_names_the_rules_the_guard_has() -> None:
    assert set(GUARD_RULES) == set(RULES)
    example = load_policy()
    assert example.guard is not None
    assert {r.rule: r.action for r in example.guard.rules} == {
        rule: action for rule, (_, action) in RULES.items()
    }


@pytest.mark.parametrize(
    ("section", "field", "message", "line_holds"),
    [
        (
            "guard:\n  rules:\n    - rule: reject_everything\n      action: reject\n",
            "guard.rules[0].rule",
            "unknown guard rule 'reject_everything'",
            "rule: reject_everything",
        ),
        (
            "guard:\n  rules:\n    - rule: child\n      action: reject\n"
            "    - rule: card_number\n      action: shred\n",
            "guard.rules[1].action",
            "unknown guard action 'shred' (reject or redact)",
            "action: shred",
        ),
        (
            "guard:\n  rules:\n    - rule: child\n      action: reject\n"
            "    - rule: child\n      action: redact\n",
            "guard.rules[1]",
            "guard rule 'child' is declared twice",
            "- rule: child",
        ),
        (
            "guard:\n  rules:\n    - rule: child\n      action: reject\n      clauses: [Q9]\n",
            "guard.rules[0].clauses[0]",
            "unknown clause id 'Q9'",
            "clauses: [Q9]",
        ),
        (
            "guard:\n  rules:\n    - rule: child\n      action: reject\n      when: always\n",
            "guard.rules[0].when",
            "unknown field",
            "when: always",
        ),
    ],
)
def test_a_bad_guard_section_is_one_finding_with_file_line_and_field(
    tmp_path: Path, section: str, field: str, message: str, line_holds: str
) -> None:
    path = policy_with(tmp_path, section)
    [finding] = check_policy_file(path)
    assert finding.field == field
    assert message in finding.message
    lines = path.read_text(encoding="utf-8").splitlines()
    assert line_holds in lines[finding.line - 1]
    with pytest.raises(PolicyError) as raised:
        load_policy(path)
    assert str(raised.value).startswith(f"{path}:{finding.line}:")
    assert "\n" not in str(raised.value)


@pytest.mark.proves("C4", via="troth.guard.check.check")
def test_check_takes_each_rules_action_and_clause_from_the_policy(tmp_path: Path) -> None:
    default = check("customer_service", RECORD, datasets=DEMO, policy=load_policy())
    assert default.outcome == "accept_with_redactions"
    assert "[redacted:user.contact.email]" in default.record["product"]
    strict = load_policy(policy_with(tmp_path, STRICT))
    decision = check("customer_service", RECORD, datasets=DEMO, policy=strict)
    assert decision.outcome == "reject"
    [finding] = decision.findings
    assert (finding.rule, finding.action, finding.clause) == (
        "undeclared_personal_data", "reject", "C2",
    )  # fmt: skip
    # a call may still choose for itself
    relaxed = check("customer_service", RECORD, datasets=DEMO, policy=strict,
                    actions={"undeclared_personal_data": "redact"})  # fmt: skip
    assert relaxed.outcome == "accept_with_redactions"


@pytest.fixture
def strict_policy(troth_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = policy_with(troth_home, STRICT)
    monkeypatch.setenv("TROTH_POLICY", str(path))
    return path


@pytest.mark.proves("C4", via="troth.guard.check.check")
def test_the_http_endpoint_uses_the_policys_actions(
    strict_policy: Path, live_server: LiveServer
) -> None:
    response = httpx.post(f"{live_server.url}/api/v1/collect/customer_service", json=RECORD)
    assert response.status_code == 200
    answer = response.json()
    assert answer["outcome"] == "reject" and answer["record"] is None
    assert [(f["rule"], f["action"], f["clause"]) for f in answer["findings"]] == [
        ("undeclared_personal_data", "reject", "C2")
    ]
