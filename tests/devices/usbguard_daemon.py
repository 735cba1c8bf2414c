"""Debian's real usbguard-daemon inside the umockdev testbed, in a private configuration
under the test's tmp_path (never the machine's /etc/usbguard).

The daemon's uevent backend accepts only messages from the kernel; umockdev sends its
uevents from a user process in libudev's format. ``kuevent_shim.c`` (built here with gcc)
wraps ``recvmsg()`` in front of umockdev's preload and rewrites only the sender credentials
and the format of netlink messages, so hotplug reaches the daemon as from the kernel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from app.devices.usbguard import UsbGuardCli, UsbGuardDevice

HERE = Path(__file__).resolve().parent
SHIM_SOURCE = HERE / "kuevent_shim.c"
DAEMON = "/usr/sbin/usbguard-daemon"
#: Hang protection only (no test asserts on time): how long to wait for the daemon.
WAIT_STEPS = 1200
STEP_S = 0.025

CONF = """RuleFile={dir}/rules.conf
ImplicitPolicyTarget=block
PresentDevicePolicy=apply-policy
PresentControllerPolicy=keep
InsertedDevicePolicy=apply-policy
AuthorizedDefault=none
RestoreControllerDeviceState=false
DeviceManagerBackend=uevent
IPCAllowedUsers=root
IPCAllowedGroups=
DeviceRulesWithPort=false
AuditBackend=FileAudit
AuditFilePath={dir}/audit.log
HidePII=false
"""


def unavailable() -> str | None:
    if not Path(DAEMON).exists() or shutil.which("usbguard") is None:
        return "usbguard is not installed (Debian package usbguard; make test installs it)"
    if shutil.which("gcc") is None:
        return "gcc is needed to build the uevent shim"
    if os.geteuid() != 0:
        return "usbguard's IPC in these tests is allowed to root only"
    if UsbGuardCli().reachable() and not _own_network_namespace():
        return "another usbguard-daemon already answers on this machine's IPC socket"
    return None


def _own_network_namespace() -> bool:
    """The machine's own usbguard-daemon answers (its IPC is an abstract unix socket, which
    belongs to a network namespace): move this test process into a network namespace of
    its own, so the test daemon and the machine's never meet. True if that worked."""
    import ctypes

    clone_newnet = 0x40000000
    if ctypes.CDLL("libc.so.6", use_errno=True).unshare(clone_newnet) != 0:
        return False
    return not UsbGuardCli().reachable()


def _die_with_parent() -> None:
    """In the daemon's child process: SIGTERM when the test process dies (even aborted)."""
    import ctypes
    import signal

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def build_shim(folder: Path) -> Path:
    out = folder / "kuevent_shim.so"
    if not out.exists():
        subprocess.run(["gcc", "-shared", "-fPIC", "-O2", "-o", str(out), str(SHIM_SOURCE),
                        "-ldl"], check=True, capture_output=True)
    return out


class UsbGuardDaemon:
    """One usbguard-daemon in the current umockdev testbed (``bed_root``)."""

    def __init__(self, folder: Path, bed_root: Path, shim: Path, rules: str = "") -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.rules_file = folder / "rules.conf"
        self.rules_file.write_text(rules, "utf-8")
        self.rules_file.chmod(0o600)
        self.conf = folder / "usbguard-daemon.conf"
        self.conf.write_text(CONF.format(dir=folder), "utf-8")
        self.conf.chmod(0o600)
        self.log = folder / "daemon.log"
        self.cli = UsbGuardCli()
        env = dict(os.environ)
        env["UMOCKDEV_DIR"] = str(bed_root)
        env["LD_PRELOAD"] = f"{shim}:{env.get('LD_PRELOAD', '')}"
        self._log_fd = self.log.open("wb")
        self.proc = subprocess.Popen(
            [DAEMON, "-k", "-P", "-c", str(self.conf)], stdout=self._log_fd,
            stderr=subprocess.STDOUT, env=env, preexec_fn=_die_with_parent)
        for _ in range(WAIT_STEPS):
            if self.proc.poll() is not None:
                raise AssertionError(f"usbguard-daemon exited: {self.log.read_text()}")
            if self.cli.reachable():
                return
            time.sleep(STEP_S)
        raise AssertionError("usbguard-daemon did not answer")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log_fd.close()

    def devices(self) -> dict[str, UsbGuardDevice]:
        return {d.port: d for d in self.cli.list_devices()}

    def updates(self, port: str) -> int:
        """How many policy decisions the daemon has logged about the device at ``port``."""
        tail = f"/{port}' target.new="
        return sum(1 for line in self.log.read_text(errors="replace").splitlines()
                   if ("type='Policy.Device.Update'" in line and tail in line)
                   or ("Rejecting device" in line and line.rstrip().endswith(f"/{port}")))

    def decided(self, port: str, after: int = 0) -> UsbGuardDevice | None:
        """Wait for the daemon's next decision about the device at ``port`` (its
        ``after + 1``-th); None if it rejected the device as unreadable."""
        for _ in range(WAIT_STEPS):
            if self.updates(port) > after:
                return self.devices().get(port)
            if self.proc.poll() is not None:
                raise AssertionError(f"usbguard-daemon exited: {self.log.read_text()}")
            time.sleep(STEP_S)
        raise AssertionError(f"usbguard-daemon never decided about {port}")

    def forget(self, port: str) -> None:
        """Wait until the daemon dropped an unplugged device."""
        for _ in range(WAIT_STEPS):
            if port not in self.devices():
                return
            time.sleep(STEP_S)
        raise AssertionError(f"usbguard-daemon still holds {port}")


def skip_unless_available() -> None:
    reason = unavailable()
    if reason:
        pytest.skip(reason)
