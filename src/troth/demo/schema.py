"""The demo company's operational database, described once.

Every table belongs to one policy system (``Table.info["system"]``) and every
column says what it holds in ``Column.info``:

``categories``
    the fideslang data categories of its values;
``identity``
    the kind of subject identity the column holds (``email``, ``mac_address``...),
    so a request can start from it;
``references``
    ``(table.column, direction)`` pairs, direction as fideslang reads it: ``from``
    when this row is found from the referenced row (an order found from its
    account), ``to`` when the referenced row is found from this one.

The fideslang datasets (``troth.demo.datasets``), the indexes created after
loading and the loaders all read these tables, so there is one source of truth.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    func,
)

SYSTEMS: tuple[str, ...] = (
    "accounts",
    "wave_app",
    "ipvideotalk",
    "gwn_cloud",
    "social_login",
    "ip_phone_setup",
    "web_store",
    "customer_service",
    "marketing",
    "web_analytics",
    "app_analytics",
)

metadata = MetaData()

OPS = ("system.operations",)


def _col(
    name: str,
    type_: Any,
    categories: tuple[str, ...] | str,
    *,
    identity: str | None = None,
    references: tuple[str, str] | None = None,
    primary_key: bool = False,
    nullable: bool = True,
    description: str | None = None,
) -> Column[Any]:
    """A column with its privacy description in ``info``; ``references`` adds a foreign key."""
    cats = (categories,) if isinstance(categories, str) else tuple(categories)
    info: dict[str, Any] = {"categories": cats}
    if identity:
        info["identity"] = identity
    if description:
        info["description"] = description
    args: list[Any] = [type_]
    if references:
        target, direction = references
        info["references"] = ((target, direction),)
        args.append(ForeignKey(target))
    return Column(
        name, *args, primary_key=primary_key, nullable=nullable and not primary_key, info=info
    )


def _id() -> Column[Any]:
    return _col("id", BigInteger().with_variant(Integer, "sqlite"), OPS, primary_key=True)


def _account_ref(nullable: bool = False, name: str = "account_id") -> Column[Any]:
    return _col(
        name,
        BigInteger,
        "user.unique_id",
        references=("accounts.id", "from"),
        nullable=nullable,
    )


def _table(name: str, system: str, description: str, *columns: Column[Any]) -> Table:
    return Table(name, metadata, *columns, info={"system": system, "description": description})


# --- accounts -------------------------------------------------------------------------------

accounts = _table(
    "accounts",
    "accounts",
    "Grandstream accounts: one row per registered person.",
    _col("id", BigInteger().with_variant(Integer, "sqlite"), "user.unique_id", primary_key=True),
    _col("username", String(80), "user.account.username", identity="username", nullable=False),
    _col("email", String(160), "user.contact.email", identity="email", nullable=False),
    _col("full_name", String(120), "user.name", nullable=False),
    _col(
        "password_hash",
        String(128),
        "user.authorization.password",
        nullable=False,
        description="argon2id encoded hash",
    ),
    _col("location_country", String(2), "user.location.imprecise"),
    _col("location_region", String(80), "user.location.imprecise"),
    _col("created_at", DateTime, OPS, nullable=False),
)

# --- Wave app --------------------------------------------------------------------------------

wave_sip_accounts = _table(
    "wave_sip_accounts",
    "wave_app",
    "SIP/VoIP provider credentials the Wave app uses to place calls; encrypted with AES-GCM.",
    _id(),
    _account_ref(),
    _col("sip_server", String(120), "user.authorization.sip_credentials", nullable=False),
    _col("credential_nonce", LargeBinary, "user.authorization.sip_credentials", nullable=False),
    _col(
        "credential_ciphertext",
        LargeBinary,
        "user.authorization.sip_credentials",
        nullable=False,
        description="AES-GCM of the SIP user and password; the account id is the associated data",
    ),
    _col("key_id", String(32), OPS, nullable=False),
    _col("created_at", DateTime, OPS, nullable=False),
)

wave_permissions = _table(
    "wave_permissions",
    "wave_app",
    "Permissions a person granted or refused to the Wave app on one device.",
    _id(),
    _account_ref(),
    _col("permission", String(20), OPS, nullable=False),
    _col("granted", Boolean, "user.privacy_preferences", nullable=False),
    _col("decided_at", DateTime, OPS, nullable=False),
)

wave_contacts = _table(
    "wave_contacts",
    "wave_app",
    "Address-book entries imported into Wave after the contacts permission was granted.",
    _id(),
    _account_ref(),
    _col(
        "permission_id",
        BigInteger,
        OPS,
        references=("wave_permissions.id", "to"),
        nullable=False,
    ),
    _col("contact_name", String(120), "user.contact.address_book", nullable=False),
    _col("contact_phone", String(32), "user.contact.address_book"),
    _col("contact_email", String(160), "user.contact.address_book"),
    _col("imported_at", DateTime, OPS, nullable=False),
)

# --- IPVideoTalk -----------------------------------------------------------------------------

ipvideotalk_meetings = _table(
    "ipvideotalk_meetings",
    "ipvideotalk",
    "Video meetings; one organiser, many participants.",
    _id(),
    _col("meeting_code", String(16), "user.content.meeting", nullable=False),
    _account_ref(name="organiser_account_id"),
    _col("title", String(160), "user.content.meeting", nullable=False),
    _col("starts_at", DateTime, OPS, nullable=False),
    _col("duration_minutes", SmallInteger, OPS, nullable=False),
)

ipvideotalk_participants = _table(
    "ipvideotalk_participants",
    "ipvideotalk",
    "Who joined a meeting: accounts or guests known only by name and email.",
    _id(),
    _col(
        "meeting_id",
        BigInteger,
        OPS,
        references=("ipvideotalk_meetings.id", "to"),
        nullable=False,
    ),
    _account_ref(nullable=True),
    _col("display_name", String(120), "user.name", nullable=False),
    _col("email", String(160), "user.contact.email", identity="email", nullable=False),
    _col("joined_at", DateTime, OPS, nullable=False),
)

# --- GWN.Cloud -------------------------------------------------------------------------------

gwn_organisations = _table(
    "gwn_organisations",
    "gwn_cloud",
    "GWN.Cloud organisations that manage Wi-Fi networks.",
    _id(),
    _col("name", String(160), "user.contact.organization", nullable=False),
    _account_ref(name="owner_account_id"),
    _col("country", String(2), "user.location.imprecise"),
    _col("created_at", DateTime, OPS, nullable=False),
)

gwn_members = _table(
    "gwn_members",
    "gwn_cloud",
    "People who manage an organisation's network in GWN.Cloud.",
    _id(),
    _col(
        "organisation_id",
        BigInteger,
        OPS,
        references=("gwn_organisations.id", "to"),
        nullable=False,
    ),
    _account_ref(),
    _col("name", String(120), "user.name", nullable=False),
    _col("email", String(160), "user.contact.email", identity="email", nullable=False),
    _col("location", String(120), "user.location.imprecise"),
    _col("role", String(20), OPS, nullable=False),
)

gwn_access_points = _table(
    "gwn_access_points",
    "gwn_cloud",
    "Access points registered to an organisation, with their last reported state.",
    _id(),
    _col(
        "organisation_id",
        BigInteger,
        OPS,
        references=("gwn_organisations.id", "from"),
        nullable=False,
    ),
    _col(
        "mac_address",
        String(17),
        "user.device.mac_address",
        identity="mac_address",
        nullable=False,
    ),
    _col("name", String(80), "user.device.hostname", nullable=False),
    _col("model", String(20), "user.device.hardware", nullable=False),
    _col("firmware", String(20), "user.device.software", nullable=False),
    _col("ip_address", String(45), "user.device.ip_address", nullable=False),
    _col("uptime_seconds", Integer, OPS, nullable=False),
    _col("cpu_load_pct", SmallInteger, OPS, nullable=False),
    _col("memory_used_pct", SmallInteger, OPS, nullable=False),
)

gwn_client_devices = _table(
    "gwn_client_devices",
    "gwn_cloud",
    "Client devices seen on an access point.",
    _id(),
    _col(
        "access_point_id",
        BigInteger,
        OPS,
        references=("gwn_access_points.id", "from"),
        nullable=False,
    ),
    _col(
        "mac_address",
        String(17),
        "user.device.mac_address",
        identity="mac_address",
        nullable=False,
    ),
    _col("hostname", String(80), "user.device.hostname"),
    _col("os", String(40), "user.device.software"),
    _col("manufacturer", String(40), "user.device.hardware"),
    _col("bytes_up", BigInteger, "user.device.network_traffic", nullable=False),
    _col("bytes_down", BigInteger, "user.device.network_traffic", nullable=False),
    _col("authentication", String(30), "user.device.network_traffic", nullable=False),
    _col("connected_at", DateTime, "user.device.network_traffic", nullable=False),
    _col("connection_seconds", Integer, "user.device.network_traffic", nullable=False),
)

gwn_trace_files = _table(
    "gwn_trace_files",
    "gwn_cloud",
    "Trace files (syslog, core dumps, operation records) collected with permission.",
    _id(),
    _col(
        "access_point_id",
        BigInteger,
        OPS,
        references=("gwn_access_points.id", "from"),
        nullable=False,
    ),
    _account_ref(name="granted_by_account_id"),
    _col("permission_granted_at", DateTime, "user.privacy_preferences", nullable=False),
    _col("kind", String(20), OPS, nullable=False),
    _col("file_name", String(120), "user.device.trace_file", nullable=False),
    _col("size_bytes", Integer, OPS, nullable=False),
    _col("uploaded_at", DateTime, OPS, nullable=False),
)

# --- social login ----------------------------------------------------------------------------

social_login_profiles = _table(
    "social_login_profiles",
    "social_login",
    "Profiles received when a person signs in through a social network.",
    _id(),
    _account_ref(),
    _col("provider", String(20), "user.social", nullable=False),
    _col("provider_user_id", String(40), "user.social", nullable=False),
    _col("name", String(120), "user.name"),
    _col("gender", String(16), "user.demographic.gender"),
    _col("email", String(160), "user.contact.email", identity="email"),
    _col("birth_year", SmallInteger, "user.demographic.date_of_birth"),
    _col("linked_at", DateTime, OPS, nullable=False),
)

# --- IP phone set-up -------------------------------------------------------------------------

ip_phone_setups = _table(
    "ip_phone_setups",
    "ip_phone_setup",
    "IP phone set-up: the phone's IP address, used only to set language and location.",
    _id(),
    _account_ref(nullable=True),
    _col("ip_address", String(45), "user.device.ip_address", nullable=False),
    _col("language", String(8), "user.demographic.language", nullable=False),
    _col("location", String(64), "user.location.imprecise", nullable=False),
    _col("set_up_at", DateTime, OPS, nullable=False),
)

# --- web store -------------------------------------------------------------------------------

shipping_addresses = _table(
    "shipping_addresses",
    "web_store",
    "Addresses orders are shipped to; an order may use another person's address.",
    _id(),
    _account_ref(),
    _col("recipient_name", String(120), "user.name", nullable=False),
    _col("street", String(160), "user.contact.address.street", nullable=False),
    _col("city", String(80), "user.contact.address.city", nullable=False),
    _col("state", String(80), "user.contact.address.state"),
    _col("postal_code", String(16), "user.contact.address.postal_code", nullable=False),
    _col("country", String(2), "user.contact.address.country", nullable=False),
    _col("phone_number", String(32), "user.contact.phone_number"),
)

store_orders = _table(
    "store_orders",
    "web_store",
    "Web store orders; payment is held by the processor and known here only by its token.",
    _id(),
    _account_ref(),
    _col("email", String(160), "user.contact.email", identity="email", nullable=False),
    _col(
        "shipping_address_id",
        BigInteger,
        OPS,
        references=("shipping_addresses.id", "to"),
        nullable=False,
    ),
    _col("placed_at", DateTime, "user.behavior.purchase_history", nullable=False),
    _col("status", String(16), OPS, nullable=False),
    _col("currency", String(3), "user.behavior.purchase_history", nullable=False),
    _col("total_cents", Integer, "user.behavior.purchase_history", nullable=False),
    _col("payment_processor", String(20), OPS, nullable=False),
    _col("processor_token", String(40), "user.payment.processor_token", nullable=False),
)

store_order_items = _table(
    "store_order_items",
    "web_store",
    "The products of an order.",
    _id(),
    _col("order_id", BigInteger, OPS, references=("store_orders.id", "from"), nullable=False),
    _col("sku", String(20), "user.behavior.purchase_history", nullable=False),
    _col("product_name", String(120), "user.behavior.purchase_history", nullable=False),
    _col("quantity", SmallInteger, "user.behavior.purchase_history", nullable=False),
    _col("unit_price_cents", Integer, "user.behavior.purchase_history", nullable=False),
)

# --- customer service ------------------------------------------------------------------------

support_tickets = _table(
    "support_tickets",
    "customer_service",
    "Support tickets with the customer's own words.",
    _id(),
    _account_ref(nullable=True),
    _col("name", String(120), "user.name", nullable=False),
    _col("email", String(160), "user.contact.email", identity="email", nullable=False),
    _col("phone_number", String(32), "user.contact.phone_number", identity="phone_number"),
    _col("product", String(40), OPS),
    _col("subject", String(200), "user.content.private", nullable=False),
    _col("body", Text, "user.content.private", nullable=False),
    _col("status", String(16), OPS, nullable=False),
    _col("opened_at", DateTime, OPS, nullable=False),
)

# --- marketing -------------------------------------------------------------------------------

marketing_subscriptions = _table(
    "marketing_subscriptions",
    "marketing",
    "Newsletter, blog and download sign-ups, with how often the person wants mail.",
    _id(),
    _account_ref(nullable=True),
    _col("email", String(160), "user.contact.email", identity="email", nullable=False),
    _col("name", String(120), "user.name"),
    _col("phone_number", String(32), "user.contact.phone_number"),
    _col("country", String(2), "user.contact.address.country"),
    _col("region", String(80), "user.contact.address.state"),
    _col("list_name", String(40), OPS, nullable=False),
    _col("frequency", String(16), "user.privacy_preferences", nullable=False),
    _col("source", String(20), OPS, nullable=False),
    _col("subscribed_at", DateTime, OPS, nullable=False),
    _col("unsubscribed_at", DateTime, "user.privacy_preferences"),
)

# --- analytics -------------------------------------------------------------------------------

web_analytics_events = _table(
    "web_analytics_events",
    "web_analytics",
    "Page views on the web site, keyed by the browser's cookie.",
    _id(),
    _col("cookie_id", String(36), "user.device.cookie_id", identity="cookie_id", nullable=False),
    _account_ref(nullable=True),
    _col("ip_address", String(45), "user.device.ip_address", nullable=False),
    _col("user_agent", String(300), "user.device.user_agent", nullable=False),
    _col("page", String(200), "user.behavior.browsing_history", nullable=False),
    _col("referrer", String(200), "user.behavior.browsing_history"),
    _col("occurred_at", DateTime, "user.behavior.browsing_history", nullable=False),
)

app_analytics_events = _table(
    "app_analytics_events",
    "app_analytics",
    "App sessions: device, activity and how long the person was logged in.",
    _id(),
    _col("device_id", String(36), "user.device.device_id", identity="device_id", nullable=False),
    _account_ref(nullable=True),
    _col("app", String(20), OPS, nullable=False),
    _col("device_model", String(40), "user.device.hardware", nullable=False),
    _col("os_name", String(20), "user.device.software", nullable=False),
    _col("os_version", String(12), "user.device.software", nullable=False),
    _col("language", String(8), "user.demographic.language", nullable=False),
    _col("location_country", String(2), "user.location.imprecise"),
    _col("activity", String(40), "user.behavior.app_activity", nullable=False),
    _col("session_seconds", Integer, "user.behavior.session_time", nullable=False),
    _col("occurred_at", DateTime, "user.behavior.session_time", nullable=False),
)

TABLES: tuple[Table, ...] = tuple(metadata.sorted_tables)


def table_system(table: Table) -> str:
    """The policy system a table belongs to."""
    return str(table.info["system"])


def _identity_and_reference_indexes() -> None:
    """Index every identity column and every foreign key column (requests look rows up by them).

    The indexes are attached to the tables; the builder creates the tables bare
    (``CreateTable`` does not create indexes), loads them, and only then creates the
    indexes, which is several times faster than indexing while loading.
    """
    for table in TABLES:
        for column in table.columns:
            if column.primary_key:
                continue
            if column.info.get("identity") or column.info.get("references"):
                Index(f"ix_{table.name}_{column.name}", column)
            if column.info.get("identity") == "email":
                # e-mail addresses are compared trimmed and lower-cased (docs/semantics.md
                # M1): an index on that expression keeps the lookup an index lookup
                Index(
                    f"ix_{table.name}_{column.name}_folded",
                    func.lower(func.trim(column)),
                ).ddl_if(dialect=("postgresql", "sqlite"))  # type: ignore[arg-type]  # a tuple works


_identity_and_reference_indexes()
