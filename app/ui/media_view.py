"""The media ledger (移动存储介质台帐) screen and the registration form.

Plain values only: the view takes a callable that gives the :class:`Ledger` a
:class:`MediaFilter` lets through, and one that registers a :class:`NewMedium` (the
controller's, which may also re-check a plugged device: check-in at the terminal). The form
can be prefilled from a refused device.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.models.enums import Level
from app.models.media import MediumKind, MediumStatus
from app.services.media import MediumView, NewMedium
from app.ui.media_controller import Ledger, MediaFilter
from app.ui.rule_words import message_of
from app.ui.widgets import LEVEL_COLOURS
from app.ui.words import label_of

_Index = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {MediumStatus.LOST: "#b00020", MediumStatus.DESTROYED: "#5f6b73",
                  MediumStatus.OUT: "#c26a00", MediumStatus.REPAIR: "#c26a00"}


class MediaTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("MediaTableModel", "编号"),
        QT_TRANSLATE_NOOP("MediaTableModel", "介质类型"),
        QT_TRANSLATE_NOOP("MediaTableModel", "品牌型号"),
        QT_TRANSLATE_NOOP("MediaTableModel", "厂商ID"),
        QT_TRANSLATE_NOOP("MediaTableModel", "产品ID"),
        QT_TRANSLATE_NOOP("MediaTableModel", "序列号"),
        QT_TRANSLATE_NOOP("MediaTableModel", "密级"),
        QT_TRANSLATE_NOOP("MediaTableModel", "责任人"),
        QT_TRANSLATE_NOOP("MediaTableModel", "状态"),
        QT_TRANSLATE_NOOP("MediaTableModel", "上次清查"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[MediumView] = []
        self._due: frozenset[int] = frozenset()

    def set_rows(self, rows: Sequence[MediumView], due: frozenset[int] = frozenset()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._due = due
        self.endResetModel()

    def _never(self, m: MediumView) -> str:
        if m.id not in self._due:
            return ""
        return QCoreApplication.translate("MediaTableModel", "从未清查")

    def find(self, number: str) -> int:
        """The row of the medium with this number, or -1."""
        return next((n for n, m in enumerate(self._rows) if m.number == number), -1)

    def row(self, n: int) -> MediumView:
        return self._rows[n]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("MediaTableModel", str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and col == 9 and m.id in self._due:
                return QCoreApplication.translate("MediaTableModel", "已到半年清查期")
            return (m.number, label_of(m.kind), m.brand_model, m.vendor_id or "",
                    m.product_id or "", m.serial or "", label_of(m.highest_level), m.holder,
                    label_of(m.status), m.last_inventory_on or self._never(m))[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 6:
                return QColor(LEVEL_COLOURS[m.highest_level])
            if col == 8 and m.status in STATUS_COLOURS:
                return QColor(STATUS_COLOURS[m.status])
            if col == 9 and m.id in self._due:
                return QColor(STATUS_COLOURS[MediumStatus.LOST])
        return None


class MediumForm(QDialog):
    """登记介质: every field of the ledger; errors from the service shown at their field."""

    registered = Signal(object)  # the MediumView the submit callable returned

    def __init__(self, submit: Callable[[NewMedium], object], prefill: NewMedium | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # not kept until the lock
        self.setWindowTitle(self.tr("登记移动存储介质或设备"))
        self._submit = submit
        self._prefill = prefill or NewMedium(number="", kind=MediumKind.USB_STICK,
                                             brand_model="", level="", holder="")
        self.number = QLineEdit()
        self.kind = QComboBox()
        for k in MediumKind:
            self.kind.addItem(label_of(k), k)
        self.brand = QLineEdit()
        self.vendor_id = QLineEdit()
        self.product_id = QLineEdit()
        self.serial = QLineEdit()
        self.capacity = QLineEdit()
        self.capacity.setPlaceholderText(self.tr("如 64GB"))
        self.level = QComboBox()
        self.level.addItem(self.tr("（请选择）"), None)
        for lv in Level:
            self.level.addItem(label_of(lv), lv)
        self.holder = QLineEdit()
        self.bought_on = QLineEdit()
        self.bought_on.setPlaceholderText("YYYY-MM-DD")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.fields: dict[str, QWidget] = {
            "number": self.number, "kind": self.kind, "brand_model": self.brand,
            "vendor_id": self.vendor_id, "product_id": self.product_id, "serial": self.serial,
            "capacity": self.capacity, "level": self.level, "holder": self.holder,
            "bought_on": self.bought_on,
        }
        form = QFormLayout()
        form.addRow(self.tr("编号"), self.number)
        form.addRow(self.tr("介质类型"), self.kind)
        form.addRow(self.tr("品牌型号"), self.brand)
        ids = QHBoxLayout()
        ids.addWidget(self.vendor_id)
        ids.addWidget(QLabel(":"))
        ids.addWidget(self.product_id)
        form.addRow(self.tr("厂商ID : 产品ID"), ids)
        form.addRow(self.tr("序列号"), self.serial)
        form.addRow(self.tr("容量"), self.capacity)
        form.addRow(self.tr("密级"), self.level)
        form.addRow(self.tr("责任人"), self.holder)
        form.addRow(self.tr("购置日期"), self.bought_on)
        self.from_device = QLabel()
        self.from_device.setWordWrap(True)
        self.from_device.setStyleSheet("color: #1f5fa8;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("登记"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.from_device)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._fill(self._prefill)

    def _fill(self, p: NewMedium) -> None:
        self.number.setText(p.number)
        kind = p.kind if isinstance(p.kind, MediumKind) else None
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.brand.setText(p.brand_model)
        self.vendor_id.setText(p.vendor_id or "")
        self.product_id.setText(p.product_id or "")
        self.serial.setText(p.serial or "")
        self.capacity.setText(p.capacity or "")
        if isinstance(p.level, Level):
            self.level.setCurrentIndex(self.level.findData(p.level))
        self.holder.setText(p.holder)
        self.bought_on.setText(p.bought_on or "")
        if p.descriptor_hash:
            self.from_device.setText(self.tr(
                "已从插入的设备读取厂商ID、产品ID、序列号和描述符摘要；登记后立即按台帐放行。"))
            for w in (self.vendor_id, self.product_id, self.serial):
                w.setReadOnly(bool(w.text()))
        self.from_device.setVisible(bool(p.descriptor_hash))

    def value(self) -> NewMedium:
        level = self.level.currentData()
        return replace(
            self._prefill,
            number=self.number.text(), kind=self.kind.currentData(),
            brand_model=self.brand.text(), level=level if level is not None else "",
            holder=self.holder.text(), vendor_id=self.vendor_id.text() or None,
            product_id=self.product_id.text() or None, serial=self.serial.text() or None,
            capacity=self.capacity.text() or None, bought_on=self.bought_on.text() or None,
        )

    def try_submit(self) -> None:
        try:
            result = self._submit(self.value())
        except MibuError as exc:
            self.error.setText(message_of(exc))
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        self.error.clear()
        self.registered.emit(result)
        self.accept()


class MediaLedgerView(QWidget):
    """The ledger table under a filter row, with a button to register a medium."""

    registered = Signal(object)  # whatever the submit callable returned
    selected = Signal(str)  # the number of the medium selected ("" when none)

    def __init__(self, load_media: Callable[[MediaFilter], Ledger],
                 submit: Callable[[NewMedium], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load_media
        self._submit = submit
        self.ledger: Ledger | None = None
        self._quiet = False
        self.model = MediaTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.title = QLabel(self.tr("移动存储介质台帐"))
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.count = QLabel()
        self.register_button = QPushButton(self.tr("登记介质…"))
        self.register_button.clicked.connect(lambda: self.open_form())
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button = QPushButton(self.tr("导入台帐(&I)…"))  # the area opens it
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.count)
        top.addStretch(1)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("全部状态"), None)
        for st in MediumStatus:
            self.status_filter.addItem(label_of(st), st)
        self.level_filter = QComboBox()
        self.level_filter.addItem(self.tr("全部密级"), None)
        for lv in Level:
            self.level_filter.addItem(label_of(lv), lv)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("编号、责任人、序列号或品牌"))
        self.text_filter.setClearButtonEnabled(True)
        self.due_filter = QCheckBox(self.tr("仅到期未清查"))
        for combo in (self.status_filter, self.level_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.text_filter.textChanged.connect(self.refresh)
        self.due_filter.toggled.connect(self.refresh)
        filters = QHBoxLayout()
        find = QLabel(self.tr("查找"))
        find.setBuddy(self.text_filter)
        filters.addWidget(find)
        filters.addWidget(self.text_filter, 1)
        # The choices on a row of their own and the buttons under the table: beside the
        # detail pane on a 1024 px screen the search field keeps its width (in English too).
        choices = QHBoxLayout()
        choices.addWidget(self.status_filter)
        choices.addWidget(self.level_filter)
        choices.addWidget(self.due_filter)
        choices.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(choices)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.form: MediumForm | None = None
        self.refresh()

    def filter(self) -> MediaFilter:
        status, level = self.status_filter.currentData(), self.level_filter.currentData()
        return MediaFilter(status=MediumStatus(status) if status is not None else None,
                           level=Level(level) if level is not None else None,
                           text=self.text_filter.text(),
                           inventory_due=self.due_filter.isChecked())

    def refresh(self) -> None:
        """Reload with the filter; the selected medium stays selected if still listed."""
        keep = self.current_number()
        f = self.filter()
        ledger = self._load(f)
        self.ledger = ledger
        self.model.set_rows(ledger.rows, ledger.due)
        if f.is_empty:
            self.count.setText(self.tr("共 %n 件", "", ledger.total))
        else:
            self.count.setText(self.tr("筛选出 %n 件（共 {total} 件）", "", len(ledger.rows))
                               .format(total=ledger.total))
        if keep is None or not self.select_number(keep):
            self.selected.emit("")

    def current_number(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.row(index.row()).number

    def select_number(self, number: str) -> bool:
        """Select the row of this medium (if the filter lets it through)."""
        row = self.model.find(number)
        if row < 0:
            return False
        self._quiet = True  # one signal below, not one per step
        try:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._quiet = False
        self.selected.emit(number)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        self.selected.emit(self.model.row(current.row()).number if current.isValid() else "")

    def open_form(self, prefill: NewMedium | None = None) -> MediumForm:
        """Open the registration form (prefilled from a refused device for a check-in)."""
        self.form = MediumForm(self._submit, prefill, self)
        self.form.registered.connect(self._done)
        self.form.open()
        return self.form

    def _done(self, result: object) -> None:
        self.refresh()
        self.registered.emit(result)
