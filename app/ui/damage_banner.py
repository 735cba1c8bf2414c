"""The red banner over every area while the register is read-only: damage was found (or
the disk is full), what was found, and what to do. Nothing can be written until then."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

ALARM = "#a1121f"


class DamageBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damageBanner")
        self.setStyleSheet(f"#damageBanner {{ border: 2px solid {ALARM}; border-radius: 4px;"
                           " background: #fdecee; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.heading = QLabel(self.tr(
            "登记簿为只读：可以查询能读出的内容；任何写入（包括须登记的打印和导出）都不能进行"))
        self.heading.setStyleSheet(f"color: {ALARM}; font-weight: bold;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet(f"color: {ALARM};")
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.setVisible(False)

    @Slot(str)
    def show_damage(self, message: str | None) -> None:
        self.text.setText(message or "")
        self.setVisible(bool(message))
