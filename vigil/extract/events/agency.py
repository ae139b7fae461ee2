"""Which actor mentions belong to an event draft (not the labels doers give their victims, not
kinsmen, not 'anti-X' modifiers, but the attacker of "following an attack by X"), and each
mention's role from the parse: agent, patient, other, or source (who only tells of the event:
"police said", "according to officials", "the Houthi-run ministry said"; a source is never an actor of
the event). Not in a draft either: the groups a charge about earlier attacks names, "no group", a police
station that names the area a place lies in ("under Sadar police station"), and a group named in a record of
many deeds in another sentence ("the Houthis have laid mines widely"). Forces that die, or whose vehicle strikes
a mine, are the ones hit; so are the forces that hold the post attacked ("a post manned by soldiers") and the
armed group whose depot is struck ("a Hezbollah weapons depot"). What a strike was aimed at, when it hit something
else ("a strike aimed at bandits hit villagers"), has the role "aim": no part in the event.
Forces a state body calls its own ("Russia's defence ministry said its forces ...") are that state's.

roles.py fills actor1 and actor2 from these mentions and their parts.
"""
from __future__ import annotations

import dataclasses

from ... import docindex
from .. import actors as actor_dict
from .attribution import ATTACK_NOUNS, OWN_DEED, _habitual
from .clauses import starting_in
from .signals import cue

AMBIGUOUS_CROWD = cue("ambiguous_crowd")
QUANTITY = cue("quantity")
GROUP_HEADS = cue("group_heads")


def draft_mentions(doc, d, mentions, topic=frozenset()) -> list:
    """Actor mentions in the draft's clauses, leaving out background ("amid ...") and modifiers
    ("anti-government")."""
    return [_speakers_own(doc, m) for m in starting_in(doc, mentions, d.ranges)
            if (m.start not in topic or _attacker(doc, d, m))
            and not _label(span := docindex.span(doc, m.start, m.end)) and not _kin_of(span) and not _past_charge(span)
            and not _jurisdiction(span) and not _record(d, span)
            and not (m.start > 0 and doc[m.start - 1].lower_ == "no")  # "no group claimed it": nobody named
            and not (m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ in ("anti", "pro")
                     and (doc[m.start - 2].lower_ == "anti" or doc[m.end - 1].lower_ not in actor_dict.FORCE_WORDS
                          and not (m.end < len(doc) and doc[m.end].lower_ in GROUP_HEADS)))]


def _speakers_own(doc, m):
    """ "Russia's defence ministry said its forces had captured the village", "Israel's military said its aircraft
    struck": forces named with "its" or "their" in the words of a state body are that state's (CODEBOOK actor codes:
    forces of another state acting in the event's country are external forces), not the forces of the country
    where the event took place; a state body named with its country ("Russia's defence ministry") is that
    country's. The mention with that country, or the mention as it was."""
    root, e = docindex.span(doc, m.start, m.end).root, m.entries[0]
    if not (e.generic and e.inter == 1 and not e.country):
        return m
    demonyms = actor_dict.load()["demonyms"]
    named = next((demonyms[c.lower_] for c in root.children if c.dep_ == "poss" and c.lower_ in demonyms), None)
    if named is not None:  # "Russia's defence ministry": the ministry of the country named
        return _of_country(m, named)
    if not e.armed or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in root.children):
        return m
    verb = root
    for _ in range(8):
        if verb.lemma_.lower() in REPORT_VERBS and verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_.lower() not in REPORT_VERBS:
        return m
    code = next((demonyms[t.lower_] for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                 if t.lower_ in demonyms), None)
    return m if code is None else _of_country(m, code)


def _of_country(m, code):
    """Mention m with every dictionary entry given the country ``code``."""
    return dataclasses.replace(m, entries=tuple(dataclasses.replace(x, country=code) for x in m.entries))


SUSPICION = cue("suspicion")
RECORD_ADVERBS = cue("record_adverbs")
RECORD_AMOUNTS = cue("record_amounts")


