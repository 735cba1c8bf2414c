"""Kernel-shaped USB device descriptions for the umockdev tests.

``python -m tests.devices.usbdata`` rewrites ``tests/devices/data/*.umockdev`` from the table
below; the files are committed so they can also be used by hand with
``umockdev-run --device tests/devices/data/stick.umockdev -- mibu guard --once ...``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
BUS = "/devices/pci0000:00/0000:00:14.0/usb1"


def device_descriptor(vid: int, pid: int, dev_class: int = 0, sub: int = 0, proto: int = 0,
                      serial_index: int = 3, n_configs: int = 1) -> bytes:
    return struct.pack("<BBHBBBBHHHBBBB", 18, 1, 0x0200, dev_class, sub, proto, 64, vid, pid,
                       0x0100, 1, 2, serial_index, n_configs)


def config_descriptor(interfaces: list[tuple[int, int, int]]) -> bytes:
    body = b""
    for n, (cls, sub, proto) in enumerate(interfaces):
        body += struct.pack("<BBBBBBBBB", 9, 4, n, 0, 2, cls, sub, proto, 0)
        body += struct.pack("<BBBBHB", 7, 5, 0x81 + n, 2, 512, 0)  # bulk in
        body += struct.pack("<BBBBHB", 7, 5, 0x01 + n, 2, 512, 0)  # bulk out
    total = 9 + len(body)
    return struct.pack("<BBHBBBBB", 9, 2, total, len(interfaces), 1, 0, 0x80, 50) + body


@dataclass(frozen=True)
class UsbDevice:
    name: str  # data file name
    port: str  # sysfs name, e.g. 1-2
    vid: int
    pid: int
    interfaces: list[tuple[int, int, int]]
    serial: str | None = None
    manufacturer: str = "Mibu Test"
    product: str = "Test Device"
    dev_class: int = 0
    authorized: int = 0  # default-deny: a new device arrives unauthorized
    truncate: int | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def sys_path(self) -> str:
        return f"/sys{BUS}/{self.port}"

    def descriptors(self) -> bytes:
        raw = device_descriptor(self.vid, self.pid, self.dev_class,
                                serial_index=3 if self.serial else 0)
        raw += config_descriptor(self.interfaces)
        return raw[: self.truncate] if self.truncate is not None else raw

    def umockdev(self, *, port: str | None = None, serial: str | None = None) -> str:
        port = port or self.port
        serial = self.serial if serial is None else serial
        lines = [
            f"P: {BUS}/{port}",
            "E: DEVTYPE=usb_device",
            "E: SUBSYSTEM=usb",
            "E: DRIVER=usb",
            f"E: PRODUCT={self.vid:x}/{self.pid:x}/100",
            f"A: authorized={self.authorized}",
            f"A: idVendor={self.vid:04x}",
            f"A: idProduct={self.pid:04x}",
            f"A: bDeviceClass={self.dev_class:02x}",
            f"A: manufacturer={self.manufacturer}",
            f"A: product={self.product}",
        ]
        if serial:
            lines.append(f"A: serial={serial}")
        # the kernel's port attribute (usbguard-daemon waits for it on non-root devices)
        lines.append("A: port/connect_type=hotplug")
        lines.append(f"H: descriptors={self.descriptors().hex().upper()}")
        return "\n".join(lines) + "\n\n"


STICK_SERIAL = "4C530001230101117031"
DEVICES = {
    d.name: d
    for d in [
        UsbDevice("hub", "1-1", 0x05E3, 0x0610, [(9, 0, 0)], dev_class=9,
                  product="USB2.0 Hub"),
        UsbDevice("keyboard", "1-2", 0x046D, 0xC31C, [(3, 1, 1), (3, 0, 0)],
                  product="USB Keyboard"),
        UsbDevice("stick", "1-3", 0x0781, 0x5581, [(8, 6, 0x50)], serial=STICK_SERIAL,
                  manufacturer="SanDisk", product="Ultra"),
        UsbDevice("stick-clone", "1-4", 0x0781, 0x5567, [(8, 6, 0x50)], serial=STICK_SERIAL,
                  manufacturer="SanDisk", product="Cruzer Blade"),
        UsbDevice("stick-noserial", "1-5", 0x090C, 0x1000, [(8, 6, 0x50)],
                  manufacturer="Generic", product="Flash Disk"),
        UsbDevice("composite", "1-6", 0x1234, 0x5678, [(8, 6, 0x50), (3, 1, 1)],
                  serial="BADUSB0001", product="Storage with keyboard"),
        UsbDevice("bluetooth", "1-7", 0x0A12, 0x0001, [(0xE0, 1, 1), (0xE0, 1, 1)],
                  dev_class=0xE0, product="Bluetooth Dongle"),
        UsbDevice("phone", "1-8", 0x2717, 0xFF48, [(6, 1, 1)], serial="a1b2c3d4",
                  manufacturer="Xiaomi", product="MTP device"),
        UsbDevice("netadapter", "1-9", 0x0BDA, 0x8152, [(2, 6, 0), (0x0A, 0, 0)],
                  serial="000001", product="USB 10/100 LAN"),
        UsbDevice("printer", "1-10", 0x04B8, 0x0005, [(7, 1, 2)], serial="X3JV012345",
                  manufacturer="EPSON", product="USB Printer"),
        UsbDevice("malformed", "1-11", 0x0781, 0x5581, [(8, 6, 0x50)], serial="TRUNC0001",
                  truncate=25),
        # "Hubs" that carry mass storage (issue 12): device class 09, a storage interface.
        UsbDevice("fakehub", "1-12", 0x05E3, 0x0612, [(9, 0, 0), (8, 6, 0x50)], dev_class=9,
                  serial="FAKEHUB0001", product="USB2.0 Hub"),
        UsbDevice("fakehub-storage", "1-13", 0x05E3, 0x0613, [(8, 6, 0x50)], dev_class=9,
                  serial="FAKEHUB0002", product="USB2.0 Hub"),
        UsbDevice("keyboard-storage", "1-14", 0x046D, 0xC31D, [(3, 1, 1), (8, 6, 0x50)],
                  dev_class=3, serial="FAKEKBD0001", product="USB Keyboard"),
    ]
}


#: The xHCI controller and its root hub ``usb1``, the parents of every device above.
#: usbguard-daemon reads a device's parent from sysfs, so its tests load this first.
ROOT_HUB_DESCRIPTORS = ("12010002090001406B1D020000060302010109021900010100E000"
                        "0904000001090000000705810304000C")
ROOT_HUB = f"""P: {BUS.rsplit('/', 1)[0]}
E: DRIVER=xhci_hcd
E: PCI_CLASS=C0330
E: SUBSYSTEM=pci
A: class=0x0c0330

P: {BUS}
E: BUSNUM=001
E: DEVNUM=001
E: DEVTYPE=usb_device
E: DRIVER=usb
E: PRODUCT=1d6b/2/600
E: SUBSYSTEM=usb
A: authorized=1
A: authorized_default=0
A: bDeviceClass=09
A: idProduct=0002
A: idVendor=1d6b
A: manufacturer=Linux xhci-hcd
A: product=xHCI Host Controller
A: serial=0000:00:14.0
H: descriptors={ROOT_HUB_DESCRIPTORS}

"""


def write_all() -> None:
    DATA.mkdir(exist_ok=True)
    (DATA / "roothub.umockdev").write_text(ROOT_HUB, encoding="utf-8")
    for d in DEVICES.values():
        (DATA / f"{d.name}.umockdev").write_text(d.umockdev(), encoding="utf-8")


if __name__ == "__main__":
    write_all()
