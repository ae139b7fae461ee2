"""The link stage on literal mentions: scored decisions, copies, corroboration, the claims ledger,
stable ids, reviewers' merges and splits, and the store's incremental linking and re-linking."""
import dataclasses

import pytest

from vigil.link import km
from vigil.link.canonical import build
from vigil.link.copies import CopyIndex, fingerprint, is_copy
from vigil.link.ledger import ledger
from vigil.link.linker import Constraints, Linker, canonical_id
from vigil.link.mention import ClaimView, Mention, from_json
from vigil.link.score import compare
from vigil.link.sources import independent_sources

PLACES = {"Rawalpindi": (1166993, 33.6007, 73.0679, "Punjab", "PK"), "Islamabad": (1176615, 33.7215, 73.0433, "Islamabad", "PK"),
          "Khoy": (126972, 38.5503, 44.9521, "West Azerbaijan", "IR"), "Abadan": (144448, 30.3392, 48.3043, "Khuzestan", "IR"),
          "Karachi": (1174872, 24.8608, 67.0104, "Sindh", "PK")}


def mention(eid, aid, place="Karachi", date="2023-10-09", sub="Excessive force against protesters",
            etype="Protests", status="reported", outlet=None, order=0, claims=(), actors=("Police",),
            words="police fired live rounds protesters karachi power cuts", **kw):
    gid, lat, lon, a1, cc = PLACES[place]
    fields = dict(event_id=eid, article_id=aid, order=order, event_type=etype, sub_event_type=sub, status=status,
                  date=date, time_precision=1, actors=actors, location=place, geonameid=gid, latitude=lat,
                  longitude=lon, admin1=a1, country=cc, geo_precision=1, fatalities=None, injured=None,
                  arrested=None, confidence=0.7, terms=tuple(sorted(set(words.split()))), outlet=outlet or aid,
                  claims=tuple(claims))
    fields.update(kw)
    return Mention(**fields)


def claim(cid, kind, value, who, kind_of="state", qualifier=None):
    return ClaimView(cid, kind, value, None, None, qualifier, who, kind_of)


def test_competing_tolls_do_not_keep_one_event_apart():
    a = mention("e1", "a1", fatalities=2)
    b = mention("e2", "a2", fatalities=9, sub="Attack", etype="Violence against civilians")
    v = compare(a, b)
    assert v.linked and "competing figures" in v.reasons and "same place (Karachi)" in v.reasons


def test_hard_rules_keep_apart_neighbouring_towns_other_days_and_the_same_quote_elsewhere():
    quote = "the dictatorship is living its last days posters"
    assert km(33.6007, 73.0679, 33.7215, 73.0433) < 15
    v = compare(mention("e1", "a1", "Rawalpindi"), mention("e2", "a2", "Islamabad"))
    assert v.rejected and v.reasons[0].startswith("different places (Rawalpindi, Islamabad")
    v = compare(mention("e1", "a1", "Khoy", words=quote), mention("e2", "a2", "Abadan", words=quote))
    assert v.rejected and v.reasons[0].startswith("different places (Khoy, Abadan")
    v = compare(mention("e1", "a1", date="2023-10-09"), mention("e2", "a2", date="2023-10-12"))
    assert v.rejected and v.reasons == ("3 days apart",)
    v = compare(mention("e1", "a1"), mention("e2", "a1"))
    assert v.rejected and v.reasons[0].startswith("same report")
    v = compare(mention("e1", "a1"), mention("e2", "a2", sub="Agreement", etype="Strategic developments"))
    assert v.rejected and v.reasons[0].startswith("different kinds of event")


def test_a_region_level_report_links_to_a_town_in_that_region_only():
    vague = mention("e2", "a2", geonameid=None, latitude=None, longitude=None, geo_precision=3, location="Sindh")
    assert compare(mention("e1", "a1"), vague).linked
    assert compare(mention("e1", "a1", "Rawalpindi"), vague).rejected


