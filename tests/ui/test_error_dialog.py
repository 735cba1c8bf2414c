from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from app.ui import error_dialog


def test_unexpected_exception_is_logged_and_shown(qtbot: QtBot,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    monkeypatch.setattr(error_dialog.ExceptionDialog, "exec",
                        lambda self: shown.append(self.text.toPlainText()) or 0)
    old = sys.excepthook
    error_dialog.install_excepthook()
    try:
        content = "标题：" + "机密内容"  # as register content would reach an exception
        try:
            raise RuntimeError(content)
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old
    assert shown and "builtins.RuntimeError" in shown[0]
    assert "test_error_dialog.py" in shown[0]
    assert "机密内容" not in caplog.text  # the message may carry register content
    assert "unexpected exception" in caplog.text
