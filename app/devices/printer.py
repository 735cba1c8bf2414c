"""Local printers through CUPS' command-line client and its IPP socket.

The PDF goes to ``lp`` on its standard input, so Mibu itself never writes a plaintext file.
CUPS does: the scheduler spools every job's document as a file (``/var/spool/cups/d00001-001``)
and, unless told otherwise, *keeps* it for a day after printing (``PreserveJobFiles``, default
86400 s) and keeps each job's record forever (``PreserveJobHistory``, default Yes). The
installer's ``mibu-cups-config apply`` sets ``PreserveJobFiles No`` (the document is deleted as
soon as the job ends) and ``PreserveJobHistory 30`` (the job's record, which holds its number,
title, user and state but no document, is kept 30 seconds so Mibu can read the outcome).

:func:`check_spooler` reads the scheduler's settings (``cupsctl``) and says whether printing
would leave the document on disk; :func:`send` refuses to print when it would. The job title
is the print's serial number, never a document title (CUPS logs and keeps job titles).
:func:`follow` asks the scheduler over IPP (Get-Job-Attributes) until the job has ended and
says how: printed, cancelled or failed.

Which scheduler: ``CUPS_SERVER`` (a socket path or ``host[:port]``) as for ``lp`` itself, else
the local socket ``/run/cups/cups.sock``, else ``localhost:631``.
"""

from __future__ import annotations

import getpass
import http.client
import os
import re
import shutil
import socket
import struct
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.errors import MibuError

PRINTER_NAME = re.compile(r"^[A-Za-z0-9_.\-@]{1,127}$")


class PrintError(MibuError):
    code = "print"


def _lp_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise PrintError("未安装打印系统（CUPS 的 lp 命令），无法打印")
    return path


def list_printers() -> list[str]:
    """Names of the printers CUPS knows (``lpstat -e``); empty when there are none."""
    try:
        done = subprocess.run(  # noqa: S603
            [_lp_tool("lpstat"), "-e"], capture_output=True, text=True, timeout=10, check=False
        )
    except (PrintError, subprocess.TimeoutExpired):
        return []
    return [line.strip() for line in done.stdout.splitlines() if PRINTER_NAME.match(line.strip())]


