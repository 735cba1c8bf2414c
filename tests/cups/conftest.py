"""The private cupsd for tests/cups (tests/cups/cupsd.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.cups.cupsd import PrivateCupsd


@pytest.fixture
def cupsd(monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateCupsd]:
    """A running private scheduler with its queues; ``lp``, ``cupsctl`` and Mibu use it."""
    server = PrivateCupsd()
    try:
        server.start()
        server.add_queues()
        for name, value in server.env.items():
            monkeypatch.setenv(name, value)
        yield server
    finally:
        server.close()
