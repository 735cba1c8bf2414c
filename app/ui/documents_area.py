"""文件登记: the register of documents, the receipt form, and a document's detail."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.services import corrections, documents, people, search, trail
from app.services.documents import CopyInfo, DocumentInfo, ReceiptInput
from app.services.search import DocumentFilter, DocumentRow
from app.services.trail import TrailFilter, TrailLine
from app.ui.controller import Controller
from app.ui.document_detail import DocumentDetail
from app.ui.documents_view import DocumentsView
from app.ui.ledger_import_controller import LedgerImportController
from app.ui.ledger_import_dialog import LedgerImportDialog, open_import, shutdown_imports
from app.ui.receipt_form import ReceiptForm

HISTORY_LIMIT = 5000  # entries of one document and its copies shown in its detail


class DocumentsController:
    """Plain values in and out; the register is reached only through the controller."""

    def __init__(self, controller: Controller) -> None:
        self._c = controller

    def count(self, f: DocumentFilter) -> int:
        return search.count_documents(self._c.register, f)

    def page(self, f: DocumentFilter, sort: str, descending: bool, offset: int, limit: int
             ) -> list[DocumentRow]:
        return search.search_documents(self._c.register, f, sort=sort, descending=descending,
                                       offset=offset, limit=limit)

    def receive(self, receipt: ReceiptInput) -> DocumentInfo:
        info = documents.receive(self._c.register, self._c.actor, receipt)
        self._c.changed.emit("documents")
        return info

    def senders(self) -> list[str]:
        return [o.name for o in people.list_organisations(self._c.register)]

    def reload(self, document_id: int
               ) -> tuple[DocumentInfo, list[CopyInfo], list[TrailLine]]:
        """A document, its copies and its history (oldest first) as the detail shows them."""
        reg = self._c.register
        doc = documents.get_document(reg, document_id)
        history = trail.page_in(reg, self._c.actor, TrailFilter(item=doc.internal_no), 0,
                                HISTORY_LIMIT, oldest_first=True)
        return doc, documents.list_copies(reg, document_id), history

    def detail(self, document_id: int) -> DocumentDetail:
        return DocumentDetail(*self.reload(document_id), actions=self)

    def correct(self, document_id: int, field: str, value: str, reason: str) -> DocumentInfo:
        """更正 one field typed wrong (the rules and the trail in the service)."""
        info = corrections.correct_document(self._c.register, self._c.actor, document_id,
                                            field, value, reason=reason)
        self._c.changed.emit("documents")
        return info


class DocumentsArea(QWidget):
    #: 申请变更密级或期限… from a document's detail (document id): to the approval form
    request_change = Signal(int)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._docs = DocumentsController(controller)
        self.tabs = QTabWidget()
        self.register_view = DocumentsView(self._docs.count, self._docs.page)
        self.receipt = ReceiptForm(self._docs.receive, self._docs.senders(),
                                   ceiling=controller.workstation.level)
        self.tabs.addTab(self.register_view, self.tr("收发文登记簿"))
        self.tabs.addTab(self.receipt, self.tr("收文登记"))
        self.imports = LedgerImportController(controller)
        self.import_button = QPushButton(self.tr("导入台帐(&I)…"))
        self.import_button.clicked.connect(self.open_import)
        self.tabs.setCornerWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.register_view.opened.connect(self.open_document)
        self.receipt.received.connect(lambda _info: self.register_view.refresh())
        self.detail: DocumentDetail | None = None

    def open_import(self) -> LedgerImportDialog:
        """导入台帐: the office's 收文 ledger, through a column map."""
        dialog = open_import(self.imports, "documents", self)
        dialog.imported.connect(self._imported)
        return dialog

    def _imported(self, _kind: str) -> None:
        self.register_view.refresh()

    def shutdown(self) -> None:
        """Before the window goes: a running import is cancelled and waited for, and a
        running count of the register's matches."""
        shutdown_imports(self)
        self.register_view.shutdown()

    def open_document(self, document_id: int) -> DocumentDetail:
        self.detail = self._docs.detail(document_id)
        # A dialog of this area (it goes at the lock at the latest), deleted when closed.
        self.detail.setParent(self, self.detail.windowFlags())
        self.detail.request_change.connect(self.request_change)
        self.detail.open()
        return self.detail
