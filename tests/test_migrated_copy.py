"""The `store` fixture's copy of a migrated store is the store `migrate` builds, on both backends.

The fixture restores a migrated template (a file copy on SQLite, a replayed pg_dump on PostgreSQL)
instead of migrating every test's store; this compares the copy with a store migrated the ordinary
way: every table's columns, every index and constraint, and yoyo's record of what was applied.
"""

from __future__ import annotations

from exporter.store import migrate, open_store
from tests.conftest import backend_url


def shape(store) -> dict:
    if store.dialect == "sqlite":
        objects = store.query("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return {"objects": sorted(tuple(r.values()) for r in objects), "applied": applied(store)}
    columns = store.query(
        "SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns "
        "WHERE table_schema = current_schema()"
    )
    indexes = store.query("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()")
    constraints = store.query(
        "SELECT c.conname, c.contype, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c "
        "JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = current_schema()"
    )
    schema = store.scalar("SELECT current_schema() AS s")
    return {
        "columns": sorted(tuple(str(v).replace(schema, "S") for v in r.values()) for r in columns),
        "indexes": sorted(tuple(str(v).replace(schema, "S") for v in r.values()) for r in indexes),
        "constraints": sorted(tuple(r.values()) for r in constraints),
        "applied": applied(store),
    }


def applied(store) -> list:
    return sorted(r["migration_id"] for r in store.query("SELECT migration_id FROM _yoyo_migration"))


def test_the_fixtures_copy_equals_a_freshly_migrated_store(store, database_url, tmp_path):
    backend = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    (tmp_path / "fresh").mkdir()
    with backend_url(backend, tmp_path / "fresh") as fresh_url:
        assert migrate(fresh_url) > 0
        fresh = open_store(fresh_url)
        try:
            assert shape(store) == shape(fresh)
        finally:
            fresh.close()
