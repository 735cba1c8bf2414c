"""First run: unit, workstation and its level, the clerk's account (and on 绝密, the
one-time-code enrolment shown once as a QR code)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import MibuError
from app.models.enums import WORKSTATION_LEVELS, Level
from app.services import accounts, passwords
from app.ui.controller import Controller
from app.ui.rule_words import message_of
from app.ui.widgets import inline_error_style
from app.ui.words import label_of


class WorkstationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("本机信息"))
        self.setSubTitle(self.tr("填写使用单位和本台涉密计算机。工作站密级决定口令规则和"
                                 "可接入的移动存储介质，设置后不能降低。"))
        form = QFormLayout(self)
        self.unit = QLineEdit()
        self.unit.setMaxLength(64)
        self.unit.setPlaceholderText(self.tr("例如：海淀区某某局"))
        self.workstation = QLineEdit()
        self.workstation.setMaxLength(64)
        self.workstation.setPlaceholderText(self.tr("例如：机要室-01"))
        self.level = QComboBox()
        for level in WORKSTATION_LEVELS:
            self.level.addItem(label_of(level), int(level))
        self.level.setCurrentIndex(1)
        form.addRow(self.tr("单位名称"), self.unit)
        form.addRow(self.tr("工作站名称"), self.workstation)
        form.addRow(self.tr("工作站密级"), self.level)
        self.registerField("unit*", self.unit)
        self.registerField("workstation*", self.workstation)

    def chosen_level(self) -> Level:
        return Level(self.level.currentData())


class ClerkPage(QWizardPage):
    def __init__(self, workstation_page: WorkstationPage, controller: Controller,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workstation_page
        self._controller = controller
        self.setTitle(self.tr("保密员账户"))
        form = QFormLayout(self)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(64)
        self.username = QLineEdit("clerk")
        self.username.setMaxLength(32)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(inline_error_style())
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("口令"), self.passphrase)
        form.addRow(self.tr("再次输入口令"), self.repeat)
        form.addRow(self.rules)
        form.addRow(self.error)
        self.totp_uri: str | None = None

    def initializePage(self) -> None:
        level = self._ws.chosen_level()
        text = self.tr("{level}级计算机：口令至少 {n} 位，须含大写字母、小写字母、数字、"
                       "符号中的至少两类。").format(level=label_of(level),
                                                   n=passwords.min_length(level))
        if passwords.needs_one_time_code(level):
            text += self.tr("绝密级计算机还须使用一次性口令：下一步将显示一次二维码，"
                            "请用动态口令器扫描录入。")
        self.rules.setText(text)

    def validatePage(self) -> bool:
        self.error.clear()
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("两次输入的口令不一致"))
            return False
        try:
            self.totp_uri = self._controller.create_register(
                unit_name=self.field("unit"),
                workstation_name=self.field("workstation"),
                level=self._ws.chosen_level(),
                clerk_username=self.username.text(),
                clerk_display_name=self.display_name.text(),
                passphrase=self.passphrase.text(),
            )
        except MibuError as exc:
            self.error.setText(message_of(exc))
            return False
        finally:
            self.passphrase.clear()
            self.repeat.clear()
        return True


class EnrolPage(QWizardPage):
    """Shown once: the TOTP secret as a QR code. It is never shown again."""

    def __init__(self, clerk_page: ClerkPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clerk = clerk_page
        self.setTitle(self.tr("登记簿已建立"))
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.text)
        layout.addWidget(self.qr)
        # what comes next: the start page of the empty register leads to both
        self.next_steps = QLabel(self.tr(
            "下一步：点“完成”后进入主窗口。“今日工作”页会引导您先在“人员与单位”中添加"
            "本单位人员（传阅、借阅、介质责任人都从中选择），再用“导入台帐…”把原有的"
            "文件、人员和介质台帐（.xlsx 或 .csv）导入登记簿。"))
        self.next_steps.setWordWrap(True)
        layout.addWidget(self.next_steps)

    def initializePage(self) -> None:
        uri = self._clerk.totp_uri
        if uri:
            self.text.setText(self.tr("请用动态口令器扫描下面的二维码。它只显示这一次；"
                                      "以后每次解锁都需要输入动态口令。"))
            pix = QPixmap()
            pix.loadFromData(accounts.totp_qr_png(uri, scale=5))
            self.qr.setPixmap(pix)
        else:
            self.text.setText(self.tr("登记簿和密钥文件已建立。请定期把两者一起备份；"
                                      "缺少任何一个都无法打开登记簿。"))


class SetupWizard(QWizard):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("密簿 — 首次设置"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.workstation_page = WorkstationPage()
        self.clerk_page = ClerkPage(self.workstation_page, controller)
        self.enrol_page = EnrolPage(self.clerk_page)
        self.addPage(self.workstation_page)
        self.addPage(self.clerk_page)
        self.addPage(self.enrol_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.resize(620, 460)
