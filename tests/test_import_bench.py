"""The import benchmark still runs end to end, at a tiny size (numbers not checked)."""

from __future__ import annotations

from tests.benchmarks import import_bench


def test_import_benchmark_runs_at_a_tiny_size() -> None:
    rows = import_bench.run([0.2])
    assert [row.name.split(",")[0] for row in rows] == [
        "import: csv module alone",
        "import: kneeapp import",
    ]
    assert all(row.seconds > 0 and row.peak_mb > 0 for row in rows)
