"""Shared fixtures. Qt runs offscreen; the Argon2 cost is lowered for speed (tests only)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyotp
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.models import keyfile
from app.models.enums import Level
from app.services.register import Actor, Register
from tests import factories

if TYPE_CHECKING:
    from app.ui.controller import Controller

# Tests make hundreds of key slots; a cheap KDF keeps them fast. Product code never does this.
keyfile.DEFAULT_KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 1024, "parallelism": 1}


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                      ) -> None:
    """Never touch the developer's real data folder or register."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("MIBU_REGISTER", raising=False)


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "register.mibu"


@pytest.fixture
def workstation_level(request: pytest.FixtureRequest) -> Level:
    """The level of the test register: 机密 unless marked ``@pytest.mark.workstation(level)``.

    A register refuses anything above its level (003 第十三条), so tests that keep 绝密
    items mark themselves (or override this fixture) for a 绝密 register; every unlock and
    approver confirmation there needs a one-time code (``factories.one_time_code``).
    """
    marker = request.node.get_closest_marker("workstation")
    return Level(marker.args[0]) if marker else Level.CONFIDENTIAL


@pytest.fixture
def opened(register_path: Path, workstation_level: Level) -> Iterator[tuple[Register, Actor]]:
    """A fresh register (机密 unless marked), unlocked by its clerk."""
    created = factories.new_register(register_path, level=workstation_level)
    yield created.register, created.clerk
    if created.register.is_open:
        created.register.close()


@pytest.fixture
def cjk_font(qapp: object) -> str:
    """The bundled CJK font as the application font (for screenshots that are looked at)."""
    from app.ui import fonts

    fonts.apply_app_font(qapp)  # type: ignore[arg-type]
    family = fonts.register_font()
    assert family
    return family


@pytest.fixture
def controller(register_path: Path) -> Iterator[Controller]:
    """The GUI's controller over a register path (no register yet), claimed for the test."""
    from app.ui.controller import Controller

    c = Controller(register_path)
    c.claim()
    yield c
    c.release()


@pytest.fixture
def unlocked(controller: Controller, workstation_level: Level) -> Controller:
    """The controller over a fresh register (机密 unless marked), unlocked by the clerk."""
    created = factories.new_register(controller.register_path, level=workstation_level)
    created.register.close()
    code = pyotp.TOTP(created.totp_secret).now() if created.totp_secret else None
    controller.unlock("clerk", factories.PASSPHRASE, code)
    return controller


@pytest.fixture
def register(opened: tuple[Register, Actor]) -> Register:
    return opened[0]


@pytest.fixture
def clerk(opened: tuple[Register, Actor]) -> Actor:
    return opened[1]


@pytest.fixture
def holders(opened: tuple[Register, Actor]) -> None:
    """The people media tests name as 责任人, registered (media hold people, not names)."""
    factories.media_holders(*opened)
