"""A clause in a report's body that names no place in its paragraph happened where the body was last
at, not at the dateline: the dateline says where the report was filed (CODEBOOK, Precision: the place
is where the event happened). A clause of the lead keeps the dateline. Reports written for these tests."""
import pytest

import vigil


def _event_of_paragraph(rec, text, para):
    """The reported event whose evidence starts in paragraph ``para`` (0-based)."""
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
    lo, hi = starts[para], (starts[para + 1] if para + 1 < len(starts) else len(text))
    evs = [e for e in rec.events if e.status == "reported" and lo <= min(s.start for s in e.evidence) < hi]
    assert evs, [(e.sub_event_type, e.status, e.location and e.location.name) for e in rec.events]
    return evs[0]


@pytest.mark.parametrize("text,country,published,want,filed", [
    ("KADUNA, Nigeria, March 4 (Vigil Wire) - Armed men raided a farming community in the state's south at the "
     "weekend, residents said.\n\nThe attackers arrived in Kurmin Doka, a village in Kauru local government area, "
     "on motorcycles on Saturday night and went from house to house.\n\nA police spokesman said on Monday that 11 "
     "people had been kidnapped in the raid and that officers were searching the forest.",
     "NG", "2025-03-04", "Kurmin Doka", "Kaduna"),
    ("GOMA, Congo, June 2 - Fighting has reached the edge of a mining town in the hills west of the lake.\n\n"
     "Armed men came down from the ridge into Masisi before dawn on Saturday and went through the market.\n\n"
     "At least eight traders were shot dead on Saturday morning, a local health worker said.",
     "CD", "2025-06-02", "Masisi", "Goma"),
    ("BAMAKO, Feb 10 - Jihadist fighters have tightened their hold on roads in the centre of the country.\n\n"
     "On Friday, fighters set up a checkpoint outside Douentza and stopped buses heading south, a transport "
     "union official said.\n\nThe next day, they abducted six passengers from a bus and took them into the bush, "
     "relatives said.", "ML", "2025-02-10", "Douentza", "Bamako"),
])
def test_a_placeless_body_paragraph_is_where_the_body_was(text, country, published, want, filed):
    rec = vigil.extract_text(text, published=published, country=country)
    ev = _event_of_paragraph(rec, text, 2)
    assert ev.location.name == want
    assert ev.location.name != filed


def test_the_lead_keeps_the_dateline():
    text = ("MOGADISHU, Somalia, Jan 9 - A car bomb exploded outside a police station on Thursday, killing "
            "five officers, police said.\n\nFarmers in Balcad said the harvest had been poor this year.\n\n"
            "Police later said the attackers had used a stolen minibus.")
    rec = vigil.extract_text(text, published="2025-01-09", country="SO")
    assert _event_of_paragraph(rec, text, 0).location.name == "Mogadishu"
