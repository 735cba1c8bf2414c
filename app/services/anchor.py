"""The trail's anchor: checkpoints signed with a key the clerk cannot unwrap.

Every key slot unwraps the same data key, and the audit chain's HMAC key derives from it:
whoever holds any account's passphrase can rewrite the trail and recompute the chain. A
checkpoint is a statement "the trail had N entries ending in hash H at time T", signed with
an Ed25519 key whose private half is wrapped in an auditor's or administrator's key slot,
under the key that account's passphrase derives (app/models/keyfile.py). Only that account
can sign; anyone can check a signature.

- Enrolment: the first time an auditor or administrator unlocks (or when one is created),
  a key pair is made; the public key goes into the slot (bound into the AEAD associated data
  of the wrapped private key) and into the append-only ``trail_signer`` table.
- Every unlock of such an account (any command with ``--user auditor``, the window, and
  ``mibu checkpoint``) appends a ``trail.checkpoint`` entry and signs the trail up to and
  including it. The checkpoint goes into the append-only ``trail_checkpoint`` table and a copy
  into the signer's key slot: cutting the trail's tail leaves both.
- ``mibu verify`` (app/services/verification.py) checks each signature, that the trail still
  has at least the signed number of entries and that the entry at that count has the signed
  hash: a rewritten or truncated trail up to the latest checkpoint is found.

What an attacker holding the clerk's passphrase (and so the data key) can still do is in
README ("The audit trail's protection"): rewrite whatever came after the latest checkpoint,
and, since they can write every byte of both files, replace the public keys a *clerk-run*
verify trusts. A verify run by the signer itself (``--user auditor``) proves the public key
from the passphrase-protected slot, and the printed checkpoint code anchors it on paper.

A failed attempt to open a slot is kept in that slot (``pending``) and written here to the
trail at the account's next successful unlock or confirmation.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.enums import Role
from app.models.foundation import AuditEntry, TrailCheckpoint, TrailSigner
from app.models.keyfile import KeyFile, Unwrapped
from app.services import audit

SIGNER_ROLES = (Role.AUDITOR, Role.ADMIN)
TAG = "mibu-checkpoint-v1"

audit.describe_actions({
    "trail.signer": "登记审计签名密钥",
    "trail.checkpoint": "审计记录检查点",
    "trail.key_problem": "审计签名密钥异常",
    "session.failed": "解锁失败（口令或一次性口令错误）",
})


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    at: str
    signer: str
    entry_count: int
    head_hash: str
    signature: str

    @property
    def code(self) -> str:
        return checkpoint_code(self.signature)

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": self.at, "signer": self.signer,
                "entry_count": self.entry_count, "head_hash": self.head_hash,
                "signature": self.signature}

    @classmethod
    def of(cls, row: TrailCheckpoint) -> Checkpoint:
        return cls(row.id, row.at, row.signer, row.entry_count, row.head_hash, row.signature)

    @classmethod
    def from_dict(cls, d: object) -> Checkpoint | None:
        if not isinstance(d, dict):
            return None
        try:
            return cls(int(d["seq"]), str(d["at"]), str(d["signer"]), int(d["entry_count"]),
                       str(d["head_hash"]), str(d["signature"]))
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True)
class SignerState:
    """The unlocked account's signing key, as its passphrase proved it (never the key)."""

    username: str
    public_key: str | None  # proven by the slot; None: no key or a problem
    problem: str | None = None


def message(register_id: str, seq: int, at: str, signer: str, count: int, head: str) -> bytes:
    return json.dumps([TAG, register_id, seq, at, signer, count, head],
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def checkpoint_code(signature_hex: str) -> str:
    """The short code printed on paper: 8 characters of the signature's SHA-256."""
    try:
        raw = bytes.fromhex(signature_hex)
    except ValueError:
        raw = signature_hex.encode()
    text = base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:8]
    return f"{text[:4]}-{text[4:]}"


