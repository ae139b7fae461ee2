"""docindex's views of a Doc give what spaCy's own attributes give."""
from vigil import docindex


def test_sent_of_is_the_tokens_sentence(nlp):
    doc = nlp("Police fired tear gas at protesters in Nairobi on Monday. Two people were killed, a medic said.\n\n"
              "In a separate incident, gunmen abducted four traders near Kisumu; the army said it was searching. "
              "Nobody claimed it")
    assert len(list(doc.sents)) >= 4
    for tok in doc:
        got, want = docindex.sent_of(tok), tok.sent
        assert (got.start, got.end) == (want.start, want.end) and got.text == want.text
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
