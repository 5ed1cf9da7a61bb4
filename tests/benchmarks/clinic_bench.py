"""The clinic server under load, on a PostgreSQL this benchmark starts on this machine.

    python -m tests.benchmarks.clinic_bench [--stations 8] [--saves 250]
        [--patients 20000] [--sessions 1000000] [--repeat 7] [--json FILE]

- STATIONS station processes save SAVES sessions each, all at once: sessions lost and
  duplicated on the server (both must be 0); the local save time against the same
  stations with no server (the ratio: the server must not slow a save); the time from
  the local save to the server's commit, and to another station hearing of it (LISTEN),
  median and p95;
- the therapist's desk on a server holding PATIENTS patients and SESSIONS sessions (made
  on the server with generate_series): the patient list, and one patient's history (its
  first page, its count and its charts' series), each under 300 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.postgres_server import (  # noqa: E402  (after the path is set)
    ClinicDatabase,
    Cluster,
    create_clinic_database,
    find_bin_dir,
)

DESK_MS = 300.0


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run_stations(url: str, folder: Path, stations: int, saves: int) -> list[dict[str, object]]:
    """Start the stations one by one, let them save at the same moment, collect reports."""
    start_at = time.time() + 2.0 + 0.3 * stations  # after every process has started
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.clinic.station_child",
                str(folder / f"s{n}"),
                url,
                f"station-{n}",
                str(saves),
                "--start-at",
                str(start_at),
                "--timeout",
                "300",
            ],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(stations)
    ]
    reports = []
    for child in children:
        out, _ = child.communicate(timeout=600)
        done = [line for line in out.splitlines() if line.startswith("done ")]
        assert done, f"a station failed (exit {child.returncode})"
        reports.append(json.loads(done[-1].removeprefix("done ")))
    return reports


def stations_rows(database: ClinicDatabase, stations: int, saves: int) -> dict[str, object]:
    import psycopg

    from kneeapp.storage.postgres.listener import SessionListener

    heard: dict[str, float] = {}
    lock = threading.Lock()

    def on_change(uids: frozenset[str] | None) -> None:
        now = time.time()
        with lock:
            for uid in uids or ():
                heard.setdefault(uid, now)

    with tempfile.TemporaryDirectory(prefix="kneeapp-clinic-bench-") as folder:
        alone = run_stations("none", Path(folder) / "alone", stations, saves)
        listener = SessionListener(database.clinician_url, on_change)
        listener.connected.wait(10)
        try:
            served = run_stations(database.kiosk_url, Path(folder) / "served", stations, saves)
            with psycopg.connect(database.owner_url) as owner:
                rows = owner.execute(
                    "SELECT uid::text, extract(epoch FROM received_at)::float8 "
                    "FROM kneeapp.sessions"
                ).fetchall()
            deadline = time.monotonic() + 10
            while len(heard) < len(rows) and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            listener.close()
    saved_at: dict[str, float] = {}
    for report in served:
        saved_at.update(report["saved_at"])  # type: ignore[arg-type]
    received = {uid: when for uid, when in rows}
    alone_ms = [s * 1000 for r in alone for s in r["saves"]]  # type: ignore[attr-defined]
    served_ms = [s * 1000 for r in served for s in r["saves"]]  # type: ignore[attr-defined]
    to_commit = [(received[uid] - at) * 1000 for uid, at in saved_at.items() if uid in received]
    to_other = [(heard[uid] - at) * 1000 for uid, at in saved_at.items() if uid in heard]
    return {
        "stations": stations,
        "saves_each": saves,
        "lost": len(set(saved_at) - set(received)),
        "duplicated": len(rows) - len(received),
        "waiting_at_end": sum(int(r["waiting"]) for r in served),  # type: ignore[call-overload]
        "save_ms_alone_median": statistics.median(alone_ms),
        "save_ms_station_median": statistics.median(served_ms),
        "save_ratio": statistics.median(served_ms) / statistics.median(alone_ms),
        "save_to_server_ms_median": statistics.median(to_commit),
        "save_to_server_ms_p95": percentile(to_commit, 0.95),
        "save_to_other_station_ms_median": statistics.median(to_other) if to_other else None,
        "save_to_other_station_ms_p95": percentile(to_other, 0.95) if to_other else None,
    }


GENERATE = """
ALTER TABLE kneeapp.sessions DISABLE TRIGGER sessions_notify;
INSERT INTO kneeapp.patients (name)
    SELECT 'patient-' || lpad(n::text, 6, '0') FROM generate_series(1, {patients}) AS n;
