"""What the policy module reports: one finding per problem, and the error that carries the first."""

from __future__ import annotations

from dataclasses import dataclass

from troth.errors import TrothError


@dataclass(frozen=True, order=True)
class PolicyFinding:
    """One problem in a policy file, located by line and by a dotted field path.

    ``field`` looks like ``systems[3].collects[0].uses[1]`` (indexes count from 0);
    it is empty when the problem concerns the whole file.
    """

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        if not self.field:
            return f"{where}: {self.message}"
        return f"{where}: {self.field}: {self.message}"


class PolicyError(TrothError):
    """A policy cannot be used; the message is its first finding, on one line."""

    def __init__(self, message: str, findings: list[PolicyFinding] | None = None) -> None:
        super().__init__(message)
        self.findings: list[PolicyFinding] = list(findings or [])
