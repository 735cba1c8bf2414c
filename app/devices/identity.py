"""Who a USB device is: vendor id, product id, serial and a hash of its descriptors (pure).

These are the identity fields USBGuard uses too. The serial comes from the sysfs ``serial``
attribute (the kernel reads the string descriptor at enumeration, authorized or not); the
interfaces come from the raw descriptors, because an unauthorized device has no interface
nodes in sysfs.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from app.devices import descriptors
from app.devices.policy import DeviceFacts, usable_serial


@dataclass(frozen=True)
class Identity:
    vendor_id: int | None
    product_id: int | None
    serial: str | None
    descriptor_hash: str | None

    @property
    def key(self) -> str:
        """``vvvv:pppp:serial``, as the audit trail names a device (at most 64 characters)."""
        vid = "????" if self.vendor_id is None else f"{self.vendor_id:04x}"
        pid = "????" if self.product_id is None else f"{self.product_id:04x}"
        serial = usable_serial(self.serial) or "-"
        return f"{vid}:{pid}:{serial}"[:64]


def _trim(raw: bytes | None) -> bytes:
    """A sysfs attribute as USBGuard reads it: at most 4096 bytes, trailing NUL/CR/LF/TAB/BS
    trimmed."""
    value = (raw or b"")[:4096]
    return value.rstrip(b"\0\n\r\t\b")


def device_hash(name: bytes | None, id_vendor: bytes | None, id_product: bytes | None,
                serial: bytes | None, descriptors: bytes) -> str | None:
    """USBGuard's ``hash`` attribute of a device, from the same sysfs attributes it reads:
    base64(SHA-256(product string, idVendor, idProduct, serial, raw descriptors)).

    None if the vendor or product id is missing (USBGuard refuses such a device too)."""
    vid, pid = _trim(id_vendor), _trim(id_product)
    if not vid or not pid:
        return None
    digest = hashlib.sha256()
    for part in (_trim(name), vid, pid, _trim(serial), descriptors):
        digest.update(part)
    return base64.b64encode(digest.digest()).decode("ascii")


def parse_hex_id(text: str | None) -> int | None:
    """A sysfs ``idVendor``-style value (``0781``) as an int, or None if it is not one."""
    value = (text or "").strip()
    if len(value) != 4:
        return None
    try:
        return int(value, 16)
    except ValueError:
        return None


def _hex_byte(text: str | None) -> int | None:
    value = (text or "").strip()
    if len(value) != 2:
        return None
    try:
        return int(value, 16)
    except ValueError:
        return None


def decode_string(raw: bytes | None, limit: int = 256) -> str | None:
    """A sysfs string attribute as text; undecodable bytes become U+FFFD (never trusted)."""
    if raw is None:
        return None
    text = raw[:limit].decode("utf-8", errors="replace").rstrip("\n")
    return text


def facts_of(
    sys_name: str,
    raw_descriptors: bytes | None,
    serial: str | None,
    *,
    vendor_attr: str | None = None,
    product_attr: str | None = None,
    class_attr: str | None = None,
    usbguard_hash: str | None = None,
) -> tuple[DeviceFacts, Identity]:
    """Everything the policy needs, from the raw descriptors and a few sysfs attributes.

    Unreadable or malformed descriptors give facts marked incomplete (which the policy
    refuses); vendor/product then fall back to the sysfs attributes for the record.
    ``usbguard_hash`` is USBGuard's hash of the device (see :func:`app.devices.usbguard.
    device_hash`): the identity recorded at check-in. Without it (older callers) the
    descriptors' own SHA-256 stands in.
    """
    parsed: descriptors.Descriptors | None = None
    if raw_descriptors is not None:
        try:
            parsed = descriptors.parse(raw_descriptors)
        except descriptors.DescriptorError:
            parsed = None
    if parsed is not None:
        vid: int | None = parsed.vendor_id
        pid: int | None = parsed.product_id
        dclass: int | None = parsed.device_class
        interfaces = tuple(dict.fromkeys(i.triple for i in parsed.interfaces))
        complete = parsed.complete
        dhash: str | None = usbguard_hash or parsed.sha256
        legacy: str | None = parsed.sha256
    else:
        vid, pid = parse_hex_id(vendor_attr), parse_hex_id(product_attr)
        dclass = _hex_byte(class_attr)
        interfaces = ()
        complete = False
        dhash = None
        legacy = None
    facts = DeviceFacts(
        sys_name=sys_name,
        vendor_id=vid,
        product_id=pid,
        serial=serial,
        descriptor_hash=dhash,
        descriptor_sha256=legacy,
        device_class=dclass,
        interfaces=interfaces,
        descriptors_complete=complete,
    )
    return facts, Identity(vid, pid, serial, dhash)
