"""Per-org privacy settings: which PII classes are redacted, custom patterns, consent to store PII,
contribution to global aggregates, retention overrides, and the org's time zone (and its people's).

The org's `timezone` (IANA) also lives here: query memory reads questions in it when neither the
request nor the user's profile names a zone.

Credentials (passwords, keys, tokens, connection strings) are always redacted; no setting turns
that off, and neither does it for payment card numbers (PCI DSS forbids storing them). PII (emails,
IP addresses, phone numbers, IBANs, national ids) is redacted unless the org records its consent
to store it (`store_pii`); private addresses (RFC 1918, loopback, link-local) are redacted too unless
the org keeps them (`keep_private_addresses`); host names are redacted when the org asks for it. Without a settings row the
service-wide redactor (from `Settings.redaction_classes`) applies.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ConfigDict, Field, field_validator

from exporter.inputs import Input
from exporter.privacy.redaction import REDACTION_TYPES, Redactor
from exporter.store import Store, from_json, to_json
from exporter.store.base import Conn
from exporter.tiers.retention import POLICIES

if TYPE_CHECKING:
    from exporter.service import Services

PII_CLASSES = ("email", "ipv4", "ipv6", "phone", "iban", "national_id", "date_of_birth", "postal_address", "person_name",
               "vehicle_registration", "hostname")
# Redacted unless the org consents to keep PII: every PII class but host names. (A plate after its label is its
# keeper's personal data under GDPR; an org whose tickets are about its own fleet turns `vehicle_registration` off.)
DEFAULT_PII = ["date_of_birth", "email", "iban", "ipv4", "ipv6", "national_id", "person_name", "phone", "postal_address",
               "vehicle_registration"]
ALWAYS = frozenset(REDACTION_TYPES) - set(PII_CLASSES)


class OrgPrivacy(Input):
    model_config = ConfigDict(extra="forbid")

    redact: list[str] = Field(default_factory=lambda: list(DEFAULT_PII), max_length=len(PII_CLASSES))
    custom_patterns: dict[str, str] = Field(default_factory=dict, max_length=50)
    store_pii: bool = False
    #: Keep RFC 1918, loopback, link-local and IPv6 unique-local addresses in clear (public ones stay redacted).
    keep_private_addresses: bool = False
    contribute_global: bool = True
    retention_days: dict[str, float] = Field(default_factory=dict, max_length=50)
    #: IANA zone habits, month ends and business hours are stated in (None: the server's default).
    timezone: str | None = Field(default=None, min_length=1, max_length=64)
    #: People who work in another zone than their org's.
    user_timezones: dict[str, str] = Field(default_factory=dict, max_length=10000)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str | None) -> str | None:
        return None if v is None else _iana(v)

    @field_validator("user_timezones")
    @classmethod
    def _zones(cls, v: dict[str, str]) -> dict[str, str]:
        for user in v:
            if not 1 <= len(user) <= 200:
                raise ValueError("a user id is 1-200 characters")
        return {user: _iana(tz) for user, tz in v.items()}

    @field_validator("redact")
    @classmethod
    def _known(cls, v: list[str]) -> list[str]:
        unknown = sorted(set(v) - set(PII_CLASSES))
        if unknown:
            raise ValueError(f"unknown PII classes {unknown}; choose from {', '.join(PII_CLASSES)}")
        return sorted(set(v))

    @field_validator("custom_patterns")
    @classmethod
    def _compiles(cls, v: dict[str, str]) -> dict[str, str]:
        Redactor(classes=(), custom_patterns=v)  # raises ValueError naming the bad pattern
        return v

    @field_validator("retention_days")
    @classmethod
    def _in_bounds(cls, v: dict[str, float]) -> dict[str, float]:
        for kind, days in v.items():
            policy = next((p for p in POLICIES if p.table == kind and p.days is not None), None)
            if policy is None:
                raise ValueError(f"{kind!r} has no age-based retention")
            lo, hi = policy.limits()
            if not lo <= days <= hi:
                raise ValueError(f"{kind}: {days} days is outside {lo:g}-{hi:g}")
        return v

    def classes(self) -> frozenset[str]:
        chosen = set(self.redact)
        if not self.store_pii:
            chosen |= set(DEFAULT_PII)
        return ALWAYS | chosen


def _iana(name: str) -> str:
    if len(name) > 64 or name.startswith(("/", ".")) or ".." in name:
        raise ValueError(f"{name[:64]!r} is not an IANA time zone")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{name!r} is not an IANA time zone (e.g. Europe/Berlin)") from exc
    return name


def timezones(conn: Any, org: str, default: str) -> tuple[str, dict[str, str]]:
    """The org's zone (``default`` when it set none) and its people's own zones, for the learning pass."""
    row = conn.one("SELECT timezone, user_timezones FROM privacy_settings WHERE org_id = :o", {"o": org})
    if row is None:
        return default, {}
    return row["timezone"] or default, from_json(row["user_timezones"], {}) or {}


def load(store: Store, org: str) -> tuple[OrgPrivacy, float | None]:
    row = store.one("SELECT * FROM privacy_settings WHERE org_id = :o", {"o": org})
    if row is None:
        return OrgPrivacy(), None
    return (
        OrgPrivacy(
            redact=from_json(row["redaction_classes"], list(DEFAULT_PII)),
            custom_patterns=from_json(row["custom_patterns"], {}) or {},
            store_pii=bool(row["store_pii"]),
            keep_private_addresses=bool(row.get("keep_private_addresses") or 0),
            contribute_global=bool(row["contribute_global"]),
            retention_days=from_json(row["retention"], {}) or {},
            timezone=row.get("timezone"),
            user_timezones=from_json(row.get("user_timezones"), {}) or {},
        ),
        float(row["updated_at"]),
    )


def save(store: Store, org: str, settings: OrgPrivacy, now: float | None = None) -> None:
    store.execute(
        "INSERT INTO privacy_settings (org_id, redaction_classes, custom_patterns, store_pii, keep_private_addresses, "
        "contribute_global, retention, timezone, user_timezones, updated_at) "
        "VALUES (:o, :rc, :cp, :pii, :kpa, :cg, :ret, :tz, :utz, :t) "
        "ON CONFLICT (org_id) DO UPDATE SET "
        "redaction_classes = excluded.redaction_classes, custom_patterns = excluded.custom_patterns, "
        "store_pii = excluded.store_pii, keep_private_addresses = excluded.keep_private_addresses, "
        "contribute_global = excluded.contribute_global, "
        "retention = excluded.retention, timezone = excluded.timezone, user_timezones = excluded.user_timezones, "
        "updated_at = excluded.updated_at",
        {"o": org, "rc": to_json(settings.redact), "cp": to_json(settings.custom_patterns),
         "pii": int(settings.store_pii), "kpa": int(settings.keep_private_addresses), "cg": int(settings.contribute_global),
         "ret": to_json(settings.retention_days), "tz": settings.timezone,
         "utz": to_json(settings.user_timezones), "t": time.time() if now is None else now},
    )


def org_timezone(store: Store | Conn, org: str) -> str | None:
    """The org's `timezone` setting, or None when it has not set one."""
    return store.scalar("SELECT timezone FROM privacy_settings WHERE org_id = :o", {"o": org})


def redactor_for(svc: Services, org: str) -> Redactor:
    """The redactor for rows of `org`: its own settings when it has some, else the service default.

    Built once per settings version (one primary-key read per call decides whether it changed).
    """
    cache = svc.org_redactors
    stamp = svc.store.scalar("SELECT updated_at FROM privacy_settings WHERE org_id = :o", {"o": org})
    if stamp is None:
        return svc.redactor
    hit = cache.get(org)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    settings, _ = load(svc.store, org)
    redactor = Redactor(settings.classes(), settings.custom_patterns,
                        keep_private_addresses=settings.keep_private_addresses)
    cache[org] = (float(stamp), redactor)
    return redactor
