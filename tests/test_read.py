import gzip
import io
import json
import os

from vigil.read import read_inputs, read_stream, reread, split_source
from vigil.read.text import parse_plain

REPORT = """Police disperse sit-in outside parliament

By Amina Okoye

Riot police used water cannon on Monday to clear a sit-in outside the parliament in Abuja.

Organisers said about 300 people had taken part.
"""

PAGE = """<html><head><title>Farmers block highway near Lyon | The Rhone Courier</title>
<meta name="author" content="Luc Besson-Martin">
<meta property="article:published_time" content="2021-03-04T09:00:00Z">
<meta property="og:site_name" content="The Rhone Courier"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Farmers block highway near Lyon</h1>
<p>Hundreds of farmers drove their tractors onto the A7 motorway south of Lyon on Wednesday, blocking traffic for most of the day in protest at falling milk prices.</p>
<p>Police said the blockade was peaceful and that no one had been detained by the evening, when the tractors began to leave.</p>
</article><footer>All rights reserved.</footer></body></html>"""


def test_plain_text_title_byline_body():
    doc = parse_plain(REPORT, "r.txt")
    assert doc.title == "Police disperse sit-in outside parliament"
    assert doc.byline == "Amina Okoye"
    assert doc.text.startswith("Riot police used water cannon")
    assert "By Amina" not in doc.text and "Police disperse sit-in" not in doc.text


def test_byline_after_standfirst_is_found():
    doc = parse_plain("Title\n\nA standfirst line.\n\nBy Jo Bloggs\n\nBody text here.", "x")
    assert doc.byline == "Jo Bloggs"
    assert doc.text.split() == ["A", "standfirst", "line.", "Body", "text", "here."]


def test_published_header_line():
    doc = parse_plain("Title\n\nBy Jo Bloggs\nPublished: 2021-03-15\n\nBody text here.", "x")
    assert (doc.byline, doc.published, doc.text) == ("Jo Bloggs", "2021-03-15", "Body text here.")


def test_sentence_starting_with_by_is_not_a_byline():
    doc = parse_plain("Title\n\nBy Tuesday evening the crowd had grown to thousands of people.", "x")
    assert doc.byline is None


def test_html_page_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    (doc,) = read_inputs([str(p)])
    assert doc.error is None
    assert doc.title == "Farmers block highway near Lyon"
    assert doc.byline == "Luc Besson-Martin"
    assert doc.published == "2021-03-04"
    assert doc.outlet == "The Rhone Courier"
    assert "A7 motorway" in doc.text and "All rights reserved" not in doc.text


def test_jsonl_gz_json_and_directory_order(tmp_path):
    rows = [{"id": "one", "text": "Workers marched in Dhaka."}, {"text": "Students rallied in Sylhet.", "published": "2023-05-01"}]
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(json.dumps(r) for r in rows) + "\n")
    (tmp_path / "a.json").write_text(json.dumps({"text": "Nurses protested in Khulna.", "country": "bd"}))
    (tmp_path / "c.txt").write_text("Title\n\nTeachers struck in Rajshahi.")
    (tmp_path / "notes.csv").write_text("ignored")
    docs = list(read_inputs([str(tmp_path)]))
    assert [d.text for d in docs] == ["Nurses protested in Khulna.", "Workers marched in Dhaka.",
                                      "Students rallied in Sylhet.", "Teachers struck in Rajshahi."]
    assert docs[1].id == "one" and docs[2].published == "2023-05-01" and docs[0].country == "bd"
    assert docs[2].source.endswith("b.jsonl.gz:2")


def test_stdin_jsonl_and_plain():
    docs = list(read_stream(io.BytesIO(b'\n{"text": "A rally in Accra."}\n{"text": "A strike in Kumasi."}\n'), "stdin"))
    assert [d.source for d in docs] == ["stdin:2", "stdin:3"]
    (doc,) = read_stream(io.BytesIO(REPORT.encode()), "stdin")
    assert doc.title == "Police disperse sit-in outside parliament"


