"""Places taken (CODEBOOK 5 and 8): whether a territory word has a place as its object, and whether
the draft tells of fighting for it. Who holds the place before and after decides the sub-type
(classify.territory_subtype): an armed group that takes it by fighting overtakes territory, the state
that takes it back regains it, and a place handed over or taken with no fight is a non-violent
transfer."""
from __future__ import annotations

from ... import docindex
from .signals import cue

PLACE_NOUNS = cue("place_nouns")
FIGHT_WORDS = cue("fight_words")
BAR_VERBS = cue("bar_verbs")
TAKE_NONSTATE = cue("take_nonstate")
FORCE_MOVES = cue("force_moves")
TAKE_FROM = cue("take_from")
TRY = cue("try")


def taken_place(doc, d, classes=("territory_gov", "territory_nonstate"), through=("of", "over"),
                named=False, tried=False) -> bool:
    """Does a territory word ("took control of", "captured", "retook") have a place as its object,
    or, for "fell to", as its subject? "3 militants were captured" takes no territory. ``classes``: the signal classes
    read; ``through``: prepositions that may stand between the word and its place; ``named``: a proper
    name after the preposition counts as the place ("pulled out of Manbij"); ``tried``: read only the
    takings that were tried, not done (``_tried``), and those only."""
    return any(True for _ in taking_words(doc, d, classes, through, named, tried))


def taking_words(doc, d, classes=("territory_gov", "territory_nonstate"), through=("of", "over"), named=False,
                 tried=False):
    """The territory words of the draft that have a place as their object (taken_place)."""
    toks = docindex.tokens(doc)
    known = None   # the places the gazetteer knows, read only when a proper name needs them
    for c, phrase, s, e in d.signals:
        if c not in classes:
            continue
        word = toks[s]
        if _tried(word) != tried:
            continue  # "tried to wrest control of the town", "attempted to seize the base": no change of hands
        if any(x.dep_ == "nsubjpass" and x.ent_type_ not in ("GPE", "LOC", "FAC") and x.lower_ not in PLACE_NOUNS
               for x in word.children):
            continue  # "three militants were captured"
        if c == "territory_nonstate" and word.lemma_.lower() in TAKE_NONSTATE and not any(
                x.dep_ == "dobj" and (place_word(x) or (x.pos_ == "PROPN" and x.idx in (
                    known := _known_places(doc) if known is None else known))) for x in word.children):
            continue  # "armed men seized a member of Tripoli's council": a person, not the place named after
            # ("seized Wad Madani": a town the gazetteer knows, whatever the tagger called it)
        if word.tag_ == "VBN" and any(x.dep_ == "nsubjpass" and place_word(x) for x in word.children):
            yield word  # "a police checkpoint was overrun by militants": the place is the subject
            continue
        if word.lemma_.lower() == "fall" and any(
                x.dep_ == "nsubj" and any(place_word(t) for t in x.subtree) for x in word.children):
            yield word  # "the town of X fell to the militants": the place is the subject
            continue
        via, name = (through + ("from", "out"), True) if phrase in TAKE_FROM else (through, named)
        for t in toks[e:e + 14]:
            if t.text in (".", ";") or (t.dep_ in ("prep", "agent") and t.lower_ not in via):
                break
            if place_word(t) or (name and t.pos_ == "PROPN" and t.dep_ == "pobj"):
                yield word  # "took control of the hill villages of Beit Rahma and Wadi Sour"
                break
            if t.pos_ == "PROPN" and t.dep_ in ("dobj", "pobj") and (
                    t.dep_ == "dobj" or t.head.lower_ in ("of", "over")):
                known = _known_places(doc) if known is None else known
                if t.idx in known:
                    yield word  # "regained control of Lalibela": a town the gazetteer knows, the tagger called a person
                    break
            if "control" in phrase and t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in ("of", "over") \
                    and t.ent_type_ not in ("PERSON", "NORP"):
                yield word  # "took control of Nyabiondo": control is held over a place, a name the tagger missed
                break


def _known_places(doc) -> frozenset:
    """The character offsets where the places the report names begin (clauses.unit_place keeps them):
    towns and divisions the gazetteer knows, whatever entity type the tagger gave the name."""
    starts = doc.user_data.get("vigil_place_starts")
    return frozenset(p.start for p in starts[1] if p.feature != "country") if starts else frozenset()


