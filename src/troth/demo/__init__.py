"""The demo company: a Grandstream-like operational database and its fideslang datasets."""

from troth.demo.build import DemoBuildResult, build_demo
from troth.demo.datasets import demo_datasets, write_datasets
from troth.demo.loaders import DemoBuildError

__all__ = ["DemoBuildError", "DemoBuildResult", "build_demo", "demo_datasets", "write_datasets"]
