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


EXACT = [{"label": "GPE", "pattern": [{"ORTH": "Port"}, {"ORTH": "Harcourt"}]},
         {"label": "GPE", "pattern": [{"ORTH": "Lorestan"}, {"LOWER": "province"}]},
         {"label": "ORG", "pattern": [{"ORTH": "Gaza-based"}]},
         {"label": "ORG", "pattern": [{"ORTH": "Mojahedin"}, {"ORTH": "-"}, {"ORTH": "e"}, {"ORTH": "Khalq"}],
          "id": "MEK"}]


def test_exact_word_patterns_become_phrases_that_match_the_same_words():
    import spacy

    blank = spacy.blank("en")
    out = vnlp.as_phrases(blank, EXACT)
    assert out[0] == {"label": "GPE", "pattern": "Port Harcourt"}
    assert out[3] == {"label": "ORG", "pattern": "Mojahedin - e Khalq", "id": "MEK"}
    assert out[1] == EXACT[1]   # any case for "province": no phrase
    assert out[2] == EXACT[2]   # the tokenizer cuts "Gaza-based" in three: the phrase would never match

    text = ("Oil workers in Port Harcourt, port harcourt residents and a Gaza-based group marched; in "
            "Lorestan PROVINCE the Mojahedin-e Khalq claimed the attack.")
    found = []
    for pats in (EXACT, out):
        nlp = spacy.blank("en")
        nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"}).add_patterns(pats)
        found.append([(e.text, e.label_, e.ent_id_) for e in nlp(text).ents])
    assert found[0] == found[1] == [("Port Harcourt", "GPE", ""), ("Lorestan PROVINCE", "GPE", ""),
                                    ("Mojahedin-e Khalq", "ORG", "MEK")]


def test_stand_ins_give_the_attribute_rulers_and_lemmatizers_own_annotations(nlp):
    import spacy

    from vigil.config import DEFAULTS

    plain = spacy.load(DEFAULTS["model"])
    text = ("Protesters marched on the ministry on Monday; police fired tear gas and arrested 12 people. "
            "There were marches again on Tuesday, and Lagos police said they hadn't arrested anyone else. "
            "Witnesses said officers beat marchers and that the injured were taken to hospitals.\n\n"
            "\"We are not afraid,\" said Ms. Adeyemi, whose son's school was closed by the government. "
            "\"Y'all know we ain't gonna stop; let's see if they gotta come back,\" one marcher told reporters. "
            "There is a curfew, and there are checkpoints; here's where there were clashes.")
    assert vnlp.ATTRIBUTES in nlp.pipe_names and vnlp.LEMMAS in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    want = [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in plain(text)]
    assert {w[1] for w in want} >= {"VERB", "AUX", "PROPN", "PUNCT", "SPACE"}
    # the longer patterns ("There were", "gon na", "let 's", "ai n't") are tried where their first
    # token's test passes, not over every token: the annotations stay the ruler's own
    cache = nlp.get_pipe(vnlp.ATTRIBUTES)
    assert cache.reach == 2 and {"expl", "ai", "gon", "let"} <= {t.dep_ if t.dep_ == "expl" else t.lower_
                                                                 for t in plain(text)}
    for _ in range(2):   # the second pass reads every token's annotations from the caches
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in nlp(text)] == want
