"""设置 → 从备份恢复: choose the backup, type one's passphrase, and restore in a worker
thread with a progress bar (app/services/restore.py does the work: the backup is verified
first, the current files are set aside under a dated name, never deleted). The register is
closed while restoring; afterwards the clerk unlocks it afresh."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.ui.rule_words import message_of
from app.ui.settings_controller import SettingsController
from app.ui.widgets import inline_error_style, release_worker


class RestoreWorker(QObject):
    """Runs the restore off the GUI thread; results by signal."""

    progress = Signal(int, int, str)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, settings: SettingsController, username: str, backup: Path,
                 passphrase: str, one_time_code: str | None) -> None:
        super().__init__()
        self._settings = settings
        self._args = (username, backup, passphrase, one_time_code)

    @Slot()
    def run(self) -> None:
        username, backup, passphrase, code = self._args
        self._args = ("", backup, "", None)  # the passphrase is not kept
        try:
            info = self._settings.restore(username, backup, passphrase, code,
                                          self.progress.emit)
        except MibuError as exc:
            self.failed.emit(message_of(exc))
            return
        aside = "、".join(p.name for p in info.moved_aside) or "—"
        if info.older_than_checkpoint:
            aside += "。" + info.older_than_checkpoint
        self.finished.emit(aside)


class RestoreDialog(QDialog):
    # The restore ended (done or refused) and the dialog closed: unlock afresh.
    over = Signal()

    def __init__(self, settings: SettingsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._thread: QThread | None = None
        self._worker: RestoreWorker | None = None
        self._closed_register = False
        self.setWindowTitle(self.tr("从备份恢复"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "先校验备份；校验通过后，当前登记簿、密钥文件及未写完的日志改名保留在原目录"
            "（文件名带“before-restore”和日期），不会删除；再装入备份并校验。"
            "恢复期间登记簿关闭，完成后请重新解锁。备份之后的登记内容不在恢复后的登记簿中。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        row = QHBoxLayout()
        self.backup = QLineEdit()
        self.backup.setReadOnly(True)
        self.backup.setPlaceholderText(self.tr("备份的登记簿文件（.mibu，密钥文件须在同一目录）"))
        choose = QPushButton(self.tr("选择…"))
        choose.clicked.connect(self.choose)
        row.addWidget(self.backup, 1)
        row.addWidget(choose)
        form.addRow(self.tr("备份文件"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaxLength(256)
        form.addRow(self.tr("本人口令"), self.passphrase)
        self.code = QLineEdit()
        self.code.setMaxLength(8)
        if settings.asks_one_time_code():
            form.addRow(self.tr("一次性口令"), self.code)
        else:
            self.code.setVisible(False)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 5)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("恢复"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("取消"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份"), "",
                                              self.tr("登记簿 (*.mibu)"))
        if name:
            self.backup.setText(name)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(inline_error_style() if error else "color: #2f6f4f;")
        self.message.setText(text)

    def start(self) -> None:
        if not self.backup.text():
            self._say(self.tr("请先选择备份文件"), error=True)
            return
        if not self.passphrase.text():
            self._say(self.tr("请输入本人口令"), error=True)
            return
        username = self._settings.close_for_restore()
        self._closed_register = True
        for w in (self.backup, self.passphrase, self.code, self.start_button,
                  self.cancel_button):
            w.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._thread = QThread(self)
        self._worker = RestoreWorker(self._settings, username, Path(self.backup.text()),
                                     self.passphrase.text(), self.code.text() or None)
        self.passphrase.clear()
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.finished.connect(self._thread.quit)
        self._worker.failed.connect(self._thread.quit)
        self._thread.finished.connect(self._thread_done)
        self._thread.start()

    def _on_progress(self, step: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(step)
        self._say(text)

    def _on_finished(self, aside: str) -> None:
        self.progress.setValue(self.progress.maximum())
        self._say(self.tr("已从备份恢复。原文件已改名保留：{aside}。请重新解锁。").format(
            aside=aside))
        self._ready_to_close()

    def _on_failed(self, message: str) -> None:
        self._say(self.tr("未恢复：{message}。登记簿保持原样，请重新解锁。").format(
            message=message), error=True)
        self._ready_to_close()

    def _ready_to_close(self) -> None:
        self.cancel_button.setText(self.tr("重新解锁"))
        self.cancel_button.setEnabled(True)

    def _thread_done(self) -> None:
        release_worker(self._thread, self._worker)
        self._thread = None
        self._worker = None

    def is_running(self) -> bool:
        return self._thread is not None

    def done(self, result: int) -> None:
        if self._thread is not None:
            return  # not while restoring
        super().done(result)
        if self._closed_register:
            self.over.emit()
