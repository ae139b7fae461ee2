"""WARC archives (``.warc``, ``.warc.gz``), as news archives publish them: each HTML response is one
document, with the page's URL (WARC-Target-URI) and, when the page gives no date, the capture date.

Streamed record by record (warcio): an archive of any size is never held in memory. A document's
source is ``path:N``, N the record's number in the archive, so a failed page is retried alone; a
page that cannot be read fails alone, and an archive that breaks off keeps every record before.
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
    n = 0
    last = max(records) if records else None
    try:
        with open(path, "rb") as f:
            for rec in ArchiveIterator(f):
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
                source = f"{path}:{n}"
                url = rec.rec_headers.get_header("WARC-Target-URI")
                captured = (rec.rec_headers.get_header("WARC-Date") or "")[:10] or None
                body = rec.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield RawDoc(source=source, url=url, error=f"page is larger than max_bytes ({max_bytes} bytes)")
                    continue
                try:
                    doc = parse_html(decode_bytes(body), source)
                except DocError as e:
                    yield RawDoc(source=source, url=url, error=str(e))
                    continue
                except Exception as e:  # noqa: BLE001  a parser's bug on one page fails that page alone
                    yield RawDoc(source=source, url=url, error=f"cannot read: {type(e).__name__}: {e}")
                    continue
                yield dataclasses.replace(doc, url=doc.url or url, published=doc.published or captured)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
        yield RawDoc(source=path, error=f"cannot read past WARC record {n} ({e}); the {n} record(s) before were read")
