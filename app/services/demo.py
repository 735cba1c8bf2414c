"""``mibu demo``: a register filled with realistic sample data, for trying Mibu out.

Each area of the product adds its sample records in ``fill`` below, through the same
services the clerk uses, so the demo's audit trail is as real as any.
"""

from __future__ import annotations

from pathlib import Path

from app.models.enums import Level, Role
from app.services import accounts
from app.services.register import Actor, Register, create_register

DEMO_ACCOUNTS = [
    ("approver", "李主任", Role.APPROVER),
    ("auditor", "王审计", Role.AUDITOR),
    ("admin", "赵管理", Role.ADMIN),
]


def create_demo(path: Path, passphrase: str) -> Register:
    created = create_register(
        path,
        unit_name="海淀区示例局",
        workstation_name="机要室-01",
        level=Level.CONFIDENTIAL,
        clerk_username="clerk",
        clerk_display_name="张保密",
        passphrase=passphrase,
    )
    fill(created.register, created.clerk, passphrase)
    return created.register


def fill(register: Register, clerk: Actor, passphrase: str) -> None:
    for username, name, role in DEMO_ACCOUNTS:
        accounts.create_account(
            register, clerk, username=username, display_name=name, role=role,
            passphrase=passphrase,
        )
