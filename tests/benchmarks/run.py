"""KneeCheck's performance budget, measured against baselines taken in the same run.

Run from the repository root (not part of the normal test run):

    python -m tests.benchmarks [--sizes 100 10000 100000] [--repeat 7] [--json FILE]

It builds the databases it needs (with the history benchmark's builder), then measures

- start-up, from before the process begins to the home screen shown and the event loop
  idle (the exit after it not counted), and the peak memory of that process, against a
  bare PySide6 program showing one QLabel (whole processes, one per run, twice as many
  runs as the other measurements), beside the floor: the bare program plus the lock
  file, the one-window server and the database check that KneeCheck must do first; and
  the day's first start, which also copies the database;
- saving a session with the largest history stored, against SQLite's own durable
  commit on the same disk;
- opening the history, switching it to "All" and drawing a chart, at each size
  (the history benchmark's own measurement), against the smallest size; and the first
  opening of a run, as its own process, until the page is shown and until its charts
  are drawn (the chart library loads then);
- a slider move on a check page with the largest history loaded, against a bare
  QSlider updating a QLabel;
- a 12-megapixel phone photo (a JPEG stored sideways with its EXIF orientation) opened
  in the photo tool until it is painted and ready to mark, against reading the same
  file with QImageReader alone; and a point dragged on it until the new angle is
  painted, against moving an item over the same photo in a bare QGraphicsView.

It prints a table of median, min and max with the ratio to the baseline and the budget,
and writes the same rows as JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import timedelta
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks import history_bench  # noqa: E402  (after the path is set)

CHILD = Path(__file__).with_name("start_child.py")
DEFAULT_SIZES = history_bench.DEFAULT_SIZES
DEFAULT_REPEAT = 7
# The performance budget KneeCheck keeps.
START_RATIO = 1.5
MEMORY_RATIO = 1.3
SAVE_MS = 5.0
OPEN_HISTORY_MS = 300.0
DRAW_CHART_MS = 50.0
FRAME_MS = 16.0
PHOTO_OPEN_MS = 500.0


@dataclass
class Row:
    name: str
    unit: str
    median: float
    min: float
    max: float
    baseline: str = ""  # the row this one is compared with
    ratio: float | None = None  # median / the baseline's median
    budget: str = ""  # e.g. "<= 1.5x" or "< 50 ms"
    ok: bool | None = None


def _row(name: str, unit: str, values: Sequence[float], digits: int = 1) -> Row:
    return Row(
        name,
        unit,
        round(statistics.median(values), digits),
        round(min(values), digits),
        round(max(values), digits),
    )


def _compare(row: Row, baseline: Row, *, max_ratio: float | None = None) -> Row:
    row.baseline = baseline.name
    row.ratio = round(row.median / baseline.median, 2) if baseline.median else None
    if max_ratio is not None and row.ratio is not None:
        row.budget = f"<= {max_ratio:g}x"
        row.ok = row.ratio <= max_ratio
    return row


def _limit(row: Row, limit: float) -> Row:
    row.budget = f"< {limit:g} {row.unit}"
    row.ok = row.median < limit
    return row


# -- start-up and memory: whole processes ---------------------------------------------


def run_child(*args: str) -> tuple[float, float, str]:
    """(the moment before it began, on the monotonic clock; peak RSS in MB; what it
    printed) of one start_child.py process, run to its end."""
    # An installed KneeCheck runs from compiled bytecode (pip writes it at install time):
    # let the children keep theirs even where the environment turns writing it off.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    # Files, not pipes: a child is only reaped once it has ended, and a full pipe would
    # keep it from ending.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, str(CHILD), *args], cwd=ROOT, env=env, stdout=out, stderr=err
        )
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        output, errors = out.read().decode(), err.read()
    if process.returncode != 0:
        raise RuntimeError(f"start_child.py {' '.join(args)} failed:\n{errors.decode()}")
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 / 1024 / 1024 if sys.platform == "darwin" else 1 / 1024
    return began, usage.ru_maxrss * scale, output


def idle_moment(output: str) -> float:
    """When a start_child.py start was over, as it printed it ("idle at <perf_counter>";
    the monotonic clock is the system's, so it reads the same in every process)."""
    for line in output.splitlines():
        if line.startswith("idle at "):
            return float(line.removeprefix("idle at "))
    raise RuntimeError(f"start_child.py printed no idle moment:\n{output}")


def _forget_todays_backup(data_dir: Path) -> None:
    shutil.rmtree(data_dir / "backups", ignore_errors=True)


def measure_start(data_dirs: dict[str, Path], runs: int) -> list[Row]:
    """Bare program, floor and KneeCheck, interleaved, so that drift hits all alike."""
    kinds: dict[str, tuple[tuple[str, ...], Callable[[], None] | None]] = {
        "bare": (("bare",), None)
    }
    for label, folder in data_dirs.items():
        kinds[f"required floor, {label}"] = (("floor", str(folder)), None)
        kinds[f"KneeCheck home, {label}"] = (("app", str(folder)), None)
    for label, folder in data_dirs.items():
        # The day's first start copies the file while the window opens.
        first_of_day = folder.parent / f"{folder.name}-first-of-day"
        shutil.copytree(folder, first_of_day)
        kinds[f"KneeCheck home, day's first start, {label}"] = (
            ("app", str(first_of_day)),
            partial(_forget_todays_backup, first_of_day),
        )
    walls: dict[str, list[float]] = {kind: [] for kind in kinds}
    peaks: dict[str, list[float]] = {kind: [] for kind in kinds}
    # Each round in its own order, so that no kind always follows the same other one.
    order = random.Random(7)
    for attempt in range(runs + 1):
        for kind in order.sample(list(kinds), len(kinds)):
            args, before = kinds[kind]
            if before is not None:
                before()
            began, peak, output = run_child(*args)
            wall = idle_moment(output) - began
            if attempt == 0:
                continue  # warm-up: file cache, .pyc files, today's backup
            walls[kind].append(wall * 1000)
            peaks[kind].append(peak)
    bare_start = _row("start-up: bare PySide6 QLabel", "ms", walls["bare"], 0)
    bare_memory = _row("peak RSS: bare PySide6 QLabel", "MB", peaks["bare"])
    rows = [bare_start]
    for kind in kinds:
        if kind != "bare":
            row = _row(f"start-up: {kind}", "ms", walls[kind], 0)
            budget = START_RATIO if kind.startswith("KneeCheck") else None
            rows.append(_compare(row, bare_start, max_ratio=budget))
    rows.append(bare_memory)
    for kind in kinds:
        if kind != "bare":
            row = _row(f"peak RSS: {kind}", "MB", peaks[kind])
            budget = MEMORY_RATIO if kind.startswith("KneeCheck") else None
            rows.append(_compare(row, bare_memory, max_ratio=budget))
    return rows


def measure_first_history(data_dir: Path, sessions: int, runs: int) -> list[Row]:
    """The history as first opened in a run, when the chart library is not loaded yet."""
    shown: list[float] = []
    drawn: list[float] = []
    for attempt in range(runs + 1):
        times = json.loads(run_child("history", str(data_dir))[2].splitlines()[-1])
        if attempt:  # the first is a warm-up, as for start-up
            shown.append(times["shown_ms"])
            drawn.append(times["charts_ms"])
    page = _row(f"history: first of a run, page shown, {sessions:,} sessions", "ms", shown)
    charts = _row(f"history: first of a run, charts in, {sessions:,} sessions", "ms", drawn)
    return [_limit(page, OPEN_HISTORY_MS), charts]


# -- saving a session -----------------------------------------------------------------


def measure_save(data_dir: Path, sessions: int, repeat: int) -> list[Row]:
    from kneeapp.domain.red_flags import RED_FLAG_IDS
    from kneeapp.domain.session import DEFAULT_PROFILE, Reading, Session
    from kneeapp.storage.database import connect
    from kneeapp.storage.sessions import open_repository

    bare_path = data_dir.parent / f"{data_dir.name}-bare.sqlite3"
    bare = connect(bare_path)  # the same pragmas: WAL, synchronous=FULL
    bare.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, value TEXT)")

    def bare_commit() -> None:
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO t (value) VALUES (?)", ("x",))
        bare.execute("COMMIT")

    readings = (
        Reading("ankle_step", "range", 6.0, 9.0),
        Reading("ankle_step", "pain", 2.0, 0.0),
        Reading("kneeling_lunge", "range", 7.0, 6.0),
        Reading("kneeling_lunge", "pain", 0.0, 1.0),
    )
    count = iter(range(1, 10**9))
    with open_repository(data_dir) as repository:

        def save() -> None:
            session = Session(
                uid=str(uuid.uuid4()),
                profile=DEFAULT_PROFILE,
                recorded_at=history_bench.NOW + timedelta(minutes=next(count)),
                readings=readings,
                red_flags=dict.fromkeys(RED_FLAG_IDS, False),
            )
            repository.save(session)

        bare_commit()
        save()  # warm-up
        times = max(repeat * 3, 5)
        bare_ms = history_bench.times_ms(times, bare_commit)
        saved_ms = history_bench.times_ms(times, save)
    bare.close()
    bare_row = _row("save: bare SQLite durable commit", "ms", bare_ms, 2)
    save_row = _row(f"save: one session, {sessions:,} stored", "ms", saved_ms, 2)
    _compare(save_row, bare_row)
    save_row.budget, save_row.ok = f"< {SAVE_MS:g} ms", save_row.median < SAVE_MS
    return [bare_row, save_row]


