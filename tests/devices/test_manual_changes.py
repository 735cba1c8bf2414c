"""Fallback backend: a refused device switched on by someone else (a member of mibu-usb
writing ``authorized`` by hand) is noticed on its udev ``change`` event or by the low-rate
re-check, refused again, and recorded as an incident to report, with an audit line."""

from __future__ import annotations

import select

import pytest

from app.devices.guard import GuardEvent
from app.devices.policy import Reason, Verdict
from app.devices.watcher import UsbWatcher
from app.services import audit, device_guard, media
from app.services.register import Register
from tests.devices.conftest import Bed

pytestmark = pytest.mark.umockdev


def _switch_on_by_hand(bed: Bed, sys_path: str) -> None:
    (bed.root / sys_path.lstrip("/") / "authorized").write_text("1")


def test_change_event_catches_a_manual_authorization(bed: Bed, register: Register) -> None:
    flagged: list[GuardEvent] = []
    guard = device_guard.build_guard(register)
    guard.tampered = _chain(guard.tampered, flagged.append)
    watcher = UsbWatcher()
    watcher.start()
    sys_path = bed.add("stick")
    first = guard.decide(sys_path)
    assert first.reason is Reason.UNREGISTERED and bed.authorized(sys_path) == "0"
    watcher.read_pending()

    _switch_on_by_hand(bed, sys_path)
    bed.tb.uevent(sys_path, "change")
    ready, _, _ = select.select([watcher.fileno()], [], [], 30)
    assert ready, "no uevent arrived"
    events = [e for e in watcher.read_pending() if e.action == "change"]
    assert events
    again = guard.handle(events[0])
    assert again is not None and again.verdict is Verdict.REFUSE
    assert again.error == "authorized by someone else"
    assert bed.authorized(sys_path) == "0"  # refused again
    assert flagged == [again]
    (incident,) = media.open_incidents(register)
    assert incident.kind == "usb_manual"
    assert "被 Mibu 以外的程序或人员放行" in incident.description
    with register.read() as s:
        actions = [a.action for a in audit.history(s, "device", "0781:5581:4C530001230101117031")]
    assert actions[-1] == "device.tampered"
    watcher.close()


def test_timer_recheck_catches_it_without_an_event(bed: Bed, register: Register) -> None:
    guard = device_guard.build_guard(register)
    sys_path = bed.add("phone")
    keyboard = bed.add("keyboard")
    guard.decide(sys_path)
    guard.decide(keyboard)
    assert guard.verify_all() == []  # nothing changed: nothing to report
    _switch_on_by_hand(bed, sys_path)
    (flagged,) = guard.verify_all()
    assert flagged.reason is Reason.CLASS_FORBIDDEN and bed.authorized(sys_path) == "0"
    assert bed.authorized(keyboard) == "1"  # allowed devices are left alone
    assert [i.kind for i in media.open_incidents(register)] == ["usb_manual"]


def _chain(first: device_guard.Notify | None, then: device_guard.Notify
           ) -> device_guard.Notify:
    def both(event: GuardEvent) -> None:
        if first is not None:
            first(event)
        then(event)

    return both
