"""更正: one registered field typed wrong, put right with a reason (a document's or a person's).

The clerk picks the field, sees what is registered now, types the right value and the reason.
The rules stay in :mod:`app.services.corrections`: fields it protects (密级, 保密期限, 知悉范围;
a person's 涉密等级) are listed too, so that choosing one shows the refusal and the approval
to ask for instead. Enter records, Esc cancels; the old value stays in the trail.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.errors import MibuError
from app.services.corrections import REASON_MAX, Field
from app.ui.people_forms import FieldForm
from app.ui.rule_words import message_of

# A field of the form: the service's field and what is registered now.
Choice = tuple[Field, str]


class CorrectionForm(FieldForm):
    """``submit(field_key, value, reason)`` records the correction (or raises the refusal)."""

    def __init__(self, title: str, choices: Sequence[Choice], protected: Sequence[Choice],
                 submit: Callable[[str, str, str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(
            title,
            self.tr("只用于更正登记时的笔误。原值和更正理由记入审计记录和此项的经历，不会丢失。"
                    "密级、保密期限和知悉范围的变更须经审批。"),
            self.tr("更正"), parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # never kept until the lock
        self.choices = [*choices, *protected]
        self._submit_correction = submit
        self.field = QComboBox()
        for f, _current in choices:
            self.field.addItem(f.label, f.key)
        for f, _current in protected:
            self.field.addItem(self.tr("{label}（须经审批）").format(label=f.label), f.key)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.value = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("如 登记时标题抄错"))
        self.add_field("field", self.tr("更正项目(&I)"), self.field)
        self.add_field("current", self.tr("原登记为"), self.current)
        self.add_field("value", self.tr("更正为(&V)"), self.value)
        self.add_field("reason", self.tr("更正理由(&R)"), self.reason)
        self.field.currentIndexChanged.connect(self._field_changed)
        self._field_changed()
        self.field.setFocus()
        self.set_submit(self._send)

    def _field_changed(self) -> None:
        f, current = self.choices[max(self.field.currentIndex(), 0)]
        self.current.setText(current or self.tr("（空）"))
        self.value.setText(current)
        self.value.setPlaceholderText(self.tr("如 2026-01-31") if f.is_date else "")
        self.clear_errors()

    def show_error(self, err: MibuError) -> None:
        """A refusal of the field itself (a protected one: the rule and the approval to ask
        for) is long: it goes under the form, across the dialog's width, not under the list."""
        super().show_error(err)
        if err.field == "field":
            self.errors["field"].hide()
            self.error.setText(message_of(err))
            self.error.show()
            self.field.setFocus()
            self.adjustSize()

    def error_text(self, key: str = "") -> str:
        return super().error_text("" if key == "field" else key)

    def choose(self, key: str) -> None:
        self.field.setCurrentIndex(self.field.findData(key))

    def _send(self) -> object:
        return self._submit_correction(str(self.field.currentData()), self.value.text(),
                                       self.reason.text())
