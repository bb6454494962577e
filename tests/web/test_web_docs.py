"""The OpenAPI page is served whole by the service: no third-party host, under the strict
Content-Security-Policy; /redoc and /favicon.ico answer."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import httpx

from troth.testing.live import LiveServer

STRICT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def _references(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"]+)"', html)


def test_the_docs_page_names_no_other_host_and_its_assets_answer(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.url) as client:
        page = client.get("/docs")
        assert page.status_code == 200
        assert page.headers["content-security-policy"] == STRICT_CSP
        assert "cdn.jsdelivr.net" not in page.text and "<script>" not in page.text
        refs = _references(page.text)
        assert sorted(refs) == [
            "/favicon.ico",
            "/static/swagger-init.js",
            "/static/swagger-ui/swagger-ui-bundle.js",
            "/static/swagger-ui/swagger-ui.css",
        ]
        for ref in refs:
            absolute = urljoin(live_server.url + "/docs", ref)
            assert urlsplit(absolute).netloc == f"127.0.0.1:{live_server.port}", ref
            answer = client.get(ref)
            assert answer.status_code == 200, ref
            assert len(answer.content) > 100, ref
        init = client.get("/static/swagger-init.js").text
        assert "/api/v1/openapi.json" in page.text and "validatorUrl: null" in init
        assert client.get("/api/v1/openapi.json").status_code == 200


def test_redoc_leads_to_the_docs_and_the_favicon_is_served(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.url) as client:
        redoc = client.get("/redoc")
        assert (redoc.status_code, redoc.headers["location"]) == (308, "/docs")
        icon = client.get("/favicon.ico")
        assert icon.status_code == 200
        assert icon.headers["content-type"] == "image/x-icon"
        assert icon.content[:4] == b"\x00\x00\x01\x00"  # an ICO file's header
