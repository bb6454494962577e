"""Settings: environment variables with a ``TROTH_`` prefix over an optional TOML file.

Precedence, highest first: the environment, ``$TROTH_HOME/troth.toml``, the defaults.
Secrets are read from the environment only and never written anywhere. This is the one
module that reads ``TROTH_*`` variables: every other module takes a :class:`Settings`
(README, "Configuration", lists them all in one table).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from troth.errors import TrothError

DEFAULT_HOME = Path(".troth")
TRUE_WORDS = {"1", "true", "yes", "on"}
CONNECTION_PREFIX = "TROTH_CONNECTION_"


class ConfigError(TrothError, ValueError):
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
    secret_key: str = field(default="", repr=False)  # TROTH_SECRET_KEY (environment only)
    request_approval: tuple[str, ...] | None = None  # None: as troth.toml says (or none)
    staff_token: str = field(default="", repr=False)
    staff_token_role: str = ""
    staff_password: str = field(default="", repr=False)  # `troth staff create` without a prompt
    smtp_host: str = ""
    smtp_port: str = ""  # checked by troth.notify.MailSettings (25, or 465 with TLS)
    smtp_tls: str = "none"
    smtp_username: str = ""
    smtp_password: str = field(default="", repr=False)
    mail_from: str = "privacy@localhost"
    sms_sender: str = "outbox"
    demo_key: str = field(default="", repr=False)  # the demo's SIP credential key
    connection_urls: dict[str, str] = field(default_factory=dict, repr=False)  # by variable

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
        port = int(port_raw)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise ConfigError(f"TROTH_PORT must be a number, not {port_raw!r}") from None
    https = str(pick("https", "false")).lower() in TRUE_WORDS
    body_raw = pick("max_body_bytes", 262_144)
    try:
        max_body = int(body_raw)  # type: ignore[call-overload]
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
    settings = Settings(
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
    return _with_environment_only(settings, env)


def _with_environment_only(settings: Settings, env: dict[str, str]) -> Settings:
    """``settings`` with what is read from the environment alone: secrets, mail, tokens,
    the demo key, the connection URLs."""
    approval = env.get("TROTH_REQUEST_APPROVAL")
    return replace(
        settings,
        secret_key=env.get("TROTH_SECRET_KEY", ""),
        request_approval=(
            None if approval is None else tuple(v for v in approval.split(",") if v.strip())
        ),
        staff_token=env.get("TROTH_STAFF_TOKEN", ""),
        staff_token_role=env.get("TROTH_STAFF_TOKEN_ROLE", ""),
        staff_password=env.get("TROTH_STAFF_PASSWORD", ""),
        smtp_host=env.get("TROTH_SMTP_HOST", ""),
        smtp_port=env.get("TROTH_SMTP_PORT", ""),
        smtp_tls=env.get("TROTH_SMTP_TLS", "none"),
        smtp_username=env.get("TROTH_SMTP_USERNAME", ""),
        smtp_password=env.get("TROTH_SMTP_PASSWORD", ""),
        mail_from=env.get("TROTH_MAIL_FROM", "privacy@localhost"),
        sms_sender=env.get("TROTH_SMS_SENDER", "outbox"),
        demo_key=env.get("TROTH_DEMO_KEY", ""),
        connection_urls=connection_variables(env),
    )


# The variables the installation secret follows from (troth.keys.installation_secret).
SECRET_VARIABLES = ("TROTH_HOME", "TROTH_SECRET_KEY", "TROTH_HTTPS")


def secret_settings() -> Settings:
    """The settings of the process environment as far as the installation secret goes (home,
    secret key, HTTPS), read again only when one of :data:`SECRET_VARIABLES` or ``troth.toml``
    changed: cheap enough for every key derivation. Everything else: :func:`load_settings`."""
    snapshot = tuple(os.environ.get(name) for name in SECRET_VARIABLES)
    home = Path(snapshot[0] or str(DEFAULT_HOME)).expanduser()
    try:
        stamp: int | None = (home / "troth.toml").stat().st_mtime_ns
    except OSError:
        stamp = None
    return _settings_of(snapshot, stamp)


@lru_cache(maxsize=16)
def _settings_of(snapshot: tuple[str | None, ...], stamp: int | None) -> Settings:
    pairs = zip(SECRET_VARIABLES, snapshot, strict=True)
    return load_settings({name: value for name, value in pairs if value is not None})


def connection_variables(env: dict[str, str]) -> dict[str, str]:
    """The ``TROTH_CONNECTION_<NAME>_URL`` variables of ``env``."""
    return {k: v for k, v in env.items() if k.startswith(CONNECTION_PREFIX) and k.endswith("_URL")}


def _whole_number(value: object) -> int:
    """``value`` as an int, or 0 when it is none (so range checks refuse it)."""
    try:
        return int(str(value).strip())
    except ValueError:
        return 0
