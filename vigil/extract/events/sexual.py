"""Sexual violence done by the draft's doers, as opposed to sexual violence named as the reason for
something else (CODEBOOK 7: Violence against civilians / Sexual violence; ACLED codes it by the act,
whoever commits it, a mob included, where CODEBOOK 4 would otherwise make a mob's harm mob violence).

- ``sexual_act(doc, d)``: a rape or sexual-assault word of the draft is the main act of its sentence
  ("a mob sexually assaulted a woman", "two women were raped by the crowd", "stripped, paraded and
  molested her", also as a source reports it), not the accusation a lynching answers ("lynched a man accused of rape", "beat a man
  who had raped a girl", "over the alleged rape of a girl").
"""
from __future__ import annotations


def sexual_act(doc, d) -> bool:
    for cls, _, s, _ in d.signals:
        if cls != "sexual":
            continue
        t = doc[s]
        if t.pos_ != "VERB" and t.dep_ not in ("ROOT", "conj"):
            t = t.head   # "gang-raped" split at its hyphen: the verb is the word's head
        while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
            t = t.head   # "stripped, paraded and molested": the first verb of the chain
        if t.pos_ in ("VERB", "AUX") and (t.dep_ == "ROOT" or t.dep_ in ("ccomp", "parataxis") and t.head.dep_ == "ROOT"):
            return True   # the sentence's act, or the act a source reports ("..., police said")
    return False


def crowd_violator(f):
    """The crowd who committed the draft's sexual violence ("a mob sexually assaulted a woman"): the acting
    crowd or mob (rioters, CODEBOOK actor codes 5) where no armed actor acts, else None (an armed group's, or
    nobody named: the rules' unidentified perpetrator stands). Not a crowd the report makes up: only the
    mention the draft names as the doer."""
    if not f.sexual_act or any(r == "agent" and m.entries[0].armed for m, r in f.mentions):
        return None
    return next((m for m, r in f.mentions if r == "agent" and (m.entries[0].crowd or m.entries[0].inter == 5)), None)
