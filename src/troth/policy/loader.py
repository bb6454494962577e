"""Reading a policy file: bytes -> YAML -> typed :class:`Policy` -> consistency checks.

Every problem becomes a :class:`PolicyFinding` with the file, the line and the
field; :func:`load_policy` raises the first as a :class:`PolicyError`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from troth.policy.checks import check_policy, duplicate_key_findings
from troth.policy.errors import PolicyError, PolicyFinding
from troth.policy.models import LEGAL_BASES, Policy
from troth.policy.yamlsource import LineMap, YamlSyntaxError, parse_yaml, path_in

_MISSING_MESSAGES = {
    "basis": f"the use has no legal basis (basis: one of {', '.join(LEGAL_BASES)})",
    "retention": "missing retention: give an ISO-8601 period such as P2Y, "
    "or {period: P30D, after: account_closed}",
}


def default_policy_path() -> Path:
    """The example policy shipped with the package (Grandstream Networks, 2018)."""
    return Path(__file__).resolve().parent / "examples" / "grandstream.yaml"


def read_policy_text(path: Path) -> str:
    """The file's text; a missing, unreadable, non-UTF-8 or empty file raises PolicyError."""
    file = str(path)
    if not path.exists():
        raise _error(file, 1, "", "no such file")
    if path.is_dir():
        raise _error(file, 1, "", "is a directory, not a policy file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _error(file, 1, "", f"cannot be read ({exc.strerror or 'I/O error'})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise _error(file, line, "", f"not UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise _error(file, 1, "", "the file is empty")
    return text


def _error(file: str, line: int, field: str, message: str) -> PolicyError:
    finding = PolicyFinding(file, line, field, message)
    return PolicyError(str(finding), [finding])


def schema_findings(
    error: ValidationError, data: Any, lines: LineMap, file: str
) -> list[PolicyFinding]:
    """Pydantic's errors as findings on the lines of the YAML they concern."""
    findings = []
    for detail in error.errors(include_url=False):
        path = path_in(data, detail["loc"])
        field_name = path.rsplit(".", 1)[-1]
        if detail["type"] == "missing":
            message = _MISSING_MESSAGES.get(field_name, "missing required field")
        elif detail["type"] == "extra_forbidden":
            message = "unknown field"
        else:
            message = detail["msg"]
            message = message[:1].lower() + message[1:]
            if message.startswith("value error, "):
                message = message[len("value error, ") :]
        findings.append(PolicyFinding(file, lines.line_of(path), path, " ".join(message.split())))
    return findings


def check_policy_text(text: str, file: str) -> tuple[Policy | None, list[PolicyFinding]]:
    """Parse, validate and check policy text; the policy is None when its shape is wrong."""
    try:
        data, lines = parse_yaml(text)
    except YamlSyntaxError as exc:
        return None, [PolicyFinding(file, exc.line, "", exc.message)]
    duplicates = duplicate_key_findings(lines, file)
    if not isinstance(data, dict):
        return None, duplicates + [
            PolicyFinding(file, lines.line_of(""), "", "a policy must be a YAML mapping")
        ]
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        found = duplicates + schema_findings(exc, data, lines, file)
        return None, sorted(found, key=lambda f: (f.line, f.field))
    found = duplicates + check_policy(policy, lines, file)
    return policy, sorted(found, key=lambda f: (f.line, f.field))


def check_policy_file(path: Path) -> list[PolicyFinding]:
    """Every problem of the policy at ``path``; an empty list means it is sound."""
    try:
        text = read_policy_text(path)
    except PolicyError as exc:
        return exc.findings
    return check_policy_text(text, str(path))[1]


_LOADED: dict[tuple[str, str], Policy] = {}


def load_policy(path: Path | None = None) -> Policy:
    """Load and check a policy (default: the example); raise PolicyError on its first finding.

    Loading the same text from the same path again gives back the same Policy
    object without parsing it again, so callers must treat it as read-only.
    """
    path = Path(path) if path is not None else default_policy_path()
    text = read_policy_text(path)
    key = (str(path), hashlib.sha256(text.encode("utf-8")).hexdigest())
    if key in _LOADED:
        return _LOADED[key]
    policy, findings = check_policy_text(text, str(path))
    if findings or policy is None:
        raise PolicyError(str(findings[0]), findings)
    if len(_LOADED) > 32:
        _LOADED.clear()
    _LOADED[key] = policy
    return policy