def _record(d, span) -> bool:
    """ "Demining workers say the Houthis have laid mines widely", "the army has taken over hundreds of Hezbollah
    positions": a group named in a record of many deeds told in the present perfect, in a sentence of the draft
    other than the one that tells its event, is background (CODEBOOK actor codes: the actors are those of this
    event), not its doer or its target."""
    doc, verb = span.doc, span.root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return False
    if d.signals and docindex.sent_of(verb).start == docindex.sent_of(doc[min(x[2] for x in d.signals)]).start:
        return False  # "gunmen have killed dozens of villagers in X": the event's own sentence
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]  # "widely across"
    return any(c.dep_ == "advmod" and c.lower_ in RECORD_ADVERBS for c in near) or any(
        t.lower_ in RECORD_AMOUNTS for c in verb.children if c.dep_ in ("dobj", "prt") for t in c.subtree)


STATION_AREA = {"limits", "limit", "area", "jurisdiction"}


def _jurisdiction(span) -> bool:
    """ "a village under Sadar police station", "within the limits of Kotwali police station", "under Koya police
    station limits": a police station that names the area a place lies in (South Asian reports) is a place, not
    a party to the event (CODEBOOK actor codes: actors act or are acted on). "Stormed the district police post"
    keeps its police."""
    doc, end = span.doc, span.end
    if end >= len(doc) or doc[end].lower_ not in ("station", "stations"):
        return False
    if end + 1 < len(doc) and doc[end + 1].lower_ in STATION_AREA:
        return True
    k = span.start - 1
    while k >= max(0, span.start - 4) and doc[k].is_title and doc[k].lower_ not in ("under", "within"):
        k -= 1  # the station's own name: "under Dhing Police Station"
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in STATION_AREA:
        k -= 2  # "within the limits of ...", "under the jurisdiction of ..."
        while k >= 0 and doc[k].lower_ == "the":
            k -= 1
    return k >= 0 and doc[k].lower_ in ("under", "within")


def _attacker(doc, d, m) -> bool:
    """ "policemen were killed following an attack by militants": the attacker of a background attack
    noun is the doer of the draft's harm (not in a protest, whose topic an attack is)."""
    root = docindex.span(doc, m.start, m.end).root
    if root.dep_ != "pobj" or root.head.lower_ != "by" or root.head.head.lemma_.lower() not in ATTACK_NOUNS:
        return False
    return not any(c in ("protest", "strike", "symbolic", "intervention", "riot") for c, _, _, _ in d.signals)


def _label(span) -> bool:
    """ "beat two men on suspicion of being robbers", "accused of being thieves", "branded them as
    thieves": a name the doers gave their victims, not a party to the event."""
    doc, k, glued, first = span.doc, span.start - 1, False, max(
        docindex.sent_of(span.doc[span.start]).start, span.start - 6)
    while k >= first:
        t = doc[k]
        if t.lemma_.lower() in SUSPICION or t.lower_ in SUSPICION:
            return glued  # "suspected militiamen torched a truck": they did it
        glued = glued or t.lower_ in ("of", "being", "be", "as", "to")
        if t.lower_ not in LABEL_GLUE and t.pos_ != "ADJ":
            return _charged_with(span.root)
        k -= 1
    return _charged_with(span.root)


def _charged_with(root) -> bool:
    """ "accused him of feeding insurgents", "on suspicion of links to rebels": the group named in the
    charge against the victim takes no part in the event."""
    t, through = root, False
    for _ in range(5):
        if t.dep_ not in ("dobj", "pobj", "pcomp", "prep", "compound", "conj", "amod") or t.head.i == t.i:
            return False
        through = through or (t.dep_ == "prep" and t.lower_ in ("of", "for"))
        t = t.head
        if through and (t.lemma_.lower() in SUSPICION or t.lower_ in SUSPICION):
            return True
    return False


KIN = cue("kin")


