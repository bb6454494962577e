"""Which connection serves which dataset, from ``$TROTH_HOME/troth.toml``.

.. code-block:: toml

    [connections.shop]
    url_env = "SHOP_DATABASE_URL"      # the environment variable holding the URL and its secret
    datasets = ["shop_orders", "shop_customers"]
    read_only = false

    [connections.archive]
    url = "sqlite:////srv/archive.sqlite3"   # a URL without a secret may be written here
    datasets = ["archive"]

``TROTH_CONNECTION_<NAME>_URL`` overrides a connection's URL. With no connection configured,
one connection ``demo`` at ``Settings.demo_database_url`` serves every dataset whose key
starts with ``demo_``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from troth.config import Settings
from troth.connectors.base import Connector, ConnectorError
from troth.connectors.sql import open_connector

DEMO_PREFIX = "demo_"


@dataclass(frozen=True)
class ConnectionConfig:
    name: str
    url: str = field(repr=False)
    datasets: tuple[str, ...] = ()
    read_only: bool = False
    serves_prefix: str | None = None

    def serves(self, dataset_key: str) -> bool:
        if dataset_key in self.datasets:
            return True
        return self.serves_prefix is not None and dataset_key.startswith(self.serves_prefix)


def _env_name(name: str) -> str:
    return "TROTH_CONNECTION_" + "".join(c if c.isalnum() else "_" for c in name).upper() + "_URL"


def connection_configs(
    settings: Settings, env: Mapping[str, str] | None = None
) -> list[ConnectionConfig]:
    """The configured connections (the demo default when none is configured)."""
    overrides = settings.connection_urls if env is None else env  # TROTH_CONNECTION_*_URL
    env = os.environ if env is None else env  # the variables troth.toml names in url_env
    section = settings.extra.get("connections", {})
    if not isinstance(section, dict):
        raise ConnectorError("troth.toml: [connections] must be a table of named connections")
    configs: list[ConnectionConfig] = []
    for name, body in section.items():
        if not isinstance(body, dict):
            raise ConnectorError(f"troth.toml: [connections.{name}] must be a table")
        unknown = set(body) - {"url", "url_env", "datasets", "read_only"}
        if unknown:
            raise ConnectorError(
                f"troth.toml: [connections.{name}] has unknown keys {sorted(unknown)}"
            )
        url = overrides.get(_env_name(name))
        if url is None and "url_env" in body:
            url = env.get(str(body["url_env"]))
            if url is None:
                raise ConnectorError(
                    f"connection {name!r}: the environment variable {body['url_env']} is not set"
                )
        if url is None:
            url = body.get("url")
        if not url:
            raise ConnectorError(f"connection {name!r}: give url or url_env in troth.toml")
        datasets = body.get("datasets", [])
        if not isinstance(datasets, list) or not all(isinstance(d, str) for d in datasets):
            raise ConnectorError(f"connection {name!r}: datasets must be a list of dataset keys")
        read_only = body.get("read_only", False)
        if not isinstance(read_only, bool):
            raise ConnectorError(f"connection {name!r}: read_only must be true or false")
        configs.append(ConnectionConfig(str(name), str(url), tuple(datasets), read_only))
    if not configs:
        url = env.get(_env_name("demo"), settings.demo_database_url)
        configs.append(ConnectionConfig("demo", url, (), False, serves_prefix=DEMO_PREFIX))
    return configs


class ConnectionSet:
    """Dataset key -> connector; connectors are shared by the datasets of one connection."""

    def __init__(self, by_dataset: Mapping[str, Connector]) -> None:
        self._by_dataset = dict(by_dataset)

    def __getitem__(self, dataset_key: str) -> Connector:
        try:
            return self._by_dataset[dataset_key]
        except KeyError:
            raise ConnectorError(f"no connection serves dataset {dataset_key!r}") from None

    def __contains__(self, dataset_key: object) -> bool:
        return dataset_key in self._by_dataset

    def datasets(self) -> list[str]:
        return sorted(self._by_dataset)

    def connectors(self) -> list[Connector]:
        unique: dict[int, Connector] = {}
        for connector in self._by_dataset.values():
            unique[id(connector)] = connector
        return list(unique.values())

    def close(self) -> None:
        for connector in self.connectors():
            connector.close()

    def __enter__(self) -> ConnectionSet:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connections_for(
    datasets: Iterable[str], settings: Settings, env: Mapping[str, str] | None = None
) -> ConnectionSet:
    """A connector for each dataset key; a dataset no connection serves is an error."""
    configs = connection_configs(settings, env)
    opened: dict[str, Connector] = {}
    by_dataset: dict[str, Connector] = {}
    for key in datasets:
        config = next((c for c in configs if c.serves(key)), None)
        if config is None:
            raise ConnectorError(
                f"no connection serves dataset {key!r}: add it to a [connections.NAME] "
                "section's datasets in troth.toml"
            )
        if config.name not in opened:
            opened[config.name] = open_connector(
                config.name, config.url, read_only=config.read_only
            )
        by_dataset[key] = opened[config.name]
    return ConnectionSet(by_dataset)
