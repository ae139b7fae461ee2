"""Boilerplate a page extractor lets through: short paragraphs of known kinds.

The main-text extractor (trafilatura) keeps whole blocks; what it keeps still
holds lines no report contains: copyright notices, newsletter sign-up boxes,
affiliate disclosures and page stamps ("Last modified: ...", "Posted in ... |
12 Comments"). Each rule looks at one short paragraph alone, never at a site,
and every paragraph dropped is returned with its reason so cleaning records it.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_DATEISH = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}\b|\b\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b",
                      re.I)
_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)\s*\d{4}|copyright\b)|\ball rights reserved\b", re.I)
_NEWSLETTER_HEAD = re.compile(r"\bnewsletters?\W*$", re.I)
_SIGN_UP = re.compile(r"^\W*(?:sign up|subscribe)\s+(?:to|for|now|today|here)\b", re.I)
_DISCLOSURE = re.compile(r"\badvertiser disclosure\b|\baffiliate (?:links?|commissions?)\b"
                         r"|\bwe may (?:earn|receive|get) (?:a |an )?(?:small )?(?:commission|compensation)"
                         r"|\bmay receive compensation\b", re.I)
_STAMP = re.compile(r"\blast (?:modified|updated|edited)\b|\bcreated\b|\bcategor(?:y|ies)\s*:|\bfiled under\b"
                    r"|\btags\s*:|\bview comments\b|\b\d+ comments?\b|\bposted (?:in|on|by)\b", re.I)


def _words(para: str) -> int:
    return len(para.split())


def _copyright(p: str) -> bool:
    return _words(p) <= 30 and bool(_COPYRIGHT.search(p))


def _newsletter(p: str) -> bool:
    return (_words(p) <= 5 and bool(_NEWSLETTER_HEAD.search(p))) or (_words(p) <= 30 and bool(_SIGN_UP.search(p)))


def _disclosure(p: str) -> bool:
    return _words(p) <= 60 and bool(_DISCLOSURE.search(p))


def _stamp(p: str) -> bool:
    """A line of page metadata: a date beside a label, not a sentence of the report."""
    return (_words(p) <= 20 and not p.rstrip().endswith(".") and bool(_DATEISH.search(p))
            and bool(_STAMP.search(p)))


RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("copyright notice", _copyright),
    ("newsletter sign-up", _newsletter),
    ("affiliate disclosure", _disclosure),
    ("page stamp", _stamp),
)


def kind_of(para: str) -> Optional[str]:
    """The reason a paragraph is boilerplate, or None when it may be report text."""
    for reason, rule in RULES:
        if rule(para):
            return reason
    return None


def strip(paras: list[str]) -> tuple[list[str], list[dict]]:
    """The paragraphs that may be report text, and the others as {"text", "reason"} records."""
    kept, removed = [], []
    for para in paras:
        reason = kind_of(para)
        if reason:
            removed.append({"text": para, "reason": reason})
        else:
            kept.append(para)
    return kept, removed
