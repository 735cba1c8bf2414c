"""Search and lists: trigram FTS for 3+ characters, LIKE below, filters, sorting, paging."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.errors import ValidationError
from app.models.documents import FTS_TABLE, CopyState
from app.models.enums import Level
from app.services import documents, search
from app.services.register import Actor, Register
from app.services.search import DocumentFilter
from tests import doc_factories as f

D = dt.date(2026, 1, 10)


@pytest.fixture
def sample(register: Register, clerk: Actor) -> dict[str, int]:
    ids = {}
    ids["haidian"] = f.receive(register, clerk, title="关于加强海淀区涉密载体管理的通知",
                               sender="北京市保密局", doc_number="京保发〔2015〕3号",
                               received_on=D).id
    ids["zhongban"] = f.receive(register, clerk, title="关于进一步做好保密工作的意见",
                                sender="中共中央办公厅", doc_number="中办发〔2016〕5号",
                                received_on=D + dt.timedelta(days=1)).id
    ids["jinghai"] = f.receive(register, clerk, title="区委常委会议纪要",
                               sender="中共北京市海淀区委办公室",
                               doc_number="京海发〔2016〕12号", level=Level.SECRET,
                               copy_numbers=None, received_on=D + dt.timedelta(days=2)).id
    ids["percent"] = f.receive(register, clerk, title="完成率100%_统计表",
                               sender="北京市统计局", doc_number="京统字〔2017〕1号",
                               level=Level.INTERNAL, copy_numbers=None, period="",
                               received_on=D + dt.timedelta(days=3)).id
    return ids


def found(register: Register, text: str, **kw: object) -> set[int]:
    rows = search.search_documents(register, DocumentFilter(text=text, **kw))  # type: ignore[arg-type]
    return {r.id for r in rows}


def test_fts_table_name_matches_the_schema(register: Register) -> None:
    with register.read() as s:
        names = s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        assert FTS_TABLE in set(names)


def test_two_character_search_finds_titles_and_senders(register: Register,
                                                       sample: dict[str, int]) -> None:
    assert found(register, "海淀") == {sample["haidian"], sample["jinghai"]}
    assert found(register, "纪要") == {sample["jinghai"]}


def test_doc_number_substring_through_the_trigram_index(register: Register,
                                                        sample: dict[str, int]) -> None:
    assert found(register, "发〔2016〕") == {sample["zhongban"], sample["jinghai"]}
    assert found(register, "海淀区委") == {sample["jinghai"]}  # sender, via the index
    assert found(register, "2026-收-0003") == {sample["jinghai"]}
    assert found(register, "不存在的词") == set()


def test_wildcards_and_quotes_are_taken_literally(register: Register,
                                                  sample: dict[str, int]) -> None:
    assert found(register, "0%") == {sample["percent"]}
    assert found(register, "%_统") == {sample["percent"]}
    assert found(register, "%") == {sample["percent"]}
    assert found(register, '"关于') == set()
    assert found(register, "_") == {sample["percent"]}


def test_filters_sort_and_pages(register: Register, clerk: Actor,
                                sample: dict[str, int]) -> None:
    assert found(register, "", levels=(Level.SECRET,)) == {sample["jinghai"]}
    assert found(register, "", date_from=D + dt.timedelta(days=1),
                 date_to=D + dt.timedelta(days=2)) == {sample["zhongban"], sample["jinghai"]}
    first = search.search_documents(register, sort="received_on", descending=False, limit=2)
    second = search.search_documents(register, sort="received_on", descending=False,
                                     offset=2, limit=2)
    assert [r.id for r in first + second] == [sample["haidian"], sample["zhongban"],
                                              sample["jinghai"], sample["percent"]]
    by_sender = search.search_documents(register, sort="sender", descending=False)
    assert by_sender[0].sender == "中共中央办公厅"
    assert search.count_documents(register, DocumentFilter(text="海淀")) == 2
    row = first[0]
    assert (row.copies, row.in_store, row.marking) == (2, 2, "机密★20年")
    with pytest.raises(ValidationError):
        search.search_documents(register, sort="title; DROP TABLE document")
    with pytest.raises(ValidationError):
        search.search_documents(register, DocumentFilter(text="x" * 101))


def test_filter_by_holder_state_and_expiry(register: Register, clerk: Actor,
                                          sample: dict[str, int]) -> None:
    from sqlalchemy import update

    from app.models.documents import Copy

    p = f.person(register, clerk)
    cid = documents.list_copies(register, sample["zhongban"])[0].id
    with register.write() as s:
        s.execute(update(Copy).where(Copy.id == cid).values(
            state=CopyState.ON_LOAN.value, holder_id=p.id))
    assert found(register, "", holder_id=p.id) == {sample["zhongban"]}
    assert found(register, "", state=CopyState.ON_LOAN) == {sample["zhongban"]}
    old = f.receive(register, clerk, doc_date=dt.date(2016, 1, 1),
                    received_on=dt.date(2016, 1, 2), period="10年").id
    assert found(register, "", expiring_within_days=30) == {old}
    copies = search.search_copies(register, search.CopyFilter(holder_id=p.id))
    assert [c.id for c in copies] == [cid] and copies[0].holder_name == p.name


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(alphabet="海淀发〔2016〕5号关于区%_\"' ", min_size=1, max_size=6))
def test_search_equals_plain_substring_matching(register: Register, sample: dict[str, int],
                                                query: str) -> None:
    """Index or fallback, the answer is what Python's ``in`` says (case aside)."""
    q = query.strip()
    expected = set()
    for doc_id in sample.values():
        d = documents.get_document(register, doc_id)
        if any(q in field for field in (d.title, d.doc_number, d.internal_no, d.sender)):
            expected.add(doc_id)
    if not q:
        expected = set(sample.values())
    assert found(register, query) == expected


