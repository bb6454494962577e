"""The cookie banner's categories and a browser's choices, recorded in the consent ledger.

A banner category is the first part of a tracking use the statement asks consent for
(``analytics.reporting`` is under ``analytics``). Choices are recorded per use, only what
changed; ``essential`` is always on and never recorded.
"""

from __future__ import annotations

from typing import Any

from troth.consent.errors import ConsentError
from troth.consent.ledger import consent_purposes
from troth.consent.service import ConsentService
from troth.promises import keeps


def cookie_categories(service: ConsentService) -> dict[str, list[str]]:
    """Banner category (the first part of a tracking use) -> the uses it covers."""
    found: dict[str, list[str]] = {}
    consentable = {p for p, scope in consent_purposes(service.policy) if not scope}
    for t in service.policy.tracking:
        if t.kind not in ("cookie", "web_beacon", "pixel"):
            continue
        for use in t.uses:
            if use in consentable:
                found.setdefault(use.split(".")[0], [])
                if use not in found[use.split(".")[0]]:
                    found[use.split(".")[0]].append(use)
    return found


def banner_state_of(service: ConsentService, browser: str) -> dict[str, Any]:
    """What the banner shows a browser: the categories, its choices, its GPC signal."""
    state = service.ledger.state(browser)
    categories = cookie_categories(service)
    choices: dict[str, bool] = {}
    decided = False
    for name, uses in categories.items():
        grants = [state.grant(u) for u in uses]
        decided = decided or any(g is not None for g in grants)
        choices[name] = all(g is not None and g.granted for g in grants)
    return {
        "decided": decided,
        "categories": [{"key": "essential", "required": True}]
        + [{"key": k, "required": False, "uses": v} for k, v in categories.items()],
        "allowed": ["essential"] + [k for k, v in choices.items() if v],
        "gpc": state.gpc,
    }


@keeps("C7")
def record_cookie_choices(
    service: ConsentService, browser: str, choices: dict[str, bool], source: str = "cookie_banner"
) -> dict[str, Any]:
    """Record a browser's choice per cookie category (only what changed); return the banner
    state. An unknown category is refused before anything is written."""
    categories = cookie_categories(service)
    unknown = sorted(set(choices) - set(categories) - {"essential"})
    if unknown:
        raise ConsentError(f"unknown cookie category {unknown[0]!r}")
    state = service.ledger.state(browser)
    for name, allowed in choices.items():
        for use in categories.get(name, []):
            grant = state.grant(use)
            if grant is None or grant.granted != allowed:
                service.ledger.record(browser, use, allowed, source, notice_text=f"cookies: {name}")
    return banner_state_of(service, browser)
