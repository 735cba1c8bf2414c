"""The kernel's view of USB devices: what is plugged in, and the ``authorized`` switch.

Writing ``0`` to a device's ``authorized`` attribute unconfigures it (no driver binds to its
interfaces); ``1`` lets it configure. The installer gives the guard's group write access to
that attribute, so nothing here needs root. Under umockdev the same paths lead into the
testbed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from app.devices.identity import Identity, decode_string, device_hash, facts_of
from app.devices.policy import DeviceFacts

SYS_USB_DEVICES = "/sys/bus/usb/devices"
ROOT_HUB_RE = re.compile(r"^usb\d+$")
DEVICE_NAME_RE = re.compile(r"^(usb\d+|\d+-\d+(\.\d+)*)$")
MAX_ATTR_BYTES = 64 * 1024


class SysfsError(OSError):
    """A sysfs attribute could not be read or written."""


@dataclass(frozen=True)
class PluggedDevice:
    """One USB device as read from sysfs at one moment."""

    sys_name: str
    sys_path: str
    facts: DeviceFacts
    identity: Identity
    manufacturer: str | None
    product: str | None
    authorized: int | None

    @property
    def is_root_hub(self) -> bool:
        return bool(ROOT_HUB_RE.match(self.sys_name))


def _read(path: str, limit: int = MAX_ATTR_BYTES) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read(limit + 1)[:limit]
    except OSError:
        return None


def read_attr(sys_path: str, name: str) -> str | None:
    return decode_string(_read(os.path.join(sys_path, name)))


def read_authorized(sys_path: str) -> int | None:
    value = (read_attr(sys_path, "authorized") or "").strip()
    return int(value) if value in ("0", "1") else None


def read_device(sys_path: str) -> PluggedDevice:
    """Read one ``usb_device`` from its sysfs directory."""
    sys_name = os.path.basename(sys_path.rstrip("/"))
    raw = _read(os.path.join(sys_path, "descriptors"))
    product_raw = _read(os.path.join(sys_path, "product"), 4096)
    ug_hash = None
    if raw is not None:
        ug_hash = device_hash(
            product_raw, _read(os.path.join(sys_path, "idVendor"), 4096),
            _read(os.path.join(sys_path, "idProduct"), 4096),
            _read(os.path.join(sys_path, "serial"), 4096), raw)
    facts, identity = facts_of(
        sys_name,
        raw,
        read_attr(sys_path, "serial"),
        vendor_attr=read_attr(sys_path, "idVendor"),
        product_attr=read_attr(sys_path, "idProduct"),
        class_attr=read_attr(sys_path, "bDeviceClass"),
        usbguard_hash=ug_hash,
    )
    return PluggedDevice(
        sys_name=sys_name,
        sys_path=sys_path,
        facts=facts,
        identity=identity,
        manufacturer=read_attr(sys_path, "manufacturer"),
        product=read_attr(sys_path, "product"),
        authorized=read_authorized(sys_path),
    )


def write_authorized(sys_path: str, value: int) -> None:
    """Authorize (1) or refuse (0) a device; raises SysfsError if the kernel refuses."""
    if value not in (0, 1):
        raise ValueError("authorized is 0 or 1")
    path = os.path.join(sys_path, "authorized")
    try:
        fd = os.open(path, os.O_WRONLY)
        try:
            os.write(fd, b"1" if value else b"0")
        finally:
            os.close(fd)
    except OSError as exc:
        raise SysfsError(exc.errno, f"cannot write {path}: {exc.strerror}") from exc


def present_devices() -> list[str]:
    """The sysfs paths of every USB device (not interface) present now, parents first."""
    import pyudev

    context = pyudev.Context()
    paths = [d.sys_path for d in context.list_devices(subsystem="usb", DEVTYPE="usb_device")]
    return sorted(paths, key=lambda p: (p.count("/"), p))


def sysfs_root() -> Path:
    return Path(SYS_USB_DEVICES)
