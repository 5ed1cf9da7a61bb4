"""Work handed to a thread of its own on start: its result, or its error, when asked."""

from __future__ import annotations

import threading

import pytest

from kneeapp.domain.repository import StorageError
from kneeapp.storage.background import Pending


def test_the_work_runs_on_its_own_named_thread_and_its_result_is_kept() -> None:
    release = threading.Event()

    def work() -> str:
        release.wait(5)
        return threading.current_thread().name

    pending = Pending(work, "kneeapp-test-work")
    release.set()  # the caller went on while the work waited
    assert pending.result() == "kneeapp-test-work"
    assert pending.result() == "kneeapp-test-work"  # asked again: the same answer


def test_an_error_in_the_work_is_raised_where_the_result_is_asked_for() -> None:
    def work() -> int:
        raise StorageError("The data file cannot be read.")

    pending = Pending(work, "kneeapp-test-work")
    with pytest.raises(StorageError, match="cannot be read"):
        pending.result()


def test_when_done_is_told_the_result_whether_the_work_is_over_or_not() -> None:
    release = threading.Event()
    told: list[tuple[str, str]] = []
    pending = Pending(lambda: release.wait(5) and "copied", "kneeapp-test-work")
    pending.when_done(lambda value: told.append((value, threading.current_thread().name)))
    release.set()
    pending.result()
    assert told == [("copied", "kneeapp-test-work")]  # told on the work's own thread
    pending.when_done(lambda value: told.append((value, threading.current_thread().name)))
    assert told[1] == ("copied", threading.current_thread().name)  # over: told at once


def test_when_done_is_not_told_of_work_that_failed() -> None:
    def work() -> str:
        raise StorageError("The backups folder could not be created.")

    pending = Pending(work, "kneeapp-test-work")
    told: list[str] = []
    pending.when_done(told.append)
    with pytest.raises(StorageError):
        pending.result()
    pending.when_done(told.append)
    assert told == []
