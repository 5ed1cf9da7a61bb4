"""The clinic benchmark still runs: a tiny size, so that it cannot rot unnoticed."""

from __future__ import annotations

import pytest

from tests.benchmarks import clinic_bench
from tests.postgres_server import Cluster


@pytest.mark.slow
def test_clinic_benchmark_runs_at_a_tiny_size(postgres_cluster: Cluster) -> None:
    result = clinic_bench.run(
        postgres_cluster, stations=2, saves=10, patients=30, sessions=300, repeat=1
    )
    assert result["lost"] == 0 and result["duplicated"] == 0
    assert result["waiting_at_end"] == 0
    assert result["patients"] == 30
    assert result["save_to_server_ms_median"] > 0  # type: ignore[operator]
    assert result["desk_ok"]
