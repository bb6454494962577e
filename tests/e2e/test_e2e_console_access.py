"""Flow 4: a signed-out visitor and a viewer are refused the admin pages; an admin is let in.

Also checks each console page with axe-core (no serious or critical violation) and saves
the screenshots of the README's tour.
"""

from __future__ import annotations

import secrets

import pytest
from e2e_browser import axe_serious, screenshot

from troth.config import load_settings
from troth.demo.build import build_demo
from troth.demo.datasets import demo_datasets
from troth.demo.history import demo_addresses, seed_history
from troth.policy import load_policy
from troth.staff.accounts import StaffAccounts
from troth.testing.live import LiveServer


def sign_in(page, url: str, email: str, password: str) -> None:  # noqa: ANN001
    page.goto(f"{url}/console/login")
    page.get_by_label("Staff e-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


@pytest.mark.proves("Sec1", via="troth.web.auth.access.admit")
def test_signed_out_and_viewer_are_refused_admin_pages(live_server: LiveServer, page) -> None:
    url = live_server.url
    for path in ("/console/staff", "/console/audit", "/console"):
        page.goto(url + path)
        assert page.url == f"{url}/console/login"
        assert page.get_by_role("heading", name="Sign in to the privacy console").is_visible()
    assert axe_serious(page) == []
    screenshot(page, "console-sign-in")

    accounts = StaffAccounts(live_server.app.state.context.store.engine)
    password = "Pw-" + secrets.token_urlsafe(16)
    accounts.create("viewer@staff.example.com", password, "viewer")
    sign_in(page, url, "viewer@staff.example.com", password)
    assert page.url == f"{url}/console"
    assert page.get_by_role("link", name="Staff", exact=True).count() == 0
    response = page.goto(f"{url}/console/staff")
    assert response.status == 403
    assert page.get_by_role("alert").inner_text().startswith("This page needs the admin role")
    assert page.locator("table").count() == 0
    assert page.goto(f"{url}/console/audit").status == 403


def test_admin_tour_of_the_console(live_server: LiveServer, page, tmp_path) -> None:  # noqa: ANN001
    url = live_server.url
    store = live_server.app.state.context.store
    for body in demo_datasets():
        store.save_dataset(body["fides_key"], body, None, "demo")
    # the console as the demo opens it: a few months of requests, consents and flags
    demo_url = load_settings().demo_database_url
    build_demo(demo_url, 80, seed=1, datasets_out=tmp_path / "d.yml")
    seeded = seed_history(store, load_policy(), demo_addresses(demo_url, 80), seed=1)
    password = "Pw-" + secrets.token_urlsafe(16)
    StaffAccounts(store.engine).create("admin@staff.example.com", password, "admin")
    sign_in(page, url, "admin@staff.example.com", password)
    assert page.url == f"{url}/console"
    assert f"{seeded.requests} requests on record" in page.locator("main").inner_text()
    pages = {
        "console-overview": "/console",
        "console-requests": "/console/requests?show=all",
        "console-datamap": "/console/datamap",
        "console-audit": "/console/audit",
        "console-staff": "/console/staff",
    }
    for name, path in pages.items():
        assert page.goto(url + path).status == 200
        if name == "console-datamap":
            page.locator("details").nth(1).locator("summary").click()  # open one dataset
            assert (
                page.locator("img[src='/console/datamap/graph.svg']").evaluate(
                    "img => img.naturalWidth"
                )
                > 0
            )
        assert axe_serious(page) == [], name
        screenshot(page, name)
    assert page.csp_errors == []
    # Keyboard: the skip link is the first stop and shows where focus is.
    page.goto(url + "/console")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
