"""Card numbers of every brand the guard knows are refused (U7), American Express included.

Each brand's published test number reaches its own branch of the card prefixes, so a brand
dropped from them fails here. Through ``check`` (what ``POST /api/v1/collect/{system}``
calls) and over HTTP.
"""

from __future__ import annotations

from datetime import date

import httpx
import pytest

from troth.demo.datasets import demo_data_map
from troth.guard import check
from troth.policy import load_policy
from troth.testing.live import LiveServer

POLICY = load_policy()
DEMO = demo_data_map()
TODAY = date(2026, 6, 1)
CARD = "user.financial.credit_card"

# American Express: 15 digits, grouped 4-6-5 on the card
AMEX = [
    "378282246310005",
    "371449635398431",
    "378734493671000",
    "340000000000009",
    "3782 822463 10005",
    "3714 496353 98431",
    "3714-496353-98431",
]
OTHER_BRANDS = {
    "visa": "4111 1111 1111 1111",
    "visa, 13 digits": "4222222222222",
    "mastercard": "5555 5555 5555 4444",
    "mastercard 2-series": "2223 0031 2200 3222",
    "discover 6011": "6011 1111 1111 1117",
    "discover 65": "6500 0000 0000 0002",
    "discover 644": "6445 6445 6445 6445",
    "diners 30": "3056 930902 5904",
    "diners 36": "3600 666633 3344",
    "diners 38": "3852 000002 3237",
    "jcb": "3530 1113 3330 0000",
    "unionpay": "6200 0000 0000 0005",
    "maestro 50": "5018 0000 0000 0009",
    "maestro 56": "5600 0000 0000 0003",
}


def _card_spans(body: str, **kw: object) -> list[str]:
    decision = check(
        "customer_service", {"body": body}, datasets=DEMO, policy=POLICY, today=TODAY, **kw
    )
    return [body[f.start : f.end] for f in decision.findings if f.rule == "card_number"]


@pytest.mark.proves("U7", via="troth.guard.check.check")
@pytest.mark.parametrize("number", AMEX)
def test_an_american_express_number_is_rejected(number: str) -> None:
    for body in (number, f"my amex is {number}, thanks", f"ref {number}"):
        decision = check(
            "customer_service", {"body": body}, datasets=DEMO, policy=POLICY, today=TODAY
        )
        assert decision.outcome == "reject", body
        assert decision.record is None
        [finding] = decision.findings
        assert (finding.rule, finding.clause, finding.category) == ("card_number", "U7", CARD)
        assert body[finding.start : finding.end] == number


@pytest.mark.parametrize("number", AMEX[:2] + AMEX[4:5])
def test_an_american_express_number_is_redacted_when_the_rule_says_redact(number: str) -> None:
    body = f"card {number} expires soon"
    decision = check(
        "customer_service",
        {"body": body},
        datasets=DEMO,
        policy=POLICY,
        today=TODAY,
        actions={"card_number": "redact"},
    )
    assert decision.outcome == "accept_with_redactions"
    assert decision.record == {"body": f"card [redacted:{CARD}] expires soon"}


@pytest.mark.parametrize("number", OTHER_BRANDS.values(), ids=OTHER_BRANDS.keys())
def test_every_other_brand_is_rejected(number: str) -> None:
    assert _card_spans(f"please charge {number} today") == [number]


def test_a_fifteen_digit_number_failing_luhn_is_not_an_amex() -> None:
    assert _card_spans("order 378282246310006 shipped") == []


@pytest.mark.proves("U7", via="troth.guard.check.check")
def test_collect_over_http_rejects_american_express(live_server: LiveServer) -> None:
    url = f"{live_server.url}/api/v1/collect/customer_service"
    for number in ("378282246310005", "3714 496353 98431"):
        answer = httpx.post(url, json={"body": f"pay with {number}"}).json()
        assert answer["outcome"] == "reject" and answer["record"] is None, answer
        assert [(f["rule"], f["clause"]) for f in answer["findings"]] == [("card_number", "U7")]
