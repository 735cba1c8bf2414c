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


def _patterns(cls: str) -> list[str]:
    lines = [r for r in _rules() if "ID_USB_INTERFACES" in r and f":{cls}????:" in r]
    assert len(lines) == 1
    assert 'ATTR{authorized}="1"' in lines[0]
    value = re.search(r'ENV\{ID_USB_INTERFACES\}=="([^"]+)"', lines[0])
    assert value is not None
    return value.group(1).split("|")


def _authorized_by_hid_rule(interfaces: str) -> bool:
    return any(fnmatchcase(interfaces, p) for p in _patterns("03"))


def _authorized_by_hub_rule(interfaces: str) -> bool:
    return any(fnmatchcase(interfaces, p) for p in _patterns("09"))


@pytest.mark.parametrize("interfaces", [":090000:", ":090001:090002:"])
def test_hubs_are_authorized(interfaces: str) -> None:
    assert _authorized_by_hub_rule(interfaces)


@pytest.mark.parametrize("interfaces", [
    ":090000:080650:", ":080650:", ":080650:090000:", ":090000:030101:", ":030101:", "", ":",
])
def test_a_hub_with_anything_but_hub_interfaces_stays_blocked(interfaces: str) -> None:
    assert not _authorized_by_hub_rule(interfaces)


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
    assert not _authorized_by_hub_rule(interfaces)


def test_root_hubs_default_deny_and_are_never_opened_to_the_group() -> None:
    rules = _rules()
    (root,) = [r for r in rules if 'KERNEL=="usb[0-9]*"' in r]
    assert 'ATTR{authorized_default}="0"' in root and "GOTO" in root  # skips the rest
    assert rules.index(root) < min(i for i, r in enumerate(rules) if "RUN+=" in r)
    # no rule authorizes by device class alone (a "hub" with a storage interface)
    assert not [r for r in rules if 'ATTR{bDeviceClass}=="09"' in r]


def test_only_add_events_of_usb_devices() -> None:
    rules = _rules()
    assert rules[0].startswith('ACTION!="add", GOTO="mibu_usb_guard_end"')
    assert 'ENV{DEVTYPE}!="usb_device", GOTO="mibu_usb_guard_end"' in rules[2]
    assert rules[-1] == 'LABEL="mibu_usb_guard_end"'
    (run,) = [r for r in rules if "RUN+=" in r]
    assert rules[rules.index(run) - 1] == 'LABEL="mibu_usb_guard_group"'
    assert "chgrp mibu-usb /sys%p/authorized" in run and "chmod 0664 /sys%p/authorized" in run
