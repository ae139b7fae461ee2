"""The claim ledger: golden cases in golden_claims/claims.yaml."""
import os
import types

import pytest
import yaml

from vigil.extract import claims, counts

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = yaml.safe_load(open(os.path.join(HERE, "golden_claims", "claims.yaml"), encoding="utf-8"))


def run(nlp, text, outlet=None):
    doc = nlp(text)
    art = types.SimpleNamespace(id="t", country=None, outlet=outlet)
    return doc, claims.extract_claims(doc, counts.find_counts(doc), art)


def fits(c, x):
    who = f"{c.claimant.name} | {c.claimant.canonical}".lower()
    checks = [c.kind == x["kind"], c.claimant.type == x["type"]]
    for key in ("value", "low", "high", "qualifier"):
        if key in x:
            checks.append(getattr(c, key) == x[key])
    if "claimant" in x:
        checks.append(c.claimant.name is None if x["claimant"] is None else x["claimant"].lower() in who)
    if "cue" in x:
        checks.append((c.cue or "").lower() == x["cue"].lower())
    return all(checks)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_claim(nlp, case):
    doc, found = run(nlp, case["text"], case.get("outlet"))
    for x in case["expect"]:
        assert any(fits(c, x) for c in found), (x, found)
    for c in found:
        assert c.event_id is None
        assert c.evidence and all(0 <= e.start < e.end <= len(doc.text) for e in c.evidence)


def test_claim_ids_are_stable(nlp):
    _, a = run(nlp, "Police said 12 people were arrested.")
    _, b = run(nlp, "Police said 12 people were arrested.")
    assert [c.id for c in a] == [c.id for c in b] and a[0].id.startswith("c-")


@pytest.mark.parametrize("name,kind", [("the interior ministry", "state"), ("army spokesman", "state"),
                                       ("the ruling party", "party"), ("Reuters", "media"),
                                       ("United Nations agencies", "international"), ("rights group", "ngo")])
def test_claimant_type_fallback(name, kind):
    assert claims.claimant_type(name) == kind
