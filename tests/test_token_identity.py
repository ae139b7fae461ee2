"""spaCy makes a new Token object each time one is asked for (``doc[i]``, ``t.head``), so ``t.head is t``
is never true, not even at a sentence's root: a walk up the tree guarded by it never stops at the root
(it runs to its depth limit), and a test for "is the root" never passes. Tokens are compared by index."""
import pathlib
import re

from vigil import nlp

IDENTITY = re.compile(r"\b(\w+)\.head is (not )?\1\b")


def test_a_root_is_its_own_head_by_index_not_by_identity():
    doc = nlp.load()("Police fired tear gas at the marchers in the capital.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.head.i == root.i
    assert root.head is not root       # why identity cannot be used: a new object each time


def test_no_rule_compares_a_token_with_its_head_by_identity():
    package = pathlib.Path(nlp.__file__).parent
    found = [f"{path.relative_to(package)}:{n}" for path in sorted(package.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if IDENTITY.search(line)]
    assert found == []
