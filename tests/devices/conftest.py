"""umockdev testbed for the USB guard tests.

These tests need the umockdev preload library, so ``make test`` runs them in a second pytest
run under ``umockdev-wrapper`` (``-m umockdev``); a plain ``pytest`` run deselects them.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.devices.usbdata import DEVICES, UsbDevice

UMOCKDEV_HINT = "umockdev tests run under umockdev-wrapper: make test runs them"


def in_umockdev() -> bool:
    return "libumockdev-preload" in os.environ.get("LD_PRELOAD", "")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if in_umockdev():
        return
    keep, drop = [], []
    for item in items:
        (drop if item.get_closest_marker("umockdev") else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def pytest_report_header(config: pytest.Config) -> str:
    return "umockdev: " + ("preloaded" if in_umockdev() else f"not preloaded ({UMOCKDEV_HINT})")


class Bed:
    """A umockdev testbed with the devices of tests/devices/usbdata.py."""

    def __init__(self) -> None:
        import gi

        gi.require_version("UMockdev", "1.0")
        from gi.repository import UMockdev

        self.tb = UMockdev.Testbed.new()
        self.root = Path(self.tb.get_root_dir())

    def add(self, name: str, *, port: str | None = None, serial: str | None = None,
            from_file: bool = True) -> str:
        device: UsbDevice = DEVICES[name]
        if from_file and port is None and serial is None:
            text = (Path(__file__).parent / "data" / f"{name}.umockdev").read_text("utf-8")
        else:
            text = device.umockdev(port=port, serial=serial)
        assert self.tb.add_from_string(text)
        return f"/sys{text.splitlines()[0][3:]}"

    def load(self, path: Path) -> None:
        assert self.tb.add_from_file(str(path))

    def plug(self, name: str, **kw: object) -> str:
        """Add a device: umockdev sends the "add" uevent itself."""
        return self.add(name, **kw)  # type: ignore[arg-type]

    def unplug(self, sys_path: str) -> None:
        self.tb.uevent(sys_path, "remove")
        self.tb.remove_device(sys_path)

    def authorized(self, sys_path: str) -> str:
        return (self.root / sys_path.lstrip("/") / "authorized").read_text().strip()


@pytest.fixture
def bed() -> Iterator[Bed]:
    if not in_umockdev():  # pragma: no cover - deselected above
        pytest.skip(UMOCKDEV_HINT)
    b = Bed()
    yield b
    del b.tb
    gc.collect()