def test_copies_found_by_minhash_and_a_template_for_another_town_is_not_a_copy():
    story = ("Police fired tear gas at hundreds of traders marching against a market levy in Nairobi on Tuesday. "
             "The traders had gathered outside the council offices in the morning, blowing whistles and carrying "
             "placards. Officers moved in after marchers tried to push past a barrier on the main road. ")
    idx = CopyIndex()
    assert idx.add("a1", story, [1]) is None
    assert idx.add("a2", story.replace("hundreds of", "several hundred"), [1]) == "a1"
    assert idx.add("a3", story[:200] + " (Rift Wire)", [1]) == "a1"            # cut short: still a copy
    assert idx.add("a4", "Farmers blocked a highway near Lyon to protest against milk prices.", [2]) is None
    assert not is_copy(fingerprint(story, [1]), fingerprint(story.replace("Nairobi", "Mombasa"), [3]))
    assert is_copy(fingerprint(story, [1]), fingerprint(story.replace("Nairobi", "Mombasa"), [1]))


def test_a_band_key_files_at_most_the_limit_and_later_copies_are_still_found(monkeypatch):
    # One wire story printed by many papers: every copy shares every band. Past the limit a band key
    # files no more reports (each report's work stays bounded), yet a later copy still meets the
    # original among those filed.
    from vigil.link import copies
    monkeypatch.setattr(copies, "BUCKET_LIMIT", 3)
    story = ("Dockworkers walked off the job at the port of Durban on Monday, halting container traffic for "
             "a second day as their union pressed for a wage rise. Pickets gathered at the main gate from dawn. ")
    idx = CopyIndex()
    assert idx.add("w0", story, [7]) is None
    for k in range(1, 8):
        assert idx.add(f"w{k}", story + f"(Edition {k}.)", [7]) == "w0"
    assert max(len(v) for v in idx.bands.values()) == 3


def test_corroboration_counts_copies_owners_and_one_claimant_once():
    ms = [mention("e1", "a1", outlet="Wire", order=0),
          mention("e2", "a2", outlet="Site", copy_of="a1", order=1),               # syndicated copy
          mention("e3", "a3", outlet="Party Daily", order=2),
          mention("e4", "a4", outlet="Party Weekly", order=3),                     # same owner
          mention("e5", "a5", outlet="Indie", order=4, claims=(claim("c1", "killed", 9, "Rights Group", "ngo"),)),
          mention("e6", "a6", outlet="Other", order=5, claims=(claim("c2", "killed", 9, "Rights Group", "ngo"),)),
          mention("e7", "a7", outlet="State TV", status="negated", order=6)]       # a denial: no source
    sources = independent_sources(ms, owners={"party daily": "the party", "party weekly": "the party"})
    assert [(s.key, len(s.reports), s.joined_by) for s in sources] == [
        ("Wire", 2, ("copy",)), ("the party", 2, ("owner",)), ("Indie", 2, ("claimant",))]


def test_ledger_keeps_every_claimant_and_flags_figures_that_cannot_both_be_true():
    ms = [mention("e1", "a1", claims=(claim("c1", "killed", 2, "police"),), outlet="Courier"),
          mention("e2", "a2", claims=(claim("c2", "killed", 9, "Rights Group", "ngo"),), order=1),
          mention("e3", "a3", claims=(claim("c3", "killed", 3, "doctors", "individual", "at least"),), order=2),
          mention("e4", "a4", status="negated", outlet="State TV", order=3)]
    led = ledger(ms)
    killed = led["killed"]
    assert killed["conservative"] == 2 and killed["range"] == [2, 9] and killed["disputed"] is True
    assert [e["claimant"] for e in killed["by_claimant"]] == ["police", "Rights Group", "doctors"]
    assert led["denials"] == [{"claimant": "State TV", "reports": [{"article_id": "a4", "event_id": "e4", "outlet": "State TV"}]}]
    assert ledger(ms[2:3] + [mention("e5", "a5", claims=(claim("c5", "killed", 9, "x"),))])["killed"]["disputed"] is False
    ce = build("ce-x", ms)
    assert ce.fatalities == 2 and ce.disputed and ce.sources == 3 and ce.status == "reported"


