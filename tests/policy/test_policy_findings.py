"""Broken copies of the example: each mistake gives exactly one finding on the right line."""

from __future__ import annotations

from pathlib import Path

import pytest
from policy_helpers import line_of
from typer.testing import CliRunner

from troth.cli import app
from troth.policy import Policy, PolicyError, PolicyFinding, check_policy_file, load_policy

GOOGLE_ANALYTICS = (
    "    kind: analytics\n    receives: []\n    purposes: [analytics.reporting]\n"
    "    clauses: [C9]\n  - key: hubspot"
)


def _system(example: Policy, key: str) -> int:
    return [s.key for s in example.systems].index(key)


def _recipient(example: Policy, key: str) -> int:
    return [r.key for r in example.recipients].index(key)


def only_finding(path: Path) -> PolicyFinding:
    findings = check_policy_file(path)
    assert len(findings) == 1, [str(f) for f in findings]
    return findings[0]


def assert_reported(path: Path, line: int, field: str, message: str) -> None:
    """Exactly one finding, with that line, field and message start; the CLI exits 2 with it."""
    finding = only_finding(path)
    assert (finding.file, finding.line, finding.field) == (str(path), line, field), str(finding)
    assert finding.message.startswith(message), finding.message
    assert str(finding) == f"{path}:{line}: {field}: {finding.message}"
    assert "\n" not in str(finding)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(info.value) == str(finding)
    result = CliRunner().invoke(app, ["policy", "check", str(path)])
    assert result.exit_code == 2
    assert str(finding) in result.output
    assert "1 problem in" in result.output
    assert "Traceback" not in result.output


def test_malformed_yaml_names_its_line(broken_copy) -> None:
    path, text = broken_copy("  child_age: 13\n", "  child_age: [13\n")
    finding = only_finding(path)
    assert finding.message.startswith("not valid YAML")
    assert finding.field == ""
    # the parser notices the unclosed bracket at or just after the line that opened it
    assert line_of(text, "child_age: [13") <= finding.line <= line_of(text, "child_age: [13") + 2
    assert str(finding) == f"{path}:{finding.line}: {finding.message}"
    result = CliRunner().invoke(app, ["policy", "check", str(path)])
    assert result.exit_code == 2 and str(finding) in result.output


def test_unknown_field(broken_copy, example) -> None:
    path, text = broken_copy(
        "    kind: participants\n", "    kind: participants\n    colour: red\n"
    )
    index = _recipient(example, "call_participants")
    assert_reported(
        path, line_of(text, "colour: red"), f"recipients[{index}].colour", "unknown field"
    )


def test_invalid_legal_basis(broken_copy, example) -> None:
    old = "{use: essential.service.device_setup, basis: contract, clauses: [C6]}"
    path, text = broken_copy(old, old.replace("contract", "contrakt"))
    index = _system(example, "ip_phone_setup")
    assert_reported(
        path,
        line_of(text, "contrakt"),
        f"systems[{index}].collects[1].uses[0].basis",
        "input should be 'consent', 'contract'",
    )


@pytest.mark.proves_policy("U1")
def test_use_without_legal_basis(broken_copy, example) -> None:
    old = "{use: essential.service.device_setup, basis: legitimate_interests, clauses: [C6]}"
    path, text = broken_copy(old, "{use: essential.service.device_setup, clauses: [C6]}")
    index = _system(example, "ip_phone_setup")
    assert_reported(
        path,
        line_of(text, "{use: essential.service.device_setup, clauses: [C6]}"),
        f"systems[{index}].collects[0].uses[0].basis",
        "the use has no legal basis",
    )


@pytest.mark.proves_policy("Sec2")
def test_missing_retention(broken_copy, example) -> None:
    path, text = broken_copy("        retention: P90D\n", "")
    index = _system(example, "gwn_cloud")
    assert_reported(
        path,
        line_of(text, "categories: [user.device.trace_file]"),
        f"systems[{index}].collects[3].retention",
        "missing retention",
    )


def test_retention_must_be_a_duration(broken_copy, example) -> None:
    path, text = broken_copy("        retention: P90D\n", "        retention: 90 days\n")
    index = _system(example, "gwn_cloud")
    assert_reported(
        path,
        line_of(text, "retention: 90 days"),
        f"systems[{index}].collects[3].retention",
        "must be an ISO-8601 duration",
    )


