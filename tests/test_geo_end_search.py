"""written.EndSearch gives what the regex's own search gives, on the text before a name."""
import itertools
import random

from vigil.geo.written import FEATURE_WORD_OF, TAKE_BEFORE, WHERE_BEFORE

WORDS = ["in", "IN", "In", "at", "near", "outside", "close to", "the", "The", "northern", "Neighbouring",
         "village of", "residents of", "Outskirts of", "within", "of", "to", "towards", "toward", "stormed",
         "took control of", "Looted", "hit", "said", "police", "protesters", "on Monday", "a", "killed",
         "between", "throughout", "areas of", "settlement of", "K", "\u212a", "\u017fhelled", "caf\u00e9", "Köln"]
ENDS = ["", " ", "  ", "\n", " \n", "\t", ",", ", ", "(", "-", "\u00a0"]


def _texts():
    rng = random.Random(10)
    for a, b in itertools.product(WORDS, repeat=2):
        for end in ENDS:
            yield f"{a} {b}{end}"
            yield f"{a}{b}{end}"
    for _ in range(3000):
        yield " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 8))) + rng.choice(ENDS)


def test_end_search_agrees_with_the_regex():
    for pattern in (WHERE_BEFORE, TAKE_BEFORE, FEATURE_WORD_OF):
        for text in _texts():
            fast, slow = pattern.search(text), pattern.regex.search(text)
            assert (fast and fast.span()) == (slow and slow.span()), (pattern.pattern[:30], text)


def test_end_search_finds_the_words_before_a_name():
    assert WHERE_BEFORE.search("clashes broke out in the northern ")
    assert WHERE_BEFORE.search("residents of ")
    assert TAKE_BEFORE.search("fighters stormed ")
    assert FEATURE_WORD_OF.search("in the village of ")
    assert not WHERE_BEFORE.search("police said ")
    assert not TAKE_BEFORE.search("the stormed")      # no space before the name


def test_last_words_are_read_from_the_pattern():
    import re
    from vigil.geo.written import EndSearch, last_words
    assert WHERE_BEFORE.last_words is not None and {"in", "toward", "towards", "neighbouring", "neighboring", "of",
                                                    "to", "the", "northern"} <= set(WHERE_BEFORE.last_words)
    assert FEATURE_WORD_OF.last_words == ("of",)
    pat = re.compile(r"\b(?:fled|escaped)\s+(?:(?:from|out\s+of)\s+)?(?:the\s+)?(?:burning\s+)?$", re.I)
    assert last_words(pat) == ("burning", "escaped", "fled", "from", "of", "the")
    assert last_words(re.compile(r"\bcolou?r(?:ed|s)?\s+$", re.I)) == ("color", "colored", "colors", "colour",
                                                                       "coloured", "colours")
    assert last_words(re.compile(r"\b[a-z]+\s+$", re.I)) is None          # any word: searched every time
    assert last_words(re.compile(r"(?:\bnear\s+)?$", re.I)) is None        # may match nothing at all
    fast = EndSearch(pat)
    for text in ("crowds fled from ", "they Escaped the burning ", "fled\n", "he fled out of the ", "he left ",
                 "fled", "FLED ", "residents fled from the ", "out of "):
        got, want = fast.search(text), pat.search(text)
        assert (got and got.span()) == (want and want.span()), text
