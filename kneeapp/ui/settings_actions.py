"""What the settings page's buttons do: the display choices, exporting everything, the
backup copies, deleting all data. The page shows; this carries out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kneeapp.domain.dates import format_moment
from kneeapp.domain.preferences import DisplaySettings, Preferences
from kneeapp.domain.repository import BackupCopy, BackupService, SessionRepository, StorageError
from kneeapp.exchange.formats import ExportFormat, ExportJob
from kneeapp.ui.files import SavePathChooser
from kneeapp.ui.i18n import plural, qt_translate
from kneeapp.ui.storage_problems import storage_problem_text
from kneeapp.ui.widgets.notice_bar import NoticeBar

if TYPE_CHECKING:
    from kneeapp.ui.pages.settings import SettingsPage


class SettingsHost(Protocol):
    """What the window lends its settings."""

    stack: QStackedWidget
    repository: SessionRepository
    preferences: Preferences
    clock: Callable[[], datetime]
    data_dir: Path
    exports: tuple[ExportFormat, ...]
    backups: BackupService | None
    confirm_bar: NoticeBar
    choose_save_path: SavePathChooser
    open_folder: Callable[[Path], object]

    def show_page(self, page: QWidget) -> None: ...
    def apply_display(self, settings: DisplaySettings) -> None: ...
    def drop_history(self) -> None: ...


class SettingsActions(QObject):
    back_requested = Signal()

    def __init__(self, host: SettingsHost) -> None:
        super().__init__()
        self.host = host
        self.page: SettingsPage | None = None

    def open(self, *, in_session: bool) -> None:
        from kneeapp.ui.pages.settings import SettingsPage

        host = self.host
        page = SettingsPage(host.preferences.display_settings(), str(host.data_dir), host.exports)
        if in_session:
            page.back_button.setText(self.tr("Back to the self-check"))
        page.back_requested.connect(self.back_requested)
        page.settings_changed.connect(self._on_changed)
        page.open_folder_requested.connect(lambda: host.open_folder(host.data_dir))
        page.export_requested.connect(self._on_export_all)
        page.delete_all_requested.connect(self._on_delete_all)
        page.restore_requested.connect(self._on_restore_requested)
        self._show_backups(page)
        self.close()
        self.page = page
        host.stack.addWidget(page)
        host.show_page(page)

    def close(self) -> None:
        if self.page is not None:
            self.host.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None

    def _on_changed(self, settings: DisplaySettings) -> None:
        self.host.preferences.save_display_settings(settings)
        self.host.apply_display(settings)

    def _on_export_all(self, export: ExportFormat) -> None:
        page = self.page
        assert page is not None
        day = self.host.clock().astimezone().strftime("%Y-%m-%d")
        name = QCoreApplication.translate("Exports", export.name)
        path = self.host.choose_save_path(
            self.tr("Export all data as {format}").format(format=name),
            f"kneecheck-all-{day}.{export.suffix}",
            QCoreApplication.translate("Exports", export.file_filter),
        )
        if path is None:
            return
        job = ExportJob(self.host.repository, None, path, self.host.clock())
        try:
            written = export.write(job)
        except StorageError as error:
            page.show_status(storage_problem_text(error))
            return
        except OSError as error:
            page.show_status(
                self.tr("Could not write {path}: {error}").format(
                    path=path, error=error.strerror or error
                )
            )
            return
        done = QCoreApplication.translate("Exports", export.done, None, written)
        page.show_status(plural(done, written).format(path=path, person=""))

    def _show_backups(self, page: SettingsPage) -> None:
        backups = self.host.backups
        try:
            copies = backups.copies() if backups is not None else []
        except StorageError as error:
            page.show_status(storage_problem_text(error))
            copies = []
        page.show_backups(copies)

    def _on_restore_requested(self, copy: BackupCopy) -> None:
        when = format_moment(copy.taken_at, qt_translate)
        self.host.confirm_bar.confirm(
            self.tr(
                "Replace your current data with the copy of {when}? Your current data is "
                "backed up first."
            ).format(when=when),
            confirm=self.tr("Restore the copy"),
            cancel=self.tr("Keep my data"),
            on_confirm=lambda: self._restore(copy),
        )

    def _restore(self, copy: BackupCopy) -> None:
        page, backups = self.page, self.host.backups
        assert page is not None and backups is not None
        try:
            backups.restore(copy)
        except StorageError as error:
            page.show_status(storage_problem_text(error))
            return
        self.host.drop_history()  # it showed the data that was just replaced
        self._show_backups(page)
        when = format_moment(copy.taken_at, qt_translate)
        page.show_status(self.tr("Restored the copy of {when}.").format(when=when))

    def _on_delete_all(self) -> None:
        page = self.page
        assert page is not None
        try:
            self.host.repository.erase_all()
        except StorageError as error:
            page.show_status(storage_problem_text(error))
            return
        page.clear_delete_word()
        page.show_status(
            self.tr(
                "All saved sessions are deleted. Backup copies made before now still hold "
                "them until they are rotated out, within 4 weeks; to delete those too, run "
                "kneeapp purge-backups."
            )
        )
        self.host.drop_history()
