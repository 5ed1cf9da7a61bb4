"""SQLite storage of sessions and the CSV exchange format. No Qt here."""

from kneeapp.storage.sessions import SqliteSessionRepository, open_repository

__all__ = ["SqliteSessionRepository", "open_repository"]
