"""Connectors: one small interface over the company's databases.

A :class:`Connector` reads rows where a field is in a set of values, updates fields of rows
given by their keys, and deletes rows given by their keys. Every statement is parameterised
(identifiers quoted by SQLAlchemy, values bound). Reads stream (server-side cursors on
PostgreSQL and MySQL/MariaDB), so memory stays flat however many rows match.

``Connector`` protocol (what the request executor codes against)::

    name: str                    # the connection's name from the configuration
    read_only: bool
    read(collection, field, values, columns=None) -> Iterator[dict]
        # field: a column name, or a tuple of names (composite key; values are tuples);
        # columns: only these columns of each row (None: all)
    update(collection, key_fields, rows_keys, changes: dict[str, value]) -> int
    delete(collection, key_fields, rows_keys) -> int
    transaction() -> context manager: the writes inside commit together or not at all
    columns(collection) -> dict[str, ColumnInfo]    # types, nullability, keys
    primary_key(collection) -> tuple[str, ...]
    close()

Collection names are written as the datasets give them; ``schema.table`` names a table in
another schema. Failures raise :class:`ConnectorError` naming the connection and the
collection, never a value.

Configuration (:mod:`troth.connectors.config`): ``connections_for(datasets, settings)``
gives a :class:`ConnectionSet` mapping each dataset key to its connector.
"""

from troth.connectors.base import ColumnInfo, Connector, ConnectorError
from troth.connectors.config import (
    ConnectionConfig,
    ConnectionSet,
    connection_configs,
    connections_for,
)
from troth.connectors.sql import SqlConnector, open_connector

__all__ = [
    "ColumnInfo",
    "ConnectionConfig",
    "ConnectionSet",
    "Connector",
    "ConnectorError",
    "SqlConnector",
    "connection_configs",
    "connections_for",
    "open_connector",
]
