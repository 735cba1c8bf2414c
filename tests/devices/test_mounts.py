"""From a folder to the USB stick it is on, through a fake sysfs built in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.devices import mounts
from app.devices.policy import CLASS_MASS_STORAGE
from tests.devices.usbdata import DEVICES, STICK_SERIAL

USB_PORT = "devices/pci0000:00/0000:00:14.0/usb1"
STICK_PART = os.makedev(8, 17)  # /dev/sdb1
STICK_WHOLE = os.makedev(8, 16)  # /dev/sdb, a stick formatted without partitions
SATA_PART = os.makedev(8, 2)  # /dev/sda2, the internal disk
NVME_PART = os.makedev(259, 1)
TMPFS = os.makedev(0, 45)  # no block device behind it


def _attrs(directory: Path, **attrs: str | bytes) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, value in attrs.items():
        raw = value if isinstance(value, bytes) else (value + "\n").encode()
        (directory / name).write_bytes(raw)


def _link(sys_root: Path, dev: int, target: Path) -> None:
    link = sys_root / "dev" / "block" / f"{os.major(dev)}:{os.minor(dev)}"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(os.path.relpath(target, link.parent))


@pytest.fixture
def sys_root(tmp_path: Path) -> Path:
    """A workstation with a SATA disk, an NVMe disk and a SanDisk stick on port 1-3."""
    root = tmp_path / "sys"
    stick = DEVICES["stick"]
    _attrs(root / USB_PORT, idVendor="1d6b", idProduct="0002", serial="0000:00:14.0")
    usb = root / USB_PORT / "1-3"
    _attrs(usb, idVendor=f"{stick.vid:04x}", idProduct=f"{stick.pid:04x}",
           serial=STICK_SERIAL, manufacturer="SanDisk", product="Ultra", authorized="1",
           bDeviceClass="00", descriptors=stick.descriptors())
    _attrs(usb / "1-3:1.0", bInterfaceClass="08")  # interfaces have no idVendor
    sdb = usb / "1-3:1.0" / "host6" / "target6:0:0" / "6:0:0:0" / "block" / "sdb"
    _attrs(sdb / "sdb1", dev="8:17")
    _attrs(sdb, dev="8:16")
    _link(root, STICK_PART, sdb / "sdb1")
    _link(root, STICK_WHOLE, sdb)
    sda = root / "devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda"
    _attrs(sda / "sda2", dev="8:2")
    _attrs(root / "devices/pci0000:00/0000:00:17.0", vendor="0x8086", device="0xa352")
    _link(root, SATA_PART, sda / "sda2")
    nvme = root / "devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0/nvme0n1"
    _attrs(nvme / "nvme0n1p1", dev="259:1")
    _link(root, NVME_PART, nvme / "nvme0n1p1")
    return root


def _stat_on(dev: int) -> mounts.StatFn:
    def stat(_path: Path) -> os.stat_result:
        return os.stat_result((0o40700, 1, dev, 2, 0, 0, 4096, 0, 0, 0))
    return stat


@pytest.mark.parametrize("dev", [STICK_PART, STICK_WHOLE], ids=["partition", "whole"])
def test_a_folder_on_the_stick_is_the_stick(sys_root: Path, dev: int) -> None:
    found = mounts.medium_of_path(Path("/media/clerk/STICK"), sys_root=sys_root,
                                  stat=_stat_on(dev))
    assert found is not None
    assert found.sys_name == "1-3"
    assert (found.identity.vendor_id, found.identity.product_id) == (0x0781, 0x5581)
    assert found.identity.serial == STICK_SERIAL
    assert found.facts.interfaces == ((CLASS_MASS_STORAGE, 6, 0x50),)
    assert found.identity.descriptor_hash  # read from the descriptors, as the guard does


@pytest.mark.parametrize("dev", [SATA_PART, NVME_PART, TMPFS], ids=["sata", "nvme", "tmpfs"])
def test_internal_disks_and_virtual_filesystems_are_not_media(sys_root: Path, dev: int) -> None:
    assert mounts.medium_of_path(Path("/home/clerk"), sys_root=sys_root,
                                 stat=_stat_on(dev)) is None


def test_a_link_out_of_sysfs_is_not_followed(sys_root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "1-9"
    _attrs(outside, idVendor="0781", idProduct="5581", serial=STICK_SERIAL)
    _link(sys_root, os.makedev(8, 33), outside)
    assert mounts.usb_device_dir(os.makedev(8, 33), sys_root=sys_root) is None


def test_an_unreadable_path_is_not_a_medium(sys_root: Path, tmp_path: Path) -> None:
    assert mounts.medium_of_path(tmp_path / "missing", sys_root=sys_root) is None
    # a real folder whose device the fake sysfs does not know
    assert mounts.medium_of_path(tmp_path, sys_root=sys_root) is None
