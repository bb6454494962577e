"""The intake check: each reason, spans, redaction, hard negatives, other people, languages."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from troth.demo.datasets import demo_data_map
from troth.guard import GuardError, UnknownSystem, check, check_many
from troth.guard.check import Checker, Finding, _redact, digest_of
from troth.guard.detection import CARD, CHILD, EMAIL, HEALTH, RELIGION, UNION
from troth.guard.engine import Engine, build_engine
from troth.policy import load_policy

POLICY = load_policy()
DEMO = demo_data_map()
ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 6, 1)


def decide(system: str, record: dict, **kw):  # noqa: ANN201 - a GuardDecision
    return check(system, record, datasets=DEMO, policy=POLICY, today=TODAY, **kw)


@pytest.mark.proves("C2", via="troth.guard.check.check")
def test_a_field_the_system_does_not_declare_is_rejected() -> None:
    decision = decide("customer_service", {"body": "printer is offline", "shoe_size": "42"})
    assert decision.outcome == "reject"
    [finding] = decision.findings
    assert (finding.field, finding.rule, finding.clause) == ("shoe_size", "undeclared_field", "C2")
    assert decision.record is None


@pytest.mark.proves("C3", via="troth.guard.check.check")
def test_a_diagnosis_in_a_ticket_is_rejected_with_its_span() -> None:
    body = "Hello, I was diagnosed with cancer in March so the install must wait."
    decision = decide("customer_service", {"body": body})
    assert decision.outcome == "reject"
    spans = {body[f.start : f.end] for f in decision.findings if f.category == HEALTH}
    assert "cancer" in spans
    assert all(f.clause == "C3" and f.rule == "special_category" for f in decision.findings)


@pytest.mark.proves("C3", via="troth.guard.check.check")
def test_what_a_person_reveals_about_someone_else_counts() -> None:
    decision = decide("customer_service", {"body": "My husband goes to the mosque on Fridays."})
    assert decision.outcome == "reject"
    [finding] = [f for f in decision.findings if f.category == RELIGION]
    assert finding.about_other


@pytest.mark.proves("C3", via="troth.guard.check.check")
@pytest.mark.parametrize(
    "body",
    [
        "The network health dashboard shows packet loss on AP-3.",
        "Our blog post about union history got many views.",
        "Please turn off the prayer times widget in the app settings.",
        "The access point health check failed after the firmware update.",
    ],
)
def test_hard_negatives_are_accepted(body: str) -> None:
    assert decide("customer_service", {"body": body}).outcome == "accept"


@pytest.mark.proves("C3", via="troth.guard.check.check")
@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("Ich bin Mitglied der Gewerkschaft ver.di und brauche eine Rechnung.", UNION),
        ("Mi esposa está embarazada y no puede venir a la instalación.", HEALTH),
        ("Mon mari a été hospitalisé hier, je dois annuler la réunion.", HEALTH),
    ],
)
def test_multilingual_revelations_are_rejected(body: str, category: str) -> None:
    decision = decide("customer_service", {"body": body})
    assert decision.outcome == "reject"
    assert category in {f.category for f in decision.findings}


@pytest.mark.proves("K1", via="troth.guard.check.check")
@pytest.mark.parametrize(
    "body",
    [
        "hi im 11 and i love the wave app",
        "I am setting up this account for my son",
        "my daughter is in 5th grade and uses this phone",
        "born 2016-03-02",
        "Ich bin 10 Jahre alt",
    ],
)
def test_signs_of_a_child_are_rejected(body: str) -> None:
    decision = decide("customer_service", {"body": body})
    assert decision.outcome == "reject"
    assert {f.category for f in decision.findings} == {CHILD}
    assert {f.clause for f in decision.findings} == {"K1"}


@pytest.mark.proves("K1", via="troth.guard.check.check")
def test_adults_and_experience_are_not_children() -> None:
    for body in ("I have 10 years of experience with SIP", "born 1980-02-01", "I'm 34"):
        assert decide("customer_service", {"body": body}).outcome == "accept", body


@pytest.mark.proves("U7", via="troth.guard.check.check")
def test_a_card_number_is_rejected_with_its_span() -> None:
    body = "please charge my visa 4111 1111 1111 1111 again"
    decision = decide("customer_service", {"body": body})
    assert decision.outcome == "reject"
    [finding] = decision.findings
    assert finding.category == CARD and finding.clause == "U7"
    assert body[finding.start : finding.end] == "4111 1111 1111 1111"


@pytest.mark.proves("U7", via="troth.guard.check.check")
def test_a_card_number_with_its_expiry_date_is_rejected() -> None:
    body = "my visa is 4111 1111 1111 1111 12/27, code 123"
    [finding] = decide("customer_service", {"body": body}).findings
    assert (finding.rule, body[finding.start : finding.end]) == (
        "card_number",
        "4111 1111 1111 1111",
    )


@pytest.mark.proves("U7", via="troth.guard.check.check")
def test_a_number_failing_luhn_is_not_a_card() -> None:
    assert decide("customer_service", {"body": "order 4111 1111 1111 1112"}).outcome == "accept"


@pytest.mark.proves("C4", via="troth.guard.check.check")
def test_personal_data_in_a_field_declared_to_hold_none_is_redacted() -> None:
    decision = decide("customer_service", {"status": "ask anna@example.org", "body": "hi"})
    assert decision.outcome == "accept_with_redactions"
    [finding] = decision.findings
    assert (finding.field, finding.category, finding.rule) == (
        "status",
        EMAIL,
        "undeclared_personal_data",
    )
    assert (finding.start, finding.end) == (4, 20)
    assert decision.record == {"status": "ask [redacted:user.contact.email]", "body": "hi"}


@pytest.mark.proves("C4", via="troth.guard.check.check")
def test_the_policy_choice_of_action_turns_a_redaction_into_a_rejection() -> None:
    record = {"status": "ask anna@example.org"}
    actions = {"undeclared_personal_data": "reject"}
    assert decide("customer_service", record, actions=actions).outcome == "reject"


def test_redaction_masks_every_span_and_drops_undeclared_fields() -> None:
    record = {"status": "ask anna@example.org or bob@example.org", "body": "hi", "shoe": 42}
    decision = decide("customer_service", record, actions={"undeclared_field": "redact"})
    assert decision.outcome == "accept_with_redactions"
    mark = "[redacted:user.contact.email]"
    assert decision.record == {"status": f"ask {mark} or {mark}", "body": "hi"}
    assert record["status"].startswith("ask anna")  # the record itself is left as it was


def test_nested_records_are_redacted_field_by_field() -> None:
    def finding(path: str, start: int, end: int, rule: str) -> Finding:
        return Finding(path, EMAIL, start, end, rule, "C4", "redact", "", "email")

    record = {"a": {"b": "x a@b.org", "c": ["y a@b.org", 3]}, "d": {"e": "gone"}, "f": "kept"}
    findings = [
        finding("a.b", 2, 9, "undeclared_personal_data"),
        finding("a.c", 2, 9, "undeclared_personal_data"),
        finding("d.e", 0, 4, "undeclared_field"),
    ]
    mark = "[redacted:user.contact.email]"
    assert _redact(record, findings) == {
        "a": {"b": f"x {mark}", "c": [f"y {mark}", 3]},
        "d": {},
        "f": "kept",
    }


def test_digests_are_keyed_blake2b_of_the_content() -> None:
    expected = hashlib.blake2b(b"anna@example.org", key=b"k", digest_size=16).hexdigest()
    assert digest_of("anna@example.org", b"k") == expected
    assert digest_of("anna@example.org", b"k") == expected  # the keyed hasher is reused intact
    assert digest_of("anna@example.org", b"other") != expected
    assert (
        digest_of("anna@example.org")
        == hashlib.blake2b(b"anna@example.org", digest_size=16).hexdigest()
    )


def test_declared_personal_data_is_accepted_as_is() -> None:
    record = {
        "name": "Anna Schmidt",
        "email": "anna@example.org",
        "body": "Call me on +49 30 1234567",
    }
    decision = decide("customer_service", record)
    assert decision.outcome == "accept"
    assert decision.record == record


def test_findings_carry_a_hash_never_the_content() -> None:
    body = "please charge my visa 4111 1111 1111 1111 again"
    [finding] = decide("customer_service", {"body": body}, hash_key=b"k").findings
    assert "4111" not in repr(finding.as_dict())
    assert len(finding.digest) == 32


def test_bad_records_and_unknown_systems_raise_one_line_errors() -> None:
    with pytest.raises(UnknownSystem, match="unknown system 'nope'"):
        decide("nope", {})
    with pytest.raises(GuardError, match="JSON object"):
        check("accounts", ["a"], datasets=DEMO, policy=POLICY)  # type: ignore[arg-type]
    deep: dict = {}
    node = deep
    for _ in range(20):
        node["body"] = {}
        node = node["body"]
    with pytest.raises(GuardError, match="nested deeper"):
        decide("customer_service", deep)


def test_a_batch_gets_the_decisions_each_record_gets_alone() -> None:
    from troth.guard import check_many

    records = [
        {"body": "My wife starts chemo on Monday"},
        {"body": "printer is offline", "shoe_size": "42"},
        {"product": "write to roberta.quill@example.org"},
        {"body": "printer is offline"},
        {"body": "I'm 9 years old", "subject": "card 4111 1111 1111 1111"},
        {"body": "printer is offline"},
        {},
    ]
    batch = check_many("customer_service", records, datasets=DEMO, policy=POLICY, today=TODAY)
    assert batch == [decide("customer_service", r) for r in records]
    assert [d.outcome for d in batch][:3] == ["reject", "reject", "accept_with_redactions"]
    with pytest.raises(GuardError, match="^record 1: the record must be a JSON object"):
        check_many(
            "customer_service",
            [{"body": "ok"}, ["not", "an", "object"]],
            datasets=DEMO,
            policy=POLICY,
        )


@pytest.mark.proves("C3", via="troth.guard.check.check")
def test_a_surname_that_is_also_a_sensitive_word_is_a_name() -> None:
    assert decide("customer_service", {"name": "Katrin Krebs"}).outcome == "accept"
    decision = decide("customer_service", {"body": "Ich habe Krebs und kann nicht kommen."})
    assert decision.outcome == "reject"
    assert HEALTH in {f.category for f in decision.findings}


class WholeEngine(Engine):
    """An engine that runs every recognizer on every field (it is never cut down)."""

    def only(self, categories: object) -> Engine:  # type: ignore[override]
        return self


def test_each_field_looks_only_for_what_breaks_its_rules_and_decides_as_the_whole_engine(
    shared_dir: Path,
) -> None:
    """A field runs the recognizers of the categories it watches (and those that could win an
    overlap against them): the decisions are those of every recognizer on every field."""
    synth = shared_dir / "peers/presidio-research/synth_dataset_v2.json"
    texts = [r["full_text"] for r in json.loads(synth.read_text(encoding="utf-8"))][:600]
    evaluation = ROOT / "benchmarks/data/guard/special_eval.jsonl"
    texts += [json.loads(line)["text"] for line in evaluation.read_text().splitlines()][:300]
    engine = build_engine(13)
    whole = WholeEngine(engine.recognizers)
    fields = [("customer_service", "body"), ("app_analytics", "activity"),
              ("wave_app", "contact_name"), ("marketing", "list_name")]  # fmt: skip
    cut = 0
    for system, name in fields:
        records = [{name: text} for text in texts]
        expected = [decide(system, r, engine=whole) for r in records]
        assert [decide(system, r, engine=engine) for r in records] == expected
        assert (
            check_many(system, records, datasets=DEMO, policy=POLICY, today=TODAY, engine=engine)
            == expected
        )
        assert any(d.outcome != "accept" for d in expected)
        plan_engine = Checker(POLICY, demo_data_map()).plan(system).rules[name].engine_for(engine)
        cut += len(plan_engine.recognizers) < len(engine.recognizers)
    assert cut >= 2  # the ticket body and the address book skip what they declare


def test_a_checker_keeps_its_plans_and_decides_as_check_does() -> None:
    checker = Checker(POLICY, DEMO)
    records = [
        {"body": "My wife starts chemo on Monday"},
        {"body": "printer is offline"},
        {"body": "printer is offline", "shoe_size": "42"},
    ]
    decisions = [checker.check("customer_service", r, today=TODAY) for r in records]
    assert [d.outcome for d in decisions] == ["reject", "accept", "reject"]
    assert decisions == [decide("customer_service", r) for r in records]
    assert checker.check_many("customer_service", records, today=TODAY) == decisions
    assert checker.plan("customer_service") is checker.plan("customer_service")
    assert "body" in checker.plan("customer_service").rules
    # another data map is another checker: one that declares no dataset for the system
    assert Checker(POLICY, []).check("customer_service", records[1]).outcome == "reject"
    with pytest.raises(UnknownSystem):
        checker.plan("no_such_system")
