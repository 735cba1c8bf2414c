"""介质与设备: the media ledger, and the check-in of a device the USB guard refused."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.devices.guard import Guard, GuardEvent
from app.services import device_guard, media
from app.services.media import MediumView, NewMedium
from app.ui.controller import Controller
from app.ui.media_view import MediaLedgerView, MediumForm


class MediaArea(QWidget):
    def __init__(self, controller: Controller, guard: Guard | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._c = controller
        self._guard = guard
        self.ledger = MediaLedgerView(self._load, self._register)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ledger)

    def _load(self) -> list[MediumView]:
        return media.list_media(self._c.register)

    def _register(self, form: NewMedium) -> MediumView:
        medium = media.register_medium(self._c.register, self._c.actor, form)
        if self._guard is not None:
            self._guard.recheck_refused()  # a waiting device may now be allowed
        return medium

    def check_in(self, event: GuardEvent) -> MediumForm:
        """The form prefilled from the refused device; submitting allows it at once."""
        guard = self._guard
        if guard is None:  # pragma: no cover - the shell only offers check-in with a guard
            return self.ledger.open_form(device_guard.prefill(event))

        def submit(form: NewMedium) -> MediumView:
            done = device_guard.check_in(self._c.register, self._c.actor, guard,
                                         event.sys_name, form)
            return done.medium

        dialog = MediumForm(submit, device_guard.prefill(event), self)
        dialog.registered.connect(lambda _m: self.ledger.refresh())
        dialog.open()
        return dialog
