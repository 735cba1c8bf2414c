"""The device zoo shared by the udev and USBGuard tests: every device file of tests/devices/data
plus the real recording in shared/testdata (when it is beside the checkout), each with the
verdict Mibu's own policy gives it on a workstation with a given ledger."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
_HERE = Path(__file__).resolve()


def shared_recording() -> Path | None:
    """``shared/testdata/usbguard-devices.umockdev`` beside the checkout (main or worktree)."""
    env = os.environ.get("MIBU_SHARED_TESTDATA")
    candidates = [Path(env)] if env else []
    candidates += [p / "shared" / "testdata" for p in _HERE.parents]
    for c in candidates:
        f = c / "usbguard-devices.umockdev"
        if f.is_file():
            return f
    return None


@dataclass(frozen=True)
class ZooDevice:
    file: Path
    sys_path: str  # /sys/devices/...
    port: str  # 1-3, usb1


def _records(text: str) -> list[str]:
    return [line[3:].strip() for line in text.splitlines() if line.startswith("P: ")]


def _is_usb_device(block: str) -> bool:
    return "E: DEVTYPE=usb_device" in block


def zoo_files() -> list[Path]:
    files = sorted(DATA.glob("*.umockdev"))
    shared = shared_recording()
    return files + ([shared] if shared else [])


def devices_of(file: Path) -> list[ZooDevice]:
    """Every ``usb_device`` of a umockdev file (root hubs included)."""
    text = file.read_text("utf-8")
    out = []
    for block in re.split(r"\n\s*\n", text):
        lines = block.strip().splitlines()
        if not lines or not lines[0].startswith("P: ") or not _is_usb_device(block):
            continue
        dev = lines[0][3:].strip()
        out.append(ZooDevice(file, f"/sys{dev}", dev.rsplit("/", 1)[-1]))
    return out
