"""The key file beside the register: one random data key, one key slot per account.

Layout (JSON, mode 0600)::

    {"format": "mibu-keyfile", "version": 1, "register_id": "...", "db_salt": "<hex>",
     "lockout_minutes": 30,
     "slots": {"<username>": {"kdf": {...argon2id...}, "salt": b64, "nonce": b64,
                              "wrapped": b64, "failed": 0, "locked_until": null}}}

The data key (32 random bytes) encrypts the whole SQLCipher register. Each slot holds it
wrapped with AES-256-GCM under a key derived from that account's passphrase with Argon2id;
the slot's associated data binds it to this register and this account name, so a slot
cannot be moved to another account or another register. ``db_salt`` is the first 16 bytes
of the register file (SQLCipher's salt), which tells a foreign key file from a damaged
register. Failed-attempt counters live in the slot so that a lockout survives a restart.
"""

from __future__ import annotations

import base64
import datetime as dt
import errno
import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import AccountLocked, AuthError, DiskFull, KeyFileError, ValidationError

FORMAT = "mibu-keyfile"
VERSION = 1
DATA_KEY_BYTES = 32
MAX_FAILED_ATTEMPTS = 3  # domain.md: lock the account after 3 wrong passwords
DEFAULT_LOCKOUT_MINUTES = 30

#: Failed-attempt counters that could not be saved (a full disk), by key file and account.
#: They are kept for the life of the process and override the file's own when it is
#: loaded again, so a full disk does not give unlimited guesses in the GUI; the next
#: successful save writes them out. (A new process cannot see them: README says so.)
_UNSAVED: dict[tuple[str, str], dict[str, Any]] = {}
DISK_FULL_NOTE = "磁盘已满，失败次数暂记在内存中，请尽快清理磁盘空间"

# Argon2id cost: 64 MiB, 3 passes, 2 lanes (about 0.2 s on the 2-core reference machine).
DEFAULT_KDF = {"name": "argon2id", "time_cost": 3, "memory_cost": 65536, "parallelism": 2}


