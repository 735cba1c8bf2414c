"""``mibu demo``: a register filled with realistic sample data, for trying Mibu out.

Each area of the product adds its sample records in ``fill`` below, through the same
services the clerk uses, so the demo's audit trail is as real as any.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.models.enums import Clearance, Level, Role
from app.services import accounts, dispatch, documents, people
from app.services.documents import EnvelopeCheck, ReceiptInput
from app.services.register import Actor, Register, create_register

DEMO_CLERK_NAME = "张保密"
DEMO_ACCOUNTS = [
    ("approver", "李主任", Role.APPROVER),
    ("auditor", "王审计", Role.AUDITOR),
    ("admin", "赵管理", Role.ADMIN),
]


def demo_accounts() -> list[tuple[str, str, Role]]:
    """Every account ``create_demo`` makes: (user name, name, role), the clerk first."""
    return [("clerk", DEMO_CLERK_NAME, Role.CLERK), *DEMO_ACCOUNTS]


def create_demo(path: Path, passphrase: str) -> Register:
    created = create_register(
        path,
        unit_name="海淀区示例局",
        workstation_name="机要室-01",
        level=Level.CONFIDENTIAL,
        clerk_username="clerk",
        clerk_display_name=DEMO_CLERK_NAME,
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
    fill_register(register, clerk)
    _fill_media(register, clerk, passphrase)
    _fill_media_events(register, clerk)
    from app.services.lifecycle import demo as lifecycle_demo

    lifecycle_demo.fill(register, clerk, passphrase)


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


def _fill_media(register: Register, clerk: Actor, passphrase: str) -> None:
    from app.models.documents import ApprovalKind
    from app.services import media
    from app.services.lifecycle import approvals

    for number, kind, brand, vid, pid, serial, level, holder, capacity in DEMO_MEDIA:
        media.register_medium(register, clerk, media.NewMedium(
            number=number, kind=kind, brand_model=brand, level=level, holder=holder,
            vendor_id=vid, product_id=pid, serial=serial, capacity=capacity,
            bought_on="2024-01-15"))
    media.return_medium(register, clerk, "JM-U-2024-002")
    # Carrying a medium out takes an approval record for it, decided by a leader.
    asked = media.request_approval(register, clerk, "JM-H-2023-001", ApprovalKind.CARRY_OUT,
                                   until=dt.date.today() + dt.timedelta(days=1),
                                   reason="向市保密局作年度汇报")
    approved = approvals.approve_at_terminal(register, clerk, asked.id, username="approver",
                                             passphrase=passphrase)
    media.carry_out(register, clerk, "JM-H-2023-001", approval_id=approved.id,
                    destination="市保密局 年度汇报")
    media.record_inventory(register, clerk, "JM-U-2024-001")


#: Media whose life goes on after registration: handed back, lost.
DEMO_MEDIA_EVENTS = [
    ("MM-U-2023-006", "U盘", "爱国者 U210 16GB", "1221", "3234", "A2023060000000451",
     "秘密", "吴敏", "16GB"),
    ("MM-U-2025-009", "U盘", "朗科 U185 32GB", "0dd8", "1a00", "NK2025090000000387",
     "秘密", "刘洋", "32GB"),
]


def _fill_media_events(register: Register, clerk: Actor) -> None:
    from app.services import media

    for number, kind, brand, vid, pid, serial, level, holder, capacity in DEMO_MEDIA_EVENTS:
        media.register_medium(register, clerk, media.NewMedium(
            number=number, kind=kind, brand_model=brand, level=level, holder=holder,
            vendor_id=vid, product_id=pid, serial=serial, capacity=capacity,
            bought_on="2023-06-01"))
    # 刘洋 hands his U盘 back before leaving his post (see the lifecycle demo's departure).
    media.return_medium(register, clerk, "MM-U-2025-009")
    # A lost U盘: the loss opens an incident to be reported within 24 hours.
    media.report_lost(register, clerk, "MM-U-2023-006",
                      "吴敏称该U盘在信息中心机房使用后未按规定交回保密柜，次日清点时发现"
                      "去向不明，经查找机房、办公室均未找到")


DEMO_PEOPLE = [
    ("张建国", "局领导", "局长", Clearance.CORE),
    ("李红梅", "局领导", "副局长", Clearance.CORE),
    ("王志强", "办公室", "主任", Clearance.IMPORTANT),
    ("何伟", "办公室", "机要员", Clearance.IMPORTANT),
    ("刘洋", "办公室", "科员", Clearance.GENERAL),
    ("陈静", "保密科", "科长", Clearance.IMPORTANT),
    ("赵磊", "保密科", "科员", Clearance.IMPORTANT),
    ("孙丽", "人事科", "科长", Clearance.IMPORTANT),
    ("周涛", "规划科", "科长", Clearance.IMPORTANT),
    ("吴敏", "信息中心", "主任", Clearance.IMPORTANT),
    # the 责任人 of media (media hold people, not names)
    ("张保密", "保密科", "保密员", Clearance.IMPORTANT),
    ("王晓东", "信息中心", "工程师", Clearance.IMPORTANT),
    ("刘红", "办公室", "机要员", Clearance.IMPORTANT),
]

#: Receipts whose issuer allows copying (noted on the envelope at receipt).
COPY_ALLOWED = {"京海发〔2026〕1号"}

# (文号, 标题, 来文单位, days ago, 密级, 保密期限, 份号 or count, 知悉范围)
DEMO_RECEIPTS: list[tuple[str, str, str, int, Level, str, list[int] | int, str]] = [
    ("中办发〔2016〕5号", "关于加强新形势下保密工作的意见", "中共中央办公厅", 3900,
     Level.CONFIDENTIAL, "10年", [15, 16], "局领导、办公室"),
    ("京海发〔2016〕12号", "关于印发《海淀区机关保密工作责任制实施办法》的通知",
     "中共北京市海淀区委", 3800, Level.SECRET, "10年", 3, "局领导、办公室、保密科"),
    ("京海发〔2026〕1号", "中共北京市海淀区委关于2026年保密工作要点", "中共北京市海淀区委", 300,
     Level.SECRET, "10年", 3, "局领导、办公室、保密科"),
    ("中办发〔2026〕2号", "关于进一步加强党政机关保密管理的意见", "中共中央办公厅", 280,
     Level.CONFIDENTIAL, "20年", [31, 32], "局领导"),
    ("国保发〔2026〕2号", "关于《国家秘密载体管理规定（修订稿）》征求意见的函", "国家保密局", 240,
     Level.CONFIDENTIAL, "10年", [115], "保密科"),
    ("京海办字〔2026〕18号", "海淀区机关涉密人员年度审查工作方案", "中共北京市海淀区委办公室",
     200, Level.SECRET, "10年", 2, "人事科、保密科"),
    ("海教发〔2026〕11号", "海淀区教育系统考试命题保密工作方案", "北京市海淀区教育委员会", 170,
     Level.CONFIDENTIAL, "", [4, 5, 6], "局领导、办公室"),
    ("国保函〔2026〕45号", "关于开展涉密信息系统分级保护测评的函", "国家保密局", 60,
     Level.SECRET, "10年", 1, "信息中心"),
    ("京海保〔2026〕9号", "海淀区2026年第三季度保密检查情况通报", "北京市海淀区国家保密局", 40,
     Level.SECRET, "5年", 3, "局领导、保密科"),
    ("中办发〔2026〕31号", "关于做好年终岁末保密工作的通知", "中共中央办公厅", 10,
     Level.CONFIDENTIAL, "20年", [57, 58], "局领导、办公室"),
]


def fill_register(register: Register, clerk: Actor) -> None:
    """People, received documents with their copies, and one outgoing document sent out."""
    for name, dept, post, clearance in DEMO_PEOPLE:
        people.add_person(register, clerk, name=name, department=dept, post=post,
                          clearance=clearance)
    today = dt.date.today()
    for i, (number, title, sender, ago, level, period, copies, scope) in enumerate(
            DEMO_RECEIPTS):
        numbers = copies if isinstance(copies, list) else None
        count = len(copies) if isinstance(copies, list) else copies
        envelope = EnvelopeCheck() if i != 5 else EnvelopeCheck(
            count_ok=False, notes="信封标注3份，实收2份，已电话告知来文单位核实")
        documents.receive(register, clerk, ReceiptInput(
            doc_number=number, title=title, sender=sender,
            received_on=today - dt.timedelta(days=ago), level=level, period=period,
            copies=count, copy_numbers=numbers, scope=scope, location="机要室保密柜1",
            envelope=envelope, copy_allowed=number in COPY_ALLOWED,
            return_deadline=(today + dt.timedelta(days=30)) if i == 9 else None,
        ))
    out = dispatch.register_outgoing(register, clerk, dispatch.OutgoingInput(
        doc_number="海保发〔2026〕3号", title="关于开展2026年度保密自查自评工作的通知",
        level=Level.SECRET, issued_on=today - dt.timedelta(days=5), signed_by="张建国",
        distribution=[("北京市海淀区教育委员会", 1), ("北京市海淀区卫生健康委员会", 1)],
        keep_copies=1, scope="局领导、保密科", location="机要室保密柜2"))
    first = documents.list_copies(register, out.id)[0]
    dispatch.dispatch(register, clerk, recipient="北京市海淀区教育委员会", copy_ids=[first.id])
