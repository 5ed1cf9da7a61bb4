"""The main window: the page on screen, the language and the close guard. A session's
pages are ``SessionSteps``; what the start screen shows is ``StartScreen``'s; the
settings' and the profile details' actions are ``SettingsActions`` and ``ProfileActions``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kneeapp.domain.preferences import DisplaySettings, Preferences
from kneeapp.domain.repository import BackupService, SessionRepository, StorageError
from kneeapp.domain.session import Session
from kneeapp.ui.capabilities import Capabilities
from kneeapp.ui.files import SavePathChooser, ask_save_path, open_in_file_manager
from kneeapp.ui.i18n import install_language
from kneeapp.ui.pages.base import Page
from kneeapp.ui.pages.home import HomePage
from kneeapp.ui.profile_actions import ProfileActions
from kneeapp.ui.session_steps import SessionSteps
from kneeapp.ui.settings_actions import SettingsActions
from kneeapp.ui.start_screen import StartScreen
from kneeapp.ui.storage_problems import storage_problem_text
from kneeapp.ui.style import TextSize, apply_style
from kneeapp.ui.themes import Theme
from kneeapp.ui.widgets.notice_bar import NoticeBar
from kneeapp.ui.window_frame import pages_frame, restore_geometry, save_geometry


class MainWindow(QMainWindow):
    closed = Signal()
    session_saved = Signal(str)
    # For parts that watch the flow from outside (kiosk idle reset, draft keeping).
    page_changed = Signal(QWidget)
    session_ended = Signal()
    # The kept draft is to be forgotten (kiosk idle reset, "Discard" on the resume prompt).
    draft_discarded = Signal()
    # Something was entered (a value, a skip, an answer, the note): keep the draft soon.
    draft_changed = Signal()

    def __init__(
        self,
        repository: SessionRepository,
        preferences: Preferences,
        *,
        profile: str,
        clock: Callable[[], datetime],
        data_dir: Path,
        kiosk: bool = False,
        capabilities: Capabilities | None = None,
    ) -> None:
        """``capabilities``: what the person may do (the files they may write, the
        settings, the profiles, where photos come from); everything when not given.
        ``kiosk``: a touch screen's style, and no window geometry kept."""
        super().__init__()
        self.setWindowTitle(self.tr("KneeCheck"))
        self.language: str | None = None  # in use; set by apply_display
        self._language_setting: str | None = None  # as chosen: "system", "en", "es"
        self.setMinimumSize(640, 480)
        self.repository = repository
        self.preferences = preferences
        self.profile = profile
        self.clock = clock
        self.kiosk = kiosk
        self.screen_scale = 1.0  # a kiosk's text scale for its screen (style.screen_scale)
        self.display = DisplaySettings()  # as last applied
        self.data_dir = data_dir
        self.capabilities = capabilities or Capabilities()
        self.exports = self.capabilities.exports
        self.distance_unit = "cm"

        central = QWidget()
        self._frame = layout = QVBoxLayout(central)  # bars above and parts below the pages
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.stack = QStackedWidget()
        self.pages_frame = pages_frame(self.stack, kiosk=kiosk)
        layout.addWidget(self.pages_frame, 1)
        self.confirm_bar = NoticeBar()
        layout.addWidget(self.confirm_bar)
        self.setCentralWidget(central)

        self.home = HomePage(
            settings=self.capabilities.settings, sign_out=self.capabilities.sign_out
        )
        self.start_screen = StartScreen(self)
        self.home.start_requested.connect(self.start_session)
        self.home.history_requested.connect(self.open_history)
        self.home.settings_requested.connect(self.open_settings)
        self.home.profile_chosen.connect(self.choose_profile)
        self.home.profile_details_requested.connect(self.open_profile)
        # Replaceable, so tests answer without a modal dialog or a file manager.
        self.choose_save_path: SavePathChooser = ask_save_path
        self.open_folder: Callable[[Path], object] = open_in_file_manager
        # Asks for a photo to measure an angle on (None: the file dialog, or on a kiosk
        # the clinic's folder).
        self.choose_photo: Callable[[QWidget], Path | None] | None = None
        # Whether a person may keep the photos an angle was measured on with the
        # session: at home yes; on a kiosk only if the clinic allows it.
        self.keep_photos_allowed = not kiosk
        # A kiosk's photos come from this folder only; the tool is offered once it exists.
        self.photo_folder: Path | None = self.capabilities.photo_folder
        # Set by the assembly point when the data folder keeps backups.
        self.backups: BackupService | None = None
        self.history: QWidget | None = None
        self.stack.addWidget(self.home)
        self.session = SessionSteps(self)
        self.session.started.connect(lambda: self.home.show_banner(""))
        self.session.changed.connect(self.draft_changed)
        self.session.ended.connect(self.session_ended)
        self.session.saved.connect(self._on_session_saved)
        self.session.advice_read.connect(self.go_home)
        self.session.leave_requested.connect(self.ask_leave)
        self.session.settings_requested.connect(self.open_settings)
        self.profiles = ProfileActions(self)
        self.profiles.back_requested.connect(self.go_home)
        self.profiles.saved.connect(self._on_profile_saved)
        self.settings = SettingsActions(self)
        self.settings.back_requested.connect(self._on_settings_back)
        self.go_home()

    # -- navigation -------------------------------------------------------------

    @property
    def in_session(self) -> bool:
        return self.session.flow is not None

    def current_page(self) -> QWidget:
        page = self.stack.currentWidget()
        assert page is not None
        return page

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self.page_changed.emit(page)
        if isinstance(page, Page):
            page.scroll_area.verticalScrollBar().setValue(0)
            target = page.initial_focus
            if target is None:
                target = page.focusWidget() or page
            target.setFocus()

    def go_home(self) -> None:
        self.end_session()
        self.start_screen.refresh()
        self.show_page(self.home)

    # -- profiles ---------------------------------------------------------------

    def choose_profile(self, name: str) -> None:
        """Show ``name``'s self-checks from now on (the desktop's profile chooser)."""
        if name == self.profile:
            return
        self.profile = name
        self.drop_history()  # it showed the other profile
        self.start_screen.refresh()

    def open_profile(self) -> None:
        try:
            self.profiles.open()
        except StorageError as error:
            self.home.show_banner(storage_problem_text(error))

    def _on_profile_saved(self) -> None:
        self.drop_history()  # its title names the profile
        self.go_home()

    # -- settings ---------------------------------------------------------------

    def set_screen_scale(self, scale: float) -> None:
        """A kiosk's text, larger on a larger screen: the style again, if it changes."""
        if scale != self.screen_scale:
            self.screen_scale = scale
            self._restyle()

    def _restyle(self) -> None:
        theme, size = Theme(self.display.theme), TextSize(self.display.text_size)
        apply_style(self, theme=theme, text_size=size, kiosk=self.kiosk, screen=self.screen_scale)

    def apply_display(self, settings: DisplaySettings) -> None:
        self.display = settings
        self._restyle()
        self.distance_unit = settings.distance_unit
        if settings.language == self._language_setting:
            return  # a change of theme or size: the translators stay as they are
        self._language_setting = settings.language
        language = install_language(settings.language)
        # The pages are first built in English, the source language.
        if language != (self.language or "en"):
            self.language = language
            self.retranslate()
        self.language = language

    def retranslate(self) -> None:
        """Show everything in the language just installed, keeping an open session as it is."""
        self.setWindowTitle(self.tr("KneeCheck"))
        self.home.retranslate_ui()
        self.start_screen.refresh()
        self.drop_history()  # built again, in the new language, when next opened
        showing_settings = self.settings.page is not None and (
            self.current_page() is self.settings.page
        )
        self.session.retranslate(show=not showing_settings)
        if showing_settings:
            self.open_settings()

    def restore_window_geometry(self) -> None:
        restore_geometry(self, self.preferences)

    def open_settings(self) -> None:
        self.settings.open(in_session=self.in_session)

    def _on_settings_back(self) -> None:
        """Back where the settings were opened from: the session's step, or the start."""
        self.settings.close()
        if self.in_session:
            self.session.show_step()
        else:
            self.go_home()

    def drop_history(self) -> None:
        """Forget the history page: it shows data that has changed under it."""
        if self.history is not None:
            self.stack.removeWidget(self.history)
            self.history.deleteLater()
            self.history = None

    def open_history(self) -> None:
        # Imported on first use: the history brings the chart library with it.
        from kneeapp.ui.pages.history import HistoryPage

        history = self.history
        if not isinstance(history, HistoryPage):
            history = HistoryPage(
                self.repository, profile=self.profile, clock=self.clock, exports=self.exports
            )
            history.back_requested.connect(self.go_home)
            self.stack.addWidget(history)
            self.history = history
        history.reload()
        self.show_page(history)

    # -- the session, and leaving it -------------------------------------------

    def start_session(self) -> None:
        self.session.start(self.preferences.selected_checks())

    def add_below_pages(self, widget: QWidget) -> None:
        """Put a part (a touch screen's keyboard) under the pages, above the message bar."""
        self._frame.insertWidget(self._frame.indexOf(self.pages_frame) + 1, widget)

    def add_bar(self, bar: QWidget) -> None:
        """Put a message bar (e.g. a resume prompt) above the pages."""
        self._frame.insertWidget(0, bar)

    def discard_draft(self) -> None:
        """Drop the session being entered and its kept copy (e.g. on a kiosk idle reset)."""
        if self.in_session:
            self.go_home()
        self.draft_discarded.emit()

    def end_session(self) -> None:
        self.confirm_bar.ask_nothing()
        self.session.end()

    def _on_session_saved(self, session: Session) -> None:
        self.go_home()
        text, is_advice = self.session.saved_text(session)
        self.home.show_banner(text, flagged=is_advice)
        self.session_saved.emit(session.uid)

    def ask_leave(self, *, then_close: bool = False) -> None:
        self.confirm_bar.confirm(
            self.tr("Leave this self-check? What you have entered so far will not be saved."),
            confirm=self.tr("Discard and leave"),
            cancel=self.tr("Keep going"),
            on_confirm=self._close_after_leaving if then_close else self.go_home,
            on_cancel=lambda: self.show_page(self.current_page()),  # its focus back
        )

    def _close_after_leaving(self) -> None:
        self.end_session()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.kiosk:
            save_geometry(self, self.preferences)
        if self.in_session:
            # Never drop a half-entered session silently: ask first.
            event.ignore()
            self.ask_leave(then_close=True)
            return
        event.accept()
        self.start_screen.stop()  # the data closes with the window
        self.closed.emit()