@pytest.mark.proves_policy("C2")
def test_unknown_category(broken_copy, example) -> None:
    old = "categories: [user.device.trace_file]"
    path, text = broken_copy(old, "categories: [user.device.trace_fle]")
    index = _system(example, "gwn_cloud")
    assert_reported(
        path,
        line_of(text, "user.device.trace_fle"),
        f"systems[{index}].collects[3].categories[0]",
        "unknown data category 'user.device.trace_fle'",
    )


def test_unknown_use(broken_copy, example) -> None:
    old = "{use: essential.service.operations.support, basis: consent, clauses: [U1]}"
    path, text = broken_copy(old, old.replace(".support", ".suport"))
    index = _system(example, "gwn_cloud")
    assert_reported(
        path,
        line_of(text, "operations.suport"),
        f"systems[{index}].collects[3].uses[0].use",
        "unknown data use 'essential.service.operations.suport'",
    )


def test_unknown_subject(broken_copy, example) -> None:
    path, text = broken_copy(
        "data_subjects: [visitor, customer]", "data_subjects: [visiter, customer]"
    )
    index = _system(example, "web_analytics")
    assert_reported(
        path,
        line_of(text, "visiter"),
        f"systems[{index}].data_subjects[0]",
        "unknown data subject 'visiter'",
    )


def test_unknown_recipient(broken_copy, example) -> None:
    path, text = broken_copy("recipients: [google_analytics]\n", "recipients: [google_analytic]\n")
    index = _system(example, "app_analytics")
    assert_reported(
        path,
        line_of(text, "[google_analytic]"),
        f"systems[{index}].recipients[0]",
        "unknown recipient 'google_analytic'",
    )


def test_unknown_clause_id(broken_copy, example) -> None:
    path, text = broken_copy("    clauses: [S1]\n", "    clauses: [S9]\n")
    index = _recipient(example, "call_participants")
    assert_reported(
        path,
        line_of(text, "clauses: [S9]"),
        f"recipients[{index}].clauses[0]",
        "unknown clause id 'S9'",
    )


def test_organisational_clause_cannot_be_carried_by_a_rule(broken_copy, example) -> None:
    path, text = broken_copy("    clauses: [S1]\n", "    clauses: [S1, Sec4]\n")
    index = _recipient(example, "call_participants")
    assert_reported(
        path,
        line_of(text, "clauses: [S1, Sec4]"),
        f"recipients[{index}].clauses[1]",
        "clause 'Sec4' is organisational",
    )


@pytest.mark.proves_policy("C3")
def test_collecting_a_special_category_is_refused(broken_copy, example) -> None:
    old = (
        "categories: [user.name, user.contact, user.account.username, user.content.private, "
        "user.unique_id]"
    )
    path, text = broken_copy(old, old[:-1] + ", user.health_and_medical.record_id]")
    index = _system(example, "customer_service")
    assert_reported(
        path,
        line_of(text, "record_id"),
        f"systems[{index}].collects[0].categories[5]",
        "collects prohibited category 'user.health_and_medical.record_id' (C3)",
    )


@pytest.mark.proves_policy("C3")
def test_declaring_a_parent_of_a_special_category_is_refused(broken_copy, example) -> None:
    old = (
        "categories: [user.name, user.contact, user.account.username, user.content.private, "
        "user.unique_id]"
    )
    path, text = broken_copy(old, old[:-1] + ", user.demographic]")
    index = _system(example, "customer_service")
    assert_reported(
        path,
        line_of(text, "user.unique_id, user.demographic]"),
        f"systems[{index}].collects[0].categories[5]",
        "'user.demographic' would cover prohibited category",
    )


@pytest.mark.proves_policy("K1")
def test_collecting_childrens_data_is_refused(broken_copy, example) -> None:
    old = "categories: [user.behavior.purchase_history]"
    path, text = broken_copy(old, "categories: [user.behavior.purchase_history, user.childrens]")
    index = _system(example, "web_store")
    assert_reported(
        path,
        line_of(text, "purchase_history, user.childrens]"),
        f"systems[{index}].collects[2].categories[1]",
        "collects prohibited category 'user.childrens' (K1)",
    )


@pytest.mark.proves_policy("U7")
def test_card_numbers_outside_the_processor_are_refused(broken_copy, example) -> None:
    old = "categories: [user.payment.processor_token]"
    path, text = broken_copy(
        old, "categories: [user.payment.processor_token, user.financial.credit_card]"
    )
    index = _system(example, "web_store")
    assert_reported(
        path,
        line_of(text, "processor_token, user.financial.credit_card"),
        f"systems[{index}].collects[1].categories[1]",
        "collects prohibited category 'user.financial.credit_card' (U7)",
    )


