"""What the start screen shows of the stored data: the profiles, when to check again and
a headline of how the two sides have come along (read once the screen is up, so that the
start never waits for the history)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

from kneeapp.domain.guidance import recheck_reminder
from kneeapp.domain.profiles import Profile
from kneeapp.domain.repository import SessionRepository, StorageError
from kneeapp.ui.capabilities import Capabilities
from kneeapp.ui.i18n import qt_translate
from kneeapp.ui.storage_problems import storage_problem_text

if TYPE_CHECKING:
    from kneeapp.ui.pages.home import HomePage


class StartScreenHost(Protocol):
    home: HomePage
    repository: SessionRepository
    profile: str
    clock: Callable[[], datetime]
    capabilities: Capabilities


class StartScreen(QObject):
    def __init__(self, host: StartScreenHost) -> None:
        super().__init__()
        self.host = host
        self._progress_for = ""  # the profile whose headline is shown or being read
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(0)
        self._progress_timer.timeout.connect(self._show_progress)

    def refresh(self) -> None:
        host, home = self.host, self.host.home
        profiles_shown = host.capabilities.profiles
        try:
            latest = host.repository.latest(host.profile)
            profiles = host.repository.profile_list() if profiles_shown else []
        except StorageError as error:
            home.show_banner(storage_problem_text(error), flagged=True)
            return
        if profiles_shown and host.profile not in {p.name for p in profiles}:
            profiles.append(Profile(host.profile))  # not stored until its first session
        home.show_profiles(profiles, host.profile)
        last = latest.recorded_at if latest else None
        # The headline shown stays until it is read again (no flicker on coming home).
        kept = latest is not None and self._progress_for == host.profile
        home.show_progress(home.progress.text() if kept else "", first_time=latest is None)
        home.show_reminder(recheck_reminder(last, host.clock(), qt_translate))
        self._progress_timer.stop()
        if latest is not None:
            self._progress_for = host.profile
            self._progress_timer.start()

    def stop(self) -> None:
        """No headline read any more (the data closes with the window)."""
        self._progress_timer.stop()

    def _show_progress(self) -> None:
        # Loaded with the first headline: the start has no use for the trends.
        from kneeapp.domain.progress import PROGRESS_MEASURES, headline_from

        profile = self._progress_for
        if profile != self.host.profile:
            return  # another profile (or a kiosk's next patient) since
        try:
            found = self.host.repository.series(profile, PROGRESS_MEASURES, max_points=200)
        except StorageError:
            return  # the headline is a nicety: the reminder and the banner stay
        self.host.home.show_progress(headline_from(found, qt_translate), first_time=False)
