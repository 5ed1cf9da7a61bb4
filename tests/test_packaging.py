"""The wheel carries everything the app loads, and the layers stay apart."""

from __future__ import annotations

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
        if path.is_file() and path.suffix in {".svg", ".qss", ".qm"}
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


def test_home_screen_imports_no_chart_or_add_on_modules(tmp_path: Path) -> None:
    script = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from kneeapp.app import create_main_window\n"
        f"window = create_main_window(Path({str(tmp_path)!r}))\n"
        "window.show(); app.processEvents()\n"
        "heavy = ('pyqtgraph', 'numpy', 'PySide6.QtPdf', 'PySide6.QtCharts', "
        "'PySide6.QtNetwork', 'PySide6.QtWebEngineCore')\n"
        # What the home screen does not show is imported when it is first needed.
        f"lazy = {LAZY_ON_START!r}\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy) or m in lazy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
