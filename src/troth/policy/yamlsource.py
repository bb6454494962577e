"""Reading YAML while remembering where each value stood, so findings can name a line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

# libyaml's parser when PyYAML was built with it: the same nodes, ten times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlSyntaxError(ValueError):
    """The text is not YAML; ``line`` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class LineMap:
    """Dotted field path (``systems[3].collects[0]``) -> 1-based line of its key or item."""

    lines: dict[str, int] = field(default_factory=dict)
    duplicates: list[tuple[str, int]] = field(default_factory=list)

    def line_of(self, path: str) -> int:
        """The line of ``path``, or of its nearest ancestor that has one (else 1)."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = parent_path(path)
        return self.lines.get("", 1)


def parent_path(path: str) -> str:
    """``a.b[2].c`` -> ``a.b[2]`` -> ``a.b`` -> ``a`` -> ``''``."""
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


def join_path(prefix: str, part: str | int) -> str:
    if isinstance(part, int):
        return f"{prefix}[{part}]"
    return f"{prefix}.{part}" if prefix else str(part)


def _walk(node: yaml.Node, path: str, out: LineMap) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = join_path(path, key)
            line = key_node.start_mark.line + 1
            if key in seen:
                out.duplicates.append((child, line))
            else:
                out.lines[child] = line
            seen.add(key)
            _walk(value_node, child, out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = join_path(path, index)
            out.lines[child] = item.start_mark.line + 1
            _walk(item, child, out)


def syntax_error_at(text: str, exc: yaml.MarkedYAMLError) -> tuple[int, str]:
    """The 1-based line a YAML syntax error is written on, and what is wrong there.

    The parser notices an unclosed quote only where the quoted text it swallowed ends,
    often hundreds of lines further on; the line of that quote is the one to fix."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 1
    problem = " ".join(str(exc.problem or exc.context or "not valid YAML").split())
    opened = _quote_running_on(text, line)
    if opened is not None:
        return (
            opened,
            f"a quoted value opens here and runs on to line {line} (a closing quote missing?)",
        )
    return line, problem


def _quote_running_on(text: str, before: int) -> int | None:
    """The line of the first quoted value that spans lines and starts before line ``before``."""
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.line + 1 >= before:
                return None
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in ('"', "'")
                and token.end_mark.line > token.start_mark.line
            ):
                return token.start_mark.line + 1
    except yaml.YAMLError:
        return None
    return None


def parse_yaml(text: str) -> tuple[Any, LineMap]:
    """Parse one YAML document and map each field path to its line."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
        data = SafeConstructor().construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        line, problem = syntax_error_at(text, exc)
        raise YamlSyntaxError(line, f"not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(1, f"not valid YAML: {' '.join(str(exc).split())}") from None
    lines = LineMap()
    if node is not None:
        lines.lines[""] = node.start_mark.line + 1
        _walk(node, "", lines)
    return data, lines


def path_in(data: Any, loc: Sequence[str | int]) -> str:
    """The dotted path of a pydantic error location, skipping its union/validator tags."""
    path = ""
    current = data
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(part, int) and isinstance(current, list) and 0 <= part < len(current):
            path, current = join_path(path, part), current[part]
        elif isinstance(part, str) and isinstance(current, dict) and part in current:
            path, current = join_path(path, part), current[part]
        elif isinstance(part, str) and last and isinstance(current, dict):
            path, current = join_path(path, part), None  # a missing field: name it
        # anything else is a tag pydantic adds (a union member, a validator): not in the file
    return path
