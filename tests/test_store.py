import sqlite3

import pytest

from vigil.model import Actor, Article, Claim, Claimant, Event, Location, Place, Quote, Record, Span, Speaker
from vigil.store import StoreError, open_store
from vigil.store.migrations import MIGRATIONS

MIGRATION_NAMES = [name for name, _ in MIGRATIONS]


def _record(text="Police detained 12 students in Dhaka on Sunday.", aid="a-1"):
    art = Article(id=aid, title="T", byline=None, published="2023-05-01", url=None, outlet="Daily X",
                  language="en", source="s.txt", text=text, removed=({"text": "dup", "reason": "repeated paragraph"},))
    ev = Event(id=f"e-{aid}", event_type="Strategic developments", sub_event_type="Arrests",
               plover={"type": "COERCE", "mode": "arrest"}, date="2023-04-30", time_precision=1,
               actor1=Actor("Police", "Police Forces of Bangladesh", 1, "BD"), actor2=Actor("students", None, 6, "BD"),
               location=Location("Dhaka", 1185241, 23.71, 90.41, "Dhaka Division", "BD", 1), fatalities=0,
               arrested=12, claim_ids=(f"c-{aid}",), evidence=(Span(0, len(text)),), confidence=0.8)
    cl = Claim(id=f"c-{aid}", kind="arrested", value=12, claimant=Claimant("Daily X", None, "unattributed"),
               event_id=ev.id, evidence=(Span(16, 18),))
    q = Quote(id=f"q-{aid}", text="We were peaceful", speaker=Speaker("a student"), medium="speech", event_id=ev.id)
    pl = Place("Dhaka", 32, 37, 1185241, 23.71, 90.41, "city", "Dhaka Division", "BD")
    return Record(article=art, events=(ev,), claims=(cl,), quotes=(q,), places=(pl,))


def test_save_twice_changes_nothing(store_target):
    with open_store(store_target) as s:
        assert s.save(_record()) is True
        first = s.counts()
        assert s.save(_record()) is False
        assert s.counts() == first == {"articles": 1, "events": 1, "claims": 1, "quotes": 1, "places": 1, "failures": 0}


def test_migrations_and_reopen(store_target):
    db = store_target
    with open_store(db) as s:
        s.save(_record())
    with open_store(db) as s:
        assert s.migrate() == []
        if not db.startswith("postgresql://"):
            assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert [r[0] for r in s.db.execute("SELECT name FROM migrations")] == MIGRATION_NAMES
        (rec,) = s.records()
        assert rec["events"][0]["location"]["name"] == "Dhaka"
        assert rec["article"]["removed"] == [{"text": "dup", "reason": "repeated paragraph"}]
        row = s.db.execute("SELECT actor1, actor1_inter, geo_precision, arrested, evidence FROM events").fetchone()
        assert row == ("Police Forces of Bangladesh", 1, 1, 12, '[{"start": 0, "end": 47}]')


def test_full_text_search(store_target):
    with open_store(store_target) as s:
        s.save(_record())
        s.save(_record("Farmers blocked a highway near Lyon.", "a-2"))
        hits = s.search("detained")
        assert [h[0] for h in hits] == ["a-1"] and "[detained]" in hits[0][2]
        assert s.search("highway")[0][0] == "a-2"


def test_failures_recorded_counted_and_cleared(store_target):
    with open_store(store_target) as s:
        s.record_failure("s.txt", "s.txt: empty document")
        s.record_failure("s.txt", "s.txt: empty document")
        assert s.failures() == [{"source": "s.txt", "error": "s.txt: empty document", "attempts": 2}]
        s.save(_record())                     # the same source now succeeds
        assert s.failures() == []


def test_events_grouping(store_target):
    with open_store(store_target) as s:
        s.save(_record())
        assert s.events_by("event_type", "sub_event_type") == [("Strategic developments", "Arrests", 1)]
        assert s.events_by("country", "admin1", "location") == [("BD", "Dhaka Division", "Dhaka", 1)]
        with pytest.raises(ValueError):
            s.events_by("id; DROP TABLE events")


def test_unusable_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(str(bad))
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nope" / "v.db"))


def test_near_duplicate_article_and_same_event_across_reports(store_target):
    text = ("Police detained 12 students in Dhaka on Sunday after a march against fee rises at the university. "
            "The students had gathered at the main gate in the morning and walked towards the education ministry, "
            "chanting slogans and carrying banners that called for the rise to be withdrawn. Officers stopped the "
            "march at a crossing near the ministry and led a dozen of the marchers to waiting vans, witnesses said. "
            "A police spokesman said the march had not been authorised and that those held would be released once "
            "their details had been recorded. The student union said it would return to the streets next week.")
    with open_store(store_target) as s:
        s.save(_record(text, "a-1"))
        s.save(_record(text.replace("Sunday", "Sunday evening"), "a-2"))
        s.save(_record("Farmers blocked a highway near Lyon to protest against falling milk prices.", "a-3"))
        dups = dict(s.db.execute("SELECT id, duplicate_of FROM articles"))
        assert dups == {"a-1": None, "a-2": "a-1", "a-3": None}
        canon = {e: s.canonical_of(e) for e in ("e-a-1", "e-a-2", "e-a-3")}
        assert canon["e-a-1"] == canon["e-a-2"] == canon["e-a-3"]   # same type, place, day, actors: one event
        (ce,) = s.canonical_events()
        assert ce["id"] == canon["e-a-1"] and len(ce["reports"]) == 3
        assert ce["sources"] == 1        # one outlet ("Daily X") and a copy of its own story: one source
        assert s.links() == {"near_duplicate_articles": 1, "canonical_events": 1, "events_in_several_reports": 1,
                             "corroborated_events": 0}