def test_canonical_fields_come_from_the_best_evidenced_reports():
    ms = [mention("e1", "a1", sub="Peaceful protest", order=0, geonameid=None, latitude=None, longitude=None,
                  geo_precision=3, location="Sindh", time_precision=3),
          mention("e2", "a2", sub="Excessive force against protesters", order=1),
          mention("e3", "a3", sub="Excessive force against protesters", order=2, date="2023-10-10")]
    ce = build("ce-x", ms)
    assert ce.sub_event_type == "Excessive force against protesters"      # two sources against one
    assert ce.location == "Karachi" and ce.geo_precision == 1               # the town, not the region
    assert ce.date == "2023-10-09" and ce.time_precision == 1


def test_ids_are_stable_and_linking_is_incremental():
    ms = [mention("e1", "a1", order=0), mention("e2", "a2", order=1), mention("e3", "a3", "Rawalpindi", order=2)]
    first = Linker().run(ms)
    assert [l.canonical_id for l in first] == [canonical_id("e1"), canonical_id("e1"), canonical_id("e3")]
    assert first[0].founded and not first[1].founded and first[1].matched_event_id == "e1"
    assert [l.canonical_id for l in Linker().run(ms)] == [l.canonical_id for l in first]
    linker = Linker()
    linker.run(ms)
    late = linker.assign(mention("e4", "a4", order=3))               # a new report joins; nothing moves
    assert late.canonical_id == canonical_id("e1")
    hist = linker.assign(mention("e5", "a5", status="historical", order=4))
    assert hist.canonical_id is None and hist.reasons == ("not linkable: status historical",)


def test_reviewer_split_and_merge_are_followed():
    ms = [mention("e1", "a1", order=0), mention("e2", "a2", order=1), mention("e3", "a3", "Rawalpindi", order=2)]
    c = Constraints()
    c.add("split", "e1", "e2")
    c.add("merge", "e3", "e1")
    links = Linker(constraints=c).run(ms)
    assert links[1].canonical_id == canonical_id("e2")
    assert links[2].canonical_id == canonical_id("e1") and links[2].decided_by == "reviewer"


def test_mentions_round_trip_through_json():
    m = mention("e1", "a1", claims=(claim("c1", "killed", 2, "police"),))
    assert from_json(dataclasses.asdict(m)) == m


# -- the store ---------------------------------------------------------------------------------

def _rec(aid, text, place="Karachi", date="2023-10-09", sub="Excessive force against protesters", outlet="X", killed=None):
    from vigil.model import Actor, Article, Claim, Claimant, Event, Location, Place, Record, Span
    gid, lat, lon, a1, cc = PLACES[place]
    claims = (Claim(f"c-{aid}", "killed", killed, claimant=Claimant(f"{outlet} sources", None, "ngo"),
                    event_id=f"e-{aid}"),) if killed is not None else ()
    ev = Event(id=f"e-{aid}", event_type="Protests", sub_event_type=sub, plover={}, date=date, time_precision=1,
               actor1=Actor("police", "Police"), location=Location(place, gid, lat, lon, a1, cc, 1), fatalities=killed,
               claim_ids=tuple(c.id for c in claims), evidence=(Span(0, len(text)),), confidence=0.8)
    art = Article(id=aid, title=aid, byline=None, published=date, url=None, outlet=outlet, language="en",
                  source=f"{aid}.txt", text=text)
    return Record(article=art, events=(ev,), claims=claims,
                  places=(Place(place, 0, len(place), gid, lat, lon, "city", a1, cc),))


