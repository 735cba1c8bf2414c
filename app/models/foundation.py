"""Tables of the foundation: settings, accounts and the audit trail."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Setting(Base):
    """One value of the workstation's configuration (JSON-encoded)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Account(Base):
    """Someone who can open the register at this terminal."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    # TOTP secret (RFC 6238), enrolled on a 绝密 workstation; the register is encrypted.
    totp_secret: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # The last accepted TOTP time step: a code is accepted once only.
    totp_last_step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)


class AuditEntry(Base):
    """One line of the append-only, hash-chained audit trail (全程留痕可追溯).

    ``hash`` is an HMAC over this entry's fields and ``prev_hash``; SQL triggers refuse
    UPDATE and DELETE (see the first migration).
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32), index=True)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class TrailSigner(Base):
    """An account whose Ed25519 key signs checkpoints of the trail (an auditor or an
    administrator). The private key is wrapped in that account's key slot; the public key is
    kept here and in the slot, bound into the slot's associated data. Append-only."""

    __tablename__ = "trail_signer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))


class TrailCheckpoint(Base):
    """A signed statement "the trail had ``entry_count`` entries ending in ``head_hash``".

    Kept apart from the trail (cutting the trail's tail leaves these) and also copied into the
    signer's key slot; SQL triggers refuse UPDATE and DELETE. ``id`` is the sequence number.
    """

    __tablename__ = "trail_checkpoint"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    signer: Mapped[str] = mapped_column(String(64))
    entry_count: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))
