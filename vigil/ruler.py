"""Vigil's entity ruler: spaCy's EntityRuler with its exact-word token patterns matched as phrases.

A token pattern whose every token is one exact word (``{"ORTH": w}`` or ``{"LOWER": w}``) is
matched through a PhraseMatcher on LOWER (one hash lookup per token), each hit then checked
against the pattern's ORTH words; spaCy's token Matcher tries every such pattern at every token
and took more time than the NER with the gazetteer's and the actor list's 1,200 patterns.
The matches, the choice among overlapping ones and the entities set are the EntityRuler's own.
Imports spaCy: load it through vigil.nlp.
"""
from __future__ import annotations

from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler

FACTORY = "vigil_entity_ruler"


class ExactRuler(EntityRuler):
    """An EntityRuler; patterns of exact words go to a LOWER phrase matcher with ORTH checks."""

    def __init__(self, nlp, name: str = FACTORY, **config):
        self._clear_exact(nlp)
        super().__init__(nlp, name, **config)

    def clear(self) -> None:
        super().clear()
        self._clear_exact(self.nlp)

    def _clear_exact(self, nlp) -> None:
        self.exact = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.checks: dict = defaultdict(list)   # phrase key -> [(match id, ((offset, ORTH word), ...)), ...]

    def add_patterns(self, patterns: list) -> None:
        rest = []
        for entry in patterns:
            words = exact_words(entry.get("pattern"))
            phrase = words and self._phrase(words)
            if not phrase:
                rest.append(entry)
                continue
            label = entry["label"]
            if "id" in entry:
                label = self._create_label(label, entry["id"])
                self._ent_ids[self.nlp.vocab.strings.add(label)] = (entry["label"], entry["id"])
            self.token_patterns[label].append(entry["pattern"])
            key = self.nlp.vocab.strings.add(phrase.text)
            if key not in self.checks:
                self.exact.add(phrase.text, [phrase])
            orth = tuple((i, w) for i, (attr, w) in enumerate(words) if attr == "ORTH")
            self.checks[key].append((self.nlp.vocab.strings.add(label), orth))
        if rest:
            super().add_patterns(rest)

    def _phrase(self, words: list):
        """The pattern's words lowered as one Doc, or None when the tokenizer does not cut them back out."""
        lowered = [w.lower() if attr == "ORTH" else w for attr, w in words]
        if any(attr == "LOWER" and w != w.lower() for attr, w in words):
            return None   # a LOWER word with a capital never matches: left to the token matcher
        doc = self.nlp.make_doc(" ".join(lowered))
        return doc if [t.text for t in doc] == lowered else None

    def match(self, doc):
        matches = []
        if len(self.matcher):
            matches += self.matcher(doc)
        if len(self.phrase_matcher):
            matches += self.phrase_matcher(doc)
        for key, start, end in self.exact(doc):
            for match_id, orth in self.checks[key]:
                if all(doc[start + i].orth_ == w for i, w in orth):
                    matches.append((match_id, start, end))
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


def exact_words(pattern) -> list | None:
    """[(attr, word), ...] when every token of a token pattern is one ORTH or LOWER string, else None."""
    if not isinstance(pattern, list) or not pattern:
        return None
    out = []
    for tok in pattern:
        if not isinstance(tok, dict) or len(tok) != 1:
            return None
        (attr, word), = tok.items()
        if attr not in ("ORTH", "LOWER") or not isinstance(word, str) or not word:
            return None
        out.append((attr, word))
    return out


def make_ruler(nlp, name: str, phrase_matcher_attr, validate: bool, overwrite_ents: bool, ent_id_sep: str):
    return ExactRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, validate=validate,
                      overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep)


if not Language.has_factory(FACTORY):
    Language.factory(FACTORY, default_config={"phrase_matcher_attr": None, "validate": False,
                                              "overwrite_ents": False, "ent_id_sep": "||"}, func=make_ruler)