def _kin_of(span) -> bool:
    """ "the children of freedom fighters", "the son of a police officer": a kinsman names who the
    person is, the kin take no part in the event."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in KIN


def _past_charge(span) -> bool:
    """ "officials have in the past accused both X and Y of using drones", "often blame X": the groups a
    charge about earlier attacks names take no part in this one."""
    root = span.root
    while root.dep_ in ("compound", "amod", "poss", "conj") and root.head.i != root.i:
        root = root.head
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("on", "upon") else root.head
    verb = verb.head if verb.dep_ == "aux" else verb  # "commanders have ... accused": a misparse's subject of "have"
    return root.dep_ in ("dobj", "pobj", "nsubj") and verb.lemma_.lower() in ("accuse", "blame", "suspect") and (
        _habitual(verb))  # the accusers too: "commanders have in the past accused X" tells of no party here


LABEL_GLUE = cue("label_glue")
MEMBER_WORDS = cue("member_words")


REPORT_VERBS = cue("report_verbs")
REPORT_OR_BELIEF = REPORT_VERBS | {"believe", "think"}   # united once, not at each call
ARMED_TARGETS = cue("armed_targets") | {"station", "stations", "barracks", "bunker", "bunkers"}  # "a police station"
BLAME = {"blame", "attribute"}
UNDER_FIRE = {"fire", "attack", "gunfire", "shelling", "assault", "bombardment"}


def _source(root) -> bool:
    """Does the mention only tell of the event ("police said", "according to officials", "the army's
    spokesman told reporters")? Not when its own words follow ("the army said it killed ...")."""
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in REPORT_VERBS and (
            root.head.head.pos_ == "VERB"):
        return True  # "was blamed by officials", "were confirmed by the police": they tell of it
    up = root
    for _ in range(3):  # "a police spokesman said", "the Houthi-run health ministry said"
        if up.dep_ not in ("compound", "poss", "amod", "npadvmod") or up.head.i == up.i:
            break
        up = up.head
        if up.dep_ == "nsubj":
            root = up
            break
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in REPORT_VERBS:
        return False
    if any(c.dep_ == "nsubj" and root.i < c.i < verb.i for c in verb.children):
        return False  # two subjects, a misparse ("strikes hit ..., emergency services said"): the nearer tells
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")] or [  # "announced in a message circulated on
        t for t in verb.subtree if t.i > verb.i and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)]
    # apps that it was banning ...": the that-clause a misparse hangs lower down is still what the verb tells
    subjects = [s for c in said for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    own = [s for s in subjects if (s.lower_ in OWN_DEED or any(p.dep_ == "poss" and p.lower_ in OWN_DEED
                                                              for p in s.children)) and not _ran_onto_a_mine(s.head)]
    return not own and not any(c.dep_ == "xcomp" for c in said)  # "the army said its aircraft struck": its deed


def _under_fire(verb) -> bool:
    """ "came under fire", "came under attack"."""
    return verb.lemma_.lower() == "come" and any(c.dep_ == "prep" and c.lower_ == "under" and any(
        g.lemma_.lower() in UNDER_FIRE for g in c.children) for c in verb.children)


MINES = {"ied", "ieds", "mine", "mines", "landmine", "landmines", "device", "devices", "explosive", "explosives", "bomb"}


def _passing(verb) -> bool:
    """ "as the convoy passed", "while the patrol was travelling": a clause of motion that times the blast."""
    return verb.lemma_.lower() in ("pass", "travel", "drive", "move") and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("as", "when", "while") for c in verb.children)


