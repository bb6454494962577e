from pathlib import Path

import pytest

from troth.config import ConfigError, load_settings


def test_defaults_live_in_troth_home(tmp_path: Path) -> None:
    s = load_settings({"TROTH_HOME": str(tmp_path)})
    assert s.database_url == f"sqlite:///{tmp_path / 'troth.sqlite3'}"
    assert s.demo_database_url == f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert (s.host, s.port, s.https, s.secure_cookies) == ("127.0.0.1", 8000, False, False)


def test_environment_beats_toml_file(tmp_path: Path) -> None:
    (tmp_path / "troth.toml").write_text('port = 9001\ndatabase_url = "sqlite:///from-file.db"\n')
    s = load_settings({"TROTH_HOME": str(tmp_path), "TROTH_PORT": "9002"})
    assert s.port == 9002
    assert s.database_url == "sqlite:///from-file.db"


def test_https_turns_on_secure_cookies(tmp_path: Path) -> None:
    s = load_settings({"TROTH_HOME": str(tmp_path), "TROTH_HTTPS": "true"})
    assert s.https and s.secure_cookies


def test_bad_port_is_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="TROTH_PORT must be a number, not 'eighty'"):
        load_settings({"TROTH_HOME": str(tmp_path), "TROTH_PORT": "eighty"})


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "troth.toml").write_text("port = = 1\n")
    with pytest.raises(ConfigError, match="troth.toml: not valid TOML"):
        load_settings({"TROTH_HOME": str(tmp_path)})