def test_rebuilt_text_index_answers_as_the_triggers_did(register: Register,
                                                         sample: dict[str, int]) -> None:
    before = {q: found(register, q) for q in ("发〔2016〕", "海淀区委", "2026-收-0003", "统计局")}
    with register.write() as s:
        search.rebuild_text_index(s)
    assert {q: found(register, q) for q in before} == before


# -- the page plans give the plain answer ---------------------------------------------------
PIECES = ["保密", "工作", "海淀", "发〔2016〕", "关于", "通知", "密", "工", "作", "2016",
          "〔", "〕"]
SENDERS = ["北京市保密局", "中共北京市海淀区委办公室", "国家保密局", "海淀区教育委员会"]


@pytest.fixture
def varied(register: Register, clerk: Actor) -> list[documents.DocumentInfo]:
    """Forty documents with overlapping words, shared dates and every level."""
    import random

    rng = random.Random(7)  # noqa: S311 - repeatable test data, not a secret
    out = []
    for n in range(40):
        level = rng.choice([Level.INTERNAL, Level.SECRET, Level.CONFIDENTIAL])
        out.append(f.receive(
            register, clerk, title="".join(rng.choice(PIECES) for _ in range(rng.randint(2, 6))),
            sender=rng.choice(SENDERS), doc_number=f"京{rng.choice(PIECES)}〔2016〕{n}号",
            level=level, received_on=D - dt.timedelta(days=rng.randint(0, 9)),
            copy_numbers=[1] if level is Level.CONFIDENTIAL else None, copies=1,
            period="" if level is Level.INTERNAL else None))
    return out


def _expected(docs: list[documents.DocumentInfo], flt: DocumentFilter, sort: str,
              descending: bool) -> list[int]:
    q = flt.text.strip()
    rows = [d for d in docs
            if (not q or any(q in x for x in (d.title, d.doc_number, d.internal_no, d.sender)))
            and (not flt.levels or d.level in flt.levels)
            and (flt.date_from is None or d.received_on >= flt.date_from)]
    rows.sort(key=lambda d: (getattr(d, sort), d.id), reverse=descending)
    return [d.id for d in rows]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(alphabet="保密工作海淀发〔2016〕关于通知", max_size=5),
       levels=st.sets(st.sampled_from([Level.INTERNAL, Level.SECRET, Level.CONFIDENTIAL]),
                      max_size=2),
       since=st.one_of(st.none(), st.integers(0, 9)),
       sort=st.sampled_from(["received_on", "title", "doc_number"]), descending=st.booleans(),
       offset=st.integers(0, 12), limit=st.integers(1, 15), few=st.sampled_from([0, 10**6]),
       walk_first=st.sampled_from([0, 3, 10**6]), many=st.sampled_from([0, 5, 10**6]),
       max_terms=st.sampled_from([0, 500]),
       rounds=st.sampled_from([(1, 2, 3), (4,), (1000, 3000, 9000)]))
