"""Long documents: annotated in windows with exact offsets, sentences of bounded length, and a time
budget per document that fails that document alone. Texts are made up here, in news style."""
import os
import sys

import pytest

from vigil import Options, Pipeline
from vigil import budget
from vigil import nlp as vnlp
from vigil.read.text import parse_plain

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bench"))
from newstext import news_text, unpunctuated_text  # noqa: E402

SHORT = ("Riot police fired tear gas at hundreds of teachers marching over unpaid wages in Nairobi "
         "on Tuesday, a union official said.")


def test_windows_put_back_together_give_the_text_and_prefer_paragraph_breaks():
    text = news_text(60_000)
    parts = vnlp.windows(text, 10_000)
    assert "".join(parts) == text
    assert len(parts) >= 6 and all(len(p) <= 10_000 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])


def test_windows_without_paragraphs_cut_after_sentences_else_spaces_else_anywhere():
    one_para = news_text(30_000).replace("\n\n", " ")
    parts = vnlp.windows(one_para, 5_000)
    assert "".join(parts) == one_para and all(p.endswith(". ") for p in parts[:-1])
    words = unpunctuated_text(30_000)
    parts = vnlp.windows(words, 5_000)
    assert "".join(parts) == words and all(p.endswith(" ") for p in parts[:-1])
    blob = "x" * 12_000
    assert vnlp.windows(blob, 5_000) == ["x" * 5_000, "x" * 5_000, "x" * 2_000]


def test_a_two_megabyte_text_is_annotated_whole_with_exact_offsets():
    import spacy
    nlp = spacy.blank("en")                       # the tokenizer alone: spaCy's 1,000,000 limit applies
    text = news_text(2_000_000)
    assert len(text) > nlp.max_length
    (doc, ctx), = list(vnlp.annotate(nlp, [(text, "big")], batch_size=32))
    assert ctx == "big" and doc.text == text
    for tok in list(doc)[::997]:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text


def test_a_sentence_without_punctuation_is_cut_into_bounded_pieces(nlp):
    doc = nlp(unpunctuated_text(6_000))
    sents = list(doc.sents)
    assert len(sents) > 5 and max(len(s) for s in sents) <= vnlp.MAX_SENTENCE


def test_a_long_run_is_cut_at_a_comma_when_one_is_near(nlp):
    words = unpunctuated_text(3_000).split()
    text = " ".join(words[:180]) + ", " + " ".join(words[180:400])
    doc = nlp.make_doc(text)
    vnlp.cap_sentences(doc)
    comma = next(t.i for t in doc if t.text == ",")
    assert doc[comma + 1].is_sent_start and not any(doc[i].is_sent_start for i in range(1, comma + 1))


def test_ordinary_sentences_are_left_to_the_parser(nlp):
    doc = nlp.make_doc(news_text(3_000))
    vnlp.cap_sentences(doc)
    assert [t.i for t in doc if t.is_sent_start] == [0]


def _assert_offsets_exact(rec):
    text = rec.article.text
    assert rec.places and all(text[p.start:p.end] == p.name for p in rec.places)
    for ev in rec.events:
        for span in ev.evidence:
            assert 0 <= span.start < span.end <= len(text)
    for c in rec.claims:
        for span in c.evidence:
            assert 0 <= span.start < span.end <= len(text)


def test_an_unpunctuated_200000_character_report_is_extracted_with_exact_offsets(pipeline):
    text = unpunctuated_text(200_000)
    rec = next(Pipeline(Options(progress=False, time_limit=600)).run([parse_plain(text, "run-on", title_line=False)]))
    assert not rec.errors and rec.article.text == text
    assert rec.events
    _assert_offsets_exact(rec)


def test_a_document_over_its_time_budget_fails_alone_and_the_batch_goes_on(pipeline):
    pipe = Pipeline(Options(progress=False, time_limit=2))
    big = parse_plain(news_text(2_000_000), "big.txt", title_line=False)
    small = parse_plain(SHORT, "small.txt", title_line=False)
    recs = list(pipe.run([small, big, small]))
    assert [bool(r.errors) for r in recs] == [False, True, False]
    assert "big.txt" in recs[1].errors[0] and "time_limit" in recs[1].errors[0]
    assert recs[0].events and recs[2].events


