"""The history benchmark still runs: a tiny size, so that it cannot rot unnoticed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

BENCH = Path(__file__).parent / "benchmarks" / "history_bench.py"


def test_benchmark_runs_on_a_tiny_database(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = importlib.util.spec_from_file_location("history_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--sizes", "30", "--repeat", "1"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].split()[0] == "sessions"
    (result,) = json.loads(lines[-1])
    assert result["sessions"] == 30
    assert result["open_history_ms"]["median"] > 0
    assert result["draw_chart_ms"]["median"] > 0
