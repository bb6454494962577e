"""The platform's own store: tables, migrations and the repository over them."""

from troth.store.store import (
    PolicyVersion,
    Store,
    StoredDataset,
    StoreError,
    content_hash,
    open_store,
    redact_url,
)

__all__ = [
    "PolicyVersion",
    "Store",
    "StoreError",
    "StoredDataset",
    "content_hash",
    "open_store",
    "redact_url",
]
