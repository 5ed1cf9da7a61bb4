"""What went wrong with the stored data, as data: the kind of problem and the file or
folder it concerns. The window words each kind in the person's language; the message
stays the English wording for the command line and logs."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class StorageProblem(StrEnum):
    DISK_FULL = "disk_full"  # no space left (or a file size limit)
    READ_ONLY = "read_only"  # the folder or file may not be written
    IN_USE = "in_use"  # another window or program holds the data
    DISK_ERROR = "disk_error"  # the disk could not be read or written
    DAMAGED = "damaged"  # the file is damaged
    NEWER_VERSION = "newer_version"  # written by a newer KneeCheck
    NOT_KNEECHECK = "not_kneecheck"  # a file that is not KneeCheck's
    CANNOT_OPEN = "cannot_open"  # the file cannot be opened at all
    CLINIC_SETTINGS_UNREACHABLE = "clinic_settings_unreachable"  # none changed: server away
    OTHER = "other"  # the message says what happened


class StorageError(Exception):
    """Saving or reading failed: ``kind`` says how, ``path`` where (when known); the
    message says what happened and what to do, in English."""

    def __init__(
        self, message: str, kind: StorageProblem = StorageProblem.OTHER, path: Path | None = None
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path
