"""Which USB device holds a folder: from a path to the stick it is mounted from (no Qt, no DB).

A file's ``st_dev`` is the block device its filesystem sits on (major:minor). The kernel
publishes every block device as ``/sys/dev/block/MAJ:MIN``, a symlink into ``/sys/devices``;
for a USB stick that leads through the USB device, e.g.::

    /sys/dev/block/8:17 -> ../../devices/pci0000:00/0000:00:14.0/usb1/1-3/1-3:1.0/
                           host6/target6:0:0/6:0:0:0/block/sdb/sdb1

Walking up from there, the first directory with ``idVendor`` and ``idProduct`` is the USB
device (``1-3``); it is read exactly as the guard reads a plugged device
(:func:`app.devices.sysfs.read_device`: ids, serial, descriptors). An internal disk (SATA,
NVMe), a filesystem with no block device (tmpfs, a network share) or a device-mapper volume
gives None: only a plain USB block device counts.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from app.devices.sysfs import PluggedDevice, read_device

SYS_ROOT = Path("/sys")

#: ``os.stat``-like: what the path's filesystem says about itself (``st_dev`` is used).
StatFn = Callable[[Path], os.stat_result]


def usb_device_dir(dev: int, *, sys_root: Path = SYS_ROOT) -> Path | None:
    """The sysfs directory of the USB device behind block device ``dev``, or None."""
    link = sys_root / "dev" / "block" / f"{os.major(dev)}:{os.minor(dev)}"
    devices = (sys_root / "devices").resolve()
    try:
        node = link.resolve(strict=True)
    except (OSError, RuntimeError):  # no such block device, or a symlink loop
        return None
    if not node.is_relative_to(devices):
        return None
    while node != devices and node.is_relative_to(devices):
        if (node / "idVendor").is_file() and (node / "idProduct").is_file():
            return node
        node = node.parent
    return None


def medium_of_device(dev: int, *, sys_root: Path = SYS_ROOT) -> PluggedDevice | None:
    """The USB device holding block device ``dev`` as the guard sees it, or None."""
    found = usb_device_dir(dev, sys_root=sys_root)
    return read_device(str(found)) if found is not None else None


def medium_of_path(path: Path, *, sys_root: Path = SYS_ROOT,
                   stat: StatFn = os.stat) -> PluggedDevice | None:
    """The USB device the filesystem holding ``path`` is mounted from, or None."""
    try:
        dev = stat(Path(path)).st_dev
    except OSError:
        return None
    return medium_of_device(dev, sys_root=sys_root)
