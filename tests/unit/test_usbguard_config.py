"""installer/mibu-usbguard-config: apply sets exactly the daemon settings Mibu relies on and
restricts IPC to root and mibu-usb; applying twice changes nothing; revert restores the
files as they were. Run on a copy of the configuration under tmp_path (MIBU_USBGUARD_ROOT)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "installer" / "mibu-usbguard-config"
DEBIAN_CONF = Path("/etc/usbguard/usbguard-daemon.conf")
SAMPLE = """# usbguard-daemon.conf as the package installs it (abridged)
RuleFile=/etc/usbguard/rules.conf
ImplicitPolicyTarget=block
PresentDevicePolicy=apply-policy
InsertedDevicePolicy=apply-policy
AuthorizedDefault=none
IPCAllowedUsers=root
IPCAllowedGroups=root plugdev
IPCAccessControlFiles=/etc/usbguard/IPCAccessControl.d/
"""


def _run(root: Path, action: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MIBU_USBGUARD_ROOT": str(root)}
    return subprocess.run(["sh", str(SCRIPT), action], capture_output=True, text=True,
                          env=env, check=False)


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


@pytest.fixture
def root(tmp_path: Path) -> Path:
    etc = tmp_path / "etc" / "usbguard"
    etc.mkdir(parents=True)
    conf = DEBIAN_CONF.read_text() if DEBIAN_CONF.is_file() else SAMPLE
    (etc / "usbguard-daemon.conf").write_text(conf.replace("ImplicitPolicyTarget=block",
                                                            "ImplicitPolicyTarget=allow"))
    (etc / "rules.conf").write_text('allow id 1234:5678\n')
    return tmp_path


def _settings(root: Path) -> dict[str, str]:
    text = (root / "etc/usbguard/usbguard-daemon.conf").read_text()
    return dict(line.split("=", 1) for line in text.splitlines()
                if "=" in line and not line.startswith("#"))


def test_apply_is_idempotent_and_revert_restores(root: Path) -> None:
    before = _tree(root)
    done = _run(root, "apply")
    assert done.returncode == 0, done.stderr
    settings = _settings(root)
    assert settings["ImplicitPolicyTarget"] == "block"
    assert settings["PresentDevicePolicy"] == "apply-policy"
    assert settings["InsertedDevicePolicy"] == "apply-policy"
    assert settings["AuthorizedDefault"] == "none"
    assert settings["IPCAllowedUsers"] == "root"
    assert settings["IPCAllowedGroups"] == "mibu-usb"
    conf = root / "etc/usbguard/usbguard-daemon.conf"
    assert conf.read_text().startswith("# Managed by Mibu")
    assert oct(conf.stat().st_mode & 0o777) == "0o600"
    ipc = (root / "etc/usbguard/IPCAccessControl.d/:mibu-usb").read_text().splitlines()
    assert ipc[1:] == ["Devices=list,modify,listen", "Policy=list,modify", "Exceptions=listen"]
    rules = (root / "etc/usbguard/rules.conf").read_text()
    assert "allow id 1234:5678" not in rules  # someone's allow-list does not survive
    assert 'allow with-interface match-all { 03:*:* } label "mibu:input"' in rules
    assert (root / "etc/mibu/usbguard-enforced").is_file()
    assert _run(root, "status").returncode == 0

    applied = _tree(root)
    assert _run(root, "apply").returncode == 0
    assert _tree(root) == applied  # idempotent

    done = _run(root, "revert")
    assert done.returncode == 0, done.stderr
    assert _tree(root) == before
    assert _run(root, "revert").returncode == 0  # idempotent too
    assert _tree(root) == before
    assert _run(root, "status").returncode == 1


def test_apply_refuses_without_usbguard(tmp_path: Path) -> None:
    done = _run(tmp_path, "apply")
    assert done.returncode == 1
    assert "usbguard is not installed" in done.stderr
    assert not any(tmp_path.rglob("*"))


def test_usage(tmp_path: Path) -> None:
    assert _run(tmp_path, "frobnicate").returncode == 2