def _ran_onto_a_mine(verb) -> bool:
    """ "the convoy struck an IED", "their vehicle hit a landmine", "a patrol ran over a mine": the one
    who meets a hidden bomb is its target (CODEBOOK 6), not the one who set it."""
    lemma = verb.lemma_.lower()
    if lemma in ("strike", "hit"):
        return any(c.dep_ == "dobj" and (c.lower_ in MINES or any(g.dep_ == "compound" and g.lower_ in MINES
                                                                  for g in c.children)) for c in verb.children)
    return lemma in ("run", "step", "drive") and any(c.dep_ in ("prep", "prt") and c.lower_ in ("over", "on", "onto") and any(
        g.dep_ == "pobj" and g.lower_ in MINES for g in c.children) for c in verb.children)


def role(doc, m) -> str:
    """agent | patient | source | aim | other, from the mention's syntactic head (source: it tells of the
    event and takes no part in it; aim: what the attack was aimed at, when it hit something else)."""
    root = docindex.span(doc, m.start, m.end).root
    while root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head  # "Amajid Brigade and Resistance forces took": both are doers
    if _source(root):
        return "source"
    if _aimed_only(root):
        return "aim"
    if root.dep_ == "nsubjpass" and root.head.lemma_.lower() in REPORT_OR_BELIEF and any(
            c.dep_ == "xcomp" for c in root.head.children):
        return "agent"  # "air strikes were reported to have targeted", "gunmen are believed to have fled": the doers
    if root.dep_ == "pobj" and root.head.lower_ == "from" and (
            root.head.head.lemma_.lower() in UNDER_FIRE or _under_fire(root.head.head)):
        return "agent"  # "came under fire from armed men": they fired
    if root.dep_ == "dobj" and root.head.lemma_.lower() in BLAME or (
            root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in BLAME):
        return "agent"  # "the ministry blamed the RSF", "attributed the attack to dissidents": the named doer
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() == "fall" and \
            root.head.head.lower_ != "falls":
        return "agent"  # "the town fell to the rebels": they took it (CODEBOOK 5)
    if root.dep_ in ("compound", "poss", "amod") and root.head.dep_ in ("dobj", "pobj", "nsubjpass") and (
            root.head.lemma_.lower() in ARMED_TARGETS or root.head.lower_ in ARMED_TARGETS) and not (
            root.head.dep_ == "pobj" and root.head.head.lower_ in ("by", "from", "according", "as")):
        return "patient"  # "struck Hamas positions", "attacked a police post": the force hit
    if _owner_of_object(m, root):
        return "patient"  # "struck a Hezbollah weapons depot": the armed group whose property is hit
    subj = root.head if root.dep_ in ("compound", "poss") else root
    if subj.dep_ == "nsubj" and subj.head.lemma_.lower() in ("die", "perish"):
        return "patient"  # "two rangers died when a bomb went off": the dead are its victims
    if subj.dep_ == "nsubj" and _passing(subj.head):
        return "patient"  # "the bomb went off as the rangers' vehicle passed": the passers-by are hit
    if subj.dep_ == "nsubj" and (_under_fire(subj.head) or _ran_onto_a_mine(subj.head)):
        return "patient"  # "a police patrol came under attack", "an army convoy struck an IED": it was hit
    if _harmed_in_headline(doc, m):
        return "patient"  # "Soldiers killed in Cabo Delgado": a headline's passive, told without its auxiliary
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "nsubj" and (
            root.head.head.like_num or root.head.head.lower_ in QUANTITY):
        root = root.head.head  # "Hundreds of residents set fire": the residents act
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in MEMBER_WORDS and (
            root.head.head.dep_ in ("nsubj", "ROOT")):
        return "agent"  # "members of the Special Security forces opened fire": the forces act
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        return "other"  # "fighters (known as the Hill Brigade)", "men identified as X": a name, not a target
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ("comprise", "include") and root.head.dep_ == "acl":
        return "agent"  # "security forces comprising the army and the CRPF": the doer's own units
    if _holder(root):
        return "patient"  # "stormed a post manned by soldiers": the soldiers are attacked with their post
    if _owner(root):
        return "other"  # "a device found in a shed leased by a shopkeeper": he owns the place, no more
    if root.dep_ in ("nsubj", "csubj") or (root.dep_ == "pobj" and root.head.lower_ == "by"):
        return "agent"
    if root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN"):
        return "agent"  # a misparse that made the verb an adjective ("supporters ... assaulted supporters")
    if root.dep_ in ("compound", "amod", "poss") and root.head.dep_ in ("nsubj",):
        return "agent"
    if root.dep_ in ("dobj", "nsubjpass", "pobj", "attr", "appos", "conj"):
        return "patient"
    return "other"


