"""The ``kneeapp`` command: the window by default, ``export`` and ``import`` for files.

The export and import commands never load Qt; the window's code is imported only
when the window is wanted.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kneeapp import __version__
from kneeapp.domain.profiles import Profile, profile_label
from kneeapp.domain.repository import StorageError
from kneeapp.domain.session import DEFAULT_PROFILE, Session
from kneeapp.domain.text import english
from kneeapp.exchange.formats import ExportJob, ImportProblems
from kneeapp.exporters import CSV, EXPORTERS, exporter, reader_for
from kneeapp.paths import ENV_VAR, resolve_data_dir

if TYPE_CHECKING:
    from kneeapp.storage.backends import ServerConfig

EXIT_OK = 0
EXIT_STORAGE = 1  # the data folder or disk failed
EXIT_USAGE = 2  # the command or the file given was not right


def _parser() -> argparse.ArgumentParser:
    data_dir_help = (
        f"the folder holding KneeCheck's data (default: ${ENV_VAR}, else the "
        "usual per-user data folder)"
    )
    # Given again to each subcommand, so it works before or after the subcommand name;
    # SUPPRESS keeps the subcommand from overwriting a value given before it.
    after = argparse.ArgumentParser(add_help=False)
    after.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_dir_help)

    parser = argparse.ArgumentParser(
        prog="kneeapp",
        description="KneeCheck: a left/right self-check for runners whose knees hurt "
        "after running.",
    )
    parser.add_argument("--version", action="version", version=f"kneeapp {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", default=None, help=data_dir_help)
    parser.add_argument(
        "--kiosk", action="store_true", help="run full screen for a shared clinic touch screen"
    )
    server_help = (
        "the clinic server, a libpq URL such as postgresql://kiosk1@server/kneeapp"
        "?sslmode=verify-full (default: $KNEEAPP_SERVER, else the settings; none: this "
        "computer alone)"
    )
    parser.add_argument("--server", metavar="URL", default=None, help=server_help)
    parser.add_argument(
        "--station", metavar="NAME", default=None, help="this station's name (default: the host)"
    )
    parser.add_argument(
        "--clinic",
        action="store_true",
        help="with a server: the therapist's desk, every patient of the clinic",
    )
    after.add_argument("--server", metavar="URL", default=argparse.SUPPRESS, help=server_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = commands.add_parser(
        "export", parents=[after], help="write the recorded sessions to a file"
    )
    export.add_argument("--out", metavar="FILE", required=True, type=Path, help="file to write")
    export.add_argument(
        "--format", choices=[f.id for f in EXPORTERS], default=CSV.id, help=f"default: {CSV.id}"
    )
    export.add_argument("--profile", metavar="NAME", help="only this profile (default: all)")

    import_ = commands.add_parser(
        "import",
        parents=[after],
        help="add the sessions of a file KneeCheck wrote; all or nothing",
    )
    readable = " or ".join(f.id.upper() for f in EXPORTERS if f.read is not None)
    import_.add_argument("file", metavar="FILE", type=Path, help=f"a KneeCheck {readable} file")
    commands.add_parser(
        "purge-backups",
        parents=[after],
        help="delete every backup copy (they keep erased patients until rotated out)",
    )

    server = commands.add_parser("server", help="prepare the clinic's PostgreSQL server")
    server_commands = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = server_commands.add_parser(
        "init",
        help="create or upgrade the clinic server's schema and roles (run as the owner)",
    )
    init.add_argument("url", metavar="URL", help="the database, as its owner (a libpq URL)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version, usage errors
        return stop.code if isinstance(stop.code, int) else (EXIT_OK if stop.code is None else 2)
    if args.command == "server":
        return _server_init(args.url)
    data_dir = resolve_data_dir(args.data_dir)
    try:
        server = _server(args, data_dir)
    except OSError as error:  # a data folder that cannot be reached: said where it is used
        if args.command is None:
            from kneeapp.app import show_start_failure  # Qt loads only here

            return show_start_failure(error, kiosk=args.kiosk)
        _complain(f"The data folder cannot be used: {error.strerror or error} ({data_dir}).")
        return EXIT_STORAGE
    except StorageError as error:
        _complain(str(error))
        return EXIT_USAGE
    if args.clinic and server is None:
        _complain("--clinic needs a clinic server: add --server URL.")
        return EXIT_USAGE
    if args.command is None:
        from kneeapp.storage.startup import HealthCheck

        # The start makes tens of thousands of objects that live as long as the app, and
        # next to no garbage: collecting is off until the window is up (see run_gui).
        gc.disable()
        try:
            # The check of the data file reads all of it: it runs while Qt loads.
            check = HealthCheck(data_dir)
            from kneeapp.app import run_gui  # Qt loads only here

            return run_gui(
                data_dir, kiosk=args.kiosk, check=check, server=server, clinic=args.clinic
            )
        finally:
            gc.enable()
    if args.kiosk or args.clinic:
        _complain("--kiosk and --clinic apply to the window only, not to export or import.")
        return EXIT_USAGE
    try:
        if args.command == "export":
            return _export(data_dir, args.out, args.format, args.profile, server)
        if args.command == "purge-backups":
            return _purge_backups(data_dir)
        return _import(data_dir, args.file, server)
    except StorageError as error:
        _complain(str(error))
        return EXIT_STORAGE


def _server(args: argparse.Namespace, data_dir: Path) -> ServerConfig | None:
    """The clinic server: --server, else $KNEEAPP_SERVER, else the settings; or None."""
    settings_file = data_dir / "settings.json"
    if not (args.server or os.environ.get("KNEEAPP_SERVER") or settings_file.exists()):
        return None  # the usual home start: nothing more to read
    from kneeapp.storage.backends import resolve_server
    from kneeapp.storage.preferences import JsonPreferences

    return resolve_server(args.server, args.station, JsonPreferences(data_dir).stored())


def _server_init(url: str) -> int:
    try:
        from kneeapp.storage.postgres.migrations import CLINICIAN_ROLE, KIOSK_ROLE
        from kneeapp.storage.postgres.schema import hba_lines, init_server

        before, after = init_server(url)
    except StorageError as error:
        _complain(str(error))
        return EXIT_STORAGE
    if before == after:
        print(f"The clinic server's schema is up to date (version {after}).")
    else:
        print(f"The clinic server's schema is now at version {after} (it was at {before}).")
    print(
        f"Roles: {CLINICIAN_ROLE} (the therapists' desks) and {KIOSK_ROLE} (the stations). "
        "Give each person or station a login of its own in one of them, e.g.\n"
        f"  CREATE ROLE desk1 LOGIN PASSWORD '...' IN ROLE {CLINICIAN_ROLE};\n"
        "Then add these lines to pg_hba.conf (before any other host line) and reload:"
    )
    for line in hba_lines(url):
        print(f"  {line}")
    return EXIT_OK


def _complain(message: str) -> None:
    print(f"kneeapp: {message}", file=sys.stderr)


def _export(
    data_dir: Path, out: Path, format_id: str, profile: str | None, server: ServerConfig | None
) -> int:
    from kneeapp.paths import inside_data_dir

    if inside_data_dir(out, data_dir):
        # The database, its backups or settings.json would be replaced by the export.
        _complain(
            f"{out} is inside the data folder {data_dir}: choose a place outside it, "
            "so that the export cannot replace KneeCheck's own files."
        )
        return EXIT_USAGE
    from kneeapp.storage.backends import open_sessions
    from kneeapp.storage.preferences import JsonPreferences

    chosen = exporter(format_id)
    # A file in words (the report) is in the language chosen in the settings.
    language = JsonPreferences(data_dir).display_settings().language
    with open_sessions(data_dir, server) as repository:
        profiles = repository.profile_list()
        labels = ", ".join(profile_label(p) for p in profiles)
        if profile is not None:
            found = _find_profile(profile, profiles)
            if found is None:
                _complain(
                    f"There is no profile named {profile!r} (profiles: {labels or 'none yet'})."
                )
                return EXIT_USAGE
            profile = found.name
        elif chosen.one_profile:
            if len(profiles) > 1:
                _complain(f"A {chosen.name} is of one profile: add --profile ({labels}).")
                return EXIT_USAGE
            profile = profiles[0].name if profiles else DEFAULT_PROFILE
        job = ExportJob(repository, profile, out, datetime.now(UTC), language)
        try:
            written = chosen.write(job)
        except OSError as error:
            _complain(f"Could not write {out}: {error.strerror or error}.")
            return EXIT_STORAGE
    person = "everyone"
    if profile is not None:
        person = next(
            (profile_label(p) for p in profiles if p.name == profile), profile_label(profile)
        )
    print(english(chosen.done, written).format(path=out, person=person))
    return EXIT_OK


def _find_profile(given: str, profiles: list[Profile]) -> Profile | None:
    """The profile a person means: its stored name, or the name shown (any case)."""
    for profile in profiles:
        if given == profile.name:
            return profile
    key = given.casefold()
    for profile in profiles:
        if key in (profile.name.casefold(), profile_label(profile).casefold()):
            return profile
    return None


def _purge_backups(data_dir: Path) -> int:
    from kneeapp.storage.backups import purge

    removed = purge(data_dir)
    print(
        f"Deleted {removed} backup cop{'y' if removed == 1 else 'ies'} from {data_dir}. "
        "The next start makes a new one."
    )
    return EXIT_OK


def _sessions(count: int) -> str:
    return "1 session" if count == 1 else f"{count} sessions"


# Imports of files this big say how far they are (on stderr, so stdout stays the result).
PROGRESS_FROM_BYTES = 8 * 1024 * 1024


class _Progress:
    """Lines such as "Reading FILE: 40 %" on stderr, one per tenth of the work."""

    def __init__(self, what: str, total: int) -> None:
        self.what = what
        self.total = max(1, total)
        self.shown = 0

    def __call__(self, done: int) -> None:
        tenth = min(10, done * 10 // self.total)
        if tenth > self.shown:
            self.shown = tenth
            print(f"{self.what}: {tenth * 10} %", file=sys.stderr, flush=True)


def _report_problems(
    file: Path, problems: list[tuple[int, str]], count: int, place: str = "line"
) -> None:
    for number, message in problems:
        if not number:  # the file as a whole
            where = str(file)
        elif place == "line":
            where = f"{file}:{number}"
        else:
            where = f"{file}: {place} {number}"
        print(f"{where}: {message}", file=sys.stderr)
    if count > len(problems):
        _complain(
            f"Nothing was imported: the file has {count:,} problems; the first "
            f"{len(problems)} are shown above."
        )
    else:
        _complain(f"Nothing was imported: fix the {count:,} problem(s) above.")


def _refuse_damaged(data_dir: Path) -> None:
    """A damaged data file is for the window to recover (from a backup), not to add to."""
    from kneeapp.paths import database_path
    from kneeapp.storage.health import State, inspect

    state = inspect(database_path(data_dir))
    if state.state is State.DAMAGED:
        raise StorageError(
            f"The data file {database_path(data_dir)} is damaged ({state.detail}). Start "
            "KneeCheck's window to move it aside and go back to a backup, then import "
            "again. Nothing was imported."
        )


def _import(data_dir: Path, file: Path, server: ServerConfig | None) -> int:
    from kneeapp.domain.repository import ImportConflict
    from kneeapp.storage.sessions import open_repository

    try:
        with file.open("rb") as stream, contextlib.ExitStack() as cleanup:
            size = os.fstat(stream.fileno()).st_size
            big = size >= PROGRESS_FROM_BYTES
            reading = _Progress(f"Reading {file.name}", size) if big else None
            read = reader_for(file, stream.read(64)).read
            assert read is not None
            stream.seek(0)
            staged = cleanup.enter_context(read(stream, reading))
            staged.check()
            from kneeapp.storage.backups import BEFORE_IMPORT, backup_before

            _refuse_damaged(data_dir)

            station = None if server is None else server.station
            with open_repository(data_dir, station=station) as repository:
                if repository.count():
                    # A bulk change deserves its own way back, whatever the day's copy holds.
                    backup_before(repository.path, BEFORE_IMPORT, datetime.now(UTC))
                adding = _Progress("Adding the sessions", staged.session_count) if big else None

                def sessions() -> Iterator[Session]:
                    for number, (_line, session) in enumerate(staged.sessions(), 1):
                        if adding is not None and number % 1000 == 0:
                            adding(number)
                        yield session

                try:
                    by_profile = repository.import_by_profile(sessions(), staged.profiles)
                except ImportConflict as conflict:
                    problems = [
                        (
                            staged.first_line(uid),
                            f"Session {uid} is stored already with other contents (its "
                            "profile, time, note or values differ): change its session_uid "
                            "to add it as a new session, or leave it out.",
                        )
                        for uid in conflict.uids
                    ]
                    _report_problems(file, sorted(problems), conflict.count, staged.place)
                    return EXIT_USAGE
                listing = {p.name: p for p in repository.profile_list()}
            total = staged.session_count
            added = sum(by_profile.values())
    except ImportProblems as error:
        _report_problems(file, error.problems, error.count, error.place)
        return EXIT_USAGE
    except OSError as error:
        _complain(f"Cannot read {file}: {error.strerror or error}.")
        return EXIT_USAGE
    print(f"Imported {_sessions(added)} ({total - added} already present).")
    if by_profile:
        added_to = ", ".join(
            f"{profile_label(listing.get(name, name))} ({count})"
            for name, count in sorted(by_profile.items())
        )
        print(f"Added to: {added_to}. KneeCheck's start screen lets you choose whose to see.")
    if server is not None:
        from kneeapp.paths import database_path
        from kneeapp.storage.backends import send_outbox

        waiting = send_outbox(database_path(data_dir), server)
        if waiting:
            _complain(
                f"{_sessions(waiting)} still waiting to reach the clinic server: they are "
                "kept on this computer and sent by the next KneeCheck started here."
            )
        else:
            print("Every session has reached the clinic server.")
    return EXIT_OK
