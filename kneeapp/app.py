"""The one place where KneeCheck is assembled: storage, services and the main window."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kneeapp.domain.kiosk import NO_PATIENT
from kneeapp.domain.profiles import starting_profile
from kneeapp.domain.repository import BackupCopy, StorageError
from kneeapp.domain.session import DEFAULT_PROFILE
from kneeapp.exporters import EXPORTERS
from kneeapp.paths import EXPORTS_FOLDER as KIOSK_EXPORT_FOLDER  # the kiosk's export folder
from kneeapp.storage.backends import ServerConfig, open_backend, open_sessions
from kneeapp.storage.backups import list_backups
from kneeapp.storage.health import State
from kneeapp.storage.preferences import JsonPreferences
from kneeapp.storage.sessions import SqliteSessionRepository
from kneeapp.storage.startup import HealthCheck, OpenedData, ReopenableRepository
from kneeapp.ui.capabilities import at_home, kiosk_patient
from kneeapp.ui.data_safety import DataNotices, DraftKeeper
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.style import application_icon

if TYPE_CHECKING:
    from kneeapp.domain.kiosk import KioskSettings, KioskSettingsError
    from kneeapp.ui.kiosk.controller import KioskController

EXIT_NOT_STARTED = 1  # the window did not open on the data
KIOSK_PHOTO_FOLDER = "kiosk-photos"  # in the data folder: where a kiosk's photos come from


def utc_now() -> datetime:
    return datetime.now(UTC)


def create_main_window(
    data_dir: Path,
    *,
    kiosk: bool = False,
    clock: Callable[[], datetime] = utc_now,
    monotonic: Callable[[], float] = time.monotonic,
    check: HealthCheck | None = None,
    server: ServerConfig | None = None,
) -> MainWindow:
    """Build the main window on the data in ``data_dir``; a QApplication must exist.

    ``clock`` tells the time (timezone-aware) and ``monotonic`` measures a kiosk's
    idle time and PIN lockout; tests pass clocks they control. ``check`` is the data
    file's health check if one was started already (else it is made here). ``server``:
    the clinic server this computer is a station of, if any.
    """
    kiosk_settings = None
    if kiosk:
        from kneeapp.storage.kiosk_settings import JsonKioskSettings

        # First: a kiosk whose settings cannot be read does not start (KioskSettingsError).
        kiosk_settings = JsonKioskSettings.open(Path(data_dir))
    # Health check, daily backup, recovery of a damaged file, read-only for a newer one;
    # on a clinic station, the outbox towards the server.
    backend = open_backend(Path(data_dir), clock(), check=check, server=server)
    opened = backend.opened
    repository = backend.sessions
    preferences = JsonPreferences(Path(data_dir))
    window = MainWindow(
        repository,
        preferences,
        # A kiosk starts with nobody signed in: the patient gives a name first.
        profile=NO_PATIENT if kiosk else _starting_profile(repository),
        clock=clock,
        data_dir=Path(data_dir),
        kiosk=kiosk,
        # A kiosk's patients get no files, settings nor profiles: exports are for staff,
        # in clinician mode; photos come from the one folder the clinic makes.
        capabilities=(
            kiosk_patient(Path(data_dir) / KIOSK_PHOTO_FOLDER) if kiosk else at_home(EXPORTERS)
        ),
    )
    # Waits for the day's backup, if one is running. A lambda: Qt would keep only a weak
    # reference to a plain object's bound method, and nothing else keeps the backend.
    window.closed.connect(lambda: backend.close())
    # The language first: the notices about the data are written in it.
    window.apply_display(preferences.display_settings())
    _install_data_safety(window, opened, clock)
    window.setWindowIcon(application_icon())
    window.restore_window_geometry()
    if kiosk_settings is not None:
        settings: KioskSettings = kiosk_settings
        clinic_settings = None
        if server is not None and backend.clinic is not None:
            from kneeapp.storage.postgres.clinic_settings import ServerKioskSettings

            # A station of a clinic: the clinic's PIN, idle times and rules, kept here too.
            settings = clinic_settings = ServerKioskSettings(kiosk_settings, server.url)
        controller = _make_kiosk(
            window, repository, settings, Path(data_dir), monotonic, clock, server
        )
        notices = window.findChild(DataNotices)
        if notices is not None:  # patients never see a file's path nor the choice
            notices.show_only_on(controller.clinician)
        if clinic_settings is not None and backend.clinic is not None:
            from kneeapp.clinic_app import follow_clinic_settings

            changed = controller.clinic_settings_changed.emit
            follow_clinic_settings(clinic_settings, backend.clinic, changed)
    if backend.clinic is not None:
        from kneeapp.clinic_app import show_clinic_link

        show_clinic_link(window, backend.clinic)
    return window


def _starting_profile(repository: SqliteSessionRepository) -> str:
    try:
        return starting_profile(repository.profile_list())
    except StorageError:
        return DEFAULT_PROFILE  # the home screen says what went wrong


def _make_kiosk(
    window: MainWindow,
    repository: ReopenableRepository,
    settings: KioskSettings,
    data_dir: Path,
    monotonic: Callable[[], float],
    clock: Callable[[], datetime],
    server: ServerConfig | None = None,
) -> KioskController:
    from PySide6.QtCore import Qt

    from kneeapp.domain.patient_pins import PatientPins
    from kneeapp.ui.kiosk.controller import KioskController

    pins: PatientPins
    if server is not None:
        # A patient signs in at any station of the clinic: their PIN is the server's.
        from kneeapp.storage.postgres.patient_pins import ServerPatientPins

        pins = ServerPatientPins(server.url)
    else:
        from kneeapp.storage.patient_pins import SqlitePatientPins

        pins = SqlitePatientPins(
            lambda: repository.connection, repository.path, lambda: clock().timestamp()
        )

    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    return KioskController(  # parented to the window, which keeps it
        window,
        patients=repository,
        settings=settings,
        export_dir=data_dir / KIOSK_EXPORT_FOLDER,
        exports=EXPORTERS,
        monotonic=monotonic,
        # PIN locks are kept across restarts, so they run on the wall clock.
        wall=lambda: clock().timestamp(),
        keep_full_screen=True,
        pins=pins,
    )


def _install_data_safety(
    window: MainWindow, opened: OpenedData, clock: Callable[[], datetime]
) -> None:
    """Drafts kept across crashes, and what to say about a damaged or newer file or about a
    day's backup that could not be made."""
    notices = DataNotices(window)  # parented to the window: window.findChild finds it
    if opened.health.state is State.NEWER:
        notices.show_read_only(opened.health.version)
    elif opened.quarantined:  # damaged now, or earlier with nobody having decided since
        backup = opened.offered_backup

        def restore() -> None:
            assert backup is not None
            opened.restore(backup.path, clock())
            opened.decide_recovery(clock())

        notices.show_damaged(
            opened.health.detail,
            opened.quarantined,
            backup.taken_at if backup else None,
            restore if backup else None,
            decided=lambda: opened.decide_recovery(clock()),
        )
    if not window.kiosk:  # a shared screen says nothing about the clinic's files
        notices.watch_backup(opened.daily_backup_outcome)
    window.backups = _Backups(opened, clock)
    if opened.drafts is not None and window.kiosk:
        # A shared screen never shows anyone's unfinished session to the next person.
        with contextlib.suppress(StorageError):
            opened.drafts.discard_all()
    elif opened.drafts is not None:
        repository = opened.repository
        keeper = DraftKeeper(window, opened.drafts, lambda uid: repository.get(uid) is not None)
        keeper.offer()


