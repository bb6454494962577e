"""Notice of change: the diff of two policies, and notices sent once per subject even
when the sender is killed halfway and started again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from troth.consent import ConsentError, ConsentLedger, diff_policies
from troth.consent.notices import delivery_counts, fresh_consent_requirements, send_notices
from troth.policy import Policy, default_policy_path, load_policy
from troth.store import Store
from troth.testing.smtp import SmtpServer

NEW_VERSION = (
    '  - version: "2018-05-21"',
    '  - version: "2099-01-01"\n    effective: 2099-01-01\n    summary: Push offers.\n'
    '  - version: "2018-05-21"',
)
MARKETING_CHANGE = (
    "        retention: {period: P30D, after: consent_withdrawn}\n        clauses: [C2]",
    "        retention: {period: P90D, after: consent_withdrawn}\n        clauses: [C2]",
)
NEW_CONSENT_USE = (
    "          - {use: analytics.reporting.campaign_insights, basis: consent, clauses: [C8]}",
    "          - {use: analytics.reporting.campaign_insights, basis: consent, clauses: [C8]}\n"
    "          - {use: marketing.advertising.first_party.targeted, basis: consent}",
)


@pytest.mark.proves("P1", via="troth.consent.changes.diff_policies")
def test_diff_names_what_changed_in_how_data_is_used(
    policy: Policy, edited_policy: Callable[..., Path]
) -> None:
    new = load_policy(
        edited_policy(
            NEW_VERSION,
            MARKETING_CHANGE,
            NEW_CONSENT_USE,
            (
                "    storage: [aws_us]\n    recipients: [service_vendors]\n",
                "    storage: [aws_us, aws_eu]\n    recipients: [service_vendors, hubspot]\n",
            ),
        )
    )
    diff = diff_policies(policy, new)
    assert (diff.old_version, diff.new_version, diff.effective) == (
        "2018-05-21",
        "2099-01-01",
        date(2099, 1, 1),
    )
    assert [str(c) for c in diff.changes] == [
        "marketing: uses added: marketing.advertising.first_party.targeted (basis consent)",
        "marketing: recipients added: hubspot",
        "marketing: retention changed: user.contact.address.country: "
        "P30D after consent_withdrawn -> P90D after consent_withdrawn",
        "marketing: retention changed: user.contact.address.state: "
        "P30D after consent_withdrawn -> P90D after consent_withdrawn",
        "marketing: retention changed: user.contact.email: "
        "P30D after consent_withdrawn -> P90D after consent_withdrawn",
        "marketing: retention changed: user.contact.organization: "
        "P30D after consent_withdrawn -> P90D after consent_withdrawn",
        "marketing: retention changed: user.contact.phone_number: "
        "P30D after consent_withdrawn -> P90D after consent_withdrawn",
        "marketing: retention changed: user.name: "
        "P30D after consent_withdrawn -> P90D after consent_withdrawn",
        "marketing: retention changed: user.unique_id: "
        "P30D after consent_withdrawn -> P90D after consent_withdrawn",
        "marketing: locations added: DE",
    ]
    assert diff.fresh_consent == ("marketing.advertising.first_party.targeted",)
    assert diff_policies(policy, policy).changes == ()


def test_no_notice_after_the_effective_date_or_without_changes(
    store: Store, policy: Policy, edited_policy: Callable[..., Path], smtp_server: SmtpServer
) -> None:
    new = load_policy(edited_policy(NEW_VERSION, MARKETING_CHANGE))
    with pytest.raises(ConsentError, match="notices must go out before that date"):
        send_notices(store, policy, new, today=date(2099, 1, 1))
    same = load_policy(edited_policy(NEW_VERSION, name="same.yaml"))
    with pytest.raises(ConsentError, match="changes nothing in how personal data is used"):
        send_notices(store, policy, same)
    assert smtp_server.messages == []


def _register(store: Store, policy: Policy) -> list[str]:
    ledger = ConsentLedger(store, policy)
    affected = []
    for n in range(8):
        ledger.register(f"person{n}@example.org", ["marketing"])
        affected.append(f"person{n}@example.org")
    ledger.register("wave-only@example.org", ["wave_app"])  # untouched by the change
    return affected


def _sender(old: Path, new: Path, pause: float) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "troth",
            "consent",
            "notify",
            str(old),
            str(new),
            "--batch-size",
            "3",
            "--pause",
            str(pause),
        ],
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.proves("P1", via="troth.consent.notices.send_notices")
def test_notices_reach_each_affected_subject_once_though_the_sender_is_killed_halfway(
    store: Store,
    policy: Policy,
    edited_policy: Callable[..., Path],
    smtp_server: SmtpServer,
    troth_home: Path,
) -> None:
    affected = _register(store, policy)
    new_path = edited_policy(NEW_VERSION, MARKETING_CHANGE, NEW_CONSENT_USE)
    sender = _sender(default_policy_path(), new_path, pause=0.5)
    deadline = time.monotonic() + 60
    while delivery_counts(store, "2099-01-01").get("sent", 0) < 4:
        assert sender.poll() is None, sender.stderr.read().decode()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    sender.send_signal(signal.SIGKILL)
    sender.wait(timeout=10)
    first_run = [m["To"] for m in smtp_server.messages]
    assert 4 <= len(first_run) < len(affected)

    again = _sender(default_policy_path(), new_path, pause=0)
    out, errors = again.communicate(timeout=60)
    assert again.returncode == 0, errors.decode()
    assert "8 affected" in out.decode() and "0 unconfirmed" in out.decode()
    received = Counter(m["To"] for m in smtp_server.messages)
    assert received == Counter(affected)  # each affected subject exactly once, nobody else
    assert delivery_counts(store, "2099-01-01") == {"sent": 8}
    notice = smtp_server.messages[0].get_body(("plain",)).get_content()
    assert "2099-01-01" in notice and "retention changed" in notice
    assert "marketing.advertising.first_party.targeted" in notice

    # a third run sends nothing
    report = send_notices(store, policy, load_policy(new_path))
    assert (report.sent, report.already_sent) == (0, 8)
    assert len(smtp_server.messages) == 8
    # the new consent use needs consent given under the new version
    assert fresh_consent_requirements(store) == {
        "marketing.advertising.first_party.targeted": "2099-01-01"
    }
