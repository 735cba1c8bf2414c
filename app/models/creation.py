"""Creating a register and its key file so that a crash leaves nothing or a complete pair.

``init`` builds both under temporary names in the register's folder and renames them into
place last, key file first. A marker file (``.NAME.init``, naming the temporary files) is
written before anything else and removed after the second rename, so a crash at any point
is recognised afterwards: :func:`clean_interrupted` removes the temporary files and a key
file whose register never arrived, and says so. Kept apart from SQLAlchemy (the GUI asks
before it loads the services).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from app.models.keyfile import key_file_path, unfinished_writes

INTERRUPTED = "上次新建登记簿时被中断（如断电或强行结束），未完成的文件已清理，可以重新新建"


def marker_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.init")


def temporary_register(path: Path, token: str) -> Path:
    return path.with_name(f".{path.name}.init-{token}")


def begin(path: Path) -> Path:
    """Write the marker (flushed to disk); the temporary register's path."""
    token = secrets.token_hex(6)
    marker = marker_path(path)
    fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, token.encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    _fsync_dir(path.parent)
    return temporary_register(path, token)


def finish(path: Path, temporary: Path) -> None:
    """Rename the key file, then the register, into place; remove the marker."""
    os.rename(key_file_path(temporary), key_file_path(path))
    os.rename(temporary, path)
    _fsync_dir(path.parent)
    marker_path(path).unlink()
    _fsync_dir(path.parent)


def _companions(path: Path) -> list[Path]:
    return [path, key_file_path(path), Path(f"{path}-wal"), Path(f"{path}-shm"),
            Path(f"{path}-journal"), path.with_name(path.name + ".lock")]


def abandon(path: Path, temporary: Path) -> None:
    """A failed ``init``: remove whatever it wrote (never the files of a finished pair)."""
    for leftover in [*_companions(temporary), *unfinished_writes(key_file_path(temporary))]:
        leftover.unlink(missing_ok=True)
    if not path.exists():
        key_file_path(path).unlink(missing_ok=True)
    marker_path(path).unlink(missing_ok=True)


def clean_interrupted(path: Path) -> str | None:
    """After a crash during ``init``: remove its leftovers; the clerk's message, or None."""
    path = Path(path).expanduser().absolute()
    marker = marker_path(path)
    try:
        token = marker.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        token = ""
    if path.exists() and key_file_path(path).exists():
        marker.unlink(missing_ok=True)  # both renames were done: a complete pair
        return None
    if token.isalnum():
        abandon(path, temporary_register(path, token))
    else:
        marker.unlink(missing_ok=True)
    return INTERRUPTED


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
