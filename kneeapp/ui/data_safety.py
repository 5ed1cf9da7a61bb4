"""What the window says and does about the safety of the data: keeping the session being
entered as a draft, offering it back after a crash, a damaged or newer data file, a day's
backup that could not be made.

Storage is reached only through the domain's DraftStore and through plain callables
handed over by the assembly point.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from kneeapp.domain.dates import format_moment
from kneeapp.domain.drafts import DraftStore, KeptDraft
from kneeapp.domain.repository import StorageError
from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.ui.i18n import qt_translate
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.properties import set_enum_property
from kneeapp.ui.storage_problems import storage_problem_text
from kneeapp.ui.widgets.notice_bar import NoticeBar

BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "DataNotices",
    "Today's backup copy of your data could not be made: {problem} Your data itself is "
    "unharmed, and KneeCheck tries again the next time it starts.",
)


def _when(moment: datetime) -> str:
    return format_moment(moment, qt_translate, at=True)


def backup_failed_text(problem: str) -> str:
    """What the window (or a kiosk's clinician view) says of a day's backup that failed."""
    return QCoreApplication.translate("DataNotices", BACKUP_FAILED).format(problem=problem)


# A change is kept this long after the last one: within a second of any touch, without
# writing the file for every step of a dragged slider.
KEEP_AFTER_MS = 300


class DraftKeeper(QObject):
    """Stores the window's session on every page change and within a second of every
    change of a control, forgets it when the session ends; on start, offers a draft
    left by a crash."""

    def __init__(
        self, window: MainWindow, store: DraftStore, is_saved: Callable[[str], bool]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.is_saved = is_saved
        self.bar = NoticeBar()
        self.bar.setAccessibleName(self.tr("Unfinished self-check"))
        window.add_bar(self.bar)
        self.kept: KeptDraft | None = None
        self.problem = ""  # the last failure to keep the draft, for the curious
        window.page_changed.connect(self.on_page_changed)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(KEEP_AFTER_MS)
        self.soon.timeout.connect(self.keep_now)
        window.draft_changed.connect(self.soon.start)
        window.session_ended.connect(self.on_session_ended)
        window.draft_discarded.connect(self.discard_draft)
        self.bar.chosen.connect(self.on_chosen)

    def on_page_changed(self, page: QWidget) -> None:
        self.keep_now()

    def keep_now(self) -> None:
        self.soon.stop()
        state = self.window.session.draft_state()
        if state is None:
            return
        if self.kept is not None:
            # A new session replaces the one that was offered.
            self.kept = None
            self.bar.hide()
        draft, step = state
        try:
            self.store.keep(self.window.profile, draft, step)
        except StorageError as error:
            # Saving the session reports storage trouble; the draft is only a safety net.
            self.problem = storage_problem_text(error)

    def on_session_ended(self) -> None:
        self.soon.stop()
        self._forget()

    def discard_draft(self) -> None:
        """Forget the kept draft, offered or not (the kiosk's idle reset calls this)."""
        self.kept = None
        self.bar.hide()
        self._forget()

    def _forget(self) -> None:
        try:
            self.store.discard(self.window.profile)
        except StorageError as error:
            self.problem = storage_problem_text(error)

    def offer(self) -> bool:
        """Ask to resume a draft left from last time; False if there is none."""
        try:
            kept = self.store.pending(self.window.profile)
            if kept is not None and self.is_saved(kept.draft.uid):
                # Saved just before the draft could be removed: nothing is missing.
                self.store.discard(self.window.profile)
                kept = None
        except StorageError as error:
            self.problem = storage_problem_text(error)
            return False
        self.kept = kept
        if kept is None:
            return False
        self.bar.ask(
            self.tr(
                "A self-check you started on {when} was not finished. "
                "Do you want to carry on where you left off?"
            ).format(when=_when(kept.saved_at)),
            [("resume", self.tr("Resume it"), "primary"), ("discard", self.tr("Discard it"), "")],
        )
        return True

    def on_chosen(self, key: str) -> None:
        kept, self.kept = self.kept, None
        self.bar.hide()
        if key == "resume" and kept is not None:
            self.window.session.resume(kept.draft, kept.step)
        else:
            self._forget()


class DataNotices(QObject):
    """A damaged data file (moved aside; a backup offered), a newer one (read-only), or a
    day's backup that could not be made."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar = NoticeBar()
        self.bar.setAccessibleName(self.tr("About your data"))
        window.add_bar(self.bar)
        self.bar.chosen.connect(self.on_chosen)
        self._restore: Callable[[], None] | None = None
        self._decided: Callable[[], None] | None = None
        self._only_on: QWidget | None = None

    def show_only_on(self, page: QWidget) -> None:
        """Ask only while ``page`` is shown (a kiosk's clinician page: staff decide)."""
        self._only_on = page
        self.window.page_changed.connect(self._on_page_changed)
        self._on_page_changed(self.window.current_page())

    def _on_page_changed(self, page: QWidget) -> None:
        if self._only_on is not None and self.bar.buttons:
            self.bar.setVisible(page is self._only_on)

    def show_damaged(
        self,
        detail: str,
        moved: Sequence[Path],
        backup_taken_at: datetime | None,
        restore: Callable[[], None] | None,
        *,
        decided: Callable[[], None] | None = None,
    ) -> None:
        """``detail``: what is wrong with the file, or "" for one found damaged at an
        earlier start; ``decided`` is called once the person has chosen."""
        kept = moved[0].name if moved else self.tr("the damaged file")
        folder = moved[0].parent if moved else ""
        if detail:
            text = self.tr(
                "Your KneeCheck data file could not be used ({detail}). It has been moved "
                "aside, unchanged, as {kept} in {folder}. "
            ).format(detail=detail, kept=kept, folder=folder)
        else:
            text = self.tr(
                "At an earlier start your KneeCheck data file was found damaged. It was "
                "moved aside, unchanged, as {kept} in {folder}, and nobody has chosen yet "
                "what to do. Until then no backup copy is deleted. "
            ).format(kept=kept, folder=folder)
        self._restore = restore
        self._decided = decided
        if backup_taken_at is not None and restore is not None:
            text += self.tr("A sound backup from {when} is available.").format(
                when=_when(backup_taken_at)
            )
            answers = [
                ("restore", self.tr("Restore the backup"), "primary"),
                ("fresh", self.tr("Start with no history"), ""),
            ]
        else:
            text += self.tr(
                "There is no backup to go back to, so KneeCheck starts with no history."
            )
            answers = [("fresh", self.tr("OK"), "primary")]
        self.bar.ask(text, answers)

    def _clear(self) -> None:
        self.bar.hide()
        self.bar.ask_nothing()

    def show_read_only(self, version: int) -> None:
        self.bar.ask(
            self.tr(
                "This data was written by a newer version of KneeCheck (data version "
                "{version}). You can look at it, but nothing can be saved until you install "
                "the newer KneeCheck. The file has not been changed."
            ).format(version=version),
            [("ok", self.tr("OK"), "primary")],
        )

    def watch_backup(self, outcome: Callable[[], str | None]) -> None:
        """Say so if the day's backup fails. It is made on a thread of its own, which
        never touches the window: ``outcome()`` (None while it runs, then what went wrong
        or "") is asked from here, a few times a second, until the backup is over."""
        if self._backup_over(outcome()):
            return
        from PySide6.QtCore import QTimer  # only while a copy is being made

        timer = QTimer(self)
        timer.setInterval(100)

        def ask() -> None:
            if self._backup_over(outcome()):
                timer.stop()
                timer.deleteLater()

        timer.timeout.connect(ask)
        timer.start()

    def _backup_over(self, problem: str | None) -> bool:
        if problem:
            self.show_backup_failed(problem)
        return problem is not None

    def show_backup_failed(self, problem: str) -> None:
        self.bar.ask(backup_failed_text(problem), [("ok", self.tr("OK"), "primary")])

    def on_chosen(self, key: str) -> None:
        if key != "restore" or self._restore is None:
            if key == "fresh" and self._decided is not None:
                self._decided()
            self._decided = None
            self._clear()
            return
        try:
            self._restore()
        except StorageError as error:
            self.bar.message.setText(
                self.tr("The backup could not be restored: {error}").format(
                    error=storage_problem_text(error)
                )
            )
            return
        self._restore = None
        self._decided = None
        self._clear()
        self.window.drop_history()
        self.window.go_home()
        self.window.home.show_banner(
            self.tr(
                "Your history is back from the backup. Sessions saved after that backup are "
                "not in it; the damaged file is kept in case they can be recovered from it."
            )
        )


class StartFailedPage(Page):
    """Shown instead of the window when the data cannot be opened: the reason, and Close."""

    def __init__(self, reason: str) -> None:
        super().__init__(self.tr("KneeCheck cannot open its data"))
        self.setWindowTitle(self.tr("KneeCheck"))
        self.message = wrapped_label(reason)  # plain text: it may quote a path
        set_enum_property(self.message, "textInteractionFlags", "TextSelectableByMouse")
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.close_button = self.add_button(self.tr("Close"), role="primary", stretch_before=True)
        self.close_button.clicked.connect(self.close)
        self.initial_focus = self.close_button
