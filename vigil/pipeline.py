"""The pipeline: read -> clean -> annotate -> extract (places, link) -> Record.

``Pipeline.run`` takes RawDocs and yields one Record per document, in input
order. A document that fails at any stage yields a Record whose ``errors``
name the problem; the batch goes on.
"""
from __future__ import annotations

import contextlib
import gc
import itertools
import threading
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


class Stored(Record):
    """A document the store already holds (same content hash): not annotated nor extracted again.
    Its ``article`` is the cleaned article; saving it changes nothing."""


class Progress:
    """Counts documents; with ``report``, shows a progress bar (documents, docs/s, failures, and
    the ETA when ``total`` is known) redrawn on one line of a terminal every ``every`` seconds."""

    def __init__(self, report: Optional[Callable[[str], None]], every: float = 0.5, total: Optional[int] = None):
        self.report, self.every, self.total = report, every, total
        self.done = self.failed = self.events = 0
        self.start = self.last = time.monotonic()
        self.drawn = False

    def tick(self, rec: Record) -> None:
        self.done += 1
        self.failed += bool(rec.errors)
        self.events += len(rec.events)
        now = time.monotonic()
        if self.report and now - self.last >= self.every:
            self.last = now
            self.drawn = True
            self.report("\r\033[K" + self.line(eta=True))

    def close(self) -> None:
        """End the bar's line (the next message starts on a line of its own)."""
        if self.report and self.drawn:
            self.report("\n")
            self.drawn = False

    def line(self, eta: bool = False) -> str:
        secs = max(time.monotonic() - self.start, 1e-9)
        rate = self.done / secs
        text = (f"{self.done}{f'/{self.total}' if self.total else ''} documents ({self.failed} failed), "
                f"{self.events} events, {secs:.1f} s, {rate:.1f} docs/s")
        if eta and self.total and rate > 0:
            text += f", ETA {max(0.0, (self.total - self.done) / rate):.0f} s"
        return text


class Pipeline:
    """Runs every stage; the model and the gazetteer load on first use."""

    def __init__(self, options: Optional[Options] = None, notify: Optional[Callable[[str], None]] = None,
                 known: Optional[Callable[[list], set]] = None):
        """``known(article_ids)``: the ids among them already stored; those documents are yielded as
        ``Stored`` records, not processed again (a rerun after a crash redoes nothing stored)."""
        self.options = options or Options()
        self.notify = notify or (lambda msg: None)
        self.known = known
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
                            "(a minute or so)")
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
                self._classifier = None if choice == "rules" else learned.load(choice, self.options.cache_dir)
            except learned.ModelError as e:
                raise ModelError(str(e)) from e
        return self._classifier

    def run(self, raws: Iterable[RawDoc], progress: Optional[Progress] = None) -> Iterator[Record]:
        """One record per document, in input order: with ``engine`` dask, made on a Dask cluster
        (vigil.cluster); with ``workers`` > 1, by that many processes (vigil.pool); else here, a block
        of ``4 * batch_size`` documents at a time."""
        self.classifier  # an unusable model_dir is the run's error (ModelError), not every document's
        if self.options.engine == "dask":
            from . import cluster
            records = cluster.run(Pipeline, failed, self.options, raws, self.known, self.options.scheduler, self.notify)
        elif self.options.workers > 1:
            from . import pool
            records = pool.run(Pipeline, failed, self.options, raws, self.known)
        else:
            records = self._blocks(iter(raws), max(1, self.options.batch_size) * 4)
        for rec in records:
            if progress:
                progress.tick(rec)
            yield rec

    def _blocks(self, raws: Iterator[RawDoc], chunk: int) -> Iterator[Record]:
        while True:
            block = list(itertools.islice(raws, chunk))
            if not block:
                return
            yield from self.run_block(block)

    def run_block(self, block: list) -> list:
        """The records of a list of documents, in its order (one worker's share of a run)."""
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
        if todo and self.known:
            stored = self.known([art.id for art, _ in todo])
            for art, i in todo:
                if art.id in stored:
                    out[i] = Stored(article=art)
            todo = [(art, i) for art, i in todo if out[i] is None]
        if todo:
            settle(self.nlp, self.gazetteer, self.classifier)
            with self._zone():
                self._annotate(block, todo, out)
            release_memory()
        return out

    def _annotate(self, block: list, todo: list, out: list) -> None:
        from .nlp import WINDOW, annotate
        short = [(art, i) for art, i in todo if len(art.text) <= WINDOW]
        for art, i in todo:
            if len(art.text) > WINDOW:     # annotated on its own, under its time budget
                out[i] = self._process(block[i], art)
        texts = ((art.text, (art, i)) for art, i in short)
        try:
            for doc, (art, i) in annotate(self.nlp, texts, self.options.batch_size):
                out[i] = self._process(block[i], art, doc)
        except Exception:   # spaCy failed on the batch: annotate what is left one by one
            for art, i in short:
                if out[i] is None:
                    out[i] = self._process(block[i], art)

    def _zone(self):
        """A spaCy memory zone around one block: the words and strings its documents add to the
        vocabulary are freed when the block ends (a new word costs about 390 bytes that a long run
        would otherwise keep for good; the rest of bench_memory's growth was the per-word caches,
        bounded in annotators.CACHE_LIMIT and signals.MEMO_LIMIT).
        Records hold plain Python values, never a Doc, so nothing outlives the zone. What our own
        extractors build over the vocabulary is built before a zone opens, and what they remember
        across documents is text, never a string's hash (annotators.LemmaCache)."""
        nlp = self.nlp
        if not hasattr(nlp, "memory_zone"):
            return contextlib.nullcontext()
        from .extract.actor_mentions import prepare
        prepare(nlp.vocab)      # built once (cached); again here if the cache was ever cleared
        return _zone(nlp)

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
                        doc, _ = next(annotate(self.nlp, [(article.text, None)], self.options.batch_size))
                    except Exception as e:
                        return failed(raw, f"annotation failed: {type(e).__name__}: {first_line(e)}", article)
                try:
                    return extract_record(doc, article, self.gazetteer, country=self.options.country,
                                          published=self.options.published, classifier=self.classifier)
                except Exception as e:  # an extractor bug must not stop the batch; the record says what failed
                    return failed(raw, f"extraction failed: {type(e).__name__}: {e}", article)
        except OverBudget as e:
            return failed(raw, f"processing {e} (time_limit); retry it with a larger time_limit", article)


