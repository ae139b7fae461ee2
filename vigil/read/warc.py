"""WARC archives (``.warc``, ``.warc.gz``), as news archives publish them: each HTML response is one
document, with the page's URL (WARC-Target-URI) and, when the page gives no date, the capture date.

Streamed record by record (warcio): an archive of any size is never held in memory. A document's
source is ``path:N``, N the record's number in the archive, so a failed page is retried alone; a
page that cannot be read fails alone, and an archive that breaks off keeps every record before. A
page cut short by the end of the file (warcio stops there without an error) fails with its own
error, instead of being read in part or lost.
"""
from __future__ import annotations

import dataclasses
from typing import Iterator, Optional

from ..model import RawDoc
from .text import DocError, decode_bytes


def read_warc(path: str, max_bytes: int, records: Optional[set] = None) -> Iterator[RawDoc]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from .html import parse_html
    n = shown = 0            # records read; the last one that became a document (or a failure)
    last = max(records) if records else None
    try:
        with open(path, "rb") as f:
            archive = ArchiveIterator(f)
            ending = _watch_members(archive.reader)
            for rec in archive:
                n += 1
                if last is not None and n > last:
                    return
                if records is not None and n not in records:
                    continue
                if rec.rec_type != "response" or not rec.http_headers:
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    continue
                source, shown = f"{path}:{n}", n
                url = rec.rec_headers.get_header("WARC-Target-URI")
                captured = (rec.rec_headers.get_header("WARC-Date") or "")[:10] or None
                body = rec.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield RawDoc(source=source, url=url, error=f"page is larger than max_bytes ({max_bytes} bytes)")
                    continue
                missing = getattr(rec.raw_stream, "limit", 0) or 0
                if missing > 0:           # warcio ends a cut .warc.gz without an error: the record says it
                    yield RawDoc(source=source, url=url,
                                 error=f"WARC record {n} is cut short: the archive ends {missing} of its "
                                       f"{rec.length} bytes early (a truncated or incomplete download?)")
                    return
                try:
                    doc = parse_html(decode_bytes(body), source)
                except DocError as e:
                    yield RawDoc(source=source, url=url, error=str(e))
                    continue
                except Exception as e:  # noqa: BLE001  a parser's bug on one page fails that page alone
                    yield RawDoc(source=source, url=url, error=f"cannot read: {type(e).__name__}: {e}")
                    continue
                yield dataclasses.replace(doc, url=doc.url or url, published=doc.published or captured)
            cut = n + 1 if ending["members"] > n else n       # the record that broke off (not yet read)
            if ending["cut"] and cut != shown and (records is None or cut in records):
                yield RawDoc(source=f"{path}:{cut}",
                             error=f"WARC record {cut} is cut short: the archive ends inside its headers "
                                   "(a truncated or incomplete download?)")
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
        yield RawDoc(source=path, error=f"cannot read past WARC record {n} ({e}); the {n} record(s) before were read")
    except Exception as e:  # noqa: BLE001  warcio on a record cut inside its headers (AttributeError, ...)
        yield RawDoc(source=path, error=f"cannot read past WARC record {n} (its headers are cut short or broken: "
                                        f"{type(e).__name__}); the {n} record(s) before were read")


def _watch_members(reader) -> dict:
    """Watch warcio's reader of a .warc.gz: ``members`` counts the gzip members begun (one per
    record), ``cut`` says the last one broke off before its end. warcio ends such an archive
    quietly, as if it were complete; with these, a record cut inside its headers is seen."""
    state = {"members": 1, "cut": False}
    if not hasattr(reader, "read_next_member") or not hasattr(reader, "close_decompressor"):
        return state
    next_member, close = reader.read_next_member, reader.close_decompressor

    def read_next_member():
        began = next_member()
        state["members"] += bool(began)
        return began

    def close_decompressor():
        d = getattr(reader, "decompressor", None)
        if d is not None and getattr(d, "eof", True) is False:
            state["cut"] = True
        close()

    reader.read_next_member, reader.close_decompressor = read_next_member, close_decompressor
    return state
