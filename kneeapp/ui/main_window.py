"""The main window and the path through a session: home, safety, checks, note, summary."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kneeapp.domain.dates import format_moment
from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.guidance import clinician_advice, recheck_reminder
from kneeapp.domain.preferences import DisplaySettings, Preferences
from kneeapp.domain.profiles import Profile, validate_details
from kneeapp.domain.repository import BackupCopy, BackupService, SessionRepository, StorageError
from kneeapp.domain.session import Reading
from kneeapp.domain.validation import ValidationError
from kneeapp.ui.files import SavePathChooser, ask_save_path, open_in_file_manager
from kneeapp.ui.i18n import error_text, install_language, plural, qt_translate
from kneeapp.ui.pages.base import Page
from kneeapp.ui.pages.home import HomePage
from kneeapp.ui.storage_problems import storage_problem_text
from kneeapp.ui.style import TextSize, apply_style
from kneeapp.ui.themes import Theme
from kneeapp.ui.widgets.notice_bar import NoticeBar

# The session's and the settings' pages are imported when first needed, so that the
# home screen comes up without them; tests/test_packaging.py checks it.
if TYPE_CHECKING:
    from kneeapp.ui.pages.check_page import LastTime
    from kneeapp.ui.pages.choose_checks import ChooseChecksPage
    from kneeapp.ui.pages.clinician_advice import ClinicianAdvicePage
    from kneeapp.ui.pages.profile import ProfilePage
    from kneeapp.ui.pages.settings import SettingsPage


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
    ) -> None:
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
        self.data_dir = data_dir
        self.distance_unit = "cm"
        self.draft: SessionDraft | None = None
        self._steps: list[Page] = []
        # The session step that was open when the settings were opened from it.
        self._settings_return_step = -1
        self._close_when_confirmed = False

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.confirm_bar = NoticeBar()
        layout.addWidget(self.confirm_bar)
        self.setCentralWidget(central)

        self.home = HomePage()
        self.home.start_requested.connect(self.start_session)
        self.home.history_requested.connect(self.open_history)
        self.home.settings_requested.connect(self.open_settings)
        self.home.profile_chosen.connect(self.choose_profile)
        self.home.profile_details_requested.connect(self.open_profile)
        self.profile_page: QWidget | None = None
        self.settings_page: SettingsPage | None = None
        # Replaceable, so tests answer without a modal dialog or a file manager.
        self.choose_save_path: SavePathChooser = ask_save_path
        self.open_folder: Callable[[Path], object] = open_in_file_manager
        # Set by the assembly point when the data folder keeps backups.
        self.backups: BackupService | None = None
        self._pending_restore: BackupCopy | None = None
        self.history: QWidget | None = None
        self.stack.addWidget(self.home)
        self._advice: ClinicianAdvicePage | None = None
        self.confirm_bar.confirmed.connect(self._on_confirmed)
        self.confirm_bar.cancelled.connect(self._on_cancelled)
        self.go_home()

    # -- navigation -------------------------------------------------------------

    @property
    def advice(self) -> ClinicianAdvicePage:
        """The "see a clinician first" page, made when a safety answer first needs it."""
        if self._advice is None:
            from kneeapp.ui.pages.clinician_advice import ClinicianAdvicePage

            self._advice = ClinicianAdvicePage()
            self._advice.done.connect(self.go_home)
            self.stack.addWidget(self._advice)
        return self._advice

    @property
    def in_session(self) -> bool:
        return self.draft is not None

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
        self._end_session()
        self._refresh_home()
        self.show_page(self.home)

    def _refresh_home(self) -> None:
        try:
            latest = self.repository.latest(self.profile)
            profiles = [] if self.kiosk else self.repository.profile_list()
        except StorageError as error:
            self.home.show_banner(storage_problem_text(error), flagged=True)
            return
        if not self.kiosk and self.profile not in {p.name for p in profiles}:
            profiles.append(Profile(self.profile))  # not stored until its first session
        self.home.show_profiles(profiles, self.profile)
        last = latest.recorded_at if latest else None
        self.home.show_reminder(recheck_reminder(last, self.clock(), qt_translate))

    # -- profiles ---------------------------------------------------------------

    def choose_profile(self, name: str) -> None:
        """Show ``name``'s self-checks from now on (the desktop's profile chooser)."""
        if name == self.profile:
            return
        self.profile = name
        self.drop_history()  # it showed the other profile
        self._refresh_home()

    def open_profile(self) -> None:
        from kneeapp.ui.pages.profile import ProfilePage

        try:
            profile = self.repository.profile(self.profile) or Profile(self.profile)
        except StorageError as error:
            self.home.show_banner(storage_problem_text(error))
            return
        page = ProfilePage(profile)
        page.back_requested.connect(self.go_home)
        page.save_requested.connect(lambda: self._save_profile(page))
        self._drop_profile_page()
        self.profile_page = page
        self.stack.addWidget(page)
        self.show_page(page)

    def _save_profile(self, page: ProfilePage) -> None:
        try:
            details = validate_details(page.details(), self.clock().astimezone().year)
            self.repository.update_profile(page.profile.name, details)
        except (ValidationError, StorageError) as error:
            page.show_error(error)
            return
        self.drop_history()  # its title names the profile
        self.go_home()
        self._drop_profile_page()

    def _drop_profile_page(self) -> None:
        if self.profile_page is not None:
            self.stack.removeWidget(self.profile_page)
            self.profile_page.deleteLater()
            self.profile_page = None

    # -- settings ---------------------------------------------------------------

    def apply_display(self, settings: DisplaySettings) -> None:
        apply_style(
            self,
            theme=Theme(settings.theme),
            text_size=TextSize(settings.text_size),
            kiosk=self.kiosk,
        )
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
        if self._advice is not None:
            self._advice.retranslate_ui()
        self._refresh_home()
        self.drop_history()  # built again, in the new language, when next opened
        settings = self.settings_page
        showing_settings = settings is not None and self.current_page() is settings
        state = self._session_state()
        if state is not None:
            draft, step = state
            current = self.current_page()
            self._rebuild_session(draft)
            if not showing_settings and current not in self._steps:
                self._enter(self._steps[max(0, min(step, len(self._steps) - 1))])
        if showing_settings:
            self.open_settings()

    def restore_window_geometry(self) -> None:
        saved = self.preferences.window_geometry()
        if saved is None or not self.restoreGeometry(QByteArray.fromBase64(saved.encode())):
            self.resize(1024, 768)
        # Never larger than the screen (a 1280×720 kiosk display, a smaller laptop): the
        # bottom with its buttons would be cut off.
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            if self.width() > room.width() or self.height() > room.height():
                self.resize(min(self.width(), room.width()), min(self.height(), room.height()))

    def open_settings(self) -> None:
        from kneeapp.ui.pages.settings import SettingsPage

        if self.in_session and self._step_index() >= 0:
            self._settings_return_step = self._step_index()
        settings = SettingsPage(self.preferences.display_settings(), str(self.data_dir))
        if self.in_session:
            settings.back_button.setText(self.tr("Back to the self-check"))
        settings.back_requested.connect(self._on_settings_back)
        settings.settings_changed.connect(self._on_settings_changed)
        settings.open_folder_requested.connect(lambda: self.open_folder(self.data_dir))
        settings.export_requested.connect(self._on_export_all)
        settings.delete_all_requested.connect(self._on_delete_all)
        settings.restore_requested.connect(self._on_restore_requested)
        self._show_backups(settings)
        if self.settings_page is not None:
            self.stack.removeWidget(self.settings_page)
            self.settings_page.deleteLater()
        self.settings_page = settings
        self.stack.addWidget(settings)
        self.show_page(settings)

    def _on_settings_back(self) -> None:
        """Back where the settings were opened from: the session step, or the start."""
        step, self._settings_return_step = self._settings_return_step, -1
        if self.in_session and 0 <= step < len(self._steps):
            self._enter(self._steps[step])
        else:
            self.go_home()

    def _on_settings_changed(self, settings: DisplaySettings) -> None:
        self.preferences.save_display_settings(settings)
        self.apply_display(settings)

    def _on_export_all(self) -> None:
        assert self.settings_page is not None
        day = self.clock().astimezone().strftime("%Y-%m-%d")
        path = self.choose_save_path(
            self.tr("Export all data"), f"kneecheck-all-{day}.csv", self.tr("CSV files (*.csv)")
        )
        if path is None:
            return
        try:
            written = self.repository.export_csv_file(path)
        except StorageError as error:
            self.settings_page.show_status(storage_problem_text(error))
            return
        self.settings_page.show_status(
            plural(self.tr("Exported %n session(s) to {path}.", "", written), written).format(
                path=path
            )
        )

    def _show_backups(self, settings: SettingsPage) -> None:
        try:
            copies = self.backups.copies() if self.backups is not None else []
        except StorageError as error:
            settings.show_status(storage_problem_text(error))
            copies = []
        settings.show_backups(copies)

    def _on_restore_requested(self, copy: BackupCopy) -> None:
        when = format_moment(copy.taken_at, qt_translate)
        self._pending_restore = copy
        self.confirm_bar.confirm(
            self.tr(
                "Replace your current data with the copy of {when}? Your current data is "
                "backed up first."
            ).format(when=when),
            confirm=self.tr("Restore the copy"),
            cancel=self.tr("Keep my data"),
        )

    def _restore_pending(self) -> None:
        copy, self._pending_restore = self._pending_restore, None
        assert copy is not None and self.backups is not None and self.settings_page is not None
        try:
            self.backups.restore(copy)
        except StorageError as error:
            self.settings_page.show_status(storage_problem_text(error))
            return
        self.drop_history()  # it showed the data that was just replaced
        self._show_backups(self.settings_page)
        when = format_moment(copy.taken_at, qt_translate)
        self.settings_page.show_status(self.tr("Restored the copy of {when}.").format(when=when))

    def _on_delete_all(self) -> None:
        assert self.settings_page is not None
        try:
            self.repository.erase_all()
        except StorageError as error:
            self.settings_page.show_status(storage_problem_text(error))
            return
        self.settings_page.clear_delete_word()
        self.settings_page.show_status(
            self.tr(
                "All saved sessions are deleted. Backup copies made before now still hold "
                "them until they are rotated out, within 4 weeks; to delete those too, run "
                "kneeapp purge-backups."
            )
        )
        self.drop_history()

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
            history = HistoryPage(self.repository, profile=self.profile, clock=self.clock)
            history.back_requested.connect(self.go_home)
            self.stack.addWidget(history)
            self.history = history
        history.reload()
        self.show_page(history)

    # -- the session ------------------------------------------------------------

    def start_session(self) -> None:
        choose = self._open_choice(self.preferences.selected_checks())
        self.draft = SessionDraft(choose.selected())
        self.show_page(choose)

    def _open_choice(self, selected: Sequence[str]) -> ChooseChecksPage:
        from kneeapp.ui.pages.choose_checks import ChooseChecksPage

        self._end_session()
        self.home.show_banner("")
        choose = ChooseChecksPage(selected)
        choose.next_requested.connect(self._on_checks_chosen)
        choose.leave_requested.connect(self.ask_leave)
        choose.settings_requested.connect(self.open_settings)
        if self.kiosk:
            choose.settings_button.hide()  # staff only on a kiosk
        self.stack.addWidget(choose)
        self._steps = [choose]
        return choose

    # -- drafts kept across a crash ------------------------------------------------

    def add_bar(self, bar: QWidget) -> None:
        """Put a message bar (e.g. a resume prompt) above the pages."""
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, bar)

    def current_step(self) -> int:
        """Where in the session the person is: 0 = choice of checks; -1 outside a session."""
        return self._step_index()

    def draft_state(self) -> tuple[SessionDraft, int] | None:
        """The session so far, with the answers and note still on their pages, and the step."""
        draft, step = self._draft_with_page_answers(), self._step_index()
        if draft is None or step < 0:
            return None
        return draft, step

    def _session_state(self) -> tuple[SessionDraft, int] | None:
        """The open session with its answers and note, and its step (the step settings
        were opened from, when they are showing)."""
        draft = self._draft_with_page_answers()
        if draft is None:
            return None
        step = self._step_index()
        return draft, step if step >= 0 else self._settings_return_step

    def _draft_with_page_answers(self) -> SessionDraft | None:
        """The open session's draft, with the safety answers and the note taken from
        their pages (which keep them until the summary)."""
        from kneeapp.ui.pages.note import NotePage
        from kneeapp.ui.pages.red_flags import RedFlagPage

        draft = self.draft
        if draft is not None:
            for page in self._steps:
                if isinstance(page, RedFlagPage):
                    draft.red_flags = page.answers()
                elif isinstance(page, NotePage):
                    draft.note = page.text()
        return draft

    def _rebuild_session(self, draft: SessionDraft) -> None:
        """New pages for an open session (e.g. in another language), filled from ``draft``."""
        from kneeapp.ui.pages.choose_checks import ChooseChecksPage

        choose = ChooseChecksPage([check.id for check in draft.checks])
        choose.next_requested.connect(self._on_checks_chosen)
        choose.leave_requested.connect(self.ask_leave)
        choose.settings_requested.connect(self.open_settings)
        if self.kiosk:
            choose.settings_button.hide()
        old = self._steps
        self.stack.addWidget(choose)
        self._steps = [choose, *old[1:]]
        self.stack.removeWidget(old[0])
        old[0].deleteLater()
        if len(old) > 1:
            self._build_steps(draft)
            self._restore_answers(draft)

    def resume_draft(self, draft: SessionDraft, step: int) -> None:
        """Rebuild the session pages around ``draft`` and go to the step it was on."""
        self._open_choice([check.id for check in draft.checks])
        self._build_steps(draft)
        self._restore_answers(draft)
        # Never past the safety questions unless all were answered "no".
        last = len(self._steps) - 1 if draft.red_flags_answered else 1
        if draft.stopped_by_red_flag:
            last = 1
        self._enter(self._steps[max(0, min(step, last))])

    def _restore_answers(self, draft: SessionDraft) -> None:
        """Put the safety answers and the note of ``draft`` on the freshly built pages."""
        from kneeapp.ui.pages.note import NotePage
        from kneeapp.ui.pages.red_flags import NO, YES, RedFlagPage

        for page in self._steps:
            if isinstance(page, RedFlagPage):
                for flag_id, answer in draft.red_flags.items():
                    if flag_id in page.choices:
                        row = page.choices[flag_id]
                        row.set_choice(YES if answer else NO)
                        row.chosen.emit(YES if answer else NO)  # as a click would
            elif isinstance(page, NotePage):
                page.edit.setPlainText(draft.note)

    def discard_draft(self) -> None:
        """Drop the session being entered and its kept copy (e.g. on a kiosk idle reset)."""
        if self.in_session:
            self.go_home()
        self.draft_discarded.emit()

    def _on_checks_chosen(self) -> None:
        from kneeapp.ui.pages.choose_checks import ChooseChecksPage

        choose = self._steps[0]
        assert isinstance(choose, ChooseChecksPage) and self.draft is not None
        selected = choose.selected()
        self.preferences.remember_checks(selected)
        already_built = len(self._steps) > 1
        if not already_built or tuple(c.id for c in self.draft.checks) != selected:
            self._build_steps(SessionDraft(selected))
        self.go_next()

    def _build_steps(self, draft: SessionDraft) -> None:
        """(Re)build the pages after the choice of checks, keeping the choice page."""
        from kneeapp.ui.pages.check_page import CheckPage
        from kneeapp.ui.pages.note import NotePage
        from kneeapp.ui.pages.red_flags import RedFlagPage
        from kneeapp.ui.pages.summary import SummaryPage

        for page in self._steps[1:]:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.draft = draft
        red_flags = RedFlagPage()
        red_flags.initial_focus = next(iter(red_flags.choices.values())).buttons[0]
        red_flags.continue_requested.connect(self._on_red_flags_answered)
        for row in red_flags.choices.values():
            row.chosen.connect(self.draft_changed)
        steps: list[Page] = [red_flags]
        last_time = self._last_time(draft)
        for position, check in enumerate(draft.checks, start=1):
            check_page = CheckPage(
                check,
                draft,
                position,
                len(draft.checks),
                distance_unit=self.distance_unit,
                last_time={
                    measure_id: found
                    for (check_id, measure_id), found in last_time.items()
                    if check_id == check.id
                },
            )
            check_page.initial_focus = next(iter(check_page.inputs.values()))
            check_page.changed.connect(self.draft_changed)
            check_page.stop_session_requested.connect(self._on_stop_session_requested)
            steps.append(check_page)
        note = NotePage()
        note.initial_focus = note.edit
        note.edit.textChanged.connect(self.draft_changed)
        summary = SummaryPage()
        summary.initial_focus = summary.save_button
        summary.save_requested.connect(self.save_session)
        steps += [note, summary]
        for step in steps:
            step.leave_requested.connect(self.ask_leave)
            step.back_requested.connect(self.go_back)
            step.next_requested.connect(self.go_next)
            step.settings_requested.connect(self.open_settings)
            if self.kiosk:
                step.settings_button.hide()  # staff only on a kiosk
            self.stack.addWidget(step)
        self._steps = [self._steps[0], *steps]

    def _last_time(self, draft: SessionDraft) -> dict[tuple[str, str], LastTime]:
        """Each measure's values at the last saved session that had them (none if the
        data cannot be read: the check goes on without them)."""
        from kneeapp.ui.pages.check_page import LastTime

        keys = [(check.id, m.id) for check in draft.checks for m in check.measures]
        try:
            # The newest points of a thinned series are exact: the last one is wanted.
            found = self.repository.series(self.profile, keys, None, max_points=1)
        except StorageError:
            return {}
        last: dict[tuple[str, str], LastTime] = {}
        for (check_id, measure_id), points in found.items():
            rated = [p for p in points if p.left is not None or p.right is not None]
            if rated:
                point = rated[-1]
                reading = Reading(check_id, measure_id, point.left, point.right)
                last[check_id, measure_id] = LastTime(point.recorded_at, reading)
        return last

    def _on_stop_session_requested(self) -> None:
        """Severe pain: the checks not reached are skipped as too painful; on to the note."""
        from kneeapp.domain.session import Skip
        from kneeapp.ui.pages.check_page import CheckPage

        assert self.draft is not None
        for page in self._steps[self._step_index() + 1 :]:
            if not isinstance(page, CheckPage):
                self.draft_changed.emit()
                self._enter(page)  # the note
                return
            self.draft.skip_check(page.check.id, Skip.TOO_PAINFUL, keep_rated=True)
            page.sync_from_draft()

    def _step_index(self) -> int:
        page = self.current_page()
        return self._steps.index(page) if page in self._steps else -1

    def go_next(self) -> None:
        index = self._step_index()
        if 0 <= index < len(self._steps) - 1:
            self._enter(self._steps[index + 1])

    def go_back(self) -> None:
        index = self._step_index()
        if index > 0:
            self._enter(self._steps[index - 1])

    def _enter(self, page: Page) -> None:
        from kneeapp.ui.pages.note import NotePage
        from kneeapp.ui.pages.summary import SummaryPage

        assert self.draft is not None
        if isinstance(page, SummaryPage):
            note_page = next(p for p in self._steps if isinstance(p, NotePage))
            self.draft.note = note_page.text()
            readings = self.draft.readings()
            try:
                previous = self.repository.latest(self.profile)
            except StorageError:
                previous = None
            self.draft.advice = clinician_advice(readings, previous, qt_translate)
            page.show_results(
                readings,
                self.draft.note,
                self.draft.advice,
                values_not_restored=self.draft.values_not_restored,
            )
        self.show_page(page)

    def _on_red_flags_answered(self) -> None:
        from kneeapp.ui.pages.red_flags import RedFlagPage

        assert self.draft is not None
        red_flags = self._steps[1]
        assert isinstance(red_flags, RedFlagPage)
        self.draft.red_flags = red_flags.answers()
        if self.draft.stopped_by_red_flag:
            # Nothing is kept: the person is told to see a clinician, not to carry on.
            answers = dict(self.draft.red_flags)
            self._end_session()
            self.advice.show_answers(answers)
            self.show_page(self.advice)
            return
        if not self.draft.red_flags_answered:
            return
        self.go_next()

    def save_session(self) -> None:
        from kneeapp.ui.pages.summary import SummaryPage

        draft = self.draft
        summary = self.current_page()
        assert draft is not None and isinstance(summary, SummaryPage)
        try:
            session = draft.to_session(self.profile, self.clock())
            self.repository.save(session)
        except (StorageError, ValidationError) as error:
            # Everything entered stays on screen so that a retry can save it.
            summary.show_error(self.tr("Could not save: {error}").format(error=error_text(error)))
            return
        when = format_moment(session.recorded_at, qt_translate)
        self.go_home()
        if session.advice:
            # The advice, not a routine "check again", is what the person leaves with.
            self.home.show_banner(
                self.tr("Saved your self-check of {when}. {advice}").format(
                    when=when, advice=session.advice
                ),
                flagged=True,
            )
        else:
            self.home.show_banner(
                self.tr(
                    "Saved your self-check of {when}. Check again in a week or two, "
                    "or the day after a run that hurts."
                ).format(when=when)
            )
        self.session_saved.emit(session.uid)

    def _end_session(self) -> None:
        had_session = self.draft is not None
        self.draft = None
        self.confirm_bar.hide()
        for page in self._steps:
            self.stack.removeWidget(page)
            page.deleteLater()
        self._steps = []
        if had_session:
            self.session_ended.emit()

    # -- leaving ----------------------------------------------------------------

    def ask_leave(self) -> None:
        self.confirm_bar.confirm(
            self.tr("Leave this self-check? What you have entered so far will not be saved."),
            confirm=self.tr("Discard and leave"),
            cancel=self.tr("Keep going"),
        )

    def _on_confirmed(self) -> None:
        if self._pending_restore is not None:
            self._restore_pending()
            return
        if self._close_when_confirmed:
            self._end_session()
            self.close()
            return
        self.go_home()

    def _on_cancelled(self) -> None:
        self._close_when_confirmed = False
        self._pending_restore = None
        page = self.current_page()
        if isinstance(page, Page):
            self.show_page(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.kiosk:
            self.preferences.save_window_geometry(self.saveGeometry().toBase64().toStdString())
        if self.in_session:
            # Never drop a half-entered session silently: ask first.
            event.ignore()
            self._close_when_confirmed = True
            self.ask_leave()
            return
        event.accept()
        self.closed.emit()
