"""``python -m tests.benchmarks``: the whole performance budget; see run.py."""

from tests.benchmarks.run import main

if __name__ == "__main__":
    raise SystemExit(main())
