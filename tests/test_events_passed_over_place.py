"""A clause that names a place of its own is an event of its own, not an elaboration of the report's
main event, even when the recognizer passed the name over and only the event locator reads it as a
place ("between Ilave and Pomata"; CODEBOOK: one event per place and day). Reports written for
these tests."""
import pytest

import vigil


@pytest.mark.parametrize("second", [
    "On Monday night, armed men burned two trucks of a mining company on the highway between Ilave and "
    "Pomata, police said.",
    "On Monday night, a crowd torched a bus of a mining company between Ilave and Pomata, police said.",
])
def test_a_clause_at_a_passed_over_place_stands_on_its_own(second):
    text = "PUNO - Police shot dead three protesters in Juliaca on Monday, a rights group said.\n\n" + second
    rec = vigil.extract_text(text, published="2025-03-12", country="PE")
    places = sorted(e.location.name for e in rec.events if e.status == "reported")
    assert places == ["Ilave", "Juliaca"]
