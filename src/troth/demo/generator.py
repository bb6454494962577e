"""Rows of the demo company, generated block by block.

Subjects are generated in fixed blocks of :data:`BLOCK_SUBJECTS`. Everything a
block holds is decided by ``(seed, block index)`` alone: its rows draw from
their own ``random.Random`` derived from both, and each table's row ids come
from a range reserved for the block (``block × capacity + 1`` onwards, the
capacity being the most rows a block can ever produce for that table). Blocks
can therefore be generated in any order, by any number of processes, and
grouped into batches of any size without changing a single value. No I/O
happens here.

Rows are plain tuples in the column order of the tables in
:mod:`troth.demo.schema`; timestamps are ISO strings, which both SQLite and
PostgreSQL ``COPY`` read directly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from binascii import b2a_base64
from collections.abc import Iterator
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from troth.demo.pools import Pools, Region, ascii_lower, build_pools
from troth.demo.schema import TABLES
from troth.demo.sip_secrets import key_id, sip_credential_aad

BLOCK_SUBJECTS = 1000
GWN_ORGANISATIONS_PER_BLOCK = 64

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
assert _N_PAGES == 16, "web events pick a page with four random bits"
_N_REFERRERS = len(REFERRERS)
GENDERS = ("female", "male", "female", "male", "non-binary", None)


_N_PAGES = len(PAGES)
assert _N_PAGES == 16, "web events pick a page with four random bits"
_N_REFERRERS = len(REFERRERS)
GENDERS = ("female", "male", "female", "male", "non-binary", None)
SOCIAL_PROVIDERS = ("google", "facebook", "twitter", "linkedin", "wechat")
TOKEN_PREFIXES = {"stripe": "tok_", "paypal": "PAYID-", "braintree": "bt_", "adyen": "ady_"}
CLIENT_AUTH = ("WPA2-PSK", "WPA2-Enterprise", "Open", "Captive portal")
TRACE_KINDS = ("syslog", "core_file", "operation_log")
TICKET_STATUSES = ("open", "pending", "solved", "closed")
SUB_SOURCES = ("form", "newsletter", "download")
_EURO = frozenset(("DE", "FR", "ES"))

# The most rows one subject can add to each table (GWN.Cloud tables: per organisation, and a
# block holds at most GWN_ORGANISATIONS_PER_BLOCK organisations).
_MOST_PER_SUBJECT = {
    "accounts": 1,
    "wave_permissions": 2,
    "wave_sip_accounts": 1,
    "wave_contacts": 8,
    "ipvideotalk_meetings": 2,
    "ipvideotalk_participants": 14,
    "social_login_profiles": 1,
    "ip_phone_setups": 2,
    "shipping_addresses": 2,
    "store_orders": 3,
    "store_order_items": 9,
    "support_tickets": 1,
    "marketing_subscriptions": 2,
    "web_analytics_events": 5,
    "app_analytics_events": 3,
}
_MOST_PER_ORGANISATION = {
    "gwn_organisations": 1,
    "gwn_members": 3,
    "gwn_access_points": 4,
    "gwn_client_devices": 32,
    "gwn_trace_files": 4,
}

BLOCK_CAPACITY: dict[str, int] = {
    **{name: n * BLOCK_SUBJECTS for name, n in _MOST_PER_SUBJECT.items()},
    **{name: n * GWN_ORGANISATIONS_PER_BLOCK for name, n in _MOST_PER_ORGANISATION.items()},
}
"""Row ids reserved per block and table: block ``b`` uses ``b × capacity + 1`` onwards."""

assert set(BLOCK_CAPACITY) == {str(t.name) for t in TABLES}, "a demo table has no block capacity"


def block_seed(seed: int, block: int) -> int:
    """The seed of one block's random generator, derived from the build seed and block index."""
    digest = hashlib.blake2b(f"troth-demo:{seed}:{block}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def first_row_id(table: str, block: int) -> int:
    """The first row id a block may use in a table."""
    return block * BLOCK_CAPACITY[table] + 1


def mac_address(oui: str, serial: int) -> str:
    """A MAC address from a vendor prefix and a serial, unique for every serial below 2**30.

    Serials past the vendor's 24 bits get a locally administered first octet instead (as
    devices that randomise their address use) built from the serial's high bits, followed
    by the vendor prefix's first two octets, so vendors never share an address.
    """
    high = serial >> 24
    if high:
        oui = f"{(high << 2 | 2) & 0xFF:02X}:{oui[:5]}"
    serial &= 0xFFFFFF
    return f"{oui}:{serial >> 16:02X}:{(serial >> 8) & 255:02X}:{serial & 255:02X}"


def _at(sec: int) -> str:
    """Seconds since the demo epoch (capped at its end) as an ISO timestamp."""
    if sec > _SPAN:
        sec = _SPAN
    return _DAY_TEXT[sec // 86400] + _CLOCK_TEXT[sec % 86400]


def _phone(r: Any, getrandbits: Any, region: Region) -> str:
    """A phone number written with spaces, as people type them (never one long digit run)."""
    n = getrandbits(30) % 10_000_000
    code = region.calling_code
    if code == "1":
        area = 201 + getrandbits(10) % 780
        return f"+1 {area}-{n // 10000 % 1000:03d}-{n % 10000:04d}"
    return f"+{code} {6 + (r() < 0.5)}{n // 100000:02d} {n // 1000 % 100:02d} {n % 1000:03d}"


# Thirteen digits or more, single spaces or dashes allowed between them: what a card number
# looks like to the intake guard. Random identifiers that happen to look like one are drawn again.
_CARD_LIKE = re.compile(r"\d(?:[ -]?\d){12}")


def _uuid(getrandbits: Any) -> str:
    while True:
        h = f"{getrandbits(128):032x}"
        text = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
        if not _CARD_LIKE.search(text, 0, 19):  # digits can run only through the first groups
            return text


def _ip(getrandbits: Any) -> str:
    v = getrandbits(32)
    return f"{(v >> 24) % 223 + 1}.{(v >> 16) & 255}.{(v >> 8) & 255}.{v & 255}"


_URL_SAFE = bytes.maketrans(b"+/", b"-_")


def _token(getrandbits: Any, length: int) -> str:
    """Random letters, digits, ``-`` and ``_`` (URL-safe base64 of random bits)."""
    n = length * 3 // 4 + 1
    while True:
        raw = getrandbits(n * 8).to_bytes(n, "little")
        text = b2a_base64(raw, newline=False).translate(_URL_SAFE).decode()[:length]
        if not _CARD_LIKE.search(text):
            return text


# A person of the block: account id, name, email, phone, region, place.
_Person = tuple[int, str, str, "str | None", Region, tuple[str, str, "str | None", str]]


class DemoGenerator:
    """Generates the demo company's rows for ``subjects`` people, deterministically for a seed."""

    def __init__(
        self, seed: int, subjects: int, sip_key: bytes, pools: Pools | None = None
    ) -> None:
        if subjects < 1:
            raise ValueError("subjects must be at least 1")
        self.seed = seed
        self.subjects = subjects
        self.pools: Pools = pools if pools is not None else build_pools(seed)
        self._aead = AESGCM(sip_key)
        self._key_id = key_id(sip_key)
        weights = self.pools.region_weights
        self._region_pick = tuple(
            region for region, w in zip(self.pools.regions, weights, strict=True) for _ in range(w)
        )
        self._table_names = tuple(str(t.name) for t in TABLES)
        self._company_slugs = tuple(ascii_lower(c)[:18] for c in self.pools.companies)

    @property
    def blocks(self) -> int:
        return (self.subjects + BLOCK_SUBJECTS - 1) // BLOCK_SUBJECTS

    def batch_count(self, blocks_per_batch: int) -> int:
        """How many batches of ``blocks_per_batch`` blocks the build has."""
        return (self.blocks + blocks_per_batch - 1) // blocks_per_batch

    def batch(self, index: int, blocks_per_batch: int) -> tuple[int, Rows]:
        """Batch ``index``: (subjects generated up to its end, its rows)."""
        if blocks_per_batch < 1:
            raise ValueError("blocks_per_batch must be at least 1")
        first = index * blocks_per_batch
        last = min(first + blocks_per_batch, self.blocks)
        rows: Rows = {name: [] for name in self._table_names}
        for block in range(first, last):
            for name, part in self.block(block).items():
                rows[name].extend(part)
        return min(last * BLOCK_SUBJECTS, self.subjects), rows

    def batches(self, blocks_per_batch: int = 10) -> Iterator[tuple[int, Rows]]:
        """Yield ``(subjects generated so far, rows)`` for groups of ``blocks_per_batch`` blocks."""
        if blocks_per_batch < 1:
            raise ValueError("blocks_per_batch must be at least 1")
        for index in range(self.batch_count(blocks_per_batch)):
            yield self.batch(index, blocks_per_batch)

    def block(self, block: int) -> Rows:
        """Every row of one block of subjects; depends only on the seed and ``block``."""
        if not 0 <= block < self.blocks:
            raise ValueError(f"block {block} is outside 0..{self.blocks - 1}")
        rows = _BlockBuilder(self, block).run()
        for name, part in rows.items():
            if len(part) > BLOCK_CAPACITY[name]:  # pragma: no cover - excluded by construction
                raise RuntimeError(f"block {block} overflows the id range of {name}")
        return rows


class _BlockBuilder:
    """One block being generated: its random generator, its rows and the people made so far."""

    def __init__(self, gen: DemoGenerator, block: int) -> None:
        self.gen = gen
        self.block = block
        rng = random.Random(block_seed(gen.seed, block))
        self.r = rng.random
        self.bits = rng.getrandbits
        self.rows: Rows = {name: [] for name in gen._table_names}
        self.base = {name: block * cap for name, cap in BLOCK_CAPACITY.items()}
        self.people: list[_Person] = []
        self.addresses: list[int] = []
        self.organisations = 0

    def _next_id(self, table: str) -> int:
        return self.base[table] + len(self.rows[table]) + 1

    def run(self) -> Rows:
        first = self.block * BLOCK_SUBJECTS + 1
        last = min(first + BLOCK_SUBJECTS - 1, self.gen.subjects)
        r, bits = self.r, self.bits
        for account_id in range(first, last + 1):
            person = self.account(account_id)
            devices = [_uuid(bits) for _ in range(int(r() * 2.6))]
            if devices and r() < 0.75:
                self.wave(person)
            if r() < 0.12:
                self.meeting(person)
                if r() < 0.2:
                    self.meeting(person)
            manages_network = r() < 0.03 and self.organisations < GWN_ORGANISATIONS_PER_BLOCK
            if manages_network:
                self.gwn(person)
            if r() < 0.2:
                self.social(person)
            if r() < 0.15:
                self.phone_setup(person)
                if r() < 0.3:
                    self.phone_setup(person)
            if r() < 0.25:
                self.store(person)
            if r() < (0.5 if manages_network else 0.1):  # network admins ask for help more
                self.ticket(person)
            if r() < 0.35:
                self.subscriptions(person)
            self.web_events(person)
            if devices:
                self.app_events(person, devices)
        return self.rows

    def account(self, account_id: int) -> _Person:
        r, bits = self.r, self.bits
        regions = self.gen._region_pick
        region = regions[int(r() * len(regions))]
        firsts, lasts, places = region.first_names, region.last_names, region.places
        first, first_ascii = firsts[int(r() * len(firsts))]
        last, last_ascii = lasts[int(r() * len(lasts))]
        place = places[int(r() * len(places))]
        domains = region.mail_domains
        email = f"{first_ascii}.{last_ascii}{account_id}@{domains[int(r() * len(domains))]}"
        username = f"{first_ascii[:1]}{last_ascii}{account_id}"
        phone = _phone(r, bits, region) if r() < 0.85 else None
        # A realistic-looking argon2id encoding built from seeded random bits: hashing a
        # million passwords is not what the demo is for, so no password is ever hashed here.
        secret = b2a_base64(bits(392).to_bytes(49, "little"), newline=False).decode()
        password_hash = f"$argon2id$v=19$m=65536,t=3,p=4${secret[:22]}${secret[22:65]}"
        name = f"{first} {last}"
        self.rows["accounts"].append(
            (
                account_id,
                username,
                email,
                name,
                password_hash,
                region.country,
                place[2] or place[1],
                _at(int(r() * _SPAN)),
            )
        )
        person: _Person = (account_id, name, email, phone, region, place)
        self.people.append(person)
        return person

    def wave(self, person: _Person) -> None:
        r, bits, rows, gen = self.r, self.bits, self.rows, self.gen
        account_id = person[0]
        decided = _at(int(r() * _SPAN))
        perms = rows["wave_permissions"]
        contacts_granted = r() < 0.7
        contacts_perm = self._next_id("wave_permissions")
        perms.append((contacts_perm, account_id, "contacts", contacts_granted, decided))
        perms.append((contacts_perm + 1, account_id, "camera", r() < 0.6, decided))
        if r() < 0.9:
            sip_user = f"{bits(20) % 900000 + 100000}"
            password = _token(bits, 14)
            nonce = bits(96).to_bytes(12, "little")
            # The JSON text of {"user": ..., "password": ...}: digits and URL-safe base64
            # characters need no escaping, so the text is written directly.
            plaintext = f'{{"user": "{sip_user}", "password": "{password}"}}'.encode()
            sealed = gen._aead.encrypt(nonce, plaintext, sip_credential_aad(account_id))
            rows["wave_sip_accounts"].append(
                (
                    self._next_id("wave_sip_accounts"),
                    account_id,
                    SIP_SERVERS[int(r() * len(SIP_SERVERS))],
                    nonce,
                    sealed,
                    gen._key_id,
                    decided,
                )
            )
        if contacts_granted:
            region = person[4]
            firsts, lasts = region.first_names, region.last_names
            people = self.people
            contacts = rows["wave_contacts"]
            first_id = self._next_id("wave_contacts")
            for i in range(2 + int(r() * 7)):
                if r() < 0.3:
                    other = people[int(r() * len(people))]
                    name, phone, email = other[1], other[3], other[2]
                else:
                    name = f"{firsts[int(r() * len(firsts))][0]} {lasts[int(r() * len(lasts))][0]}"
                    phone = _phone(r, bits, region)
                    email = None
                contacts.append(
                    (first_id + i, account_id, contacts_perm, name, phone, email, decided)
                )

    def guest(self) -> tuple[str, str]:
        """Someone without an account: a name and a work email."""
        r, gen = self.r, self.gen
        regions = gen._region_pick
        region = regions[int(r() * len(regions))]
        firsts, lasts = region.first_names, region.last_names
        first, first_ascii = firsts[int(r() * len(firsts))]
        last, last_ascii = lasts[int(r() * len(lasts))]
        company = gen._company_slugs[int(r() * len(gen._company_slugs))]
        return f"{first} {last}", f"{first_ascii}.{last_ascii}@{company}.example"

    def meeting(self, organiser: _Person) -> None:
        r, bits, rows = self.r, self.bits, self.rows
        meetings = rows["ipvideotalk_meetings"]
        meeting_id = self._next_id("ipvideotalk_meetings")
        start_sec = int(r() * _SPAN)
        start = _at(start_sec)
        code = f"{bits(32) % 900_000_000 + 100_000_000}"
        words = self.gen.pools.words
        topic = MEETING_TOPICS[int(r() * len(MEETING_TOPICS))]
        title = f"{topic}: {words[int(r() * len(words))].title()}"
        meetings.append((meeting_id, code, organiser[0], title, start, 15 + int(r() * 106)))
        part = rows["ipvideotalk_participants"]
        base = self.base["ipvideotalk_participants"] + 1
        part.append((base + len(part), meeting_id, organiser[0], organiser[1], organiser[2], start))
        seen = {organiser[0]}
        people = self.people
        for _ in range(1 + int(r() * 6)):
            joined = _at(start_sec + int(r() * 300))
            if len(people) > 1 and r() < 0.7:
                other = people[int(r() * len(people))]
                if other[0] in seen:
                    continue
                seen.add(other[0])
                part.append((base + len(part), meeting_id, other[0], other[1], other[2], joined))
            else:
                name, email = self.guest()
                part.append((base + len(part), meeting_id, None, name, email, joined))

    def gwn(self, owner: _Person) -> None:
        self.organisations += 1
        r, bits, rows = self.r, self.bits, self.rows
        org_id = self._next_id("gwn_organisations")
        created_sec = int(r() * _SPAN)
        companies = self.gen.pools.companies
        rows["gwn_organisations"].append(
            (
                org_id,
                companies[int(r() * len(companies))],
                owner[0],
                owner[4].country,
                _at(created_sec),
            )
        )
        members = [owner]
        people = self.people
        for _ in range(int(r() * 3)):
            other = people[int(r() * len(people))]
            if all(m[0] != other[0] for m in members):
                members.append(other)
        member_rows = rows["gwn_members"]
        for i, member in enumerate(members):
            member_rows.append(
                (
                    self._next_id("gwn_members"),
                    org_id,
                    member[0],
                    member[1],
                    member[2],
                    f"{member[5][1]}, {member[4].country}",
                    "owner" if i == 0 else "admin",
                )
            )
        first_ascii = ascii_lower(owner[1].split(" ")[0])
        aps, clients, traces = (
            rows["gwn_access_points"],
            rows["gwn_client_devices"],
            rows["gwn_trace_files"],
        )
        rest = _SPAN - created_sec
        for n in range(1 + int(r() * 4)):
            ap_id = self._next_id("gwn_access_points")
            mac = mac_address(GRANDSTREAM_OUI, 0x800000 + ap_id)
            model, firmware = AP_MODELS[int(r() * len(AP_MODELS))]
            aps.append(
                (
                    ap_id,
                    org_id,
                    mac,
                    f"{AP_PLACES[int(r() * len(AP_PLACES))]}-{n + 1}",
                    model,
                    firmware,
                    f"192.168.{int(r() * 255)}.{2 + n}",
                    int(r() * 3_000_000),
                    int(r() * 90),
                    20 + int(r() * 70),
                )
            )
            for _ in range(1 + int(r() * 8)):
                vendor, os_name, kind, oui = CLIENT_VENDORS[int(r() * len(CLIENT_VENDORS))]
                client_id = self._next_id("gwn_client_devices")
                connected = _at(created_sec + int(r() * rest))
                hostname = f"{first_ascii}s-{kind}" if r() < 0.3 else f"{kind}-{bits(16):04x}"
                clients.append(
                    (
                        client_id,
                        ap_id,
                        mac_address(oui, client_id),
                        hostname,
                        os_name,
                        vendor,
                        bits(30),
                        bits(32),
                        CLIENT_AUTH[int(r() * len(CLIENT_AUTH))],
                        connected,
                        int(r() * 28_800),
                    )
                )
            if r() < 0.3:
                granted_sec = created_sec + int(r() * rest)
                kind = TRACE_KINDS[int(r() * len(TRACE_KINDS))]
                day = _DAY_TEXT[granted_sec // 86400].strip()
                traces.append(
                    (
                        self._next_id("gwn_trace_files"),
                        ap_id,
                        owner[0],
                        _at(granted_sec),
                        kind,
                        f"{kind}_{mac.replace(':', '')}_{day}.tar.gz",
                        1024 + bits(22),
                        _at(granted_sec + 600),
                    )
                )

    def social(self, person: _Person) -> None:
        r, bits = self.r, self.bits
        provider = SOCIAL_PROVIDERS[int(r() * len(SOCIAL_PROVIDERS))]
        email = person[2] if r() < 0.7 else f"{ascii_lower(person[1])}{bits(10)}@gmail.com"
        self.rows["social_login_profiles"].append(
            (
                self._next_id("social_login_profiles"),
                person[0],
                provider,
                _token(bits, 20),
                person[1],
                GENDERS[int(r() * len(GENDERS))],
                email,
                1950 + int(r() * 55),
                _at(int(r() * _SPAN)),
            )
        )

    def phone_setup(self, person: _Person) -> None:
        r = self.r
        region = person[4]
        self.rows["ip_phone_setups"].append(
            (
                self._next_id("ip_phone_setups"),
                person[0] if r() < 0.8 else None,
                _ip(self.bits),
                region.language,
                f"{person[5][1]}, {region.country}",
                _at(int(r() * _SPAN)),
            )
        )

    def address(self, owner: _Person, recipient: str) -> int:
        region = owner[4]
        places = region.places
        street, city, state, postal = places[int(self.r() * len(places))]
        address_id = self._next_id("shipping_addresses")
        self.rows["shipping_addresses"].append(
            (address_id, owner[0], recipient, street, city, state, postal, region.country, owner[3])
        )
        return address_id

    def store(self, person: _Person) -> None:
        r, bits, rows = self.r, self.bits, self.rows
        own = self.address(person, person[1])
        choices = [own]
        if r() < 0.1:  # a gift to a friend, shipped to the friend's address
            friend, _ = self.guest()
            choices.append(self.address(person, friend))
        addresses = self.addresses
        addresses.append(own)
        orders, items = rows["store_orders"], rows["store_order_items"]
        item_base = self.base["store_order_items"] + 1
        country = person[4].country
        currency = "EUR" if country in _EURO else ("GBP" if country == "GB" else "USD")
        for _ in range(1 + int(r() * 3)):
            if len(addresses) > 1 and r() < 0.08:  # shipped to a household member
                address = addresses[int(r() * len(addresses))]
            else:
                address = choices[int(r() * len(choices))]
            order_id = self._next_id("store_orders")
            placed_sec = int(r() * _SPAN)
            total = 0
            for _ in range(1 + int(r() * 3)):
                sku, product, price = PRODUCTS[int(r() * len(PRODUCTS))]
                qty = 1 + int(r() * 5) if r() < 0.2 else 1
                total += qty * price
                items.append((item_base + len(items), order_id, sku, product, qty, price))
            processor = PROCESSORS[int(r() * len(PROCESSORS))]
            orders.append(
                (
                    order_id,
                    person[0],
                    person[2],
                    address,
                    _at(placed_sec),
                    "delivered" if placed_sec < _SPAN - 14 * 86400 else "shipped",
                    currency,
                    total,
                    processor,
                    TOKEN_PREFIXES[processor] + _token(bits, 24),
                )
            )

    def ticket(self, person: _Person) -> None:
        r, bits = self.r, self.bits
        sku, product, _ = PRODUCTS[int(r() * len(PRODUCTS))]
        topic = TICKET_TOPICS[int(r() * len(TICKET_TOPICS))]
        pool = self.gen.pools.sentences
        text = " ".join([pool[int(r() * len(pool))] for _ in range(2 + int(r() * 4))])
        body = (
            f"Hello, my {sku} has a problem: {topic}. {text} "
            f"Order reference {bits(24):08d}. Thanks, {person[1].split(' ')[0]}"
        )
        self.rows["support_tickets"].append(
            (
                self._next_id("support_tickets"),
                person[0] if r() < 0.85 else None,
                person[1],
                person[2],
                person[3],
                sku,
                f"{product}: {topic}",
                body,
                TICKET_STATUSES[int(r() * len(TICKET_STATUSES))],
                _at(int(r() * _SPAN)),
            )
        )

    def subscriptions(self, person: _Person) -> None:
        r = self.r
        first = int(r() * len(LISTS))
        lists = [LISTS[first]]
        if r() < 0.4:
            lists.append(LISTS[(first + 1 + int(r() * (len(LISTS) - 1))) % len(LISTS)])
        logged_in = r() < 0.6
        subs = self.rows["marketing_subscriptions"]
        base = self.base["marketing_subscriptions"] + 1
        region, place = person[4], person[5]
        for list_name in lists:
            sub_sec = int(r() * _SPAN)
            unsubscribed = _at(sub_sec + int(r() * 8e6)) if r() < 0.1 else None
            subs.append(
                (
                    base + len(subs),
                    person[0] if logged_in else None,
                    person[2],
                    person[1],
                    person[3] if r() < 0.3 else None,
                    region.country,
                    place[2],
                    list_name,
                    FREQUENCIES[int(r() * len(FREQUENCIES))],
                    SUB_SOURCES[int(r() * len(SUB_SOURCES))],
                    _at(sub_sec),
                    unsubscribed,
                )
            )

    def web_events(self, person: _Person) -> None:
        r, bits = self.r, self.bits
        n = int(r() * 6)
        if not n:
            return
        cookies = [_uuid(bits) for _ in range(1 + int(r() * 2.5))]
        n_cookies = len(cookies)
        home_ip = _ip(bits)
        agents = self.gen.pools.user_agents
        agent = agents[int(r() * len(agents))]
        account_id = person[0]
        events = self.rows["web_analytics_events"]
        first_id = self.base["web_analytics_events"] + len(events) + 1
        day, clock = _DAY_TEXT, _CLOCK_TEXT
        for i in range(n):
            sec = int(r() * _SPAN)
            # One draw of 32 bits decides the rest: cookie (bits 0-9), whether signed in
            # (bit 10), page (11-14), home address or another (15-18, 11 in 16), referrer or
            # none (19-21, 3 in 8) and which referrer (22-31).
            v = bits(32)
            events.append(
                (
                    first_id + i,
                    cookies[((v & 1023) * n_cookies) >> 10],
                    account_id if v & 1024 else None,
                    home_ip if (v >> 15 & 15) < 11 else _ip(bits),
                    agent,
                    PAGES[v >> 11 & 15],
                    REFERRERS[((v >> 22) * _N_REFERRERS) >> 10] if (v >> 19 & 7) < 3 else None,
                    day[sec // 86400] + clock[sec % 86400],
                )
            )

    def app_events(self, person: _Person, devices: list[str]) -> None:
        r = self.r
        n = int(r() * 4)
        if not n:
            return
        model, os_name, versions = MOBILE_DEVICES[int(r() * len(MOBILE_DEVICES))]
        os_version = versions[int(r() * len(versions))]
        region = person[4]
        account_id = person[0]
        events = self.rows["app_analytics_events"]
        first_id = self.base["app_analytics_events"] + len(events) + 1
        for i in range(n):
            app, activities = APPS[int(r() * len(APPS))]
            events.append(
                (
                    first_id + i,
                    devices[int(r() * len(devices))],
                    account_id if r() < 0.8 else None,
                    app,
                    model,
                    os_name,
                    os_version,
                    region.language,
                    region.country,
                    activities[int(r() * len(activities))],
                    5 + int(r() * 3600),
                    _at(int(r() * _SPAN)),
                )
            )


def column_names(table_name: str) -> list[str]:
    """The column names of a demo table, in the order the generator writes its tuples."""
    for table in TABLES:
        if table.name == table_name:
            return [str(c.name) for c in table.columns]
    raise KeyError(table_name)
