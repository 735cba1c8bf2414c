"""The pure decision: one test per row of the table, and hypothesis over everything."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.devices.policy import (
    DeviceFacts,
    LedgerEntry,
    Reason,
    Verdict,
    decide,
    usable_serial,
)
from app.models.enums import Level

L = Level.CONFIDENTIAL
STORAGE = (8, 6, 0x50)
HID_KBD = (3, 1, 1)
HUB = (9, 0, 0)


def dev(*interfaces: tuple[int, int, int], serial: str | None = "SN1", vid: int = 0x0781,
        pid: int = 0x5581, dclass: int = 0, complete: bool = True,
        dhash: str | None = "ab" * 32) -> DeviceFacts:
    return DeviceFacts("1-1", vid, pid, serial, dhash, dclass, tuple(interfaces), complete)


def entry(*, serial: str | None = "SN1", vid: int = 0x0781, pid: int = 0x5581,
          level: Level = L, in_use: bool = True, equipment: bool = False,
          dhash: str | None = None) -> LedgerEntry:
    return LedgerEntry("JM-U-001", vid, pid, serial, level, in_use,
                       "在用" if in_use else "停用", equipment, dhash)


def check(facts: DeviceFacts, ledger: list[LedgerEntry], verdict: Verdict, reason: Reason
          ) -> None:
    d = decide(facts, ledger, L)
    assert (d.verdict, d.reason) == (verdict, reason)
    assert d.message  # every decision explains itself in Chinese
    assert any("\u4e00" <= c <= "\u9fff" for c in d.message)


def test_hub() -> None:
    check(dev(HUB, dclass=9, serial=None), [], Verdict.ALLOW, Reason.NOT_STORAGE)


def test_hid_only() -> None:
    check(dev(HID_KBD, (3, 1, 2), serial=None), [], Verdict.ALLOW, Reason.NOT_STORAGE)


def test_wireless() -> None:
    check(dev((0xE0, 1, 1), dclass=0xE0), [], Verdict.REFUSE, Reason.WIRELESS)


def test_wireless_even_inside_a_hid() -> None:
    check(dev(HID_KBD, (0xE0, 1, 1)), [], Verdict.REFUSE, Reason.WIRELESS)


@pytest.mark.parametrize("serial", [None, "", "   ", "\x00\x01", "a" * 200, "ab\ufffd"])
def test_no_serial(serial: str | None) -> None:
    check(dev(STORAGE, serial=serial), [entry()], Verdict.REFUSE, Reason.NO_SERIAL)


def test_unregistered() -> None:
    check(dev(STORAGE, serial="OTHER"), [entry()], Verdict.REFUSE, Reason.UNREGISTERED)


def test_identity_mismatch() -> None:
    check(dev(STORAGE, pid=0x5567), [entry()], Verdict.REFUSE, Reason.IDENTITY_MISMATCH)


def test_identity_mismatch_on_descriptor_hash() -> None:
    check(dev(STORAGE), [entry(dhash="cd" * 32)], Verdict.REFUSE, Reason.IDENTITY_MISMATCH)


def test_inactive() -> None:
    check(dev(STORAGE), [entry(in_use=False)], Verdict.REFUSE, Reason.INACTIVE)


def test_level_lower() -> None:
    check(dev(STORAGE), [entry(level=Level.SECRET)], Verdict.REFUSE, Reason.LEVEL_LOWER)


def test_unclassified_medium_is_lower() -> None:
    check(dev(STORAGE), [entry(level=Level.UNCLASSIFIED)], Verdict.REFUSE, Reason.LEVEL_LOWER)


def test_level_higher() -> None:
    check(dev(STORAGE), [entry(level=Level.TOP_SECRET)], Verdict.REFUSE, Reason.LEVEL_HIGHER)


@pytest.mark.parametrize("other", [HID_KBD, (2, 6, 0), (0xFF, 0, 0), (7, 1, 2)])
def test_composite(other: tuple[int, int, int]) -> None:
    check(dev(STORAGE, other), [entry()], Verdict.REFUSE, Reason.COMPOSITE)


def test_registered() -> None:
    check(dev(STORAGE), [entry()], Verdict.ALLOW, Reason.REGISTERED)
    check(dev(STORAGE), [entry(dhash="ab" * 32)], Verdict.ALLOW, Reason.REGISTERED)


@pytest.mark.parametrize("facts", [
    dev((6, 1, 1)),  # phone / camera (PTP, MTP)
    dev((0xFF, 0xFF, 0)),  # vendor-specific (MTP on many phones)
    dev((2, 6, 0), (0x0A, 0, 0)),  # network adapter (CDC ECM)
    dev((7, 1, 2)),  # printer
    dev((0x0E, 1, 0)),  # video
    dev(),  # no interfaces at all
    dev(STORAGE, complete=False),  # descriptors cut short: cannot tell
])
def test_class_forbidden(facts: DeviceFacts) -> None:
    check(facts, [entry()], Verdict.REFUSE, Reason.CLASS_FORBIDDEN)


def test_equipment() -> None:
    printer = dev((7, 1, 2), serial="PRN1", vid=0x04B8, pid=0x0005)
    registered = entry(serial="PRN1", vid=0x04B8, pid=0x0005, equipment=True)
    check(printer, [registered], Verdict.ALLOW, Reason.EQUIPMENT)
    stored = entry(serial="PRN1", vid=0x04B8, pid=0x0005, equipment=True, in_use=False)
    check(printer, [stored], Verdict.REFUSE, Reason.INACTIVE)
    # a medium entry (not equipment) with the same identity does not make a printer usable
    as_medium = entry(serial="PRN1", vid=0x04B8, pid=0x0005)
    check(printer, [as_medium], Verdict.REFUSE, Reason.CLASS_FORBIDDEN)


def test_equipment_does_not_cover_storage() -> None:
    """A stick registered as 设备 is not a registered medium: refused, whatever its level."""
    d = decide(dev(STORAGE), [entry(equipment=True)], Level.CONFIDENTIAL)
    assert (d.verdict, d.reason) == (Verdict.REFUSE, Reason.UNREGISTERED)
    assert "登记为设备" in d.message
    check(dev(STORAGE), [entry(equipment=True, level=Level.SECRET)], Verdict.REFUSE,
          Reason.UNREGISTERED)
    # registered both ways: the medium entry decides
    check(dev(STORAGE), [entry(equipment=True), entry()], Verdict.ALLOW, Reason.REGISTERED)


# -- hypothesis -------------------------------------------------------------------------------
classes = st.sampled_from([0, 1, 2, 3, 6, 7, 8, 9, 0x0A, 0x0B, 0x0E, 0xE0, 0xEF, 0xFE, 0xFF])
triples = st.tuples(classes, st.integers(0, 255), st.integers(0, 255))
serials = st.one_of(st.none(), st.text(max_size=300), st.sampled_from(["SN1", "SN2"]))
ids = st.one_of(st.none(), st.integers(0, 0xFFFF), st.sampled_from([0x0781, 0x5581]))
facts_st = st.builds(
    DeviceFacts, sys_name=st.text(max_size=20), vendor_id=ids, product_id=ids, serial=serials,
    descriptor_hash=st.one_of(st.none(), st.sampled_from(["ab" * 32, "cd" * 32])),
    device_class=st.one_of(st.none(), classes), interfaces=st.lists(triples, max_size=6)
    .map(tuple), descriptors_complete=st.booleans())
entries_st = st.lists(st.builds(
    LedgerEntry, number=st.just("N1"), vendor_id=ids, product_id=ids, serial=serials,
    level=st.sampled_from(list(Level)), in_use=st.booleans(), status_label=st.just("在用"),
    is_equipment=st.booleans(),
    descriptor_hash=st.one_of(st.none(), st.sampled_from(["ab" * 32, "cd" * 32]))),
    max_size=4)


@settings(max_examples=400, deadline=None)
@given(facts=facts_st, ledger=entries_st, level=st.sampled_from(list(Level)))
def test_never_crashes_and_never_allows_unregistered_storage(
        facts: DeviceFacts, ledger: list[LedgerEntry], level: Level) -> None:
    d = decide(facts, ledger, level)
    assert d.message
    classes_seen = {c for c, _s, _p in facts.interfaces} | {facts.device_class}
    if d.verdict is Verdict.ALLOW and 8 in classes_seen:
        serial = usable_serial(facts.serial)
        match = [e for e in ledger if e.serial == serial and serial is not None
                 and (e.vendor_id, e.product_id) == (facts.vendor_id, facts.product_id)
                 and e.in_use and e.level == level]
        assert match, "storage allowed without a matching active entry of this level"
        assert {c for c, _s, _p in facts.interfaces} <= {8}
    if d.verdict is Verdict.ALLOW:
        assert 0xE0 not in classes_seen
        assert facts.descriptors_complete