class _Backups:
    """The data folder's backups, as the settings page lists and restores them."""

    def __init__(self, opened: OpenedData, clock: Callable[[], datetime]) -> None:
        self._opened = opened
        self._clock = clock

    def copies(self) -> list[BackupCopy]:
        return list_backups(self._opened.repository.path.parent)

    def restore(self, copy: BackupCopy) -> None:
        self._opened.restore(copy.path, self._clock())

    def daily_problem(self) -> str | None:
        return self._opened.daily_backup_outcome()


def make_application(argv: Sequence[str]) -> QApplication:
    """KneeCheck's QApplication, in the Fusion style on every desktop: the style sheet
    is written for it."""
    # Named on the command line, the style is made inside Qt; app.setStyle("Fusion")
    # would hand Python a QStyle, and building its enums alone takes about 15 ms.
    from kneeapp.ui.qt_platform import explained_platform_failure

    # Should Qt find no way to open a window, it aborts; the person is told why first.
    with explained_platform_failure(os.environ):
        app = QApplication([*argv, "-style", "Fusion"])
    app.setApplicationName("kneeapp")
    app.setApplicationDisplayName("KneeCheck")
    app.setDesktopFileName("kneeapp")
    return app


def run_gui(
    data_dir: Path,
    *,
    kiosk: bool = False,
    check: HealthCheck | None = None,
    server: ServerConfig | None = None,
    clinic: bool = False,
) -> int:
    """Start the application and return its exit status.

    ``check``: the data file's health check, started before Qt was loaded. ``server``:
    the clinic server this computer is a station of; ``clinic``: open the therapist's
    desk on it instead.
    """
    # Made here, or beforehand with make_application (embedders use create_main_window).
    app = QApplication.instance() or make_application(sys.argv)
    assert isinstance(app, QApplication)
    try:
        if not kiosk:
            from kneeapp.storage.kiosk_settings import start_as_kiosk

            # settings.json can make a machine a kiosk without the command-line flag.
            kiosk = start_as_kiosk(Path(data_dir))
        from kneeapp.paths import ensure_data_dir
        from kneeapp.ui.single_instance import AlreadyOpenPage, SingleInstance, bring_to_front
        from kneeapp.ui.style import apply_style

        ensure_data_dir(Path(data_dir))
        instance = SingleInstance(Path(data_dir))
        if not instance.acquire():
            if instance.cannot_lock:
                raise StorageError(
                    f"The data folder {data_dir} is read-only: KneeCheck cannot keep your "
                    f"data there. Allow writing to it, or start KneeCheck with another "
                    f"--data-dir."
                )
            if instance.bring_forward():
                return 0
            if not instance.take_over_unanswered():
                print(
                    f"kneeapp: KneeCheck is already open for {data_dir} in another window.",
                    file=sys.stderr,
                )
                notice = AlreadyOpenPage()
                apply_style(notice, kiosk=kiosk)
                notice.resize(640, 320)
                notice.show()
                _event_loop(app)
                # Not started: a kiosk's service manager starts it again after a failure.
                return EXIT_NOT_STARTED
        try:
            if clinic and server is not None:
                from kneeapp.clinic_app import create_desk_window

                window = create_desk_window(data_dir, server)
            else:
                window = create_main_window(data_dir, kiosk=kiosk, check=check, server=server)
        except BaseException:
            instance.release()
            raise
    except (StorageError, OSError) as error:
        return _cannot_open(app, error, kiosk=kiosk)
    instance.activation_requested.connect(lambda: bring_to_front(window))
    if kiosk:
        from kneeapp.ui.kiosk.guard import show_full_screen

        show_full_screen(window)
    else:
        window.show()
    try:
        return _event_loop(app)
    finally:
        instance.release()


