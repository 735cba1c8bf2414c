"""``mibu search`` and ``mibu show``: the register from the command line."""

from __future__ import annotations

import argparse

from app.cli.common import add_register_options, open_register
from app.errors import NotFound
from app.models.documents import DocumentKind
from app.models.enums import Level
from app.services import documents, search, trail
from app.services.documents import DocumentInfo
from app.services.trail import TrailFilter


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="检索收发文登记（标题、文号、收文编号、来文单位）")
    add_register_options(p)
    p.add_argument("text", nargs="?", default="", help="检索词（可为空）")
    p.add_argument("--level", action="append", default=[], help="密级，可重复")
    p.add_argument("--limit", type=int, default=50, help="最多显示行数（默认 50）")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("show", help="显示一份文件的各份载体、持有人和全部记录")
    add_register_options(p)
    p.add_argument("number", help="收文编号（如 2026-收-0001）或载体条码")
    p.set_defaults(func=cmd_show)


def cmd_search(args: argparse.Namespace) -> int:
    levels = tuple(Level.parse(x) for x in args.level)
    reg, _actor = open_register(args)
    try:
        f = search.DocumentFilter(text=args.text, levels=levels)
        total = search.count_documents(reg, f)
        rows = search.search_documents(reg, f, limit=max(1, min(args.limit, search.MAX_PAGE)))
    finally:
        reg.close()
    for r in rows:
        print(f"{r.internal_no}\t{r.marking}\t{r.doc_number}\t{r.title}\t{r.sender}\t"
              f"{r.received_on}\t{r.in_store}/{r.copies} 在库")
    print(f"共 {total} 条" + (f"，显示前 {len(rows)} 条" if total > len(rows) else ""))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    reg, _actor = open_register(args)
    try:
        try:
            doc = documents.find_document(reg, args.number)
        except NotFound:
            doc = documents.get_document(reg, documents.find_copy(reg, args.number).document_id)
        copies = documents.list_copies(reg, doc.id)
        history = trail.page_in(reg, _actor, TrailFilter(item=doc.internal_no), 0, 100_000,
                                oldest_first=True)
    finally:
        reg.close()
    _print_document(doc)
    print("载体：")
    for c in copies:
        holder = c.holder_name or "—"
        print(f"  {c.label}\t{c.code}\t{c.state.label}\t持有人：{holder}\t{c.location}")
    print("记录：")
    for h in history:  # in words, as the audit screen shows them
        print(f"  {h.at}\t{h.actor}\t{h.label}\t{h.subject}")
        for change in h.changes:
            print(f"      {change}")
    return 0


def _print_document(d: DocumentInfo) -> None:
    outgoing = d.kind is DocumentKind.OUTGOING
    print(f"{d.internal_no}  {d.kind.label}  {d.marking}")
    print(f"文号：{d.doc_number or '无'}\n标题：{d.title}")
    if not outgoing:
        print(f"来文单位：{d.sender or '未填写'}")
    elif d.signed_by:
        print(f"签发人：{d.signed_by}")
    scope = d.scope_text or "未指定"
    dated = "发文日期" if outgoing else "收文日期"
    print(f"{dated}：{d.received_on}\t份数：{d.copies_count}\t知悉范围：{scope}")
    if d.remarks:
        print(f"备注：{d.remarks}")
    if d.return_deadline:
        print(f"清退期限：{d.return_deadline}")
    if d.discrepancies:
        print(f"异常情况：{d.discrepancies}")
