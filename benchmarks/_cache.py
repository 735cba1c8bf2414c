"""Generated registers kept in build/ between benchmark runs (generating one takes minutes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.services.register import Register, unlock


def cached_register(directory: Path, passphrase: str, generate: Callable[[Path], None],
                    is_current: Callable[[Register], bool] = lambda reg: True) -> Register:
    """The clerk's register in ``directory``, generated first if it is missing, cannot be
    opened (a half-written cache) or is not ``is_current``."""
    path = directory / "register.mibu"
    if path.exists():
        try:
            reg, _ = unlock(path, "clerk", passphrase)
        except Exception:  # a half-written cache is rebuilt
            reg = None
        if reg is not None:
            try:
                if is_current(reg):
                    return reg
            except Exception:  # noqa: S110 - a stale cache is rebuilt
                pass
            reg.close()
    directory.mkdir(parents=True, exist_ok=True)
    for leftover in directory.glob("register.mibu*"):
        leftover.unlink()
    generate(path)
    reg, _ = unlock(path, "clerk", passphrase)
    return reg
