"""One error family: messages, hints, exit statuses; one document's failure stays that document's."""
import pytest

from vigil import errors
from vigil.model import RawDoc


def test_every_error_maps_to_the_readme_exit_status():
    assert errors.exit_code(errors.DocError("x")) == 1
    for cls in (errors.UsageError, errors.ConfigError, errors.StoreError, errors.StoreBusy, errors.QueryError,
                errors.ModelMissing, errors.ModelError, errors.EvalError, errors.TrainError):
        assert issubclass(cls, errors.VigilError) and errors.exit_code(cls("x")) == 2, cls
    assert errors.exit_code(KeyboardInterrupt()) == 130 and errors.exit_code(RuntimeError("bug")) is None
    e = errors.StoreError("no store at v.db", hint="run `vigil ingest` first")
    assert e.describe() == "no store at v.db\n  hint: run `vigil ingest` first" and str(e) == "no store at v.db"


def test_printable_escapes_what_would_break_a_line():
    assert errors.printable("feeds/a.jsonl:3") == "feeds/a.jsonl:3"
    assert errors.printable("a\nb\x1b[31m\tc\u202ed") == "a\\nb\\x1b[31m\\tc\\u202ed"


class _Breaks:
    """A spaCy pipeline whose batches break on one document, as spaCy does on a text it cannot take."""

    def __init__(self, nlp):
        self.nlp = nlp

    def pipe(self, items, as_tuples=False, **kwargs):
        for text, ctx in items:
            if "UNREADABLE" in text:
                raise ValueError("[E088] Text of length 2000001 exceeds maximum")
            yield self.nlp(text), ctx

    def __call__(self, text):
        if "UNREADABLE" in text:
            raise ValueError("[E088] Text of length 2000001 exceeds maximum\nsecond line")
        return self.nlp(text)


def test_an_annotation_failure_fails_one_document_not_the_batch(pipeline):
    from vigil import Options, Pipeline
    pipe = Pipeline(Options(batch_size=8))
    pipe._nlp = _Breaks(pipeline.nlp)
    raws = [RawDoc(source=f"r{n}.txt", text=f"Police detained {n} students in Dhaka on Sunday.") for n in (3, 4)]
    raws.insert(1, RawDoc(source="big.txt", text="UNREADABLE report of a rally in Dhaka."))
    recs = list(pipe.run(raws))
    assert [r.article.source for r in recs] == ["r3.txt", "big.txt", "r4.txt"]
    assert not recs[0].errors and not recs[2].errors and recs[0].events and recs[2].events
    assert recs[1].errors == ("big.txt: annotation failed: ValueError: [E088] Text of length 2000001 exceeds maximum",)


def test_an_unusable_model_dir_is_a_vigil_error(tmp_path):
    from vigil import Options, Pipeline
    with pytest.raises(errors.ModelError, match="no model.joblib") as e:
        list(Pipeline(Options(model_dir=str(tmp_path))).run([]))
    assert "vigil train" in e.value.hint
