"""Alembic migrations of the platform's store, run in code by :mod:`troth.store.migrate`."""
