"""Work on a thread of its own, for the reads that take a while on start (the whole-file
check, the day's backup): SQLite lets go of Python's lock while it reads, so they run
beside the window being built, on the other core."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Pending(Generic[T]):
    """``work()`` started at once on a thread named ``name``; ``result()`` waits for it."""

    def __init__(self, work: Callable[[], T], name: str) -> None:
        self._work = work
        self._lock = threading.Lock()
        self._outcome: tuple[bool, T | BaseException] | None = None
        self._callbacks: list[Callable[[T], object]] = []
        self._thread = threading.Thread(target=self._run, name=name)
        self._thread.start()

    def _run(self) -> None:
        try:
            outcome: tuple[bool, T | BaseException] = (True, self._work())
        except BaseException as error:  # handed to whoever asks for the result
            outcome = (False, error)
        with self._lock:
            self._outcome = outcome
            callbacks, self._callbacks = self._callbacks, []
        if outcome[0]:
            for callback in callbacks:
                callback(outcome[1])  # type: ignore[arg-type]

    def result(self) -> T:
        """What ``work()`` returned; raises what it raised."""
        self._thread.join()
        assert self._outcome is not None
        done, value = self._outcome
        if not done:
            assert isinstance(value, BaseException)
            raise value
        return value  # type: ignore[return-value]

    def when_done(self, callback: Callable[[T], object]) -> None:
        """``callback(result)`` once the work has succeeded: at once if it has, else on the
        work's thread (so a window is told through a signal, never touched directly)."""
        with self._lock:
            if self._outcome is None:
                self._callbacks.append(callback)
                return
            done, value = self._outcome
        if done:
            callback(value)  # type: ignore[arg-type]
