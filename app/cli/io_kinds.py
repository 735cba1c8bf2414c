"""What ``mibu import`` / ``mibu export`` can move: KIND -> (import_fn, export_fn).

Each area adds its kinds here. ``import_fn(register, actor, path) -> count`` checks every row
and writes all or nothing; ``export_fn(register, actor, path, encoding) -> count`` writes the
whole register of that kind in a form ``import_fn`` takes back unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.services.register import Actor, Register

ImportFn = Callable[[Register, Actor, Path], int]
ExportFn = Callable[[Register, Actor, Path, str], int]


def _import_media(register: Register, actor: Actor, path: Path) -> int:
    from app.services import media_io

    return media_io.import_media(register, actor, path).count


def _export_media(register: Register, actor: Actor, path: Path, encoding: str) -> int:
    from app.services import media_io

    return media_io.export_media(register, actor, path, encoding=encoding)


KINDS: dict[str, tuple[ImportFn, ExportFn]] = {
    "media": (_import_media, _export_media),
}

#: How each kind is called in messages.
LABELS: dict[str, str] = {
    "media": "移动存储介质台帐",
}
