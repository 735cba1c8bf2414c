"""Errors the clerk sees.

Every error raised by the domain carries a message in Chinese that can be shown as it is,
and a stable ``code`` that tests and the UI can match on. Nothing in here knows about Qt.
"""

from __future__ import annotations


class MibuError(Exception):
    """Base of every refusal or failure the clerk is told about."""

    code = "error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(MibuError):
    """Bad input: the named field is empty, too long, malformed or out of range."""

    code = "invalid"


class RuleViolation(MibuError):
    """A rule of domain.md refuses the operation."""

    code = "rule"


class NotFound(MibuError):
    code = "not_found"


class PermissionDenied(MibuError):
    code = "permission"


class AuthError(MibuError):
    """Wrong passphrase or one-time code."""

    code = "auth"


class AccountLocked(AuthError):
    code = "locked"


class RegisterError(MibuError):
    """The register or its key file cannot be used."""

    code = "register"


class NotARegister(RegisterError):
    code = "not_a_register"


class RegisterDamaged(RegisterError):
    code = "damaged"


class RegisterReadOnly(RegisterDamaged):
    """The register is open read-only (damage found, or opened for checking): no writes."""

    code = "read_only"


class KeyFileError(RegisterError):
    code = "key_file"


class AlreadyOpen(RegisterError):
    code = "already_open"


class DiskFull(RegisterError):
    code = "disk_full"


class AuditChainBroken(RegisterError):
    code = "audit_broken"

    def __init__(self, message: str, *, entry_id: int) -> None:
        super().__init__(message)
        self.entry_id = entry_id
