"""The log file rotates, lives in the app-data folder, is private and holds no secrets."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import pytest

from app import logging_setup, paths
from app.errors import AuthError
from app.services.register import unlock
from tests.factories import PASSPHRASE, new_register


def test_log_has_no_secrets(register_path: Path) -> None:
    logging_setup.configure()
    try:
        created = new_register(register_path)
        created.register.close()
        with pytest.raises(AuthError):
            unlock(register_path, "clerk", "Wrong-Secret-4711")
        unlock(register_path, "clerk", PASSPHRASE)[0].close()
        for handler in logging.getLogger().handlers:
            handler.flush()
        log_file = paths.log_dir() / "mibu.log"
        text = log_file.read_text(encoding="utf-8")
        assert "unlock refused" in text
        assert "register unlocked" in text
        for secret in (PASSPHRASE, "Wrong-Secret-4711", "海淀区测试局", "张保密"):
            assert secret not in text
        assert os.stat(log_file).st_mode & 0o077 == 0
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                root.removeHandler(handler)
                handler.close()
