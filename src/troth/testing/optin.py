"""Tests' side of the double opt-in: find the confirmation mail and follow its link."""

from __future__ import annotations

import re
import time

import httpx

from troth.testing.smtp import SmtpServer

SUBJECT = "Please confirm: marketing e-mail"


def confirmation_link(smtp: SmtpServer, address: str, timeout: float = 10) -> str:
    """The link in the newest confirmation mail to ``address``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for message in reversed(smtp.messages):
            if message["Subject"] == SUBJECT and message["To"] == address:
                text = message.get_body(("plain",)).get_content()
                found = re.search(r"(https?://\S+/consent/confirm/\S+)", text)
                if found is not None:
                    return found.group(1)
        time.sleep(0.1)
    raise AssertionError("no confirmation mail to that address")


def follow(link: str) -> httpx.Response:
    """Open the link as a person would and press its button; the answer to the press."""
    with httpx.Client() as client:
        page = client.get(link)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        if token is None:
            return page
        return client.post(link, data={"csrf_token": token.group(1)})


def confirm(smtp: SmtpServer, address: str) -> httpx.Response:
    return follow(confirmation_link(smtp, address))
