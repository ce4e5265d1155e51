"""An org's time zone, for reading its members' questions ("yesterday", "since 9am") in local time.

Query memory resolves a question's range in the asker's zone: the request's `tz`, else the user's
profile, else this org setting, else the server default (issue 15). NULL means "not set".
"""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0007_cold_tier_indexes"}

steps = [step(portable("ALTER TABLE privacy_settings ADD COLUMN timezone TEXT"))]
