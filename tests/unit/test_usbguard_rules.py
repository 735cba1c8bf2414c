"""The USBGuard rule compiler (pure) and ``mibu guard --usbguard-rules`` / ``--status``."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from app.cli import main
from app.devices.identity import device_hash
from app.devices.policy import LedgerEntry
from app.devices.usbguard import (
    HID_RULE,
    HUB_RULE,
    InputDevice,
    compile_rules,
    install_rules,
    parse_devices,
    quote,
    rule_lines,
)
from app.models.enums import Level
from app.services import media, usbguard_rules
from app.services.register import Actor, Register
from tests.devices.usbdata import DEVICES, STICK_SERIAL
from tests.factories import PASSPHRASE

UG_HASH = "0AijCmvaZKMrPQrydOAF6hhOqt3V9BUYNll2tmiGpj0="

pytestmark = pytest.mark.usefixtures("holders")  # 责任人 are registered people


def _entry(number: str, *, level: Level = Level.CONFIDENTIAL, in_use: bool = True,
           serial: str | None = STICK_SERIAL, equipment: bool = False,
           dhash: str | None = None, vid: int | None = 0x0781) -> LedgerEntry:
    return LedgerEntry(number=number, vendor_id=vid, product_id=0x5581, serial=serial,
                       level=level, in_use=in_use, status_label="在用" if in_use else "停用",
                       is_equipment=equipment, descriptor_hash=dhash)


def test_only_in_use_media_of_the_workstation_level_get_a_rule() -> None:
    text = compile_rules([
        _entry("JM-U-001", dhash=UG_HASH),
        _entry("JM-U-002", in_use=False),
        _entry("JM-U-003", level=Level.SECRET),
        _entry("JM-U-004", level=Level.TOP_SECRET),
        _entry("JM-U-005", serial=None),
        _entry("SB-001", equipment=True, serial=None, level=Level.SECRET),
        _entry("JM-U-006", vid=None),
    ], Level.CONFIDENTIAL)
    rules = rule_lines(text)
    assert rules == [
        HUB_RULE,
        HID_RULE,
        f'allow id 0781:5581 serial "{STICK_SERIAL}" hash "{UG_HASH}" '
        'with-interface match-all { 08:*:* } label "mibu:JM-U-001"',
        'allow id 0781:5581 serial "" with-interface none-of { 08:*:* e0:*:* } '
        'label "mibu:SB-001"',
    ]
    assert "equals" not in text and "match-all" in HUB_RULE and "match-all" in HID_RULE
    assert "# JM-U-001" in text


def test_rules_file_holds_no_titles_or_names() -> None:
    text = compile_rules([_entry("JM-U-001")], Level.CONFIDENTIAL)
    assert "name " not in text and "SanDisk" not in text
    assert not re.search(r"[\u4e00-\u9fff]", "".join(rule_lines(text)))  # no Chinese in rules


def test_legacy_hash_is_not_put_in_a_rule() -> None:
    text = compile_rules([_entry("JM-U-001", dhash="ab" * 32)], Level.CONFIDENTIAL)
    assert "hash" not in rule_lines(text)[2]
    assert "predates USBGuard" in text


def test_quoting() -> None:
    assert quote('a"b\\c') == '"a\\"b\\\\c"'
    assert quote("x\x01") == '"x\\x01"'


def test_input_lock_replaces_the_hid_rule() -> None:
    kbd = InputDevice(0x046D, 0xC31C, "", UG_HASH, "1-2")
    rules = rule_lines(compile_rules([], Level.CONFIDENTIAL, input_lock=True,
                                     input_devices=[kbd]))
    assert HID_RULE not in rules
    assert rules[1] == (f'allow id 046d:c31c serial "" hash "{UG_HASH}" via-port "1-2" '
                        'with-interface match-all { 03:*:* } label "mibu:input"')


def test_device_hash_is_usbguards() -> None:
    # the value usbguard-daemon 1.1.2 lists for tests/devices/data/hub.umockdev
    hub = DEVICES["hub"]
    assert device_hash(b"USB2.0 Hub\n", b"05e3\n", b"0610\n", None, hub.descriptors()) == \
        "wzBRmwSn10Gc8MAR+3s226G72PgJ0zsWe544EyIqx9s="
    assert device_hash(b"x", b"", b"0610", None, b"") is None


def test_parse_devices() -> None:
    out = ('4: allow id 05e3:0610 serial "" name "USB2.0 Hub" hash "h1=" parent-hash "p=" '
           'via-port "1-1" with-interface 09:00:00 with-connect-type ""\n'
           '6: block id 0781:5581 serial "4C53" name "Ultra" hash "h2=" parent-hash "p=" '
           'via-port "1-3" with-interface 08:06:50 with-connect-type ""\n')
    devs = parse_devices(out)
    assert [(d.id, d.allowed, d.port, d.hash) for d in devs] == [
        (4, True, "1-1", "h1="), (6, False, "1-3", "h2=")]


class FakeDaemon:
    """A stand-in for the IPC client (the real daemon runs in tests/devices)."""

    def __init__(self, rules: list[str]) -> None:
        self.rules = list(enumerate(rules, start=1))
        self.next = len(rules) + 1
        self.calls: list[str] = []

    def list_rules(self) -> list[tuple[int, str]]:
        return list(self.rules)

    def remove_rule(self, rule_id: int) -> None:
        self.calls.append(f"remove {rule_id}")
        self.rules = [(i, r) for i, r in self.rules if i != rule_id]

    def append_rule(self, rule: str) -> None:
        self.calls.append("append")
        self.rules.append((self.next, rule))
        self.next += 1


def test_install_keeps_the_common_prefix_and_removes_before_appending() -> None:
    old = compile_rules([_entry("A"), _entry("B", serial="S2"), _entry("C", serial="S3")],
                        Level.CONFIDENTIAL)
    new = compile_rules([_entry("A"), _entry("C", serial="S3")], Level.CONFIDENTIAL)
    fake = FakeDaemon(rule_lines(old))
    result = install_rules(fake, new)  # type: ignore[arg-type]
    assert [r for _i, r in fake.rules] == rule_lines(new)
    assert fake.calls == ["remove 4", "remove 5", "append"]  # hubs, HID and A stay
    assert (result.removed, result.appended) == (2, 1)
    assert not install_rules(fake, new).changed  # type: ignore[arg-type]


def _guard_cli(monkeypatch: pytest.MonkeyPatch, register_path: Path, *argv: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    return main(["guard", "--register", str(register_path), "--passphrase-stdin", *argv])


def test_cli_prints_the_compiled_rules(register: Register, clerk: Actor, register_path: Path,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    media.register_medium(register, clerk, media.NewMedium(
        number="JM-U-001", kind="U盘", brand_model="SanDisk Ultra", level="机密",
        holder="王五", vendor_id="0781", product_id="5581", serial=STICK_SERIAL,
        descriptor_hash=UG_HASH))
    expected = usbguard_rules.compiled_rules(register)
    register.close()
    assert _guard_cli(monkeypatch, register_path, "--usbguard-rules") == 0
    out = capsys.readouterr().out
    assert out == expected
    assert f'hash "{UG_HASH}"' in out and "王五" not in out and "SanDisk" not in out


def test_cli_status_without_usbguard(monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    assert main(["guard", "--status"]) == 0
    out = capsys.readouterr().out
    assert "仅在 Mibu 运行时有效" in out and "未安装 USBGuard" in out


def test_cli_lock_input_refuses_without_a_keyboard(
        register: Register, register_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from app.services import input_lock

    monkeypatch.setattr(input_lock, "present_input_devices", lambda paths=None: [])
    monkeypatch.setenv("PATH", "/nonexistent")  # no usbguard: the fallback
    register.close()
    assert _guard_cli(monkeypatch, register_path, "--lock-input", "on") == 2
    assert "未发现已接入的键盘或鼠标" in capsys.readouterr().err
