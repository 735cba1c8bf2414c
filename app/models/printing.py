"""Print jobs: every printed slip, form, ledger and label sheet (打印审计)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class PrintJob(Base):
    """One issued print: its serial number (per year, never reused), its slip id and what it
    shows. ``copies``/``printer`` grow as the job is sent to a printer or a medium; every
    step is also in the audit trail. The migration refuses DELETE, so a serial is never
    freed for reuse."""

    __tablename__ = "print_job"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    serial: Mapped[str] = mapped_column(String(32), unique=True)  # 2026-印-000123
    year: Mapped[int] = mapped_column(Integer, index=True)
    seq: Mapped[int] = mapped_column(Integer)
    slip_id: Mapped[str] = mapped_column(String(16), unique=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str] = mapped_column(String(200))  # what was printed
    subject: Mapped[str] = mapped_column(String(200))  # for whom / about what
    level: Mapped[int] = mapped_column(Integer)
    ref: Mapped[str | None] = mapped_column(String(64), nullable=True)  # register record
    copies: Mapped[int] = mapped_column(Integer, default=0)
    printer: Mapped[str | None] = mapped_column(String(128), nullable=True)
    actor: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))
    output_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
