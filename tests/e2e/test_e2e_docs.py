"""The OpenAPI page renders in a browser from the service's own files, under the strict CSP."""

from __future__ import annotations

from troth.testing.live import LiveServer


def test_swagger_ui_renders_offline_under_the_strict_policy(live_server: LiveServer, page) -> None:  # noqa: ANN001
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto(f"{live_server.url}/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=20_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/v1/health" in p for p in paths)
    assert [u for u in asked if not u.startswith(live_server.url)] == []
    assert page.csp_errors == []  # type: ignore[attr-defined]
