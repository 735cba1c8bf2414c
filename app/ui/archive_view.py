"""归档: copies in store handed to the archive at year end under a file number (档号).

Scan the copies into the list, give the file number, record. A copy that is out (on loan,
circulating, carried out) is refused with the rule, inline, and nothing changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.ui.disposal_controller import DisposalController
from app.ui.disposal_widgets import InlineMessage, ScanList
from app.ui.rule_words import message_of


class ArchiveView(QWidget):
    def __init__(self, disposal: DisposalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.disposal = disposal
        layout = QHBoxLayout(self)

        list_box = QGroupBox(self.tr("归档清单"))
        items = QVBoxLayout(list_box)
        self.message = InlineMessage()
        self.scan_list = ScanList(disposal.lookup, self.message)
        self.scan, self.items = self.scan_list.scan, self.scan_list.items
        items.addWidget(self.scan_list)
        layout.addWidget(list_box, 3)

        form_box = QGroupBox(self.tr("归档登记"))
        form_layout = QVBoxLayout(form_box)
        form = QFormLayout()
        self.file_no = QLineEdit()
        self.file_no.setMaxLength(64)
        self.file_no.setPlaceholderText(self.tr("如 2026-永久-0012"))
        self.remarks = QLineEdit()
        self.remarks.setMaxLength(500)
        form.addRow(self.tr("档号："), self.file_no)
        form.addRow(self.tr("备注："), self.remarks)
        form_layout.addLayout(form)
        rule = QLabel(self.tr("年终须归档的载体在库时移交档案室；归档后永久保留在登记簿中，"
                              "只能再作解密处理。"))
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #555555;")
        form_layout.addWidget(rule)
        self.archive_button = QPushButton(self.tr("登记归档(&G)"))
        self.archive_button.clicked.connect(self.record_archive)
        row = QHBoxLayout()
        row.addWidget(self.archive_button)
        row.addStretch(1)
        form_layout.addLayout(row)
        form_layout.addWidget(self.message)
        form_layout.addStretch(1)
        layout.addWidget(form_box, 2)

    def add_scanned(self) -> None:
        self.scan_list.add_scanned()

    def record_archive(self) -> None:
        ids = self.items.copy_ids()
        if not ids:
            self.message.error(self.tr("归档清单为空：请扫描载体"))
            return
        try:
            done = self.disposal.archive(ids, file_no=self.file_no.text(),
                                         remarks=self.remarks.text())
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self.items.clear_items()
        self.file_no.clear()
        self.remarks.clear()
        self.message.info(self.tr("已归档 %n 份", "", len(done)))
