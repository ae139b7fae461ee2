"""The pipeline: read -> clean -> annotate -> extract (places, link) -> Record.

``Pipeline.run`` takes RawDocs and yields one Record per document, in input
order. A document that fails at any stage yields a Record whose ``errors``
name the problem; the batch goes on.
"""
from __future__ import annotations

import itertools
import time
from typing import Callable, Iterable, Iterator, Optional

from .clean import clean
from .config import Options
from .errors import printable
from .language import unsupported
from .model import Article, RawDoc, Record, content_id


def failed(raw: RawDoc, problem: str, article: Optional[Article] = None) -> Record:
    """The record of a document that could not be processed."""
    if article is None:
        article = Article(id=content_id(f"failed\n{raw.source}\n{raw.text or raw.html or ''}"), source_id=raw.id,
                          title=raw.title, byline=raw.byline, published=raw.published, url=raw.url,
                          outlet=raw.outlet, language=raw.language, source=raw.source, text="")
    return Record(article=article, errors=(printable(f"{raw.source}: {problem}"),))


class Progress:
    """Counts documents and reports on standard error every few seconds."""

    def __init__(self, report: Optional[Callable[[str], None]], every: float = 5.0):
        self.report, self.every = report, every
        self.done = self.failed = self.events = 0
        self.start = self.last = time.monotonic()

    def tick(self, rec: Record) -> None:
        self.done += 1
        self.failed += bool(rec.errors)
        self.events += len(rec.events)
        now = time.monotonic()
        if self.report and now - self.last >= self.every:
            self.last = now
            self.report(self.line())

    def line(self) -> str:
        secs = max(time.monotonic() - self.start, 1e-9)
        return (f"{self.done} documents ({self.failed} failed), {self.events} events, "
                f"{secs:.1f} s, {self.done / secs:.1f} docs/s")


class Pipeline:
    """Runs every stage; the model and the gazetteer load on first use."""

    def __init__(self, options: Optional[Options] = None, notify: Optional[Callable[[str], None]] = None):
        self.options = options or Options()
        self.notify = notify or (lambda msg: None)
        self._nlp = self._gaz = None
        self._classifier = False  # not loaded yet (None: rules alone)

    @property
    def nlp(self):
        if self._nlp is None:
            import os
            from . import nlp
            from .geo.gazetteer import cache_path
            if not os.path.exists(cache_path(self.options.cache_dir)):
                self.notify(f"building the gazetteer index once, into {cache_path(self.options.cache_dir)} "
                            "(about 15 s)")
            self.notify(f"loading the spaCy pipeline {self.options.model}")
            self._nlp = nlp.load(self.options.model, self.options.cache_dir)
        return self._nlp

    @property
    def gazetteer(self):
        if self._gaz is None:
            from .geo import load_gazetteer
            self._gaz = load_gazetteer(self.options.cache_dir)
        return self._gaz

    @property
    def classifier(self):
        """The learned event classifier (model_dir, else the packaged one), or None: rules alone."""
        if self._classifier is False:
            from .errors import ModelError
            from .extract.events import learned
            choice = self.options.model_dir
            try:
                self._classifier = None if choice == "rules" else learned.load(choice)
            except learned.ModelError as e:
                raise ModelError(str(e)) from e
        return self._classifier

    def run(self, raws: Iterable[RawDoc], progress: Optional[Progress] = None) -> Iterator[Record]:
        self.classifier  # an unusable model_dir is the run's error (ModelError), not every document's
        chunk = max(1, self.options.batch_size) * 4
        raws = iter(raws)
        while True:
            block = list(itertools.islice(raws, chunk))
            if not block:
                return
            for rec in self._run_block(block):
                if progress:
                    progress.tick(rec)
                yield rec

    def _run_block(self, block: list) -> list:
        out: list = [None] * len(block)
        todo = []
        for i, raw in enumerate(block):
            if raw.error:
                out[i] = failed(raw, raw.error)
                continue
            try:
                art = clean(raw)
            except ValueError as e:
                out[i] = failed(raw, str(e))
                continue
            if unsupported(art.language):    # recorded with its text and language, and said in errors
                out[i] = failed(raw, unsupported(art.language), art)
            else:
                todo.append((art, i))
        if todo:
            from .nlp import WINDOW, annotate
            short = [(art, i) for art, i in todo if len(art.text) <= WINDOW]
            for art, i in todo:
                if len(art.text) > WINDOW:     # annotated on its own, under its time budget
                    out[i] = self._process(block[i], art)
            texts = ((art.text, (art, i)) for art, i in short)
            try:
                for doc, (art, i) in annotate(self.nlp, texts, self.options.batch_size, self.options.workers):
                    out[i] = self._process(block[i], art, doc)
            except Exception:   # spaCy failed on the batch: annotate what is left one by one
                for art, i in short:
                    if out[i] is None:
                        out[i] = self._process(block[i], art)
        return out

    def _process(self, raw: RawDoc, article: Article, doc=None) -> Record:
        """The record of one document: annotated here unless ``doc`` is given, then extracted, all
        within the time budget (``time_limit``); any failure is this document's alone."""
        from .budget import OverBudget, within
        from .extract import extract_record
        from .nlp import annotate, first_line
        try:
            with within(self.options.time_limit):
                if doc is None:
                    try:
                        doc, _ = next(annotate(self.nlp, [(article.text, None)], self.options.batch_size, 1))
                    except Exception as e:
                        return failed(raw, f"annotation failed: {type(e).__name__}: {first_line(e)}", article)
                try:
                    return extract_record(doc, article, self.gazetteer, country=self.options.country,
                                          published=self.options.published, classifier=self.classifier)
                except Exception as e:  # an extractor bug must not stop the batch; the record says what failed
                    return failed(raw, f"extraction failed: {type(e).__name__}: {e}", article)
        except OverBudget as e:
            return failed(raw, f"processing {e} (time_limit); retry it with a larger time_limit", article)


def extract_text(text: str, **options) -> Record:
    """Extract one plain-text report: ``vigil.extract_text("Police fired ...", published="2020-05-01")``."""
    from .read.text import parse_plain
    raw = parse_plain(text, "string", title_line=False)
    return next(Pipeline(Options().with_(**options)).run([raw]))