def _open_and_save(args):
    db, n = args
    from vigil.store import open_store as open_
    with open_(db) as s:
        return s.save(_record(text=f"Police detained {n} students in Dhaka on Sunday.", aid=f"a-{n}"))


def test_writers_starting_together_on_a_new_database_all_succeed(store_target):
    import multiprocessing
    db = store_target
    with multiprocessing.get_context("spawn").Pool(6) as pool:
        assert pool.map(_open_and_save, [(db, n) for n in range(12)]) == [True] * 12
    with open_store(db) as s:
        assert s.counts()["articles"] == 12
        assert [r[0] for r in s.db.execute("SELECT name FROM migrations")] == \
            MIGRATION_NAMES


def test_a_lock_held_too_long_is_store_busy_and_a_short_one_is_waited_out(tmp_path):
    import threading
    import time
    from vigil.errors import StoreBusy
    db = str(tmp_path / "v.db")
    open_store(db).close()
    other = sqlite3.connect(db, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")                  # another process holds the write lock
    with open_store(db, wait=0.4) as s:
        t0 = time.monotonic()
        with pytest.raises(StoreBusy, match="is locked"):
            s.save(_record())
        assert 0.4 <= time.monotonic() - t0 < 3
        threading.Timer(0.3, other.rollback).start()  # now it lets go after 0.3 s
        other.execute("SELECT 1")
    with open_store(db, wait=5) as s:
        assert s.save(_record()) is True
    other.close()


def test_article_id_is_the_content_hash_and_source_id_a_field(store_target):
    from vigil.clean import clean
    from vigil.model import RawDoc
    a = clean(RawDoc(source="feed1.jsonl:1", id="7", text="Miners marched in Potosi."))
    b = clean(RawDoc(source="feed2.jsonl:1", id="7", text="Teachers struck in Sucre."))
    assert a.id != b.id and a.id.startswith("a-") and (a.source_id, b.source_id) == ("7", "7")
    assert a.contract()["source_id"] == "7" and a.id == clean(RawDoc(source="x", text=a.text)).id
    with open_store(store_target) as s:
        assert s.save(Record(article=a)) and s.save(Record(article=b))
        assert s.db.execute("SELECT source_id FROM articles ORDER BY source").fetchall() == [("7",), ("7",)]


def test_a_bad_query_is_a_query_error_and_other_failures_are_not(tmp_path):
    from vigil.errors import QueryError
    with open_store(str(tmp_path / "v.db")) as s:
        with pytest.raises(QueryError, match="bad search query") as e:
            s.search('"unclosed', 5)
        assert "FTS5" in e.value.hint
        s.db.execute("DROP TABLE articles_fts")
        with pytest.raises(StoreError, match="no such table"):
            s.search("police", 5)


def test_concurrent_writers_link_every_report_once(store_target):
    """Writers saving reports of one event at the same time: each report stored once, all linked to one
    canonical event (every write sees the ones before it whole)."""
    import multiprocessing
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        assert sorted(pool.map(_open_and_save, [(store_target, 12)] * 4 + [(store_target, 30)] * 4)) == [False] * 6 + [True] * 2
    with open_store(store_target) as s:
        assert s.counts()["articles"] == 2 and s.counts()["events"] == 2
        assert s.canonical_of("e-a-12") == s.canonical_of("e-a-30") is not None
        assert len(s.canonical_events()) == 1


def test_a_postgresql_server_that_is_not_there_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot open database postgresql://vigil:\\*\\*\\*@") as e:
        open_store("postgresql://vigil:secret@/nothing?host=/nonexistent-vigil-socket&port=1&connect_timeout=2")
    assert "secret" not in str(e.value)


def test_the_next_filing_order_is_an_index_lookup_not_a_scan(tmp_path):
    # Every stored report reads the next order of its prints and mentions; a scan there makes each
    # report cost time in proportion to the store's size (issue 13: per-document work stays flat).
    from vigil.store.links import NEXT_MENTION_ORDER, NEXT_PRINT_ORDER
    db = str(tmp_path / "v.db")
    with open_store(db) as s:
        s.save(_record())
        s.save(_record("Riot police dispersed a march of 300 garment workers in Gazipur on Monday.", "a-2"))
        for query in (NEXT_PRINT_ORDER, NEXT_MENTION_ORDER):
            plan = " ".join(str(r[-1]) for r in s.db.execute("EXPLAIN QUERY PLAN " + query))
            assert "INDEX" in plan, (query, plan)
        assert s.db.execute(NEXT_MENTION_ORDER).fetchone()[0] == 2
        assert s.db.execute(NEXT_PRINT_ORDER).fetchone()[0] == 2


def test_the_store_files_at_most_the_limit_under_a_band_key_and_finds_later_copies(tmp_path, monkeypatch):
    from vigil.link import copies
    monkeypatch.setattr(copies, "BUCKET_LIMIT", 2)
    story = ("Hundreds of teachers marched to the education ministry in Lilongwe on Thursday to demand "
             "arrears of pay owed since March, blowing whistles and singing; police watched from a distance.")
    with open_store(str(tmp_path / "v.db")) as s:
        for k in range(6):
            s.save(_record(story + ("" if k == 0 else f" (Edition {k}.)"), f"t-{k}"))
        biggest = s.db.execute("SELECT max(n) FROM (SELECT count(*) n FROM article_lsh GROUP BY band, key)").fetchone()[0]
        assert biggest == 2
        copies_of = [r[0] for r in s.db.execute("SELECT duplicate_of FROM articles ORDER BY id")]
        assert copies_of.count(None) == 1 and len(set(c for c in copies_of if c)) == 1
