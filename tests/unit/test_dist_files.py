"""The offline bundle's pieces that can be checked without building it (make dist-check
builds, installs, upgrades and purges the real thing)."""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

import pytest

import app
from app import paths

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "installer" / "package"


def test_the_frozen_build_finds_its_resources_and_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "mibu-version.txt").write_text("0.1.0.1\n", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delenv("MIBU_RESOURCES", raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert app._version() == "0.1.0.1"


def test_the_source_tree_version_is_the_projects() -> None:
    assert app._version() == app.SOURCE_VERSION == app.__version__
    assert paths.cjk_font_path().is_file()


def test_the_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGE / "mibu.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Name[zh_CN]"] == "密簿" and d["Name"] == "Mibu"
    assert d["Exec"] == "/usr/bin/mibu" and d["Icon"] == "mibu"
    assert "Office" in d["Categories"].split(";")
    assert (ROOT / "resources" / "icons" / "mibu.png").is_file()
    assert (ROOT / "resources" / "icons" / "mibu.svg").is_file()


@pytest.mark.parametrize("script", ["postinst", "prerm", "postrm"])
def test_maintainer_scripts_are_posix_sh_and_reject_unknown_actions(script: str) -> None:
    path = PACKAGE / "debian" / script
    subprocess.run(["sh", "-n", str(path)], check=True)
    done = subprocess.run(["sh", str(path), "no-such-action"], capture_output=True, text=True)
    assert done.returncode == 1 and "unknown argument" in done.stderr


def test_postrm_never_touches_a_register() -> None:
    text = (PACKAGE / "debian" / "postrm").read_text(encoding="utf-8")
    removals = [line for line in text.splitlines() if line.strip().startswith("rm ")]
    assert removals == ['        rm -rf "$STATE"']  # /var/lib/mibu only
    assert "MIBU_REGISTER" in text and ".local/share/mibu" in text


def test_install_txt_is_chinese_first_with_the_two_commands() -> None:
    text = (PACKAGE / "INSTALL.txt").read_text(encoding="utf-8")
    english = text.index("Mibu @VERSION@ offline bundle")
    assert text.index("离线安装包") < english
    for command in ("sha256sum -c SHA256SUMS", "sudo apt install ./*.deb"):
        assert 0 < text.index(command) < english < text.rindex(command)