_ZONE_LOCK = threading.RLock()


@contextlib.contextmanager
def _zone(nlp):
    """``nlp.memory_zone()``, one thread at a time: while a zone is open every string any thread adds
    is the zone's, freed when it closes, so threads sharing a pipeline (extract_text called from
    several threads, a Dask worker with several threads) take turns a block at a time."""
    with _ZONE_LOCK, nlp.memory_zone():
        yield


def settle(*loaded) -> None:
    """Once per process, with the spaCy pipeline, the gazetteer and the classifier loaded (``loaded``,
    passed only to say so): a full collection, then ``gc.freeze()``. What is alive then lives until the
    process ends; frozen, the garbage collector no longer walks it at each full collection (about
    90 ms each, a few times a 600-text run, mostly the gazetteer's tables and the lexicon's word
    sets; 20 ms frozen: 0.46 -> 0.19 s of collections over 600 texts)."""
    global _SETTLED
    if not _SETTLED:
        _SETTLED = True
        gc.collect()
        gc.freeze()


_SETTLED = False


def release_memory() -> None:
    """Hand the C heap's free pages back to the system after a block (glibc's malloc_trim; a no-op
    elsewhere). spaCy's and numpy's buffers of every size leave freed memory scattered over the heap,
    which glibc keeps. In-process over 1,000 -> 3,000-4,000 short reports the resident size grew 4.2 MB
    without it and 1.7 MB with it; a call takes about 1.6 ms a block (0.06% of the run)."""
    global _TRIM
    if _TRIM is None:
        try:
            import ctypes
            import ctypes.util
            _TRIM = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _TRIM = False
    if _TRIM:
        _TRIM(0)


_TRIM = None


def extract_text(text: str, **options) -> Record:
    """Extract one plain-text report: ``vigil.extract_text("Police fired ...", published="2020-05-01")``."""
    from .read.text import parse_plain
    raw = parse_plain(text, "string", title_line=False)
    return next(Pipeline(Options().with_(**options)).run([raw]))
