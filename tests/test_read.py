import gzip
import io
import json

from vigil.read import read_inputs, read_stream
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
