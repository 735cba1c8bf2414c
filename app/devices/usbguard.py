"""USBGuard as the kernel-side enforcer: the rule compiler, USBGuard's device hash, and the
``usbguard`` command-line client that installs the compiled rules over the daemon's IPC.

USBGuard (Debian package ``usbguard``) is a root daemon that applies a rule set to every USB
device from boot on, also while Mibu is closed, and keeps ``authorized`` root-only. Mibu keeps
what USBGuard cannot know (the ledger, levels, 在用/停用, the clerk's check-in) and compiles it
into USBGuard's rule language (:func:`compile_rules`, pure). The rules hold no titles or
names: only vendor/product ids, serials, hashes and medium numbers (as labels and comments).

Rule semantics (first matching rule wins; ``ImplicitPolicyTarget=block`` for the rest):

- hubs: ``allow with-interface match-all { 09:*:* }``: every interface is a hub interface;
- input devices: ``allow with-interface match-all { 03:*:* }``: every interface is HID.
  ``match-all`` and not ``equals``: ``equals`` also demands the same number of interfaces
  and so blocks a two-interface keyboard;
- each registered 在用 medium of the workstation's level: ``allow id V:P serial "S" [hash
  "H"] with-interface match-all { 08:*:* }`` (storage interfaces only, as the policy says);
- each registered 在用 piece of equipment (设备): ``allow id V:P serial "S" [hash "H"]
  with-interface none-of { 08:*:* e0:*:* }`` (never storage, never wireless).

With the input-device lock switched on, the HID rule is replaced by one rule per confirmed
input device (by hash, and port if known).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.devices import sysfs
from app.devices.identity import device_hash as device_hash
from app.devices.policy import LedgerEntry, usable_serial
from app.models.enums import Level

log = logging.getLogger(__name__)

USBGUARD = "usbguard"
HEADER = "# Mibu (密簿) USBGuard rule set, compiled from the media ledger. Do not edit:"
HUB_RULE = 'allow with-interface match-all { 09:*:* } label "mibu:hub"'
HID_RULE = 'allow with-interface match-all { 03:*:* } label "mibu:input"'
STORAGE_INTERFACES = "with-interface match-all { 08:*:* }"
EQUIPMENT_INTERFACES = "with-interface none-of { 08:*:* e0:*:* }"
#: USBGuard's hash: base64 of a SHA-256 (44 characters).
USBGUARD_HASH_RE = re.compile(r"^[A-Za-z0-9+/]{43}=$")
#: The hash older Mibu versions recorded: hex SHA-256 of the descriptors alone.
LEGACY_HASH_RE = re.compile(r"^[0-9a-f]{64}$")
PORT_RE = re.compile(r"^(usb\d+|\d+-\d+(\.\d+)*)$")
CLI_TIMEOUT_S = 20


# -- USBGuard's device hash (computed in app.devices.identity, read by sysfs) -------------
def is_usbguard_hash(value: str | None) -> bool:
    return bool(value and USBGUARD_HASH_RE.match(value))


def is_legacy_hash(value: str | None) -> bool:
    return bool(value and LEGACY_HASH_RE.match(value))


# -- the rule compiler -----------------------------------------------------------------------
@dataclass(frozen=True)
class InputDevice:
    """An input device allowed while the input-device lock is on (confirmed at the terminal)."""

    vendor_id: int
    product_id: int
    serial: str
    hash: str
    port: str | None = None


def quote(value: str) -> str:
    """A string in USBGuard's rule language: double quotes, backslash escapes."""
    out = []
    for ch in value:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _id(vendor_id: int | None, product_id: int | None) -> str:
    return f"{vendor_id or 0:04x}:{product_id or 0:04x}"


def _medium_rule(e: LedgerEntry, interfaces: str) -> str:
    parts = ["allow", "id", _id(e.vendor_id, e.product_id), "serial",
             quote(usable_serial(e.serial) or "")]
    if is_usbguard_hash(e.descriptor_hash):
        parts += ["hash", quote(e.descriptor_hash or "")]
    parts += [interfaces, "label", quote(f"mibu:{e.number}")]
    return " ".join(parts)


