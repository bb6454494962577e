"""Rows of the demo company, generated block by block.

Subjects are generated in fixed blocks of :data:`BLOCK_SUBJECTS`; each block
draws from its own ``random.Random`` derived from ``(seed, block index)``, and
row ids are counters carried from block to block. The content therefore
depends only on the seed and the number of subjects, never on how blocks are
grouped into batches or which process generates them. No I/O happens here.

Rows are plain tuples in the column order of the tables in
:mod:`troth.demo.schema`; timestamps are ISO strings, which both SQLite and
PostgreSQL ``COPY`` read directly.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from troth.demo.pools import Pools, Region, ascii_lower, build_pools
from troth.demo.schema import TABLES
from troth.demo.sip_secrets import key_id, seal_sip_credential

BLOCK_SUBJECTS = 1000

T = TypeVar("T")

Rows = dict[str, list[tuple[Any, ...]]]

_EPOCH = dt.datetime(2016, 1, 1)
_DAYS = 870  # up to the statement's date, May 2018
_DAY_TEXT = tuple((_EPOCH + dt.timedelta(days=d)).strftime("%Y-%m-%d ") for d in range(_DAYS + 1))
_CLOCK_TEXT = tuple(f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86400))
_SPAN = _DAYS * 86400

GRANDSTREAM_OUI = "00:0B:82"
CLIENT_VENDORS = (
    ("Apple", "iOS 11.3", "iphone", "F0:18:98"),
    ("Apple", "macOS 10.13", "macbook", "A4:83:E7"),
    ("Samsung", "Android 8.0", "galaxy", "8C:F5:A3"),
    ("Google", "Android 8.1", "pixel", "3C:28:6D"),
    ("Dell", "Windows 10", "laptop", "F8:BC:12"),
    ("Lenovo", "Windows 10", "thinkpad", "54:EE:75"),
    ("HP", "Windows 7", "desktop", "3C:D9:2B"),
    ("Huawei", "Android 8.0", "p20", "48:DB:50"),
)
AP_PLACES = ("Lobby", "Office", "Floor", "Warehouse", "Meeting-room", "Reception")
AP_MODELS = (
    ("GWN7600", "1.0.6.41"),
    ("GWN7600LR", "1.0.6.41"),
    ("GWN7610", "1.0.6.41"),
    ("GWN7630", "1.0.9.12"),
    ("GWN7602", "1.0.8.9"),
)
PRODUCTS = (
    ("GXP1625", "GXP1625 Basic IP Phone", 5900),
    ("GXP2170", "GXP2170 Enterprise IP Phone", 17900),
    ("GXV3380", "GXV3380 Video Phone for Android", 39900),
    ("HT802", "HT802 Analog Adapter", 4200),
    ("UCM6202", "UCM6202 IP PBX", 44900),
    ("GWN7600", "GWN7600 Wi-Fi Access Point", 10900),
    ("GWN7630", "GWN7630 Wi-Fi Access Point", 21900),
    ("GWN7000", "GWN7000 Router", 16900),
    ("DP750", "DP750 DECT Base Station", 8900),
    ("DP720", "DP720 DECT Handset", 5900),
    ("WP820", "WP820 Wi-Fi Phone", 14900),
    ("GVC3210", "GVC3210 Video Conferencing", 99900),
)
PROCESSORS = ("stripe", "paypal", "braintree", "adyen")
PAGES = (
    "/",
    "/products/ip-phones",
    "/products/video",
    "/products/networking",
    "/gwn-cloud",
    "/ipvideotalk",
    "/wave",
    "/support",
    "/support/firmware",
    "/support/documents",
    "/store/cart",
    "/store/checkout",
    "/blog",
    "/about",
    "/contact",
    "/privacy-statement",
)
REFERRERS = (
    "https://www.google.com/",
    "https://www.bing.com/",
    "https://www.facebook.com/",
    "https://twitter.com/",
    "https://www.linkedin.com/",
    "https://www.youtube.com/",
)
APPS = (
    ("wave", ("dial", "call", "contacts", "settings", "qr_login", "voicemail")),
    ("ipvideotalk", ("join_meeting", "host_meeting", "share_screen", "chat", "settings")),
    ("gwn_cloud", ("dashboard", "access_points", "clients", "alerts", "barcode_scan")),
)
MOBILE_DEVICES = (
    ("iPhone X", "iOS", ("11.2", "11.3")),
    ("iPhone 8", "iOS", ("11.2", "11.3")),
    ("Galaxy S9", "Android", ("8.0",)),
    ("Pixel 2", "Android", ("8.1",)),
    ("Moto G6", "Android", ("8.0",)),
    ("iPad Air", "iOS", ("11.3",)),
)
SIP_SERVERS = (
    "sip.callcentric.com",
    "sip.voip.ms",
    "sip.sipgate.de",
    "sip.ovh.net",
    "ucm.example-office.com",
    "sip.telnyx.com",
    "sip.zadarma.com",
)
MEETING_TOPICS = (
    "Weekly sync",
    "Project kickoff",
    "Customer demo",
    "Sales review",
    "Design review",
    "Support escalation",
    "Training session",
    "Board call",
)
TICKET_TOPICS = (
    "cannot register SIP account",
    "firmware upgrade failed",
    "no audio on calls",
    "device keeps rebooting",
    "provisioning question",
    "return request",
    "access point offline in GWN.Cloud",
    "meeting recording missing",
)
LISTS = ("newsletter", "blog", "product_updates", "webinars", "downloads")
FREQUENCIES = ("immediately", "weekly", "monthly", "quarterly")
_N_PAGES = len(PAGES)
_N_REFERRERS = len(REFERRERS)
GENDERS = ("female", "male", "female", "male", "non-binary", None)


def _pick(rng: random.Random, seq: Sequence[T]) -> T:
    """``rng.choice`` without its overhead (one float draw per pick)."""
    return seq[int(rng.random() * len(seq))]


def block_seed(seed: int, block: int) -> int:
    """The seed of one block's random generator, derived from the build seed and block index."""
    digest = hashlib.blake2b(f"troth-demo:{seed}:{block}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


@dataclass
class _Counters:
    """Next row id per table, carried from block to block."""

    ids: dict[str, Iterator[int]] = field(
        default_factory=lambda: {str(t.name): itertools.count(1) for t in TABLES}
    )
    ap_macs: int = 0
    client_macs: int = 0

    def take(self, table: str) -> int:
        return next(self.ids[table])


@dataclass
class _Person:
    account_id: int
    name: str
    email: str
    phone: str | None
    region: Region
    place: tuple[str, str, str | None, str]


class DemoGenerator:
    """Generates the demo company's rows for ``subjects`` people, deterministically for a seed."""

    def __init__(self, seed: int, subjects: int, sip_key: bytes) -> None:
        if subjects < 1:
            raise ValueError("subjects must be at least 1")
        self.seed = seed
        self.subjects = subjects
        self.pools: Pools = build_pools(seed)
        self._aead = AESGCM(sip_key)
        self._key_id = key_id(sip_key)
        self._counters = _Counters()
        self._next_block = 0
        weights = self.pools.region_weights
        self._region_pick = tuple(
            region for region, w in zip(self.pools.regions, weights, strict=True) for _ in range(w)
        )

    @property
    def blocks(self) -> int:
        return (self.subjects + BLOCK_SUBJECTS - 1) // BLOCK_SUBJECTS

    def batches(self, blocks_per_batch: int = 10) -> Iterator[tuple[int, Rows]]:
        """Yield ``(subjects generated so far, rows)`` for groups of ``blocks_per_batch`` blocks."""
        if blocks_per_batch < 1:
            raise ValueError("blocks_per_batch must be at least 1")
        while self._next_block < self.blocks:
            rows: Rows = {t.name: [] for t in TABLES}
            last = min(self._next_block + blocks_per_batch, self.blocks)
            for block in range(self._next_block, last):
                self._generate_block(block, rows)
            self._next_block = last
            yield min(last * BLOCK_SUBJECTS, self.subjects), rows

    # --- one block ----------------------------------------------------------------------------

    def _generate_block(self, block: int, rows: Rows) -> None:
        rng = random.Random(block_seed(self.seed, block))
        first_id = block * BLOCK_SUBJECTS + 1
        last_id = min(first_id + BLOCK_SUBJECTS - 1, self.subjects)
        people: list[_Person] = []
        addresses: list[int] = []
        for account_id in range(first_id, last_id + 1):
            person = self._account(rng, account_id, rows)
            people.append(person)
            self._subject_activity(rng, person, people, addresses, rows)

    @staticmethod
    def _ts(rng: random.Random, after: int = 0) -> tuple[int, str]:
        """A moment after ``after`` seconds since the epoch: (seconds, ISO text)."""
        sec = after + int(rng.random() * (_SPAN - after))
        return sec, _DAY_TEXT[sec // 86400] + _CLOCK_TEXT[sec % 86400]

    @staticmethod
    def _text_ts(sec: int) -> str:
        sec = min(sec, _SPAN)
        return _DAY_TEXT[sec // 86400] + _CLOCK_TEXT[sec % 86400]

    @staticmethod
    def _phone(rng: random.Random, region: Region) -> str:
        """A phone number written with spaces, as people type them (never one long digit run)."""
        n = rng.getrandbits(30) % 10_000_000
        if region.calling_code == "1":
            area = 201 + rng.getrandbits(10) % 780
            return f"+1 {area}-{n // 10000 % 1000:03d}-{n % 10000:04d}"
        lead = 6 + rng.getrandbits(1)
        code = region.calling_code
        return f"+{code} {lead}{n // 100000:02d} {n // 1000 % 100:02d} {n % 1000:03d}"

    @staticmethod
    def _token(rng: random.Random, length: int) -> str:
        """Random letters, digits, ``-`` and ``_`` (URL-safe base64 of random bytes)."""
        return base64.urlsafe_b64encode(rng.randbytes(length * 3 // 4 + 1)).decode()[:length]

    @staticmethod
    def _uuid(rng: random.Random) -> str:
        h = f"{rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    @staticmethod
    def _ip(rng: random.Random) -> str:
        v = rng.getrandbits(32)
        return f"{(v >> 24) % 223 + 1}.{(v >> 16) & 255}.{(v >> 8) & 255}.{v & 255}"

    def _account(self, rng: random.Random, account_id: int, rows: Rows) -> _Person:
        region = self._region_pick[int(rng.random() * len(self._region_pick))]
        first, first_ascii = _pick(rng, region.first_names)
        last, last_ascii = _pick(rng, region.last_names)
        place = _pick(rng, region.places)
        email = f"{first_ascii}.{last_ascii}{account_id}@{_pick(rng, region.mail_domains)}"
        username = f"{first_ascii[:1]}{last_ascii}{account_id}"
        phone = self._phone(rng, region) if rng.random() < 0.85 else None
        # A realistic-looking argon2id encoding built from seeded random bytes: hashing a
        # million passwords is not what the demo is for, so no password is ever hashed here.
        salt = base64.b64encode(rng.randbytes(16)).decode().rstrip("=")
        digest = base64.b64encode(rng.randbytes(32)).decode().rstrip("=")
        password_hash = f"$argon2id$v=19$m=65536,t=3,p=4${salt}${digest}"
        _, created = self._ts(rng)
        name = f"{first} {last}"
        rows["accounts"].append(
            (
                account_id,
                username,
                email,
                name,
                password_hash,
                region.country,
                place[2] or place[1],
                created,
            )
        )
        return _Person(account_id, name, email, phone, region, place)

    def _subject_activity(
        self,
        rng: random.Random,
        person: _Person,
        people: list[_Person],
        addresses: list[int],
        rows: Rows,
    ) -> None:
        r = rng.random
        devices = [self._uuid(rng) for _ in range(int(r() * 2.6))]
        if devices and r() < 0.75:
            self._wave(rng, person, people, rows)
        if r() < 0.12:
            for _ in range(1 + (r() < 0.2)):
                self._meeting(rng, person, people, rows)
        if r() < 0.03:
            self._gwn(rng, person, people, rows)
        if r() < 0.2:
            self._social(rng, person, rows)
        if r() < 0.15:
            for _ in range(1 + (r() < 0.3)):
                self._phone_setup(rng, person, rows)
        if r() < 0.25:
            self._store(rng, person, people, addresses, rows)
        if r() < 0.1:
            self._ticket(rng, person, rows)
        if r() < 0.35:
            self._subscriptions(rng, person, rows)
        self._web_events(rng, person, rows)
        if devices:
            self._app_events(rng, person, devices, rows)

    def _wave(self, rng: random.Random, person: _Person, people: list[_Person], rows: Rows) -> None:
        c = self._counters
        _, decided = self._ts(rng)
        perm_rows = rows["wave_permissions"]
        contacts_granted = rng.random() < 0.7
        contacts_perm = c.take("wave_permissions")
        perm_rows.append((contacts_perm, person.account_id, "contacts", contacts_granted, decided))
        perm_rows.append(
            (c.take("wave_permissions"), person.account_id, "camera", rng.random() < 0.6, decided)
        )
        if rng.random() < 0.9:
            sip_user = f"{rng.getrandbits(20) % 900000 + 100000}"
            password = self._token(rng, 14)
            nonce = rng.randbytes(12)
            sealed = seal_sip_credential(self._aead, nonce, person.account_id, sip_user, password)
            rows["wave_sip_accounts"].append(
                (
                    c.take("wave_sip_accounts"),
                    person.account_id,
                    _pick(rng, SIP_SERVERS),
                    nonce,
                    sealed,
                    self._key_id,
                    decided,
                )
            )
        if contacts_granted:
            region = person.region
            contacts = rows["wave_contacts"]
            for _ in range(2 + int(rng.random() * 7)):
                if people and rng.random() < 0.3:
                    other = people[int(rng.random() * len(people))]
                    name, phone, email = other.name, other.phone, other.email
                else:
                    name = f"{_pick(rng, region.first_names)[0]} {_pick(rng, region.last_names)[0]}"
                    phone = self._phone(rng, region)
                    email = None
                contacts.append(
                    (
                        c.take("wave_contacts"),
                        person.account_id,
                        contacts_perm,
                        name,
                        phone,
                        email,
                        decided,
                    )
                )

    def _guest(self, rng: random.Random) -> tuple[str, str]:
        """Someone without an account: a name and a work email."""
        region = self._region_pick[int(rng.random() * len(self._region_pick))]
        first, first_ascii = _pick(rng, region.first_names)
        last, last_ascii = _pick(rng, region.last_names)
        company = ascii_lower(_pick(rng, self.pools.companies))[:18]
        return f"{first} {last}", f"{first_ascii}.{last_ascii}@{company}.example"

    def _meeting(
        self, rng: random.Random, organiser: _Person, people: list[_Person], rows: Rows
    ) -> None:
        c = self._counters
        meeting_id = c.take("ipvideotalk_meetings")
        start_sec, start = self._ts(rng)
        code = f"{rng.getrandbits(32) % 900_000_000 + 100_000_000}"
        title = f"{_pick(rng, MEETING_TOPICS)}: {_pick(rng, self.pools.words).title()}"
        rows["ipvideotalk_meetings"].append(
            (meeting_id, code, organiser.account_id, title, start, 15 + int(rng.random() * 106))
        )
        part = rows["ipvideotalk_participants"]
        part.append(
            (
                c.take("ipvideotalk_participants"),
                meeting_id,
                organiser.account_id,
                organiser.name,
                organiser.email,
                start,
            )
        )
        seen = {organiser.account_id}
        for _ in range(1 + int(rng.random() * 6)):
            joined = self._text_ts(start_sec + int(rng.random() * 300))
            if len(people) > 1 and rng.random() < 0.7:
                other = people[int(rng.random() * len(people))]
                if other.account_id in seen:
                    continue
                seen.add(other.account_id)
                part.append(
                    (
                        c.take("ipvideotalk_participants"),
                        meeting_id,
                        other.account_id,
                        other.name,
                        other.email,
                        joined,
                    )
                )
            else:
                name, email = self._guest(rng)
                part.append(
                    (c.take("ipvideotalk_participants"), meeting_id, None, name, email, joined)
                )

    def _gwn(self, rng: random.Random, owner: _Person, people: list[_Person], rows: Rows) -> None:
        c = self._counters
        org_id = c.take("gwn_organisations")
        created_sec, created = self._ts(rng)
        rows["gwn_organisations"].append(
            (
                org_id,
                _pick(rng, self.pools.companies),
                owner.account_id,
                owner.region.country,
                created,
            )
        )
        members = [owner]
        for _ in range(int(rng.random() * 3)):
            other = people[int(rng.random() * len(people))]
            if other not in members:
                members.append(other)
        for i, member in enumerate(members):
            location = f"{member.place[1]}, {member.region.country}"
            rows["gwn_members"].append(
                (
                    c.take("gwn_members"),
                    org_id,
                    member.account_id,
                    member.name,
                    member.email,
                    location,
                    "owner" if i == 0 else "admin",
                )
            )
        first_ascii = ascii_lower(owner.name.split(" ")[0])
        for n in range(1 + int(rng.random() * 4)):
            ap_id = c.take("gwn_access_points")
            c.ap_macs += 1
            mac = self._mac(GRANDSTREAM_OUI, 0x800000 + c.ap_macs)
            model, firmware = _pick(rng, AP_MODELS)
            rows["gwn_access_points"].append(
                (
                    ap_id,
                    org_id,
                    mac,
                    f"{_pick(rng, AP_PLACES)}-{n + 1}",
                    model,
                    firmware,
                    f"192.168.{int(rng.random() * 255)}.{2 + n}",
                    int(rng.random() * 3_000_000),
                    int(rng.random() * 90),
                    20 + int(rng.random() * 70),
                )
            )
            for _ in range(1 + int(rng.random() * 8)):
                vendor, os_name, kind, oui = _pick(rng, CLIENT_VENDORS)
                c.client_macs += 1
                conn_sec, connected = self._ts(rng, created_sec)
                hostname = (
                    f"{first_ascii}s-{kind}"
                    if rng.random() < 0.3
                    else f"{kind}-{rng.getrandbits(16):04x}"
                )
                rows["gwn_client_devices"].append(
                    (
                        c.take("gwn_client_devices"),
                        ap_id,
                        self._mac(oui, c.client_macs),
                        hostname,
                        os_name,
                        vendor,
                        rng.getrandbits(30),
                        rng.getrandbits(32),
                        _pick(rng, ("WPA2-PSK", "WPA2-Enterprise", "Open", "Captive portal")),
                        connected,
                        int(rng.random() * 28_800),
                    )
                )
            if rng.random() < 0.3:
                granted_sec, granted = self._ts(rng, created_sec)
                kind = _pick(rng, ("syslog", "core_file", "operation_log"))
                day = _DAY_TEXT[granted_sec // 86400].strip()
                file_name = f"{kind}_{mac.replace(':', '')}_{day}.tar.gz"
                rows["gwn_trace_files"].append(
                    (
                        c.take("gwn_trace_files"),
                        ap_id,
                        owner.account_id,
                        granted,
                        kind,
                        file_name,
                        1024 + rng.getrandbits(22),
                        self._text_ts(granted_sec + 600),
                    )
                )

    @staticmethod
    def _mac(oui: str, serial: int) -> str:
        serial &= 0xFFFFFF
        return f"{oui}:{serial >> 16:02X}:{(serial >> 8) & 255:02X}:{serial & 255:02X}"

    def _social(self, rng: random.Random, person: _Person, rows: Rows) -> None:
        provider = _pick(rng, ("google", "facebook", "twitter", "linkedin", "wechat"))
        email = (
            person.email
            if rng.random() < 0.7
            else (f"{ascii_lower(person.name)}{rng.getrandbits(10)}@gmail.com")
        )
        _, linked = self._ts(rng)
        rows["social_login_profiles"].append(
            (
                self._counters.take("social_login_profiles"),
                person.account_id,
                provider,
                self._token(rng, 20),
                person.name,
                _pick(rng, GENDERS),
                email,
                1950 + int(rng.random() * 55),
                linked,
            )
        )

    def _phone_setup(self, rng: random.Random, person: _Person, rows: Rows) -> None:
        c = self._counters
        _, at = self._ts(rng)
        rows["ip_phone_setups"].append(
            (
                c.take("ip_phone_setups"),
                person.account_id if rng.random() < 0.8 else None,
                self._ip(rng),
                person.region.language,
                f"{person.place[1]}, {person.region.country}",
                at,
            )
        )

    def _address(
        self, rng: random.Random, owner: _Person, recipient: str, region: Region, rows: Rows
    ) -> int:
        street, city, state, postal = _pick(rng, region.places)
        address_id = self._counters.take("shipping_addresses")
        rows["shipping_addresses"].append(
            (
                address_id,
                owner.account_id,
                recipient,
                street,
                city,
                state,
                postal,
                region.country,
                owner.phone,
            )
        )
        return address_id

    def _store(
        self,
        rng: random.Random,
        person: _Person,
        people: list[_Person],
        addresses: list[int],
        rows: Rows,
    ) -> None:
        c = self._counters
        own = self._address(rng, person, person.name, person.region, rows)
        choices = [own]
        if rng.random() < 0.1:  # a gift to a friend, shipped to the friend's address
            friend, _ = self._guest(rng)
            choices.append(self._address(rng, person, friend, person.region, rows))
        addresses.append(own)
        for _ in range(1 + int(rng.random() * 3)):
            if len(addresses) > 1 and rng.random() < 0.08:  # shipped to a household member
                address = addresses[int(rng.random() * len(addresses))]
            else:
                address = _pick(rng, choices)
            order_id = c.take("store_orders")
            placed_sec, placed = self._ts(rng)
            total = 0
            for _ in range(1 + int(rng.random() * 3)):
                sku, product, price = _pick(rng, PRODUCTS)
                qty = 1 + (rng.random() < 0.2) * int(rng.random() * 5)
                total += qty * price
                rows["store_order_items"].append(
                    (c.take("store_order_items"), order_id, sku, product, qty, price)
                )
            processor = _pick(rng, PROCESSORS)
            token = {"stripe": "tok_", "paypal": "PAYID-", "braintree": "bt_", "adyen": "ady_"}[
                processor
            ] + self._token(rng, 24)
            status = "delivered" if placed_sec < _SPAN - 14 * 86400 else "shipped"
            rows["store_orders"].append(
                (
                    order_id,
                    person.account_id,
                    person.email,
                    address,
                    placed,
                    status,
                    "EUR"
                    if person.region.country in ("DE", "FR", "ES")
                    else ("GBP" if person.region.country == "GB" else "USD"),
                    total,
                    processor,
                    token,
                )
            )

    def _ticket(self, rng: random.Random, person: _Person, rows: Rows) -> None:
        sku, product, _ = _pick(rng, PRODUCTS)
        topic = _pick(rng, TICKET_TOPICS)
        pool = self.pools.sentences
        sentences = " ".join(_pick(rng, pool) for _ in range(2 + int(rng.random() * 4)))
        body = (
            f"Hello, my {sku} has a problem: {topic}. {sentences} "
            f"Order reference {rng.getrandbits(24):08d}. Thanks, {person.name.split(' ')[0]}"
        )
        _, opened = self._ts(rng)
        rows["support_tickets"].append(
            (
                self._counters.take("support_tickets"),
                person.account_id if rng.random() < 0.85 else None,
                person.name,
                person.email,
                person.phone,
                sku,
                f"{product}: {topic}",
                body,
                _pick(rng, ("open", "pending", "solved", "closed")),
                opened,
            )
        )

    def _subscriptions(self, rng: random.Random, person: _Person, rows: Rows) -> None:
        lists = rng.sample(LISTS, 1 + (rng.random() < 0.4))
        logged_in = rng.random() < 0.6
        for list_name in lists:
            sub_sec, subscribed = self._ts(rng)
            unsubscribed = None
            if rng.random() < 0.1:
                unsubscribed = self._text_ts(sub_sec + int(rng.random() * 8e6))
            rows["marketing_subscriptions"].append(
                (
                    self._counters.take("marketing_subscriptions"),
                    person.account_id if logged_in else None,
                    person.email,
                    person.name,
                    person.phone if rng.random() < 0.3 else None,
                    person.region.country,
                    person.place[2],
                    list_name,
                    _pick(rng, FREQUENCIES),
                    _pick(rng, ("form", "newsletter", "download")),
                    subscribed,
                    unsubscribed,
                )
            )

    def _web_events(self, rng: random.Random, person: _Person, rows: Rows) -> None:
        r = rng.random
        n = int(r() * 6)
        if not n:
            return
        cookies = [self._uuid(rng) for _ in range(1 + int(r() * 2.5))]
        home_ip = self._ip(rng)
        agent = _pick(rng, self.pools.user_agents)
        append = rows["web_analytics_events"].append
        next_id = self._counters.ids["web_analytics_events"].__next__
        account_id = person.account_id
        n_cookies = len(cookies)
        for _ in range(n):
            sec = int(r() * _SPAN)
            append(
                (
                    next_id(),
                    cookies[int(r() * n_cookies)],
                    account_id if r() < 0.5 else None,
                    home_ip if r() < 0.7 else self._ip(rng),
                    agent,
                    PAGES[int(r() * _N_PAGES)],
                    REFERRERS[int(r() * _N_REFERRERS)] if r() < 0.4 else None,
                    _DAY_TEXT[sec // 86400] + _CLOCK_TEXT[sec % 86400],
                )
            )

    def _app_events(
        self, rng: random.Random, person: _Person, devices: list[str], rows: Rows
    ) -> None:
        events = rows["app_analytics_events"]
        c = self._counters
        model, os_name, versions = _pick(rng, MOBILE_DEVICES)
        os_version = _pick(rng, versions)
        for _ in range(int(rng.random() * 4)):
            app, activities = _pick(rng, APPS)
            _, at = self._ts(rng)
            events.append(
                (
                    c.take("app_analytics_events"),
                    devices[int(rng.random() * len(devices))],
                    person.account_id if rng.random() < 0.8 else None,
                    app,
                    model,
                    os_name,
                    os_version,
                    person.region.language,
                    person.region.country,
                    _pick(rng, activities),
                    5 + int(rng.random() * 3600),
                    at,
                )
            )


def column_names(table_name: str) -> list[str]:
    """The column names of a demo table, in the order the generator writes its tuples."""
    for table in TABLES:
        if table.name == table_name:
            return [str(c.name) for c in table.columns]
    raise KeyError(table_name)