def test_store_links_incrementally_and_relink_keeps_ids_and_reviewers_decisions(tmp_path):
    from vigil.store import open_store
    with open_store(str(tmp_path / "v.db")) as s:
        s.save(_rec("a1", "Police fired on protesters in Karachi on Monday, killing two.", outlet="Courier", killed=2))
        s.save(_rec("a2", "Nine protesters were shot dead by police in Karachi, a rights group said.", outlet="Ledger",
                    killed=9))
        s.save(_rec("a3", "Traders marched in Rawalpindi on Monday.", "Rawalpindi", sub="Peaceful protest"))
        cid = s.canonical_of("e-a1")
        assert s.canonical_of("e-a2") == cid and s.canonical_of("e-a3") != cid
        ce = s.canonical_event(cid)
        assert ce["sources"] == 2 and ce["fatalities"] == 2 and ce["claims"]["killed"]["range"] == [2, 9]
        assert ce["reports"][1]["score"] >= 0.62 and "same place (Karachi)" in ce["reports"][1]["reasons"]
        assert [c["id"] for c in s.canonical_events(min_sources=2)] == [cid]
        rec = next(r for r in s.records() if r["article"]["id"] == "a2")
        assert rec["events"][0]["canonical_id"] == cid and rec["events"][0]["sources"] == 2

        new = s.split_event("e-a2", reviewer="ana")
        assert new != cid and s.canonical_event(cid)["sources"] == 1
        merged = s.merge_events("e-a3", "e-a1", reviewer="ana")
        assert merged == cid and s.canonical_of("e-a3") == cid
        before = {e: s.canonical_of(e) for e in ("e-a1", "e-a2", "e-a3")}
        s.relink()
        assert {e: s.canonical_of(e) for e in before} == before        # same ids, decisions kept
        with pytest.raises(Exception, match="not part of any canonical event"):
            s.merge_events("e-nope", "e-a1")


def test_a_store_from_before_canonical_events_is_linked_when_opened(tmp_path):
    import sqlite3
    from vigil.store import open_store
    from vigil.store.migrations import MIGRATIONS
    db = str(tmp_path / "old.db")
    with open_store(db) as s:
        s.save(_rec("a1", "Police fired on protesters in Karachi on Monday.", outlet="Courier"))
        s.save(_rec("a2", "Police shot at a crowd in Karachi on Monday.", outlet="Ledger"))
    con = sqlite3.connect(db)                       # make it look like a store from before 0004
    con.execute("DELETE FROM migrations WHERE name='0004_canonical'")
    for t in ("mention_keys", "mentions", "article_lsh", "article_prints", "canonical_events",
              "link_decisions", "canonical_redirects"):
        con.execute(f"DROP TABLE {t}")
    con.execute("ALTER TABLE events ADD COLUMN cluster_id TEXT")
    con.execute("CREATE INDEX events_cluster ON events(cluster_id)")
    con.execute("ALTER TABLE articles ADD COLUMN simhash INTEGER")
    con.execute("CREATE TABLE article_bands (band INTEGER, value INTEGER, article_id TEXT)")
    con.commit()
    con.close()
    with open_store(db) as s:
        assert "0004_canonical" in [n for n, _ in MIGRATIONS]
        assert s.canonical_of("e-a1") == s.canonical_of("e-a2") == canonical_id("e-a1")
        assert s.links()["corroborated_events"] == 1


def test_fingerprints_equal_datasketch_minhash_so_stored_band_keys_stay_valid():
    """The numpy MinHash gives datasketch's signature exactly (stores written before keep their keys),
    without importing datasketch (which loads SciPy) on the extraction path."""
    import subprocess
    import sys
    from datasketch import MinHash
    from vigil.link.copies import PERMUTATIONS, SEED, shingles
    texts = ["Riot police fired tear gas at a crowd outside the court in Lagos on Monday.",
             "Dozens of farmers blocked the highway near Multan, demanding lower fuel prices.",
             "Ein kurzer Satz mit Umlauten: Grüße aus Köln, wo heute gestreikt wurde.", ""]
    for text in texts:
        grams = shingles(text)
        ref = MinHash(num_perm=PERMUTATIONS, seed=SEED)
        ref.update_batch([g.encode("utf-8") for g in grams])
        assert fingerprint(text).signature == ref.hashvalues.astype("uint64").tobytes()
    code = ("import sys; from vigil.link.copies import fingerprint; fingerprint('a b c d e'); "
            "print('datasketch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
