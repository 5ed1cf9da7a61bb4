"""``python -m kneeapp``: the same as the ``kneeapp`` command."""

from kneeapp.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
