from __future__ import annotations

from pathlib import Path

from app.services import demo, search, verification
from app.services.search import DocumentFilter
from tests.factories import PASSPHRASE


def test_demo_register_has_people_documents_and_a_sound_trail(register_path: Path) -> None:
    reg = demo.create_demo(register_path, PASSPHRASE)
    try:
        assert search.count_documents(reg) == 11
        assert search.count_documents(reg, DocumentFilter(text="海淀")) >= 5
        assert search.count_documents(reg, DocumentFilter(text="发〔2016〕")) == 2
        assert verification.verify(reg).problem is None
    finally:
        reg.close()
