"""What the service loads once and shares between requests: settings, policy, store, and the
request and consent services over them (pages and routers call these, never the tables)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request

from troth.config import Settings
from troth.consent.notices import fresh_consent_requirements
from troth.consent.optin import OptInMailer
from troth.consent.service import ConsentService
from troth.keys import secret_key_for
from troth.policy import default_policy_path, load_policy
from troth.promises import clause_texts, status_of
from troth.requests.service import RequestService
from troth.store import open_store

if TYPE_CHECKING:
    from troth.policy import Policy
    from troth.promises import PromiseStatus
    from troth.store import Store


class ServiceContext:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @cached_property
    def policy_path(self):  # noqa: ANN201 - a Path
        return self.settings.policy_path or default_policy_path()

    @cached_property
    def policy(self) -> Policy:
        return load_policy(self.policy_path)

    @cached_property
    def store(self) -> Store:
        return open_store(self.settings.database_url)

    @cached_property
    def master(self) -> bytes:
        """The installation secret (:mod:`troth.keys`), for what this service signs."""
        return secret_key_for(self.settings)

    @cached_property
    def requests(self) -> RequestService:
        """One request service per app; links in mail come from the configured public URL,
        never from a request's Host header."""

        return RequestService(self.store, self.policy, self.settings)

    @cached_property
    def consent(self) -> ConsentService:
        """One consent service per app: the policy's use index is built once."""
        service = ConsentService(self.store, self.policy, fresh_consent_requirements(self.store))
        # Confirmation links are built from the configured public URL, never the Host header.
        service.ledger.opt_in_sender = OptInMailer(self.settings.effective_public_url)
        return service

    @cached_property
    def promises(self) -> list[PromiseStatus]:
        return status_of(clause_texts(self.policy))


def context_of(request: Request) -> ServiceContext:
    """The service context of the app handling ``request`` (a FastAPI dependency)."""
    return request.app.state.context


Context = Annotated[ServiceContext, Depends(context_of)]