# -- history: the history benchmark's own measurement ---------------------------------

HISTORY = (
    ("open_history_ms", "history: open (1 year)", OPEN_HISTORY_MS),
    ("show_all_ms", "history: switch to All", OPEN_HISTORY_MS),
    ("draw_chart_ms", "history: draw a chart (1 year)", DRAW_CHART_MS),
    ("draw_all_chart_ms", "history: draw a chart (All)", DRAW_CHART_MS),
)


def measure_history(data_dirs: dict[int, Path], repeat: int) -> list[Row]:
    timings = {size: history_bench.measure(folder, repeat) for size, folder in data_dirs.items()}
    smallest = min(timings)
    rows = []
    for key, title, limit in HISTORY:
        base = _row(f"{title}, {smallest:,} sessions", "ms", timings[smallest][key])
        rows.append(_limit(base, limit))
        for size in sorted(timings):
            if size != smallest:
                row = _row(f"{title}, {size:,} sessions", "ms", timings[size][key])
                _compare(row, base)
                rows.append(_limit(row, limit))
    return rows


# -- responsiveness: a slider move ----------------------------------------------------


def measure_slider(data_dir: Path, sessions: int, repeat: int) -> list[Row]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QSlider, QVBoxLayout, QWidget

    from kneeapp.app import create_main_window
    from kneeapp.ui.pages.check_page import CheckPage
    from kneeapp.ui.pages.choose_checks import ChooseChecksPage
    from kneeapp.ui.pages.red_flags import NO, RedFlagPage

    app = QApplication.instance()
    assert isinstance(app, QApplication)

    # Baseline: a bare slider writing its value into a label, painted.
    bare = QWidget()
    layout = QVBoxLayout(bare)
    bare_slider, bare_label = QSlider(), QLabel("")
    layout.addWidget(bare_slider)
    layout.addWidget(bare_label)
    bare_slider.valueChanged.connect(lambda value: bare_label.setText(f"{value} of 10"))
    bare.resize(400, 200)
    bare.show()
    app.processEvents()

    def move(slider: QSlider, widget: QWidget) -> Callable[[], None]:
        def action() -> None:
            slider.setValue((slider.value() + 3) % 11)
            widget.repaint()  # the frame the person sees

        return action

    bare_ms = history_bench.times_ms(max(repeat * 3, 5), move(bare_slider, bare))
    bare.close()

    window = create_main_window(data_dir, clock=lambda: history_bench.NOW)
    window.resize(1024, 768)
    window.show()
    window.open_history()  # the full history loaded, as after looking at it
    app.processEvents()
    window.start_session()
    choose = window.current_page()
    assert isinstance(choose, ChooseChecksPage)
    choose.next_button.click()
    red_flags = window.current_page()
    assert isinstance(red_flags, RedFlagPage)
    for row in red_flags.choices.values():
        row.buttons[NO].click()
    red_flags.continue_button.click()
    page = window.current_page()
    assert isinstance(page, CheckPage), type(page).__name__
    app.processEvents()
    slider = next(iter(page.inputs.values())).slider  # type: ignore[attr-defined]
    # Rated first by a tap, as a person would: a slider not rated reports no moves.
    QTest.mouseClick(slider, Qt.MouseButton.LeftButton, pos=slider.point_of(5))
    assert slider.rated
    live_ms = history_bench.times_ms(max(repeat * 3, 5), move(slider, window))
    window.discard_draft()
    window.close()
    window.deleteLater()
    app.processEvents()
    bare_row = _row("slider: bare QSlider -> QLabel, painted", "ms", bare_ms, 2)
    live_row = _row(f"slider: live asymmetry line, {sessions:,} stored", "ms", live_ms, 2)
    _compare(live_row, bare_row)
    live_row.budget, live_row.ok = f"< {FRAME_MS:g} ms", live_row.median < FRAME_MS
    return [bare_row, live_row]


