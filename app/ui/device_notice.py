"""The notice shown when the USB guard refuses a device: what it is and why, in Chinese.

A plain widget over a :class:`GuardEvent` (a frozen dataclass): no register, no session.
For a refused device that could be checked in (unregistered storage, or a device that may
be registered as equipment) it offers "登记此设备…", which emits :attr:`register_requested`
with the event; the main window opens the registration form prefilled from it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.devices.guard import GuardEvent
from app.devices.policy import REASON_LABELS, Reason

#: Refusals the clerk can resolve at the terminal by registering the device.
CHECK_IN_REASONS = (Reason.UNREGISTERED, Reason.CLASS_FORBIDDEN)

_TITLE_REFUSED = QT_TRANSLATE_NOOP("DeviceNotice", "已禁止 USB 设备")
_TITLE_ALLOWED = QT_TRANSLATE_NOOP("DeviceNotice", "已放行 USB 设备")


def describe(event: GuardEvent) -> str:
    """``SanDisk Ultra（0781:5581，序列号 4C53…）`` for the notice and the device list."""
    name = " ".join(p for p in (event.manufacturer, event.product) if p) or event.sys_name
    vid = "????" if event.vendor_id is None else f"{event.vendor_id:04x}"
    pid = "????" if event.product_id is None else f"{event.product_id:04x}"
    serial = (event.serial or "").strip()
    tail = f"，序列号 {serial[:24]}" if serial and serial.isprintable() else "，无序列号"
    return f"{name[:60]}（{vid}:{pid}{tail}）"


class DeviceNotice(QFrame):
    """One decision, shown to the clerk; refusals in red."""

    register_requested = Signal(object)  # GuardEvent
    confirm_input_requested = Signal(object)  # GuardEvent: a keyboard/mouse the lock blocked
    dismissed = Signal()

    def __init__(self, event: GuardEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guard_event = event
        refused = not event.decision.allowed
        self.setObjectName("deviceNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colour = "#b00020" if refused else "#2f6f4f"
        self.setStyleSheet(
            f"QFrame#deviceNotice {{ border: 2px solid {colour}; border-radius: 6px;"
            " background: #fffdf8; }"
        )
        tr = QCoreApplication.translate
        self.title = QLabel(tr("DeviceNotice", str(_TITLE_REFUSED if refused else _TITLE_ALLOWED)))
        self.title.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 14pt;")
        self.device = QLabel(describe(event))
        self.device.setWordWrap(True)
        self.reason = QLabel(self.tr("原因：") + REASON_LABELS[event.decision.reason])
        self.reason.setStyleSheet("font-weight: bold;")
        self.message = QLabel(event.decision.message)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.register_button = QPushButton(self.tr("登记此设备…"))
        self.register_button.setVisible(refused and event.decision.reason in CHECK_IN_REASONS)
        self.register_button.clicked.connect(lambda: self.register_requested.emit(self.guard_event))
        self.confirm_button = QPushButton(self.tr("确认此输入设备"))
        self.confirm_button.setToolTip(self.tr(
            "确认这是本机可以使用的键盘或鼠标：确认后立即可用，此操作记入审计日志"))
        self.confirm_button.setVisible(refused and event.decision.reason is Reason.INPUT_LOCKED)
        self.confirm_button.clicked.connect(
            lambda: self.confirm_input_requested.emit(self.guard_event))
        self.close_button = QPushButton(self.tr("知道了"))
        self.close_button.clicked.connect(self._dismiss)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.device)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

    def _dismiss(self) -> None:
        self.dismissed.emit()
        self.hide()
