"""Where the ink is: each page rendered in grey by pdftoppm, read back as a PGM."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

MM_PER_INCH = 25.4


def _pgm(data: bytes) -> tuple[int, int, bytes]:
    """width, height and pixels of a binary PGM (P5, maxval 255) as pdftoppm writes it."""
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P5" and fields[3] == b"255", fields
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1:pos + 1 + width * height]


def ink_margins_mm(pdf: bytes, dpi: int = 72, threshold: int = 200
                   ) -> list[tuple[float, float, float, float]]:
    """For each page, the distance in mm from the left, top, right and bottom edge of the
    sheet to the nearest pixel darker than ``threshold`` (of 255)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(src), str(Path(tmp) / "p")],
                       check=True)
        pages = sorted(Path(tmp).glob("p-*.pgm"))
        result = []
        for page in pages:
            w, h, px = _pgm(page.read_bytes())
            rows = [y for y in range(h) if min(px[y * w:(y + 1) * w]) < threshold]
            cols = [x for x in range(w) if min(px[x::w]) < threshold]
            mm = MM_PER_INCH / dpi
            result.append((cols[0] * mm, rows[0] * mm, (w - 1 - cols[-1]) * mm,
                           (h - 1 - rows[-1]) * mm))
        return result
