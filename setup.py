"""Packaging hook: the intake guard's hot modules compiled with Cython.

A wheel (``pip install .``) carries these modules compiled from the very same Python
source (Cython, no annotation typing: Python's semantics); they run the checks 1.1 to
1.4 times as fast. An editable install (``pip install -e .``) keeps the pure-Python modules,
so that an edit takes effect at once, unless ``TROTH_COMPILE=1`` asks for them built in
place (``make compiled``; rebuild after editing them, or remove them with ``make pure``;
an import warns of one older than its source). ``TROTH_COMPILE=0`` never compiles.
Where Cython or a C compiler is missing the build goes on without them: the same
results, slower.
"""

from __future__ import annotations

import os
import runpy
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# the list lives beside the modules (troth.guard.compiled), read here without importing Troth
COMPILED = runpy.run_path(str(Path(__file__).parent / "src/troth/guard/compiled.py"))["MODULES"]


class CompiledGuard(build_ext):
    """``build_ext`` that compiles the guard's modules when it should and can, and never fails
    the install for want of Cython or a compiler."""

    def run(self) -> None:
        wanted = os.environ.get("TROTH_COMPILE", "")
        if wanted == "0" or (self.inplace and wanted != "1"):
            return
        try:
            from Cython.Build import cythonize
        except ImportError:
            self.warn("Cython is not installed: the guard stays pure Python")
            return
        directives = {"language_level": 3, "binding": True, "annotation_typing": False}
        try:
            translated = cythonize(
                self.extensions,
                build_dir="build/cython",
                compiler_directives=directives,
                nthreads=os.cpu_count() or 1,
                quiet=True,
            )
            c_sources = {ext.name: ext.sources for ext in translated}
            for ext in self.extensions:  # setuptools' own Extension objects, on C sources
                ext.sources = c_sources[ext.name]
            self.parallel = self.parallel or os.cpu_count() or 1
            super().run()
        except Exception as exc:  # noqa: BLE001 - no compiler, no headers: pure Python serves
            self.warn(f"the guard stays pure Python ({type(exc).__name__}: {exc})")

    def get_outputs(self) -> list[str]:
        return [path for path in super().get_outputs() if os.path.exists(path)]


setup(
    ext_modules=[
        Extension(f"troth.guard.{name}", [f"src/troth/guard/{name}.py"]) for name in COMPILED
    ],
    cmdclass={"build_ext": CompiledGuard},
)
