"""Whatever is in the key file, opening it gives a clear KeyFileError or works; never a crash.
Whatever is typed as a passphrase, a wrong one is an AuthError."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import AuthError, KeyFileError
from app.models.keyfile import KeyFile, new_data_key

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), json_values.map(
    lambda v: json.dumps(v).encode()), st.fixed_dictionaries(
    {"format": st.just("mibu-keyfile"), "version": st.just(1)},
    optional={"register_id": json_values,
              "slots": json_values | st.dictionaries(st.just("clerk"), json_values
                                                     | st.fixed_dictionaries(
                  {"kdf": json_values, "salt": json_values, "nonce": json_values,
                   "wrapped": json_values, "locked_until": json_values})),
              "lockout_minutes": json_values}).map(lambda v: json.dumps(v).encode())))
def test_malformed_key_files_are_refused_clearly(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "r.mibu.keys"
        path.write_bytes(content)
        try:
            kf = KeyFile.load(path)
        except KeyFileError as exc:
            assert exc.message
            return
        # It parsed: then using it must fail cleanly too.
        try:
            kf.unwrap("clerk", "Correct-Horse7")
        except (AuthError, KeyFileError):
            pass


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_wrong_passphrase_is_an_auth_error(wrong: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        kf = KeyFile(path=Path(d) / "k.keys", register_id="r")
        key = new_data_key()
        kf.add_slot("clerk", "Correct-Horse7", key)
        if wrong == "Correct-Horse7":
            assert kf.unwrap("clerk", wrong) == key
            return
        try:
            kf.unwrap("clerk", wrong)
        except AuthError:
            pass
        else:  # pragma: no cover
            raise AssertionError("a wrong passphrase opened the slot")


@settings(max_examples=60, deadline=None)
@given(salt=st.binary(max_size=20), nonce=st.binary(max_size=20), wrapped=st.binary(max_size=60),
       cost=st.integers(1, 4))
def test_well_formed_but_wrong_slots(salt: bytes, nonce: bytes, wrapped: bytes,
                                     cost: int) -> None:
    import base64

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "k.keys"
        b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
        path.write_text(json.dumps({
            "format": "mibu-keyfile", "version": 1, "register_id": "r", "slots": {
                "clerk": {"kdf": {"name": "argon2id", "time_cost": cost, "memory_cost": 8 * cost,
                                  "parallelism": 1},
                          "salt": b64(salt), "nonce": b64(nonce), "wrapped": b64(wrapped)}}}))
        kf = KeyFile.load(path)
        try:
            kf.unwrap("clerk", "Correct-Horse7")
        except (AuthError, KeyFileError):
            pass
