from app.services import audit
from app.services.register import Actor, Register


def test_fresh_register_has_a_valid_chain(register: Register, clerk: Actor) -> None:
    with register.read() as s:
        assert audit.verify_chain(s, register.derive_key(audit.AUDIT_KEY_INFO)) == 2
