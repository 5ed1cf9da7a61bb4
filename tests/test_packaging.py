"""The wheel carries everything the app loads, and the layers stay apart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_ships_every_resource(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        cwd=tmp_path,
    )
    [wheel] = tmp_path.glob("kneeapp-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"kneeapp/resources/{path.relative_to(ROOT / 'resources').as_posix()}"
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix in {".svg", ".png", ".qss", ".qm"}
    }
    assert expected, "resources/ holds no illustrations or styles"
    assert expected <= names, sorted(expected - names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "[gui_scripts]\nkneeapp = kneeapp.cli:main"
        in zipfile.ZipFile(wheel).read(entry_points).decode()
    )


def test_domain_and_storage_never_import_qt() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Domain, exchange and storage never import Qt KEPT" in result.stdout


# Modules the home screen must not load: the session's pages and their widgets, the
# settings, history, report and kiosk code, CSV and history queries, and what only
# they need.
LAZY_ON_START = (
    "uuid",
    # The clinic server's code and driver: only when a server is configured.
    "psycopg",
    "psycopg_pool",
    "kneeapp.storage.postgres",
    "kneeapp.clinic_app",
    "csv",
    "PySide6.QtSvg",
    "kneeapp.storage.csv_read",
    "kneeapp.storage.csv_write",
    "kneeapp.storage.history_queries",
    "kneeapp.storage.erasure",
    "kneeapp.ui.pages.check_page",
    "kneeapp.ui.pages.choose_checks",
    "kneeapp.ui.pages.clinician_advice",
    "kneeapp.ui.pages.history",
    "kneeapp.ui.pages.note",
    "kneeapp.ui.pages.red_flags",
    "kneeapp.ui.pages.settings",
    "kneeapp.ui.pages.summary",
    "kneeapp.ui.report_pdf",
    "kneeapp.ui.kiosk",
    "kneeapp.ui.kiosk.controller",
    "kneeapp.ui.widgets.asymmetry_chart",
    "kneeapp.ui.widgets.illustration",
    "kneeapp.ui.widgets.measure_inputs",
    "kneeapp.ui.widgets.session_list",
)


# Started the way the kneeapp command starts (Qt is loaded by the command, not before);
# once the home screen is shown and the event loop idle, it prints what the start
# loaded and built, and in which order it started the data check and loaded Qt.
START_AND_REPORT = """
import gc, json, os, sys, threading
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from tests.benchmarks.start_child import quit_kneecheck_when_idle
order = []
start_thread = threading.Thread.start
def start(thread):
    order.append("thread " + thread.name)
    start_thread(thread)
threading.Thread.start = start
def audit(event, args):
    if event == "import" and args[0] == "PySide6":
        order.append("qt")
sys.addaudithook(audit)
def report():
    import PySide6.QtCore as core, PySide6.QtWidgets as widgets
    application = widgets.QApplication.instance()
    print(json.dumps({
        "modules": sorted(sys.modules),
        # Python's copies of these Qt types are made on first use, with all their
        # enums: the Qt namespace and QStyle cost tens of milliseconds.
        "built": [name for name in ("Qt", "QStyle") if name in vars(core) | vars(widgets)],
        "style": application.style().name(),
        "order": order,
        # Collecting is off for the start; then what the start made is left out of it.
        "collecting": gc.isenabled(),
        "frozen": gc.get_freeze_count(),
        "kiosk": [window.kiosk for window in application.topLevelWidgets() if window.isVisible()],
    }))
    from kneeapp.ui.kiosk.guard import KioskGuard
    for window in application.topLevelWidgets():
        for guard in window.findChildren(KioskGuard):
            guard.allow_close = True  # as the clinician's PIN does: a kiosk may close now
quit_kneecheck_when_idle(report)
from kneeapp import cli
sys.exit(cli.main(["--data-dir", *sys.argv[1:]]))
"""


def start_and_report(data_dir: Path, *options: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", START_AND_REPORT, str(data_dir), *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    report: dict[str, Any] = json.loads(result.stdout.splitlines()[0])
    return report


def test_start_loads_only_what_the_home_screen_needs(tmp_path: Path) -> None:
    report = start_and_report(tmp_path / "data")
    modules = set(report["modules"])
    heavy = ("pyqtgraph", "numpy", "PySide6.QtPdf", "PySide6.QtCharts", "PySide6.QtWebEngine")
    assert not [name for name in modules if name.startswith(heavy)]
    # What the home screen does not show is imported when it is first needed.
    assert not modules & set(LAZY_ON_START)
    # hashlib would load OpenSSL, _strptime the locale machinery, for one use each; the
    # records the start needs are NamedTuples, defined in a seventh of a dataclass's time.
    assert not modules & {"hashlib", "_hashlib", "_strptime", "dataclasses"}
    # The one add-on module: the running window answers a second start over it.
    assert "PySide6.QtNetwork" in modules
    assert report["built"] == []
    assert report["style"] == "fusion"
    # The data file's check reads all of it: it runs on its own thread while Qt loads.
    assert report["order"][:2] == ["thread kneeapp-health-check", "qt"]
    assert report["kiosk"] == [False]
    assert report["collecting"] and report["frozen"] > 10_000


def test_settings_can_make_the_command_start_a_kiosk(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "settings.json").write_text('{"start_as_kiosk": true}', encoding="utf-8")
    assert start_and_report(data_dir)["kiosk"] == [True]


def test_a_station_configured_in_the_settings_starts_its_outbox(
    tmp_path: Path, clinic_database: Any
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    clinic = {"clinic": {"server": clinic_database.kiosk_url, "station": "front-desk"}}
    (data_dir / "settings.json").write_text(json.dumps(clinic), encoding="utf-8")
    report = start_and_report(data_dir)
    assert "thread kneeapp-clinic-outbox" in report["order"]
    assert {"psycopg", "kneeapp.storage.postgres.outbox"} <= set(report["modules"])


def test_the_desk_needs_a_server(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kneeapp", "--data-dir", str(tmp_path / "d"), "--clinic"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "KNEEAPP_SERVER"},
        check=False,
    )
    assert result.returncode == 2
    assert "--clinic needs a clinic server" in result.stderr
