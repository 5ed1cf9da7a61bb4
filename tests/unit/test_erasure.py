"""Erasing a patient leaves no row and no readable trace in the database or its WAL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kneeapp.domain.session import Reading, Session, new_session_uid
from kneeapp.paths import DATABASE_NAME
from kneeapp.storage.sessions import open_repository

MARKER = "zq-unique-erasure-marker-7731"


def session(profile: str, note: str, day: int) -> Session:
    return Session(
        uid=new_session_uid(),
        profile=profile,
        recorded_at=datetime(2025, 3, day, 9, tzinfo=UTC),
        readings=(Reading("ankle_step", "range", 4, 7), Reading("ankle_step", "pain", 2, 0)),
        note=note,
    )


def file_bytes(data_dir: Path) -> bytes:
    database = data_dir / DATABASE_NAME
    wal = database.with_name(DATABASE_NAME + "-wal")
    return database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_erased_patient_leaves_no_row_and_no_readable_marker(data_dir: Path) -> None:
    name = f"Patient {MARKER}"
    with open_repository(data_dir) as repository:
        for day in range(1, 6):
            repository.save(session(name, f"{MARKER} {day}", day))
        repository.save(session("keep", "other note", 9))
        assert MARKER.encode() in file_bytes(data_dir)

        assert repository.erase_profile(name)
        assert not repository.erase_profile(name)
        assert repository.profiles() == ["keep"]
        assert repository.count(name) == 0 and repository.count() == 1
        assert MARKER.encode() not in file_bytes(data_dir)
    with open_repository(data_dir) as reopened:
        assert [s.note for s in reopened.iter_sessions()] == ["other note"]
    assert MARKER.encode() not in file_bytes(data_dir)


def test_erase_all_leaves_no_session_no_draft_and_no_readable_marker(data_dir: Path) -> None:
    from kneeapp.domain.draft import SessionDraft
    from kneeapp.storage.drafts import SqliteDraftStore

    with open_repository(data_dir) as repository:
        repository.save(session(f"Ana {MARKER}", f"{MARKER} note", 1))
        repository.save(session("Ben", "other", 2))
        drafts = SqliteDraftStore(lambda: repository._connection, repository.path)
        unfinished = SessionDraft(("ankle_step",))
        unfinished.note = f"{MARKER} unfinished"
        # A draft of someone with no saved session at all.
        drafts.keep(f"Cleo {MARKER}", unfinished, 2)
        assert MARKER.encode() in file_bytes(data_dir)

        repository.erase_all()
        assert repository.count() == 0 and repository.profiles() == []
        assert drafts.pending(f"Cleo {MARKER}") is None
        assert MARKER.encode() not in file_bytes(data_dir)
