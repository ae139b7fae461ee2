"""The package's YAML data files read through vigil.datafile give what PyYAML's safe loader gives."""
import glob
import os

import yaml

from vigil.datafile import read_yaml

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "vigil", "data")


def test_every_data_file_reads_the_same_as_the_safe_loader():
    files = sorted(glob.glob(os.path.join(DATA, "*.yaml")))
    assert len(files) >= 3
    for path in files:
        with open(path, encoding="utf-8") as f:
            assert read_yaml(path) == yaml.safe_load(f), path


def test_a_file_with_unsafe_tags_is_refused(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("x: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    try:
        read_yaml(str(path))
    except yaml.YAMLError:
        return
    raise AssertionError("an unsafe tag was loaded")
