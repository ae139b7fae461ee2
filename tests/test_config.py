import os

from vigil import config
from conftest import ROOT


def test_every_setting_is_documented_in_readme():
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    missing = [s.name for s in config.SETTINGS if f"`{s.name}`" not in readme]
    assert not missing, f"settings missing from README.md: {missing}"


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
    try:
        config.load()
    except ValueError as e:
        assert "unknown setting(s) colour" in str(e)
    else:
        raise AssertionError("unknown setting accepted")
