"""The reference graph of the data map (pure).

Nodes are collections, addressed as (dataset, collection). Each reference of a field gives
an edge along which values flow: ``to`` from the field to the referenced one, ``from`` from
the referenced field to this one, and a reference without direction both ways. A collection
is reachable when it holds an identity of the data subject or can be reached along edges from
one that does. References to something absent make no edge (the checks report them).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from troth.datamap.model import Dataset, Field, Reference


class CollectionAddress(NamedTuple):
    dataset: str
    collection: str

    def __str__(self) -> str:
        return f"{self.dataset}.{self.collection}"


@dataclass(frozen=True)
class Edge:
    """Values of ``source_field`` in ``source`` lead to ``target_field`` in ``target``."""

    source: CollectionAddress
    source_field: tuple[str, ...]
    target: CollectionAddress
    target_field: tuple[str, ...]

    def __str__(self) -> str:
        left = ".".join((str(self.source), *self.source_field))
        right = ".".join((str(self.target), *self.target_field))
        return f"{left} -> {right}"


@dataclass(frozen=True)
class FieldReference:
    """A reference together with the field that wrote it."""

    owner: CollectionAddress
    field: Field
    reference: Reference


def field_references(datasets: Iterable[Dataset]) -> Iterator[FieldReference]:
    """Every reference written in the datasets, with the collection and field holding it."""
    for dataset in datasets:
        for collection in dataset.collections:
            owner = CollectionAddress(dataset.fides_key, collection.name)
            for field in collection.walk():
                for reference in field.references:
                    yield FieldReference(owner, field, reference)


def resolves(datasets_by_key: dict[str, Dataset], reference: Reference) -> bool:
    """True when the referenced dataset, collection and field all exist."""
    dataset = datasets_by_key.get(reference.dataset)
    collection = dataset.collection(reference.collection) if dataset else None
    return collection is not None and collection.field_at(reference.field_path) is not None


class Graph:
    """Collections and the directed edges between them."""

    def __init__(
        self,
        nodes: Iterable[CollectionAddress],
        edges: Iterable[Edge],
        identities: Iterable[CollectionAddress],
    ) -> None:
        self.nodes: frozenset[CollectionAddress] = frozenset(nodes)
        self.edges: tuple[Edge, ...] = tuple(edges)
        self.identity_nodes: frozenset[CollectionAddress] = frozenset(identities)
        self._out: dict[CollectionAddress, list[Edge]] = {node: [] for node in self.nodes}
        self._in: dict[CollectionAddress, list[Edge]] = {node: [] for node in self.nodes}
        for edge in self.edges:
            self._out[edge.source].append(edge)
            self._in[edge.target].append(edge)

    def edges_into(self, node: CollectionAddress) -> tuple[Edge, ...]:
        return tuple(self._in.get(node, ()))

    def neighbours(self, node: CollectionAddress) -> set[CollectionAddress]:
        """The collections whose values this collection's values lead to."""
        return {edge.target for edge in self._out.get(node, ())}

    def reachable_from(self, starts: Iterable[CollectionAddress]) -> set[CollectionAddress]:
        """``starts`` and everything reachable from them along edges (breadth first)."""
        seen = {node for node in starts if node in self.nodes}
        queue = deque(seen)
        while queue:
            for nxt in self.neighbours(queue.popleft()):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return seen

    def reachable(self) -> set[CollectionAddress]:
        """Every collection an identity of the data subject can reach."""
        return self.reachable_from(self.identity_nodes)


def build_graph(datasets: Iterable[Dataset]) -> Graph:
    """The reference graph of the datasets."""
    datasets = list(datasets)
    by_key = {d.fides_key: d for d in datasets}
    nodes = [CollectionAddress(d.fides_key, c.name) for d in datasets for c in d.collections]
    identities = [
        CollectionAddress(d.fides_key, c.name)
        for d in datasets
        for c in d.collections
        if c.identities
    ]
    edges: list[Edge] = []
    for found in field_references(datasets):
        ref = found.reference
        if not resolves(by_key, ref):
            continue
        here = (found.owner, found.field.path)
        there = (CollectionAddress(ref.dataset, ref.collection), ref.field_path)
        if ref.direction in ("to", None):
            edges.append(Edge(here[0], here[1], there[0], there[1]))
        if ref.direction in ("from", None):
            edges.append(Edge(there[0], there[1], here[0], here[1]))
    return Graph(nodes, edges, identities)


def identity_collections(datasets: Iterable[Dataset]) -> set[CollectionAddress]:
    """The collections holding a field that carries an identity."""
    return set(build_graph(datasets).identity_nodes)


def reachable_collections(datasets: Iterable[Dataset] | Graph) -> set[CollectionAddress]:
    """The collections an identity can reach, from datasets or an already built graph."""
    graph = datasets if isinstance(datasets, Graph) else build_graph(datasets)
    return graph.reachable()
