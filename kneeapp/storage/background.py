"""Work on a thread of its own, for the reads that take a while on start (the whole-file
check, the day's backup): SQLite lets go of Python's lock while it reads, so they run
beside the window being built, on the other core."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Pending(Generic[T]):
    """``work()`` started at once on a thread named ``name``; ``result()`` waits for it.

    The thread touches nothing but its work: a window asks ``done()`` from its own
    thread rather than being called from this one.
    """

    def __init__(self, work: Callable[[], T], name: str) -> None:
        self._work = work
        self._outcome: tuple[bool, T | BaseException] | None = None
        self._thread = threading.Thread(target=self._run, name=name)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._outcome = (True, self._work())
        except BaseException as error:  # handed to whoever asks for the result
            self._outcome = (False, error)

    def done(self) -> bool:
        """True once the work is over, so that ``result()`` returns at once."""
        return self._outcome is not None

    def result(self) -> T:
        """What ``work()`` returned; raises what it raised."""
        self._thread.join()
        assert self._outcome is not None
        done, value = self._outcome
        if not done:
            assert isinstance(value, BaseException)
            raise value
        return value  # type: ignore[return-value]
