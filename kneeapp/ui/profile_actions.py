"""The profile details page of the start screen: opened from the profile chooser,
saved through the repository, gone once saved or left."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kneeapp.domain.profiles import Profile, validate_details
from kneeapp.domain.repository import SessionRepository, StorageError
from kneeapp.domain.validation import ValidationError

if TYPE_CHECKING:
    from kneeapp.ui.pages.profile import ProfilePage


class ProfileHost(Protocol):
    stack: QStackedWidget
    repository: SessionRepository
    profile: str
    clock: Callable[[], datetime]

    def show_page(self, page: QWidget) -> None: ...


class ProfileActions(QObject):
    back_requested = Signal()
    saved = Signal()

    def __init__(self, host: ProfileHost) -> None:
        super().__init__()
        self.host = host
        self.page: ProfilePage | None = None

    def open(self) -> None:
        """Show the open profile's details; a storage problem is raised for the caller."""
        from kneeapp.ui.pages.profile import ProfilePage

        host = self.host
        profile = host.repository.profile(host.profile) or Profile(host.profile)
        page = ProfilePage(profile)
        page.back_requested.connect(self.back_requested)
        page.save_requested.connect(self._save)
        self.close()
        self.page = page
        host.stack.addWidget(page)
        host.show_page(page)

    def _save(self) -> None:
        page = self.page
        assert page is not None
        try:
            details = validate_details(page.details(), self.host.clock().astimezone().year)
            self.host.repository.update_profile(page.profile.name, details)
        except (ValidationError, StorageError) as error:
            page.show_error(error)
            return
        self.saved.emit()
        self.close()

    def close(self) -> None:
        if self.page is not None:
            self.host.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
