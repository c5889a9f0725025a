"""What a plan on PostgreSQL has beyond the portable schema, built from the schema's metadata
after every migration (:func:`fit_out`), so a table added by a later migration is covered too:

- geometry columns as PostGIS ``geometry(<type>, 32641)`` with a GiST index each;
- the audit log, written by triggers (the client cannot skip it): who (database role and the
  planner's display name, :data:`~cosmoplan.storage.locations.PLANNER_SETTING`), when, which
  object, the row before and after as JSON. A save deletes and inserts a changed row again;
  the triggers record that as one ``UPDATE``, and drop child rows written back unchanged;
- a notification on the :data:`CHANNEL` channel at each save's commit (LISTEN/NOTIFY);
- the group roles ``cosmoplan_viewer`` (read), ``cosmoplan_planner`` (edit) and
  ``cosmoplan_administrator`` (everything) with their privileges, and the row-level security
  of tenant liaisons (a role listed in ``cosmoplan_liaisons`` sees only its own tenant, the
  rows of its tenant in every table with a ``tenant_id``, and nothing of the audit log).

Everything here is idempotent: it may run again after any upgrade.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cosmoplan.domain import Kind
from cosmoplan.storage.locations import PLANNER_SETTING
from cosmoplan.storage.schema import TABLE_OF_KIND, metadata, plan_info, removed_objects
from cosmoplan.storage.spatial import SRID, Wkb, geometry_columns

#: The LISTEN/NOTIFY channel a save is announced on.
CHANNEL = "cosmoplan_saved"
AUDIT_TABLE = "audit_log"
LIAISONS_TABLE = "cosmoplan_liaisons"
#: The group roles, weakest first; each is a member of the one before.
ROLES = {
    "viewer": "cosmoplan_viewer",
    "planner": "cosmoplan_planner",
    "administrator": "cosmoplan_administrator",
}
#: Tables of bookkeeping: written by saves, not audited.
UNAUDITED = frozenset({removed_objects.name})

_AUDIT_DDL = f"""
CREATE TABLE IF NOT EXISTS {AUDIT_TABLE} (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    txid bigint NOT NULL DEFAULT txid_current(),
    db_role text NOT NULL DEFAULT session_user,
    planner text NOT NULL DEFAULT coalesce(current_setting('{PLANNER_SETTING}', true), ''),
    table_name text NOT NULL,
    kind text NOT NULL,
    object_id integer,
    row_key jsonb NOT NULL,
    operation text NOT NULL,
    before jsonb,
    after jsonb
);
CREATE INDEX IF NOT EXISTS ix_audit_log_object ON {AUDIT_TABLE} (kind, object_id, at);
CREATE INDEX IF NOT EXISTS ix_audit_log_at ON {AUDIT_TABLE} (at);
DROP INDEX IF EXISTS ix_audit_log_txid;
CREATE INDEX IF NOT EXISTS ix_audit_log_deleted ON {AUDIT_TABLE} (txid, table_name, row_key)
    WHERE operation = 'DELETE';
