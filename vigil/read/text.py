"""Plain-text reports: a title line, an optional `By NAME` byline and `Published: YYYY-MM-DD`
line near the top, the body."""
from __future__ import annotations

import re

from ..model import RawDoc

BYLINE = re.compile(r"^\s*(?:[Bb]y|BY)[:\s]+([A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|de|van|von|al|el|bin|ibn))*)\s*$")
DATELINE = re.compile(r"^\s*(?:Published|Date|Dated|Posted)(?: on)?\s*:\s*(\d{4}-\d{2}-\d{2})\b.{0,30}$")
BYLINE_WINDOW = 12   # how many non-empty lines from the top a byline may stand at


from ..errors import DocError  # noqa: F401  (readers raise it; re-exported here for them)


UTF8_BOM = b"\xef\xbb\xbf"
# Byte-order marks of the wider encodings, UTF-32 first (its little-endian mark starts like UTF-16's).
WIDE_BOMS = {b"\xff\xfe\x00\x00": "utf-32-le", b"\x00\x00\xfe\xff": "utf-32-be",
             b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}


def json_type(value) -> str:
    """The JSON name of a parsed value's type, for messages."""
    for kind, name in ((bool, "a boolean"), (int, "a number"), (float, "a number"), (str, "a string"),
                       (list, "an array"), (dict, "an object")):
        if isinstance(value, kind):
            return name
    return "null" if value is None else type(value).__name__


def decode_bytes(data: bytes) -> str:
    """Text from a file's bytes: UTF-8 (with or without BOM), or UTF-16/UTF-32 with a BOM."""
    for bom, codec in WIDE_BOMS.items():
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as e:
                raise DocError(f"undecodable bytes: {codec.upper()} (by its byte-order mark) but not valid "
                               f"at byte {e.start + len(bom)}") from None
            if not text.strip():
                raise DocError("empty document")
            return text
    if not data.strip():
        raise DocError("empty document")
    if b"\x00" in data[:8192]:
        raise DocError("binary file (NUL bytes), not text")
    if data.startswith(UTF8_BOM):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DocError(f"undecodable bytes: not UTF-8 at byte {e.start} ({data[e.start:e.start + 1]!r})") from None


def parse_plain(text: str, source: str, title_line: bool = True) -> RawDoc:
    """Split a plain-text report into title, byline and body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title, byline, published = None, None, None
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    if not nonblank:
        raise DocError("empty document")
    drop = set()
    if title_line and len(nonblank) > 1:
        title = lines[nonblank[0]].strip()
        drop.add(nonblank[0])
    for i in nonblank[:BYLINE_WINDOW]:
        m = BYLINE.match(lines[i])
        if m and byline is None and len(lines[i]) < 80:
            byline = m.group(1).strip()
            drop.add(i)
        m = DATELINE.match(lines[i])
        if m and published is None:
            published = m.group(1)
            drop.add(i)
    body = "\n".join(ln for i, ln in enumerate(lines) if i not in drop).strip("\n")
    if not body.strip():
        raise DocError("document has a title but no body text")
    return RawDoc(source=source, text=body, title=title, byline=byline, published=published)
