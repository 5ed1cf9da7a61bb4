"""How fast the history screen opens and its chart draws, for 100 to 100,000 sessions.

Run from the repository root:

    python -m tests.benchmarks.history_bench [--sizes 100 10000 100000] [--repeat 5]

Prints a table and the same numbers as JSON (milliseconds).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    # Run as a file: make the package importable from the repository root.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kneeapp.domain.session import DEFAULT_PROFILE
from kneeapp.storage.sessions import open_repository

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
SPAN = timedelta(days=3650)  # the sessions are spread over ten years
DEFAULT_SIZES = (100, 10_000, 100_000)


def build_database(data_dir: Path, sessions: int) -> None:
    """A database of ``sessions`` sessions of the two core checks, in one transaction."""
    open_repository(data_dir).close()  # creates the file and its schema
    connection = sqlite3.connect(data_dir / "kneeapp.sqlite3", isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO profiles (name, created_at) VALUES (?, ?)",
            (DEFAULT_PROFILE, NOW.isoformat()),
        )
        step = SPAN / max(sessions, 1)
        connection.executemany(
            "INSERT INTO sessions (id, uid, profile_id, recorded_at, note) VALUES (?, ?, 1, ?, '')",
            (
                (
                    index + 1,
                    str(uuid.UUID(int=index + 1)),
                    (NOW - step * (sessions - index)).isoformat(timespec="microseconds"),
                )
                for index in range(sessions)
            ),
        )
        connection.executemany(
            "INSERT INTO measurements (session_id, check_id, measure_id, left_value, right_value) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                (index + 1, check, measure, float(left), float(right))
                for index in range(sessions)
                for check, measure, left, right in (
                    ("ankle_step", "range", 3 + index % 8, 10 - index % 3),
                    ("ankle_step", "pain", index % 4, 0),
                    ("kneeling_lunge", "range", 7, 5 + index % 5),
                    ("kneeling_lunge", "pain", 0, index % 3),
                )
            ),
        )
        connection.execute("COMMIT")
    finally:
        connection.close()


def times_ms(repeat: int, action: Callable[[], object]) -> list[float]:
    """How long ``action`` takes, in ms, ``repeat`` times."""
    results = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        results.append((time.perf_counter() - start) * 1000)
    return results


def measure(data_dir: Path, repeat: int) -> dict[str, list[float]]:
    from kneeapp.ui.pages.history import HistoryPage
    from kneeapp.ui.style import apply_style

    app = QApplication.instance()
    assert app is not None
    with open_repository(data_dir) as repository:
        pages: list[HistoryPage] = []

        def open_page() -> None:
            # What pressing "History and reports" costs: build, query, plot, lay out.
            page = HistoryPage(repository, profile=DEFAULT_PROFILE, clock=lambda: NOW)
            apply_style(page)
            page.resize(1024, 768)
            page.reload()
            app.processEvents()
            pages.append(page)

        open_page()  # warm-up: the first one imports the chart library, after a frame
        deadline = time.monotonic() + 60
        while pages[-1].charts_pending and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
        opened = times_ms(repeat, open_page)
        page = pages[-1]
        everything, default = page.range_row.buttons[-1], page.range_row.choice()

        def show_all() -> None:
            # The "All" range: every session's point, downsampled by the chart.
            everything.click()
            app.processEvents()
            page.range_row.set_choice(default)

        shown_all = times_ms(repeat, show_all)
        chart = page.sections["ankle_step"].chart
        chart.resize(900, 300)
        assert chart.data is not None
        data = chart.data

        def draw() -> None:
            chart.plot(data)
            chart.plot_widget.grab()  # paints every item, as a repaint would

        drawn = times_ms(repeat, draw)
        everything.click()  # every session: drawn to the pixels the chart has
        app.processEvents()
        assert chart.data is not None
        all_data = chart.data

        def draw_all() -> None:
            chart.plot(all_data)
            chart.plot_widget.grab()

        drawn_all = times_ms(repeat, draw_all)
        for page in pages:
            page.deleteLater()
        app.processEvents()
    return {
        "open_history_ms": opened,
        "show_all_ms": shown_all,
        "draw_chart_ms": drawn,
        "draw_all_chart_ms": drawn_all,
    }


def summarise(values: Sequence[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
    }


def run(sizes: Sequence[int], repeat: int) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="kneeapp-bench-") as folder:
        for size in sizes:
            data_dir = Path(folder) / f"n{size}"
            start = time.perf_counter()
            build_database(data_dir, size)
            built = (time.perf_counter() - start) * 1000
            timings = measure(data_dir, repeat)
            row: dict[str, object] = {"sessions": size, "build_ms": round(built, 1)}
            for name, values in timings.items():
                row[name] = summarise(values)
            results.append(row)
    return results


COLUMNS = (
    ("open_history_ms", "open history (1 year)"),
    ("show_all_ms", "switch to All"),
    ("draw_chart_ms", "draw one chart"),
    ("draw_all_chart_ms", "draw one chart (All)"),
)


def table(results: list[dict[str, object]]) -> str:
    """Milliseconds as median / min / max."""
    width = 26
    header = f"{'sessions':>9} | " + " | ".join(title.rjust(width) for _, title in COLUMNS)
    lines = [header, f"{'':>9} | " + " | ".join("ms median/min/max".rjust(width) for _ in COLUMNS)]
    lines.append("-" * len(header))
    for row in results:
        cells = []
        for name, _ in COLUMNS:
            stats = row[name]
            assert isinstance(stats, dict)
            text = f"{stats['median']:.1f} / {stats['min']:.1f} / {stats['max']:.1f}"
            cells.append(text.rjust(width))
        lines.append(f"{row['sessions']:>9} | " + " | ".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    results = run(args.sizes, max(1, args.repeat))
    print(table(results))
    print(json.dumps(results))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
