import sqlite3

import pytest

from vigil.model import Actor, Article, Claim, Claimant, Event, Location, Place, Quote, Record, Span, Speaker
from vigil.store import StoreError, open_store


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


def test_save_twice_changes_nothing(tmp_path):
    db = str(tmp_path / "v.db")
    with open_store(db) as s:
        assert s.save(_record()) is True
        first = s.counts()
        assert s.save(_record()) is False
        assert s.counts() == first == {"articles": 1, "events": 1, "claims": 1, "quotes": 1, "places": 1, "failures": 0}


def test_wal_migrations_and_reopen(tmp_path):
    db = str(tmp_path / "v.db")
    with open_store(db) as s:
        s.save(_record())
    with open_store(db) as s:
        assert s.migrate() == []
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert [r[0] for r in s.db.execute("SELECT name FROM migrations")] == ["0001_initial", "0002_links", "0003_source_id"]
        (rec,) = s.records()
        assert rec["events"][0]["location"]["name"] == "Dhaka"
        assert rec["article"]["removed"] == [{"text": "dup", "reason": "repeated paragraph"}]
        row = s.db.execute("SELECT actor1, actor1_inter, geo_precision, arrested, evidence FROM events").fetchone()
        assert row == ("Police Forces of Bangladesh", 1, 1, 12, '[{"start": 0, "end": 47}]')


def test_full_text_search(tmp_path):
    with open_store(str(tmp_path / "v.db")) as s:
        s.save(_record())
        s.save(_record("Farmers blocked a highway near Lyon.", "a-2"))
        hits = s.search("detained")
        assert [h[0] for h in hits] == ["a-1"] and "[detained]" in hits[0][2]
        assert s.search("highway")[0][0] == "a-2"


def test_failures_recorded_counted_and_cleared(tmp_path):
    with open_store(str(tmp_path / "v.db")) as s:
        s.record_failure("s.txt", "s.txt: empty document")
        s.record_failure("s.txt", "s.txt: empty document")
        assert s.failures() == [{"source": "s.txt", "error": "s.txt: empty document", "attempts": 2}]
        s.save(_record())                     # the same source now succeeds
        assert s.failures() == []


def test_events_grouping(tmp_path):
    with open_store(str(tmp_path / "v.db")) as s:
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


def test_near_duplicate_article_and_same_event_across_reports(tmp_path):
    text = ("Police detained 12 students in Dhaka on Sunday after a march against fee rises at the university. "
            "The students had gathered at the main gate in the morning and walked towards the education ministry, "
            "chanting slogans and carrying banners that called for the rise to be withdrawn. Officers stopped the "
            "march at a crossing near the ministry and led a dozen of the marchers to waiting vans, witnesses said. "
            "A police spokesman said the march had not been authorised and that those held would be released once "
            "their details had been recorded. The student union said it would return to the streets next week.")
    with open_store(str(tmp_path / "v.db")) as s:
        s.save(_record(text, "a-1"))
        s.save(_record(text.replace("Sunday", "Sunday evening"), "a-2"))
        s.save(_record("Farmers blocked a highway near Lyon to protest against falling milk prices.", "a-3"))
        dups = dict(s.db.execute("SELECT id, duplicate_of FROM articles"))
        assert dups == {"a-1": None, "a-2": "a-1", "a-3": None}
        clusters = dict(s.db.execute("SELECT article_id, cluster_id FROM events"))
        assert clusters["a-1"] == clusters["a-2"] == "e-a-1"
        assert clusters["a-3"] == "e-a-1"      # same type, place and day in this fixture: one event
        assert s.links() == {"near_duplicate_articles": 1, "events_in_several_reports": 1}
