"""``kneeapp server init``: the clinic server's schema and roles brought up to date (the
steps are in migrations.py), and the check that a server's schema is this KneeCheck's.

Versions are rows of ``schema_migrations``; the pending steps run in one transaction
under an advisory lock, so two ``server init`` at once cannot both apply a step. Whoever
runs ``server init`` owns the schema (and only migrates it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import psycopg

from kneeapp.domain.repository import StorageError
from kneeapp.storage.postgres.connection import SCHEMA, connect, server_error
from kneeapp.storage.postgres.migrations import (
    CLINICIAN_ROLE,
    KIOSK_ROLE,
    MIGRATIONS,
    SCHEMA_VERSION,
)

_LOCK_KEY = 0x6B6E6565  # "knee": the advisory lock of schema changes


class NewerServerSchema(StorageError):
    """The server was upgraded by a newer KneeCheck than this one."""

    def __init__(self, version: int, known: int = SCHEMA_VERSION) -> None:
        super().__init__(
            f"The clinic server has been upgraded (schema version {version}; this station "
            f"knows up to {known}): update this station. Sessions stay on this computer "
            "until then."
        )
        self.version = version


def server_version(connection: psycopg.Connection[Any]) -> int:
    """The server's schema version; 0 for a database ``server init`` never prepared."""
    row = connection.execute(
        "SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.schema_migrations",)
    ).fetchone()
    if row is None or not row[0]:
        return 0
    found = connection.execute(
        f"SELECT COALESCE(max(version), 0) FROM {SCHEMA}.schema_migrations"
    ).fetchone()
    return int(found[0]) if found else 0


def require_known_schema(connection: psycopg.Connection[Any]) -> None:
    """Raise unless the server's schema is the one this KneeCheck writes."""
    version = server_version(connection)
    if version > SCHEMA_VERSION:
        raise NewerServerSchema(version)
    if version < SCHEMA_VERSION:
        raise StorageError(
            "The clinic server is not ready for this KneeCheck: run "
            "`kneeapp server init URL` on it first (as the database's owner)."
        )


def init_server(url: str, steps: Sequence[str] = MIGRATIONS) -> tuple[int, int]:
    """Create or upgrade the schema and roles; return (version before, version after).

    Raises NewerServerSchema for a server upgraded by a newer KneeCheck, StorageError
    for anything else, changing nothing then.
    """
    connection = connect(url, statement_timeout_ms=0)
    try:
        with connection.transaction():
            connection.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            for role in (CLINICIAN_ROLE, KIOSK_ROLE):
                exists = connection.execute(
                    "SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)
                ).fetchone()
                if not exists:
                    connection.execute(f"CREATE ROLE {role} NOLOGIN")
            connection.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
            connection.execute(
                f"CREATE TABLE IF NOT EXISTS {SCHEMA}.schema_migrations ("
                "version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            before = server_version(connection)
            if before > len(steps):
                raise NewerServerSchema(before, len(steps))
            for version in range(before, len(steps)):
                connection.execute(f"SET LOCAL search_path = {SCHEMA}")
                connection.execute(steps[version].encode())
                connection.execute(
                    f"INSERT INTO {SCHEMA}.schema_migrations (version) VALUES (%s)",
                    (version + 1,),
                )
        return before, len(steps)
    except psycopg.Error as error:
        raise server_error(error) from error
    finally:
        connection.close()


def hba_lines(url: str) -> list[str]:
    """The pg_hba.conf lines that let stations in: TLS only, scram-sha-256 passwords."""
    database = urlsplit(url).path.lstrip("/") or "kneeapp"
    return [
        "# KneeCheck stations and desks: TLS only, scram-sha-256 passwords.",
        "# Replace 192.168.1.0/24 with the clinic's network.",
        f"hostssl  {database}  +{CLINICIAN_ROLE}  192.168.1.0/24  scram-sha-256",
        f"hostssl  {database}  +{KIOSK_ROLE}  192.168.1.0/24  scram-sha-256",
        f"hostnossl  {database}  all  0.0.0.0/0  reject",
    ]
