import dataclasses
import json
import os
import re

import pytest

from vigil import config
from vigil.errors import ConfigError
from conftest import ROOT


def _readme_settings() -> dict:
    """The README's settings table: name -> default cell."""
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    rows = {}
    for line in readme.splitlines():
        m = re.match(r"\| `(\w+)` \| ([^|]*) \|", line)
        if m:
            rows[m.group(1)] = m.group(2).strip().strip("`")
    return rows


def test_every_setting_is_documented_in_readme_with_its_default():
    rows = _readme_settings()
    missing = [s.name for s in config.SETTINGS if s.name not in rows]
    assert not missing, f"settings missing from README.md's settings table: {missing}"
    for s in config.SETTINGS:
        shown = ("none" if s.default is None else str(s.default).lower() if s.type is bool else str(s.default))
        assert rows[s.name] == shown or (s.default is None and rows[s.name].startswith("~")), (s.name, rows[s.name])
    assert set(rows) == {s.name for s in config.SETTINGS}, "README lists a setting that does not exist"


def test_options_flags_and_help_are_generated_from_the_one_declaration(run_cli):
    assert [f.name for f in dataclasses.fields(config.Options)] == [s.name for s in config.SETTINGS]
    assert config.Options() == config.Options(**config.DEFAULTS)
    _, out, _ = run_cli("ingest", "--help")
    flat = " ".join(out.split())
    for name in ("db", "batch_size", "workers", "published", "country", "model_dir", "time_limit", "max_bytes"):
        s = config.BY_NAME[name]
        assert s.flag in flat and " ".join(s.help.split()) in flat, name
    assert "postgresql://" in config.BY_NAME["db"].help and "SQLite only" not in config.BY_NAME["db"].help


def test_bad_values_are_usage_errors_not_tracebacks(tmp_path, monkeypatch, run_cli):
    monkeypatch.setenv("VIGIL_BATCH_SIZE", "-5")
    with pytest.raises(ConfigError, match="VIGIL_BATCH_SIZE: batch_size must be at least 1"):
        config.load()
    monkeypatch.delenv("VIGIL_BATCH_SIZE")
    status, out, err = run_cli("extract", "--batch-size", "-5", tmp_path / "none.txt")
    assert status == 2 and "batch_size must be at least 1" in err and "Traceback" not in err
    monkeypatch.setenv("VIGIL_PROGRESS", "maybe")
    status, out, err = run_cli("stats", "--db", tmp_path / "x.db")
    assert status == 2 and "VIGIL_PROGRESS: progress must be true or false" in err and "hint:" in err


def test_layers_defaults_file_env_flags(tmp_path, monkeypatch):
    f = tmp_path / "c.toml"
    f.write_text('db = "from-file.db"\nbatch_size = 8\ncountry = "NG"\n')
    monkeypatch.setenv("VIGIL_CONFIG", str(f))
    monkeypatch.setenv("VIGIL_BATCH_SIZE", "16")
    opts = config.load(country="KE", db=None)
    assert (opts.db, opts.batch_size, opts.country, opts.workers) == ("from-file.db", 16, "KE", 1)


def test_unknown_setting_in_file_is_an_error(tmp_path, monkeypatch):
    f = tmp_path / "c.toml"
    f.write_text('colour = "red"\n')
    monkeypatch.setenv("VIGIL_CONFIG", str(f))
    with pytest.raises(ConfigError, match=r"unknown setting\(s\) colour"):
        config.load()


def test_max_bytes_flag_fails_a_document_over_it_and_names_it(tmp_path, run_cli):
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text("Teachers marched in Nairobi on Tuesday to demand unpaid wages.", encoding="utf-8")
    big.write_text("Teachers marched in Nairobi on Tuesday. " * 50, encoding="utf-8")
    status, out, err = run_cli("extract", "--quiet", "--max-bytes", "500", "--time-limit", "60", small, big)
    assert status == 1 and "big.txt" in err and "too large" in err and "small.txt" not in err
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(records) == 2 and "too large" not in json.dumps(records[0]) and "too large" in json.dumps(records[1])
