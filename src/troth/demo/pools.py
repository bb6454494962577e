"""Pools of realistic values the generator combines.

Faker is seeded once per build and asked for a few thousand values (names,
streets, cities, sentences, user agents, company names); the generator then
draws from these pools with a seeded ``random.Random``, which is two orders of
magnitude faster than calling Faker for every row.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from faker import Faker


@dataclass(frozen=True)
class Region:
    """People of one country: their names, places and phone-number shape."""

    country: str
    language: str
    calling_code: str
    mail_domains: tuple[str, ...]
    first_names: tuple[tuple[str, str], ...]  # (display, ascii lower-case)
    last_names: tuple[tuple[str, str], ...]
    places: tuple[tuple[str, str, str | None, str], ...]  # (street, city, state, postal code)


@dataclass(frozen=True)
class Pools:
    regions: tuple[Region, ...]
    region_weights: tuple[int, ...]
    sentences: tuple[str, ...]
    user_agents: tuple[str, ...]
    companies: tuple[str, ...]
    words: tuple[str, ...]


_REGIONS = (
    # locale, country, language, calling code, mail domains, weight
    ("en_US", "US", "en-US", "1", ("gmail.com", "yahoo.com", "outlook.com", "icloud.com"), 40),
    ("en_GB", "GB", "en-GB", "44", ("gmail.com", "btinternet.com", "outlook.com"), 14),
    ("de_DE", "DE", "de-DE", "49", ("gmx.de", "web.de", "gmail.com", "t-online.de"), 16),
    ("fr_FR", "FR", "fr-FR", "33", ("orange.fr", "free.fr", "gmail.com", "laposte.net"), 15),
    ("es_ES", "ES", "es-ES", "34", ("gmail.com", "hotmail.es", "telefonica.net"), 15),
)

_NAMES_PER_REGION = 600
_PLACES_PER_REGION = 400


def ascii_lower(text: str) -> str:
    """``"Hélène O'Brien"`` -> ``"heleneobrien"``: a name as it appears in an email address."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in plain.lower() if ch.isalnum()) or "user"


def _state(fake: Faker) -> str | None:
    for attr in ("state_abbr", "state", "region", "county"):
        method = getattr(fake, attr, None)
        if method is not None:
            try:
                return str(method())
            except AttributeError:
                continue
    return None


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def build_pools(seed: int) -> Pools:
    """Build every pool from Faker seeded with ``seed``; the same seed gives the same pools."""
    regions = []
    for locale, country, language, calling, domains, _weight in _REGIONS:
        fake = Faker(locale)
        fake.seed_instance(seed)
        firsts = _unique([fake.first_name() for _ in range(_NAMES_PER_REGION)])
        lasts = _unique([fake.last_name() for _ in range(_NAMES_PER_REGION)])
        places = tuple(
            (fake.street_address().replace("\n", " "), fake.city(), _state(fake), fake.postcode())
            for _ in range(_PLACES_PER_REGION)
        )
        regions.append(
            Region(
                country=country,
                language=language,
                calling_code=calling,
                mail_domains=domains,
                first_names=tuple((n, ascii_lower(n)) for n in firsts),
                last_names=tuple((n, ascii_lower(n)) for n in lasts),
                places=places,
            )
        )
    fake = Faker("en_US")
    fake.seed_instance(seed)
    return Pools(
        regions=tuple(regions),
        region_weights=tuple(r[-1] for r in _REGIONS),
        sentences=_unique([fake.sentence(nb_words=10) for _ in range(600)]),
        user_agents=_unique([fake.user_agent() for _ in range(400)]),
        companies=_unique([fake.company() for _ in range(800)]),
        words=_unique([fake.word() for _ in range(400)]),
    )
