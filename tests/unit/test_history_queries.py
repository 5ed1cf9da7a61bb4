"""The history queries on a real SQLite file: pages newest first, series filtered by SQL."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from history_data import ANKLE_LEFT, NOW, sessions_csv, uid, when

from kneeapp.domain.session import build_session, validate_reading
from kneeapp.storage.csv_read import read_csv
from kneeapp.storage.csv_write import write_csv
from kneeapp.storage.sessions import SqliteSessionRepository, open_repository


def test_pages_and_series(repository: SqliteSessionRepository) -> None:
    repository.import_sessions(read_csv(io.StringIO(sessions_csv())))
    first = repository.session_page("default", 0, 4)
    assert [s.uid for s in first] == [uid(i) for i in (9, 8, 7, 6)]
    rest = repository.session_page("default", 8, 4)
    assert [s.uid for s in rest] == [uid(1), uid(0)]
    assert first[0] == repository.get(uid(9))
    assert repository.session_page("someone else", 0, 4) == []

    ankle, bridge = ("ankle_step", "range"), ("single_leg_bridge", "reps")
    found = repository.series("default", [ankle, bridge])
    assert [p.left for p in found[ankle]] == list(ANKLE_LEFT)
    assert [p.recorded_at for p in found[ankle]] == [when(i) for i in range(10)]
    assert found[bridge] == []
    recent = repository.series("default", [ankle], NOW - timedelta(days=30))[ankle]
    assert [p.recorded_at for p in recent] == [when(i) for i in (7, 8, 9)]
    assert repository.series("default", []) == {}

    stream = io.StringIO()
    assert write_csv(repository.iter_sessions("default"), stream) == 10
    assert len(stream.getvalue().splitlines()) == 41


def test_a_long_series_is_thinned_for_a_chart_but_its_ends_stay_exact(data_dir: Path) -> None:
    from kneeapp.domain.repository import SERIES_EXACT_TAIL
    from tests.benchmarks.history_bench import build_database

    build_database(data_dir, 1000)
    ankle, lunge = ("ankle_step", "range"), ("kneeling_lunge", "range")
    with open_repository(data_dir) as repository:
        everything = repository.series("default", [ankle, lunge])
        full = everything[ankle]
        thinned = repository.series("default", [ankle, lunge], max_points=100)
        thin = thinned[ankle]
        assert repository.series("default", [ankle, lunge], max_points=5000) == everything
        # One measure asked alone gets the same points as asked with others.
        assert repository.series("default", [lunge], max_points=100)[lunge] == thinned[lunge]
    assert len(full) == 1000
    assert 100 <= len(thin) <= 100 + SERIES_EXACT_TAIL + 1
    assert thin[0] == full[0]
    assert thin[-SERIES_EXACT_TAIL:] == full[-SERIES_EXACT_TAIL:]
    # Thinning only leaves points out: what is left is in the same order, unchanged.
    remaining = iter(full)
    assert all(point in remaining for point in thin)


def test_a_series_shorter_than_its_exact_tail_is_never_thinned(tmp_path: Path) -> None:
    # Asking for fewer points than there are sessions, all within the exact tail.
    with open_repository(tmp_path / "data") as repository:
        for day in range(5):
            repository.save(
                build_session(
                    uid=f"00000000-0000-4000-8000-00000000000{day}",
                    profile="default",
                    recorded_at=datetime(2026, 3, 1 + day, 8, tzinfo=UTC),
                    readings=[validate_reading("ankle_step", "range", day, 10)],
                )
            )
        found = repository.series("default", [("ankle_step", "range")], max_points=1)
    assert [p.left for p in found["ankle_step", "range"]] == [0, 1, 2, 3, 4]
