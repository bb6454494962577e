"""The packaged example policy: it loads, is sound, and says what the demo company needs."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from troth.cli import app
from troth.policy import Policy, check_policy_file, default_policy_path, load_policy

SYSTEM_KEYS = [
    "accounts",
    "wave_app",
    "ipvideotalk",
    "gwn_cloud",
    "social_login",
    "ip_phone_setup",
    "web_store",
    "customer_service",
    "marketing",
    "web_analytics",
    "app_analytics",
]

REQUIRED_ADDED_CATEGORIES = [
    "user.device.mac_address",
    "user.device.hostname",
    "user.device.trace_file",
    "user.behavior.app_activity",
    "user.content.meeting",
    "user.payment.processor_token",
    "user.authorization.sip_credentials",
    "user.contact.address_book",
]


def test_example_is_packaged_and_sound() -> None:
    path = default_policy_path()
    assert path.is_file() and path.name == "grandstream.yaml"
    assert check_policy_file(path) == []


def test_load_without_a_path_gives_the_example(example: Policy) -> None:
    assert example.organisation.privacy_contact == "privacy@grandstream.com"
    assert example.settings.child_age == 13
    assert example.settings.do_not_track == "not_honoured"
    assert example.settings.global_privacy_control == "opt_out_of_sale_and_sharing"


def test_systems_have_the_agreed_keys_and_datasets(example: Policy) -> None:
    assert [s.key for s in example.systems] == SYSTEM_KEYS
    for key in SYSTEM_KEYS:
        system = example.system(key)
        assert system is not None
        assert system.datasets == [f"demo_{key}"]
    assert example.system("no_such_system") is None


def test_added_vocabulary_is_in_the_taxonomy(example: Policy) -> None:
    for key in REQUIRED_ADDED_CATEGORIES:
        term = example.taxonomy.category(key)
        assert term is not None and term.origin == "policy", key
    use = example.taxonomy.use("essential.service.device_setup")
    assert use is not None and use.parent == "essential.service"


@pytest.mark.proves_policy("C2", "C4")
def test_demo_company_fields_are_declared_by_their_system(example: Policy) -> None:
    expected = {
        "accounts": ["user.name", "user.account.username", "user.contact.email",
                     "user.authorization.password", "user.location.imprecise"],
        "wave_app": ["user.authorization.sip_credentials", "user.contact.address_book"],
        "ipvideotalk": ["user.name", "user.contact.email", "user.content.meeting"],
        "gwn_cloud": ["user.device.mac_address", "user.device.hostname", "user.device.ip_address",
                      "user.device.trace_file", "system.operations"],
        "social_login": ["user.name", "user.demographic.gender", "user.contact.email",
                         "user.demographic.age_range"],
        "ip_phone_setup": ["user.device.ip_address", "user.demographic.language"],
        "web_store": ["user.payment.processor_token", "user.contact.address.street",
                      "user.behavior.purchase_history"],
        "customer_service": ["user.name", "user.contact.phone_number", "user.content.private"],
        "marketing": ["user.contact.address.country", "user.contact.phone_number",
                      "user.privacy_preferences"],
        "web_analytics": ["user.device.ip_address", "user.device.cookie_id",
                          "user.behavior.browsing_history"],
        "app_analytics": ["user.device.device_id", "user.behavior.app_activity"],
    }  # fmt: skip
    for key, categories in expected.items():
        declared = example.system(key).declared_categories()
        for category in categories:
            assert example.taxonomy.covers(declared, category), (key, category)
    # and what a system does not declare is not covered
    assert not example.taxonomy.covers(
        example.system("web_analytics").declared_categories(), "user.contact.email"
    )


@pytest.mark.proves_policy("C6")
def test_phone_ip_serves_only_device_setup(example: Policy) -> None:
    setup = example.system("ip_phone_setup")
    assert setup.uses_of("user.device.ip_address") == {"essential.service.device_setup"}
    # the same category in another system is not bound by the phone's purpose
    assert "analytics.reporting.content_performance" in example.system("web_analytics").uses_of(
        "user.device.ip_address"
    )


@pytest.mark.proves_policy("Sec5", "I1")
def test_every_system_declares_where_its_data_is_stored(example: Policy) -> None:
    for system in example.systems:
        countries = example.countries_of(system.key)
        assert countries, system.key
        assert all(len(c) == 2 and c.isupper() for c in countries)
    assert example.countries_of("gwn_cloud") == ["DE", "US"]


def test_every_collection_has_a_basis_and_a_retention(example: Policy) -> None:
    for system in example.systems:
        for entry in system.collects:
            assert entry.retention.as_timedelta().days >= 0
            assert all(u.basis for u in entry.uses)


def test_current_version_is_the_latest_in_force(example: Policy) -> None:
    assert example.current_version is not None
    assert example.current_version.effective == date(2018, 5, 21)
    later = example.model_copy(
        update={
            "versions": [
                *example.versions,
                example.versions[0].model_copy(
                    update={"version": "next", "effective": date(2999, 1, 1)}
                ),
            ]
        }
    )
    assert later.current_version.version == "2018-05-21"
    assert [v.version for v in later.upcoming_versions()] == ["next"]
    assert later.version_on(date(2999, 1, 2)).version == "next"
    assert later.version_on(date(2000, 1, 1)) is None


def test_json_form_round_trips(example: Policy) -> None:
    dumped = example.model_dump(mode="json")
    text = json.dumps(dumped)
    again = Policy.model_validate(json.loads(text))
    assert again.model_dump(mode="json") == dumped
    assert dumped["systems"][0]["key"] == "accounts"


def test_clause_lookup_and_owners(example: Policy) -> None:
    sec4 = example.clause("Sec4")
    assert sec4 is not None and sec4.organisational and sec4.owner == "organisation"
    c6 = example.clause("C6")
    assert c6.owner == "policy" and c6.organisational is None


def test_cli_check_of_the_example_exits_zero() -> None:
    result = CliRunner().invoke(app, ["policy", "check"])
    assert result.exit_code == 0, result.output
    assert "sound" in result.output


def test_cli_show_lists_systems_and_recipients(tmp_path) -> None:
    result = CliRunner().invoke(app, ["policy", "show", str(default_policy_path())])
    assert result.exit_code == 0, result.output
    for key in SYSTEM_KEYS:
        assert key in result.output
    assert "P30D after account closed" in result.output
    assert "payment_processor" in result.output
    assert "no personal data (denied)" in result.output


def test_cli_show_of_a_broken_file_is_one_line_and_exit_two(tmp_path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("organisation: [\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["policy", "show", str(path)])
    assert result.exit_code == 2
    assert result.output.strip().startswith(f"error: {path}:")
    assert "Traceback" not in result.output
    with pytest.raises(Exception) as info:
        load_policy(path)
    assert str(info.value) in result.output


def test_an_unchanged_file_is_loaded_once_and_a_changed_one_again(tmp_path) -> None:
    path = tmp_path / "p.yaml"
    text = default_policy_path().read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    first = load_policy(path)
    assert load_policy(path) is first
    path.write_text(text.replace("child_age: 13", "child_age: 16"), encoding="utf-8")
    second = load_policy(path)
    assert second is not first and second.settings.child_age == 16
    path.write_text(text.replace("child_age: 13", "child_age: 0"), encoding="utf-8")
    with pytest.raises(Exception, match="settings.child_age"):
        load_policy(path)
