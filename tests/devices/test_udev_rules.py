"""installer/70-mibu-usb-guard.rules run by the real ``udevadm test`` over every device of the
zoo inside umockdev: udev authorizes exactly the devices Mibu's policy calls hubs or input
devices (every interface 09, or every interface 03), and nothing with a storage interface.

``udevadm test`` reads its rules from /etc/udev/rules.d and /lib/udev/rules.d; the test runs
it in a private mount namespace (``unshare -m``, root only) where those folders hold only
Mibu's rules file, so the machine's own rules neither run nor change.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.devices import sysfs
from app.devices.policy import Reason, decide
from app.models.enums import Level
from tests.devices.usbzoo import DATA, ZooDevice, devices_of, shared_recording, zoo_files

pytestmark = pytest.mark.umockdev
RULES = Path(__file__).resolve().parents[2] / "installer" / "70-mibu-usb-guard.rules"
MARKER = "/etc/mibu/usbguard-enforced"
WRITE_RE = re.compile(r"ATTR '(?P<path>[^']+)/authorized' writing '(?P<value>[01])'")

SCRIPT = """set -e
mount --bind "$MIBU_RULES" /etc/udev/rules.d
for d in /lib/udev/rules.d /usr/lib/udev/rules.d /run/udev; do
    [ -d "$d" ] && mount -t tmpfs none "$d"
done
for p in "$@"; do
    echo "@@@mibu-device $p"
    udevadm test -a add "$p" 2>&1 || echo "udevadm failed: $?"
done
"""


def _udev_available() -> str | None:
    if shutil.which("udevadm") is None:
        return "udevadm is not installed (Debian package udev; make test installs it)"
    if os.geteuid() != 0:
        return "udevadm test in a private mount namespace needs root"
    return None


def run_udev(tmp_path: Path, file: Path, devices: list[ZooDevice], *,
             usbguard_marker: bool = False) -> dict[str, str | None]:
    """sys_path -> the value the rules write to ``authorized`` (None: not written)."""
    rules = tmp_path / "rules.d"
    rules.mkdir(exist_ok=True)
    # the marker mibu-usbguard-config creates, moved into tmp_path (present or not)
    marker = tmp_path / "usbguard-enforced"
    text = RULES.read_text("utf-8")
    assert MARKER in text
    (rules / RULES.name).write_text(text.replace(MARKER, str(marker)), "utf-8")
    if usbguard_marker:
        marker.write_text("")
    elif marker.exists():
        marker.unlink()
    env = {k: v for k, v in os.environ.items() if k not in ("UMOCKDEV_DIR", "LD_PRELOAD")}
    env["MIBU_RULES"] = str(rules)
    script = tmp_path / "udev-test.sh"
    script.write_text(SCRIPT)
    done = subprocess.run(
        ["umockdev-run", "--device", str(file), "--", "unshare", "-m", "--propagation",
         "private", "sh", str(script), *[d.sys_path for d in devices]],
        capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr + done.stdout
    assert "udevadm failed" not in done.stdout, done.stdout
    written: dict[str, str | None] = {}
    current = None
    for line in done.stdout.splitlines():
        if line.startswith("@@@mibu-device "):
            current = line.split(" ", 1)[1]
            written[current] = None
        m = WRITE_RE.search(line)
        if m and current is not None and m.group("path") == current:
            written[current] = m.group("value")
    assert set(written) == {d.sys_path for d in devices}
    return written


@pytest.fixture
def udev_ready() -> None:
    reason = _udev_available()
    if reason:
        pytest.skip(reason)


def _expected(bed_sys_path: str) -> bool:
    facts = sysfs.read_device(bed_sys_path).facts
    return decide(facts, [], Level.CONFIDENTIAL).reason is Reason.NOT_STORAGE


@pytest.mark.parametrize("file", zoo_files(), ids=lambda f: f.stem)
def test_udev_authorizes_exactly_hubs_and_input_devices(
        file: Path, tmp_path: Path, udev_ready: None, bed: object) -> None:
    from tests.devices.conftest import Bed

    assert isinstance(bed, Bed)
    bed.load(file)
    devices = [d for d in devices_of(file) if not sysfs.ROOT_HUB_RE.match(d.port)]
    written = run_udev(tmp_path, file, devices)
    for d in devices:
        want = _expected(d.sys_path)
        got = written[d.sys_path]
        assert (got == "1") == want, (d.port, file.name, got)
        if not want:
            assert got is None  # udev never writes 0: default-deny left it off


def test_fake_hubs_with_storage_stay_off(tmp_path: Path, udev_ready: None) -> None:
    for name in ("fakehub", "fakehub-storage", "keyboard-storage", "composite"):
        file = DATA / f"{name}.umockdev"
        (device,) = devices_of(file)
        assert run_udev(tmp_path, file, [device]) == {device.sys_path: None}, name
    hub = DATA / "hub.umockdev"
    (device,) = devices_of(hub)
    assert run_udev(tmp_path, hub, [device]) == {device.sys_path: "1"}


def test_with_usbguard_enforcing_udev_authorizes_nothing(tmp_path: Path,
                                                         udev_ready: None) -> None:
    for name in ("hub", "keyboard"):
        file = DATA / f"{name}.umockdev"
        (device,) = devices_of(file)
        assert run_udev(tmp_path, file, [device], usbguard_marker=True) == {
            device.sys_path: None}, name


def test_shared_recording_is_in_the_zoo() -> None:
    if shared_recording() is None:
        pytest.skip("shared/testdata not beside the checkout")
    assert shared_recording() in zoo_files()
