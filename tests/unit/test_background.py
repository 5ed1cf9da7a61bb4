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
    assert not pending.done()  # the caller goes on while the work waits
    release.set()
    assert pending.result() == "kneeapp-test-work"
    assert pending.done()
    assert pending.result() == "kneeapp-test-work"  # asked again: the same answer


def test_an_error_in_the_work_is_raised_where_the_result_is_asked_for() -> None:
    def work() -> int:
        raise StorageError("The data file cannot be read.")

    pending = Pending(work, "kneeapp-test-work")
    with pytest.raises(StorageError, match="cannot be read"):
        pending.result()
