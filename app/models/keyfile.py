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

Lockout state (``failed``, ``locked_until`` and ``pending``, the failed attempts not yet
written to the audit trail) is authenticated: ``lock_mac`` is an HMAC over it under a key
derived from the slot's own wrapped bytes, so a counter edited by hand is refused as
tampering. The key is derivable from the file by anyone who reads this code: it stops an
edit, not a determined attacker, and a copied-back older key file cannot be told from the
real one from user space (README "The register and its keys"). Every failed attempt
is therefore also written to the audit trail at the account's next successful unlock.

An auditor or administrator slot also holds the trail's signing key (``sign``): an Ed25519
private key wrapped with AES-256-GCM under the same passphrase-derived key, its associated
data binding the public key, and the latest checkpoint that account signed
(``checkpoint``, a copy kept apart from the register). See app/services/anchor.py.
"""

from __future__ import annotations

import base64
import datetime as dt
import errno
import glob
import hashlib
import hmac
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
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import AccountLocked, AuthError, DiskFull, KeyFileError, ValidationError

FORMAT = "mibu-keyfile"
#: 2: lockout state carries ``lock_mac``. A version-1 file (older Mibu) is read and rewritten
#: as version 2 at its next save; a version-2 slot without a MAC is refused as tampering.
VERSION = 2
READABLE_VERSIONS = (1, 2)
MAX_PENDING_FAILURES = 200  # failed attempts kept for the trail; beyond that only a count
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


def _temporary_prefix(path: Path) -> str:
    return f".{path.name}.tmp-"


def unfinished_writes(path: Path) -> list[Path]:
    """Temporary files of a key file write that was killed before its rename."""
    return sorted(path.parent.glob(f"{glob.escape(_temporary_prefix(path))}*"))


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
    #: Accounts whose lockout state failed its MAC when the file was read.
    tampered: set[str] = field(default_factory=set)

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
        if raw.get("version") not in READABLE_VERSIONS:
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
        for name, slot in loaded.slots.items():
            mac = slot.get("lock_mac")
            if mac is None and raw["version"] == 1:
                continue  # written by an older Mibu: sealed at the next save
            if not isinstance(mac, str) or not hmac.compare_digest(
                    mac, loaded._lock_mac(name, slot)):
                loaded.tampered.add(name)
        for (where, username), counts in _UNSAVED.items():
            if where == str(path.absolute()) and username in loaded.slots:
                loaded.slots[username].update(counts)
        return loaded

    def save(self) -> None:
        """Write atomically (temporary file, fsync, rename), mode 0600."""
        for name, slot in self.slots.items():
            if name not in self.tampered:  # a tampered slot stays refused until lifted
                slot["lock_mac"] = self._lock_mac(name, slot)
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
        fd, tmp = tempfile.mkstemp(prefix=_temporary_prefix(self.path), dir=directory)
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

    def _sign_aad(self, username: str, public_hex: str) -> bytes:
        return f"mibu-sign|{self.register_id}|{username}|{public_hex}".encode()

    def add_slot(self, username: str, passphrase: str, data_key: bytes,
                 signing_key: bytes | None = None) -> None:
        """A new slot; with ``signing_key`` (raw Ed25519 private bytes) it also wraps that."""
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        kdf = dict(DEFAULT_KDF)
        kek = _derive(passphrase, salt, kdf)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, self._aad(username))
        self.slots[username] = {
            "kdf": kdf,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
            "failed": 0,
            "locked_until": None,
        }
        if signing_key is not None:
            self.set_signing_key(username, kek, signing_key)

    def set_signing_key(self, username: str, kek: bytes, signing_key: bytes) -> str:
        """Wrap the trail's signing key in ``username``'s slot; return the public key (hex).

        ``kek`` is the key the slot's passphrase derives (from :meth:`unwrap_slot`): only that
        account's passphrase opens the private key, and the public key is bound into the
        associated data, so a public key put in its place does not match the wrapped one.
        """
        public = Ed25519PrivateKey.from_private_bytes(signing_key).public_key().public_bytes_raw()
        public_hex = public.hex()
        nonce = secrets.token_bytes(12)
        self.slots[username]["sign"] = {
            "public": public_hex,
            "nonce": _b64(nonce),
            "wrapped": _b64(AESGCM(kek).encrypt(nonce, signing_key,
                                                self._sign_aad(username, public_hex))),
        }
        return public_hex

    def signing_public_key(self, username: str) -> str | None:
        """The public key recorded in the slot (not proven: see :meth:`unwrap_slot`)."""
        sign = self.slots.get(username, {}).get("sign")
        return str(sign["public"]) if isinstance(sign, dict) and "public" in sign else None

    def remove_slot(self, username: str) -> None:
        self.slots.pop(username, None)

    def locked_until(self, username: str, now: dt.datetime | None = None) -> dt.datetime | None:
        slot = self.slots.get(username)
        if not slot or not slot.get("locked_until"):
            return None
        until = dt.datetime.fromisoformat(slot["locked_until"])
        return until if until > (now or _now()) else None

    def unwrap(self, username: str, passphrase: str, now: dt.datetime | None = None) -> bytes:
        """Return the data key, or count a failure (persisted) and refuse."""
        return self.unwrap_slot(username, passphrase, now).data_key

    def unwrap_slot(self, username: str, passphrase: str,
                    now: dt.datetime | None = None) -> Unwrapped:
        """Open the slot: the data key and, for a signing account, its signing key.

        A wrong passphrase counts a failure (persisted, and kept as pending for the trail).

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
        if username in self.tampered:
            raise LockoutTampered(_tampered_message(username))
        until = self.locked_until(username, now)
        if until is not None:
            raise AccountLocked(_locked_message(until))
        try:
            kek = _derive(passphrase, _unb64(slot["salt"]), slot["kdf"])
            key = AESGCM(kek).decrypt(
                _unb64(slot["nonce"]), _unb64(slot["wrapped"]), self._aad(username)
            )
        except (InvalidTag, ValueError, KeyError) as exc:
            _add_pending(slot, now, "口令错误")
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
        return Unwrapped(key, kek, *self._open_signing_key(username, kek))

    def _open_signing_key(self, username: str, kek: bytes) -> tuple[bytes | None, str | None]:
        """The slot's signing key, or None and what is wrong with it (never raises)."""
        sign = self.slots[username].get("sign")
        if sign is None:
            return None, None
        try:
            public_hex = str(sign["public"])
            private = AESGCM(kek).decrypt(_unb64(sign["nonce"]), _unb64(sign["wrapped"]),
                                          self._sign_aad(username, public_hex))
            derived = Ed25519PrivateKey.from_private_bytes(private).public_key()
        except (InvalidTag, ValueError, KeyError, TypeError):
            return None, (f"账户 {username} 密钥槽中的签名公钥与其口令保护的签名私钥不符："
                          "密钥文件被改动过（公钥被替换）")
        if derived.public_bytes_raw().hex() != public_hex:
            return None, f"账户 {username} 的签名公钥被替换"
        return private, None

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
        if slot.get("failed") or slot.get("locked_until") or "lock_mac" not in slot:
            slot["failed"] = 0
            slot["locked_until"] = None
            self._save_counts(username)

    def pending_failures(self, username: str) -> list[dict[str, Any]]:
        """Failed attempts on this slot not yet written to the audit trail, oldest first."""
        pending = self.slots.get(username, {}).get("pending") or []
        return [dict(p) for p in pending if isinstance(p, dict)]

    def clear_pending_failures(self, username: str) -> None:
        slot = self.slots.get(username)
        if slot is not None and slot.get("pending"):
            slot.pop("pending", None)
            self.save()

    def record_failure(self, username: str, now: dt.datetime | None = None) -> None:
        """Count a failure that happened after the passphrase (a wrong one-time code)."""
        now = now or _now()
        slot = self.slots[username]
        _add_pending(slot, now, "一次性口令错误")
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
        self.tampered.discard(username)

    def _lock_mac(self, username: str, slot: dict[str, Any]) -> str:
        """HMAC of the slot's lockout state under a key derived from the slot itself."""
        try:
            material = _unb64(str(slot["salt"])) + _unb64(str(slot["wrapped"]))
        except (KeyError, ValueError):
            material = b""
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=material,
                   info=f"mibu lockout v1|{self.register_id}|{username}".encode()
                   ).derive(b"mibu-lockout")
        state = json.dumps([slot.get("failed", 0), slot.get("locked_until"),
                            slot.get("pending") or []],
                           ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hmac.new(key, state.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Unwrapped:
    """What a slot opens to. ``signing_problem`` says why a signing key did not open."""

    data_key: bytes
    kek: bytes = field(repr=False)
    signing_key: bytes | None = field(default=None, repr=False)
    signing_problem: str | None = None


class LockoutTampered(AccountLocked):
    """The lockout state in the key file does not match its MAC."""

    code = "lockout_tampered"


def _tampered_message(username: str) -> str:
    return (f"账户 {username} 的口令错误次数或锁定记录被改动过（密钥文件校验失败），"
            "拒绝解锁；请系统管理员检查密钥文件并解除此账户的锁定")


def _add_pending(slot: dict[str, Any], now: dt.datetime, reason: str) -> None:
    pending = [p for p in (slot.get("pending") or []) if isinstance(p, dict)]
    if len(pending) >= MAX_PENDING_FAILURES:
        dropped = int(pending[0].get("dropped", 0)) + 1
        pending = [{**pending[1], "dropped": dropped}, *pending[2:]]
    pending.append({"at": now.isoformat(timespec="seconds"), "reason": reason})
    slot["pending"] = pending


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
    if not isinstance(slot.get("pending") or [], list):
        return False
    sign = slot.get("sign")
    if sign is not None and not (isinstance(sign, dict) and all(
            isinstance(sign.get(k), str) for k in ("public", "nonce", "wrapped"))):
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
