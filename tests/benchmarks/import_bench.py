"""The streaming CSV import against Python's csv module alone, on the same file.

    python -m tests.benchmarks.import_bench [--sizes 10 200] [--json FILE]

For each size (MB) it writes a valid KneeCheck CSV file of about that size, then runs,
each in a process of its own: Python's ``csv.reader`` reading every row of the file (the
floor: no checking, nothing stored), and ``kneeapp import FILE`` into an empty data
folder (every row checked, every session stored, in one transaction). It prints the
wall time and the peak memory (max RSS) of each, and their ratio. The 200 MB size takes
minutes: leave it out with ``--sizes 10`` on a slow machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kneeapp.domain.session import build_session, validate_reading  # noqa: E402
from kneeapp.storage.csv_write import write_csv  # noqa: E402

CSV_ALONE = (
    "import csv, sys\n"
    "with open(sys.argv[1], encoding='utf-8', newline='') as f:\n"
    "    rows = sum(1 for _ in csv.reader(f))\n"
)


@dataclass
class Row:
    name: str
    seconds: float
    peak_mb: float
    time_ratio: float
    memory_ratio: float


def write_file(path: Path, megabytes: float) -> int:
    """A valid export of about ``megabytes`` MB; returns how many sessions it holds."""
    template = build_session(
        uid=str(uuid.uuid4()),
        profile="Benchmark Runner",
        recorded_at=datetime(2020, 1, 1, tzinfo=UTC),
        readings=[
            validate_reading("ankle_step", "range", 6, 8),
            validate_reading("ankle_step", "pain", 2, 0),
            validate_reading("ankle_step", "knee_to_wall", 9.5, 11),
            validate_reading("kneeling_lunge", "range", 5, 7),
            validate_reading("kneeling_lunge", "pain", 1, 1),
            validate_reading("single_leg_bridge", "reps", 18, 20),
            validate_reading("single_leg_bridge", "pain", 0, 1),
        ],
        note="Easy 8 km, right knee sore on the stairs afterwards.",
    )
    target = int(megabytes * 1024 * 1024)
    count = 0
    with path.open("w", encoding="utf-8", newline="") as stream:

        def sessions():  # type: ignore[no-untyped-def]
            nonlocal count
            while stream.tell() < target:
                count += 1
                yield template._replace(
                    uid=str(uuid.uuid4()),
                    recorded_at=template.recorded_at + timedelta(minutes=count),
                )

        write_csv(sessions(), stream)
    return count


def measure(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.stderr is not None
    errors = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if process.returncode != 0:
        raise RuntimeError(f"{command} failed: {errors[-2000:]}")
    return seconds, usage.ru_maxrss / 1024  # Linux: KiB


def run(sizes: Sequence[float]) -> list[Row]:
    rows: list[Row] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="kneeapp-import-bench-") as folder:
        for size in sizes:
            file = Path(folder) / f"import-{size:g}.csv"
            sessions = write_file(file, size)
            real_mb = file.stat().st_size / 1024 / 1024
            label = f"{real_mb:.0f} MB ({sessions} sessions)"
            base_s, base_mb = measure([sys.executable, "-c", CSV_ALONE, str(file)], env)
            data = Path(folder) / f"data-{size:g}"
            ours_s, ours_mb = measure(
                [sys.executable, "-m", "kneeapp", "import", str(file), "--data-dir", str(data)],
                env,
            )
            rows.append(Row(f"import: csv module alone, {label}", base_s, base_mb, 1.0, 1.0))
            rows.append(
                Row(
                    f"import: kneeapp import, {label}",
                    ours_s,
                    ours_mb,
                    ours_s / base_s,
                    ours_mb / base_mb,
                )
            )
            file.unlink()
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[10, 200], metavar="MB")
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    rows = run(args.sizes)
    print(f"{'row':<60} {'time':>9} {'peak RSS':>10} {'x time':>7} {'x memory':>9}")
    for row in rows:
        print(
            f"{row.name:<60} {row.seconds:8.2f}s {row.peak_mb:8.1f}MB "
            f"{row.time_ratio:7.2f} {row.memory_ratio:9.2f}"
        )
    if args.json is not None:
        args.json.write_text(json.dumps([asdict(row) for row in rows], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
