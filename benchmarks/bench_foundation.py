"""Foundation: cold start, unlock to main window, cost of encryption."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, event, insert

from app.models.db import Database

TARGETS = {
    "start_s": ("<", 1.5),
    "unlock_s": ("<", 0.6),
    "encrypted_vs_plain_ratio": ("<", 1.5),
}
PASSPHRASE = "Bench-Passphrase-1"


def time_to_shown(argv: list[str], env: dict[str, str], what: str) -> float:
    """Median seconds, over five cold starts, until ``argv`` prints "shown" (the unlock
    dialog painted): the start benchmarks of the source tree and of the frozen build."""
    times = []
    for _ in range(5):
        t = time.perf_counter()
        with subprocess.Popen(  # noqa: S603 (our own interpreter or frozen build)
            argv, env=env, stdout=subprocess.PIPE, text=True,
        ) as probe:
            assert probe.stdout is not None
            line = probe.stdout.readline()
            times.append(time.perf_counter() - t)
            probe.stdout.read()
        if line.strip() != "shown" or probe.returncode != 0:
            raise RuntimeError(f"{what} did not show the unlock dialog (exit {probe.returncode})")
    return statistics.median(times)


def _start_s(path: Path) -> float:
    return time_to_shown([sys.executable, "-m", "benchmarks._start_probe", str(path)],
                         dict(os.environ, QT_QPA_PLATFORM="offscreen"), "the start probe")


def _unlock_s(path: Path) -> float:
    """The first unlock of a freshly started Mibu, five times (see ``_start_probe``)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(5):
        done = subprocess.run(  # noqa: S603 (our own interpreter and module)
            [sys.executable, "-m", "benchmarks._start_probe", str(path), PASSPHRASE],
            env=env, capture_output=True, text=True, check=True,
        )
        times.append(float(done.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def _inserts(engine_factory, n: int = 10_000, batch: int = 100) -> float:  # type: ignore[no-untyped-def]
    meta = MetaData()
    table = Table("t", meta, Column("id", Integer, primary_key=True),
                  Column("title", String(200)), Column("number", String(40)))
    engine = engine_factory()
    meta.create_all(engine)
    rows = [{"title": f"关于加强第{i}号涉密载体管理工作的通知", "number": f"京海发〔2026〕{i}号"}
            for i in range(n)]
    t = time.perf_counter()
    for start in range(0, n, batch):
        with engine.begin() as conn:
            conn.execute(insert(table), rows[start:start + batch])
    elapsed = time.perf_counter() - t
    engine.dispose()
    return elapsed


def _ratio(tmp: Path) -> float:
    def encrypted():  # type: ignore[no-untyped-def]
        path = tmp / f"enc-{time.monotonic_ns()}.db"
        db = Database(path, os.urandom(32))
        return db.engine

    def plain():  # type: ignore[no-untyped-def]
        path = tmp / f"plain-{time.monotonic_ns()}.db"

        def connect() -> sqlite3.Connection:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            for pragma in ("temp_store = MEMORY", "journal_mode = WAL", "synchronous = NORMAL"):
                conn.execute(f"PRAGMA {pragma}")
            return conn

        engine = create_engine("sqlite://", creator=connect)
        # The same explicit transactions as the encrypted Database (not autocommit).
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine

    # One run takes about 60 ms, so a hiccup of this shared machine moves a single ratio by
    # half. Fifteen runs of each, interleaved so a change in load touches both sides alike.
    enc, pln = [], []
    for _ in range(15):
        enc.append(_inserts(encrypted))
        pln.append(_inserts(plain))
    return statistics.median(enc) / statistics.median(pln)


def run() -> dict[str, float]:
    from app.models.enums import Level
    from app.services.register import create_register

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        path = tmp / "bench.mibu"
        create_register(path, unit_name="基准测试单位", workstation_name="机要室",
                        level=Level.CONFIDENTIAL, clerk_username="clerk",
                        clerk_display_name="张保密", passphrase=PASSPHRASE).register.close()
        return {
            "start_s": _start_s(path),
            "unlock_s": _unlock_s(path),
            "encrypted_vs_plain_ratio": _ratio(tmp),
        }