def _event_loop(app: QApplication) -> int:
    """Run the application, its start being over."""
    if not gc.isenabled():
        # The start ran without collecting (see cli.main); what it made lives as long as
        # the app, so it is kept out of every later collection.
        gc.freeze()
        gc.enable()
    return app.exec()


def show_start_failure(error: StorageError | OSError, *, kiosk: bool = False) -> int:
    """Say why KneeCheck cannot start (see _cannot_open), before anything else was made."""
    app = QApplication.instance() or make_application(sys.argv)
    assert isinstance(app, QApplication)
    return _cannot_open(app, error, kiosk=kiosk)


def _cannot_open(app: QApplication, error: StorageError | OSError, *, kiosk: bool) -> int:
    """Say why KneeCheck cannot start, on the command line and in a window (started from a
    menu, nobody sees the command line); the exit status for it."""
    from kneeapp.domain.kiosk import KioskSettingsError
    from kneeapp.ui.data_safety import StartFailedPage
    from kneeapp.ui.style import apply_style

    if isinstance(error, KioskSettingsError):
        return _kiosk_settings_unreadable(error)
    if isinstance(error, StorageError):
        reason = str(error)
    else:  # a folder that cannot be reached, a name the system refuses
        reason = f"The data folder cannot be used: {error.strerror or error} ({error.filename})."
    print(f"kneeapp: {reason}", file=sys.stderr, flush=True)
    page = StartFailedPage(reason)
    apply_style(page, kiosk=kiosk)
    page.resize(640, 360)
    page.show()
    _event_loop(app)
    return EXIT_NOT_STARTED


def _kiosk_settings_unreadable(error: KioskSettingsError) -> int:
    """A kiosk's settings that cannot be read: said on screen and on the command line;
    the exit status for it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from kneeapp.ui.i18n import install_language

    print(f"kneeapp: {error}", file=sys.stderr)
    install_language("system")
    title = QCoreApplication.translate("Startup", "KneeCheck will not start as a kiosk")
    text = QCoreApplication.translate(
        "Startup",
        "The kiosk's settings in {path} cannot be read ({reason}). They hold the "
        "clinician PIN, so KneeCheck does not start without them and has not changed "
        "the file. Clinic staff: mend the file or give it back to the kiosk's user.",
    ).format(path=error.path, reason=error.reason)
    QMessageBox.critical(None, title, text)
    return EXIT_NOT_STARTED


def export_pdf(data_dir: Path, out: Path, profile: str, server: ServerConfig | None = None) -> None:
    """Write the therapist report of ``profile`` to ``out`` (e.g. for the command line),
    in the language chosen in the settings. Raises StorageError or OSError."""
    from kneeapp.exchange.formats import ExportJob
    from kneeapp.exporters import PDF

    language = JsonPreferences(Path(data_dir)).display_settings().language
    with open_sessions(Path(data_dir), server) as repository:
        PDF.write(ExportJob(repository, profile, Path(out), utc_now(), language))
