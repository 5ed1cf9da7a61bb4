"""A station in a process of its own, for the fault tests and the benchmark.

    python -m tests.clinic.station_child DATA_DIR URL NAME COUNT [--pause-at N] [--batch B]

Saves COUNT sessions locally (each queued for the server), then waits until its outbox is
empty. With ``--pause-at N`` it prints "paused" after N saves and reads one line before
going on. Prints "saved" when every save is done, then "done WAITING SAVE_SECONDS...".
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from kneeapp.storage.postgres import outbox
from tests.clinic.stations import Station, make_session


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("url")
    parser.add_argument("name")
    parser.add_argument("count", type=int)
    parser.add_argument("--pause-at", type=int, default=-1)
    parser.add_argument("--batch", type=int, default=outbox.BATCH)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--start-at", type=float, default=0, help="a time.time() to wait for")
    args = parser.parse_args()
    outbox.BATCH = args.batch
    if args.url == "none":  # the baseline: a computer on its own, no server
        return alone(args.data_dir, args.name, args.count, args.start_at)
    kiosk = Station(args.data_dir, args.url, args.name, first_gap=0.2, max_gap=1.0)
    wait_until(args.start_at)
    saves: list[float] = []
    saved_at: dict[str, float] = {}
    try:
        for number in range(args.count):
            if number == args.pause_at:
                print("paused", flush=True)
                sys.stdin.readline()
            session = make_session(number, f"{args.name}-patient-{number % 7}")
            started = time.perf_counter()
            kiosk.local.save(session)
            saves.append(time.perf_counter() - started)
            saved_at[session.uid] = time.time()
        print("saved", flush=True)
        deadline = time.monotonic() + args.timeout
        while (waiting := kiosk.sender.status().waiting) and time.monotonic() < deadline:
            kiosk.sender.wait_for_round(kiosk.sender.rounds + 1, 1.0)
    finally:
        kiosk.close()
    print("done " + json.dumps({"waiting": waiting, "saves": saves, "saved_at": saved_at}))
    return 0


def wait_until(moment: float) -> None:
    """Start together with the other stations (they were started one by one)."""
    while (left := moment - time.time()) > 0:
        time.sleep(min(left, 0.05))


def alone(data_dir: Path, name: str, count: int, start_at: float) -> int:
    from kneeapp.storage.sessions import open_repository

    saves: list[float] = []
    with open_repository(data_dir) as local:
        wait_until(start_at)
        for number in range(count):
            session = make_session(number, f"{name}-patient-{number % 7}")
            started = time.perf_counter()
            local.save(session)
            saves.append(time.perf_counter() - started)
    print("saved", flush=True)
    print("done " + json.dumps({"waiting": 0, "saves": saves, "saved_at": {}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
