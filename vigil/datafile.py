"""The package's YAML data files (vigil/data/*.yaml), parsed with libyaml's C loader when PyYAML has
it (about ten times faster than the pure-Python one: the actor dictionary parsed in 0.33 s of every
run's start-up) and the pure-Python safe loader otherwise; the same data either way."""
from __future__ import annotations


def read_yaml(path: str):
    """The safe-loaded content of the YAML file at ``path``."""
    import yaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=loader)  # noqa: S506 - a safe loader, C or Python
