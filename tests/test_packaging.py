"""The wheel carries everything the app loads, and the layers stay apart."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

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
    assert "Domain and storage never import Qt KEPT" in result.stdout


# Modules the home screen must not load: the session's pages and their widgets, the
# settings, history, report and kiosk code, CSV and history queries, and what only
# they need.
LAZY_ON_START = (
    "uuid",
    "csv",
    "PySide6.QtSvg",
    "kneeapp.storage.csv_exchange",
    "kneeapp.storage.history_queries",
    "kneeapp.storage.erasure",
    "kneeapp.ui.pages.check_page",
    "kneeapp.ui.pages.choose_checks",
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


# Started the way the kneeapp command starts; once the home screen is shown and the
# event loop idle, it prints what the start loaded and built.
START_AND_REPORT = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import PySide6.QtCore as core
import PySide6.QtWidgets as widgets
from kneeapp import app as kneeapp_app, cli
application = kneeapp_app.make_application(sys.argv[:1])
def report():
    if any(window.isVisible() for window in application.topLevelWidgets()):
        print(json.dumps({
            "modules": sorted(sys.modules),
            # Python's copies of these Qt types are made on first use, with all their
            # enums: the Qt namespace and QStyle cost tens of milliseconds.
            "built": [name for name in ("Qt", "QStyle") if name in vars(core) | vars(widgets)],
            "style": application.style().name(),
        }))
        application.quit()
core.QAbstractEventDispatcher.instance().aboutToBlock.connect(report)
sys.exit(cli.main(["--data-dir", sys.argv[1]]))
"""


def test_start_loads_only_what_the_home_screen_needs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", START_AND_REPORT, str(tmp_path / "data")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout.splitlines()[0])
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
