"""Fuzzing the readers: random bytes, random JSON and randomly nested HTML never raise; every input
gives records that are either a document (text, no error) or a named failure (error, no text).

Driven by hypothesis (pinned in the test extras).
"""
import json
import os
import tempfile

from vigil.read import read_inputs, read_stream

SUFFIXES = (".txt", ".html", ".json", ".jsonl", ".jsonl.gz")
TAGS = ("div", "p", "article", "span", "section", "b", "table", "td", "script", "h1", "li", "ul")

from hypothesis import HealthCheck, given, settings, strategies as st


def _check_docs(docs, source_prefix):
    assert docs, "no record at all"
    for d in docs:
        assert d.source.startswith(source_prefix), d.source
        if d.error is not None:
            assert isinstance(d.error, str) and d.error.strip() and d.text is None, d
        else:
            assert isinstance(d.text, str) and d.text.strip(), d


def check_file(data: bytes, suffix: str):
    import gzip
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "doc" + suffix)
        with open(path, "wb") as f:
            f.write(gzip.compress(data) if suffix.endswith(".gz") else data)
        _check_docs(list(read_inputs([path], max_bytes=1 << 20)), path)


def check_stream(data: bytes):
    import io
    _check_docs(list(read_stream(io.BytesIO(data), "stdin", max_bytes=1 << 20)), "stdin")


def json_line(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


def html_page(tree) -> bytes:
    def render(node):
        if isinstance(node, str):
            return node.replace("<", "&lt;")
        tag, children = node
        return f"<{tag}>" + "".join(render(c) for c in children) + f"</{tag}>"
    return ("<html><body>" + render(tree) + "</body></html>").encode("utf-8")


scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=80)
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20)
documents = st.fixed_dictionaries({}, optional={"text": json_values, "html": json_values, "id": json_values,
                                                "title": json_values, "published": json_values})
trees = st.recursive(st.text(max_size=60), lambda inner: st.tuples(st.sampled_from(TAGS),
                                                                   st.lists(inner, max_size=4)), max_leaves=30)
quick = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

@quick
@given(st.binary(max_size=3000), st.sampled_from(SUFFIXES))
def test_random_bytes(data, suffix):
    check_file(data, suffix)
    check_stream(data)

@quick
@given(st.lists(json_values | documents, min_size=1, max_size=5))
def test_random_json(values):
    lines = b"\n".join(json_line(v) for v in values)
    check_file(lines, ".jsonl")
    check_file(json_line(values[0]), ".json")
    check_stream(lines)

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees)
def test_random_html_nesting(tree):
    check_file(html_page(tree), ".html")
    check_file(json_line({"html": html_page(tree).decode("utf-8")}), ".jsonl")