CREATE TABLE IF NOT EXISTS {LIAISONS_TABLE} (
    role_name text PRIMARY KEY,
    tenant_id integer NOT NULL
);
"""

# Statement triggers with transition tables: one set-based insert per statement, so a plan of
# 100,000 objects is published in one pass. Arguments: kind, id column, key columns...
_ROW_KEY = "(SELECT jsonb_object_agg(k, r.row -> k) FROM unnest(TG_ARGV[2:]) AS k)"
_AUDIT_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION cosmoplan_audit_delete() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO {AUDIT_TABLE} (table_name, kind, object_id, row_key, operation, before)
    SELECT TG_TABLE_NAME, TG_ARGV[0], (r.row ->> TG_ARGV[1])::integer, {_ROW_KEY}, 'DELETE', r.row
    FROM (SELECT to_jsonb(o) AS row FROM old_rows o) AS r;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION cosmoplan_audit_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- Each incoming row is looked up by its key among this transaction's deletions (an
    -- index lookup, so a plan of 100,000 objects is published in one linear pass).
    WITH incoming AS (
        SELECT r.row, {_ROW_KEY} AS key FROM (SELECT to_jsonb(n) AS row FROM new_rows n) AS r
    ), deleted AS (
        SELECT a.id, a.before, i.row, i.key FROM incoming i
        JOIN {AUDIT_TABLE} a ON a.txid = txid_current() AND a.table_name = TG_TABLE_NAME
         AND a.operation = 'DELETE' AND a.row_key = i.key
    ), unchanged AS (
        DELETE FROM {AUDIT_TABLE} a USING deleted d WHERE a.id = d.id AND d.before = d.row
        RETURNING a.row_key
    ), merged AS (
        UPDATE {AUDIT_TABLE} a SET operation = 'UPDATE', after = d.row
        FROM deleted d WHERE a.id = d.id AND d.before IS DISTINCT FROM d.row
        RETURNING a.row_key
    )
    INSERT INTO {AUDIT_TABLE} (table_name, kind, object_id, row_key, operation, after)
    SELECT TG_TABLE_NAME, TG_ARGV[0], (i.row ->> TG_ARGV[1])::integer, i.key, 'INSERT', i.row
    FROM incoming i
    WHERE NOT EXISTS (SELECT 1 FROM merged m WHERE m.row_key = i.key)
      AND NOT EXISTS (SELECT 1 FROM unchanged u WHERE u.row_key = i.key);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION cosmoplan_audit_update() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO {AUDIT_TABLE} (table_name, kind, object_id, row_key, operation, before, after)
    SELECT TG_TABLE_NAME, TG_ARGV[0], (to_jsonb(n) ->> TG_ARGV[1])::integer,
           jsonb_build_object(TG_ARGV[1], to_jsonb(n) -> TG_ARGV[1]), 'UPDATE', to_jsonb(o),
           to_jsonb(n)
    FROM old_rows o JOIN new_rows n ON to_jsonb(o) -> TG_ARGV[1] = to_jsonb(n) -> TG_ARGV[1]
    WHERE (to_jsonb(o) - 'revision' - 'change_counter' - 'app_version')
          IS DISTINCT FROM (to_jsonb(n) - 'revision' - 'change_counter' - 'app_version');
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION cosmoplan_notify_saved() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'revision', NEW.change_counter, 'role', session_user,
        'planner', coalesce(current_setting('{PLANNER_SETTING}', true), ''))::text);
    RETURN NULL;
END $$;
"""


def fit_out(connection: Connection) -> None:
    """Build (again) everything of the module on the PostgreSQL database behind ``connection``."""
    connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS postgis")
    _geometry(connection)
    connection.exec_driver_sql(_AUDIT_DDL)
    connection.exec_driver_sql(_AUDIT_FUNCTIONS)
    for table in metadata.sorted_tables:
        if table.name not in UNAUDITED:
            _audit_triggers(connection, table)
    connection.exec_driver_sql(
        f"DROP TRIGGER IF EXISTS cosmoplan_saved ON {plan_info.name};"
        f"CREATE TRIGGER cosmoplan_saved AFTER UPDATE OF change_counter ON {plan_info.name} "
        "FOR EACH ROW EXECUTE FUNCTION cosmoplan_notify_saved()"
    )
    _roles(connection)


def _geometry(connection: Connection) -> None:
    types: dict[str, str] = dict(
        connection.execute(
            sa.text(
                "SELECT table_name || '.' || column_name, udt_name FROM information_schema.columns"
                " WHERE table_schema = current_schema()"
            )
        ).all()
    )
    for column in geometry_columns(metadata):
        table, name = column.table.name, column.name
        assert isinstance(column.type, Wkb)
        if types.get(f"{table}.{name}") == "bytea":
            kind = column.type.geometry_type
            connection.exec_driver_sql(
                f'ALTER TABLE {table} ALTER COLUMN "{name}" TYPE geometry({kind}, {SRID}) '
                f'USING ST_GeomFromWKB("{name}", {SRID})'
            )
        connection.exec_driver_sql(
            f'CREATE INDEX IF NOT EXISTS ix_{table}_{name}_gist ON {table} USING gist ("{name}")'
        )


