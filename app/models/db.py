"""The encrypted register file: engine, connections and units of work.

One SQLite file encrypted page by page with SQLCipher (``sqlcipher3``), opened with the raw
32-byte data key from the key file. The key is the first statement on every connection
(it is issued in the pool's ``creator``, before SQLAlchemy sees the connection). WAL journal,
temporary tables in memory (no plaintext temp files), a busy timeout, and writes that take
the write lock up front (``BEGIN IMMEDIATE``) so there is a single writer at a time.

One engine per register file lives across lock and unlock (:func:`_lease`): SQLAlchemy
keys its compiled statements (the engine's cache and each mapper's) by the engine's dialect,
so an engine per unlock left every compiled statement of the session behind, some 30 MB
per 100 unlocks (issue 19). The engine holds no key: its connections are opened by the
:class:`Database` that holds it at the time (its :class:`_Keyring`), and releasing it (lock)
closes every pooled connection and empties the keyring, so nothing can open a connection
until the next unlock leases it again with the key that unlock proved.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
import urllib.parse
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, FromClause, create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.errors import DiskFull, NotARegister, RegisterDamaged, RegisterError, RegisterReadOnly
from app.models import memory

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
_BEGIN_OPTION = "mibu_begin"
CACHE_KIB = 65536  # each connection's page cache (decrypted pages), without memory security
ROWS_PER_INSERT = 500  # rows of the widest table (30 columns) stay below 32,766 parameters


# SQLite's primary result codes that say something about the file (sqlite3.h).
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL = 8, 10, 11, 13
SQLITE_CANTOPEN, SQLITE_NOTADB = 14, 26
WHAT_TO_DO = ("请运行 mibu verify --deep 查看详情，并从备份恢复"
              "（mibu restore，或“设置”中的“从备份恢复”）")
READ_ONLY_NOTE = ("登记簿已改为只读：可以查询能读出的内容，"
                  "任何写入（包括须登记的打印和导出）都会被拒绝")


def _raise_for_disk_full(exc: BaseException) -> None:
    text_ = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text_ or "database or disk is full" in text_:
        raise DiskFull("磁盘已满：操作未完成，登记簿保持操作前的状态") from exc


def _sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of a (possibly SQLAlchemy-wrapped) SQLCipher error."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_file_error(exc: BaseException) -> bool:
    """Does this error say the file is damaged, unreadable or full (not a bug in a query)?"""
    return _sqlite_code(exc) in (SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL,
                                 SQLITE_CANTOPEN, SQLITE_NOTADB) or isinstance(
        getattr(exc, "orig", exc), OSError)


def _disk_is_full(directory: Path) -> bool:
    """Less room left than SQLite needs to grow its ``-shm`` and ``-wal`` (a few pages)."""
    import shutil

    try:
        return shutil.disk_usage(directory).free < 256 * 1024
    except OSError:
        return False


def pages_of(problems: Sequence[str]) -> list[int]:
    """Page numbers named by ``PRAGMA cipher_integrity_check`` (\"... for page 5\")."""
    out = []
    for line in problems:
        tail = str(line).rsplit("page", 1)[-1].strip()
        if tail.isdigit():
            out.append(int(tail))
    return out


def damage_message(path: Path, problems: Sequence[str]) -> str:
    """One sentence for the clerk: which pages are damaged, and what to do."""
    pages = pages_of(problems)
    if pages:
        shown = "、".join(str(n) for n in pages[:5]) + (" 等" if len(pages) > 5 else "")
        where = f"登记簿文件 {path.name} 第 {shown} 页已损坏（加密校验失败）"
    elif problems:
        where = f"登记簿文件 {path.name} 已损坏（{str(problems[0])[:80]}）"
    else:
        where = f"登记簿文件 {path.name} 已损坏（数据库结构错误）"
    return f"{where}。{WHAT_TO_DO}"


class _Compiler(SQLiteCompiler):
    """SQLite's compiler, with table hints: ``with_hint(T, "INDEXED BY ix_...", "sqlite")``.

    SQLAlchemy drops table hints for SQLite; a query that must walk one index (the register
    in date order, app/services/search.py) says so with ``INDEXED BY`` after the table name.
    """

    def get_from_hint_text(self, table: FromClause, text: str | None) -> str | None:
        return text


class _Keyring:
    """What a shared engine opens its connections with: the :class:`Database` leasing it.

    Empty between a lock and the next unlock: the engine's ``creator`` then refuses.
    """

    def __init__(self) -> None:
        self.owner: Database | None = None

    def connect(self) -> sqlcipher3.Connection:
        owner = self.owner
        if owner is None or not owner._key_pragma:
            raise RegisterError("登记簿已锁定：请先解锁")
        return owner._connect()


class _Slot:
    """One engine and its keyring."""

    def __init__(self, name: str) -> None:
        self.name = name
        #: Kept for the next open once released (False: a second engine over a file open
        #: twice at once, or a file a restore replaced meanwhile).
        self.keep = True
        self.keyring = _Keyring()
        self.engine: Engine = create_engine(
            "sqlite://",
            module=sqlcipher3.dbapi2,  # so SQLAlchemy wraps SQLCipher's exceptions
            creator=self.keyring.connect,
            poolclass=QueuePool,
            pool_size=2,
            max_overflow=2,
        )
        self.engine.dialect.statement_compiler = _Compiler
        event.listen(self.engine, "begin", _begin)


#: Engines no database holds, by file, the most recently released last. A leased engine is
#: held by its database only: one never disposed (dropped) goes with it, as it always did.
_IDLE: OrderedDict[str, _Slot] = OrderedDict()
#: Every engine leased now, to tell it a restore replaced its file.
_LEASED: weakref.WeakSet[_Slot] = weakref.WeakSet()
#: How many idle engines are kept (the register, a backup copy, ...).
IDLE_ENGINES = 4
_ENGINES_GUARD = threading.Lock()


def _lease(path: Path, owner: Database) -> _Slot:
    """The engine of ``path`` for ``owner`` (until :func:`_release`): the one kept from the
    last open of the file, or a new one (also when the file is open twice at once)."""
    name = os.path.abspath(path)
    with _ENGINES_GUARD:
        slot = _IDLE.pop(name, None)
        if slot is None:
            slot = _Slot(name)
            slot.keep = not any(s.name == name for s in _LEASED)
        _LEASED.add(slot)
        slot.keyring.owner = owner
    slot.engine.dispose()  # (empty already) no pooled connection opened before
    return slot


def _release(slot: _Slot, owner: Database) -> None:
    """Lock: empty the keyring and close every pooled connection; keep the engine."""
    with _ENGINES_GUARD:
        if slot.keyring.owner is not owner:
            return
        slot.keyring.owner = None  # from now on the engine cannot open a connection
        _LEASED.discard(slot)
    slot.engine.dispose()
    with _ENGINES_GUARD:
        if slot.keep and slot.keyring.owner is None and slot.name not in _IDLE:
            _IDLE[slot.name] = slot
            while len(_IDLE) > IDLE_ENGINES:
                _IDLE.popitem(last=False)[1].engine.dispose()


def forget_engine(path: Path) -> None:
    """Drop the kept engine of ``path`` (a restore replaced the file); one a database holds
    now is dropped when it is released. The next open builds a new engine."""
    name = os.path.abspath(path)
    with _ENGINES_GUARD:
        slot = _IDLE.pop(name, None)
        for leased in _LEASED:
            if leased.name == name:
                leased.keep = False
    if slot is not None:
        slot.engine.dispose()


#: One session class for every database (``sessionmaker`` makes a new ``Session`` subclass,
#: and SQLAlchemy's event registry an entry for it, each time it is called).
_SESSIONS = sessionmaker(expire_on_commit=False)


class Database:
    """An open connection pool over one encrypted register file.

    ``read_only`` opens every connection with SQLite's ``mode=ro`` (and ``immutable=1`` when
    no ``-wal`` is beside the file, so not even an empty ``-wal``/``-shm`` is created): nothing
    can change the file's bytes. A read-write database becomes read-only when damage is
    found (:meth:`mark_damaged`); ``damage`` then says what was found.
    """

    def __init__(self, path: Path, data_key: bytes, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        #: Why this database refuses writes (damage found, disk full), or None.
        self.damage: str | None = None
        #: Told (from whichever thread found it) when damage turns the database read-only.
        self.on_damage: Callable[[str], None] | None = None
        self._key_pragma = f"PRAGMA key = \"x'{data_key.hex()}'\""
        self._slot: _Slot | None = _lease(path, self)

    @property
    def engine(self) -> Engine:
        """The file's engine while this database is open (until :meth:`dispose`)."""
        slot = self._slot
        if slot is None:
            raise RegisterError("登记簿已锁定：请先解锁")
        return slot.engine

    def _raw_connect(self, read_only: bool) -> sqlcipher3.Connection:
        if read_only:
            # Only a -wal with frames in it matters (an empty one is left by a connection
            # that could not start, e.g. on a full disk). ``immutable`` (no locks at all)
            # only while this whole database is read-only: nothing in this process writes,
            # and the instance lock keeps every other Mibu out.
            wal = Path(f"{self.path}-wal")
            has_wal = wal.exists() and wal.stat().st_size > 0
            query = "mode=ro" if has_wal or not self.read_only else "mode=ro&immutable=1"
            uri = f"file:{urllib.parse.quote(str(self.path))}?{query}"
            conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False,
                                      isolation_level=None, timeout=10.0)
        else:
            conn = sqlcipher3.connect(
                str(self.path), check_same_thread=False, isolation_level=None, timeout=10.0
            )
        conn.execute(self._key_pragma)  # must be the first statement on the connection
        # Locking and wiping every allocation, unless the platform keeps memory off the disk
        # (no unencrypted swap, no core dumps, not dumpable): app/models/memory.py.
        secure = "ON" if memory.protection().memory_security else "OFF"
        conn.execute(f"PRAGMA cipher_memory_security = {secure}")
        if secure == "OFF":
            # A page cache that holds a large register's recent pages. Not with memory
            # security: measured, any cache_size made inserts 3x slower than plain SQLite
            # then (encrypted_vs_plain_ratio 3.2-3.7 against 1.07), each page allocation
            # being locked and unlocked. Verification sets its own for its one long scan.
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA cipher_log_level = NONE")  # damage is reported, not logged
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    def _connect(self) -> sqlcipher3.Connection:
        return self._raw_connect(self.read_only)

    def check_opens(self) -> None:
        """Prove the key opens the file; translate SQLite's complaints for the clerk."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except (DBAPIError, sqlcipher3.Error) as exc:
            _raise_for_disk_full(exc)
            if _sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
                # The key came out of this register's own key file (its salt matches), so
                # a page that fails its HMAC is damage, not a wrong key.
                raise RegisterDamaged(
                    f"无法打开登记簿：{self.diagnose()}") from exc
            raise self.translate(exc) from exc

    def check_pages(self) -> list[str]:
        """Every page's HMAC (``PRAGMA cipher_integrity_check``) on a connection of its own.

        Reads the whole file (about 0.35 s per 100 MB on the reference machine). Returns
        SQLCipher's complaints, empty when every page is sound. SQLCipher reads the file
        itself, beside SQLite's locks, so on a register open for writing a page a checkpoint
        was writing at that moment could look damaged: complaints are confirmed by a second
        check that holds the write lock (no commit, so no checkpoint, meanwhile).
        """
        problems = self._cipher_check(lock=False)
        if problems and not self.read_only:
            try:
                problems = self._cipher_check(lock=True)
            except sqlcipher3.Error:  # the lock itself needs pages: the first answer stands
                pass
        return problems

    def _cipher_check(self, *, lock: bool) -> list[str]:
        conn = self._raw_connect(read_only=not lock)
        try:
            if lock:
                conn.execute("BEGIN IMMEDIATE")
            return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        finally:
            conn.close()

    def diagnose(self) -> str:
        """Where the damage is, for a message (runs the page check; only on the error path)."""
        try:
            problems = self.check_pages()
        except (sqlcipher3.Error, OSError) as exc:
            problems = [str(exc)]
        return damage_message(self.path, problems)

    def mark_damaged(self, message: str) -> None:
        """Refuse every later write; reads go on, on fresh read-only connections.

        SQLCipher keeps a decryption error on the connection that met it, so the pool is
        emptied: later reads of sound pages still work.
        """
        first = self.damage is None
        if first:
            self.damage = message
        self.read_only = True
        slot = self._slot
        if slot is not None:
            slot.engine.dispose()
        if first and self.on_damage is not None:
            self.on_damage(message)

    def translate(self, exc: BaseException) -> RegisterError:
        """An error from SQLite or SQLCipher about the file, as the clerk reads it."""
        code = _sqlite_code(exc)
        orig = getattr(exc, "orig", exc)
        if code == SQLITE_FULL or (isinstance(orig, OSError) and orig.errno == errno.ENOSPC) or (
                code == SQLITE_IOERR and _disk_is_full(self.path.parent)):
            # (SQLite reports a -shm it cannot grow as an I/O error, not as a full disk.)
            return DiskFull("磁盘已满：操作未完成，登记簿保持操作前的状态。请清理磁盘空间后再试")
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
            message = self.diagnose()
            self.mark_damaged(message)
            return RegisterDamaged(f"{message}。{READ_ONLY_NOTE}")
        if code == SQLITE_IOERR or isinstance(orig, OSError):
            return RegisterDamaged(
                f"读写登记簿文件 {self.path.name} 时出现输入/输出错误（磁盘或介质故障）："
                f"操作未完成。请检查磁盘，{WHAT_TO_DO}")
        if code == SQLITE_READONLY:
            return RegisterReadOnly(
                f"登记簿文件 {self.path.name} 或其所在目录不可写：操作未完成")
        if code == SQLITE_CANTOPEN:
            return RegisterError(f"无法打开登记簿文件 {self.path.name}（文件或目录不可访问）")
        return RegisterError(f"登记簿文件 {self.path.name} 出错：{str(orig)[:120]}")

    def refuse_writes(self) -> None:
        if self.damage is not None:
            raise RegisterReadOnly(f"登记簿为只读，不能写入：{self.damage}")
        if self.read_only:
            raise RegisterReadOnly("登记簿以只读方式打开，不能写入")

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work; the session is closed in ``finally``."""
        session = _SESSIONS(bind=self.engine)
        try:
            yield session
        except (DBAPIError, sqlcipher3.Error) as exc:
            if not is_file_error(exc):
                raise
            session.close()
            raise self.translate(exc) from exc
        finally:
            session.close()  # rolls back; loaded objects stay readable, detached

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything (audit entry included) commits, or nothing does."""
        self.refuse_writes()
        session = _SESSIONS(bind=self.engine)
        try:
            session.connection(execution_options={_BEGIN_OPTION: "BEGIN IMMEDIATE"})
            yield session
            session.commit()
        except (DBAPIError, sqlcipher3.Error) as exc:
            _rollback(session)
            if not is_file_error(exc):
                raise
            session.close()
            raise self.translate(exc) from exc
        except BaseException:
            _rollback(session)
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        """Close every connection and forget the key; the engine stays for the next open."""
        slot, self._slot = self._slot, None
        self._key_pragma = ""
        if slot is not None:
            _release(slot, self)


def _rollback(session: Session) -> None:
    try:
        session.rollback()
    except (DBAPIError, sqlcipher3.Error):  # the connection that failed may fail again
        session.invalidate()


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


__all__ = ["Database", "forget_engine", "read_header"]


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
    processors = {n: table.columns[n].type.bind_processor(dialect) for n in names}
    # A column with the same value in every row is written into the statement as a literal,
    # the defaults too. SQLite copies each bound text value into memory of its own, and with
    # SQLCipher's memory security every such allocation costs two system calls (mlock and
    # munlock): for a 10,000-row ledger they were most of the time spent in SQLite.
    literals: dict[str, str] = {}
    tail: list[Any] = []  # defaults that cannot be literals, after the row's own values
    for n, v in defaults.items():
        if (literal := _literal(v)) is not None:
            literals[n] = literal
        else:
            tail.append(v)
    extra = [n for n in defaults if n not in literals]
    for n in names:
        first = rows[0][n]
        if all(type(r[n]) is type(first) and r[n] == first for r in rows):
            p = processors[n]
            literal = _literal(p(first) if p else first)
            if literal is not None:
                literals[n] = literal
    bound = [n for n in names if n not in literals]
    quote = dialect.identifier_preparer.quote
    head = (f"INSERT INTO {quote(table.name)} "  # noqa: S608 - names from the mapped table
            f"({', '.join(quote(n) for n in [*bound, *extra, *literals])}) VALUES ")
    one = "(" + ", ".join(["?"] * (len(bound) + len(extra)) + list(literals.values())) + ")"
    pairs = [(n, processors[n]) for n in bound]
    connection = session.connection()
    for start in range(0, len(rows), ROWS_PER_INSERT):
        chunk = rows[start:start + ROWS_PER_INSERT]
        params: list[Any] = []
        for row in chunk:
            params += [p(row[n]) if p else row[n] for n, p in pairs]
            params += tail
        connection.exec_driver_sql(head + ", ".join([one] * len(chunk)), tuple(params))


def _literal(value: Any) -> str | None:
    """``value`` as an SQL literal, or None when it is kept as a parameter."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, str) and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None
