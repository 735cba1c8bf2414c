"""Parsing the raw USB descriptors the kernel exposes in sysfs (``descriptors``).

The file holds the 18-byte device descriptor followed by every configuration as the device
returned it (configuration descriptor, then its interface, endpoint and class-specific
descriptors). Under default-deny a new device has no configuration selected and therefore
no interface nodes in sysfs, so its interfaces are read from here. The input comes from a
device that may be hostile: nothing in it is trusted, every length is checked, and parsing
never raises anything but :class:`DescriptorError` for an unusable device descriptor.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

DEVICE_DESCRIPTOR = 0x01
CONFIG_DESCRIPTOR = 0x02
INTERFACE_DESCRIPTOR = 0x04
DEVICE_DESCRIPTOR_LEN = 18
CONFIG_DESCRIPTOR_MIN = 9
INTERFACE_DESCRIPTOR_MIN = 9
#: sysfs never shows more than this; anything longer is refused as absurd.
MAX_DESCRIPTORS_LEN = 64 * 1024


class DescriptorError(ValueError):
    """The device descriptor is missing or malformed: the device cannot be identified."""


@dataclass(frozen=True)
class Interface:
    number: int
    alternate: int
    cls: int
    subclass: int
    protocol: int

    @property
    def triple(self) -> tuple[int, int, int]:
        return (self.cls, self.subclass, self.protocol)


@dataclass(frozen=True)
class Configuration:
    value: int
    num_interfaces: int
    attributes: int
    max_power: int


@dataclass(frozen=True)
class Descriptors:
    """What the descriptors say about a device. ``complete`` is False when the
    configuration part was truncated or malformed (interfaces may be missing)."""

    bcd_usb: int
    device_class: int
    device_subclass: int
    device_protocol: int
    vendor_id: int
    product_id: int
    bcd_device: int
    serial_index: int
    num_configurations: int
    configurations: tuple[Configuration, ...]
    interfaces: tuple[Interface, ...]
    complete: bool
    sha256: str

    @property
    def interface_classes(self) -> frozenset[int]:
        return frozenset(i.cls for i in self.interfaces)


def parse(data: bytes) -> Descriptors:
    """Parse the bytes of a sysfs ``descriptors`` file."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise DescriptorError("descriptors must be bytes")
    data = bytes(data)
    if len(data) > MAX_DESCRIPTORS_LEN:
        raise DescriptorError("descriptors too long")
    if len(data) < DEVICE_DESCRIPTOR_LEN:
        raise DescriptorError("device descriptor truncated")
    length, dtype = data[0], data[1]
    if length != DEVICE_DESCRIPTOR_LEN or dtype != DEVICE_DESCRIPTOR:
        raise DescriptorError("not a device descriptor")
    (bcd_usb, dev_cls, dev_sub, dev_proto, _mps0, vid, pid, bcd_dev,
     _i_man, _i_prod, i_serial, n_cfg) = struct.unpack_from("<HBBBBHHHBBBB", data, 2)

    configs: list[Configuration] = []
    interfaces: list[Interface] = []
    complete = True
    offset = DEVICE_DESCRIPTOR_LEN
    while offset < len(data):
        rest = len(data) - offset
        if rest < CONFIG_DESCRIPTOR_MIN:
            complete = False
            break
        c_len, c_type = data[offset], data[offset + 1]
        if c_type != CONFIG_DESCRIPTOR or c_len < CONFIG_DESCRIPTOR_MIN:
            complete = False
            break
        total, n_if, value, _i_cfg, attrs, power = struct.unpack_from("<HBBBBB", data, offset + 2)
        if total < c_len:
            complete = False
            break
        if total > rest:
            complete = False
            total = rest
        configs.append(Configuration(value, n_if, attrs, power))
        if not _walk_config(data[offset + c_len: offset + total], interfaces):
            complete = False
        offset += total
    if not configs and n_cfg:
        complete = False
    return Descriptors(
        bcd_usb=bcd_usb,
        device_class=dev_cls,
        device_subclass=dev_sub,
        device_protocol=dev_proto,
        vendor_id=vid,
        product_id=pid,
        bcd_device=bcd_dev,
        serial_index=i_serial,
        num_configurations=n_cfg,
        configurations=tuple(configs),
        interfaces=tuple(interfaces),
        complete=complete,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _walk_config(block: bytes, out: list[Interface]) -> bool:
    """Collect the interface descriptors of one configuration; False if malformed."""
    pos = 0
    while pos < len(block):
        if len(block) - pos < 2:
            return False
        d_len, d_type = block[pos], block[pos + 1]
        if d_len < 2 or pos + d_len > len(block):
            return False
        if d_type == INTERFACE_DESCRIPTOR:
            if d_len < INTERFACE_DESCRIPTOR_MIN:
                return False
            number, alt, _n_ep, cls, sub, proto = struct.unpack_from("<BBBBBB", block, pos + 2)
            iface = Interface(number, alt, cls, sub, proto)
            if iface not in out:
                out.append(iface)
        pos += d_len
    return True