def send(pdf: bytes, *, printer: str, copies: int, job_title: str) -> str:
    """Hand the PDF to CUPS; return the job id CUPS reports."""
    if not PRINTER_NAME.match(printer):
        raise PrintError(f"打印机名称不合法：{printer[:40]}")
    if not 1 <= copies <= 99:
        raise PrintError("打印份数须在 1 到 99 之间")
    if not PRINTER_NAME.match(job_title):
        raise PrintError("打印任务名称不合法")
    try:
        done = subprocess.run(  # noqa: S603
            [_lp_tool("lp"), "-d", printer, "-n", str(copies), "-t", job_title, "-"],
            input=pdf, capture_output=True, timeout=60, check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PrintError("打印系统无响应，任务未提交") from exc
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip()[:200]
        raise PrintError(f"打印失败：{reason or '打印系统拒绝了任务'}")
    out = done.stdout.decode("utf-8", "replace")
    match = re.search(r"request id is (\S+)", out)
    return match.group(1) if match else out.strip()


# -- is the spooler set to keep nothing? ---------------------------------------------------------

SPOOL_DIR = "/var/spool/cups"
FIX = ("请以管理员身份运行 mibu-cups-config apply"
       "（或在 cupsd.conf 中设 PreserveJobFiles No 并重启 CUPS）")
#: CUPS' defaults when cupsd.conf does not set them (man cupsd.conf).
DEFAULT_JOB_FILES = "86400"
DEFAULT_JOB_HISTORY = "Yes"
_TRUE = {"yes", "on", "true", "enabled"}
_FALSE = {"no", "off", "false", "disabled", "0"}


def _seconds_kept(value: str) -> int | None:
    """How long a ``PreserveJob*`` value keeps things: 0, seconds, or None for ever/unknown."""
    v = value.strip().lower()
    if v in _FALSE:
        return 0
    if v in _TRUE:
        return None
    return int(v) if v.isdigit() else None


@dataclass(frozen=True)
class SpoolerCheck:
    """What the scheduler's settings say about what printing leaves behind."""

    readable: bool
    job_files: str = ""  # PreserveJobFiles as set, or the default
    job_files_default: bool = False
    job_history: str = ""
    job_history_default: bool = False
    shared: bool = False  # _share_printers / _remote_any: printers offered to the network
    error: str = ""

    @property
    def keeps_files(self) -> bool:
        return not self.readable or _seconds_kept(self.job_files) != 0

    @property
    def ok(self) -> bool:
        return self.readable and not self.keeps_files

    @property
    def message(self) -> str:
        """Why printing is refused (Chinese), or "" when it is not."""
        if not self.readable:
            return (f"无法读取 CUPS 的设置（{self.error}）："
                    f"不能确认打印后文件不会留在 {SPOOL_DIR}，未打印")
        if not self.keeps_files:
            return ""
        if self.job_files_default:
            how = (f"未设置（默认 {DEFAULT_JOB_FILES} 秒）："
                   f"打印后文件会在 {SPOOL_DIR} 中以明文保留一天")
        else:
            kept = _seconds_kept(self.job_files)
            span = "一直保留" if kept is None else f"保留 {kept} 秒"
            how = f"为 {self.job_files}：打印后文件会留在 {SPOOL_DIR} 中（明文，{span}）"
        return f"CUPS 设置 PreserveJobFiles {how}。未打印。{FIX}"

    def lines(self) -> list[str]:
        """The state, one Chinese line per setting (``mibu print-check``, the Settings screen)."""
        if not self.readable:
            return [self.message]
        default = "（默认）"
        files = (f"PreserveJobFiles {self.job_files}{default if self.job_files_default else ''}"
                 + ("：打印后立即删除文件" if not self.keeps_files
                    else "：打印后文件会留在假脱机目录"))
        kept = _seconds_kept(self.job_history)
        history = (f"PreserveJobHistory {self.job_history}"
                   f"{default if self.job_history_default else ''}："
                   + ("不保留任务记录" if kept == 0 else
                      "任务记录（编号、打印编号、用户、状态，不含文件内容）"
                      + ("一直保留" if kept is None else f"保留 {kept} 秒")))
        sharing = ("打印机共享：已开启，网络上的计算机可使用本机打印机" if self.shared
                   else "打印机共享：关闭")
        verdict = ("结论：可以打印，打印后 CUPS 不保留文件" if self.ok
                   else f"结论：拒绝打印。{FIX}")
        return [files, history, sharing, verdict]

    def summary(self) -> str:
        """One line for the print audit."""
        if not self.readable:
            return f"无法读取 CUPS 设置：{self.error}"
        return (f"PreserveJobFiles {self.job_files}；PreserveJobHistory {self.job_history}；"
                f"共享{'开启' if self.shared else '关闭'}")


def parse_cupsctl(text: str) -> SpoolerCheck:
    """``cupsctl``'s ``name=value`` lines."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep:
            values[name.strip().lower()] = value.strip()
    files = values.get("preservejobfiles")
    history = values.get("preservejobhistory")
    shared = values.get("_share_printers") == "1" or values.get("_remote_any") == "1"
    return SpoolerCheck(
        readable=True, job_files=files or DEFAULT_JOB_FILES, job_files_default=files is None,
        job_history=history or DEFAULT_JOB_HISTORY, job_history_default=history is None,
        shared=shared)


def check_spooler() -> SpoolerCheck:
    """The scheduler's settings as ``cupsctl`` reports them (for the scheduler ``lp`` uses).

    For a local scheduler ``cupsctl`` reads its ``cupsd.conf`` (``CUPS_SERVERROOT``, default
    /etc/cups); for a remote one it asks the scheduler. Anything unreadable counts as
    "would keep the files": printing is refused rather than risked.
    """
    try:
        done = subprocess.run(  # noqa: S603
            [_lp_tool("cupsctl")], capture_output=True, text=True, timeout=15, check=False)
    except PrintError as exc:
        return SpoolerCheck(readable=False, error=exc.message)
    except subprocess.TimeoutExpired:
        return SpoolerCheck(readable=False, error="cupsctl 无响应")
    if done.returncode != 0:
        reason = done.stderr.strip()[:160] or f"cupsctl 退出码 {done.returncode}"
        return SpoolerCheck(readable=False, error=reason)
    return parse_cupsctl(done.stdout)


# -- following a job to its end (IPP Get-Job-Attributes) ---------------------------------------

_JOB_STATES = {3: "等待打印", 4: "暂停", 5: "正在打印", 6: "打印机已停止", 7: "已取消",
               8: "打印失败", 9: "已打印"}
ENDED = (7, 8, 9)
PRINTED = "已打印"
#: job-state-reasons (RFC 8011, CUPS) as the clerk reads them; others are shown as CUPS says.
_REASONS = {
    "job-canceled-by-user": "已被用户取消",
    "job-canceled-by-operator": "已被管理员取消",
    "job-canceled-at-device": "在打印机上被取消",
    "aborted-by-system": "被打印系统中止",
    "job-aborted-by-system": "被打印系统中止",
    "document-format-error": "文件格式错误",
    "document-unprintable-error": "文件无法打印",
    "unsupported-document-format": "打印机不支持此文件格式",
    "job-completed-with-errors": "完成但有错误",
    "job-completed-with-warnings": "完成但有警告",
    "printer-stopped": "打印机已停止",
    "resources-are-not-ready": "打印机资源未就绪",
    "job-data-insufficient": "打印数据不完整",
}
_NOT_REASONS = {"none", "processing-to-stop-point", "job-printing", "job-completed-successfully",
                "job-incoming", "queued-in-device"}


def _reasons_text(reasons: tuple[str, ...], message: str) -> str:
    said = [_REASONS.get(r, r) for r in reasons if r not in _NOT_REASONS]
    return "、".join(dict.fromkeys(said)) or message


@dataclass(frozen=True)
class JobOutcome:
    """How a job ended: ``state`` is 已打印, 已取消, 打印失败 or 结果未知."""

    job: str
    state: str
    detail: str = ""
    reasons: tuple[str, ...] = field(default=())

    @property
    def printed(self) -> bool:
        return self.state == PRINTED

    @property
    def text(self) -> str:
        return self.state + (f"：{self.detail}" if self.detail else "")


class IppError(PrintError):
    pass


def cups_server() -> str:
    """The scheduler ``lp`` talks to: CUPS_SERVER, else the local socket, else localhost."""
    server = os.environ.get("CUPS_SERVER", "").strip()
    if server:
        return server
    return "/run/cups/cups.sock" if os.path.exists("/run/cups/cups.sock") else "localhost:631"


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        sock.connect(self._path)
        self.sock = sock


def _attr(tag: int, name: str, value: bytes) -> bytes:
    raw = name.encode()
    return struct.pack(">BH", tag, len(raw)) + raw + struct.pack(">H", len(value)) + value


def _job_request(job_id: int, request_id: int) -> bytes:
    body = struct.pack(">BBHI", 2, 0, 0x0009, request_id) + b"\x01"  # Get-Job-Attributes
    body += _attr(0x47, "attributes-charset", b"utf-8")
    body += _attr(0x48, "attributes-natural-language", b"zh-cn")
    body += _attr(0x45, "job-uri", f"ipp://localhost/jobs/{job_id}".encode())
    body += _attr(0x42, "requesting-user-name", getpass.getuser().encode())
    wanted = ("job-state", "job-state-reasons", "job-state-message", "job-name")
    body += _attr(0x44, "requested-attributes", wanted[0].encode())
    for name in wanted[1:]:
        body += _attr(0x44, "", name.encode())
    return body + b"\x03"


def _parse_response(data: bytes) -> tuple[int, dict[str, list[object]]]:
    """The status code and the job attributes of an IPP response."""
    if len(data) < 9:
        raise IppError("打印系统的回应不完整")
    status = struct.unpack(">H", data[2:4])[0]
    attrs: dict[str, list[object]] = {}
    pos, last = 8, ""
    while pos < len(data):
        tag = data[pos]
        pos += 1
        if tag == 0x03:
            break
        if tag < 0x10:  # a group delimiter
            continue
        (nlen,) = struct.unpack(">H", data[pos:pos + 2])
        name = data[pos + 2:pos + 2 + nlen].decode("utf-8", "replace")
        pos += 2 + nlen
        (vlen,) = struct.unpack(">H", data[pos:pos + 2])
        raw = data[pos + 2:pos + 2 + vlen]
        pos += 2 + vlen
        value: object
        if tag in (0x21, 0x23) and vlen == 4:
            value = struct.unpack(">i", raw)[0]
        elif tag == 0x22 and vlen == 1:
            value = bool(raw[0])
        else:
            value = raw.decode("utf-8", "replace")
        last = name or last
        attrs.setdefault(last, []).append(value)
    return status, attrs


def job_attributes(job_id: int, *, timeout: float = 10.0) -> dict[str, list[object]] | None:
    """The job's state attributes from the scheduler; None when it no longer knows the job."""
    server = cups_server()
    if server.startswith("/"):
        conn: http.client.HTTPConnection = _UnixConnection(server, timeout)
    else:
        host, _sep, port = server.partition(":")
        conn = http.client.HTTPConnection(host, int(port or 631), timeout=timeout)
    try:
        conn.request("POST", "/jobs/", body=_job_request(job_id, 1),
                     headers={"Content-Type": "application/ipp"})
        response = conn.getresponse()
        data = response.read()
    except (OSError, http.client.HTTPException) as exc:
        raise IppError(f"无法连接打印系统（{server}）：{exc}") from exc
    finally:
        conn.close()
    if response.status != 200:
        raise IppError(f"打印系统拒绝查询（HTTP {response.status}）")
    status, attrs = _parse_response(data)
    if status == 0x0406:  # client-error-not-found: the job's record is gone
        return None
    if status >= 0x0100:
        raise IppError(f"打印系统拒绝查询（IPP 状态 0x{status:04x}）")
    return attrs


def job_number(job: str) -> int:
    """``Office_Laser-42`` (what ``lp`` reports) → 42."""
    tail = job.rsplit("-", 1)[-1]
    if not tail.isdigit():
        raise PrintError(f"无法识别的打印任务号：{job[:40]}")
    return int(tail)


def follow(job: str, *, interval: float = 0.5, give_up_after: float = 3600.0,
           sleep: Callable[[float], None] = time.sleep) -> JobOutcome:
    """Ask the scheduler about ``job`` until it has ended; how it ended.

    Blocking: call it off the GUI thread. A job the scheduler forgets before Mibu saw it end
    (``PreserveJobHistory No``) or cannot be asked about ends as 结果未知 with the reason.
    """
    try:
        number = job_number(job)
    except PrintError as exc:
        return JobOutcome(job, "结果未知", exc.message)
    waited = 0.0
    last_state = 0
    while True:
        try:
            attrs = job_attributes(number)
        except PrintError as exc:
            return JobOutcome(job, "结果未知", exc.message)
        if attrs is None:
            seen = f"（最后状态：{_JOB_STATES[last_state]}）" if last_state in _JOB_STATES else ""
            return JobOutcome(job, "结果未知", f"打印系统已不保留此任务的记录{seen}")
        state = attrs.get("job-state", [0])[0]
        reasons = tuple(str(r) for r in attrs.get("job-state-reasons", []))
        message = str(attrs.get("job-state-message", [""])[0])
        if isinstance(state, int):
            last_state = state
        if state in ENDED:
            detail = "" if state == 9 else _reasons_text(reasons, message)
            return JobOutcome(job, _JOB_STATES[int(state)], detail, reasons)
        if waited >= give_up_after:
            return JobOutcome(job, "结果未知",
                              f"等待 {int(waited)} 秒仍未结束（{_JOB_STATES.get(last_state, '')}）")
        sleep(interval)
        waited += interval