@pytest.mark.proves_policy("U7")
def test_a_vendor_may_not_receive_card_numbers(broken_copy, example) -> None:
    old = (
        "receives: [user.name, user.contact, user.account.username, user.content.private,"
        " user.device, system.operations]"
    )
    path, text = broken_copy(old, old[:-1] + ", user.financial.credit_card]")
    index = _recipient(example, "service_vendors")
    assert_reported(
        path,
        line_of(text, "system.operations, user.financial.credit_card"),
        f"recipients[{index}].receives[6]",
        "'service_vendors' may not receive prohibited 'user.financial.credit_card' (U7)",
    )


@pytest.mark.proves_policy("U7")
def test_the_payment_processor_may_not_keep_card_data(broken_copy, example) -> None:
    path, text = broken_copy("    may_retain: false\n", "    may_retain: true\n")
    index = _recipient(example, "payment_processor")
    assert_reported(
        path,
        line_of(text, "may_retain: true"),
        f"recipients[{index}].may_retain",
        "'payment_processor' receives 'user.financial.credit_card' only if it does not keep it",
    )


@pytest.mark.proves_policy("C9")
def test_analytics_providers_receive_no_personal_data(broken_copy, example) -> None:
    old = GOOGLE_ANALYTICS
    path, text = broken_copy(old, old.replace("receives: []", "receives: [user.device.ip_address]"))
    index = _recipient(example, "google_analytics")
    assert_reported(
        path,
        line_of(text, "receives: [user.device.ip_address]"),
        f"recipients[{index}].receives[0]",
        "'google_analytics' may receive no personal data, not 'user.device.ip_address'",
    )


@pytest.mark.proves_policy("C9")
def test_analytics_providers_may_receive_non_personal_data(broken_copy, example) -> None:
    old = GOOGLE_ANALYTICS
    path, _ = broken_copy(old, old.replace("receives: []", "receives: [system.operations]"))
    assert check_policy_file(path) == []


@pytest.mark.proves_policy("U5")
def test_ad_networks_receive_nothing(broken_copy, example) -> None:
    old = "    kind: ad_network\n    receives: []\n"
    path, text = broken_copy(old, "    kind: ad_network\n    receives: [user.contact.email]\n")
    index = _recipient(example, "ad_networks")
    assert_reported(
        path,
        line_of(text, "receives: [user.contact.email]"),
        f"recipients[{index}].receives[0]",
        "'ad_networks' may receive no personal data",
    )


@pytest.mark.proves_policy("U5")
def test_no_use_for_third_party_advertising(broken_copy, example) -> None:
    old = "{use: marketing.communications.email, basis: consent, clauses: [U5]}"
    new = "{use: marketing.advertising.third_party.targeted, basis: consent, clauses: [U5]}"
    path, text = broken_copy(old, new)
    index = _system(example, "marketing")
    assert_reported(
        path,
        line_of(text, "third_party.targeted"),
        f"systems[{index}].collects[0].uses[0].use",
        "use 'marketing.advertising.third_party.targeted' is prohibited",
    )


@pytest.mark.proves_policy("C6")
def test_phone_ip_used_for_anything_but_setup_is_refused(broken_copy, example) -> None:
    old = (
        "          - {use: essential.service.device_setup, basis: legitimate_interests,"
        " clauses: [C6]}\n"
    )
    extra = "          - {use: analytics.reporting, basis: legitimate_interests}\n"
    path, text = broken_copy(old, old + extra)
    index = _system(example, "ip_phone_setup")
    assert_reported(
        path,
        line_of(text, "{use: analytics.reporting, basis: legitimate_interests}"),
        f"systems[{index}].collects[0].uses[1].use",
        "'user.device.ip_address' is bound to 'essential.service.device_setup' and may not serve"
        " 'analytics.reporting'",
    )


@pytest.mark.proves_policy("C6")
def test_phone_ip_in_another_entry_of_the_system_is_bound_too(broken_copy, example) -> None:
    old = (
        "categories: [user.demographic.language, user.location.imprecise, user.unique_id]\n"
        "        uses:\n"
        "          - {use: essential.service.device_setup, basis: contract, clauses: [C6]}\n"
    )
    new = old.replace("user.unique_id]", "user.unique_id, user.device]") + (
        "          - {use: functional.service.improve, basis: contract}\n"
    )
    path, text = broken_copy(old, new)
    index = _system(example, "ip_phone_setup")
    assert_reported(
        path,
        line_of(text, "{use: functional.service.improve, basis: contract}"),
        f"systems[{index}].collects[1].uses[1].use",
        "'user.device.ip_address' is bound to 'essential.service.device_setup'",
    )


