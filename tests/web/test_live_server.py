import httpx

from troth.testing.live import LiveServer


def test_live_server_serves_the_app_over_real_http(live_server: LiveServer) -> None:
    r = httpx.get(f"{live_server.url}/api/v1/health")
    assert r.status_code == 200 and r.json()["status"] == "ok"
    assert r.headers["x-frame-options"] == "DENY"