def test_budget_stops_a_block_and_restores_the_previous_alarm():
    import signal
    import time
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(budget.OverBudget):
        with budget.within(0.2):
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                pass
    assert signal.getsignal(signal.SIGALRM) is before
    with budget.within(0):                         # no limit
        pass


def _stall_in_gc_callback(seconds):
    """Run a garbage collection whose callback spins for ``seconds``: a stop raised meanwhile lands in
    the callback, where Python prints it and drops it (as a Dask worker's GC diagnosis did in CI)."""
    import gc
    import time

    def callback(phase, info):
        if phase == "start":
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                pass

    gc.callbacks.append(callback)
    try:
        gc.collect()
    finally:
        gc.callbacks.remove(callback)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("in_thread", [False, True])
def test_budget_holds_when_the_stop_lands_where_python_drops_it(in_thread):
    """The timer's exception is swallowed inside a GC callback: the block still fails, at the next
    check() or on leaving, and never counts as done."""
    import threading
    seen = {}

    def work():
        try:
            with budget.within(0.1):
                _stall_in_gc_callback(0.4)
                seen["after gc"] = "ran on"
            seen["end"] = "finished"
        except budget.OverBudget as e:
            seen["end"] = str(e)
        try:
            with budget.within(0.1):
                _stall_in_gc_callback(0.4)
                budget.check()
                seen["after check"] = "ran on"
        except budget.OverBudget:
            seen["check"] = "stopped"

    if in_thread:
        t = threading.Thread(target=work)
        t.start()
        t.join(10)
    else:
        work()
    assert seen == {"after gc": "ran on", "end": "took longer than 0.1 s", "check": "stopped"}
    budget.check()                                  # outside any block nothing is over budget


def test_budget_stops_a_block_in_a_worker_thread_and_leaves_nothing_behind():
    """Dask runs tasks in threads, where there is no SIGALRM: the budget stops them from a timer thread."""
    import threading
    import time
    seen = {}

    def work():
        try:
            with budget.within(0.2):
                deadline = time.monotonic() + 5
                while time.monotonic() < deadline:
                    pass
            seen["stopped"] = None
        except budget.OverBudget as e:
            seen["stopped"] = str(e)
        try:
            for _ in range(3):                      # blocks that end in time are never interrupted later
                with budget.within(0.15):
                    time.sleep(0.05)
            time.sleep(0.4)
            seen["later"] = "fine"
        except budget.OverBudget as e:
            seen["later"] = f"stray {e}"

    t = threading.Thread(target=work)
    start = time.monotonic()
    t.start()
    t.join(10)
    assert seen == {"stopped": "took longer than 0.2 s", "later": "fine"}
    assert time.monotonic() - start < 3


def test_the_quick_check_for_long_runs_agrees_with_the_token_walk(nlp, monkeypatch):
    """A run of exactly MAX_SENTENCE tokens is left whole, one token more is cut; the check on token
    columns gives the same sentence starts as walking every token."""
    words = unpunctuated_text(6_000).split()
    limit = vnlp.MAX_SENTENCE

    def starts(text, walk):
        doc = nlp.make_doc(text)
        with monkeypatch.context() as m:
            if walk:
                m.setattr(vnlp, "_no_long_run", lambda doc, limit: False)
            vnlp.cap_sentences(doc)
        return [t.i for t in doc if t.is_sent_start]

    for first in (limit - 2, limit - 1, limit, limit + 1):        # a run, "." and a second run
        for second in (limit - 1, limit, limit + 1):
            text = " ".join(words[:first - 1]) + ". " + " ".join(words[first:first + second])
            quick, walked = starts(text, False), starts(text, True)
            assert quick == walked
            assert (quick == [0]) == (first <= limit and second <= limit)
