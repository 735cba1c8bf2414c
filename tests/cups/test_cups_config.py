"""installer/mibu-cups-config on copies of Debian 12's own cupsd.conf."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cups.cupsd import CUPS_CONFIG, CUPSD, DEBIAN_CUPSD_CONF


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(CUPS_CONFIG), *args], capture_output=True, text=True,
                          check=False, env={**os.environ, "MIBU_CUPS_NO_RELOAD": "1"})


@pytest.fixture
def conf(tmp_path: Path) -> Path:
    path = tmp_path / "cupsd.conf"
    shutil.copyfile(DEBIAN_CUPSD_CONF, path)
    path.chmod(0o640)
    return path


def _directives(text: str) -> list[str]:
    lines = (ln.strip() for ln in text.splitlines())
    return [ln for ln in lines if ln and not ln.startswith("#")]


def test_apply_sets_mibus_values_and_keeps_only_the_local_socket(conf: Path) -> None:
    original = conf.read_bytes()
    assert _run("status", str(conf)).returncode == 1
    done = _run("apply", str(conf))
    assert done.returncode == 0, done.stderr
    text = conf.read_text()
    live = _directives(text)
    assert "PreserveJobFiles No" in live and "PreserveJobHistory 30" in live
    assert "Browsing No" in live and "Browsing Yes" not in live
    assert [d for d in live if d.split()[0] in ("Listen", "Port")] == ["Listen /run/cups/cups.sock"]
    # the original lines are kept, marked, where they were
    assert "#mibu-cups-config# Listen localhost:631\n" in text
    assert "#mibu-cups-config# Browsing Yes\n" in text
    assert "# BEGIN mibu-cups-config" in text and text.endswith("# END mibu-cups-config\n")
    assert oct(conf.stat().st_mode & 0o777) == "0o640"
    assert _run("status", str(conf)).returncode == 0
    assert original in conf.read_bytes().replace(b"#mibu-cups-config# ", b"")


def test_apply_twice_is_apply_once_and_revert_gives_the_original_bytes(conf: Path) -> None:
    original = conf.read_bytes()
    _run("apply", str(conf))
    once = conf.read_bytes()
    again = _run("apply", str(conf))
    assert again.returncode == 0 and "already applied" in again.stdout
    assert conf.read_bytes() == once
    assert _run("revert", str(conf)).returncode == 0
    assert conf.read_bytes() == original
    assert "already reverted" in _run("revert", str(conf)).stdout
    assert conf.read_bytes() == original


@pytest.mark.parametrize("original", [
    b"",
    b"LogLevel warn",  # no newline at the end
    b"Port 631\nListen 0.0.0.0:631\nListen /run/cups/cups.sock\nPreserveJobFiles Yes\n"
    b"  preservejobhistory yes\nSSLListen *:443\nBrowsing On\n",
])
def test_any_file_round_trips(tmp_path: Path, original: bytes) -> None:
    path = tmp_path / "cupsd.conf"
    path.write_bytes(original)
    _run("apply", str(path))
    applied = path.read_bytes()
    live = _directives(applied.decode())
    assert live[-3:] == ["PreserveJobFiles No", "PreserveJobHistory 30", "Browsing No"]
    assert not [d for d in live if d.split()[0].lower() in ("port", "ssllisten")
                or (d.split()[0].lower() == "listen" and not d.split()[1].startswith("/"))]
    _run("apply", str(path))
    assert path.read_bytes() == applied
    _run("revert", str(path))
    assert path.read_bytes() == original


def test_cupsd_accepts_the_applied_file(conf: Path) -> None:
    if not os.path.exists(CUPSD):
        pytest.skip("cupsd is not installed (make test installs cups)")
    _run("apply", str(conf))
    done = subprocess.run([CUPSD, "-t", "-c", str(conf)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "is OK" in done.stdout + done.stderr


def test_unreadable_file_and_bad_usage(tmp_path: Path) -> None:
    assert _run("apply", str(tmp_path / "missing.conf")).returncode == 1
    assert _run("frobnicate").returncode == 2