def signature_valid(register_id: str, cp: Checkpoint, public_hex: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(
            bytes.fromhex(cp.signature),
            message(register_id, cp.seq, cp.at, cp.signer, cp.entry_count, cp.head_hash))
    except (InvalidSignature, ValueError):
        return False
    return True


def latest(s: Session) -> Checkpoint | None:
    row = s.scalar(select(TrailCheckpoint).order_by(TrailCheckpoint.id.desc()).limit(1))
    return Checkpoint.of(row) if row is not None else None


@dataclass(frozen=True)
class TrailStatus:
    """What the audit screen shows above the trail."""

    latest: Checkpoint | None
    entries: int
    problem: str | None  # the signer's key problem found at this session's unlock


def status(s: Session, signer: SignerState | None) -> TrailStatus:
    return TrailStatus(latest(s), audit.entry_count(s), signer.problem if signer else None)


def has_signers(s: Session) -> bool:
    return s.scalar(select(func.count(TrailSigner.id))) != 0


# -- at unlock -------------------------------------------------------------------------------
def record_pending_failures(s: Session, keyfile: KeyFile, username: str,
                            account_id: object) -> bool:
    """Write the slot's failed attempts to the trail; drop them from the slot (in memory:
    the caller saves the key file inside the same transaction). True if there were any."""
    pending = keyfile.pending_failures(username)
    if not pending:
        return False
    changes = []
    for p in pending:
        after: dict[str, Any] = {"时间": p.get("at"), "原因": p.get("reason")}
        if p.get("dropped"):
            after["此前未保留的失败次数"] = p["dropped"]
        changes.append(audit.Change("session.failed", "account", account_id, after=after))
    audit.record_many(s, username, changes)
    keyfile.slots[username].pop("pending", None)
    return True


def prove(s: Session, keyfile: KeyFile, username: str, role: Role,
          opened: Unwrapped) -> SignerState | None:
    """What the slot just opened proves about this account's signing key; reads only.

    For a register opened read-only (``mibu verify``): the verification then trusts this
    public key over the ones the files hold. None for an account that does not sign; a
    ``SignerState`` without a key for a signer that has not enrolled one yet."""
    if role not in SIGNER_ROLES:
        return None
    if opened.signing_problem is not None:
        return SignerState(username, None, opened.signing_problem)
    registered = s.scalar(select(TrailSigner.public_key).where(TrailSigner.username == username))
    if opened.signing_key is None:
        if registered is not None:
            return SignerState(username, None, (
                f"账户 {username} 的签名私钥已从密钥文件中消失（登记簿中仍有其公钥）："
                "密钥文件被改动或被旧文件替换"))
        return SignerState(username, None)
    public = keyfile.signing_public_key(username) or ""  # the slot just proved it
    if registered != public:
        return SignerState(username, public,
                           f"登记簿中账户 {username} 的签名公钥与其密钥槽中的不符（被替换）")
    return SignerState(username, public)


def on_unlock(s: Session, keyfile: KeyFile, register_id: str, username: str,
              account_id: object, role: Role, opened: Unwrapped) -> SignerState | None:
    """For an auditor or administrator: enrol a signing key if the slot has none, then sign
    a checkpoint. Returns what the slot proved, for ``mibu verify``. Writes audit entries in
    the caller's transaction; the caller saves the key file."""
    state = prove(s, keyfile, username, role, opened)
    if state is None:
        return None
    if state.problem is not None:
        _key_problem(s, username, account_id, state.problem)
        return state
    private = opened.signing_key
    if private is None:  # first unlock of this signer: enrol a key pair
        private = Ed25519PrivateKey.generate().private_bytes_raw()
        enrolled = keyfile.set_signing_key(username, opened.kek, private)
        s.add(TrailSigner(username=username, public_key=enrolled, created_at=audit.now_iso()))
        audit.record(s, username, "trail.signer", "account", account_id,
                     after={"公钥": enrolled})
        state = SignerState(username, enrolled)
    assert state.public_key is not None  # noqa: S101 - proven or just enrolled
    stale = _check_before_signing(s, keyfile, register_id, username, state.public_key)
    if stale is not None:
        _key_problem(s, username, account_id, stale)
        return SignerState(username, state.public_key, stale)
    sign(s, keyfile, register_id, username, private)
    return state


def _check_before_signing(s: Session, keyfile: KeyFile, register_id: str, username: str,
                          public: str) -> str | None:
    """Never sign over a trail that no longer matches the latest checkpoint (in the table, or
    this signer's own copy in its slot, which also notices a checkpoint deleted from the
    table)."""
    previous = latest(s)
    own = Checkpoint.from_dict(keyfile.slots[username].get("checkpoint"))
    if own is not None and not signature_valid(register_id, own, public):
        own = None
    if own is not None and (previous is None or own.seq > previous.seq):
        return (f"第 {own.seq} 号检查点已从登记簿中删除（密钥文件中仍有），未签署新检查点；"
                "请运行 mibu verify")
    for cp in (previous, own):
        if cp is None:
            continue
        head = s.scalar(select(AuditEntry.hash).where(AuditEntry.id == cp.entry_count))
        if head != cp.head_hash:
            return (f"审计记录与第 {cp.seq} 号检查点不符（被改写或截断），未签署新检查点；"
                    "请运行 mibu verify")
    return None


def _key_problem(s: Session, username: str, account_id: object, problem: str) -> None:
    audit.record(s, username, "trail.key_problem", "account", account_id,
                 after={"问题": problem, "后果": "本次未签署检查点"})


def sign(s: Session, keyfile: KeyFile, register_id: str, username: str,
         private: bytes) -> Checkpoint:
    """Append a ``trail.checkpoint`` entry and sign the trail up to and including it."""
    seq = int(s.scalar(select(func.coalesce(func.max(TrailCheckpoint.id), 0))) or 0) + 1
    s.flush()
    count = audit.entry_count(s) + 1
    entry = audit.record(s, username, "trail.checkpoint", "trail_checkpoint", seq,
                         after={"序号": seq, "覆盖审计记录条数": count})
    assert entry.id == count  # noqa: S101 - the trail is numbered 1..n without gaps
    signature = Ed25519PrivateKey.from_private_bytes(private).sign(
        message(register_id, seq, entry.at, username, count, entry.hash)).hex()
    cp = Checkpoint(seq, entry.at, username, count, entry.hash, signature)
    s.add(TrailCheckpoint(id=seq, at=cp.at, signer=username, entry_count=count,
                          head_hash=cp.head_hash, signature=signature))
    s.flush()
    keyfile.slots[username]["checkpoint"] = cp.as_dict()
    return cp


def keyfile_copies(keyfile: KeyFile) -> list[Checkpoint]:
    """The checkpoint copies kept in the key file's slots."""
    out = []
    for slot in keyfile.slots.values():
        cp = Checkpoint.from_dict(slot.get("checkpoint"))
        if cp is not None:
            out.append(cp)
    return out
