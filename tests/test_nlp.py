"""The annotation stage: one spaCy pipeline per process, with our ruler before the NER."""
from vigil import nlp as vnlp


def test_pipeline_is_loaded_once_and_has_the_ruler(nlp):
    assert vnlp.load() is nlp
    names = nlp.pipe_names
    assert vnlp.RULER in names and names.index(vnlp.RULER) < names.index("ner")


def test_ruler_makes_orgs_whole_and_places_places(nlp):
    doc = nlp("In Isfahan, supporters of the People's Mojahedin Organization of Iran put up posters, "
              "while in Lorestan Province they set fire to the entrance of a regime centre.")
    ents = {e.text: e.label_ for e in doc.ents}
    assert ents.get("Isfahan") in ("GPE", "LOC")
    assert any(e.label_ == "ORG" and "Mojahedin Organization of Iran" in e.text for e in doc.ents)
    assert any(e.label_ in ("GPE", "LOC") and e.text.startswith("Lorestan") for e in doc.ents)
