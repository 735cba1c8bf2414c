"""The auditor reads actions in Chinese: every action the services and the device guard can
record has a label and a category of the readable trail (walked from the source, so a new
action without words fails here)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import app.services.lifecycle  # noqa: F401 - registers the lifecycle's labels
from app.services import audit, trail
from app.services.lifecycle.states import Action
from app.services.media import STEP_FROM

ROOT = Path(__file__).resolve().parents[2]



def recorded_actions() -> set[str]:
    """Every action name the services and the device guard can record.

    String literals that look like an action, every ``f"copy.{action.value}"`` of the copy's
    state machine, the media steps, the ledgers' kinds, and constants passed as the action.
    """
    found: set[str] = set()
    action = re.compile(r"^[a-z_]+(?:\.[a-z_]*[a-z])+$")  # usb.input_lock.on too
    known_prefixes = {a.split(".")[0] for a in audit.ACTION_LABELS}
    for folder in ("app/services", "app/devices"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name == "trail.py":
                continue
            source = path.read_text(encoding="utf-8")
            for node in ast.walk(ast.parse(source)):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                        action.match(node.value)
                        and node.value.split(".")[0] in known_prefixes
                        and not node.value.endswith((".py", ".mibu", ".json"))):
                    found.add(node.value)
                if isinstance(node, ast.Call) and getattr(node.func, "attr", None) in (
                        "record", "Change") and len(node.args) >= 3:
                    arg = node.args[2] if getattr(node.func, "attr", "") == "record" else (
                        node.args[0])
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.add(arg.value)  # any prefix: a new area's action is found too
                    elif isinstance(arg, ast.JoinedStr):  # f"copy.{action.value}" ...
                        head = arg.values[0]
                        assert isinstance(head, ast.Constant), ast.unparse(arg)
                        prefix = str(head.value)
                        if prefix == "copy.":
                            found |= {f"copy.{a.value}" for a in Action}
                        elif prefix.startswith("ledger."):
                            found |= {f"ledger.{op}_{kind}" for op in ("import", "export")
                                      for kind in ("documents", "people")}
                        else:
                            raise AssertionError(f"{path}: unknown computed action {prefix}")
    found |= set(STEP_FROM)
    found |= {"device.allow", "device.refuse", "register.backup"}
    return found


def test_the_walk_finds_an_action_of_a_new_area(tmp_path: Path) -> None:
    """An action passed to audit.record is found whatever its prefix."""
    call = ast.parse('audit.record(s, actor.username, "fleet.launch", "ship", 1)').body[0]
    assert isinstance(call, ast.Expr) and isinstance(call.value, ast.Call)
    arg = call.value.args[2]
    assert isinstance(arg, ast.Constant) and arg.value == "fleet.launch"
    assert "fleet.launch" not in audit.ACTION_LABELS


def test_the_walk_finds_the_actions() -> None:
    actions = recorded_actions()
    assert len(actions) > 70
    assert {"copy.lend", "copy.return_loan", "media.issue", "approval.withdraw",
            "print.output", "device.refuse", "ledger.import_people",
            "inspection.export", "settings.lifecycle_limits"} <= actions


def test_every_recorded_action_has_a_chinese_name_and_a_category() -> None:
    actions = recorded_actions()
    no_words = sorted(a for a in actions if a not in audit.ACTION_LABELS)
    assert no_words == []
    no_category = sorted(a for a in actions if a not in trail.CATEGORY
                         and a not in trail.APPROVAL_ACTIONS)
    assert no_category == []
    assert set(trail.CATEGORY.values()) <= set(trail.CATEGORIES)
    assert set(trail.CATEGORIES) <= set(trail.CATEGORY.values())
    for label in audit.ACTION_LABELS.values():
        assert not re.search(r"[A-Za-z]{2,}", label.replace("USBGuard", "").replace("USB", "")), (
            label)


def test_a_computed_action_without_words_would_be_found(tmp_path: Path) -> None:
    """The walk reads calls like the services write them (a guard against a blind walk)."""
    tree = ast.parse('audit.record(s, actor.username, "copy.fly_away", "copy", 1)')
    names = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
             and isinstance(n.value, str) and n.value.startswith("copy.")]
    assert names == ["copy.fly_away"]
    assert "copy.fly_away" not in audit.ACTION_LABELS




def test_the_old_label_lookup_still_answers() -> None:
    assert audit.action_label("document.receive") == "收文登记"
    assert audit.action_label("no.such_action") == "no.such_action"
