"""Debian's usbguard-daemon, in umockdev, enforcing the rules Mibu compiled from its ledger.

For every device of the zoo (tests/devices/data, and the real recording in shared/testdata
when it is beside the checkout) USBGuard's decision equals Mibu's own policy verdict:
- with the app not running: the daemon starts with the rule file Mibu installed earlier
  and decides alone, for devices present at its start and for devices plugged in later;
- with the app running: Mibu installs the rules over IPC and its guard (USBGuard backend)
  decides about the same devices without ever contradicting the daemon.
A ledger change (a medium stopped) blocks that medium at its next plug-in and a check-in
allows a refused device at once, with nothing restarted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.devices import sysfs
from app.devices.policy import Decision, Reason, decide
from app.devices.usbguard import HID_RULE as HID_RULE_TEXT
from app.devices.usbguard import UsbGuardEnforcer, rule_lines
from app.services import audit, device_guard, media, usbguard_rules
from app.services.register import Actor, Register
from tests.devices.conftest import Bed
from tests.devices.usbdata import DEVICES, STICK_SERIAL
from tests.devices.usbguard_daemon import UsbGuardDaemon, build_shim, skip_unless_available
from tests.devices.usbzoo import DATA, devices_of, shared_recording
from tests.factories import media_holders

pytestmark = pytest.mark.umockdev
ZOO = list(DEVICES)


@pytest.fixture
def shim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    skip_unless_available()
    return build_shim(tmp_path_factory.mktemp("shim"))


@pytest.fixture
def daemons(tmp_path: Path) -> Iterator[list[UsbGuardDaemon]]:
    started: list[UsbGuardDaemon] = []
    yield started
    for d in started:
        d.stop()


def _ledger(register: Register, clerk: Actor) -> None:
    """A ledger that covers every row: an allowed stick, a stopped one, equipment."""
    media_holders(register, clerk)  # the 责任人 are registered people
    media.register_medium(register, clerk, media.NewMedium(
        number="JM-U-001", kind="U盘", brand_model="SanDisk Ultra", level="机密",
        holder="王五", vendor_id="0781", product_id="5581", serial=STICK_SERIAL))
    media.register_medium(register, clerk, media.NewMedium(
        number="SB-P-001", kind="设备", brand_model="EPSON", level="机密", holder="王五",
        vendor_id="04b8", product_id="0005", serial="X3JV012345"))
    media.register_medium(register, clerk, media.NewMedium(
        number="JM-U-002", kind="U盘", brand_model="Generic", level="秘密",
        holder="王五", vendor_id="1234", product_id="5678", serial="BADUSB0001"))


def _verdict(register: Register, sys_path: str) -> Decision:
    facts = sysfs.read_device(sys_path).facts
    return decide(facts, media.all_guard_entries(register), register.workstation.level)


def _load_zoo(bed: Bed, source: str) -> list[str]:
    """Add the devices of ``source`` ('zoo' or 'shared'); return their ports (no root hubs)."""
    if source == "zoo":
        bed.load(DATA / "roothub.umockdev")
        for name in ZOO:
            bed.add(name)
        return [DEVICES[n].port for n in ZOO]
    recording = shared_recording()
    if recording is None:
        pytest.skip("shared/testdata not beside the checkout")
    bed.load(recording)
    return [d.port for d in devices_of(recording) if not sysfs.ROOT_HUB_RE.match(d.port)]


def _sys_path(bed: Bed, port: str) -> str:
    found = [p for p in (bed.root / "sys" / "bus" / "usb" / "devices").iterdir()
             if p.name == port]
    assert found, port
    return "/sys" + str(found[0].resolve()).removeprefix(str(bed.root.resolve()) + "/sys")


def _assert_same(bed: Bed, register: Register, daemon: UsbGuardDaemon, ports: list[str]
                 ) -> dict[str, Decision]:
    decisions = {}
    for port in ports:
        held = daemon.decided(port)
        sys_path = _sys_path(bed, port)
        verdict = _verdict(register, sys_path)
        decisions[port] = verdict
        usbguard_allows = held is not None and held.allowed
        assert usbguard_allows == verdict.allowed, (port, verdict.reason, held)
        assert bed.authorized(sys_path) == ("1" if verdict.allowed else "0"), port
        if held is not None:  # the hash Mibu computes is the one USBGuard shows
            assert sysfs.read_device(sys_path).facts.descriptor_hash == held.hash, port
    return decisions


@pytest.mark.parametrize("source", ["zoo", "shared"])
def test_app_not_running_present_devices(source: str, bed: Bed, register: Register,
                                         clerk: Actor, tmp_path: Path, shim: Path,
                                         daemons: list[UsbGuardDaemon]) -> None:
    _ledger(register, clerk)
    rules = usbguard_rules.compiled_rules(register)
    ports = _load_zoo(bed, source)
    register.close()  # the app is not running: only the rule file it installed earlier
    daemons.append(UsbGuardDaemon(tmp_path / "ug", bed.root, shim, rules))
    opened = _reopen(register)
    decisions = _assert_same(bed, opened, daemons[0], ports)
    if source == "zoo":
        reasons = {p: d.reason for p, d in decisions.items()}
        assert reasons[DEVICES["stick"].port] is Reason.REGISTERED
        assert reasons[DEVICES["printer"].port] is Reason.EQUIPMENT
        assert reasons[DEVICES["hub"].port] is Reason.NOT_STORAGE
        assert reasons[DEVICES["keyboard"].port] is Reason.NOT_STORAGE  # two interfaces
        for fake in ("fakehub", "fakehub-storage", "keyboard-storage", "composite"):
            assert not decisions[DEVICES[fake].port].allowed, fake
    opened.close()


def _reopen(register: Register) -> Register:
    from app.services.register import unlock
    from tests.factories import PASSPHRASE

    reg, _actor = unlock(register.path, "clerk", PASSPHRASE)
    return reg


def test_app_not_running_hotplug(bed: Bed, register: Register, clerk: Actor,
                                 tmp_path: Path, shim: Path,
                                 daemons: list[UsbGuardDaemon]) -> None:
    _ledger(register, clerk)
    rules = usbguard_rules.compiled_rules(register)
    bed.load(DATA / "roothub.umockdev")
    daemon = UsbGuardDaemon(tmp_path / "ug", bed.root, shim, rules)
    daemons.append(daemon)
    for name in ZOO:  # one at a time: umockdev's uevent socket queue is short
        bed.plug(name)
        daemon.decided(DEVICES[name].port)
    _assert_same(bed, register, daemon, [DEVICES[n].port for n in ZOO])


def test_app_running_guard_agrees_and_installs_rules(
        bed: Bed, register: Register, clerk: Actor, tmp_path: Path, shim: Path,
        daemons: list[UsbGuardDaemon]) -> None:
    bed.load(DATA / "roothub.umockdev")
    daemon = UsbGuardDaemon(tmp_path / "ug", bed.root, shim, "")  # nothing installed yet
    daemons.append(daemon)
    assert usbguard_rules.backend(daemon.cli) is usbguard_rules.Backend.USBGUARD
    unfollow = usbguard_rules.follow_ledger(daemon.cli)
    try:
        _ledger(register, clerk)  # every registration re-installs the rule set
        compiled = usbguard_rules.compiled_rules(register)
        assert [r for _i, r in daemon.cli.list_rules()] == rule_lines(compiled)
        saved = daemon.rules_file.read_text("utf-8")  # the daemon persisted it
        assert rule_lines(saved) == rule_lines(compiled)
        with register.read() as s:
            changes = [a for a in audit.history(s, "usbguard", "rules")
                       if a.action == "usbguard.rules"]
        # the stick and the printer changed the rule set; the 秘密 medium did not (this
        # workstation is 机密), so nothing was written or audited for it
        assert len(changes) == 2 and changes[-1].after is not None
        assert changes[-1].after["rules"] == len(rule_lines(compiled))

        guard = device_guard.build_guard(register, enforcer=UsbGuardEnforcer(daemon.cli))
        for name in ZOO:
            sys_path = bed.plug(name)
            held = daemon.decided(DEVICES[name].port)
            event = guard.decide(sys_path)
            assert (held is not None and held.allowed) == event.decision.allowed, name
            assert event.error is None, (name, event.error)
            assert bed.authorized(sys_path) == ("1" if event.decision.allowed else "0"), name
    finally:
        unfollow()


def test_stop_blocks_at_next_plug_in_and_check_in_allows_at_once(
        bed: Bed, register: Register, clerk: Actor, tmp_path: Path, shim: Path,
        daemons: list[UsbGuardDaemon]) -> None:
    bed.load(DATA / "roothub.umockdev")
    daemon = UsbGuardDaemon(tmp_path / "ug", bed.root, shim, "")
    daemons.append(daemon)
    unfollow = usbguard_rules.follow_ledger(daemon.cli)
    try:
        usbguard_rules.apply(register, daemon.cli)
        guard = device_guard.build_guard(register, enforcer=UsbGuardEnforcer(daemon.cli))
        port = DEVICES["stick"].port

        # check-in at the terminal: refused, registered from its own identity, allowed
        sys_path = bed.plug("stick")
        assert daemon.decided(port) is not None
        refused = guard.decide(sys_path)
        assert refused.reason is Reason.UNREGISTERED and bed.authorized(sys_path) == "0"
        assert refused.descriptor_hash == daemon.devices()[port].hash
        media_holders(register, clerk)
        form = dataclasses.replace(device_guard.prefill(refused), number="JM-U-009",
                                   level="机密", holder="李四")
        done = device_guard.check_in(register, clerk, guard, refused.sys_name, form)
        assert done.event is not None and done.event.reason is Reason.REGISTERED
        assert bed.authorized(sys_path) == "1"  # at once, through the daemon
        assert daemon.devices()[port].allowed
        assert f'hash "{refused.descriptor_hash}"' in usbguard_rules.compiled_rules(register)

        # replugged while 在用: USBGuard alone allows it (rule with id, serial and hash)
        bed.unplug(sys_path)
        daemon.forget(port)
        seen = daemon.updates(port)
        sys_path = bed.plug("stick")
        held = daemon.decided(port, after=seen)
        assert held is not None and held.allowed and bed.authorized(sys_path) == "1"

        # the clerk takes it back (停用): blocked at its next plug-in, nothing restarted
        media.return_medium(register, clerk, "JM-U-009")
        assert "JM-U-009" not in usbguard_rules.compiled_rules(register)
        assert not any("JM-U-009" in r for _i, r in daemon.cli.list_rules())
        bed.unplug(sys_path)
        daemon.forget(port)
        seen = daemon.updates(port)
        sys_path = bed.plug("stick")
        held = daemon.decided(port, after=seen)
        assert held is not None and not held.allowed
        assert bed.authorized(sys_path) == "0"
        assert guard.decide(sys_path).reason is Reason.INACTIVE  # Mibu's reason for the notice
        assert bed.authorized(sys_path) == "0"
    finally:
        unfollow()


def test_rules_are_reinstalled_when_the_daemon_was_changed_behind_mibus_back(
        bed: Bed, register: Register, clerk: Actor, tmp_path: Path, shim: Path,
        daemons: list[UsbGuardDaemon]) -> None:
    bed.load(DATA / "roothub.umockdev")
    daemon = UsbGuardDaemon(tmp_path / "ug", bed.root, shim,
                            "allow\n")  # someone allowed everything
    daemons.append(daemon)
    _ledger(register, clerk)
    applied = usbguard_rules.apply(register, daemon.cli)
    assert applied.result.removed == 1
    assert [r for _i, r in daemon.cli.list_rules()] == rule_lines(applied.text)
    # the unregistered stick without serial is blocked again
    seen = daemon.updates(DEVICES["stick-noserial"].port)
    sys_path = bed.plug("stick-noserial")
    held = daemon.decided(DEVICES["stick-noserial"].port, after=seen)
    assert held is not None and not held.allowed and bed.authorized(sys_path) == "0"


def test_input_lock_blocks_a_new_keyboard_until_confirmed(
        bed: Bed, register: Register, clerk: Actor, tmp_path: Path, shim: Path,
        daemons: list[UsbGuardDaemon]) -> None:
    from app.services import input_lock

    bed.load(DATA / "roothub.umockdev")
    mine = bed.add("keyboard")
    daemon = UsbGuardDaemon(tmp_path / "ug", bed.root, shim,
                            usbguard_rules.compiled_rules(register))
    daemons.append(daemon)
    assert daemon.decided(DEVICES["keyboard"].port).allowed  # type: ignore[union-attr]
    unfollow = usbguard_rules.follow_ledger(daemon.cli)
    try:
        lock = input_lock.switch_on(register, clerk,
                                    input_lock.present_input_devices([mine]))
        assert [d.port for d in lock.devices] == [DEVICES["keyboard"].port]
        rules = [r for _i, r in daemon.cli.list_rules()]
        assert HID_RULE_TEXT not in rules and any("via-port" in r for r in rules)
        guard = device_guard.build_guard(register, enforcer=UsbGuardEnforcer(daemon.cli))

        other = bed.plug("keyboard", port="1-15", serial="KBD-NEW-01")
        held = daemon.decided("1-15")
        assert held is not None and not held.allowed  # USBGuard: a new keyboard waits
        event = guard.decide(other)
        assert event.reason is Reason.INPUT_LOCKED and bed.authorized(other) == "0"
        assert "须由保密员在本机确认" in event.decision.message

        input_lock.confirm(register, clerk, other)  # at the terminal, with `mine`
        assert guard.decide(other).decision.allowed
        assert bed.authorized(other) == "1" and daemon.devices()["1-15"].allowed

        hub = bed.plug("hub")  # hubs are not input devices: still allowed
        assert daemon.decided(DEVICES["hub"].port).allowed  # type: ignore[union-attr]
        assert bed.authorized(hub) == "1"
        with register.read() as s:
            actions = [a.action for a in audit.history(s, input_lock.ENTITY, input_lock.KEY)]
        assert actions == ["usb.input_lock.on", "usb.input_lock.confirm"]
    finally:
        unfollow()


def test_input_lock_in_the_fallback_guard(bed: Bed, register: Register, clerk: Actor) -> None:
    from app.services import input_lock

    mine = bed.add("keyboard")
    input_lock.switch_on(register, clerk, input_lock.present_input_devices([mine]))
    guard = device_guard.build_guard(register)
    assert guard.decide(mine).decision.allowed
    other = bed.add("keyboard", port="1-15", serial="KBD-NEW-01")
    assert guard.decide(other).reason is Reason.INPUT_LOCKED
    assert bed.authorized(other) == "0"
    input_lock.confirm(register, clerk, other)
    assert guard.decide(other).decision.allowed and bed.authorized(other) == "1"
    input_lock.switch_off(register, clerk)
    third = bed.add("keyboard", port="1-16", serial="KBD-NEW-02")
    assert guard.decide(third).decision.allowed


def test_input_lock_refuses_with_no_keyboard(register: Register, clerk: Actor) -> None:
    from app.errors import RuleViolation
    from app.services import input_lock

    with pytest.raises(RuleViolation) as err:
        input_lock.switch_on(register, clerk, [])
    assert "未发现已接入的键盘或鼠标" in err.value.message
    assert not input_lock.state(register).on