HEADLINE_HARM = cue("headline_harm")
HEADLINE_MAX_WORDS = 12


def _harmed_in_headline(doc, m) -> bool:
    """ "Soldiers killed in Cabo Delgado", "Two policemen shot dead in Kano", "Jawan injured in Naxal attack": a
    headline writes the passive without its auxiliary (and the active in the present tense: "Gunmen kill 4"). A
    harm verb's participle right after the people, with no object after it (a place, a cause or the line's end
    follows), in a heading line (a few words that end no sentence) makes them the ones harmed, not the doers
    (CODEBOOK actor codes: actor1 is the one who acts, actor2 the one acted on). Read from the words, not the
    parse, which often runs a headline into the lead below it; prose keeps its auxiliaries, so a sentence is
    never read so."""
    if m.end >= len(doc):
        return False
    verb = doc[m.end]
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in HEADLINE_HARM or not _heading_line(verb):
        return False
    k = m.end + 1
    if k < len(doc) and doc[k].lower_ in ("dead", "to"):
        k += 1 + (doc[k].lower_ == "to")          # "shot dead", "hacked to death"
    return k >= len(doc) or "\n" in doc[k - 1].whitespace_ + doc[k].text or doc[k].tag_ in ("IN", ",", ":") or (
        doc[k].is_punct)


def _heading_line(tok) -> bool:
    """Is the token in a line of its own of a few words that ends no sentence (a headline)?"""
    text = tok.doc.text
    a, b = text.rfind("\n", 0, tok.idx) + 1, text.find("\n", tok.idx)
    line = text[a:b if b >= 0 else len(text)].strip()
    return 0 < len(line.split()) <= HEADLINE_MAX_WORDS and line[-1] not in ".!?;:\"”’'"


AIM_VERBS = cue("aim_verbs")


def _aimed_only(root) -> bool:
    """Is the mention only what a strike or fire was aimed at, while the clause's verb hits something else ("a
    strike aimed at bandits hit villagers", "a drone strike targeting militants struck a wedding party", "fire
    aimed at rebel positions hit a market")? CODEBOOK actor codes: actor2 is the one acted on, the one hit, not
    the one the attacker meant to hit. Role "aim": no part in the event."""
    t = root
    while t.dep_ in ("compound", "amod", "poss") and t.head.i != t.i:
        t = t.head  # "rebel positions"
    if t.dep_ == "pobj" and t.head.lower_ in ("at", "against"):
        t = t.head.head
    elif t.dep_ == "dobj":
        t = t.head
    else:
        return False
    if t.dep_ != "acl" or t.lemma_.lower() not in AIM_VERBS:
        return False
    weapon, verb = t.head, t.head.head
    return weapon.dep_ == "nsubj" and verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children)


def _owner_of_object(m, root) -> bool:
    """Is the mention an armed group named as the owner of what the event's verb acts on ("jets struck a Hezbollah
    weapons depot", "bombed a Boko Haram logistics hub", "hit a PKK ammunition store")? CODEBOOK actor codes:
    actor2 is the one acted on, and the group whose depot or camp is hit is hit with it; so is the force whose
    vehicle or team is hit ("ambushed a police team"), beyond the posts and convoys of the armed_targets cue list."""
    entries = getattr(m, "entries", None)  # elaboration._acts asks about a bare span: no dictionary entry, no owner
    if not entries or not entries[0].armed or root.dep_ not in ("compound", "poss", "nmod"):
        return False
    top = root.head
    while top.dep_ == "compound" and top.head.i != top.i:
        top = top.head  # "Hezbollah weapons depot": up to "depot"
    return top.pos_ == "NOUN" and (top.dep_ == "dobj" and top.head.pos_ == "VERB"
                                   or top.dep_ == "pobj" and top.head.lower_ in AIMED_AT)


