"""The vocabulary: fideslang's default taxonomy plus a policy's additions."""

from __future__ import annotations

from pathlib import Path

from fideslang.default_taxonomy import DEFAULT_TAXONOMY
from policy_helpers import line_of

from troth.policy import Policy, Taxonomy, Term, check_policy_file
from troth.policy.checks import check_vocabulary


def test_fideslang_base_is_all_there() -> None:
    taxonomy = Taxonomy()
    for entry in DEFAULT_TAXONOMY.data_category:
        assert taxonomy.category(entry.fides_key).parent == entry.parent_key
    for entry in DEFAULT_TAXONOMY.data_use:
        assert taxonomy.use(entry.fides_key) is not None
    for entry in DEFAULT_TAXONOMY.data_subject:
        assert taxonomy.subject(entry.fides_key) is not None
    assert taxonomy.category("user.contact.email").origin == "fideslang"
    assert taxonomy.category("user.device.mac_address") is None


def test_additions_extend_the_base() -> None:
    mac = Term("user.device.mac_address", "user.device", "MAC", "A MAC address.", "policy")
    taxonomy = Taxonomy({"category": [mac]})
    assert taxonomy.category("user.device.mac_address") == mac
    assert taxonomy.ancestors("category", "user.device.mac_address") == ["user.device", "user"]
    assert "user.device.mac_address" in taxonomy.descendants("category", "user.device")
    assert [t.key for t in taxonomy.additions("category")] == ["user.device.mac_address"]


def test_covers() -> None:
    taxonomy = Taxonomy()
    assert taxonomy.covers(["user.contact"], "user.contact.email")
    assert taxonomy.covers(["user.contact.email"], "user.contact.email")
    assert taxonomy.covers(["user.name", "user.contact"], "user.contact.address.city")
    assert not taxonomy.covers(["user.contact.email"], "user.contact")
    assert not taxonomy.covers(["user.contact"], "user.contactless")
    assert not taxonomy.covers([], "user.name")
    assert taxonomy.use_covers(["essential.service"], "essential.service.payment_processing")
    assert not taxonomy.use_covers(["essential.service.payment_processing"], "essential")


def test_example_policy_adds_to_the_base(example: Policy) -> None:
    assert example.taxonomy.category("user.contact.email").origin == "fideslang"
    assert example.taxonomy.category("user.device.hostname").origin == "policy"
    assert example.taxonomy.subject("network_client").origin == "policy"
    assert example.taxonomy.covers(["user.device"], "user.device.mac_address")


def test_addition_with_unknown_parent_is_rejected(example: Policy) -> None:
    vocabulary = example.vocabulary.model_copy(deep=True)
    vocabulary.data_uses[0].parent = "essential.nothing"
    broken = example.model_copy(update={"vocabulary": vocabulary})
    problems = list(check_vocabulary(broken))
    assert problems == [
        ("vocabulary.data_uses[0].parent", "parent 'essential.nothing' is not a known data use")
    ]


def test_addition_must_sit_below_its_parent(example: Policy) -> None:
    vocabulary = example.vocabulary.model_copy(deep=True)
    vocabulary.data_categories[0].key = "user.mac_address"
    broken = example.model_copy(update={"vocabulary": vocabulary})
    assert list(check_vocabulary(broken)) == [
        (
            "vocabulary.data_categories[0].key",
            "'user.mac_address' must begin with its parent 'user.device.'",
        )
    ]


def test_addition_may_not_redefine_fideslang(tmp_path: Path, example_text: str) -> None:
    old = "    - key: user.device.hostname\n"
    text = example_text.replace(old, "    - key: user.device.ip_address\n")
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    messages = [(f.line, f.field, f.message) for f in check_policy_file(path)]
    assert (
        line_of(text, "- key: user.device.ip_address"),
        "vocabulary.data_categories[1].key",
        "'user.device.ip_address' is already a fideslang data category",
    ) in messages
