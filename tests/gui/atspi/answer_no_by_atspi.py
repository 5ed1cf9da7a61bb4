"""Answer every safety question "No" as a screen reader or voice control does: through
AT-SPI, with each answer's own action (run by the system's python3, which has pyatspi).

argv: the process id of KneeCheck. Prints JSON: each "No" answer's role and actions,
which action was done, and whether Continue is then enabled, as AT-SPI reports it.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi


def find_app(pid: int, wait: float = 20.0):
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        for app in desktop:
            if app is not None and app.get_process_id() == pid:
                return app
        time.sleep(0.2)
    raise SystemExit(f"no application with process id {pid} on the accessibility bus")


def descendants(node):
    for child in node:
        if child is None:
            continue
        yield child
        yield from descendants(child)


def main() -> None:
    app = find_app(int(sys.argv[1]))
    nodes = list(descendants(app))
    answers = [n for n in nodes if (n.name or "").endswith(": No") and n.getRoleName() != "filler"]
    done = []
    for node in answers:
        action = node.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        # The action a screen reader offers first for a radio button or check box.
        index = names.index("Toggle") if "Toggle" in names else 0
        action.doAction(index)
        done.append(
            {"name": node.name, "role": node.getRoleName(), "actions": names, "done": names[index]}
        )
    time.sleep(1.0)
    buttons = [n for n in descendants(app) if n.name == "Continue"]
    enabled = [n.getState().contains(pyatspi.STATE_ENABLED) for n in buttons]
    groups = {}
    for node in answers:
        parent = node.parent
        siblings = [c.getRoleName() for c in parent if c is not None]
        groups[node.name] = {
            "parent_role": parent.getRoleName(),
            "parent_name": parent.name,
            "siblings": siblings,
        }
    print(json.dumps({"answers": done, "continue_enabled": enabled, "groups": groups}))


if __name__ == "__main__":
    main()
