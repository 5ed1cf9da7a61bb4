"""A session on screen: one page for each step of its flow (``kneeapp.domain.flow``),
built from the flow and writing what the person enters into its draft as they go."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kneeapp.domain.dates import format_moment
from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.flow import SafetyOutcome, SessionFlow, StepKind
from kneeapp.domain.guidance import clinician_advice
from kneeapp.domain.repository import SessionRepository, StorageError
from kneeapp.domain.session import Reading, Session
from kneeapp.domain.validation import ValidationError
from kneeapp.ui.i18n import error_text, qt_translate
from kneeapp.ui.pages.base import Page

# The session's pages are imported when first needed, so that the home screen comes up
# without them; tests/test_packaging.py checks it.
if TYPE_CHECKING:
    from kneeapp.domain.preferences import Preferences
    from kneeapp.ui.capabilities import Capabilities
    from kneeapp.ui.pages.check_page import LastTime
    from kneeapp.ui.pages.clinician_advice import ClinicianAdvicePage


class SessionHost(Protocol):
    """What the window lends a session: where its pages go and what it reads."""

    stack: QStackedWidget
    repository: SessionRepository
    preferences: Preferences
    profile: str
    clock: Callable[[], datetime]
    capabilities: Capabilities
    distance_unit: str
    choose_photo: Callable[[QWidget], Path | None] | None
    keep_photos_allowed: bool
    photo_folder: Path | None

    def current_page(self) -> QWidget: ...
    def show_page(self, page: QWidget) -> None: ...


class SessionSteps(QObject):
    # Something was entered (a value, a skip, an answer, the note): keep the draft soon.
    changed = Signal()
    started = Signal()
    ended = Signal()
    saved = Signal(object)  # the Session
    # The page that says why a "yes" stops the session was read.
    advice_read = Signal()
    leave_requested = Signal()
    settings_requested = Signal()

    def __init__(self, host: SessionHost) -> None:
        super().__init__()
        self.host = host
        self.flow: SessionFlow | None = None
        self.pages: list[Page] = []
        self._advice: ClinicianAdvicePage | None = None

    @property
    def draft(self) -> SessionDraft | None:
        return None if self.flow is None else self.flow.draft

    @property
    def advice(self) -> ClinicianAdvicePage:
        """The "see a clinician first" page, made when a safety answer first needs it."""
        if self._advice is None:
            from kneeapp.ui.pages.clinician_advice import ClinicianAdvicePage

            self._advice = ClinicianAdvicePage()
            self._advice.done.connect(self.advice_read)
            self.host.stack.addWidget(self._advice)
        return self._advice

    # -- opening and closing ------------------------------------------------------

    def start(self, selected: Sequence[str]) -> None:
        self.end()
        self.flow = SessionFlow(SessionDraft(selected))
        self.pages = [self._choice_page(selected)]
        self.started.emit()
        self.show_step()

    def resume(self, draft: SessionDraft, step: int) -> None:
        """Pages around a kept ``draft``, on the step it was on (or the nearest open one)."""
        self.start([check.id for check in draft.checks])
        assert self.flow is not None
        self.flow.resume(draft, step)
        self._build_steps()
        self.show_step()

    def retranslate(self, *, show: bool) -> None:
        """Pages in the language just installed, an open session rebuilt from its draft;
        ``show``: put its current step on screen."""
        if self._advice is not None:
            self._advice.retranslate_ui()
        flow = self.flow
        if flow is None:
            return
        old, self.pages = self.pages, [self._choice_page([c.id for c in flow.draft.checks])]
        for page in old:
            self.host.stack.removeWidget(page)
            page.deleteLater()
        if flow.checks_chosen:
            self._build_steps()
        if show:
            self.show_step()

    def draft_state(self) -> tuple[SessionDraft, int] | None:
        """The session so far and its step, to be kept against a crash."""
        return None if self.flow is None else (self.flow.draft, self.flow.position)

    def end(self) -> None:
        had_session = self.flow is not None
        self.flow = None
        for page in self.pages:
            self.host.stack.removeWidget(page)
            page.deleteLater()
        self.pages = []
        if had_session:
            self.ended.emit()

    # -- moving -----------------------------------------------------------------

    def show_step(self) -> None:
        """Put the flow's current step on screen (the summary filled in first)."""
        from kneeapp.ui.pages.summary import SummaryPage

        assert self.flow is not None
        page = self.pages[self.flow.position]
        if isinstance(page, SummaryPage):
            draft = self.flow.draft
            readings = draft.readings()
            try:
                previous = self.host.repository.latest(self.host.profile)
            except StorageError:
                previous = None
            draft.advice = clinician_advice(readings, previous, qt_translate)
            page.show_results(
                readings,
                draft.note,
                draft.advice,
                values_not_restored=draft.values_not_restored,
            )
        self.host.show_page(page)

    def go_next(self) -> None:
        if self.flow is not None and self.flow.next():
            self.show_step()

    def go_back(self) -> None:
        if self.flow is not None and self.flow.back():
            self.show_step()

    def _on_checks_chosen(self) -> None:
        from kneeapp.ui.pages.choose_checks import ChooseChecksPage

        choose = self.pages[0]
        assert isinstance(choose, ChooseChecksPage) and self.flow is not None
        selected = choose.selected()
        self.host.preferences.remember_checks(selected)
        if self.flow.choose(selected):
            self._build_steps()
        self.go_next()

    def _on_safety_continue(self) -> None:
        from kneeapp.ui.pages.red_flags import RedFlagPage

        assert self.flow is not None
        page = self.pages[self.flow.index_of(StepKind.SAFETY)]
        assert isinstance(page, RedFlagPage)
        outcome = self.flow.safety_answered(page.answers())
        if outcome is SafetyOutcome.STOP:
            # Nothing is kept: the person is told to see a clinician, not to carry on.
            answers = dict(self.flow.draft.red_flags)
            self.end()
            self.advice.show_answers(answers)
            self.host.show_page(self.advice)
        elif outcome is SafetyOutcome.GO_ON:
            self.go_next()

    def _on_stop_for_pain(self) -> None:
        """Severe pain: the checks not reached are skipped as too painful; on to the note."""
        from kneeapp.ui.pages.check_page import CheckPage

        assert self.flow is not None
        self.flow.stop_for_pain()
        for page in self.pages:
            if isinstance(page, CheckPage):
                page.sync_from_draft()
        self.changed.emit()
        self.show_step()

    def save(self) -> None:
        from kneeapp.ui.pages.summary import SummaryPage
        from kneeapp.ui.photo_files import read_photo_file

        flow = self.flow
        summary = self.host.current_page()
        assert flow is not None and isinstance(summary, SummaryPage)
        try:
            session = flow.draft.to_session(
                self.host.profile,
                self.host.clock(),
                read_photo=read_photo_file if self.host.keep_photos_allowed else None,
            )
            self.host.repository.save(session)
        except (StorageError, ValidationError) as error:
            # Everything entered stays on screen so that a retry can save it.
            summary.show_error(self.tr("Could not save: {error}").format(error=error_text(error)))
            return
        self.end()
        self.saved.emit(session)

    def saved_text(self, session: Session) -> tuple[str, bool]:
        """What the start screen says after ``session`` was saved, and whether it is advice."""
        when = format_moment(session.recorded_at, qt_translate)
        if session.advice:
            # The advice, not a routine "check again", is what the person leaves with.
            text = self.tr("Saved your self-check of {when}. {advice}")
            return text.format(when=when, advice=session.advice), True
        # When the next check fits is said once, under it on the start screen.
        return self.tr("Saved your self-check of {when}.").format(when=when), False

    # -- building the pages ---------------------------------------------------------

    def _choice_page(self, selected: Sequence[str]) -> Page:
        from kneeapp.ui.pages.choose_checks import ChooseChecksPage

        choose = ChooseChecksPage(selected, settings=self.host.capabilities.settings)
        choose.next_requested.connect(self._on_checks_chosen)
        self._wire(choose)
        return choose

    def _wire(self, page: Page) -> None:
        page.leave_requested.connect(self.leave_requested)
        page.back_requested.connect(self.go_back)
        page.next_requested.connect(self.go_next)
        page.settings_requested.connect(self.settings_requested)
        self.host.stack.addWidget(page)

    def _build_steps(self) -> None:
        """(Re)build the pages after the choice of checks, keeping the choice page."""
        from kneeapp.ui.pages.check_page import CheckPage
        from kneeapp.ui.pages.note import NotePage
        from kneeapp.ui.pages.red_flags import RedFlagPage
        from kneeapp.ui.pages.summary import SummaryPage

        assert self.flow is not None
        draft = self.flow.draft
        for page in self.pages[1:]:
            self.host.stack.removeWidget(page)
            page.deleteLater()
        safety = RedFlagPage(settings=self.host.capabilities.settings)
        safety.show_answers(draft.red_flags)
        safety.initial_focus = next(iter(safety.choices.values())).buttons[0]
        safety.continue_requested.connect(self._on_safety_continue)
        safety.answers_changed.connect(lambda: self._take_safety_answers(safety))
        steps: list[Page] = [safety]
        last_time = self._last_time(draft)
        folder = self.host.photo_folder
        choose_photo = self.host.choose_photo
        if choose_photo is None and folder is not None:
            from kneeapp.ui.widgets.photo_picker import folder_chooser

            choose_photo = folder_chooser(folder)  # a kiosk opens no file dialog
        for position, check in enumerate(draft.checks, start=1):
            check_page = CheckPage(
                check,
                draft,
                position,
                len(draft.checks),
                distance_unit=self.host.distance_unit,
                choose_photo=choose_photo,
                keep_photos_allowed=self.host.keep_photos_allowed,
                photos_offered=folder is None or folder.is_dir(),
                settings=self.host.capabilities.settings,
                last_time={
                    measure_id: found
                    for (check_id, measure_id), found in last_time.items()
                    if check_id == check.id
                },
            )
            check_page.initial_focus = next(iter(check_page.inputs.values()))
            check_page.changed.connect(self.changed)
            check_page.stop_session_requested.connect(self._on_stop_for_pain)
            steps.append(check_page)
        note = NotePage(settings=self.host.capabilities.settings)
        note.edit.setPlainText(draft.note)
        note.initial_focus = note.edit
        note.edit.textChanged.connect(lambda: self._take_note(note))
        summary = SummaryPage(settings=self.host.capabilities.settings)
        summary.initial_focus = summary.save_button
        summary.save_requested.connect(self.save)
        steps += [note, summary]
        for step in steps:
            self._wire(step)
        self.pages = [self.pages[0], *steps]

    def _take_safety_answers(self, page: QWidget) -> None:
        from kneeapp.ui.pages.red_flags import RedFlagPage

        assert self.flow is not None and isinstance(page, RedFlagPage)
        self.flow.draft.red_flags = page.answers()
        self.changed.emit()

    def _take_note(self, page: QWidget) -> None:
        from kneeapp.ui.pages.note import NotePage

        assert self.flow is not None and isinstance(page, NotePage)
        self.flow.draft.note = page.text()
        self.changed.emit()

    def _last_time(self, draft: SessionDraft) -> dict[tuple[str, str], LastTime]:
        """Each measure's values at the last saved session that had them (none if the
        data cannot be read: the check goes on without them)."""
        from kneeapp.ui.pages.check_page import LastTime

        keys = [(check.id, m.id) for check in draft.checks for m in check.measures]
        try:
            # The newest points of a thinned series are exact: the last one is wanted.
            found = self.host.repository.series(self.host.profile, keys, None, max_points=1)
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
