"""Faults, against the real server the tests start: a server stopped in the middle of the
stations' saves, a station killed while sending."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from kneeapp.storage.sessions import open_repository
from tests.clinic.stations import server_uids, station, wait_until_sent
from tests.postgres_server import ClinicDatabase

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def start_station(
    data_dir: Path, url: str, name: str, count: int, *options: str
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.clinic.station_child",
            str(data_dir),
            url,
            name,
            str(count),
            *options,
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def stop(child: subprocess.Popen[str]) -> None:
    if child.poll() is None:
        child.kill()
    child.wait()
    for stream in (child.stdin, child.stdout):
        if stream is not None:
            stream.close()


def read_line(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line, f"the station ended early (exit {child.wait()})"
    return line.strip()


def test_a_server_stopped_in_the_middle_of_four_stations_loses_nothing(
    clinic_database: ClinicDatabase, tmp_path: Path
) -> None:
    cluster = clinic_database.cluster
    names = [f"kiosk-{n}" for n in range(4)]
    children = [
        start_station(tmp_path / name, clinic_database.kiosk_url, name, 100, "--pause-at", "50")
        for name in names
    ]
    try:
        for child in children:
            assert read_line(child) == "paused"
        cluster.stop()  # in the middle: half saved (some of it sent), half still to come
        try:
            for child in children:
                assert child.stdin is not None
                child.stdin.write("go\n")
                child.stdin.flush()
            for child in children:
                assert read_line(child) == "saved"  # saves go on with the server down
        finally:
            cluster.start()
        reports = [json.loads(read_line(child).removeprefix("done ")) for child in children]
    finally:
        for child in children:
            stop(child)
    assert [report["waiting"] for report in reports] == [0, 0, 0, 0]
    on_server = server_uids(clinic_database.owner_url)
    assert len(on_server) == len(set(on_server)) == 400  # every session, exactly once
    for name in names:
        with open_repository(tmp_path / name) as local:
            local_uids = {session.uid for session in local.iter_sessions()}
        assert len(local_uids) == 100  # nothing lost on any station
        assert local_uids <= set(on_server)


def test_a_station_killed_while_sending_sends_nothing_half_or_twice(
    clinic_database: ClinicDatabase, tmp_path: Path
) -> None:
    data_dir = tmp_path / "kiosk"
    child = start_station(data_dir, clinic_database.kiosk_url, "kiosk-k", 300, "--batch", "5")
    try:
        assert read_line(child) == "saved"
        deadline = time.monotonic() + 30
        while not (sent := len(server_uids(clinic_database.owner_url))):
            assert time.monotonic() < deadline
        os.kill(child.pid, signal.SIGKILL)  # in the middle of sending
    finally:
        stop(child)
    assert sent > 0
    # The next start of the station sends what is left; a batch committed on the server
    # but still in the outbox is sent again and adds nothing.
    with station(data_dir, clinic_database.kiosk_url, "kiosk-k") as restarted:
        wait_until_sent(restarted.sender)
        local_uids = {session.uid for session in restarted.local.iter_sessions()}
    on_server = server_uids(clinic_database.owner_url)
    assert len(on_server) == len(set(on_server)) == 300
    assert set(on_server) == local_uids
    with psycopg.connect(clinic_database.owner_url) as owner:
        incomplete = owner.execute(
            "SELECT count(*) FROM kneeapp.sessions AS s WHERE (SELECT count(*) FROM "
            "kneeapp.measurements AS m WHERE m.session_id = s.id) <> 2"
        ).fetchone()
    assert incomplete == (0,)  # nothing half-sent