HOLDER_VERBS = cue("holder_verbs")
AIMED_AT = {"on", "at", "into", "onto", "against", "toward", "towards", "upon"}


def _holder(root) -> bool:
    """Is the mention the holder of what the event's verb acts on, named in a by-phrase of a participle on its
    object ("stormed a post manned by soldiers", "ambushed a convoy escorted by troops", "shelled positions held
    by the army")? CODEBOOK actor codes: actor2 is the one acted on, and those who hold the place or vehicle hit
    are hit with it. Not the by-phrase of the clause's own verb ("was attacked by gunmen"), nor one on its
    subject ("drones operated by the group struck")."""
    if root.dep_ != "pobj" or root.head.lower_ != "by":
        return False
    part = root.head.head
    held = part.head  # the post, the convoy: what the verb acts on, not where fire comes from ("shells fired from
    # hills held by M23": M23 fires)
    return part.dep_ == "acl" and part.tag_ == "VBN" and part.lemma_.lower() in HOLDER_VERBS and (
        held.dep_ == "dobj" or held.dep_ == "pobj" and held.head.lower_ in AIMED_AT)


OWNER_VERBS = cue("owner_verbs")


def _owner(root) -> bool:
    """Is the mention only the owner or tenant of a place, named in a by-phrase of a participle on it ("found in
    a shed leased by a shopkeeper", "a house owned by a councillor")? The by-phrase is not the clause's own verb's
    doer (CODEBOOK actor codes: actor1 acts): the owner takes no part in the event."""
    if root.dep_ != "pobj" or root.head.lower_ != "by":
        return False
    part = root.head.head
    return part.dep_ == "acl" and part.tag_ == "VBN" and part.lemma_.lower() in OWNER_VERBS


def is_crowd(m) -> bool:
    e = m.entries[0]
    if not e.crowd:
        return False
    return m.text.lower() not in AMBIGUOUS_CROWD or not e.generic


def _doer_fallback(doc, d, roles) -> list:
    """When the parse names no doer (a long apposition between subject and verb: "supporters of an
    MP, contesting the elections as an independent, opened fire"), the first actor named before the
    first event word of its sentence is the doer. First, a teller of the event whose own words name
    no event of the draft ("police said they were investigating") is its source, not its doer."""
    roles = [(m, "source" if r == "agent" and _tells_other_deed(doc, d, m) else r) for m, r in roles]
    if not d.signals or any(r == "agent" for _, r in roles):
        return roles
    first = min(x[2] for x in d.signals)
    verb = doc[first]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return roles  # "had his car struck by gunfire": the one named first is the victim
    sent = docindex.sent_of(verb)
    for k, (m, r) in enumerate(roles):
        if r == "other" and sent.start <= m.start < first:
            return roles[:k] + [(m, "agent")] + roles[k + 1:]
    return roles


def _tells_other_deed(doc, d, m) -> bool:
    """ "Police said they were investigating": the subject of a reporting verb whose own clause is
    about something other than the draft's event words."""
    root = docindex.span(doc, m.start, m.end).root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in REPORT_VERBS:
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    words = {i for _, _, s, e in d.signals for i in range(s, e)}
    deeds = [t for c in said for t in [c, *(x for x in c.children if x.dep_ in ("xcomp", "conj", "dobj"))]]
    return bool(said) and not any(t.i in words for t in deeds)


SWEEP_VERBS = cue("sweep_verbs")
SWEEP_PHRASES = tuple(cue("sweep_phrases"))
AFTER_VERBS = cue("after_verbs")


