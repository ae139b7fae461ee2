"""pipeline.settle: once the models are loaded, what is alive is frozen for the garbage collector."""
import gc

from vigil import pipeline


def test_settle_freezes_once_per_process(monkeypatch):
    calls = []
    monkeypatch.setattr(pipeline, "_SETTLED", False)
    monkeypatch.setattr(pipeline.gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(pipeline.gc, "collect", lambda *a: calls.append("collect") or 0)
    pipeline.settle()
    pipeline.settle()
    assert calls == ["collect", "freeze"]


def test_a_block_settles_the_process(monkeypatch):
    from vigil.read.text import parse_plain
    monkeypatch.setattr(pipeline, "_SETTLED", False)
    rec, = pipeline.Pipeline().run_block([parse_plain("Police arrested two protesters in Nairobi on Monday.",
                                                      "t", title_line=False)])
    assert pipeline._SETTLED and gc.get_freeze_count() > 0
    assert rec.article is not None