# -- the photo tool: opening a 12-megapixel photo, dragging a point ---------------------


def make_phone_photo(path: Path) -> None:
    """A 12-megapixel JPEG as a phone held upright stores it: 3024 x 4032 pixels turned
    on their side, with EXIF orientation 6 (a photo's grain is in it, so that it
    decodes as slowly as a real one)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter, QTransform

    def noise(width: int, height: int, image_format: QImage.Format) -> QImage:
        data = random.Random(12).randbytes(width * height * 4)
        return QImage(data, width, height, width * 4, image_format).copy()

    keep = Qt.AspectRatioMode.IgnoreAspectRatio
    smooth = Qt.TransformationMode.SmoothTransformation
    photo = noise(1008, 756, QImage.Format.Format_RGB32).scaled(4032, 3024, keep, smooth)
    painter = QPainter(photo)
    painter.setOpacity(0.1)
    painter.drawImage(0, 0, noise(4032, 3024, QImage.Format.Format_ARGB32))
    painter.end()
    sideways = photo.transformed(QTransform().rotate(-90))  # 3024 wide, 4032 high
    plain = path.with_suffix(".plain.jpg")
    assert sideways.save(str(plain), "JPG", 90)
    data = plain.read_bytes()
    plain.unlink()
    tiff = b"MM\x00\x2a" + (8).to_bytes(4, "big") + (1).to_bytes(2, "big")
    tiff += bytes.fromhex("0112 0003 00000001 0006 0000") + bytes(4)
    exif = b"Exif\x00\x00" + tiff
    segment = b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
    path.write_bytes(data[:2] + segment + data[2:])


def measure_photo(folder: Path, repeat: int) -> list[Row]:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QColor, QImageReader, QMouseEvent, QPainter, QPixmap
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsPixmapItem,
        QGraphicsScene,
        QGraphicsView,
    )

    from kneeapp.domain.angles import AngleKind, Landmark
    from kneeapp.domain.asymmetry import Side
    from kneeapp.ui.style import apply_style
    from kneeapp.ui.widgets.photo_tool import UPRIGHT, PhotoAngleTool

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    path = folder / "phone-photo.jpg"
    make_phone_photo(path)
    runs = max(repeat, 3)

    def read_alone() -> None:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        assert not reader.read().isNull()

    read_ms = history_bench.times_ms(runs, read_alone)
    tool = PhotoAngleTool(AngleKind.SHIN, Side.LEFT, choose_photo=lambda _parent: path)
    apply_style(tool)
    tool.resize(1024, 768)
    tool.show()
    app.processEvents()

    def open_photo() -> None:
        # What pressing "Open a photo" costs once the file is chosen, to the painted photo.
        assert tool.open_photo(path)
        app.processEvents()
        tool.repaint()

    open_ms = history_bench.times_ms(runs, open_photo)
    tool.upright.buttons[UPRIGHT].click()
    canvas, viewport = tool.canvas, tool.canvas.viewport()
    app.processEvents()

    def mouse(kind: QEvent.Type, where: QPointF, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind,
            where,
            viewport.mapToGlobal(where),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)

    knee = QPointF(canvas.to_view(canvas.point(Landmark.KNEE)))
    mouse(QEvent.Type.MouseButtonPress, knee, Qt.MouseButton.LeftButton)
    offsets = iter(range(10**6))

    def drag_step() -> None:
        # One move of the pointer: the point, its line, the magnifier and the angle.
        step = next(offsets) % 40 - 20
        mouse(QEvent.Type.MouseMove, knee + QPointF(step, step / 2), Qt.MouseButton.LeftButton)
        tool.repaint()

    drag_ms = history_bench.times_ms(max(repeat * 3, 5), drag_step)
    assert canvas.magnifier.isVisible() and tool.angle is not None
    mouse(QEvent.Type.MouseButtonRelease, knee, Qt.MouseButton.NoButton)
    tool.close()
    tool.deleteLater()

    # Baseline for a drag: an item moved over the same photo in a bare graphics view.
    scene = QGraphicsScene()
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    scene.addItem(QGraphicsPixmapItem(QPixmap.fromImage(reader.read())))
    dot = scene.addEllipse(0, 0, 24, 24)
    dot.setBrush(QColor("yellow"))
    view = QGraphicsView(scene)
    view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # as the tool draws it
    view.resize(1024, 768)
    view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    view.show()
    app.processEvents()

    def bare_move() -> None:
        step = next(offsets) % 40 - 20
        dot.setPos(2000 + step * 3, 1500 + step)
        view.repaint()

    bare_ms = history_bench.times_ms(max(repeat * 3, 5), bare_move)
    view.close()
    view.deleteLater()
    app.processEvents()

    read_row = _row("photo: QImageReader alone, 12 MP JPEG turned by EXIF", "ms", read_ms)
    open_row = _row("photo: open, painted, ready to mark, 12 MP JPEG", "ms", open_ms)
    _compare(open_row, read_row)
    _limit(open_row, PHOTO_OPEN_MS)
    bare_row = _row("photo drag: bare QGraphicsView, item moved, painted", "ms", bare_ms, 2)
    drag_row = _row("photo drag: point moved, angle shown, painted", "ms", drag_ms, 2)
    _compare(drag_row, bare_row)
    _limit(drag_row, FRAME_MS)
    return [read_row, open_row, bare_row, drag_row]


# -- the whole run --------------------------------------------------------------------


PARTS = ("start", "history", "slider", "save", "photo")


def run(sizes: Sequence[int], repeat: int, folder: Path, parts: Sequence[str] = PARTS) -> list[Row]:
    data_dirs: dict[int, Path] = {}
    for size in sorted(set(sizes)):
        data_dirs[size] = folder / f"n{size}"
        history_bench.build_database(data_dirs[size], size)
    smallest, largest = min(data_dirs), max(data_dirs)
    start_dirs = {f"{smallest:,} sessions": data_dirs[smallest]}
    if largest != smallest:
        start_dirs[f"{largest:,} sessions"] = data_dirs[largest]
    # Whole processes vary most from run to run: twice the runs for a steady median.
    rows = measure_start(start_dirs, 2 * repeat) if "start" in parts else []
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    if "history" in parts:
        rows += measure_history(data_dirs, repeat)
        rows += measure_first_history(data_dirs[largest], largest, repeat)
    if "slider" in parts:
        rows += measure_slider(data_dirs[largest], largest, repeat)
    if "save" in parts:
        rows += measure_save(data_dirs[largest], largest, repeat)
    if "photo" in parts:
        rows += measure_photo(folder, repeat)
    del app
    return rows


def table(rows: Sequence[Row]) -> str:
    header = (
        f"{'measurement':<62} {'median':>9} {'min':>9} {'max':>9} {'unit':<4} "
        f"{'ratio':>6}  {'budget':<10} ok"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}x"
        ok = {None: "", True: "yes", False: "NO"}[row.ok]
        lines.append(
            f"{row.name:<62} {row.median:>9g} {row.min:>9g} {row.max:>9g} {row.unit:<4} "
            f"{ratio:>6}  {row.budget:<10} {ok}".rstrip()
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help="runs of each")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the rows here")
    parser.add_argument(
        "--only", nargs="+", choices=PARTS, default=list(PARTS), help="measure only these"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kneeapp-bench-") as folder:
        rows = run(args.sizes, max(1, args.repeat), Path(folder), args.only)
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
        f"max RSS of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB"
    )
    print(table(rows))
    if args.json is not None:
        args.json.write_text(json.dumps([asdict(row) for row in rows], indent=2) + "\n")
    return 0 if all(row.ok is not False for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
