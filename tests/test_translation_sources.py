"""The Spanish translation file holds every text of the code as the code has it now:
lupdate run again on the sources finds nothing new, nothing lost and nothing left
unfinished (a text moved to a call lupdate cannot read would come out unfinished)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "kneeapp_es.ts"


def _lupdate() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


def _messages(path: Path) -> dict[tuple[str, str], tuple[bool, bool]]:
    """(context, source) -> (has plural forms, unfinished)."""
    found: dict[tuple[str, str], tuple[bool, bool]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is not None and translation.get("type") == "unfinished"
            found[name, message.findtext("source") or ""] = (
                message.get("numerus") == "yes",
                unfinished,
            )
    return found


def test_lupdate_finds_the_translation_file_up_to_date(tmp_path: Path) -> None:
    lupdate = _lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    again = tmp_path / TS.name
    shutil.copy(TS, again)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kneeapp").rglob("*.py"))
    subprocess.run(
        [lupdate, *sources, "-no-obsolete", "-ts", str(again)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    committed, regenerated = _messages(TS), _messages(again)
    assert sorted(set(regenerated) - set(committed)) == [], "new texts: run update.sh"
    assert sorted(set(committed) - set(regenerated)) == [], "texts gone: run update.sh"
    assert [key for key, (_, unfinished) in regenerated.items() if unfinished] == []
    changed = [key for key in committed if committed[key][0] != regenerated[key][0]]
    assert changed == [], "plural forms read differently: use NUMERUS.translate markers"
