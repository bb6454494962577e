"""The installation secret and the keys derived from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from troth.config import load_settings
from troth.keys import SecretKeyError, derive_key, load_secret_key, secret_key_for


def test_secret_key_from_environment_or_the_local_demo_file(tmp_path: Path) -> None:
    env = {"TROTH_HOME": str(tmp_path)}
    first = load_secret_key(env)
    assert (tmp_path / "secret.key").stat().st_mode & 0o777 == 0o600
    assert load_secret_key(env) == first  # kept, not regenerated
    assert load_secret_key(env | {"TROTH_SECRET_KEY": "s" * 40}) != first
    with pytest.raises(SecretKeyError, match="TROTH_SECRET_KEY is not set"):
        load_secret_key({"TROTH_HOME": str(tmp_path / "other"), "TROTH_HTTPS": "true"})
    with pytest.raises(SecretKeyError, match="at least 32"):
        load_secret_key({"TROTH_SECRET_KEY": "short"})


def test_each_purpose_gets_its_own_key() -> None:
    master = load_secret_key({"TROTH_SECRET_KEY": "m" * 40})
    keys = {derive_key(master, p) for p in ("web.signing", "request-code", "consent.subject")}
    assert len(keys) == 3 and master not in keys


def test_settings_decide_the_home_and_whether_a_key_is_required(tmp_path: Path) -> None:
    local = load_settings({"TROTH_HOME": str(tmp_path)})
    assert secret_key_for(local) == load_secret_key({"TROTH_HOME": str(tmp_path)})
    served = load_settings({"TROTH_HOME": str(tmp_path / "https"), "TROTH_HTTPS": "true"})
    with pytest.raises(SecretKeyError, match="required when served over HTTPS"):
        secret_key_for(served)
