"""Settings: accounts (add, disable, lift a lockout), one's own passphrase, the idle lock,
the label stock, the printing system's state (CUPS keeps no printed file), backups and
restoring from one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.models.enums import Role
from app.reports.data import LABEL_STOCKS
from app.services import accounts
from app.services.register import MAX_IDLE_LOCK_SECONDS, MIN_IDLE_LOCK_SECONDS
from app.ui import i18n
from app.ui.controller import Controller
from app.ui.restore_dialog import RestoreDialog
from app.ui.rule_words import message_of
from app.ui.settings_controller import SettingsController
from app.ui.widgets import inline_error_style
from app.ui.words import label_of


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(256)
    return field


class NewAccountDialog(QDialog):
    """The new account's owner types their passphrase here, at the terminal."""

    def __init__(self, settings: SettingsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("新增账户"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(64)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.role = QComboBox()
        for role in (Role.APPROVER, Role.AUDITOR, Role.ADMIN, Role.CLERK):
            self.role.addItem(label_of(role), role.value)
        self.passphrase = _password_field()
        self.repeat = _password_field()
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("口令（本人输入）"), self.passphrase)
        form.addRow(self.tr("再次输入口令"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(inline_error_style())
        layout.addWidget(self.error)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create_account)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.created: accounts.NewAccount | None = None

    def create_account(self) -> None:
        if self.created is not None:  # second press after the QR code: done
            self.accept()
            return
        self.error.clear()
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("两次输入的口令不一致"))
            return
        try:
            self.created = self._settings.create_account(
                username=self.username.text(), display_name=self.display_name.text(),
                role=Role(self.role.currentData()), passphrase=self.passphrase.text())
        except MibuError as exc:
            self.error.setText(message_of(exc))
            return
        finally:
            self.passphrase.clear()
            self.repeat.clear()
        uri = self.created.totp_uri()
        if uri is None:
            self.accept()
            return
        pix = QPixmap()
        pix.loadFromData(accounts.totp_qr_png(uri, scale=5))
        self.qr.setPixmap(pix)
        self.error.setStyleSheet("")
        self.error.setText(self.tr("请本人用动态口令器扫描二维码。它只显示这一次。"))
        for w in (self.display_name, self.username, self.role, self.passphrase, self.repeat):
            w.setEnabled(False)


class VerifyWorker(QObject):
    done = Signal(list, str)  # the passed checks, the problem ("" when none)

    def __init__(self, settings: SettingsController) -> None:
        super().__init__()
        self._settings = settings

    @Slot()
    def run(self) -> None:
        try:
            report = self._settings.verify()
        except MibuError as exc:
            self.done.emit([], message_of(exc))
            return
        self.done.emit(list(report.lines), report.problem or "")


class SettingsView(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = SettingsController(controller)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("设置"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        # Two columns: the page fits a 1024×768 screen and no field stretches across it.
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)

        box = QGroupBox(self.tr("账户"))
        inner = QVBoxLayout(box)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态"),
             self.tr("动态口令")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        inner.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("新增账户…"))
        self.add_button.clicked.connect(self.add_account)
        self.unlock_button = QPushButton(self.tr("解除锁定"))
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.disable_button = QPushButton(self.tr("停用/启用"))
        self.disable_button.clicked.connect(self.toggle_selected)
        for b in (self.add_button, self.unlock_button, self.disable_button):
            row.addWidget(b)
        row.addStretch(1)
        inner.addLayout(row)
        left.addWidget(box, 1)

        box = QGroupBox(self.tr("本人口令"))
        form = QFormLayout(box)
        self.old = _password_field()
        self.new = _password_field()
        self.new2 = _password_field()
        change = QPushButton(self.tr("修改口令"))
        change.clicked.connect(self.change_passphrase)
        form.addRow(self.tr("原口令"), self.old)
        form.addRow(self.tr("新口令"), self.new)
        form.addRow(self.tr("再次输入新口令"), self.new2)
        form.addRow(change)
        left.addWidget(box)

        box = QGroupBox(self.tr("锁屏"))
        form = QFormLayout(box)
        self.idle = QSpinBox()
        self.idle.setRange(MIN_IDLE_LOCK_SECONDS, MAX_IDLE_LOCK_SECONDS)
        self.idle.setSuffix(self.tr(" 秒"))
        self.idle.setValue(controller.workstation.idle_lock_seconds)
        save_idle = QPushButton(self.tr("保存"))
        save_idle.clicked.connect(self.save_idle)
        form.addRow(self.tr("无操作后自动锁定（最长 5 分钟）"), self.idle)
        form.addRow(save_idle)
        right.addWidget(box)
        box = QGroupBox(self.tr("打印"))
        form = QFormLayout(box)
        self.label_stock = QComboBox()
        for key, stock in LABEL_STOCKS.items():
            self.label_stock.addItem(stock.name, key)
        self.label_stock.setCurrentIndex(self.label_stock.findData(self._settings.label_stock()))
        save_stock = QPushButton(self.tr("保存"))
        save_stock.clicked.connect(self.save_label_stock)
        form.addRow(self.tr("介质标签纸规格"), self.label_stock)
        form.addRow(save_stock)
        self.cups_state = QLabel(self.tr("尚未检查：打印前 Mibu 会检查 CUPS 是否在打印后保留文件"))
        self.cups_state.setWordWrap(True)
        check_cups = QPushButton(self.tr("检查打印系统"))
        check_cups.clicked.connect(self.check_cups)
        form.addRow(self.tr("打印系统（CUPS）"), self.cups_state)
        form.addRow(check_cups)
        right.addWidget(box)
        right.addWidget(self._language_box())
        box = QGroupBox(self.tr("备份与恢复"))
        inner = QVBoxLayout(box)
        row = QHBoxLayout()
        note = QLabel(self.tr("把登记簿和密钥文件一起备份到已登记的涉密介质；"
                              "登记簿损坏时从备份恢复（原文件改名保留，不删除）。"))
        note.setWordWrap(True)
        backup_button = QPushButton(self.tr("备份到…"))
        backup_button.clicked.connect(self.choose_backup_folder)
        self.restore_button = QPushButton(self.tr("从备份恢复…"))
        self.restore_button.clicked.connect(self.open_restore)
        self.verify_button = QPushButton(self.tr("校验登记簿"))
        self.verify_button.clicked.connect(self.start_verify)
        inner.addWidget(note)
        row.addWidget(self.verify_button)
        row.addWidget(backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        inner.addLayout(row)
        left.addWidget(box)
        right.addStretch(1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        controller.changed.connect(self._on_changed)
        self.refresh()

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("界面语言"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(0, self.language.findData(i18n.chosen_language(None))))
        save = QPushButton(self.tr("保存语言"))
        save.clicked.connect(self.save_language)
        form.addRow(self.tr("语言"), self.language)
        form.addRow(save)
        return box

    def save_language(self) -> None:
        lang = str(self.language.currentData())
        try:
            i18n.save_language(lang)
        except OSError as exc:
            self._say(self.tr("未能保存界面语言：{error}").format(error=exc.strerror or exc),
                      error=True)
            return
        if lang == i18n.current_language():
            self._say(self.tr("界面语言已保存"))
        else:
            self._say(self.tr("界面语言已保存，下次启动 Mibu 时生效"))

    def _on_changed(self, area: str) -> None:
        if area == "accounts":
            self.refresh()

    def refresh(self) -> None:
        rows = self._settings.list_accounts()
        self.table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            state = self.tr("已锁定") if a.locked_until else (
                self.tr("在用") if a.active else self.tr("停用"))
            values = (a.username, a.display_name, label_of(a.role), state,
                      self.tr("已登记") if a.has_one_time_code else "—")
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))

    def _selected_username(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item else None

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(inline_error_style() if error else "color: #2f6f4f;")
        self.message.setText(text)

    def add_account(self) -> None:
        dialog = NewAccountDialog(self._settings, self)
        dialog.exec()
        dialog.deleteLater()  # not kept until the lock

    def unlock_selected(self) -> None:
        name = self._selected_username()
        if name:
            try:
                self._settings.unlock_account(name)
                self._say(self.tr("已解除 {name} 的锁定").format(name=name))
            except MibuError as exc:
                self._say(message_of(exc), error=True)

    def toggle_selected(self) -> None:
        name = self._selected_username()
        if not name:
            return
        active = next(a.active for a in self._settings.list_accounts() if a.username == name)
        if active and QMessageBox.question(
            self, self.tr("停用账户"), self.tr("停用账户 {name}？").format(name=name)
        ) != QMessageBox.StandardButton.Yes:
            return
        try:
            self._settings.set_account_active(name, not active)
        except MibuError as exc:
            self._say(message_of(exc), error=True)

    def change_passphrase(self) -> None:
        try:
            if self.new.text() != self.new2.text():
                self._say(self.tr("两次输入的新口令不一致"), error=True)
                return
            self._settings.change_passphrase(self.old.text(), self.new.text())
            self._say(self.tr("口令已修改"))
        except MibuError as exc:
            self._say(message_of(exc), error=True)
        finally:
            for w in (self.old, self.new, self.new2):
                w.clear()

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份目录"))
        if folder:
            self.backup_to(Path(folder))

    def backup_to(self, folder: Path) -> None:
        try:
            path = self._settings.backup(folder)
            self._say(self.tr("已备份到 {path}").format(path=path))
        except MibuError as exc:
            self._say(message_of(exc), error=True)

    def check_cups(self) -> None:
        """Show what the scheduler's settings say (as ``mibu print-check`` does)."""
        check = self._settings.check_cups()
        self.cups_state.setStyleSheet("" if check.ok else inline_error_style())
        self.cups_state.setText("\n".join(check.lines()))

    def start_verify(self) -> None:
        """Every page, SQLite's quick check, foreign keys and the audit chain, in a thread
        (seconds on a large register); reads only."""
        self.verify_button.setEnabled(False)
        self._say(self.tr("正在校验登记簿…"))
        self._verify_thread = QThread(self)
        self._verify_worker = VerifyWorker(self._settings)
        self._verify_worker.moveToThread(self._verify_thread)
        self._verify_thread.started.connect(self._verify_worker.run)
        self._verify_worker.done.connect(self._verified)
        self._verify_worker.done.connect(self._verify_thread.quit)
        self._verify_thread.finished.connect(self._verify_thread_done)
        self._verify_thread.start()

    def _verified(self, lines: list[str], problem: str) -> None:
        if problem:
            self._say(self.tr("校验失败：{problem}").format(problem=problem), error=True)
        else:
            self._say(self.tr("校验通过：{lines}").format(lines="；".join(lines)))

    def _verify_thread_done(self) -> None:
        self._verify_thread.wait()
        self._verify_thread.deleteLater()
        self._verify_worker.deleteLater()
        self.verify_button.setEnabled(True)

    def is_verifying(self) -> bool:
        return not self.verify_button.isEnabled()

    def shutdown(self) -> None:
        """Before the window goes: wait for a verification still running."""
        if self.is_verifying():
            self._verify_thread.quit()
            self._verify_thread.wait()

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self._settings, self)
        dialog.over.connect(self._settings.finish_restore)
        dialog.open()
        return dialog

    def save_label_stock(self) -> None:
        try:
            self._settings.set_label_stock(str(self.label_stock.currentData()))
            self._say(self.tr("标签纸规格已保存"))
        except MibuError as exc:
            self._say(message_of(exc), error=True)

    def save_idle(self) -> None:
        try:
            self._settings.set_idle_lock(self.idle.value())
            self._say(self.tr("锁屏时间已保存"))
        except MibuError as exc:
            self._say(message_of(exc), error=True)
