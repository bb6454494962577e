"""The tamper-evident audit log: every event hash-chained to the one before."""

from troth.audit.log import (
    GENESIS,
    AuditEvent,
    AuditLog,
    ChainBreak,
    event_hash,
    subject_ref,
    verify_chain,
)

__all__ = [
    "GENESIS",
    "AuditEvent",
    "AuditLog",
    "ChainBreak",
    "event_hash",
    "subject_ref",
    "verify_chain",
]