def key_file_path(register_path: Path) -> Path:
    return register_path.with_name(register_path.name + ".keys")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(passphrase: str, salt: bytes, kdf: dict[str, Any]) -> bytes:
    if kdf.get("name") != "argon2id":
        raise KeyFileError("密钥文件使用了不支持的密钥派生算法")
    try:
        return hash_secret_raw(
            passphrase.encode("utf-8"),
            salt,
            time_cost=int(kdf["time_cost"]),
            memory_cost=int(kdf["memory_cost"]),
            parallelism=int(kdf["parallelism"]),
            hash_len=32,
            type=Type.ID,
        )
    except (HashingError, ValueError) as exc:
        raise KeyFileError("密钥文件已损坏（密钥派生参数无效）") from exc


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class KeyFile:
    """The parsed key file. Mutations are written back with :meth:`save`."""

    path: Path
    register_id: str
    db_salt: str = ""
    lockout_minutes: int = DEFAULT_LOCKOUT_MINUTES
    #: The unlock dialog asks for a one-time code (a 绝密 workstation). Not a secret.
    one_time_code: bool = False
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)

    # -- reading and writing -------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeyFile:
        if not path.exists():
            raise KeyFileError(f"找不到密钥文件 {path.name}：登记簿必须与其密钥文件放在同一目录")
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KeyFileError(f"密钥文件 {path.name} 已损坏或不是 Mibu 密钥文件") from exc
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise KeyFileError(f"{path.name} 不是 Mibu 密钥文件")
        if raw.get("version") != VERSION:
            raise KeyFileError(f"密钥文件版本 {raw.get('version')} 不受此版本 Mibu 支持")
        slots = raw.get("slots")
        if not isinstance(slots, dict) or not all(
            isinstance(name, str) and _slot_is_well_formed(slot) for name, slot in slots.items()
        ):
            raise KeyFileError(f"密钥文件 {path.name} 已损坏（密钥槽格式不对）")
        try:
            loaded = cls(
                path=path,
                register_id=str(raw["register_id"]),
                db_salt=str(raw.get("db_salt", "")),
                lockout_minutes=int(raw.get("lockout_minutes", DEFAULT_LOCKOUT_MINUTES)),
                one_time_code=bool(raw.get("one_time_code", False)),
                slots=dict(raw["slots"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileError(f"密钥文件 {path.name} 已损坏") from exc
        for (where, username), counts in _UNSAVED.items():
            if where == str(path.absolute()) and username in loaded.slots:
                loaded.slots[username].update(counts)
        return loaded

    def save(self) -> None:
        """Write atomically (temporary file, fsync, rename), mode 0600."""
        payload = json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "register_id": self.register_id,
                "db_salt": self.db_salt,
                "lockout_minutes": self.lockout_minutes,
                "one_time_code": self.one_time_code,
                "slots": self.slots,
            },
            ensure_ascii=False,
            indent=1,
            sort_keys=True,
        ).encode("utf-8")
        directory = self.path.parent
        fd, tmp = tempfile.mkstemp(prefix=".keys-", dir=directory)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, payload)
            os.fsync(fd)
            os.close(fd)
            fd = -1
            os.replace(tmp, self.path)
            for key in [k for k in _UNSAVED if k[0] == str(self.path.absolute())]:
                del _UNSAVED[key]  # written out now
            dir_fd = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError as exc:
            if fd >= 0:
                os.close(fd)
            if os.path.exists(tmp):
                os.unlink(tmp)
            if exc.errno == errno.ENOSPC:
                raise DiskFull("磁盘已满：密钥文件未能写入，登记簿未作任何更改") from exc
            raise KeyFileError(f"无法写入密钥文件：{exc.strerror}") from exc

    # -- slots ---------------------------------------------------------------------------
    def _aad(self, username: str) -> bytes:
        return f"mibu-slot|{self.register_id}|{username}".encode()

    def has_slot(self, username: str) -> bool:
        return username in self.slots

    def add_slot(self, username: str, passphrase: str, data_key: bytes) -> None:
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        kdf = dict(DEFAULT_KDF)
        wrapped = AESGCM(_derive(passphrase, salt, kdf)).encrypt(
            nonce, data_key, self._aad(username)
        )
        self.slots[username] = {
            "kdf": kdf,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
            "failed": 0,
            "locked_until": None,
        }

    def remove_slot(self, username: str) -> None:
        self.slots.pop(username, None)

    def locked_until(self, username: str, now: dt.datetime | None = None) -> dt.datetime | None:
        slot = self.slots.get(username)
        if not slot or not slot.get("locked_until"):
            return None
        until = dt.datetime.fromisoformat(slot["locked_until"])
        return until if until > (now or _now()) else None

    def unwrap(self, username: str, passphrase: str, now: dt.datetime | None = None) -> bytes:
        """Return the data key, or count a failure (persisted) and refuse.

        The counter is reset only by :meth:`record_success`, once the one-time code (if any)
        has been checked too, so wrong codes count towards the lockout as well.

        After ``MAX_FAILED_ATTEMPTS`` consecutive failures the slot is locked for
        ``lockout_minutes``; the counter and the lock are saved in the key file at once.
        """
        now = now or _now()
        slot = self.slots.get(username)
        if slot is None:
            # Same message as a wrong passphrase: do not reveal which accounts exist.
            raise AuthError("用户名或口令错误")
        until = self.locked_until(username, now)
        if until is not None:
            raise AccountLocked(_locked_message(until))
        try:
            key = AESGCM(_derive(passphrase, _unb64(slot["salt"]), slot["kdf"])).decrypt(
                _unb64(slot["nonce"]), _unb64(slot["wrapped"]), self._aad(username)
            )
        except (InvalidTag, ValueError, KeyError) as exc:
            slot["failed"] = int(slot.get("failed", 0)) + 1
            if slot["failed"] >= MAX_FAILED_ATTEMPTS:
                locked = now + dt.timedelta(minutes=self.lockout_minutes)
                slot["locked_until"] = locked.isoformat()
                slot["failed"] = 0
                note = self._save_counts(username)
                raise AccountLocked(
                    f"连续 {MAX_FAILED_ATTEMPTS} 次口令错误，账户已锁定。"
                    + _locked_message(locked) + (f"（{note}）" if note else "")
                ) from exc
            note = self._save_counts(username)
            left = MAX_FAILED_ATTEMPTS - slot["failed"]
            raise AuthError(f"用户名或口令错误（再错 {left} 次将锁定账户"
                            + (f"；{note}）" if note else "）")) from exc
        return key

    def _save_counts(self, username: str) -> str | None:
        """Save a changed counter; on a full disk keep it in memory and say so."""
        try:
            self.save()
        except DiskFull:
            slot = self.slots[username]
            _UNSAVED[(str(self.path.absolute()), username)] = {
                "failed": slot.get("failed", 0), "locked_until": slot.get("locked_until")}
            return DISK_FULL_NOTE
        return None

    def record_success(self, username: str) -> None:
        """The whole login succeeded (passphrase and, where asked, one-time code)."""
        slot = self.slots[username]
        if slot.get("failed") or slot.get("locked_until"):
            slot["failed"] = 0
            slot["locked_until"] = None
            self._save_counts(username)

    def record_failure(self, username: str, now: dt.datetime | None = None) -> None:
        """Count a failure that happened after the passphrase (a wrong one-time code)."""
        now = now or _now()
        slot = self.slots[username]
        slot["failed"] = int(slot.get("failed", 0)) + 1
        if slot["failed"] >= MAX_FAILED_ATTEMPTS:
            slot["locked_until"] = (now + dt.timedelta(minutes=self.lockout_minutes)).isoformat()
            slot["failed"] = 0
        self._save_counts(username)

    def unlock_account(self, username: str) -> None:
        slot = self.slots.get(username)
        if slot is None:
            raise ValidationError("没有这个账户", field="username")
        slot["failed"] = 0
        slot["locked_until"] = None


def _slot_is_well_formed(slot: object) -> bool:
    if not isinstance(slot, dict):
        return False
    kdf = slot.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        return False
    # Bounded, so that a crafted key file cannot make unlocking take gigabytes or hours.
    limits = {"time_cost": 16, "memory_cost": 1 << 19, "parallelism": 8}
    if not all(isinstance(kdf.get(k), int) and 0 < kdf[k] <= top for k, top in limits.items()):
        return False
    if not all(isinstance(slot.get(k), str) for k in ("salt", "nonce", "wrapped")):
        return False
    if not isinstance(slot.get("failed", 0), int):
        return False
    locked = slot.get("locked_until")
    if locked is not None:
        if not isinstance(locked, str):
            return False
        try:
            dt.datetime.fromisoformat(locked)
        except ValueError:
            return False
    return True


def _locked_message(until: dt.datetime) -> str:
    local = until.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"账户锁定至 {local}，届时可再试，或请系统管理员解锁"


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def derive_subkey(data_key: bytes, purpose: bytes) -> bytes:
    """A key for one purpose (audit chain, slip MACs, ...) derived from the data key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(data_key)
