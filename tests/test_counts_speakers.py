"""People counted as the ones who tell ("..., two relatives said") are no item of a death list
before them: CODEBOOK, Fatalities (the deaths reported, not the sources). Sentences written here."""
import pytest

import vigil
from vigil.extract.counts import find_counts


@pytest.mark.parametrize("text,deaths", [
    ("In Kalay township, a farmer was killed on Monday when he stepped on a landmine, two relatives said.", 1),
    ("A farmer was shot dead on Monday in Kalay, two relatives said.", 1),
    ("Four miners were killed when gunmen raided the pit near Kalay, three survivors told reporters.", 4),
])
def test_the_people_who_tell_are_not_counted_as_dead(nlp, text, deaths):
    killed = [c for c in find_counts(nlp(text)) if c.kind == "killed"]
    assert sum(c.value for c in killed) == deaths, killed
    rec = vigil.extract_text(text, published="2024-11-12", country="MM")
    assert [e.fatalities for e in rec.events if e.status == "reported"] == [deaths]

