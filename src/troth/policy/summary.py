"""A readable summary of a policy as rich renderables (no printing here)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from troth.policy.models import Collection, Policy, Retention


def describe_retention(retention: Retention) -> str:
    """``P2Y`` or ``P30D after account closed``."""
    if retention.after == "collection":
        return retention.period
    return f"{retention.period} after {retention.after.replace('_', ' ')}"


def _collection_line(entry: Collection) -> str:
    uses = ", ".join(f"{u.use} ({u.basis})" for u in entry.uses)
    extras = []
    if entry.permission:
        extras.append(f"permission: {entry.permission}")
    if entry.bound_to:
        extras.append(f"only for {entry.bound_to}")
    extra = f" [{'; '.join(extras)}]" if extras else ""
    return (
        f"{', '.join(entry.categories)}\n→ {uses}\n→ kept {describe_retention(entry.retention)}"
        f"{extra}"
    )


def policy_summary(policy: Policy) -> RenderableType:
    """Organisation, version, systems, recipients and prohibitions of ``policy``."""
    version = policy.current_version
    head = Text()
    head.append(policy.organisation.name, style="bold")
    head.append(f"  privacy contact {policy.organisation.privacy_contact}\n")
    head.append(
        f"version {version.version} effective {version.effective}"
        if version
        else "no version in force"
    )
    head.append(
        f"; {len(policy.clauses)} clauses, {len(policy.systems)} systems,"
        f" {len(policy.recipients)} recipients; child age {policy.settings.child_age};"
        f" Do Not Track {policy.settings.do_not_track.replace('_', ' ')};"
        f" GPC {policy.settings.global_privacy_control.replace('_', ' ')}"
    )

    systems = Tree(Text("Systems", style="bold"))
    for system in policy.systems:
        node = systems.add(
            Text.assemble(
                (system.key, "bold cyan"),
                f" — {system.name}; stored in {', '.join(policy.countries_of(system.key))}"
                f" ({', '.join(system.storage)}); datasets {', '.join(system.datasets) or '—'}",
            )
        )
        for entry in system.collects:
            node.add(Text(_collection_line(entry)))
        node.add(Text(f"recipients: {', '.join(system.recipients) or 'none'}", style="dim"))

    recipients = Table(title="Recipients", expand=True)
    for column in ("recipient", "kind", "receives", "clauses"):
        recipients.add_column(column, overflow="fold")
    for recipient in policy.recipients:
        receives = ", ".join(recipient.receives) or "no personal data"
        if policy.denies_personal_data(recipient.key):
            receives = "no personal data (denied)"
        recipients.add_row(
            recipient.key, recipient.kind, Text(receives), ", ".join(recipient.clauses)
        )

    prohibitions = Table(title="Never", expand=True)
    prohibitions.add_column("what", overflow="fold")
    prohibitions.add_column("clauses")
    for rule in policy.prohibitions.categories:
        but = f" (except to {', '.join(rule.except_recipients)})" if rule.except_recipients else ""
        prohibitions.add_row(
            Text(f"collect {', '.join(rule.categories)}{but}"), ", ".join(rule.clauses)
        )
    for use_rule in policy.prohibitions.uses:
        prohibitions.add_row(
            Text(f"use for {', '.join(use_rule.uses)}"), ", ".join(use_rule.clauses)
        )
    for to_rule in policy.prohibitions.recipients:
        whom = ", ".join(to_rule.recipients + [f"any {k}" for k in to_rule.kinds])
        prohibitions.add_row(Text(f"give personal data to {whom}"), ", ".join(to_rule.clauses))
    return Group(head, systems, recipients, prohibitions)
