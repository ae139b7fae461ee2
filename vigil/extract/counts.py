"""Counts of people in a report: killed, injured, arrested, executed, detained,
missing, participants (and "other" people counts).

``find_counts(doc)`` walks the tokens once. A number is a digit token ("12",
"1,000", "1.5"), number words ("twelve", "two hundred"), a vague word that the
ACLED codebook gives a value ("dozens" = 12, "hundreds" = 100, "scores" = 20,
"several" = 3 ...), a range ("10-20", "between 10 and 20") or an indefinite
person ("a man was killed" = 1). Its kind comes from the words after it up to
the next number or clause break ("1,000 have died, 4,000 injured, and 12,000
arrested"), else from the verb just before it ("killing three"). A verb wins
over a participant noun ("twelve demonstrators were arrested" is arrested), a
list shares the kind named at its end ("5 soldiers and 3 civilians were
killed"), asides are skipped ("15 fighters, including a commander, were
killed"), and the subject of an active verb is no victim ("two gunmen killed a
man"). Numbers that are part of a date, a time, an age, a year or a measure
are never counts.

Works on any tokenised doc (``spacy.blank("en")`` included): it reads only
``lower_``, ``text``, ``idx`` and ``like_num``.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Optional

from .. import docindex
from .numbers import TENS, UNITS, VAGUE, digit_number, parse_number, qualifier_before, range_after

KINDS = ("killed", "injured", "arrested", "executed", "detained", "missing", "participants", "other")
# vague words that count people only when a kind is named ("some 30 were killed")
VAGUE_NEEDS_KIND = {"some", "many", "several", "few", "multiple", "numerous", "both"}
BREAKS = frozenset({".", ";"})    # tokens that end a clause for find_counts (it forgets the kind before)

KIND_WORDS = {
    "killed": "killed dead die died dies dying death deaths killing kill kills fatality fatalities fatally "
              "lives life bodies body corpses slain murdered shot-dead perished toll lynched beheaded massacred "
              "succumbed succumbing",
    "injured": "injured injuring injure injures wounded wounding wounds hurt injuries injury hospitalised "
               "hospitalized casualties maimed",
    "arrested": "arrested arresting arrest arrests apprehended nabbed rounded",
    "detained": "detained detaining detention detentions custody held jailed imprisoned",
    "executed": "executed executing execution executions hanged",
    "missing": "missing abducted abducting kidnapped kidnapping disappeared unaccounted hostage hostages",
    "participants": "protesters protestors demonstrators marchers participants rallied marched gathered "
                    "protested demonstrated attended joined strikers rioters activists took staged",
}
KIND_OF = {w: k for k, ws in KIND_WORDS.items() for w in ws.split()}
# Words that only make a participants count when the group is the subject of a protest verb.
PERSON_WORDS = set("people persons person individuals men women children civilians residents villagers locals "
                   "students workers farmers members supporters soldiers troops policemen officers militants "
                   "fighters rebels insurgents others of them villagers worshippers passengers teachers doctors "
                   "journalists youths youth man woman child boy boys girl girls labourers laborers traders victims "
                   "protesters demonstrators police personnel guards family relatives migrants refugees "
                   "activists tribesmen miners nurses employees staff others gunmen attackers assailants bandits "
                   "terrorists jihadists".split())
SINGULAR_PERSON = set("attacker bomber assailant gunman "
                      "man woman child boy girl civilian person resident villager student soldier policeman "
                      "officer militant fighter farmer worker teacher journalist youth driver trader "
                      "member activist leader guard teenager victim perpetrator suspect prisoner inmate "
                      "detainee protester demonstrator farmer passenger terrorist jihadist bandit insurgent rebel".split())
NOT_COUNT_AFTER = set("january february march april may june july august september october november december "
                      "jan feb mar apr jun jul aug sep sept oct nov dec am pm a.m. p.m. hours hour minutes "
                      "% percent per km kilometres kilometers miles metres meters kg years-old year-old "
                      "o'clock gmt utc st nd rd th degrees point points days day weeks week months month".split())
NOT_COUNT_BEFORE = set("january february march april may june july august september october november december "
                       "jan feb mar apr jun jul aug sep sept oct nov dec no. no number route article section "
                       "aged age rs tk $ usd € £ ward sector page chapter highway km".split())
STOP_WORDS = set("; : ( ) [ ] while but after before when where which who including among "
                 "from on in at by during since".split())
SOFT_STOP = {",", "and", "or"}
CLAUSE_SKIP = set("have has had been be being were was are is reportedly reported allegedly believed "
                  "confirmed feared said thought to and others of them other people persons were".split())
LIST_SKIP = set(", and".split())


@dataclass(frozen=True)
class Count:
    start: int                     # char offset of the whole count phrase
    end: int
    text: str
    kind: str                      # one of KINDS
    value: Optional[int]
    low: Optional[int] = None
    high: Optional[int] = None
    qualifier: Optional[str] = None
    vague: bool = False
    num_start: int = -1            # token index of the number (helps callers find the clause)


def is_not_count(tokens, i, j, value):
    """A date, time, year, age, measure, ordinal or money amount, not a count of people."""
    prev = tokens[i - 1].lower_ if i > 0 else ""
    nxt = tokens[j].lower_ if j < len(tokens) else ""
    if nxt in NOT_COUNT_AFTER or prev in NOT_COUNT_BEFORE:
        return True
    if nxt == "-" and j + 1 < len(tokens) and tokens[j + 1].lower_ in ("year", "years", "point", "member", "hour", "day",
                                                                       "week", "month", "minute", "km", "metre", "meter"):
        return True
    if nxt.startswith("-year") or nxt.endswith("-old") or nxt in ("year", "years") and j + 1 < len(tokens) and tokens[j + 1].lower_ in ("old", "-", "ago"):
        return True
    if 1900 <= value <= 2100 and tokens[i].text.isdigit() and len(tokens[i].text) == 4:
        return nxt not in PERSON_WORDS and nxt not in KIND_OF
    return False


ADVERBS = set("also later all allegedly critically seriously severely badly fatally each both reportedly "
              "subsequently eventually then".split())
# How a death came, between a participant noun and its kind word: "four marchers were shot dead",
# "two protesters were beaten to death".
HOW = set("shot beaten hacked stabbed gunned burned burnt stoned tortured crushed run over to".split())
# unions read in loops, made once
ANY_PERSON, SKIPPABLE = PERSON_WORDS | SINGULAR_PERSON, CLAUSE_SKIP | ADVERBS | HOW
SOFT_STOP_OR_ARTICLE = SOFT_STOP | {"another", "a"}
ATTEMPT_WORDS = set("attempted attempt attempting tried try trying failed sought threatened threatening planned "
                    "plotted wanted vowed".split())
PARTICIPANT_NOUNS = set("protesters protestors demonstrators marchers participants strikers rioters activists".split())


def _list_continues(tokens, k) -> bool:
    """Does a list of counts go on at token k ("5 soldiers and 3 civilians were killed")?"""
    nxt = k + 1 if tokens[k].lower_ != "as" else k + 3
    if tokens[k].lower_ == "," and nxt < len(tokens) and tokens[nxt].lower_ == "and":
        nxt += 1
    if nxt < len(tokens) and tokens[nxt].lower_ in ("another", "a", "an", "one", "at", "some"):
        nxt += 1
    return nxt < len(tokens) and (tokens[nxt].like_num or digit_number(tokens[nxt]) is not None
                                  or tokens[nxt].lower_ in UNITS or tokens[nxt].lower_ in TENS)


APPOSITION_VERBS = set("was were had has have is are died".split())


def _aside_end(tokens, k):
    """Index after an aside inside a count phrase: "(2 men and 1 child)", "including a commander"
    when a verb follows ("15 militants including a commander were killed"), an apposition between
    commas before a verb ("one man, a farmer from the valley, was killed"); else 0."""
    w = tokens[k].lower_
    if w == "(":
        for m in range(k + 1, min(len(tokens), k + 14)):
            if tokens[m].text == ")":
                return m + 1
        return 0
    if w == "," and k > 0 and tokens[k - 1].lower_ in ANY_PERSON \
            and k + 1 < len(tokens) and tokens[k + 1].lower_ in ("a", "an", "the", "all", "both", "mostly", "most"):
        for m in range(k + 2, min(len(tokens), k + 14)):  # "one man, a volunteer from X, was killed"
            if tokens[m].text == ",":
                return m + 1 if m + 1 < len(tokens) and tokens[m + 1].lower_ in APPOSITION_VERBS else 0
            if tokens[m].text in (".", ";", "(", ")") or tokens[m].like_num:
                return 0
        return 0
    if w in ("including", "among"):
        for m in range(k + 1, min(len(tokens), k + 16)):
            if tokens[m].lower_ in ("were", "was", "have", "had", "are", "died", "dead"):
                return m
            if tokens[m].lower_ in STOP_WORDS or tokens[m].text in (".", ";"):
                return 0
    return 0


def _corpse(tokens, j, k) -> bool:
    """"5 bodies", "3 dead bodies", "2 bodies of", not "several garment workers' bodies" (unions)."""
    if k + 1 < len(tokens) and tokens[k + 1].lower_ in ("of", "were", "was", "have", "had", "found", "recovered"):
        return True
    return k == j or tokens[k - 1].lower_ in ("dead", "charred", "mutilated", "lifeless", "decomposed", "more",
                                               "unidentified", "unclaimed", "burnt", "burned", "other")


def _object_follows(tokens, k) -> bool:
    """Does an object follow a verb at token k ("killed a civilian", "shot dead 2 men")?"""
    if k < len(tokens) and tokens[k].lower_ in ("dead",):
        k += 1
    if k >= len(tokens):
        return False
    w = tokens[k].lower_
    return (w in ("a", "an", "the", "his", "her", "their", "its", "two", "three", "him", "them", "one", "several",
                  "dozens", "scores", "hundreds", "at", "many", "some", "four", "five")
            or digit_number(tokens[k]) is not None or w in PERSON_WORDS or w in SINGULAR_PERSON)


def kind_after(tokens, j, limit, crossed=None):
    """The kind named by the words after a number, up to a clause break. A list of counts shares
    the kind named at its end; a verb after a participant noun wins over the noun ("twelve
    demonstrators were arrested"). ``crossed`` (a list) learns whether the scan passed an "and";
    ``limit`` is unused (the scan stops at clause breaks and after 9 words)."""
    noun, skip_to, budget = None, j, 9
    for k in range(j, min(len(tokens), j + 30)):
        if k < skip_to:
            continue
        budget -= 1
        if budget < 0:
            break
        t = tokens[k]
        w = t.lower_
        aside = _aside_end(tokens, k)
        if aside:
            skip_to = aside
            continue
        if w in ("body", "bodies") and not _corpse(tokens, j, k):
            break
        if w in KIND_OF and not (w in ("took", "held") and k + 1 < len(tokens) and tokens[k + 1].lower_ in ("place",)):
            if KIND_OF[w] == "participants" and w in PARTICIPANT_NOUNS and noun is None:
                noun = (KIND_OF[w], k)
                continue
            if noun is not None and any(x.lower_ not in SKIPPABLE for x in tokens[noun[1] + 1:k]):
                return noun
            if noun is not None and KIND_OF[w] == "participants":
                return noun
            if KIND_OF[w] != "participants" and w.endswith("ed") and k > j and _object_follows(tokens, k + 1) \
                    and tokens[k - 1].lower_ not in ("was", "were", "been", "be", "being"):
                return (noun or (None, j)) if noun else (None, j)  # "two gunmen killed a civilian": the killers
            if k + 2 < len(tokens) and tokens[k + 1].lower_ == "and" and KIND_OF.get(tokens[k + 2].lower_) in (
                    "killed", "executed") and KIND_OF[w] != "injured":
                return KIND_OF[tokens[k + 2].lower_], k + 2  # "kidnapped and killed", "arrested and executed"
            return KIND_OF[w], k
        if w in ATTEMPT_WORDS or (w in ("no", "without", "not") and k > j) or w in (".", "!", "?"):
            break  # a full stop ends the count's phrase: "after three days of fighting. Fatalities ..."
        if w in ("of", "from") and j < k <= j + 2 and tokens[k - 1].lower_ in PERSON_WORDS:
            budget += 4  # "2 members of the regime's intelligence service were killed", "civilians from X town"
            continue
        if w in STOP_WORDS or (w in SOFT_STOP and k > j and tokens[k - 1].lower_ not in PERSON_WORDS
                               and tokens[k - 1].lower_ not in CLAUSE_SKIP and not _list_continues(tokens, k)
                               and not (w != "," and k + 1 < len(tokens) and tokens[k + 1].lower_ in KIND_OF)):
            break
        if w in SOFT_STOP and crossed is not None:
            crossed.append(k)
        if w in SOFT_STOP and _list_continues(tokens, k):
            budget = 9
        if (t.like_num or digit_number(t) is not None) and not (k > j and tokens[k - 1].lower_ in SOFT_STOP_OR_ARTICLE):
            break
        if t.is_sent_start and k > j:
            break
    return noun if noun is not None else (None, j)


LOSS_VERBS = set("lost lose loses losing neutralised neutralized neutralising neutralizing".split())
RISE = set("rose risen rises climbed climbs increased jumped mounted grew soared reached hit gone".split())
TOLL_WORDS = set("toll dead deaths fatalities killed".split())


def kind_before(tokens, i):
    """The kind named by a verb right before the number ("killing three", "arrested 12"), or by a
    toll that grew to it ("the death toll rose to 5", "the number of dead reached 9")."""
    k = i - 1 if i > 0 and tokens[i - 1].lower_ != "to" else i - 2
    if k >= 0 and tokens[k].lower_ in RISE and any(t.lower_ in TOLL_WORDS for t in tokens[max(0, k - 5):k]):
        return "killed"
    for k in range(i - 1, max(-1, i - 3), -1):
        w = tokens[k].lower_
        if w in KIND_OF and KIND_OF[w] != "participants":
            return KIND_OF[w]
        if w in LOSS_VERBS and any(t.lower_ in PERSON_WORDS or t.lower_ in SINGULAR_PERSON
                                   or t.lower_[:-1] in SINGULAR_PERSON for t in tokens[i:i + 5]):
            return "killed"  # "lost two fighters", "neutralised eight terrorists"; not "lost 20 seats"
        if w not in ("a", "the", "another", "further", "additional", "at", "least", "over", "some", "about",
                     "nearly", "around", "than", "more", "up", "to", "estimated", "an", "total", "of", "between"):
            return None
    return None


def next_number(tokens, j):
    for k in range(j, min(len(tokens), j + 12)):
        if tokens[k].is_sent_start and k > j:
            return k
        if digit_number(tokens[k]) is not None or tokens[k].lower_ in UNITS or tokens[k].lower_ in TENS:
            return k
    return min(len(tokens), j + 12)


def count_at(doc, tokens, i, prev_kind):
    """A Count for the quantity at token i, or None; ``prev_kind`` lets bare list items share a kind."""
    parsed = parse_number(tokens, i)
    if not parsed:
        return None
    value, j, vague = parsed
    if not vague and is_not_count(tokens, i, j, value):
        return None
    low = high = None
    between = i > 0 and tokens[i - 1].lower_ == "between"
    rng = range_after(tokens, j, value, between) if not vague else None
    if rng:
        low, (high, j) = value, rng
    qual, start_i = qualifier_before(tokens, i)
    if tokens[i].lower_ in VAGUE_NEEDS_KIND and tokens[i].lower_ == "some" and qual:
        return None
    if start_i > 0 and tokens[start_i - 1].lower_ == "between" and rng:
        start_i -= 1
    crossed = []
    kind, kind_i = kind_after(tokens, j, next_number(tokens, j), crossed)
    before = kind_before(tokens, start_i)
    if before and (kind in (None, "participants") or any(k < kind_i for k in crossed)
                   or tokens[start_i - 1].lower_ == "of"):
        kind, kind_i = before, (j if j < len(tokens) and tokens[j].lower_ in PERSON_WORDS else j - 1)
    personal = any(t.lower_ in PERSON_WORDS for t in tokens[j:j + 3]) and not any(
        t.lower_ in STOP_WORDS or t.is_punct for t in tokens[j:j + 3][:1])
    if kind is None and prev_kind and personal and is_bare_list_item(tokens, start_i, j) and not _speaks(tokens, j):
        kind = prev_kind
    if kind is None and personal:
        kind = "other"
    if kind is None or (vague and tokens[i].lower_ in VAGUE_NEEDS_KIND and kind == "other"):
        return None
    end_i = max(j, kind_i + 1) if kind_i >= j and kind_i - j < 9 else j
    if kind == "other":
        end_i = j + 1
    span = doc[start_i:end_i]
    return Count(start=span.start_char, end=span.end_char, text=span.text, kind=kind,
                 value=low if low is not None else value, low=low, high=high, qualifier=qual,
                 vague=vague, num_start=i), j


SPEECH = set("said say says told tell tells added recalled reported confirmed".split())


def _speaks(tokens, j) -> bool:
    """"..., a farmer was killed, two relatives said": the people who tell, not an item of the list."""
    return j + 1 < len(tokens) and tokens[j + 1].lower_ in SPEECH


def is_bare_list_item(tokens, start_i, j):
    """"..., 4,000 injured" handled by kind_after; this catches "5 from X and 3 from Y" lists."""
    return start_i > 0 and tokens[start_i - 1].lower_ in LIST_SKIP


def indefinite_person(doc, tokens, i, prev_kind=None):
    """"a man was killed", "a civilian died", "one person was injured": a count of 1; a person closing
    a list of counts shares its kind ("killing two soldiers and a civilian driver": ``prev_kind``, the
    kind of the count just before it, ``_list_kind``)."""
    if tokens[i].lower_ not in ARTICLES or i + 1 >= len(tokens):
        return None
    if tokens[i].lower_ in ("the", "he", "she"):
        return definite_person(doc, tokens, i)
    k = i + 1
    while k < len(tokens) and k < i + 7 and tokens[k].lower_ not in SINGULAR_PERSON:
        if tokens[k].lower_ in STOP_WORDS or (tokens[k].is_punct and tokens[k].text != "-"):
            return None
        k += 1
    if k >= len(tokens) or tokens[k].lower_ not in SINGULAR_PERSON:
        return None
    kind, kind_i = kind_after(tokens, k + 1, min(len(tokens), k + 6))
    if kind is None and prev_kind in LIST_KINDS and i > 0 and tokens[i - 1].lower_ in LIST_SKIP \
            and not _aside_end(tokens, i - 1):  # "one man, a guard from the village, was killed": one person
        m = k + 1
        while m < len(tokens) and tokens[m].lower_ in SINGULAR_PERSON:
            m += 1  # "a civilian driver"
        if m == len(tokens) or tokens[m].lower_ in LIST_END or tokens[m].is_punct:
            span = doc[i:m]
            return Count(start=span.start_char, end=span.end_char, text=span.text, kind=prev_kind, value=1,
                         num_start=i), m
    if kind is None or kind == "participants":
        return None
    if kind_i > k + 1 and tokens[k + 1].lower_ not in ("was", "were", "is", "has", "had", "got", "who", "reportedly"):
        return None
    span = doc[i:kind_i + 1]
    return Count(start=span.start_char, end=span.end_char, text=span.text, kind=kind, value=1, num_start=i), k + 1


LIST_KINDS = {"killed", "injured", "arrested", "detained", "missing", "executed"}
# Words that may follow the last person of a list: the list ends there ("... and a civilian in X").
LIST_END = set("and in on at near during while as when after before outside inside from".split())


def definite_person(doc, tokens, i):
    """"The victim died", "the nurse succumbed", "the officer was killed": one death (an
    earlier sentence named the person)."""
    if tokens[i].lower_ in ("he", "she"):
        return _pronoun_died(doc, tokens, i)
    if i + 2 >= len(tokens) or tokens[i + 1].is_punct or tokens[i + 1].lower_.endswith("s"):
        return None
    w2, k = tokens[i + 2].lower_, i + 2
    if w2 in ("was", "later", "reportedly", "also", "subsequently"):
        k = i + 3
    if k >= len(tokens) or tokens[k].lower_ not in ("died", "dies", "succumbed", "killed", "perished"):
        return None
    if (k > i + 2 or tokens[k].lower_ == "killed") and tokens[i + 1].lower_ not in SINGULAR_PERSON:
        return None
    if tokens[k].lower_ == "killed" and k + 1 < len(tokens) and _object_follows(tokens, k + 1):
        return None
    span = doc[i:k + 1]
    return Count(start=span.start_char, end=span.end_char, text=span.text, kind="killed", value=1, num_start=i), k + 1


def _pronoun_died(doc, tokens, i):
    """"He died at the scene.", "She later died in hospital.": the person an earlier sentence told of
    being shot or stabbed died, one death (CODEBOOK, Fatalities: deaths reported later count). Only
    as a sentence's subject, and not with a year ("he died in 2015" tells a life, not this event)."""
    if not tokens[i].is_sent_start:
        return None
    k = i + 1
    if k < len(tokens) and tokens[k].lower_ in ("later", "subsequently", "reportedly", "also", "then"):
        k += 1
    if k >= len(tokens) or tokens[k].lower_ not in ("died", "succumbed", "perished"):
        return None
    for t in tokens[k + 1:min(len(tokens), k + 12)]:
        if t.text in (".", "!", "?"):
            break
        if t.text.isdigit() and len(t.text) == 4:
            return None
    span = doc[i:k + 1]
    return Count(start=span.start_char, end=span.end_char, text=span.text, kind="killed", value=1, num_start=i), k + 1


ZERO_SUBJECTS = {("no", "one"), ("nobody",), ("no", "casualties"), ("no", "deaths"), ("no", "fatalities"),
                 ("no", "injuries"), ("no", "arrests"), ("none",), ("no", "lives"), ("no", "people"),
                 ("neither", "injuries"), ("no", "person"), ("no", "persons"), ("no", "fatality"),
                 ("no", "casualty"), ("no", "death"), ("no", "injury"), ("no", "reported", "casualties"),
                 ("no", "reported", "fatalities"), ("no", "known", "fatalities"), ("no", "immediate", "casualties"),
                 ("no", "immediate", "reports"), ("no", "loss"), ("no", "report"), ("no", "reports"),
                 ("no", "information"), ("without", "casualties"), ("without", "any")}


ZERO_FIRST = {words[0] for words in ZERO_SUBJECTS}


def zero_count(doc, tokens, i):
    """"no one was hurt", "no casualties were reported", "no people were injured or killed": counts of
    0, one for each kind the clause names ("casualties" says none died either)."""
    if tokens[i].lower_ not in ZERO_FIRST:
        return None
    for words in ZERO_SUBJECTS:
        n = len(words)
        if tuple(t.lower_ for t in tokens[i:i + n]) != words:
            continue
        kinds, k, last = [], i + n - 1, i + n - 1
        while k < min(len(tokens), i + n + 7):
            w = tokens[k].lower_
            kind = KIND_OF.get(w)
            if kind and kind != "participants" and kind not in kinds:
                kinds.append(kind)
                last = k
                if w in ("casualties", "casualty"):
                    kinds.append("killed")
            elif k > i + n - 1 and ((w in STOP_WORDS and w not in ("on", "of")) or w == "." or (w == "," and kinds)):
                break
            k += 1
        if not kinds:
            return None
        span = doc[i:last + 1]
        return [Count(start=span.start_char, end=span.end_char, text=span.text, kind=kind, value=0,
                      num_start=i) for kind in dict.fromkeys(kinds)], last + 1
    return None


# The words each parser can start on: any other word makes count_at, indefinite_person and
# zero_count return None at once, so find_counts does not call them on it.
NUMBER_WORDS = set(UNITS) | set(TENS) | set(VAGUE)
ARTICLES = {"a", "an", "the", "another", "he", "she"}


DIGIT = re.compile(r"\d")   # a decimal digit, as int() and float() read them


def _number_start(text: str, low: str) -> bool:
    """Can parse_number read a quantity from this word (a digit, a number word, a vague quantity)?"""
    return low in NUMBER_WORDS or DIGIT.search(text) is not None or (
        "-" in low and all(p in UNITS or p in TENS for p in low.split("-")))


def find_counts(doc) -> list:
    """Every count of people in ``doc``, in text order. Only the words a count can start on (a
    number, an article, a zero subject) are read as Tokens; between two of them, what matters is
    whether a sentence or clause ended (it forgets the kind of the count before)."""
    tokens = docindex.tokens(doc)                  # indexed and sliced as a sequence of tokens
    starts, ends = _starts_and_ends(doc)
    out, i, prev_kind = [], 0, None
    for k in starts:
        if k < i:
            continue
        if prev_kind is not None and bisect.bisect_left(ends, i) < bisect.bisect_left(ends, k):
            prev_kind = None                       # a sentence or clause ended in [i, k)
        tok = tokens[k]
        low = tok.lower_
        found = (_number_start(tok.text, low) and count_at(doc, tokens, k, prev_kind)
                 or low in ARTICLES and indefinite_person(doc, tokens, k, _list_kind(doc, out, tok))
                 or low in ZERO_FIRST and zero_count(doc, tokens, k)) or None
        if found is None:
            if tok.is_sent_start or low in BREAKS:
                prev_kind = None
            i = k + 1
            continue
        c, after = found
        if isinstance(c, list):
            out += c
            i = max(k + 1, after)
            continue
        out.append(c)
        prev_kind = c.kind if c.kind != "other" else prev_kind
        i = max(k + 1, after)
    return out


def _list_kind(doc, out, tok):
    """The kind of the count just before ``tok`` when only "and" or a comma parts them ("two soldiers
    and a civilian"), else None: a person further on is no item of its list."""
    last = out[-1] if out else None
    if last is None or last.kind not in LIST_KINDS or last.end > tok.idx:
        return None
    return last.kind if docindex.text(doc)[last.end:tok.idx].strip(" ,") in ("", "and") else None


_CAN: dict = {}         # lowercase form's hash -> _can_start of it, for the words seen so far
CAN_LIMIT = 50_000      # forms kept (then the table starts again: it only saves string lookups)


def _starts_and_ends(doc) -> tuple:
    """(tokens a count can start on, tokens that start a sentence or are a clause break), in one
    pass over the token hashes; a word's _can_start is looked up by its hash once per process."""
    strings, can, brk, starts, ends = doc.vocab.strings, _CAN, _break_hashes(), [], []
    sent = doc.to_array("SENT_START").tolist()
    if len(can) > CAN_LIMIT:
        can.clear()
    for k, h in enumerate(docindex.column(doc, "LOWER").tolist()):
        c = can.get(h)
        if c is None:
            c = can[h] = _can_start(strings[h])
        if c:
            starts.append(k)
        if sent[k] == 1 or h in brk:
            ends.append(k)
    return starts, ends


@functools.lru_cache(maxsize=1)
def _break_hashes() -> frozenset:
    return frozenset(docindex.hashes(BREAKS).tolist())


def _can_start(low: str) -> bool:
    """Can a count start on a word of this lowercase form?"""
    return _number_start(low, low) or low in ARTICLES or low in ZERO_FIRST
