"""docindex's views of a Doc give what spaCy's own attributes give."""
from vigil import docindex


def test_sent_of_is_the_tokens_sentence(nlp):
    doc = nlp("Police fired tear gas at protesters in Nairobi on Monday. Two people were killed, a medic said.\n\n"
              "In a separate incident, gunmen abducted four traders near Kisumu; the army said it was searching. "
              "Nobody claimed it")
    assert len(list(doc.sents)) >= 4
    sents = list(doc.sents)
    for tok in doc:
        got, want = docindex.sent_of(tok), tok.sent
        assert (got.start, got.end) == (want.start, want.end) and got.text == want.text
        k = docindex.sent_index(doc, tok.i)
        assert (sents[k].start, sents[k].end) == (want.start, want.end)
    for span in (doc[3:6], doc[11:13], doc[len(doc) - 2:]):       # a span's sentence: that of its first token
        assert (docindex.sent_of(doc[span.start]).start, docindex.sent_of(doc[span.start]).end) == \
            (span.sent.start, span.sent.end)


def test_sent_of_follows_a_retokenized_doc(nlp):
    doc = nlp("Riot police clashed with students in Dhaka. Dozens were hurt.")
    docindex.sent_of(doc[0])
    with doc.retokenize() as r:
        r.merge(doc[0:2])
    for tok in doc:
        assert (docindex.sent_of(tok).start, docindex.sent_of(tok).end) == (tok.sent.start, tok.sent.end)


def test_lowers_are_the_tokens_lower_forms(nlp):
    doc = nlp("AMID the UNREST, Police fired tear gas In Response to stone-throwing in Nairobi's CBD. "
              "Due to the strike, İzmir's port was shut; Dozens were hurt.")
    assert docindex.lowers(doc) == [t.lower_ for t in doc]
    with doc.retokenize() as r:
        r.merge(doc[0:2])
    assert docindex.lowers(doc) == [t.lower_ for t in doc]      # read again after a merge


def test_tokens_walk_as_the_doc_slices_do(nlp):
    doc = nlp("Gunmen stormed a market in Maiduguri on Friday, killing three traders. Police said two were held.")
    toks = docindex.tokens(doc)
    assert toks is docindex.tokens(doc)                         # made once per doc
    for s, e in ((0, 5), (3, 3), (-4, len(doc)), (7, 2), (10, len(doc) + 5), (0, -1)):
        assert [(t.i, t.text, t.dep_) for t in toks[s:e]] == [(t.i, t.text, t.dep_) for t in doc[s:e]]
    with doc.retokenize() as r:
        r.merge(doc[0:2])
    assert [t.text for t in docindex.tokens(doc)] == [t.text for t in doc]     # made again after a merge


def test_context_phrases_read_from_the_lowers(nlp):
    from vigil.extract.events.clauses import _context_marker
    doc = nlp("Shops closed In the wake of the killing. Police acted in response to the riot. He lives in Kisumu.")
    marked = [t.text for t in doc if _context_marker(doc, t)]
    assert marked == ["In", "in"]


def test_spans_and_sentences_are_the_docs_own(nlp):
    doc = nlp("Soldiers shelled a village near Goma on Sunday. Three civilians died; aid workers fled the area.\n"
              "Protesters marched in Bukavu.")
    assert [(s.start, s.end) for s in docindex.sents(doc)] == [(s.start, s.end) for s in doc.sents]
    for s, e in ((0, 3), (2, 2), (4, len(doc)), (len(doc), len(doc)), (len(doc) - 3, len(doc) + 4), (5, 1)):
        got, want = docindex.span(doc, s, e), doc[s:e]
        assert (got.start, got.end, got.start_char, got.end_char, got.text) == \
            (want.start, want.end, want.start_char, want.end_char, want.text)
        if len(want):
            assert got.root.i == want.root.i
        assert docindex.span(doc, s, e) is got                      # made once per doc
    with doc.retokenize() as r:
        r.merge(doc[0:2])
    assert docindex.span(doc, 0, 3).text == doc[0:3].text           # made again after a merge
    assert [(s.start, s.end) for s in docindex.sents(doc)] == [(s.start, s.end) for s in doc.sents]


def test_word_sets_are_the_tokens_lower_forms_and_lemmas(nlp):
    doc = nlp("Rebels Recalled how the WAR began; Troops were UNABLE to stop them near Goma. "
              "Dozens of Houses burned in Kasai, residents said.")
    lows, lemmas = docindex.word_sets(doc)
    assert lows == {t.lower_ for t in doc}
    assert lemmas == {t.lemma_.lower() for t in doc}
    with doc.retokenize() as r:
        r.merge(doc[0:2])
    lows, lemmas = docindex.word_sets(doc)                       # read again after a merge
    assert lows == {t.lower_ for t in doc} and lemmas == {t.lemma_.lower() for t in doc}


def test_new_facts_is_the_records_own_init():
    import dataclasses
    import pytest
    from vigil.extract.events.facts import Facts, new_facts
    for fields in ({}, {"mentions": ()}, {"crowd": True, "fatalities": 3, "takers": frozenset({2})}):
        made, want = new_facts(**fields), Facts(**fields)
        assert made == want and list(made.__dict__) == list(want.__dict__)
        assert dataclasses.asdict(made) == dataclasses.asdict(want)
    with pytest.raises(TypeError):
        new_facts(no_such_field=True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        new_facts(crowd=True).crowd = False
