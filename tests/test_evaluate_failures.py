"""A document the pipeline fails on is counted and named by every `vigil eval` scorer, and the command
exits with status 1: a crash must never pass as "no event found" (a merge of two branches once left an
extractor raising on every article with a bomb at a police post, and the golden-article score simply
dropped, with "0 failed" printed)."""
import json

import pytest

import vigil.extract


@pytest.fixture
def crashing(monkeypatch):
    """The extraction raises on any text that mentions a checkpoint, and works on the rest."""
    real = vigil.extract.extract_record

    def extract_record(doc, *a, **kw):
        if "checkpoint" in doc.text:
            raise AttributeError("a deliberate fault for this test")
        return real(doc, *a, **kw)
    monkeypatch.setattr(vigil.extract, "extract_record", extract_record)


def _snippets(tmp_path):
    rows = [{"id": "s1", "text": "Soldiers fired on a crowd at a checkpoint in Goma on Monday, killing two people.",
             "published": "2024-03-05", "event_type": "Violence against civilians", "sub_event_type": "Attack",
             "status": "reported", "actor1_inter": 1, "actor2_inter": 7, "fatalities": 2},
            {"id": "s2", "text": "Hundreds of teachers marched in Nairobi on Tuesday to demand higher pay.",
             "published": "2024-03-06", "event_type": "Protests", "sub_event_type": "Peaceful protest",
             "status": "reported", "actor1_inter": 6, "actor2_inter": None, "fatalities": 0}]
    path = tmp_path / "snippets.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_snippet_scores_name_the_failed_document(tmp_path, pipeline, crashing):
    from vigil import evaluate
    m = evaluate.evaluate_snippets(str(_snippets(tmp_path)), pipeline)
    assert len(m["failed"]) == 1 and "snippets.jsonl:1" in m["failed"][0] and "AttributeError" in m["failed"][0]
    assert evaluate.report_snippets(m).startswith("FAILED documents      1")


def test_articles_scores_name_the_failed_document(tmp_path, pipeline, crashing):
    from vigil import evaluate
    folder = tmp_path / "articles"
    folder.mkdir()
    for k, text in enumerate(["A car bomb exploded at an army checkpoint in Mogadishu on Sunday, officials said.",
                              "Farmers blocked the main road in Ludhiana on Friday to protest against a new law."]):
        (folder / f"a-{k}.json").write_text(json.dumps({
            "id": f"a-{k}", "published": "2024-05-02", "text": text,
            "events": [{"event_type": "Protests", "sub_event_type": "Peaceful protest", "status": "reported",
                        "location": "Ludhiana", "date": "2024-05-01"}]}), encoding="utf-8")
    m = evaluate.evaluate_articles(str(folder), pipeline)
    assert len(m["failed"]) == 1 and "AttributeError" in m["failed"][0]
    assert "FAILED documents      1" in evaluate.report_articles(m)


def test_eval_command_exits_one_when_a_document_failed(tmp_path, run_cli, crashing):
    status, out, err = run_cli("eval", "snippets", "--data", _snippets(tmp_path), "--quiet")
    assert status == 1 and "FAILED documents" in out and "failed:" in err and "snippets.jsonl:1" in err


def test_eval_command_exits_zero_when_all_were_processed(tmp_path, run_cli):
    status, out, _ = run_cli("eval", "snippets", "--data", _snippets(tmp_path), "--quiet")
    assert status == 0 and "FAILED" not in out and "snippets              2" in out
