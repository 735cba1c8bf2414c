"""Local printers through CUPS' command-line client.

The PDF goes to ``lp`` on its standard input, so Mibu itself never writes a plaintext file:
the only copy on disk is the spooler's own, which CUPS removes once the job has printed.
The job title is the print's serial number, never a document title (CUPS logs job titles).
"""

from __future__ import annotations

import re
import shutil
import subprocess

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
