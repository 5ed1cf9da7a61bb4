#!/bin/sh
# Regenerate the translation sources from the code, then compile them for the package.
# Needs PySide6's pyside6-lupdate and pyside6-lrelease (in the venv's bin folder).
# New or changed texts come out "unfinished" in the .ts: translate them (Qt Linguist or
# any editor), run this again, and commit both the .ts and the .qm.
set -e
cd "$(dirname "$0")/../.."
for ts in resources/translations/kneeapp_*.ts; do
    pyside6-lupdate $(find kneeapp -name '*.py' | sort) -no-obsolete -ts "$ts"
    pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