def _error_of(path):
    (doc,) = list(read_inputs([str(path)]))
    assert doc.text is None
    return doc.error


def test_bad_inputs_name_the_problem(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Title\n\nProtest in S\xe3o Paulo".encode("latin-1"))
    (tmp_path / "nopage.html").write_text("<html><body><nav>Home</nav></body></html>")
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    assert _error_of(tmp_path / "empty.txt") == "empty document"
    assert "binary" in _error_of(tmp_path / "bin.txt")
    assert "not UTF-8 at byte" in _error_of(tmp_path / "latin1.txt")
    assert _error_of(tmp_path / "nopage.html") == "HTML page has no article text"
    assert "too large (52.4 MB" in _error_of(big)
    assert _error_of(tmp_path / "missing.txt") == "no such file"


def test_malformed_jsonl_line_does_not_stop_the_file(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text('{"text": "First."}\n{"text": "Second\n{"html": ""}\n{"text": "Fourth."}\n')
    docs = list(read_inputs([str(p)]))
    assert [d.text for d in docs] == ["First.", None, None, "Fourth."]
    assert docs[1].error.startswith("malformed JSON line") and docs[1].source.endswith("feed.jsonl:2")
    assert docs[2].error == "document has neither 'text' nor 'html'"


def test_one_bad_line_fails_alone_and_a_truncated_gzip_keeps_the_good_lines(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_bytes(b'{"text": "Dockers walked out in Mombasa."}\n{"text": "Caf\xe9 owners marched."}\n'
                  b'{"text": "Nurses rallied in Kisumu."}\n')
    docs = list(read_inputs([str(p)]))
    assert [d.text for d in docs] == ["Dockers walked out in Mombasa.", None, "Nurses rallied in Kisumu."]
    assert docs[1].source.endswith("feed.jsonl:2") and "not UTF-8 at byte 13 of the line" in docs[1].error
    rows = [json.dumps({"text": f"Report {n}: traders closed their shops in Kano."}) for n in range(400)]
    whole = gzip.compress(("\n".join(rows) + "\n").encode("utf-8"))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    docs = list(read_inputs([str(cut)]))
    good, bad = [d for d in docs if not d.error], [d for d in docs if d.error]
    assert len(good) > 50 and [d.text for d in good] == [json.loads(r)["text"] for r in rows[:len(good)]]
    assert len(bad) == 1 and bad[0].source == str(cut) and f"the {len(good)} line(s) before were read" in bad[0].error


def test_utf16_with_bom_is_decoded(tmp_path):
    (tmp_path / "r.txt").write_bytes("Strike in Quito\n\nBus drivers stopped work in Quito.".encode("utf-16"))
    (doc,) = read_inputs([str(tmp_path / "r.txt")])
    assert doc.error is None and doc.title == "Strike in Quito" and doc.text == "Bus drivers stopped work in Quito."
    (tmp_path / "f.jsonl").write_bytes('{"text": "A march in Cuenca."}\n{"text": "A sit-in in Loja."}\n'.encode("utf-16"))
    assert [d.text for d in read_inputs([str(tmp_path / "f.jsonl")])] == ["A march in Cuenca.", "A sit-in in Loja."]
    (tmp_path / "odd.txt").write_bytes(b"\xff\xfeA\x00\x00\xd8")   # a UTF-16 mark, then a lone surrogate
    assert "UTF-16-LE (by its byte-order mark) but not valid" in _error_of(tmp_path / "odd.txt")


def test_json_text_that_is_not_a_string_is_rejected_by_name(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text('{"text": 42}\n{"text": ["a", "b"]}\n{"text": {"body": "x"}}\n{"html": 7}\n'
                 '{"text": "Fine.", "title": ["x"]}\n{"text": "Fine.", "id": 1234}\n', encoding="utf-8")
    docs = list(read_inputs([str(p)]))
    assert [d.error for d in docs[:5]] == [
        "field 'text' must be a string, not a number", "field 'text' must be a string, not an array",
        "field 'text' must be a string, not an object", "field 'html' must be a string, not a number",
        "field 'title' must be a string, not an array"]
    assert docs[5].error is None and docs[5].id == "1234"


def test_an_unreadable_folder_is_reported_not_skipped(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "r.txt").write_text("Title\n\nA rally in Gulu.")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path="."):
        if os.path.basename(str(path)) == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    docs = list(read_inputs([str(tmp_path)]))
    assert [(os.path.basename(d.source), d.error) for d in docs] == [
        ("locked", "cannot read folder: Permission denied"), ("r.txt", None)]


def test_reread_reads_each_file_once_and_only_the_lines_asked_for(tmp_path):
    rows = [json.dumps({"text": f"Line {n}: a protest in Jos."}) for n in range(1, 301)]
    whole = gzip.compress(("\n".join(rows) + "\n").encode("utf-8"))
    cut = tmp_path / "f.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])          # reading to the end would fail
    txt = tmp_path / "r.txt"
    txt.write_text("Title\n\nA vigil in Enugu.")
    docs = list(reread([f"{cut}:3", f"{cut}:5", str(txt), "stdin:4"]))
    assert [(d.source, d.text) for d in docs] == [
        ("stdin:4", None), (f"{cut}:3", "Line 3: a protest in Jos."), (f"{cut}:5", "Line 5: a protest in Jos."),
        (str(txt), "A vigil in Enugu.")]
    assert "standard input" in docs[0].error
    assert split_source(f"{cut}:12") == (str(cut), 12) and split_source(str(txt)) == (str(txt), None)


def test_readers_never_raise_on_deep_nesting(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100000 + "]" * 100000)
    (tmp_path / "deep.jsonl").write_text('{"text": ' + "[" * 100000 + "]" * 100000 + "}\n")
    (tmp_path / "deep.html").write_text("<div>" * 5000 + "Riot police cleared the square in the early morning hours today."
                                        + "</div>" * 5000)
    for name in ("deep.json", "deep.jsonl", "deep.html"):
        docs = list(read_inputs([str(tmp_path / name)]))
        assert len(docs) == 1 and (docs[0].error or docs[0].text), name


def test_an_empty_jsonl_file_is_a_named_failure_not_silence(tmp_path):
    for name, data in [("empty.jsonl", b""), ("blank.jsonl", b"\n  \n\n"), ("empty.jsonl.gz", gzip.compress(b""))]:
        (tmp_path / name).write_bytes(data)
        docs = list(read_inputs([str(tmp_path / name)]))
        assert len(docs) == 1 and docs[0].text is None and "no document" in docs[0].error, (name, docs)


def test_max_bytes_bounds_each_jsonl_line_not_the_feed(tmp_path):
    """A feed longer than max_bytes is read whole; a line over it fails alone and the lines after are read."""
    p = tmp_path / "feed.jsonl.gz"
    rows = [json.dumps({"text": f"Report {n}: bus drivers stopped work in Gulu over unpaid wages."}) for n in range(300)]
    rows[150] = json.dumps({"text": "Flooded roads. " * 2000})                    # about 30 kB
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    docs = list(read_inputs([str(p)], max_bytes=4000))                           # the feed is about 50 kB
    assert len(docs) == 300 and [d.source for d in docs if d.error] == [f"{p}:151"]
    assert "line is larger than max_bytes (4000 bytes; it has 30,0" in docs[150].error
    assert docs[151].text.startswith("Report 151:") and docs[-1].text.startswith("Report 299:")
    again = list(reread([f"{p}:151", f"{p}:152"], max_bytes=4000))
    assert [bool(d.error) for d in again] == [True, False]
