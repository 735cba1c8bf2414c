"""The udev rules: default-deny per bus, hubs and HID-only devices authorized, nothing else.

udev matches values as shell globs with ``|`` between alternatives; ``fnmatchcase`` follows
the same ``*``/``?`` rules, so the patterns can be checked against real interface lists.
"""

from __future__ import annotations

import re
from fnmatch import fnmatchcase
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parents[2] / "installer" / "70-mibu-usb-guard.rules"


def _rules() -> list[str]:
    return [line for line in RULES.read_text().splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def _hid_patterns() -> list[str]:
    (line,) = [r for r in _rules() if "ID_USB_INTERFACES" in r]
    assert 'ATTR{authorized}="1"' in line
    value = re.search(r'ENV\{ID_USB_INTERFACES\}=="([^"]+)"', line)
    assert value is not None
    return value.group(1).split("|")


def _authorized_by_hid_rule(interfaces: str) -> bool:
    return any(fnmatchcase(interfaces, p) for p in _hid_patterns())


@pytest.mark.parametrize("interfaces", [
    ":030101:", ":030102:", ":030101:030102:", ":030101:030000:030102:",
    ":030101:030000:030102:030000:030001:030002:",
])
def test_keyboards_and_mice_are_authorized(interfaces: str) -> None:
    assert _authorized_by_hid_rule(interfaces)


@pytest.mark.parametrize("interfaces", [
    ":080650:", ":080650:030101:", ":030101:080650:", ":e00101:", ":030101:e00101:",
    ":060101:", ":ff0000:", ":020600:0a0000:", ":070102:", ":0e0100:0e0200:", "", ":",
    ":030101:030000:030102:030000:030001:030002:080650:",
])
def test_everything_else_stays_blocked(interfaces: str) -> None:
    assert not _authorized_by_hid_rule(interfaces)


def test_root_hubs_default_deny_and_are_never_opened_to_the_group() -> None:
    rules = _rules()
    (root,) = [r for r in rules if 'KERNEL=="usb[0-9]*"' in r]
    assert 'ATTR{authorized_default}="0"' in root and "GOTO" in root  # skips the rest
    assert rules.index(root) < min(i for i, r in enumerate(rules) if "RUN+=" in r)
    hub = [r for r in rules if 'ATTR{bDeviceClass}=="09"' in r]
    assert hub and 'ATTR{authorized}="1"' in hub[0]


def test_only_add_events_of_usb_devices() -> None:
    rules = _rules()
    assert rules[0].startswith('ACTION!="add", GOTO="mibu_usb_guard_end"')
    assert 'ENV{DEVTYPE}!="usb_device", GOTO="mibu_usb_guard_end"' in rules[2]
    assert rules[-1] == 'LABEL="mibu_usb_guard_end"'
    (run,) = [r for r in rules if "RUN+=" in r]
    assert "chgrp mibu-usb /sys%p/authorized" in run and "chmod 0664 /sys%p/authorized" in run