def _verb_words(verb) -> set:
    """The verb and the verbs it carries ("went ... searching", "raided and searched")."""
    return {verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.children if c.dep_ in ("xcomp", "advcl", "conj"))}


def after_the_fact(doc, d, roles) -> list:
    """ "Police arrived at the scene an hour later. Two men were found shot dead": a force named only as the
    subject of a verb of coming or finding (cue list after_verbs), in a sentence of the draft that tells
    none of its event words, came after the event: it is no party to it (CODEBOOK actor codes: actor1 is
    the one who acts). It stays in the draft as a source of the report."""
    told = None   # the sentences that tell an event word: read only for such a subject (most drafts have none)
    out = []
    for m, r in roles:
        root = docindex.span(doc, m.start, m.end).root
        while root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
            root = root.head  # "soldiers and National Guard troops who reached the area found": both came after
        if r == "agent" and root.dep_ == "nsubj" and _came_after(root.head):
            if told is None:
                told = {docindex.sent_of(doc[s]).start for _, p, s, _ in d.signals
                        if p not in AFTER_VERBS and not _came_after(doc[s]) and not _what_was_found(doc[s])}
            if docindex.sent_of(root).start not in told:
                r = "source"
        out.append((m, r))
    return out


BODY_TAKING = cue("body_taking_verbs")
BODY_NOUNS = cue("body_words")


def _came_after(verb) -> bool:
    """Is ``verb`` one of coming or finding (cue list after_verbs), or one of taking away whose object is the dead
    ("police picked up the bodies", "soldiers evacuated the corpses"; cue list body_taking_verbs)? CODEBOOK 7:
    people found killed are an attack by the killers the report names, or by unidentified ones: those who find,
    collect or carry the dead did not kill them."""
    lemma = verb.lemma_.lower()
    return lemma in AFTER_VERBS or lemma in BODY_TAKING and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in BODY_NOUNS or c.lower_ in BODY_NOUNS) for c in verb.children)


def _what_was_found(t) -> bool:
    """Is the event word t what a verb of coming or finding has as its object ("soldiers who reached the area
    found six bodies", "police recovered the bodies of two men", "the bodies of 12 civilians killed by
    jihadists", "the bodies of four men with gunshot wounds": the dead and how they died)? It tells what those
    who came after saw, not a deed of theirs (CODEBOOK actor codes: actor1 is the one who acts)."""
    for _ in range(6):
        if t.dep_ not in ("conj", "compound", "amod", "nummod", "pobj", "prep", "acl") or t.head.i == t.i:
            break
        t = t.head
    return t.dep_ == "dobj" and _came_after(t.head)


def sweep_doer(doc, d, roles, mentions):
    """ "Soldiers went from house to house in the village. Seven civilians were shot dead in their homes": a
    killing told in the passive with no doer of its own, right after a sentence of the same paragraph in
    which an armed force raids, searches or storms (cue lists sweep_verbs, sweep_phrases), is that force's
    deed (CODEBOOK actor codes: actor1 is the one who acts, named by the report the sentence before).
    The mention of that force, or None."""
    if not d.signals or any(r == "agent" or m.entries[0].armed for m, r in roles):
        return None
    verb = doc[min(x[2] for x in d.signals)]
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    sent = docindex.sent_of(verb)
    k = sent.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or "\n" in docindex.text(doc)[doc[k].idx:sent.start_char]:
        return None  # the report's first sentence, or another paragraph
    prev = docindex.sent_of(doc[k])
    for m in mentions:
        root = docindex.span(doc, m.start, m.end).root
        subj = root.head if root.dep_ == "compound" else root  # "Army units searched ..."
        if prev.start <= m.start < prev.end and m.entries[0].armed and subj.dep_ == "nsubj" and (
                _verb_words(subj.head) & SWEEP_VERBS
                or any(p in docindex.span(doc, subj.head.left_edge.i, subj.head.right_edge.i + 1).text.lower()
                       for p in SWEEP_PHRASES)):
            return m
    return None
