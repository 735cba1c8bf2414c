"""The encrypted register file: engine, connections and units of work.

One SQLite file encrypted page by page with SQLCipher (``sqlcipher3``), opened with the raw
32-byte data key from the key file. The key is the first statement on every connection
(it is issued in the pool's ``creator``, before SQLAlchemy sees the connection). WAL journal,
temporary tables in memory (no plaintext temp files), a busy timeout, and writes that take
the write lock up front (``BEGIN IMMEDIATE``) so there is a single writer at a time.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, FromClause, create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.errors import DiskFull, NotARegister, RegisterDamaged

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
_BEGIN_OPTION = "mibu_begin"
ROWS_PER_INSERT = 500  # rows of the widest table (30 columns) stay below 32,766 parameters


def _raise_for_disk_full(exc: BaseException) -> None:
    text_ = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text_ or "database or disk is full" in text_:
        raise DiskFull("磁盘已满：操作未完成，登记簿保持操作前的状态") from exc


class _Compiler(SQLiteCompiler):
    """SQLite's compiler, with table hints: ``with_hint(T, "INDEXED BY ix_...", "sqlite")``.

    SQLAlchemy drops table hints for SQLite; a query that must walk one index (the register
    in date order, app/services/search.py) says so with ``INDEXED BY`` after the table name.
    """

    def get_from_hint_text(self, table: FromClause, text: str | None) -> str | None:
        return text


class _Keyring:
    """How the engine of one register file connects: the file, and its key while it is open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pragma = ""  # "PRAGMA key = ..." while a Database over the file is open
        self.users = 0  # open Database objects over this engine

    def connect(self) -> sqlcipher3.Connection:
        if not self.pragma:
            raise sqlcipher3.DatabaseError("the register is locked (no key)")
        conn = sqlcipher3.connect(
            str(self.path), check_same_thread=False, isolation_level=None, timeout=10.0
        )
        conn.execute(self.pragma)  # must be the first statement on the connection
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn


def _new_engine(path: Path) -> tuple[Engine, _Keyring]:
    keyring = _Keyring(path)
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,  # so SQLAlchemy wraps SQLCipher's exceptions
        creator=keyring.connect,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )
    engine.dialect.statement_compiler = _Compiler
    event.listen(engine, "begin", _begin)
    return engine, keyring


#: One engine per register file for the life of the process, reused by every unlock.
#: SQLAlchemy caches compiled statements per dialect, and the ORM's caches (one LRU per
#: mapper) are keyed by the dialect too: an engine per unlock left each unlock's dialect and
#: its compiled statements in those caches, some 0.4 MB an unlock. Reused, the caches stay
#: the size of the statements the application has. Engines of files no longer open (backup
#: copies, registers of tests) are kept for the last few files only.
_ENGINES: OrderedDict[Path, tuple[Engine, _Keyring]] = OrderedDict()
_ENGINES_LOCK = threading.Lock()
KEEP_IDLE_ENGINES = 4


def _engine_for(path: Path, pragma: str) -> tuple[Engine, _Keyring, bool]:
    """The engine of ``path`` with ``pragma`` as its key; the last value says it is shared."""
    with _ENGINES_LOCK:
        entry = _ENGINES.pop(path, None) or _new_engine(path)
        engine, keyring = entry
        if keyring.users and keyring.pragma != pragma:
            # Open with another key (never the same file in the application): an engine of
            # its own, not kept.
            _ENGINES[path] = entry
            engine, keyring = _new_engine(path)
            keyring.pragma, keyring.users = pragma, 1
            return engine, keyring, False
        _ENGINES[path] = entry  # the most recently used last
        keyring.pragma = pragma
        keyring.users += 1
        return engine, keyring, True


def _release(path: Path, engine: Engine, keyring: _Keyring, shared: bool) -> None:
    with _ENGINES_LOCK:
        keyring.users -= 1
        if keyring.users > 0:
            return
        engine.dispose()  # every pooled connection closed ...
        keyring.pragma = ""  # ... and no new one can open
        if not shared:
            return
        idle = [p for p, (_e, k) in _ENGINES.items() if k.users == 0]
        for old in idle[:max(0, len(idle) - KEEP_IDLE_ENGINES)]:
            del _ENGINES[old]


