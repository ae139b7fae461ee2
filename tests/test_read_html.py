"""The HTML reader: fallbacks, paragraphs, headline and dateline, JSON-LD, recorded boilerplate.

Every page here is written for these tests.
"""
import json

import pytest

from vigil.clean import clean
from vigil.read import read_inputs
from vigil.read import boilerplate, pagemeta
from vigil.read.html import main_text, parse_html, union
from vigil.read.text import DocError

BODY = [
    "Dock workers walked off the job at the container terminal in Port Elizabeth on Tuesday morning, "
    "halting the loading of at least six ships bound for Europe and Asia.",
    "The transport union said about 1,200 members had joined the stoppage after talks over a new wage "
    "agreement broke down late on Monday without a date for further meetings.",
    "A spokesperson for the port authority said contingency plans were in place and that refrigerated "
    "cargo would be moved first once work resumed.",
    "Police officers were posted at the main gate but reported no arrests by the afternoon, when several "
    "hundred strikers marched along the harbour road singing and carrying placards.",
]


def page(head="", before="", paras=BODY, after="", outside=""):
    ps = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head>{head}</head><body><header><a href='/'>Home</a> <a href='/news'>News</a></header>"
            f"{outside}<article>{before}{ps}{after}</article>"
            "<footer><a href='/about'>About us</a> <a href='/jobs'>Jobs</a></footer></body></html>")


def read(tmp_path, html, name="page.html"):
    p = tmp_path / name
    p.write_text(html, encoding="utf-8")
    (raw,) = read_inputs([str(p)])
    assert raw.error is None, raw.error
    return raw


def test_paragraphs_are_kept_one_per_block(tmp_path):
    raw = read(tmp_path, page(head="<title>Dockers strike</title>"))
    assert raw.text.split("\n\n") == BODY
    art = clean(raw)
    assert art.text.split("\n\n") == BODY
    start = art.text.index("The transport union")
    assert art.text[start - 2:start] == "\n\n"


def test_headline_is_the_h1_matching_the_title_not_the_logo(tmp_path):
    head = "<title>Dockers strike at Port Elizabeth terminal | The Harbour Gazette</title>"
    logo = "<h1>The Harbour Gazette</h1>"
    raw = read(tmp_path, page(head=head, outside=logo, before="<h1>Dockers strike at Port Elizabeth terminal</h1>"))
    assert raw.title == "Dockers strike at Port Elizabeth terminal"
    assert raw.text.startswith("Dock workers walked off")
    assert {"text": "Dockers strike at Port Elizabeth terminal", "reason": "headline repeated in the body"} \
        in raw.removed


def test_date_printed_beside_the_headline_wins_over_the_head_metadata(tmp_path):
    head = ('<title>Dockers strike at Port Elizabeth</title>'
            '<meta property="article:published_time" content="2023-11-02T08:00:00Z">')
    before = "<h1>Dockers strike at Port Elizabeth</h1><p class='meta'>By Thandi Mokoena | Updated March 5, 2024</p>"
    raw = read(tmp_path, page(head=head, before=before))
    assert raw.published == "2024-03-05"
    without = read(tmp_path, page(head=head, before="<h1>Dockers strike at Port Elizabeth</h1>"), "b.html")
    assert without.published == "2023-11-02"


def test_metadata_from_json_ld_alone(tmp_path):
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Harbour Gazette"},
        {"@type": "NewsArticle", "headline": "Dockers strike at Port Elizabeth",
         "datePublished": "2024-03-05T07:30:00+02:00", "author": [{"@type": "Person", "name": "Thandi Mokoena"}],
         "publisher": {"@type": "Organization", "name": "The Harbour Gazette"}}]}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    raw = read(tmp_path, page(head=head))
    assert raw.title == "Dockers strike at Port Elizabeth"
    assert raw.published == "2024-03-05"
    assert raw.byline == "Thandi Mokoena"
    assert raw.outlet == "The Harbour Gazette"


def test_json_ld_reader_names_and_nesting():
    from trafilatura.utils import load_html
    ld = [{"@type": "BreadcrumbList", "name": "Home > News"},
          {"@type": ["Thing", "ReportageNewsArticle"], "headline": "Ferry crew &amp; port staff walk out",
           "datePublished": "2024-04-01", "author": ["Sipho Dlamini", {"name": "Lerato Khumalo"}]}]
    tree = load_html(f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script>'
                     '<script type="application/ld+json">{not json</script></head><body><p>x</p></body></html>')
    assert pagemeta.json_ld(tree) == {"headline": "Ferry crew & port staff walk out", "published": "2024-04-01",
                                      "author": "Sipho Dlamini, Lerato Khumalo"}


