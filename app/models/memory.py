"""Keeping the register's plaintext in memory off the disk.

SQLCipher decrypts pages into SQLite's page cache. Three ways put that memory on a disk
in plaintext: swapping, hibernation (whose image is written to swap) and a core dump. A
fourth, another process of the same user reading this one's memory (``ptrace``,
``/proc/PID/mem``), needs no disk at all.

``PRAGMA cipher_memory_security`` guards against swapping by locking (``mlock``) and wiping
every allocation SQLite makes, two system calls per allocation: measured on the reference
machine it takes a third to a half of the time of an import, a receipt or a search (see
README, "Memory"). SQLCipher locks and wipes its own key buffers whether it is on or not
(``sqlcipher_malloc``/``sqlcipher_free``).

This module gets the same protection from the platform instead, once per process, before
the first connection (SQLCipher cannot turn the pragma off again once it is on):

- core dumps off (``RLIMIT_CORE`` 0) and the process not dumpable (``PR_SET_DUMPABLE`` 0:
  no core file, and no other process of the user can attach to it or read its memory);
- every active swap area encrypted (dm-crypt) or in memory (zram), or no swap at all; the
  package's installer runs the same check (``mibu check-memory``) and says what to do.

When any of that does not hold, memory security is turned on and the cost is paid.
"""

from __future__ import annotations

import ctypes
import os
import resource
from dataclasses import dataclass
from pathlib import Path

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


@dataclass(frozen=True)
class SwapArea:
    device: str  # as /proc/swaps names it
    protected: bool  # encrypted (dm-crypt) or in memory (zram)
    kind: str  # for the clerk: 加密交换分区, 内存压缩交换区, 未加密交换分区, 交换文件


@dataclass(frozen=True)
class Protection:
    """How this process keeps plaintext off the disk."""

    memory_security: bool  # SQLCipher's cipher_memory_security is on
    reasons: tuple[str, ...]  # why it is on (empty when the platform protects)

    @property
    def summary(self) -> str:
        if not self.memory_security:
            return "内存保护：系统提供（无未加密的交换区，已禁止核心转储和进程调试）"
        return "内存保护：SQLCipher 内存锁定（较慢），因为" + "；".join(self.reasons)


def swap_areas(proc_swaps: Path = Path("/proc/swaps"), sys_block: Path = Path("/sys/block"),
               dev: Path = Path("/dev")) -> list[SwapArea]:
    """The active swap areas and whether each keeps what it holds from the disk in clear."""
    try:
        lines = proc_swaps.read_text(encoding="utf-8").splitlines()[1:]
    except OSError:
        return [SwapArea("/proc/swaps", False, "无法读取交换区列表")]
    areas = []
    for line in lines:
        fields = line.split()
        if len(fields) < 2:
            continue
        device, kind = fields[0].replace("\\040", " "), fields[1]
        if kind == "file":
            areas.append(SwapArea(device, False, "交换文件"))
            continue
        name = _block_name(Path(device), dev)
        if name.startswith("zram"):
            areas.append(SwapArea(device, True, "内存压缩交换区"))
        elif _dm_crypt(sys_block / name):
            areas.append(SwapArea(device, True, "加密交换分区"))
        else:
            areas.append(SwapArea(device, False, "未加密交换分区"))
    return areas


def _block_name(device: Path, dev: Path) -> str:
    """``dm-3`` for ``/dev/mapper/cryptswap`` (a link to ``../dm-3``), ``sda2`` for itself."""
    try:
        target = device.resolve() if device.is_absolute() else (dev / device).resolve()
    except OSError:
        target = device
    return target.name


def _dm_crypt(block: Path) -> bool:
    try:
        return (block / "dm" / "uuid").read_text(encoding="ascii").startswith("CRYPT-")
    except (OSError, UnicodeDecodeError):
        return False


def harden_process() -> list[str]:
    """No core dump, not dumpable; what could not be done (for :class:`Protection`)."""
    failed = []
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        failed.append("无法禁止核心转储")
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the process's own symbols: libc's prctl
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0 or libc.prctl(
                PR_GET_DUMPABLE, 0, 0, 0, 0) != 0:
            failed.append("无法禁止其他进程读取本进程内存")
    except (OSError, AttributeError):
        failed.append("无法禁止其他进程读取本进程内存")
    return failed


def check(proc_swaps: Path = Path("/proc/swaps"), sys_block: Path = Path("/sys/block"),
          dev: Path = Path("/dev"), hardened: list[str] | None = None) -> Protection:
    """The decision for a process whose hardening gave ``hardened`` (its failures)."""
    reasons = list(hardened or [])
    for area in swap_areas(proc_swaps, sys_block, dev):
        if not area.protected:
            reasons.append(f"{area.device} 是{area.kind}")
    if os.environ.get("MIBU_MEMORY_SECURITY") == "on":  # an administrator's choice
        reasons.append("已设置 MIBU_MEMORY_SECURITY=on")
    return Protection(memory_security=bool(reasons), reasons=tuple(reasons))


_hardened: list[str] | None = None
_decided: Protection | None = None


def protection() -> Protection:
    """This process's protection, asked before each new connection. The process is hardened
    on the first call; swap is looked at again each time until memory security is on (a swap
    area switched on later turns it on; once on, it stays on for the process)."""
    global _hardened, _decided
    if _decided is None or not _decided.memory_security:
        if _hardened is None:
            _hardened = harden_process()
        _decided = check(hardened=_hardened)
    return _decided
