"""The guard's modules that a wheel carries compiled, and which of them run compiled here.

``setup.py`` compiles :data:`MODULES` with Cython from their Python source (a wheel carries
both; the compiled one is imported). In a source checkout they are compiled only on request
(``make compiled``), and a compiled module older than its source is reported at import, so
that an edit is never silently ignored. This module imports nothing of Troth: ``setup.py``
reads it before Troth is installed.
"""

from __future__ import annotations

import importlib
import warnings
from pathlib import Path

# The modules every check and scan runs through; the rest of the guard (CLI, HTTP, the
# scan's walk of the databases, training) gains nothing from compiling.
MODULES = (
    "address", "check", "checksums", "children", "classifier", "detection", "engine",
    "gates", "memo", "names", "recognizers", "sieve", "special", "special_terms",
)  # fmt: skip
_HERE = Path(__file__).resolve().parent
_CHECKOUT = (_HERE.parents[2] / "setup.py").is_file()  # src/troth/guard -> the repository


def compiled_modules() -> list[str]:
    """The modules of :data:`MODULES` that this process runs compiled."""
    out = []
    for name in MODULES:
        module = importlib.import_module(f"troth.guard.{name}")
        if not str(module.__file__ or "").endswith(".py"):
            out.append(name)
    return out


def compiled_files(folder: Path = _HERE) -> list[str]:
    """The modules of :data:`MODULES` that Python would load compiled from ``folder``: an
    extension module beside the source is imported before it. Reads the folder only, so
    that ``troth version`` answers without loading the guard."""
    from importlib.machinery import EXTENSION_SUFFIXES

    return [
        name
        for name in MODULES
        if any((folder / f"{name}{suffix}").is_file() for suffix in EXTENSION_SUFFIXES)
    ]


def stale_modules(folder: Path = _HERE) -> list[str]:
    """Compiled modules in ``folder`` older than their Python source."""
    stale = []
    for built in sorted([*folder.glob("*.so"), *folder.glob("*.pyd")]):
        source = folder / (built.name.split(".", 1)[0] + ".py")
        if source.is_file() and source.stat().st_mtime > built.stat().st_mtime:
            stale.append(source.stem)
    return stale


def warn_if_stale(folder: Path = _HERE, checkout: bool = _CHECKOUT) -> None:
    """Warn, in a source checkout, of compiled modules older than their source."""
    stale = stale_modules(folder) if checkout else []
    if stale:
        warnings.warn(
            f"troth.guard: compiled modules older than their source ({', '.join(stale)}):"
            " run `make compiled` to rebuild them or `make pure` to remove them",
            stacklevel=2,
        )


def build_report() -> list[str]:
    """How the guard runs in this process, a line a fact: Troth's version, its modules
    compiled or not, Hyperscan there or not (``troth version``, the guard's benchmark)."""
    import platform
    from importlib import metadata

    running = compiled_files()
    try:
        hyperscan = metadata.version("hyperscan")
    except metadata.PackageNotFoundError:
        hyperscan = ""
    return [
        f"troth {metadata.version('troth')} on Python {platform.python_version()}",
        f"guard modules compiled: {len(running)} of {len(MODULES)}"
        + ("" if running else " (pure Python; a wheel install compiles them)"),
        f"Hyperscan sieve: {hyperscan}"
        if hyperscan
        else "Hyperscan: not installed (the recognizers' gates alone, the same findings)",
    ]