def test_an_article_the_extractor_skips_comes_through_the_baseline(tmp_path):
    # the report sits in a container named like a comment section, which trafilatura leaves out
    ps = "".join(f"<p>{p}</p>" for p in BODY)
    html = f"<html><body><div id='comments' class='comments'>{ps}</div></body></html>"
    doc, text, how = main_text(html)
    assert how == "trafilatura baseline"
    raw = read(tmp_path, html)
    assert raw.text.split("\n\n") == BODY


def test_an_article_in_an_aside_comes_through_favor_recall(tmp_path):
    ps = "".join(f"<p>{p}</p>" for p in BODY)
    html = f"<html><body><aside>{ps}</aside></body></html>"
    doc, text, how = main_text(html)
    assert how == "trafilatura favor_recall"
    assert read(tmp_path, html).text.split("\n\n") == BODY


def test_the_same_text_cut_differently_is_not_doubled(tmp_path):
    ps = "".join(f"<p>{p}</p>" for p in BODY)
    raw = read(tmp_path, f"<html><body><nav><article>{ps}</article></nav></body></html>")
    assert raw.text.split("\n\n") == BODY


def test_a_page_with_no_article_still_fails_by_name(tmp_path):
    with pytest.raises(DocError, match="HTML page has no article text"):
        parse_html("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>", "nav.html")


def test_boilerplate_is_dropped_and_recorded(tmp_path):
    after = ("<p>Sign up for our morning briefing and get the top stories in your inbox.</p>"
             "<p>© 2024 The Harbour Gazette. All rights reserved.</p>")
    before = "<p>Posted in Business, Labour | March 5, 2024 | 4 Comments</p>"
    raw = read(tmp_path, page(before=before, after=after))
    art = clean(raw)
    assert art.text.split("\n\n") == BODY
    reasons = {r["reason"]: r["text"] for r in art.removed}
    assert reasons["copyright notice"] == "© 2024 The Harbour Gazette. All rights reserved."
    assert reasons["newsletter sign-up"].startswith("Sign up for our morning briefing")
    assert reasons["page stamp"].startswith("Posted in Business")
    assert art.contract()["removed"] == [dict(r) for r in art.removed]


@pytest.mark.parametrize("para, reason", [
    ("Copyright 2023 Coastline Media Group", "copyright notice"),
    ("Daily Briefing Newsletter", "newsletter sign-up"),
    ("Subscribe now for unlimited access to local reporting.", "newsletter sign-up"),
    ("We may earn a commission when you buy through links on our site.", "affiliate disclosure"),
    ("Last updated: 12 June 2024 14:05", "page stamp"),
])
def test_each_boilerplate_kind(para, reason):
    assert boilerplate.kind_of(para) == reason


@pytest.mark.parametrize("para", [
    "The union said its members had subscribed to a strike fund created in 2019.",
    "Police said the warehouse, last modified in May 2021, was empty when the fire started.",
    "Organisers said they would sign up volunteers for a second march on Friday.",
    "The court heard that the company's copyright claim was rejected in 2022 after a long review of the case.",
    BODY[0],
])
def test_report_sentences_are_not_boilerplate(para):
    assert boilerplate.kind_of(para) is None


def test_union_keeps_both_extractors_lines_in_page_order():
    assert union("alpha\ngamma\ndelta", "alpha\nbeta\ngamma") == "alpha\nbeta\ngamma\ndelta"
    assert union("alpha beta\ngamma", "alpha\nbeta\ngamma") == "alpha beta\ngamma"
    assert union("a\nb\nc", "a\nb\nc") == "a\nb\nc"
    assert union("", "x\ny") == "x\ny"


@pytest.mark.parametrize("text, expected", [
    ("Updated Mar 12, 2020 @ 10:42 am", ["2020-03-12"]),
    ("Last updated 04 Jun 2020, originally created 17 Jun 2019", ["2020-06-04", "2019-06-17"]),
    ("posted 2021/09/19 by the desk", ["2021-09-19"]),
    ("20th Feb, 2020", ["2020-02-20"]),
    ("in 2020 and on 31 February 2021", []),
])
def test_find_dates(text, expected):
    assert [d for _, d in sorted(pagemeta.find_dates(text))] == expected


def test_paragraphs_only_trafilaturas_own_extractor_found_are_kept(monkeypatch):
    # trafilatura may swap its own result for another algorithm's; lines only its own had stay, in place
    import types
    import trafilatura
    lead, middle, end = BODY[0] * 3, BODY[1], BODY[2] * 3
    found = {False: f"{lead}\n{end}", True: f"{lead}\n{middle}\n{end}"}

    def fake(html, fast=False, **kw):
        return types.SimpleNamespace(text=found[fast])
    monkeypatch.setattr(trafilatura, "bare_extraction", fake)
    doc, text, how = main_text("<html></html>")
    assert text.split("\n") == [lead, middle, end]
    assert how == "trafilatura with its own extractor's paragraphs"
