"""Readers: turn paths and standard input into RawDoc records.

A reader never raises for a bad document: it yields a RawDoc whose ``error``
names the problem, so the batch goes on and the failure is recorded. JSONL is
read line by line: a bad line (malformed JSON, bytes that are not UTF-8) fails
alone, and a file that breaks off (a truncated ``.jsonl.gz``) keeps every line
read before the break. ``reread`` is how failed documents are retried: it takes
the sources readers gave them ("path", "path:line", "stdin:line").
"""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib
from typing import IO, Callable, Iterable, Iterator, Optional

from ..model import RawDoc
from .text import UTF8_BOM, WIDE_BOMS, DocError, decode_bytes, json_type, parse_plain
from .html import parse_html

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FIELDS = ("id", "text", "html", "title", "byline", "published", "url", "outlet", "country", "language")
STDIN = "stdin"


def read_inputs(inputs: Iterable[str], stdin: Optional[IO[bytes]] = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDoc]:
    """Every document under the given inputs, in order ("-" is standard input)."""
    inputs = list(inputs) or ["-"]
    for item in inputs:
        if item == "-":
            yield from read_stream((stdin or sys.stdin.buffer), STDIN, max_bytes)
        elif os.path.isdir(item):
            for path, problem in _walk(item):
                if problem:
                    yield RawDoc(source=path, error=problem)
                else:
                    yield from read_path(path, max_bytes)
        else:
            yield from read_path(item, max_bytes)


def _walk(root: str) -> Iterator[tuple]:
    """(path, None) for each readable file under ``root``, (folder, problem) for each unreadable
    folder, in the order of their sorted paths. Streamed: one folder's listing in memory at a time
    (a folder of millions of files is never listed whole with its sub-folders)."""
    try:
        with os.scandir(root) as it:
            entries = [(e.name + "/" if _is_dir(e) else e.name, e.path) for e in it
                       if not e.name.startswith(".") and not (e.is_symlink() and _is_dir(e))]
    except OSError as e:
        yield (e.filename or root, f"cannot read folder: {e.strerror or e}")
        return
    entries.sort()
    for key, path in entries:
        if key.endswith("/"):
            yield from _walk(path)
        elif kind_of(key) is not None:
            yield (path, None)


def _is_dir(entry) -> bool:
    try:
        return entry.is_dir()        # a link to a folder is skipped (not followed), as os.walk does
    except OSError:
        return False


def kind_of(path: str) -> Optional[str]:
    p = path.lower()
    for suffix, kind in ((".warc.gz", "warc"), (".warc", "warc"), (".jsonl.gz", "jsonl"), (".jsonl", "jsonl"), (".json", "json"),
                         (".html", "html"), (".htm", "html"), (".txt", "text")):
        if p.endswith(suffix):
            return kind
    return None


def split_source(source: str) -> tuple:
    """A reader's source name as (path, line): "feed.jsonl:17" -> ("feed.jsonl", 17); "a.txt" -> ("a.txt", None)."""
    path, _, line = source.rpartition(":")
    if path and line.isdigit() and not os.path.exists(source):
        return path, int(line)
    return source, None


def reread(sources: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDoc]:
    """The documents behind the given sources, each file read once and only as far as needed."""
    whole, lines = [], {}
    for source in sources:
        if source == STDIN or source.startswith(STDIN + ":"):
            yield RawDoc(source=source, error="came from standard input: feed it again to retry")
            continue
        path, line = split_source(source)
        if line is None:
            whole.append(path)
        else:
            lines.setdefault(path, set()).add(line)
    for path in sorted(set(whole) | set(lines)):
        if path in whole:
            yield from read_inputs([path], max_bytes=max_bytes)
        else:
            yield from read_path(path, max_bytes, lines=lines[path])


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES, lines: Optional[set] = None) -> Iterator[RawDoc]:
    """The documents in one file; for JSONL, ``lines`` picks line numbers (for WARC, record numbers;
    the rest are not parsed)."""
    kind = kind_of(path) or "text"
    try:
        size = os.path.getsize(path)
        if os.path.isdir(path):
            raise DocError("is a folder; give it as an input to read what is inside")
        if size > max_bytes and kind not in ("warc", "jsonl"):    # archives and feeds: page by page, line by line
            raise DocError(f"file is too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB, "
                           "set max_bytes to raise it)")
    except FileNotFoundError:
        yield RawDoc(source=path, error="no such file")
        return
    except OSError as e:
        yield RawDoc(source=path, error=f"cannot read: {e.strerror or e}")
        return
    except DocError as e:
        yield RawDoc(source=path, error=str(e))
        return
    if kind == "jsonl":
        yield from _jsonl_file(path, max_bytes, lines)
        return
    if kind == "warc":
        from .warc import read_warc
        yield from read_warc(path, max_bytes, lines)
        return
    try:
        with _open(path) as f:
            data = f.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise DocError(f"file is larger than max_bytes ({max_bytes} bytes) once decompressed")
    except (OSError, EOFError, zlib.error) as e:
        yield RawDoc(source=path, error=f"cannot read: {getattr(e, 'strerror', None) or e}")
        return
    except DocError as e:
        yield RawDoc(source=path, error=str(e))
        return
    yield one_document(data, path, kind)


def _open(path: str):
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")


def read_stream(stream: IO[bytes], name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDoc]:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield RawDoc(source=name, error=f"input is too large (over {max_bytes / 1e6:.0f} MB)")
        return
    first = data.removeprefix(UTF8_BOM).lstrip()[:1]
    if data.startswith(tuple(WIDE_BOMS)):
        try:
            first = decode_bytes(data).lstrip()[:1].encode("utf-8")
        except DocError as e:
            yield RawDoc(source=name, error=str(e))
            return
    if first == b"{":
        yield from _jsonl(io.BytesIO(data), name, max_bytes)
    else:
        yield one_document(data, name, "text")


