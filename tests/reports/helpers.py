"""Reading PDFs back: text per page (pypdf), fonts (pdffonts), pictures (pdftoppm)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from pypdf import PdfReader

PNG_DIR = Path(__file__).resolve().parents[2] / "build" / "report-png"


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [p.extract_text() or "" for p in reader.pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def fonts(pdf: bytes, tmp: Path) -> list[list[str]]:
    path = tmp / "fonts-check.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


def to_png(pdf: bytes, name: str, tmp: Path, into: Path = PNG_DIR) -> list[Path]:
    """Render every page at 60 dpi into build/report-png/ (a test artefact to look at)."""
    into.mkdir(parents=True, exist_ok=True)
    for old in into.glob(f"{name}-*.png"):
        old.unlink()
    path = tmp / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(into / name)], check=True)
    return sorted(into.glob(f"{name}-*.png"))