def kind_of_table(table: sa.Table) -> tuple[str, str]:
    """(the kind of object a row of ``table`` belongs to, the column holding its id)."""
    kinds = {t.name: kind.value for kind, t in TABLE_OF_KIND.items()}
    if table.name in kinds:
        return kinds[table.name], "id"
    if table is plan_info:
        return "plan", "id"
    for key in table.foreign_keys:  # a child table: its parent's kind
        parent = key.column.table.name
        if parent in kinds and key.parent.primary_key:
            return kinds[parent], key.parent.name
    return table.name, "id" if "id" in table.c else next(iter(table.primary_key)).name


def _audit_triggers(connection: Connection, table: sa.Table) -> None:
    kind, id_column = kind_of_table(table)
    keys = [c.name for c in table.primary_key]
    arguments = ", ".join(f"'{a}'" for a in (kind, id_column, *keys))
    transitions = {
        "insert": "NEW TABLE AS new_rows",
        "delete": "OLD TABLE AS old_rows",
        "update": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    }
    for operation, referencing in transitions.items():
        name = f"cosmoplan_audit_{operation}"
        connection.exec_driver_sql(
            f"DROP TRIGGER IF EXISTS {name} ON {table.name};"
            f"CREATE TRIGGER {name} AFTER {operation.upper()} ON {table.name} "
            f"REFERENCING {referencing} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {name}({arguments})"
        )


def _roles(connection: Connection) -> None:
    previous: str | None = None
    for role in ROLES.values():
        connection.exec_driver_sql(
            "DO $$ BEGIN "
            f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {role} NOLOGIN; END IF; END $$"
        )
        if previous is not None:
            connection.exec_driver_sql(f"GRANT {previous} TO {role}")
        previous = role
    viewer, planner, administrator = ROLES.values()
    plan_tables = ", ".join(t.name for t in metadata.sorted_tables)
    connection.exec_driver_sql(
        f"GRANT USAGE ON SCHEMA public TO {viewer};"
        f"GRANT SELECT ON {plan_tables}, alembic_version, {AUDIT_TABLE}, {LIAISONS_TABLE} "
        f"TO {viewer};"
        f"GRANT INSERT, UPDATE, DELETE ON {plan_tables} TO {planner};"
        f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {administrator};"
        f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {administrator};"
        f"GRANT CREATE ON SCHEMA public TO {administrator};"
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {AUDIT_TABLE} FROM {administrator}"
    )
    for table in metadata.sorted_tables:
        if "tenant_id" in table.c:
            _liaison_policy(connection, table.name, table.c.tenant_id)
    _liaison_policy(connection, TABLE_OF_KIND[Kind.TENANT].name, TABLE_OF_KIND[Kind.TENANT].c.id)
    _liaison_policy(connection, AUDIT_TABLE, None)


_NOT_A_LIAISON = f"NOT EXISTS (SELECT 1 FROM {LIAISONS_TABLE} l WHERE l.role_name = current_user)"


def _liaison_policy(connection: Connection, table: str, column: sa.Column[Any] | None) -> None:
    """A liaison sees the rows of ``table`` whose ``column`` is its tenant (and the shared rows
    where the column may be empty); with no column, none of them."""
    own = "FALSE"
    if column is not None:
        shared = f" OR {column.name} IS NULL" if column.nullable else ""
        own = (
            f"{column.name} IN (SELECT l.tenant_id FROM {LIAISONS_TABLE} l"
            f" WHERE l.role_name = current_user){shared}"
        )
    connection.exec_driver_sql(
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;"
        f"DROP POLICY IF EXISTS liaison_sees_own_tenant ON {table};"
        f"CREATE POLICY liaison_sees_own_tenant ON {table} USING ({_NOT_A_LIAISON} OR {own})"
    )
