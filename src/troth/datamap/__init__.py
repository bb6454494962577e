"""Where personal data lives: fideslang datasets, the reference graph, checks, import."""

from troth.datamap.checks import DatamapFinding, check_datamap, has_errors
from troth.datamap.errors import DatamapError
from troth.datamap.graph import (
    CollectionAddress,
    Edge,
    Graph,
    build_graph,
    identity_collections,
    reachable_collections,
)
from troth.datamap.importer import ImportResult, import_datasets, stored_datasets
from troth.datamap.model import Collection, Dataset, Field, Reference, covers, is_personal
from troth.datamap.reader import dataset_from_body, load_files, parse_datasets, read_datasets

__all__ = [
    "Collection",
    "CollectionAddress",
    "DatamapError",
    "DatamapFinding",
    "Dataset",
    "Edge",
    "Field",
    "Graph",
    "ImportResult",
    "Reference",
    "build_graph",
    "check_datamap",
    "covers",
    "dataset_from_body",
    "has_errors",
    "identity_collections",
    "import_datasets",
    "is_personal",
    "load_files",
    "parse_datasets",
    "reachable_collections",
    "read_datasets",
    "stored_datasets",
]
