"""What a newcomer reads on the pages: the header, the code's length, counts in plain words."""

from __future__ import annotations

from troth.policy import load_policy
from troth.requests.verification import CODE_DIGITS
from troth.testing.live import LiveServer

CENTER_PAGES = [
    "/privacy",
    "/privacy/requests/new",
    "/privacy/requests/verify",
    "/privacy/requests/status",
    "/privacy/preferences",
    "/privacy/cookies",
    "/privacy/changes",
]


def test_every_center_page_has_the_same_header(live_server: LiveServer, page) -> None:  # noqa: ANN001
    name = load_policy().organisation.name
    heights = set()
    for path in CENTER_PAGES:
        page.goto(f"{live_server.url}{path}")
        brand = page.locator("header.site .brand").inner_text().strip()
        assert brand == f"{name} privacy center", path
        heights.add(page.locator("header.site").bounding_box()["height"])
    assert len(heights) == 1, heights


def test_the_confirm_page_says_how_long_the_code_is(live_server: LiveServer, page) -> None:  # noqa: ANN001
    page.goto(f"{live_server.url}/privacy/requests/verify")
    notice = page.locator("p.notice").inner_text()
    assert f"a code of {CODE_DIGITS} digits" in notice and "six-digit" not in notice
    assert CODE_DIGITS == 8


def test_counts_read_as_words(live_server: LiveServer, page) -> None:  # noqa: ANN001
    """One of a thing is singular: the statement's summaries say "kept in 1 place"."""
    page.goto(f"{live_server.url}/privacy")
    text = page.locator("main").inner_text()
    assert "kept on" not in text and "1 places" not in text and "1 recipients" not in text
    assert "kept in 1 place," in text or "kept in 2 places," in text


def test_the_preferences_page_points_to_the_cookies_page(live_server: LiveServer, page) -> None:  # noqa: ANN001
    page.goto(f"{live_server.url}/privacy/preferences")
    lead = page.locator("p.lead").first
    assert "cookie banner" not in lead.inner_text()
    lead.get_by_role("link", name="Cookies").click()
    assert page.url.endswith("/privacy/cookies")


def test_the_promises_page_is_compact_and_names_never_break_mid_word(
    live_server: LiveServer,
    page,  # noqa: ANN001
) -> None:
    page.goto(f"{live_server.url}/")
    clauses = load_policy().clauses
    rows = page.locator("table.promises tbody tr")
    assert rows.count() == len(clauses)
    first = rows.first
    assert first.locator("td").nth(0).inner_text().startswith(clauses[0].id)
    assert first.locator("td").nth(1).inner_text() in ("enforced", "policy-only", "not-kept")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 120 * len(clauses), height  # about two lines a promise, not a page
    # open every proof: no name of code or test sticks out of its cell
    page.evaluate("document.querySelectorAll('td.proof details').forEach(d => d.open = true)")
    overflowing = page.evaluate(
        "[...document.querySelectorAll('td.proof')].filter(td => td.scrollWidth > td.clientWidth)"
        ".length"
    )
    assert overflowing == 0