def one_document(data: bytes, source: str, kind: str) -> RawDoc:
    def parse() -> RawDoc:
        text = decode_bytes(data)
        if kind == "json":
            return from_json(json.loads(text), source)
        if kind == "html":
            return parse_html(text, source)
        return parse_plain(text, source)
    return _guarded(parse, source)


def _guarded(parse: Callable[[], RawDoc], source: str, line: bool = False) -> RawDoc:
    """``parse()``, or the failure naming why it could not read ``source`` (a reader never raises)."""
    try:
        return parse()
    except json.JSONDecodeError as e:
        where = f"at column {e.colno}" if line else f"at line {e.lineno} column {e.colno}"
        return RawDoc(source=source, error=f"malformed JSON{' line' if line else ''}: {e.msg.removesuffix(' at')} {where}")
    except DocError as e:
        return RawDoc(source=source, error=str(e))
    except RecursionError:
        return RawDoc(source=source, error="nested too deeply to read")
    except Exception as e:  # noqa: BLE001  a parser's bug on odd input is this document's failure, not the batch's
        return RawDoc(source=source, error=f"cannot read: {type(e).__name__}: {e}")


def _jsonl_file(path: str, max_bytes: int, lines: Optional[set]) -> Iterator[RawDoc]:
    try:
        f = _open(path)
    except OSError as e:
        yield RawDoc(source=path, error=f"cannot read: {e.strerror or e}")
        return
    with f:
        yield from _jsonl(f, path, max_bytes, lines)


def _jsonl(f: IO[bytes], source: str, max_bytes: int, lines: Optional[set] = None) -> Iterator[RawDoc]:
    """One RawDoc per non-blank line of a binary stream; a stream that breaks off keeps what came before.
    ``max_bytes`` bounds each line (one document), not the stream: a feed of any length is read, and a
    line over the limit fails alone (skipped without holding it in memory)."""
    n = found = 0
    last = max(lines) if lines else None
    try:
        while last is None or n < last:
            line = f.readline(max_bytes + 1)
            if not line:
                if not found and lines is None:
                    yield RawDoc(source=source, error="no document: the file is empty or holds only blank lines")
                return
            n += 1
            if n == 1 and line.startswith(tuple(WIDE_BOMS)):      # UTF-16/32: lines are not byte lines
                yield from _json_text_lines(line + f.read(max_bytes + 1 - len(line)), source, lines)
                return
            if len(line) > max_bytes:
                size = len(line) + _skip_line(f, line)
                if lines is None or n in lines:
                    found += 1
                    yield RawDoc(source=f"{source}:{n}", error=f"line is larger than max_bytes ({max_bytes} bytes; "
                                                               f"it has {size:,}), set max_bytes to raise it")
                continue
            if lines is None or n in lines:
                doc = _json_line(line, f"{source}:{n}")
                if doc is not None:
                    found += 1
                    yield doc
    except (OSError, EOFError, zlib.error) as e:
        reason = getattr(e, "strerror", None) or str(e) or type(e).__name__
        yield RawDoc(source=source, error=f"cannot read past line {n} ({reason}); the {n} line(s) before were read")


def _skip_line(f: IO[bytes], head: bytes) -> int:
    """Read on to the end of the line that began with ``head``, a megabyte at a time; the bytes skipped."""
    skipped, chunk = 0, head
    while chunk and not chunk.endswith(b"\n"):
        chunk = f.readline(1 << 20)
        skipped += len(chunk)
    return skipped


def _json_line(line: bytes, where: str) -> Optional[RawDoc]:
    """The document on one JSONL line, a failure naming the problem, or None for a blank line."""
    line = line.removeprefix(UTF8_BOM)
    if not line.strip():
        return None
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        return RawDoc(source=where, error=f"undecodable bytes: not UTF-8 at byte {e.start} of the line "
                                          f"({line[e.start:e.start + 1]!r})")
    return _json_doc(text, where)


def _json_text_lines(data: bytes, source: str, lines: Optional[set]) -> Iterator[RawDoc]:
    try:
        text = decode_bytes(data)
    except DocError as e:
        yield RawDoc(source=source, error=str(e))
        return
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip() and (lines is None or n in lines):
            yield _json_doc(line, f"{source}:{n}")


def _json_doc(line: str, where: str) -> RawDoc:
    return _guarded(lambda: from_json(json.loads(line), where), where, line=True)


def from_json(obj, source: str) -> RawDoc:
    """A RawDoc from one input object of the contract's JSONL shape.

    ``text`` and ``html`` must be strings; other fields may be strings or numbers (an ``id`` of
    123 is "123"). The ``id`` is the source's own id: it is kept, never used as the article id."""
    if not isinstance(obj, dict):
        raise DocError(f"expected a JSON object, got {json_type(obj)}")
    values = {}
    for k in FIELDS:
        v = obj.get(k)
        if v is None or isinstance(v, str):
            values[k] = v
        elif k in ("text", "html") or isinstance(v, (bool, list, dict)):
            raise DocError(f"field '{k}' must be a string, not {json_type(v)}")
        else:
            values[k] = str(v)
    if not (values["text"] or "").strip() and not (values["html"] or "").strip():
        raise DocError("document has neither 'text' nor 'html'")
    if values["html"] and not (values["text"] or "").strip():
        page = parse_html(values["html"], source)
        merged = {k: values[k] or getattr(page, k) for k in FIELDS if k not in ("text", "html")}
        return RawDoc(source=source, text=page.text, html=values["html"], removed=page.removed, **merged)
    return RawDoc(source=source, **values)
