"""An org's choice to keep private addresses (RFC 1918, loopback, link-local, IPv6 unique-local) in clear.

Addresses are PII by default and stay redacted; an org whose text is mostly its own network's
(`dial tcp 10.96.14.201:5432`, `ip -br addr`) may keep the addresses no one outside it can reach.
"""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0010_cases_org_id"}

SCHEMA = """
ALTER TABLE privacy_settings ADD COLUMN keep_private_addresses INTEGER NOT NULL DEFAULT 0
"""

steps = [step(portable(SCHEMA))]