class Database:
    """An open connection pool over one encrypted register file.

    The engine is the file's (see ``_ENGINES``); the key is given to it while this object is
    open, and taken back (every connection closed) by :meth:`dispose`.
    """

    def __init__(self, path: Path, data_key: bytes) -> None:
        self.path = path
        self.engine, self._keyring, self._shared = _engine_for(
            Path(path).absolute(), f"PRAGMA key = \"x'{data_key.hex()}'\"")
        self._open = True
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def check_opens(self) -> None:
        """Prove the key opens the file; translate SQLite's complaints for the clerk."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except (DBAPIError, sqlcipher3.DatabaseError) as exc:
            _raise_for_disk_full(exc)
            raise RegisterDamaged(
                "登记簿文件已损坏，无法用其密钥打开（请从备份恢复）"
            ) from exc

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work; the session is closed in ``finally``."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()  # rolls back; loaded objects stay readable, detached

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything (audit entry included) commits, or nothing does."""
        session = self._sessions()
        try:
            session.connection(execution_options={_BEGIN_OPTION: "BEGIN IMMEDIATE"})
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            _raise_for_disk_full(exc)
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        """Close every connection and drop the key (the engine stays for the next unlock)."""
        if self._open:
            self._open = False
            _release(Path(self.path).absolute(), self.engine, self._keyring, self._shared)


def _begin(conn: Any) -> None:
    # pysqlite's own transaction handling is off (isolation_level=None); SQLAlchemy's
    # "begin" event emits BEGIN itself, IMMEDIATE for writers.
    conn.exec_driver_sql(conn.get_execution_options().get(_BEGIN_OPTION, "BEGIN"))


def read_header(path: Path) -> bytes:
    """The first 16 bytes of a register: SQLCipher's salt (never 'SQLite format 3')."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except FileNotFoundError as exc:
        raise NotARegister(f"找不到登记簿文件 {path}") from exc
    except IsADirectoryError as exc:
        raise NotARegister(f"{path} 是目录，不是登记簿文件") from exc
    if head == SQLITE_PLAIN_HEADER:
        raise NotARegister(f"{path.name} 是未加密的 SQLite 数据库，不是 Mibu 登记簿")
    if len(head) < 16:
        raise NotARegister(f"{path.name} 不是 Mibu 登记簿（文件为空或过短）")
    return head


__all__ = ["Database", "read_header"]


def insert_rows(session: Session, entity: type[Any], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert many rows of a mapped class, a few hundred to a statement, in the session's
    transaction. Every row has the same keys; missing columns take their scalar defaults.

    Row by row (``executemany``) every row is a statement of its own, and the costs are per
    statement: SQLite opens a statement journal, FTS5 writes its pending terms out as a new
    segment when the statement ends (the document trigger), and with SQLCipher's memory
    security every allocation of that set-up is a system call. A 10,000-document ledger took
    a minute and a half that way. The statement text is built here, with each column's own
    bind processing, because compiling a multi-row ``insert().values()`` costs SQLAlchemy
    some 20 µs a value.
    """
    if not rows:
        return
    table = entity.__table__
    dialect = session.get_bind().dialect
    names = list(rows[0])
    defaults = {c.name: c.default.arg for c in table.columns
                if c.name not in names and c.default is not None and c.default.is_scalar}
    processors = [table.columns[n].type.bind_processor(dialect) for n in names]
    quote = dialect.identifier_preparer.quote
    head = (f"INSERT INTO {quote(table.name)} "  # noqa: S608 - names from the mapped table
            f"({', '.join(quote(n) for n in [*names, *defaults])}) VALUES ")
    one = "(" + ", ".join("?" * (len(names) + len(defaults))) + ")"
    tail = list(defaults.values())
    connection = session.connection()
    for start in range(0, len(rows), ROWS_PER_INSERT):
        chunk = rows[start:start + ROWS_PER_INSERT]
        params: list[Any] = []
        for row in chunk:
            params += [p(row[n]) if p else row[n] for n, p in zip(names, processors, strict=True)]
            params += tail
        connection.exec_driver_sql(head + ", ".join([one] * len(chunk)), tuple(params))
