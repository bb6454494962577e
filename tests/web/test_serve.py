"""`troth serve` as a real process answering over real HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from troth.policy import load_policy


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_health_and_policy(troth_home: Path) -> None:
    port = _free_port()
    env = {**os.environ, "TROTH_HOME": str(troth_home)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "troth", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else "server exited"
            assert time.monotonic() < deadline, "server did not come up in 30 s"
            time.sleep(0.2)
        policy = httpx.get(f"{base}/api/v1/policy", timeout=60).json()
        assert policy["organisation"]["name"] == load_policy().organisation.name
        page = httpx.get(f"{base}/", timeout=60)
        assert page.status_code == 200 and "privacy statement</h1>" in page.text
        httpx.get(f"{base}/privacy?email=ada@example.com", timeout=60)
        httpx.get(f"{base}/privacy/preferences/manage/s3cr3t-t0ken", timeout=60)
        httpx.get(f"{base}/no/such/ada@example.com", timeout=60)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    banner = proc.stdout.read() if proc.stdout else ""
    for page in ("/privacy", "/console", "/docs", "troth staff create"):
        assert page in banner
    # the access log: a line a request, the route as declared, no personal data
    logged = [line for line in banner.splitlines() if " ms" in line]
    assert any("GET /api/v1/health 200" in line for line in logged)
    assert any("GET /privacy 200" in line for line in logged)
    assert any("GET /privacy/preferences/manage/{token}" in line for line in logged)
    assert any("GET (no route) 404" in line for line in logged)
    assert "ada@example.com" not in "\n".join(logged) and "s3cr3t-t0ken" not in banner
    assert not any("127.0.0.1" in line for line in logged)
