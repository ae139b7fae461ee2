"""Readers: turn paths and standard input into RawDoc records.

A reader never raises for a bad document: it yields a RawDoc whose ``error``
names the problem, so the batch goes on and the failure is recorded.
"""
from __future__ import annotations

import gzip
import json
import os
import sys
from typing import IO, Iterable, Iterator, Optional

from ..model import RawDoc
from .text import parse_plain, decode_bytes, DocError
from .html import parse_html

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FIELDS = ("id", "text", "html", "title", "byline", "published", "url", "outlet", "country", "language")


def read_inputs(inputs: Iterable[str], stdin: Optional[IO[bytes]] = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDoc]:
    """Every document under the given inputs, in order ("-" is standard input)."""
    inputs = list(inputs) or ["-"]
    for item in inputs:
        if item == "-":
            yield from read_stream((stdin or sys.stdin.buffer), "stdin", max_bytes)
        elif os.path.isdir(item):
            for path in _walk(item):
                yield from read_path(path, max_bytes)
        else:
            yield from read_path(item, max_bytes)


def _walk(root: str) -> list:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found += [os.path.join(dirpath, f) for f in filenames
                  if not f.startswith(".") and kind_of(f) is not None]
    return sorted(found)


def kind_of(path: str) -> Optional[str]:
    p = path.lower()
    for suffix, kind in ((".jsonl.gz", "jsonl"), (".jsonl", "jsonl"), (".json", "json"),
                         (".html", "html"), (".htm", "html"), (".txt", "text")):
        if p.endswith(suffix):
            return kind
    return None


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDoc]:
    kind = kind_of(path) or "text"
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise DocError(f"file is too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB, "
                           "set max_bytes to raise it)")
        opener = gzip.open if path.lower().endswith(".gz") else open
        with opener(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        yield RawDoc(source=path, error="no such file")
        return
    except (OSError, EOFError) as e:
        yield RawDoc(source=path, error=f"cannot read: {getattr(e, 'strerror', None) or e}")
        return
    except DocError as e:
        yield RawDoc(source=path, error=str(e))
        return
    if kind == "jsonl":
        yield from _jsonl_lines(data, path)
    else:
        yield one_document(data, path, kind)


def read_stream(stream: IO[bytes], name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDoc]:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield RawDoc(source=name, error=f"input is too large (over {max_bytes / 1e6:.0f} MB)")
        return
    if data.lstrip()[:1] == b"{":
        yield from _jsonl_lines(data, name)
    else:
        yield one_document(data, name, "text")


def one_document(data: bytes, source: str, kind: str) -> RawDoc:
    try:
        text = decode_bytes(data)
        if kind == "json":
            return from_json(json.loads(text), source)
        if kind == "html":
            return parse_html(text, source)
        return parse_plain(text, source)
    except json.JSONDecodeError as e:
        return RawDoc(source=source, error=f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}")
    except DocError as e:
        return RawDoc(source=source, error=str(e))


def _jsonl_lines(data: bytes, source: str) -> Iterator[RawDoc]:
    try:
        text = decode_bytes(data)
    except DocError as e:
        yield RawDoc(source=source, error=str(e))
        return
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            yield from_json(json.loads(line), where)
        except json.JSONDecodeError as e:
            yield RawDoc(source=where, error=f"malformed JSON line: {e.msg} at column {e.colno}")
        except DocError as e:
            yield RawDoc(source=where, error=str(e))


def from_json(obj, source: str) -> RawDoc:
    """A RawDoc from one input object of the contract's JSONL shape."""
    if not isinstance(obj, dict):
        raise DocError(f"expected a JSON object, got {type(obj).__name__}")
    values = {k: obj.get(k) for k in FIELDS}
    for k, v in values.items():
        if v is not None and not isinstance(v, str):
            values[k] = str(v)
    if not (values["text"] or "").strip() and not (values["html"] or "").strip():
        raise DocError("document has neither 'text' nor 'html'")
    if values["html"] and not (values["text"] or "").strip():
        page = parse_html(values["html"], source)
        merged = {k: values[k] or getattr(page, k) for k in FIELDS if k not in ("text", "html")}
        return RawDoc(source=source, text=page.text, html=values["html"], removed=page.removed, **merged)
    return RawDoc(source=source, **values)
