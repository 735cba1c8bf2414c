"""Valid records with sensible defaults, for tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

from app.models.enums import Level, Role
from app.services import accounts
from app.services.register import Actor, NewRegister, Register, create_register

PASSPHRASE = "Correct-Horse7"  # 14 characters, three classes: fits every level


def new_register(path: Path, *, level: Level = Level.CONFIDENTIAL,
                 passphrase: str = PASSPHRASE) -> NewRegister:
    return create_register(
        path,
        unit_name="海淀区测试局",
        workstation_name="机要室-01",
        level=level,
        clerk_username="clerk",
        clerk_display_name="张保密",
        passphrase=passphrase,
    )


def add_account(register: Register, clerk: Actor, username: str, role: Role,
                display_name: str | None = None, passphrase: str = PASSPHRASE) -> Actor:
    created = accounts.create_account(
        register, clerk, username=username, display_name=display_name or username,
        role=role, passphrase=passphrase,
    )
    a = created.account
    return Actor(a.id, a.username, a.display_name, a.role)
