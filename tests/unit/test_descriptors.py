"""Parsing raw descriptors: real ones from a recording, malformed ones, and fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.devices import descriptors
from app.devices.identity import facts_of
from app.devices.policy import Verdict, decide
from app.models.enums import Level
from tests.devices.usbdata import DEVICES, config_descriptor, device_descriptor

# the Kensington trackball and Integrated Camera from USBGuard's recording
TRACKBALL = bytes.fromhex(
    "12010002000000087D04482000060102000109022200010100A0320904000001030102000921110100012252"
    "000705810308000A")
KEYBOARD = bytes.fromhex(
    "12010002000000081111111120020102000109023B00020100A032090400000103010100092100010001225B"
    "00070581030F0001090401000103010000092100010001226A0007058203040001")


def test_trackball() -> None:
    d = descriptors.parse(TRACKBALL)
    assert (d.vendor_id, d.product_id) == (0x047D, 0x2048)
    assert [i.triple for i in d.interfaces] == [(3, 1, 2)]
    assert d.complete and d.num_configurations == 1 and len(d.sha256) == 64


def test_keyboard_two_interfaces() -> None:
    d = descriptors.parse(KEYBOARD)
    assert [i.triple for i in d.interfaces] == [(3, 1, 1), (3, 1, 0)]
    assert d.interface_classes == {3}


def test_stick_from_the_test_devices() -> None:
    d = descriptors.parse(DEVICES["stick"].descriptors())
    assert (d.vendor_id, d.product_id, d.serial_index) == (0x0781, 0x5581, 3)
    assert [i.triple for i in d.interfaces] == [(8, 6, 0x50)]


@pytest.mark.parametrize("raw", [b"", b"\x12", b"\x00" * 18, b"\x12\x02" + b"\x00" * 16,
                                 b"\x09\x01" + b"\x00" * 16])
def test_bad_device_descriptor(raw: bytes) -> None:
    with pytest.raises(descriptors.DescriptorError):
        descriptors.parse(raw)


def test_truncated_config_is_incomplete() -> None:
    raw = device_descriptor(1, 2) + config_descriptor([(8, 6, 0x50)])
    for cut in range(19, len(raw)):
        d = descriptors.parse(raw[:cut])
        assert not d.complete, cut


def test_zero_length_descriptor_stops_the_walk() -> None:
    cfg = bytearray(config_descriptor([(3, 1, 1)]))
    cfg[9] = 0  # the interface descriptor claims length 0
    d = descriptors.parse(device_descriptor(1, 2) + bytes(cfg))
    assert not d.complete


def test_unparseable_descriptors_give_incomplete_facts() -> None:
    facts, ident = facts_of("1-1", b"garbage", "SN", vendor_attr="0781", product_attr="5581",
                            class_attr="00")
    assert not facts.descriptors_complete and facts.interfaces == ()
    assert (ident.vendor_id, ident.product_id) == (0x0781, 0x5581)
    assert decide(facts, [], Level.SECRET).verdict is Verdict.REFUSE


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash(raw: bytes) -> None:
    try:
        d = descriptors.parse(raw)
    except descriptors.DescriptorError:
        return
    assert all(0 <= i.cls <= 255 for i in d.interfaces)


@settings(max_examples=500, deadline=None)
@given(
    interfaces=st.lists(st.tuples(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255)),
                        max_size=5),
    flips=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 255)), max_size=6),
    cut=st.one_of(st.none(), st.integers(0, 200)),
    serial=st.one_of(st.none(), st.text(max_size=200)),
)
def test_mangled_descriptors_never_allow_unregistered_storage(
        interfaces: list[tuple[int, int, int]], flips: list[tuple[int, int]],
        cut: int | None, serial: str | None) -> None:
    raw = bytearray(device_descriptor(0x0781, 0x5581) + config_descriptor(
        [*interfaces, (8, 6, 0x50)]))
    for pos, value in flips:
        if pos < len(raw):
            raw[pos] = value
    data = bytes(raw[:cut] if cut is not None else raw)
    facts, _ = facts_of("1-1", data, serial)
    d = decide(facts, [], Level.CONFIDENTIAL)  # an empty ledger: no storage may pass
    if d.verdict is Verdict.ALLOW:
        assert 8 not in {c for c, _s, _p in facts.interfaces}
        assert facts.device_class != 8
