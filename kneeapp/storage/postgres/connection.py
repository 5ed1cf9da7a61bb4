"""Connecting to the clinic server with bounded waits, and its errors in plain words."""

from __future__ import annotations

from typing import Any

import psycopg  # present: the package's __init__ says so plainly when it is not

from kneeapp.domain.repository import StorageError

SCHEMA = "kneeapp"
CONNECT_TIMEOUT_S = 5  # a server that never answers must not hold anyone for long
STATEMENT_TIMEOUT_MS = 15_000


def connect(
    url: str,
    *,
    connect_timeout: float = CONNECT_TIMEOUT_S,
    statement_timeout_ms: int = STATEMENT_TIMEOUT_MS,
    **extra: Any,
) -> psycopg.Connection[Any]:
    """A connection in autocommit mode (transactions are explicit), its queries bounded by
    a statement timeout and its search path on KneeCheck's schema. Raises StorageError."""
    try:
        connection = psycopg.connect(
            url,
            autocommit=True,
            connect_timeout=max(1, round(connect_timeout)),
            application_name="kneeapp",
            options=f"-c statement_timeout={statement_timeout_ms:d} -c search_path={SCHEMA}",
            **extra,
        )
    except psycopg.Error as error:
        raise unreachable(error) from error
    return connection


def first_line(error: BaseException) -> str:
    """What went wrong, in the error's first line (libpq's go on with hints)."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def unreachable(error: BaseException) -> StorageError:
    detail = first_line(error)
    return StorageError(
        f"The clinic server cannot be reached ({detail}). Sessions saved here are kept on "
        "this computer and sent when it answers again."
    )


def server_error(error: psycopg.Error) -> StorageError:
    """A StorageError for a failed query: an unreachable server, or what the server said."""
    if isinstance(error, psycopg.OperationalError):
        return unreachable(error)
    return StorageError(f"The clinic server refused the request ({first_line(error)}).")
