"""What a mob acts on. CODEBOOK 4 names "a crowd torching a police post" as mob violence, and CODEBOOK
actor codes make actor2 the one acted on: when the crowd's own verb acts on state forces (storms their
post, burns their station, stones their officers), those forces are actor2, not a bystander the report
names in the same draft (a man the police shot before the crowd gathered)."""
from __future__ import annotations

from ... import docindex


def _verb_above(tok):
    """The nearest verb above a token ("the police post" -> "stormed")."""
    return next((t for t in tok.ancestors if t.pos_ == "VERB"), None)


def _crowd_did(verb, crowd) -> bool:
    """Is the verb's doer (its subject, or the "by" agent of a passive) among the crowd's tokens? A verb with
    no doer of its own takes the one of the verb it is joined to ("beat him and then attacked the post");
    any subject counts, as the parser reads a fronted "Hours later" as one."""
    while True:
        doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if doers or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return any(t.i in crowd for d in doers for t in d.subtree)
        verb = verb.head


def stormed_force(doc, f):
    """The state force (its mention) that a crowd named as the draft's doer acts on, or None: "a crowd
    stormed the gendarmerie post", "villagers besieged the police camp", "the station was torched by a
    mob". Not forces that another verb acts on ("a mob lynched a man suspected of killing a policeman"), nor
    forces named after others the crowd attacked ("a mob attacked health workers and police")."""
    crowd = {i for m, r in f.mentions if r == "agent" and (m.entries[0].crowd or m.entries[0].inter in (5, 6))
             for i in range(m.start, m.end)}
    for m, r in f.mentions:
        e = m.entries[0]
        if r != "patient" or e.inter != 1 or not e.armed:
            continue
        root = docindex.span(doc, m.start, m.end).root
        if root.dep_ == "conj":  # "attacked health workers and police": the first the report names is actor2
            continue
        verb = _verb_above(root)
        if verb is not None and _crowd_did(verb, crowd):
            return m
    return None
