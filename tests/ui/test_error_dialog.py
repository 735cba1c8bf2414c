from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui import error_dialog
from app.ui.error_dialog import ErrorHook, ExceptionDialog


@pytest.fixture
def hook(qtbot: QtBot) -> Iterator[ErrorHook]:
    old = sys.excepthook
    installed = error_dialog.install_excepthook()
    yield installed
    sys.excepthook = old
    for dialog in list(installed.open.values()):
        dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _fail(kind: type[Exception], text: str = "x") -> None:
    try:
        raise kind(text)
    except Exception as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)


def _shown() -> list[ExceptionDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, ExceptionDialog) and w.isVisible()]


def test_unexpected_exception_is_logged_and_shown(hook: ErrorHook,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    content = "标题：" + "机密内容"  # as register content would reach an exception
    _fail(RuntimeError, content)
    [dialog] = _shown()
    shown = dialog.text.toPlainText()
    assert "builtins.RuntimeError" in shown
    assert "test_error_dialog.py" in shown
    assert "机密内容" not in shown and "机密内容" not in caplog.text
    assert "unexpected exception" in caplog.text


def test_one_dialog_per_distinct_error_the_rest_logged(qtbot: QtBot, hook: ErrorHook,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    for _ in range(50):  # a stale slot failing on every change
        _fail(RuntimeError)
    [dialog] = _shown()
    assert "又发生了 49 次" in dialog.repeats.text()
    assert caplog.text.count("unexpected exception again") == 49
    _fail(KeyError)  # a different bug: its own dialog
    assert len(_shown()) == 2
    dialog.close()  # read and closed: the same error later is shown again
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _fail(RuntimeError)
    assert len(_shown()) == 2
    assert len(hook.open) == 2


def test_no_more_than_a_few_dialogs_at_once(hook: ErrorHook,
                                            caplog: pytest.LogCaptureFixture) -> None:
    for kind in (RuntimeError, KeyError, ValueError, TypeError, OSError):
        _fail(kind)
    assert len(_shown()) == error_dialog.MAX_DIALOGS
    assert "builtins.OSError" in caplog.text  # logged, not shown
    assert caplog.text.count("not shown") == 5 - error_dialog.MAX_DIALOGS
