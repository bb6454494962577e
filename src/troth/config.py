"""Settings: environment variables with a ``TROTH_`` prefix over an optional TOML file.

Precedence, highest first: the environment, ``$TROTH_HOME/troth.toml``, the defaults.
Secrets are read from the environment only and never written anywhere.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_HOME = Path(".troth")


class ConfigError(ValueError):
    """The configuration cannot be used; the message says which setting and why."""


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    demo_database_url: str
    policy_path: Path | None
    host: str = "127.0.0.1"
    port: int = 8000
    https: bool = False
    extra: dict[str, object] = field(default_factory=dict)
    public_url: str = ""  # the address people reach the service at; see effective_public_url
    max_body_bytes: int = 262_144  # the largest request body any route takes (but the guard's)
    archive_link_hours: int = 48  # how long a mailed archive link opens the archive
    request_lease_seconds: int = 60  # how long a runner holds a request without renewing it
    request_sweep_seconds: int = 30  # how often the server looks for requests to pick up

    @property
    def secure_cookies(self) -> bool:
        """Cookies carry the Secure flag whenever the service is reached over HTTPS."""
        return self.https

    @property
    def effective_public_url(self) -> str:
        """``TROTH_PUBLIC_URL``, or the served address for the local demo (no trailing /).

        Every link in a mail or message is built from it, never from a request's Host header.
        """
        if self.public_url:
            return self.public_url
        scheme = "https" if self.https else "http"
        return f"{scheme}://{self.host}:{self.port}"

    @property
    def public_host(self) -> str:
        """The host name of the public URL (what a request's Host header must name)."""
        return urlsplit(self.effective_public_url).hostname or ""


def check_public_url(value: str) -> str:
    """``value`` without its trailing slash when it is an http(s) address without user,
    query or fragment; :class:`ConfigError` otherwise."""
    text = value.strip().rstrip("/")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise ConfigError("TROTH_PUBLIC_URL is not a valid address") from None
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.username is not None
        or parts.query
        or parts.fragment
    ):
        raise ConfigError(
            "TROTH_PUBLIC_URL must be an http(s) address like https://privacy.example.com"
        )
    return text


def _read_toml(path: Path) -> dict[str, object]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Read the settings from ``env`` (default: the process environment)."""
    env = dict(os.environ if env is None else env)
    home = Path(env.get("TROTH_HOME", str(DEFAULT_HOME))).expanduser()
    file_values = _read_toml(home / "troth.toml")

    def pick(name: str, default: object) -> object:
        key = f"TROTH_{name.upper()}"
        if key in env:
            return env[key]
        return file_values.get(name, default)

    database_url = str(pick("database_url", f"sqlite:///{home / 'troth.sqlite3'}"))
    demo_url = str(pick("demo_database_url", f"sqlite:///{home / 'demo.sqlite3'}"))
    policy = pick("policy", None)
    port_raw = pick("port", 8000)
    try:
        port = int(port_raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ConfigError(f"TROTH_PORT must be a number, not {port_raw!r}") from None
    https = str(pick("https", "false")).lower() in {"1", "true", "yes", "on"}
    body_raw = pick("max_body_bytes", 262_144)
    try:
        max_body = int(body_raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        max_body = 0
    if not 1_024 <= max_body <= 100_000_000:
        raise ConfigError("TROTH_MAX_BODY_BYTES must be a number of bytes from 1024 to 100000000")
    public_raw = str(pick("public_url", "") or "")
    link_hours = _whole_number(pick("archive_link_hours", 48))
    if not 1 <= link_hours <= 720:
        raise ConfigError("TROTH_ARCHIVE_LINK_HOURS must be a number of hours from 1 to 720")
    lease = _whole_number(pick("request_lease_seconds", 60))
    if not 5 <= lease <= 3_600:
        raise ConfigError("TROTH_REQUEST_LEASE_SECONDS must be a number of seconds from 5 to 3600")
    sweep_raw = str(pick("request_sweep_seconds", 30)).strip()
    sweep = _whole_number(sweep_raw)
    if not (sweep_raw.isascii() and sweep_raw.isdigit()) or not 0 <= sweep <= 3_600:
        raise ConfigError(
            "TROTH_REQUEST_SWEEP_SECONDS must be a number of seconds from 0 (never) to 3600"
        )
    return Settings(
        home=home,
        database_url=database_url,
        demo_database_url=demo_url,
        policy_path=Path(str(policy)) if policy else None,
        host=str(pick("host", "127.0.0.1")),
        port=port,
        https=https,
        extra={k: v for k, v in file_values.items()},
        public_url=check_public_url(public_raw) if public_raw.strip() else "",
        max_body_bytes=max_body,
        archive_link_hours=link_hours,
        request_lease_seconds=lease,
        request_sweep_seconds=sweep,
    )


def _whole_number(value: object) -> int:
    """``value`` as an int, or 0 when it is none (so range checks refuse it)."""
    try:
        return int(str(value).strip())
    except ValueError:
        return 0