def takers(doc, d, mentions, country=None) -> frozenset:
    """The inter codes of the actors that take the place: the subject of a territory word that has a
    place as its object ("al-Shabaab overran an army base", "the base was overrun by militants"), not
    whoever else the draft names as acting ("5 soldiers killed"). CODEBOOK 5: who takes the place
    decides the sub-type (state forces regain territory; a non-state group or a foreign state's forces
    overtake it); ``country``: the report's, where another state's forces are external (8)."""
    out = set()
    for word in taking_words(doc, d):
        verb = word
        while not any(x.dep_ in ("nsubj", "nsubjpass", "agent") for x in verb.children) and verb.dep_ in (
                "conj", "xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head  # "attacked and took control of the base": the subject of "attacked"
        doers = [x for x in verb.children if x.dep_ == "nsubj"] or [
            p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        for x in doers:
            span = (x.left_edge.i, x.right_edge.i + 1)
            out.update(8 if e.inter == 1 and country and e.country and e.country != country else e.inter
                       for e in (m.entries[0] for m, _ in mentions if span[0] <= m.start < span[1])
                       if e.armed and e.inter)
    return frozenset(out)


def _tried(word) -> bool:
    """A taking only tried (CODEBOOK 5: territory changes hands only where the report says it did): the
    word, or the verb it is the object of, the infinitive of "try", "attempt" or "seek" ("tried to seize
    the town", "attempted to take control of the base"), or of a failed attempt ("a failed attempt to
    take over the town"). "In an attempt to retake the town" tells a purpose, not the outcome."""
    t = word
    if t.dep_ in ("dobj", "pobj") and t.head.pos_ == "VERB":
        t = t.head   # "wrest control of": the verb
    elif t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "VERB":
        t = t.head.head
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in TRY and t.head.pos_ == "VERB" or (
            t is not word and t.lemma_.lower() in TRY and t.pos_ == "VERB"):
        return True   # the second: "tried to wrest control of", the tagger's "to" a preposition
    return t.dep_ == "acl" and t.head.lemma_.lower() in TRY and any(
        c.dep_ == "amod" and c.lower_ in ("failed", "foiled", "unsuccessful", "abortive") for c in t.head.children)


def ceded_place(doc, d) -> bool:
    """Does a word of handing over or leaving have a place as its object ("withdrew from the town",
    "handed over their positions", "pulled out of the village")? "handed over the bodies" and
    "withdrew the charges" cede no territory (CODEBOOK 8: a place handed over or abandoned)."""
    return taken_place(doc, d, ("transfer",), ("of", "over", "from"), named=True)


def barred_force(doc, d) -> bool:
    """Does one force bar another's patrol, convoy or column ("prevented a patrol from entering the
    town", "blocked the road in front of the convoy")? A standoff with no one hurt, no other
    sub-type fits it: CODEBOOK 8's Other."""
    if BAR_VERBS.isdisjoint(docindex.word_sets(doc)[1]):
        return False   # no verb of barring in the document (most have none)
    toks = docindex.tokens(doc)
    for s, e in d.ranges:
        for t in toks[s:e]:
            if t.lemma_.lower() in BAR_VERBS and t.pos_ == "VERB" and any(
                    x.lower_ in FORCE_MOVES for x in t.subtree if s <= x.i < e and x.i > t.i):
                return True
    return False


def place_word(t) -> bool:
    return t.ent_type_ in ("GPE", "LOC", "FAC") or t.lower_ in PLACE_NOUNS


def fought_over(doc, d) -> bool:
    """Does the draft tell of fighting, in its asides too ("seized the town after a gun battle with
    soldiers", "following an assault on army positions")? Territory changes hands "by the fighting"
    (CODEBOOK 5) where the report says there was some; a fight it says did not happen ("without a
    fight", "there was no fighting") is none."""
    lows, lemmas = docindex.word_sets(doc)
    if FIGHT_WORDS.isdisjoint(lemmas) and lows.isdisjoint(("exchange", "exchanges")):
        return False   # no word of fighting in the document, nor an exchange of fire
    toks = docindex.tokens(doc)
    for s, e in d.ranges:
        for t in toks[s:e]:
            if exchange_of_fire(t):
                return True   # "occupied the village after a short exchange of fire with the militia"
            if t.lemma_.lower() in FIGHT_WORDS and not any(a.lower_ == "without" for a in (t.head, t.head.head)) and not any(
                    c.dep_ in ("neg", "det") and c.lower_ in ("no", "not", "never") for c in t.children):
                return True
    return False


def exchange_of_fire(t) -> bool:
    """Is the token the "exchange" of "an exchange of fire" or "exchanges of gunfire"?"""
    doc = t.doc
    return t.lower_ in ("exchange", "exchanges") and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" and (
        doc[t.i + 2].lower_ in ("fire", "gunfire"))
