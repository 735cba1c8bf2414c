"""Plaintext in memory stays off the disk: SQLCipher's memory security, or the platform's
protection in its place (app/models/memory.py, issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.models import memory

HEADER = "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n"


def _system(tmp_path: Path, swaps: list[str], dm: dict[str, str] | None = None,
            links: dict[str, str] | None = None) -> dict[str, Path]:
    proc = tmp_path / "swaps"
    proc.write_text(HEADER + "".join(f"{s}\n" for s in swaps), encoding="utf-8")
    block, dev = tmp_path / "block", tmp_path / "dev"
    (dev / "mapper").mkdir(parents=True)
    for name, uuid in (dm or {}).items():
        (block / name / "dm").mkdir(parents=True)
        (block / name / "dm" / "uuid").write_text(uuid + "\n", encoding="ascii")
        (dev / name).touch()
    for link, target in (links or {}).items():
        (dev / "mapper" / link).symlink_to(f"../{target}")
    return {"proc_swaps": proc, "sys_block": block, "dev": dev}


def test_no_swap_and_a_hardened_process_need_no_memory_security(tmp_path: Path) -> None:
    decided = memory.check(**_system(tmp_path, []), hardened=[])
    assert not decided.memory_security
    assert "系统提供" in decided.summary


def test_encrypted_and_in_memory_swap_are_protected(tmp_path: Path) -> None:
    system = _system(tmp_path, [
        f"{tmp_path}/dev/mapper/cryptswap partition 2097148 0 -2",
        "/dev/zram0 partition 1048572 0 100",
    ], dm={"dm-1": "CRYPT-PLAIN-cryptswap"}, links={"cryptswap": "dm-1"})
    areas = memory.swap_areas(**system)
    assert [(a.kind, a.protected) for a in areas] == [("加密交换分区", True),
                                                       ("内存压缩交换区", True)]
    assert not memory.check(**system, hardened=[]).memory_security


def test_plain_swap_turns_memory_security_on_and_says_why(tmp_path: Path) -> None:
    system = _system(tmp_path, [
        "/dev/sda3 partition 2097148 0 -2",
        f"{tmp_path}/dev/mapper/vg-swap partition 1048572 0 -3",
        "/swapfile file 1048572 0 -4",
    ], dm={"dm-2": "LVM-abcdef"}, links={"vg-swap": "dm-2"})
    decided = memory.check(**system, hardened=[])
    assert decided.memory_security
    assert decided.reasons == ("/dev/sda3 是未加密交换分区",
                               f"{tmp_path}/dev/mapper/vg-swap 是未加密交换分区",
                               "/swapfile 是交换文件")
    assert "SQLCipher 内存锁定" in decided.summary


def test_an_unreadable_swap_list_or_a_failed_hardening_turns_it_on(tmp_path: Path) -> None:
    missing = memory.check(proc_swaps=tmp_path / "nothing", hardened=[])
    assert missing.memory_security and "无法读取交换区列表" in missing.summary
    failed = memory.check(**_system(tmp_path, []), hardened=["无法禁止核心转储"])
    assert failed.reasons == ("无法禁止核心转储",)


PROBE = """
import resource, sys
from app.models import memory
from tests.factories import new_register
reg = new_register(sys.argv[1]).register
with reg.db.engine.connect() as conn:
    on = conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar()
dumpable = __import__("ctypes").CDLL(None).prctl(memory.PR_GET_DUMPABLE, 0, 0, 0, 0)
locked = [int(line.split()[1]) for line in open("/proc/self/status")
          if line.startswith("VmLck:")][0]
print(on, resource.getrlimit(resource.RLIMIT_CORE)[1], dumpable, locked > 0)
reg.close()
"""


@pytest.mark.parametrize("override", [None, "on"])
def test_the_register_opens_with_what_was_decided(tmp_path: Path, override: str | None) -> None:
    """In a process of its own (the decision is once per process): core dumps off, not
    dumpable, memory security as the platform requires (on when asked for), and in either
    mode some memory locked (``VmLck``): SQLCipher's own key buffers (sqlcipher_malloc)."""
    env = {k: v for k, v in os.environ.items() if k != "MIBU_MEMORY_SECURITY"}
    if override:
        env["MIBU_MEMORY_SECURITY"] = override
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "r.mibu")], env=env,
                         capture_output=True, text=True, check=True).stdout.split()
    expected = "1" if override or memory.check(hardened=[]).memory_security else "0"
    assert out == [expected, "0", "0", "True"]