def test_every_page_plan_gives_the_plain_answer(
        register: Register, varied: list[documents.DocumentInfo], monkeypatch: pytest.MonkeyPatch,
        query: str, levels: set[Level], since: int | None, sort: str, descending: bool,
        offset: int, limit: int, few: int, walk_first: int, many: int, max_terms: int,
        rounds: tuple[int, ...]) -> None:
    """Walking the date index or sorting the candidates, the page is the plain filter's page.

    ``few`` = 0 makes every text query walk the (received_on, id) index; a million makes every
    one of three characters or more start from its candidates. ``walk_first`` bounds the first
    walk (0 and 3: a few rows, then the candidates; a million: the whole walk); ``many`` and
    ``max_terms`` = 0 send every query past its candidates to the whole walk. ``rounds`` of
    a few candidates read from the highest id down end before the page is proved (the
    dates are not in id order here) or prove it early.
    """
    monkeypatch.setattr(search, "FEW_MATCHES", few)
    monkeypatch.setattr(search, "WALK_FIRST", walk_first)
    monkeypatch.setattr(search, "WALK_PER_ROW", 1 if walk_first < 10**6 else 0)
    monkeypatch.setattr(search, "MANY_MATCHES", many)
    monkeypatch.setattr(search, "MAX_TERMS", max_terms)
    monkeypatch.setattr(search, "SCAN_ROUNDS", rounds)
    flt = DocumentFilter(text=query, levels=tuple(levels),
                         date_from=None if since is None else D - dt.timedelta(days=since))
    page = search.search_documents(register, flt, sort=sort, descending=descending,
                                   offset=offset, limit=limit)
    expected = _expected(varied, flt, sort, descending)
    assert [r.id for r in page] == expected[offset:offset + limit]
    assert search.count_documents(register, flt) == len(expected)


@pytest.mark.parametrize("few", [0, 10**6])
def test_trigrams_apart_or_in_another_case(register: Register, clerk: Actor,
                                           monkeypatch: pytest.MonkeyPatch, few: int) -> None:
    """A row holding every trigram of the query is not a match unless they are adjacent;
    a letter in another case still matches, as the index folds case (Greek here)."""
    monkeypatch.setattr(search, "FEW_MATCHES", few)
    apart = f.receive(register, clerk, title="保密工，密工作的通知").id
    greek = f.receive(register, clerk, title="ΑΒΓ档案的通知").id
    assert found(register, "保密工作") == set()
    assert found(register, "密工作") == {apart}
    assert found(register, "αβγ档案") == {greek}
    assert found(register, "的通知") == {apart, greek}


@pytest.mark.parametrize("walk_first", [0, 10**6])
def test_one_or_two_characters_through_the_index(register: Register, clerk: Actor,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 walk_first: int) -> None:
    """A short query's candidates are the rows holding a trigram that starts with it: the
    padding makes that true at a text's end and in texts of one or two characters."""
    monkeypatch.setattr(search, "WALK_FIRST", walk_first)
    monkeypatch.setattr(search, "WALK_PER_ROW", 0)
    end = f.receive(register, clerk, title="请示报告批复", doc_number="京发〔2019〕7号").id
    short = f.receive(register, clerk, title="函", doc_number="").id
    other = f.receive(register, clerk, title="关于保密工作的通知", doc_number="京发〔2020〕8号").id
    assert found(register, "批复") == {end}
    assert found(register, "复") == {end}
    assert found(register, "函") == {short}
    assert found(register, "7号") == {end}
    assert found(register, "号") == {end, other}
    assert found(register, "罕") == set()
    assert found(register, "〇") == set()
    with register.read() as s:
        assert search.count_documents_s(s, DocumentFilter(text="复")) == 1
        assert search.count_documents_s(s, DocumentFilter(text="罕")) == 0


def test_the_padding_is_never_matched(register: Register, clerk: Actor) -> None:
    """Every text is indexed with two U+001F after it; no text or query may hold one."""
    f.receive(register, clerk, title="关于保密工作的通知")
    with pytest.raises(ValidationError):
        search.search_documents(register, DocumentFilter(text="通\x1f知"))
    with register.read() as s:
        stored = s.scalar(text("SELECT count(*) FROM document_fts WHERE title LIKE :p"),
                          {"p": "%\x1f\x1f"})
    assert stored == 1


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(alphabet="海淀发〔2016〕5号关于区报告批复请示函Ab%_", min_size=1, max_size=3),
       walk_first=st.sampled_from([0, 10**6]))
