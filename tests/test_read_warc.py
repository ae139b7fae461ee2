"""WARC archives: each HTML response one document, with its URL and capture date; streamed."""
import io
import sqlite3

import pytest

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from vigil.read import read_inputs, reread

PAGE = ("<html><head><title>Dockers strike in {town}</title></head><body><article><h1>Dockers strike in {town}</h1>"
        "<p>Several hundred dock workers stopped loading ships in {town} on Tuesday, saying overtime had gone "
        "unpaid since the spring. Their union said cranes would stay idle until the port authority met them.</p>"
        "<p>A port spokesman said talks were planned for the end of the week.</p></article></body></html>")


def _archive(path, pages):
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=str(path).endswith(".gz"))
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                                warc_headers_dict={"WARC-Date": "2024-06-11T08:00:00Z"}))


def _pages(towns):
    return [(f"https://news.example/{k}", "text/html", PAGE.format(town=t).encode()) for k, t in enumerate(towns)]


def _cut_four(tmp_path, cut):
    """A four-page .warc.gz with its last ``cut`` bytes gone, and what the reader makes of it."""
    path = tmp_path / "cut.warc.gz"
    _archive(path, _pages(["Durban", "Tema", "Lagos", "Mombasa"]))
    path.write_bytes(path.read_bytes()[:-cut])
    return path, list(read_inputs([str(path)]))


def test_html_responses_are_documents_with_url_and_capture_date(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _archive(path, [("https://news.example/a", "text/html; charset=utf-8", PAGE.format(town="Durban").encode()),
                    ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n"),
                    ("https://news.example/b", "text/html", PAGE.format(town="Tema").encode()),
                    ("https://news.example/c", "text/html", b"\xff\xfe\x00\x00" + bytes(range(200)))])
    docs = list(read_inputs([str(path)]))
    good = [d for d in docs if not d.error]
    assert [d.url for d in good] == ["https://news.example/a", "https://news.example/b"]
    assert all(d.published == "2024-06-11" for d in good) and "Durban on Tuesday" in good[0].text
    assert [d.source for d in docs] == [f"{path}:1", f"{path}:3", f"{path}:4"] and docs[-1].error
    again = list(reread([f"{path}:3"]))
    assert len(again) == 1 and again[0].url == "https://news.example/b"


def test_an_archive_cut_short_keeps_the_records_before_and_raises_nothing(tmp_path):
    path, docs = _cut_four(tmp_path, 60)
    good = [d.url for d in docs if not d.error]
    assert good == [f"https://news.example/{k}" for k in range(3)]
    # a plain archive cut short is reported by the reader
    plain = tmp_path / "cut.warc"
    _archive(plain, _pages(["Durban", "Tema"]))
    plain.write_bytes(plain.read_bytes()[:-200] + b"WARC/1.0\r\nbroken")
    docs = list(read_inputs([str(plain)]))
    assert docs[0].url == "https://news.example/0" and not docs[0].error


@pytest.mark.parametrize("cut, problem", [(60, "bytes early"), (200, "bytes early"), (330, "inside its headers"),
                                          (450, "inside its headers")])
def test_a_warc_gz_cut_inside_its_last_record_fails_that_page_by_name(tmp_path, cut, problem):
    path, docs = _cut_four(tmp_path, cut)
    assert [d.url for d in docs[:3]] == [f"https://news.example/{k}" for k in range(3)]
    assert not any(d.error for d in docs[:3]) and len(docs) == 4
    last = docs[3]          # warcio stops at the cut without an error: the reader says the page is cut short
    assert last.source == f"{path}:4" and "WARC record 4 is cut short" in last.error and problem in last.error
    again = list(reread([f"{path}:4"]))
    assert len(again) == 1 and "cut short" in again[0].error


def test_a_warc_gz_cut_inside_a_record_header_is_an_error_not_a_crash(tmp_path):
    path, docs = _cut_four(tmp_path, 400)
    assert [d.url for d in docs[:3]] == [f"https://news.example/{k}" for k in range(3)]
    assert docs[-1].source == str(path) and "cannot read past WARC record 3" in docs[-1].error


def test_ingest_records_the_cut_page_as_a_failure_naming_the_file(tmp_path, run_cli):
    path = tmp_path / "cut.warc.gz"
    _archive(path, _pages(["Durban", "Tema"]))
    path.write_bytes(path.read_bytes()[:-100])
    db = tmp_path / "v.db"
    status, _, err = run_cli("ingest", path, "--db", db, "--quiet")
    assert status == 1 and "1 new, 0 already stored, 1 failed" in err
    assert f"{path}:2: WARC record 2 is cut short" in err
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT source FROM failures").fetchall() == [(f"{path}:2",)]
