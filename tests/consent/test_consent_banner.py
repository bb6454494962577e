"""The cookie banner in a real browser (Chromium through Playwright) under the strict CSP."""

from __future__ import annotations

import shutil

import pytest
from playwright.sync_api import sync_playwright

from troth.testing.live import LiveServer

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.mark.proves("C7", via="troth.consent.banner.record_cookie_choices")
def test_analytics_waits_for_consent_and_the_choice_is_kept(live_server: LiveServer) -> None:
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(f"{live_server.url}/consent/banner-demo")
            page.wait_for_selector("#troth-cookie-banner")
            assert page.get_attribute("html", "data-analytics-ran") is None
            page.click("button[name=allow-all]")
            page.wait_for_selector("html[data-analytics-ran=yes]")
            assert page.query_selector("#troth-cookie-banner") is None

            page.reload()  # the choice is remembered: no banner, the script runs at once
            page.wait_for_selector("html[data-analytics-ran=yes]")
            assert page.query_selector("#troth-cookie-banner") is None

            other = browser.new_context().new_page()  # a new visitor refuses
            other.goto(f"{live_server.url}/consent/banner-demo")
            other.click("button[name=reject-all]")
            other.wait_for_selector("html[data-cookie-consent=essential]")
            assert other.get_attribute("html", "data-analytics-ran") is None
        finally:
            browser.close()
    assert not [e for e in errors if "Content Security Policy" in e], errors