@pytest.mark.proves_policy("C5")
def test_permission_gated_collection_rests_on_consent(broken_copy, example) -> None:
    old = "{use: essential.service.operations.support, basis: consent, clauses: [U1]}"
    path, text = broken_copy(old, old.replace("consent", "vital_interests"))
    index = _system(example, "gwn_cloud")
    assert_reported(
        path,
        line_of(text, "basis: vital_interests"),
        f"systems[{index}].collects[3].uses[0].basis",
        "collection behind permission 'trace_files' must rest on consent, not vital_interests",
    )


@pytest.mark.proves_policy("Sec5")
def test_storage_in_an_unapproved_location_is_refused(broken_copy, example) -> None:
    path, text = broken_copy("storage: [aws_us, aws_eu]", "storage: [aws_us, dropbox]")
    index = _system(example, "gwn_cloud")
    assert_reported(
        path,
        line_of(text, "storage: [aws_us, dropbox]"),
        f"systems[{index}].storage[1]",
        "unknown storage location 'dropbox'",
    )


@pytest.mark.proves_policy("Sec5", "I1")
def test_a_system_must_declare_a_storage_location(broken_copy, example) -> None:
    path, text = broken_copy("storage: [aws_us, aws_eu]", "storage: []")
    index = _system(example, "gwn_cloud")
    assert_reported(
        path,
        line_of(text, "storage: []"),
        f"systems[{index}].storage",
        "list should have at least 1 item",
    )


def test_unknown_vocabulary_parent(broken_copy) -> None:
    old = "      parent: user.device\n      name: MAC address\n"
    path, text = broken_copy(old, old.replace("user.device", "user.gadget"))
    assert_reported(
        path,
        line_of(text, "parent: user.gadget"),
        "vocabulary.data_categories[0].parent",
        "parent 'user.gadget' is not a known data category",
    )


def test_duplicate_yaml_key(broken_copy) -> None:
    path, text = broken_copy("  child_age: 13\n", "  child_age: 13\n  child_age: 12\n")
    assert_reported(
        path,
        line_of(text, "child_age: 12"),
        "settings.child_age",
        "key appears twice",
    )


def test_tracking_must_name_declared_categories(broken_copy, example) -> None:
    old = (
        "    categories: [user.device.device_id, user.behavior.app_activity]\n"
        "    uses: [functional.service.improve]\n"
    )
    path, text = broken_copy(old, old.replace("app_activity]", "app_activity, user.contact.email]"))
    index = [t.key for t in example.tracking].index("app_sdk")
    assert_reported(
        path,
        line_of(text, "app_activity, user.contact.email]"),
        f"tracking[{index}].categories[2]",
        "'user.contact.email' is not declared by system 'app_analytics'",
    )


def test_several_mistakes_are_all_reported_in_line_order(
    broken_copy, example_text, tmp_path
) -> None:
    text = example_text.replace("    clauses: [S1]\n", "    clauses: [S9]\n").replace(
        "storage: [aws_us, aws_eu]", "storage: [aws_us, dropbox]"
    )
    path = tmp_path / "two.yaml"
    path.write_text(text, encoding="utf-8")
    findings = check_policy_file(path)
    assert [f.line for f in findings] == sorted(
        [line_of(text, "clauses: [S9]"), line_of(text, "[aws_us, dropbox]")]
    )
    result = CliRunner().invoke(app, ["policy", "check", str(path)])
    assert result.exit_code == 2 and "2 problems in" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("dir", "is a directory"),
        (b"format: 1\norganisation: \xff\xfe\n", "not UTF-8 text"),
        (b"   \n\n", "the file is empty"),
        (b"- just\n- a list\n", "a policy must be a YAML mapping"),
    ],
    ids=["missing", "directory", "not-utf8", "empty", "not-a-mapping"],
)
def test_unusable_files(tmp_path: Path, content: object, message: str) -> None:
    path = tmp_path / "policy.yaml"
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    findings = check_policy_file(path)
    assert len(findings) == 1 and findings[0].message.startswith(message)
    expected_line = 2 if message == "not UTF-8 text" else 1
    assert findings[0].line == expected_line
    with pytest.raises(PolicyError, match="^" + str(path)):
        load_policy(path)
    result = CliRunner().invoke(app, ["policy", "check", str(path)])
    assert result.exit_code == 2
    assert str(findings[0]) in result.output
    assert "Traceback" not in result.output
