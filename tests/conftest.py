"""Shared fixtures. The spaCy model and the gazetteer load once per test session."""
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "samples")
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


@pytest.fixture(scope="session")
def pipeline():
    from vigil import Options, Pipeline
    return Pipeline(Options())


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture(scope="session")
def gazetteer(pipeline):
    return pipeline.gazetteer


@pytest.fixture
def run_cli(capsys):
    """Run `vigil ARGS...` in-process; returns (exit status, stdout, stderr)."""
    from vigil.cli import main

    def run(*args):
        try:
            status = main([str(a) for a in args])
        except SystemExit as e:
            status = e.code
        out, err = capsys.readouterr()
        return status, out, err
    return run


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL server of the tests' own (tests/pg_server.py), started once, stopped at the end."""
    from pg_server import Server
    server = Server().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request, tmp_path):
    """A new, empty store's --db target: a SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "v.db")
    server = request.getfixturevalue("postgres")
    return server.create("t_" + tmp_path.name.lower().replace("-", "_")[:50])


@pytest.fixture(scope="session")
def gaz():
    """The gazetteer, loaded once for the geo tests."""
    from vigil.geo import load_gazetteer
    return load_gazetteer()


@pytest.fixture(scope="session")
def blank():
    """A blank English pipeline: a tokenizer and nothing else."""
    import spacy
    return spacy.blank("en")
