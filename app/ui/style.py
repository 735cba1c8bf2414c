"""The application's style: Qt's own, with forms whose short fields (spin boxes, dates,
choices) keep their natural width instead of stretching across a wide window; text fields,
which have an expanding size policy, still take the width there is."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)


class FormStyle(QProxyStyle):
    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,
                  widget: QWidget | None = None,
                  returnData: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_FormLayoutFieldGrowthPolicy:
            return QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow.value
        return super().styleHint(hint, option, widget, returnData)


def apply_style(app: QApplication) -> None:
    """Once per application (later calls keep the style already set)."""
    if isinstance(app.style(), FormStyle):
        return
    app.setStyle(FormStyle(app.style().name()))
