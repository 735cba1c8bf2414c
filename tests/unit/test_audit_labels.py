"""The auditor reads actions in Chinese: every action the services can record has a label."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import app.services.lifecycle  # noqa: F401 - registers the lifecycle's labels
from app.services import audit

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"
ACTION = re.compile(
    r"^(account|approval|circulation|copy|copy_record|destruction|device|dispatch|document|"
    r"incident|issuer_return|ledger|media|organisation|person|print|register|session|"
    r"settings|stocktake|trail)\.[a-z_]*[a-z]$")


def _literals() -> set[str]:
    found: set[str] = set()
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                    ACTION.match(node.value)):
                found.add(node.value)
    return found


def test_every_recorded_action_has_a_chinese_label() -> None:
    actions = _literals() | {f"ledger.{op}_{kind}" for op in ("import", "export")
                             for kind in ("documents", "people")}
    assert len(actions) > 50
    missing = sorted(a for a in actions if a not in audit.ACTION_LABELS)
    assert missing == []
    assert audit.action_label("document.receive") == "收文登记"
    assert audit.action_label("no.such_action") == "no.such_action"
