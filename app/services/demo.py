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
    _fill_media(register, clerk)


DEMO_MEDIA = [
    ("JM-U-2024-001", "U盘", "闪迪 酷豆 CZ430 64GB", "0781", "5581", "4C530001230101117031",
     "机密", "王晓东", "64GB"),
    ("JM-U-2024-002", "U盘", "金士顿 DataTraveler 32GB", "0951", "1666", "E0D55EA573F5E4A1",
     "机密", "刘红", "32GB"),
    ("JM-H-2023-001", "移动硬盘", "西部数据 My Passport 1TB", "1058", "25a2", "WX11A1234567",
     "机密", "张保密", "1TB"),
    ("MM-U-2022-004", "U盘", "朗科 U905 16GB", "0dd8", "1400", "AA04012700007689",
     "秘密", "陈静", "16GB"),
    ("JM-G-2024-003", "光盘", "威宝 CD-R 700MB", None, None, None, "机密", "张保密", "700MB"),
    ("JM-S-2024-001", "设备", "爱普生 LQ-630K 打印机", "04b8", "0005", "X3JV012345",
     "机密", "张保密", None),
]


def _fill_media(register: Register, clerk: Actor) -> None:
    from app.services import media

    for number, kind, brand, vid, pid, serial, level, holder, capacity in DEMO_MEDIA:
        media.register_medium(register, clerk, media.NewMedium(
            number=number, kind=kind, brand_model=brand, level=level, holder=holder,
            vendor_id=vid, product_id=pid, serial=serial, capacity=capacity,
            bought_on="2024-01-15"))
    media.return_medium(register, clerk, "JM-U-2024-002")
    media.carry_out(register, clerk, "JM-H-2023-001", approval_ref="审批-2024-017",
                    destination="市保密局 年度汇报")
    media.record_inventory(register, clerk, "JM-U-2024-001")
