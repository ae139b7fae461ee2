"""Synthetic news-style text of any length, for the long-document benchmark and tests.

Every sentence is built from templates written for Vigil (no outside text): protests, clashes,
arrests and strikes in named towns, with counts, dates, sources and quotes, so that every
extractor has work to do. Sentences are unique (the cleaner drops repeats), and the output is
deterministic for a given length and seed.
"""
from __future__ import annotations

import random

PLACES = ["Dhaka", "Lagos", "Karachi", "Nairobi", "Kampala", "Goma", "Medellin", "Basra", "Mopti",
          "Lyon", "Khartoum", "Harare", "Lima", "Peshawar", "Mogadishu", "Santiago", "Isfahan",
          "Monywa", "Tabriz", "Abuja", "Chittagong", "Quetta", "Mombasa", "Gulu", "Bukavu", "Cali",
          "Mosul", "Gao", "Marseille", "Omdurman", "Bulawayo", "Cusco"]
ACTORS = ["police", "soldiers", "riot police", "armed men", "security forces", "unidentified gunmen",
          "militia fighters", "rebels", "plain-clothes officers", "paramilitary troops"]
CROWDS = ["students", "traders", "teachers", "farmers", "nurses", "mine workers", "bus drivers",
          "mothers of missing people", "opposition supporters", "residents"]
CAUSES = ["a rise in fuel prices", "the arrest of a local leader", "unpaid wages", "power cuts",
          "the closure of a market", "a disputed election result", "new school fees",
          "the killing of a street vendor", "water shortages", "a ban on motorcycle taxis"]
SOURCES = ["a police spokesman said", "witnesses said", "a local rights group said",
           "hospital officials said", "the interior ministry said", "an opposition leader said",
           "residents told reporters", "a regional governor said"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "on Sunday", "late on Friday", "early on Tuesday", "last week"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
TOLLS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "15", "20", "23",
         "31", "40", "57"]
CROWD_SIZES = TOLLS + ["hundreds of", "dozens of", "about 300", "more than 1,000"]

TEMPLATES = [
    "{actor} fired tear gas at {n} {crowd} protesting against {cause} in {place} {day}, {source}.",
    "At least {k} people were killed when {actor} opened fire on a march in central {place} on "
    "{d} {month} {year}, {source}.",
    "{n} {crowd} were arrested in {place} {day} after a sit-in over {cause}, {source}.",
    "Clashes between {actor} and {actor2} near {place} left {k} dead and many wounded, {source}.",
    "{n} {crowd} blocked the main road into {place} {day} to protest against {cause}.",
    "\u201cWe will not go home until the government listens,\u201d one of the {crowd} in {place} "
    "said {day}.",
    "A bomb exploded at a checkpoint outside {place} {day}, killing {k} {actor}, {source}.",
    "{actor} abducted {n} {crowd} from a village near {place} on {d} {month}, {source}.",
    "{n} {crowd} went on strike in {place} {day} over {cause}, and schools stayed shut.",
    "The death toll from the unrest in {place} rose to {k} {day}, {source}.",
]


def sentence(rng: random.Random, i: int) -> str:
    t = TEMPLATES[i % len(TEMPLATES)]
    actor, actor2 = rng.sample(ACTORS, 2)
    s = t.format(actor=actor, actor2=actor2, crowd=rng.choice(CROWDS), cause=rng.choice(CAUSES),
                 place=rng.choice(PLACES), day=rng.choice(DAYS), source=rng.choice(SOURCES),
                 n=rng.choice(CROWD_SIZES), k=rng.choice(TOLLS), d=rng.randint(1, 28), month=rng.choice(MONTHS),
                 year=rng.choice([2019, 2020, 2021, 2022, 2023, 2024]))
    return s[0].upper() + s[1:]


def news_text(chars: int, seed: int = 7, sentences_per_paragraph: int = 4) -> str:
    """About ``chars`` characters of unique news-style sentences in paragraphs (never more)."""
    rng, out, para, size, seen, i = random.Random(seed), [], [], 0, set(), 0
    while True:
        s = sentence(rng, i)
        i += 1
        if s in seen:
            continue
        seen.add(s)
        if size + len(s) + 2 > chars:
            break
        para.append(s)
        size += len(s) + 1
        if len(para) == sentences_per_paragraph:
            out.append(" ".join(para))
            para, size = [], size + 1
    if para:
        out.append(" ".join(para))
    return "\n\n".join(out)


def unpunctuated_text(chars: int, seed: int = 7) -> str:
    """About ``chars`` characters of news words with no punctuation and no line breaks at all."""
    words = news_text(min(chars, 400_000), seed).replace("\n", " ")
    words = "".join(ch for ch in words if ch.isalnum() or ch == " ").split()
    out, size, k = [], 0, 0
    while size < chars:
        w = words[k % len(words)]
        out.append(w)
        size += len(w) + 1
        k += 1
    return " ".join(out)[:chars].rstrip()