def _allowed_media(entries: Iterable[LedgerEntry], level: Level) -> list[LedgerEntry]:
    out = []
    for e in entries:
        if not e.in_use or e.vendor_id is None or e.product_id is None:
            continue
        if e.is_equipment:
            out.append(e)
        elif usable_serial(e.serial) is not None and e.level == level:
            out.append(e)
    return sorted(out, key=lambda e: (e.is_equipment, e.number))


def compile_rules(entries: Iterable[LedgerEntry], level: Level, *,
                  input_lock: bool = False,
                  input_devices: Sequence[InputDevice] = ()) -> str:
    """The rule set for a workstation of ``level`` from its ledger (pure, deterministic).

    ``entries`` may hold the whole ledger: only 在用 media of exactly ``level`` with a
    usable serial, and 在用 equipment, get a rule. Every non-comment line is one rule, in
    the order USBGuard holds them after :func:`install_rules`."""
    lines = [
        HEADER,
        "# `mibu guard --usbguard-rules` prints it, the ledger changes rewrite it.",
        f"# workstation level {int(level)}; everything not allowed below is blocked",
        "# (ImplicitPolicyTarget=block).",
        "# hubs: every interface is a hub interface",
        HUB_RULE,
    ]
    if input_lock:
        lines.append("# input devices: locked; only those confirmed at the terminal")
        for d in sorted(input_devices, key=lambda d: (d.port or "", d.hash)):
            rule = (f"allow id {_id(d.vendor_id, d.product_id)} serial "
                    f"{quote(usable_serial(d.serial) or '')} hash {quote(d.hash)}")
            if d.port:
                rule += f" via-port {quote(d.port)}"
            lines.append(rule + ' with-interface match-all { 03:*:* } label "mibu:input"')
    else:
        lines.append("# input devices: every interface is HID")
        lines.append(HID_RULE)
    for e in _allowed_media(entries, level):
        note = ""
        if e.descriptor_hash and not is_usbguard_hash(e.descriptor_hash):
            note = " (recorded hash predates USBGuard: check in again to bind it)"
        lines.append(f"# {e.number}{note}")
        lines.append(_medium_rule(e, EQUIPMENT_INTERFACES if e.is_equipment
                                  else STORAGE_INTERFACES))
    return "\n".join(lines) + "\n"


def rule_lines(text: str) -> list[str]:
    """The rules of a rule set text, in order (comments and blank lines dropped)."""
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


# -- talking to the daemon -------------------------------------------------------------------
class UsbGuardError(RuntimeError):
    """The usbguard daemon could not be reached or refused a request."""


@dataclass(frozen=True)
class UsbGuardDevice:
    """One device as ``usbguard list-devices`` shows it."""

    id: int
    target: str  # allow / block / reject
    vendor_product: str
    serial: str
    hash: str
    port: str

    @property
    def allowed(self) -> bool:
        return self.target == "allow"


_RULE_ID_RE = re.compile(r"^(\d+): (.*)$")
_DEVICE_RE = re.compile(
    r'^(?P<id>\d+): (?P<target>allow|block|reject) id (?P<vp>[0-9a-f*]{4}:[0-9a-f*]{4}) '
    r'serial "(?P<serial>(?:[^"\\]|\\.)*)".*? hash "(?P<hash>[^"]*)".*? '
    r'via-port "(?P<port>[^"]*)"')


def parse_devices(output: str) -> list[UsbGuardDevice]:
    found = []
    for line in output.splitlines():
        m = _DEVICE_RE.match(line.strip())
        if m:
            found.append(UsbGuardDevice(int(m["id"]), m["target"], m["vp"], m["serial"],
                                        m["hash"], m["port"]))
    return found


