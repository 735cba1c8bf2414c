"""The application's style: Qt's own, with spin boxes and date fields as wide as what they
hold: in a form on a wide window they no longer stretch across it (Qt's forms grow every
field that is not fixed); text fields and labels still take the width there is."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QProxyStyle, QSizePolicy


class FormStyle(QProxyStyle):
    def polish(self, target: Any) -> Any:  # QWidget, QApplication or QPalette (Qt overloads)
        if isinstance(target, QAbstractSpinBox):  # spin boxes, dates and times
            policy = target.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Fixed)
            target.setSizePolicy(policy)
        return super().polish(target)


def apply_style(app: QApplication) -> None:
    """Once per application (later calls keep the style already set)."""
    if isinstance(app.style(), FormStyle):
        return
    app.setStyle(FormStyle(app.style().name()))
