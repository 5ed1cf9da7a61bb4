"""After a damaged start: the damaged files kept aside (``*.corrupt-<time>``) and whether
someone has decided about them yet (go back to a backup, or carry on without).

Until then the restore stays on offer at every start and the backups' rotation waits, so
the copies holding the old history are not pruned while nobody has looked.
"""

from __future__ import annotations

import contextlib
import os
import re
from datetime import UTC, datetime
from pathlib import Path

from kneeapp.files import write_atomically

DECISION_FILE = "recovery-decided"  # holds the time of the last decision, in UTC
# kneeapp.sqlite3.corrupt-20250310T090000Z (or -20250310T090000Z-1, -2, …)
_CORRUPT = re.compile(r"^kneeapp\.sqlite3\.corrupt-(\d{8}T\d{6})Z(?:-\d+)?$")
_STAMP = "%Y%m%dT%H%M%S"


def _damaged_at(name: str) -> datetime | None:
    match = _CORRUPT.match(name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _decided_at(data_dir: Path) -> datetime | None:
    try:
        text = (Path(data_dir) / DECISION_FILE).read_text(encoding="utf-8").strip()
        return datetime.fromisoformat(text).astimezone(UTC)
    except (OSError, ValueError):
        return None


def undecided(data_dir: Path) -> list[tuple[Path, datetime]]:
    """The damaged data files moved aside since the last decision, oldest first."""
    decided = _decided_at(data_dir)
    found: list[tuple[Path, datetime]] = []
    with contextlib.suppress(OSError):
        for name in os.listdir(data_dir):
            when = _damaged_at(name)
            if when is not None and (decided is None or when > decided):
                found.append((Path(data_dir) / name, when))
    found.sort(key=lambda item: item[1])
    return found


def decide(data_dir: Path, now: datetime) -> None:
    """Someone chose (a backup, or no history): stop offering and let the rotation run."""
    path = Path(data_dir) / DECISION_FILE
    write_atomically(path, lambda stream: stream.write(now.astimezone(UTC).isoformat()))
