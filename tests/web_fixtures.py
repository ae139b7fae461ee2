"""A small store for the web tests, made from hand-written records (no spaCy needed)."""
from vigil.model import Actor, Article, Claim, Claimant, Event, FieldEvidence, Location, Quote, Record, Span, Speaker
from vigil.store import open_store

HOSTILE = ('<script>window.__pwned = 1</script>Crowds gathered <img src=x onerror="window.__pwned = 2"> outside '
           'the court in Lyon. <a href="javascript:window.__pwned = 3">read more</a> Police fired tear gas.')


def record(n, text, etype, sub, date, place, country, lat, lon, fatalities=None, claimant_type="ngo"):
    aid = f"a-web{n}"
    art = Article(id=aid, title=f"Report {n} <b>bold</b>", byline=None, published=date, url=None, outlet="Daily X",
                  language="en", source=f"web{n}.txt", text=text)
    start = text.index(place) if place in text else 0
    claim = Claim(id=f"c-web{n}", kind="killed", value=fatalities, claimant=Claimant("Witness Ana Ruiz", None,
                                                                                     claimant_type),
                  cue="said", event_id=f"e-web{n}", evidence=(Span(0, 6),))
    quote = Quote(id=f"q-web{n}", text="They came at night", speaker=Speaker("Ana Ruiz"), event_id=f"e-web{n}")
    ev = Event(id=f"e-web{n}", event_type=etype, sub_event_type=sub, plover={"type": "PROTEST", "mode": None},
               date=date, time_precision=1, actor1=Actor("Protesters", f"Protesters ({country})", 6, country),
               actor2=Actor("police", f"Police Forces of {country}", 1, country),
               location=Location(place, None, lat, lon, f"{place} Region", country, 1), fatalities=fatalities,
               claim_ids=(claim.id,), quote_ids=(quote.id,), evidence=(Span(0, len(text)),), confidence=0.7,
               field_evidence=FieldEvidence(location=Span(start, start + len(place))))
    return Record(article=art, events=(ev,), claims=(claim,), quotes=(quote,))


RECORDS = [
    record(1, "Thousands marched in Lyon on Tuesday against the pension reform.", "Protests", "Peaceful protest",
           "2023-03-07", "Lyon", "FR", 45.75, 4.85),
    record(2, "Rioters burned cars in Lyon overnight; two people died, a witness said.", "Riots",
           "Violent demonstration", "2023-03-08", "Lyon", "FR", 45.75, 4.85, 2, "individual"),
    record(3, "Soldiers clashed with rebels near Goma, killing 17 fighters.", "Battles", "Armed clash", "2022-11-23",
           "Goma", "CD", -1.67, 29.22, 17),
    record(4, "Students protested fee rises in Dhaka, chanting slogans.", "Protests", "Peaceful protest",
           "2024-03-12", "Dhaka", "BD", 23.71, 90.41),
    record(5, HOSTILE, "Protests", "Excessive force against protesters", "2023-03-09", "Lyon", "FR", 45.76, 4.84),
]


def make_store(path) -> str:
    with open_store(str(path)) as st:
        for rec in RECORDS:
            st.save(rec)
    return str(path)
