"""The words for each kind of storage problem, in the person's language (the error's
own message is the English one for the command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kneeapp.domain.errors import StorageError, StorageProblem
from kneeapp.domain.text import QT_TRANSLATE_NOOP

_WORDS = {
    StorageProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "StorageProblems", "The disk is full: free some space, then try again."
    ),
    StorageProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "StorageProblems",
        "The data folder is read-only: {path}. Allow writing to it, or start KneeCheck "
        "with another --data-dir, then try again.",
    ),
    StorageProblem.IN_USE: QT_TRANSLATE_NOOP(
        "StorageProblems",
        "The data is in use by another KneeCheck window or program: close it, then try again.",
    ),
    StorageProblem.DISK_ERROR: QT_TRANSLATE_NOOP(
        "StorageProblems",
        "The disk holding {path} could not be read or written: it may be full, or not "
        "connected. Free some space or check the disk, then try again.",
    ),
    StorageProblem.DAMAGED: QT_TRANSLATE_NOOP(
        "StorageProblems",
        "The data file {path} is damaged. Keep a copy of it and ask for help; KneeCheck "
        "has not changed it.",
    ),
    StorageProblem.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "StorageProblems",
        "The data file {path} was written by a newer version of KneeCheck, so this version "
        "does not change it. Install the newer KneeCheck to change it.",
    ),
    StorageProblem.NOT_KNEECHECK: QT_TRANSLATE_NOOP(
        "StorageProblems",
        "The file {path} is not a KneeCheck data file. It has not been changed. Move it "
        "elsewhere, or start KneeCheck with another --data-dir.",
    ),
    StorageProblem.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "StorageProblems",
        "The data file {path} could not be opened: check that the folder exists and that "
        "you may write to it.",
    ),
    StorageProblem.CLINIC_SETTINGS_UNREACHABLE: QT_TRANSLATE_NOOP(
        "StorageProblems",
        "The clinic's settings are kept on the clinic server, which cannot be reached just "
        "now: nothing was changed. Try again when this station is back in contact.",
    ),
}


def storage_problem_text(error: StorageError) -> str:
    """What went wrong and what to do, translated; the error's own message for a problem
    of no known kind."""
    words = _WORDS.get(error.kind)
    if words is None:
        return str(error)
    path = str(error.path) if error.path is not None else ""
    return QCoreApplication.translate("StorageProblems", words).format(path=path)