@dataclass
class UsbGuardCli:
    """The ``usbguard`` command-line client: IPC to the running daemon (as root or as a
    member of an IPC-allowed group, here ``mibu-usb``)."""

    program: str = USBGUARD
    timeout: float = CLI_TIMEOUT_S

    def installed(self) -> bool:
        return shutil.which(self.program) is not None

    def _run(self, *args: str) -> str:
        try:
            done = subprocess.run([self.program, *args], capture_output=True, text=True,  # noqa: S603
                                  timeout=self.timeout, check=False,
                                  env={**os.environ, "LC_ALL": "C.UTF-8"})
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise UsbGuardError(f"usbguard {args[0]}: {type(exc).__name__}") from exc
        if done.returncode != 0:
            raise UsbGuardError(f"usbguard {args[0]}: {(done.stderr or done.stdout).strip()}")
        return done.stdout

    def reachable(self) -> bool:
        if not self.installed():
            return False
        try:
            self._run("list-rules")
        except UsbGuardError:
            return False
        return True

    def list_rules(self) -> list[tuple[int, str]]:
        out = []
        for line in self._run("list-rules").splitlines():
            m = _RULE_ID_RE.match(line.strip())
            if m:
                out.append((int(m[1]), m[2].strip()))
        return out

    def append_rule(self, rule: str) -> None:
        self._run("append-rule", rule)

    def remove_rule(self, rule_id: int) -> None:
        self._run("remove-rule", str(rule_id))

    def list_devices(self) -> list[UsbGuardDevice]:
        return parse_devices(self._run("list-devices"))

    def allow_device(self, device_id: int) -> None:
        self._run("allow-device", str(device_id))

    def block_device(self, device_id: int) -> None:
        self._run("block-device", str(device_id))


@dataclass(frozen=True)
class InstallResult:
    removed: int
    appended: int
    rules: tuple[str, ...]  # what the daemon holds now (read back)

    @property
    def changed(self) -> bool:
        return bool(self.removed or self.appended)


def install_rules(cli: UsbGuardCli, text: str) -> InstallResult:
    """Make the daemon hold exactly the rules of ``text``, in order, then read them back.

    USBGuard 1.1.2 has no "replace the rule set" request, so this keeps the longest common
    prefix and replaces the rest: first every rule after it is removed, then the missing
    ones are appended. Removing first fails closed (a device plugged in meanwhile is
    blocked, never allowed by a stale rule); hubs and keyboards come first and so stay.
    The daemon saves each change to its RuleFile itself. Raises :class:`UsbGuardError` if
    the daemon is unreachable or what it holds afterwards differs from ``text``."""
    wanted = rule_lines(text)
    current = cli.list_rules()
    keep = 0
    while (keep < len(current) and keep < len(wanted)
           and current[keep][1] == wanted[keep]):
        keep += 1
    stale = current[keep:]
    for rule_id, _rule in stale:
        cli.remove_rule(rule_id)
    missing = wanted[keep:]
    for rule in missing:
        cli.append_rule(rule)
    now = tuple(rule for _id, rule in cli.list_rules())
    if list(now) != wanted:
        raise UsbGuardError("usbguard holds a different rule set than the one written")
    return InstallResult(len(stale), len(missing), now)


class UsbGuardEnforcer:
    """The guard's enforcer while USBGuard enforces: ``authorized`` is root's, so Mibu reads
    sysfs as before and asks the daemon (``allow-device`` / ``block-device``) only when its
    own decision differs from what the daemon's rules did, e.g. right after a check-in.

    A device the daemon does not know yet is left to the daemon's rules, which are compiled
    from the same ledger."""

    def __init__(self, cli: UsbGuardCli | None = None) -> None:
        self.cli = cli or UsbGuardCli()

    def read_device(self, sys_path: str) -> sysfs.PluggedDevice:
        return sysfs.read_device(sys_path)

    def write_authorized(self, sys_path: str, value: int) -> None:
        if sysfs.read_authorized(sys_path) == value:
            return
        port = os.path.basename(sys_path.rstrip("/"))
        found = [d for d in self.cli.list_devices() if d.port == port]
        if not found:
            log.info("USBGuard does not know %s yet: its rules decide", port)
            return
        if value:
            self.cli.allow_device(found[0].id)
        else:
            self.cli.block_device(found[0].id)