INSERT INTO kneeapp.sessions (uid, patient_id, station, recorded_at)
    SELECT gen_random_uuid(), 1 + (n % {patients}), 'station-' || (n % 8),
           timestamptz '2020-01-01 00:00+00' + n * interval '150 seconds'
    FROM generate_series(1, {sessions}) AS n;
INSERT INTO kneeapp.measurements (session_id, check_id, measure_id, left_value, right_value)
    SELECT id, 'ankle_step', m.measure, id % 11, (id * 7) % 11
    FROM kneeapp.sessions, (VALUES ('range'), ('pain')) AS m (measure);
INSERT INTO kneeapp.red_flag_answers (session_id, flag_id, answer)
    SELECT id, 'hot_swollen', false FROM kneeapp.sessions;
ALTER TABLE kneeapp.sessions ENABLE TRIGGER sessions_notify;
"""


def times_ms(repeat: int, action: Callable[[], object]) -> list[float]:
    action()  # warm: the first query of a new connection plans and caches
    found = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        found.append((time.perf_counter() - started) * 1000)
    return found


def desk_rows(
    database: ClinicDatabase, patients: int, sessions: int, repeat: int
) -> dict[str, object]:
    import psycopg

    from kneeapp.storage.postgres.repository import PostgresSessionRepository

    started = time.perf_counter()
    with psycopg.connect(database.owner_url, autocommit=True) as owner:
        owner.execute(GENERATE.format(patients=patients, sessions=sessions).encode())
        owner.execute("VACUUM ANALYZE")
    generated_s = time.perf_counter() - started
    one = "patient-" + str(patients // 2).zfill(6)
    keys = [("ankle_step", "range"), ("ankle_step", "pain")]
    with PostgresSessionRepository.connect(database.clinician_url) as desk:
        listing = times_ms(repeat, desk.patient_counts)
        history = times_ms(
            repeat,
            lambda: (
                desk.count(one),
                desk.session_page(one, 0, 50),
                desk.series(one, keys, max_points=400),
            ),
        )
        listed = len(desk.patient_counts())
    return {
        "patients": listed,
        "sessions": sessions,
        "generated_s": generated_s,
        "patient_list_ms_median": statistics.median(listing),
        "patient_list_ms_max": max(listing),
        "one_history_ms_median": statistics.median(history),
        "one_history_ms_max": max(history),
        "desk_budget_ms": DESK_MS,
        "desk_ok": statistics.median(listing) < DESK_MS and statistics.median(history) < DESK_MS,
    }


def run(
    cluster: Cluster, stations: int, saves: int, patients: int, sessions: int, repeat: int
) -> dict[str, object]:
    load = create_clinic_database(cluster, "clinic_load")
    result = stations_rows(load, stations, saves)
    if patients and sessions:
        big = create_clinic_database(cluster, "clinic_big")
        result.update(desk_rows(big, patients, sessions, repeat))
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--stations", type=int, default=8)
    parser.add_argument("--saves", type=int, default=250)
    parser.add_argument("--patients", type=int, default=20_000)
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("PostgreSQL's initdb was not found (apt-get install postgresql)", file=sys.stderr)
        return 2
    os.environ.setdefault("PGCONNECT_TIMEOUT", "10")
    cluster = Cluster(bin_dir, durable=True)  # real commits: fsync on, as in a clinic
    try:
        cluster.start()
        result = run(cluster, args.stations, args.saves, args.patients, args.sessions, args.repeat)
    finally:
        cluster.destroy()
    for key, value in result.items():
        print(f"{key:36} {value:.1f}" if isinstance(value, float) else f"{key:36} {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    ok = result["lost"] == 0 and result["duplicated"] == 0 and result.get("desk_ok", True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
