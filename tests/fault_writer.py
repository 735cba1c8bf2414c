"""A process that writes, for tests/unit/test_fault_injection.py to kill with SIGKILL.

TESTS ONLY. ``python -m tests.fault_writer receipts REGISTER`` unlocks the register as the
clerk and registers received documents (收文登记) one per transaction, for ever, printing
each 收文编号 once its transaction has committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.models import keyfile
from app.services import documents
from app.services.register import unlock
from tests.doc_factories import receipt
from tests.factories import PASSPHRASE

keyfile.DEFAULT_KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 1024, "parallelism": 1}


def receipts(path: Path) -> None:
    reg, clerk = unlock(path, "clerk", PASSPHRASE)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1  # a 文号 no earlier (killed) writer used
        number = f"京海发〔2026〕{os.getpid()}{n:05d}号"
        info = documents.receive(reg, clerk, receipt(doc_number=number))
        print(info.internal_no, flush=True)  # committed: it must survive a kill


if __name__ == "__main__":
    if sys.argv[1] == "receipts":
        receipts(Path(sys.argv[2]))
