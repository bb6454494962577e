"""The one signed-token format: claims for a purpose, an expiry, the purpose's own HMAC key."""

from __future__ import annotations

import pytest

from troth.keys import TokenError, sign, unsign

MASTER = bytes(range(32))
OTHER = bytes(32)


def test_a_token_gives_back_its_claims_until_it_expires() -> None:
    token = sign("archive-link", {"r": "req1"}, ttl=60, master=MASTER, now=1000)
    assert unsign("archive-link", token, master=MASTER, now=1059) == {"r": "req1"}
    with pytest.raises(TokenError) as expired:
        unsign("archive-link", token, master=MASTER, now=1060)
    assert expired.value.reason == "expired"


def test_a_token_is_refused_for_another_purpose_another_key_or_altered() -> None:
    token = sign("consent-link", {"a": "unsubscribe"}, ttl=60, master=MASTER, now=0)
    payload, signature = token.split(".")
    refused = {
        "another purpose": ("totp-enrol", token, MASTER),
        "another key": ("consent-link", token, OTHER),
        "altered signature": ("consent-link", f"{payload}.{signature[::-1]}", MASTER),
        "altered payload": ("consent-link", f"{payload[:-2]}xx.{signature}", MASTER),
    }
    for name, (purpose, text, master) in refused.items():
        with pytest.raises(TokenError) as refusal:
            unsign(purpose, text, master=master, now=1)
        assert refusal.value.reason == "forged", name
    for text in ("", "no-dot", "a.", ".b", "x" * 3000 + ".y"):
        with pytest.raises(TokenError) as refusal:
            unsign("consent-link", text, master=MASTER, now=1)
        assert refusal.value.reason == "malformed"


def test_without_a_master_the_installation_secret_signs(troth_home) -> None:  # noqa: ANN001
    token = sign("consent-link", {"s": "s_1"}, ttl=60)
    assert unsign("consent-link", token) == {"s": "s_1"}
    with pytest.raises(TokenError):
        unsign("consent-link", token, master=MASTER)