def test_short_and_long_queries_equal_substring_matching(
        register: Register, varied: list[documents.DocumentInfo],
        monkeypatch: pytest.MonkeyPatch, query: str, walk_first: int) -> None:
    """Through the index (short or long, caseless or not) or a walk: Python's ``in``, ASCII
    letters in any case (as ``LIKE`` and the index fold them)."""
    monkeypatch.setattr(search, "WALK_FIRST", walk_first)
    monkeypatch.setattr(search, "WALK_PER_ROW", 0)
    q = query.strip()
    expected = {d.id for d in varied if not q or any(
        q.lower() in x.lower() for x in (d.title, d.doc_number, d.internal_no, d.sender))}
    assert found(register, query) == expected
    with register.read() as s:
        assert search.count_documents_s(s, DocumentFilter(text=query)) == len(expected)


@pytest.mark.parametrize("walk_first", [0, 10**6])
def test_short_queries_of_letters_the_index_folds_unlike_python(
        register: Register, clerk: Actor, monkeypatch: pytest.MonkeyPatch,
        walk_first: int) -> None:
    """One or two non-ASCII letters go through the index too (not a walk of every row),
    folded as the index folds them (final ς to σ, which Python's ``lower`` keeps); they then
    match as ``LIKE`` does, exactly, the same through the index or a walk."""
    monkeypatch.setattr(search, "WALK_FIRST", walk_first)
    monkeypatch.setattr(search, "WALK_PER_ROW", 0)
    omega = f.receive(register, clerk, title="Ω型档案柜的采购").id
    sigma = f.receive(register, clerk, title="关于ΛΟΓΟς的函").id
    f.receive(register, clerk, title="关于保密工作的通知")
    assert search._index_fold("Ως") == "ωσ"
    assert found(register, "Ω") == {omega}
    assert found(register, "ω") == set()
    assert found(register, "ς") == {sigma}
    assert found(register, "Ος") == {sigma}
    assert found(register, "Ξ") == set()


def _blocks(register: Register) -> dict[int, str]:
    with register.read() as s:
        return dict(s.execute(text("SELECT block, latest FROM document_received_block")).all())


def test_each_id_block_bounds_its_dates(register: Register, clerk: Actor) -> None:
    """``document_received_block`` holds each block's latest 收文日期, kept by the triggers:
    a later date raises it; an earlier one leaves it, still an upper bound."""
    from app.services import corrections

    ids = [f.receive(register, clerk, title=f"通知{n}", received_on=D - dt.timedelta(days=n)).id
           for n in range(3)]
    assert _blocks(register) == {ids[0] >> 10: D.isoformat()}
    later = D + dt.timedelta(days=5)
    corrections.correct_document(register, clerk, ids[2], "received_on", later, reason="录入错误")
    assert _blocks(register) == {ids[0] >> 10: later.isoformat()}
    corrections.correct_document(register, clerk, ids[2], "received_on", D, reason="录入错误")
    assert _blocks(register) == {ids[0] >> 10: later.isoformat()}
    with register.read() as s:
        assert search._latest_below(s, ids[0]) is None
        assert search._latest_below(s, ids[1]) == D
        assert search._latest_below(s, ids[2] + 1) == D  # the corrected date, read exactly


@pytest.mark.parametrize("rounds", [(1, 1, 1), (2, 50), (1000,)])
def test_an_old_ledger_registered_after_newer_documents(
        register: Register, clerk: Actor, monkeypatch: pytest.MonkeyPatch,
        rounds: tuple[int, ...]) -> None:
    """Newest first from the highest id down: old documents with higher ids (a paper ledger
    imported after the first receipts) never hide newer ones with lower ids."""
    monkeypatch.setattr(search, "WALK_FIRST", 0)
    monkeypatch.setattr(search, "WALK_PER_ROW", 0)
    monkeypatch.setattr(search, "SCAN_ROUNDS", rounds)
    new = [f.receive(register, clerk, title=f"关于保密工作的通知{n}",
                     received_on=D - dt.timedelta(days=n)).id for n in range(4)]
    old = [f.receive(register, clerk, title=f"关于保密工作的通知（旧{n}）",
                     received_on=D - dt.timedelta(days=400 + n)).id for n in range(4)]
    for q in ("保密工作", "通知", "知"):
        page = search.search_documents(register, DocumentFilter(text=q), limit=5)
        assert [r.id for r in page] == [*new, old[0]], q


def test_the_migration_and_the_search_agree_on_the_block_size() -> None:
    """Migration 0009 writes its shift out; search reads RECEIVED_BLOCK_BITS."""
    from pathlib import Path

    from app.models.documents import RECEIVED_BLOCK_BITS

    migration = Path(search.__file__).parents[1] / "models" / "migrations" / "versions"
    source = (migration / "0009_received_blocks.py").read_text(encoding="utf-8")
    assert source.count("id >> 10") == 3 and RECEIVED_BLOCK_BITS == 10
