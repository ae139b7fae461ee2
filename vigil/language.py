"""Which language a report is written in: a script count, then common words (no model, no download).

Vigil extracts events from English only. ``detect`` tells English from the rest well enough to
say so in a record's ``errors`` instead of returning zero events in silence: by the writing
system first (Arabic script with Persian letters is Persian, Cyrillic is Russian, ...), then,
for Latin script, by which language's most common words the text uses most.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Optional

SUPPORTED = ("en",)
MIN_LETTERS = 40      # below this a text is too short to tell; the declared language (or English) stands

# Writing systems by the first word of their Unicode character names.
SCRIPTS = {"ARABIC": "ar", "HEBREW": "he", "CYRILLIC": "ru", "GREEK": "el", "DEVANAGARI": "hi",
           "BENGALI": "bn", "THAI": "th", "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja", "CJK": "zh",
           "ARMENIAN": "hy", "GEORGIAN": "ka", "ETHIOPIC": "am", "TAMIL": "ta", "MYANMAR": "my", "KHMER": "km"}
PERSIAN_LETTERS = set("پچژگکی")   # Arabic-script letters Persian uses and Arabic does not

STOPWORDS = {
    "en": "the of and to in a is that for on was with said by were at from as have has they their police",
    "fr": "le la les de des du et un une est dans que pour sur par au aux ont ses il elle sont été",
    "es": "el la los las de del y en un una que por para con se su al fue han sus como",
    "pt": "o a os as de do da dos das e em um uma que por para com não foi ao seu sua",
    "de": "der die das und den dem des ein eine ist im zu mit von auf nicht sich für wurde sie",
    "it": "il lo la gli le di del della e un una che per con non sono nel alla ha è",
    "nl": "de het een en van in is op te dat die voor met zijn niet werd door bij",
    "tr": "ve bir bu da de için ile olarak olan gibi daha çok ama kadar sonra",
    "id": "dan yang di ke dari ini itu dengan untuk tidak pada adalah dalam akan oleh",
}
_WORDS = {lang: set(words.split()) for lang, words in STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def detect(text: str, declared: Optional[str] = None) -> str:
    """The ISO 639-1 code of the language ``text`` is written in; ``declared`` (or "en") when unsure."""
    fallback = (declared or "en").strip().lower()[:2] or "en"
    sample = text[:20000]
    letters = len(_ASCII_LETTER.findall(sample))       # ASCII letters are Latin; only the rest are named
    counts: dict = {"LATIN": letters} if letters else {}
    for ch in _NON_ASCII.findall(sample):
        if ch.isalpha():
            letters += 1
            script = unicodedata.name(ch, "").split(" ", 1)[0]
            counts[script] = counts.get(script, 0) + 1
    if letters < MIN_LETTERS:
        return fallback
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if n < letters / 2:
        return fallback
    if script != "LATIN":
        code = SCRIPTS.get(script, fallback)
        if code == "ar" and sum(ch in PERSIAN_LETTERS for ch in sample) > letters / 100:
            return "fa"
        return code
    words = Counter(w.lower() for w in _WORD.findall(sample))
    scores = {lang: sum(words[w] for w in vocab) for lang, vocab in _WORDS.items()}
    best = max(scores, key=scores.get)
    if best != "en" and scores[best] >= 5 and scores[best] > 2 * scores["en"]:
        return best
    return "en" if scores["en"] >= 3 else fallback


def unsupported(language: Optional[str]) -> Optional[str]:
    """The message for a record whose language Vigil cannot extract from yet, or None."""
    if language and language not in SUPPORTED:
        return (f"language {language!r} is not supported yet: events are extracted from English only "
                "(the text is kept)")
    return None
