"""The `vigil` command: argument parsing and exit codes only; the work is in the library.

Exit status: 0 every document processed; 1 at least one document failed (the
others are still processed and written); 2 usage error. The statuses, and the
errors that map to them, are in ``vigil.errors``; ``main`` is the one place
that turns an error into a message, a hint and a status.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap

from . import __version__, config, errors

EXAMPLES = {
    "extract": """\
        vigil extract report.txt                       # one plain-text report
        vigil extract --published 2019-12-31 --country IR reports/
        vigil extract --canonical events.jsonl reports/   # also the batch's canonical events
        cat docs.jsonl | vigil extract - > records.jsonl""",
    "ingest": """\
        vigil ingest samples/                          # into ./vigil.db
        vigil ingest --db /data/vigil.db feed.jsonl.gz
        vigil ingest --retry-failed                    # redo the documents that failed before""",
    "export": """\
        vigil export --format csv > events.csv
        vigil export --format jsonl --db /data/vigil.db -o records.jsonl
        vigil export --format csv --min-sources 2 > corroborated.csv""",
    "link": """\
        vigil link                                     # link the whole store again (reviewers' decisions kept)
        vigil link --db /data/vigil.db""",
    "events": """\
        vigil events --canonical                       # one line per event across reports, with its sources
        vigil events --canonical --min-sources 2       # only events at least two independent sources back
        vigil events --canonical --json | python3 -m json.tool""",
    "stats": """\
        vigil stats
        vigil stats --db /data/vigil.db --json""",
    "search": """\
        vigil search 'tear gas'
        vigil search 'Isfahan AND poster' --limit 5""",
    "eval": """\
        vigil eval acled --data acled_export.csv       # score the event coder against ACLED's codes
        vigil eval acled --data export.csv --limit 500 --json metrics.json
        vigil eval acled --data export.csv --model rules   # the codebook rules alone
        vigil eval places --data tests/golden/places.jsonl # the event's place: right country, right place""",
    "train": """\
        vigil train                                    # rebuild the packaged model from corpus/events/
        vigil train --acled my_export.csv --out ~/vigil-model   # adapt it to your ACLED data
        vigil extract --model ~/vigil-model reports/   # then use it""",
    "serve": """\
        vigil serve                                    # http://127.0.0.1:8000/ over ./vigil.db
        vigil serve --db /data/vigil.db --port 8080
        vigil serve --tiles 'https://tile.example.org/{z}/{x}/{y}.png'   # add online tiles""",
    "user": """\
        vigil user add ana                             # asks for a password twice
        printf '%s\\n' "$PASSWORD" | vigil user add ana --role admin   # password from standard input""",
}


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="vigil", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Vigil: news reports of protest, political violence and repression in, "
                    "ACLED-coded events with their claims, quotes and places out.",
        epilog="Examples:\n  vigil extract report.txt\n  vigil ingest samples/ && vigil stats\n\n"
               "Run `vigil COMMAND --help` for each command's options.")
    ap.add_argument("--version", action="version", version=f"vigil {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    def command(name, help_):
        p = sub.add_parser(name, help=help_, description=help_,
                           formatter_class=argparse.RawDescriptionHelpFormatter,
                           epilog="Examples:\n" + textwrap.indent(textwrap.dedent(EXAMPLES[name]), "  "))
        return p

    for name, help_ in (("extract", "print one JSON record per document (the extraction contract)"),
                        ("ingest", "run the pipeline and write the results to the store")):
        p = command(name, help_)
        p.add_argument("inputs", nargs="*", metavar="INPUT",
                       help="file (.txt .html .htm .json .jsonl .jsonl.gz .warc .warc.gz), directory, or - for standard input")
        for setting in ("published", "country", "workers", "batch_size", "model_dir", "time_limit", "max_bytes"):
            config.add_flag(p, setting)
        p.add_argument("--quiet", action="store_true", help="no progress lines on standard error")
        if name == "extract":
            p.add_argument("--canonical", metavar="FILE",
                           help="also write the batch's canonical events (linked across its reports) to FILE as JSONL")
        if name == "ingest":
            config.add_flag(p, "db")
            config.add_flag(p, "engine")
            config.add_flag(p, "scheduler")
            p.add_argument("--parquet", metavar="DIR",
                           help="also write the new records to a Parquet dataset in DIR (as vigil export --format parquet)")
            p.add_argument("--retry-failed", action="store_true",
                           help="also redo every document recorded as failed in the store")
    p = command("export", "write the stored records as JSONL or events as CSV")
    config.add_flag(p, "db")
    p.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl",
                   help="output format (default jsonl); parquet: a folder (-o) of one dataset per record kind, "
                        "partitioned by month")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output (parquet: a folder)")
    config.add_flag(p, "csv_safe")
    p.add_argument("--min-sources", type=_positive, default=None, metavar="N",
                   help="only events whose canonical event has at least N independent sources")
    p = command("link", "link the stored reports again: copies, canonical events, corroboration")
    config.add_flag(p, "db")
    p = command("events", "list stored events; --canonical: one per event across reports, with its sources")
    config.add_flag(p, "db")
    p.add_argument("--canonical", action="store_true", help="list canonical events (required for now)")
    p.add_argument("--min-sources", type=_positive, default=1, metavar="N",
                   help="only canonical events with at least N independent sources (default 1)")
    p.add_argument("--denied", action="store_true", help="list the events only denials speak of instead")
    p.add_argument("--limit", type=_positive, metavar="N", help="at most N events")
    p.add_argument("--json", action="store_true", help="print them as JSONL, with reports, sources and claims")
    p = command("stats", "summarise the store: events by type and by place")
    config.add_flag(p, "db")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p = command("search", "full-text search over stored articles (SQLite FTS5 query syntax)")
    config.add_flag(p, "db")
    p.add_argument("query")
    p.add_argument("--limit", type=_positive, default=20, metavar="N", help="how many articles at most (default 20)")
    p = command("eval", "measure the event coder against hand-coded data (an ACLED export)")
    p.add_argument("dataset", choices=["acled", "snippets", "articles", "places"],
                   help="the kind of data: acled (an ACLED export CSV), snippets (labelled JSONL, corpus schema),"
                        " articles (a folder of golden reports, tests/golden/articles) or places (short reports with"
                        " their gold place, tests/golden/places.jsonl)")
    p.add_argument("--data", required=True, metavar="PATH", help="the file (or, for articles, folder) to score against")
    p.add_argument("--limit", type=_positive, metavar="N", help="score only the first N events")
    p.add_argument("--json", metavar="OUT", help="also write every metric to this JSON file")
    config.add_flag(p, "workers")
    p.add_argument("--quiet", action="store_true", help="no progress lines on standard error")
    config.add_flag(p, "model_dir")
    p = command("train", "build the event classifier from the corpus (and your ACLED export)")
    p.add_argument("--corpus", metavar="DIR", help="folder of labelled *.jsonl snippets (default: corpus/events/parts)")
    p.add_argument("--acled", metavar="CSV", help="also learn from this ACLED export (notes and sub-event types)")
    p.add_argument("--out", metavar="DIR", help="where to write the model (default: the packaged vigil/models/events)")
    p.add_argument("--quiet", action="store_true", help="no progress lines on standard error")
    p = command("serve", "browse the store in a web browser: map, timeline, table, evidence, review")
    for setting in ("db", "host", "port", "tiles_url", "hide_private"):
        config.add_flag(p, setting)
    p = command("user", "manage the reviewer accounts of `vigil serve`")
    p.add_argument("action", choices=["add"], help="add: create an account, or set a new password and role")
    p.add_argument("name", help="the reviewer's user name")
    p.add_argument("--role", choices=["reviewer", "admin"], default="reviewer", help="default reviewer")
    config.add_flag(p, "db")
    return ap


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {value!r}")
    return n


def main(argv=None) -> int:
    ap = _parser()
    args = ap.parse_args(argv)
    if not args.command:
        ap.print_help(sys.stderr)
        return errors.USAGE
    try:
        flags = {s.name: getattr(args, s.name, None) for s in config.SETTINGS}
        opts = config.load(**{**flags, "progress": False if getattr(args, "quiet", False) else None})
        return COMMANDS[args.command](args, opts)
    except BrokenPipeError:              # `vigil export | head`: the reader left; not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return errors.OK
    except (errors.VigilError, KeyboardInterrupt) as e:   # exit statuses: vigil/errors.py, in one place
        _say("vigil: interrupted" if isinstance(e, KeyboardInterrupt) else f"vigil: error: {e.describe()}")
        return errors.exit_code(e)


def _run(args, opts, retry=None, known=None):
    """Records for the command's inputs (and ``retry``, failed sources to read again), with a progress
    bar on standard error when it is a terminal (and not --quiet). Standard input is read only when no
    input is given and nothing is retried. ``known``: see Pipeline (documents already stored)."""
    from .pipeline import Pipeline, Progress
    from .read import read_inputs, reread

    def docs():
        if args.inputs or retry is None:
            yield from read_inputs(args.inputs, max_bytes=opts.max_bytes)
        if retry:
            yield from reread(retry, max_bytes=opts.max_bytes)

    say = (lambda msg: _say(f"vigil: {msg}")) if opts.progress else None
    progress = Progress(_bar if opts.progress and sys.stderr.isatty() else None)
    return Pipeline(opts, notify=say, known=known).run(docs(), progress), progress


def _bar(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def cmd_extract(args, opts) -> int:
    from .link.batch import BatchLinker
    records, progress = _run(args, opts)
    failed = 0
    out = sys.stdout
    linker = BatchLinker()
    for rec in records:
        if rec.errors:
            progress.close()
        for err in rec.errors:
            _say(f"vigil: error: {err}")
        failed += bool(rec.errors)
        out.write(json.dumps(linker.add(rec.to_dict()), ensure_ascii=False) + "\n")
    out.flush()
    progress.close()
    if args.canonical:
        try:
            with open(args.canonical, "w", encoding="utf-8") as f:
                for ce in linker.canonical_events():
                    f.write(json.dumps(ce.to_dict(), ensure_ascii=False) + "\n")
        except OSError as e:
            raise errors.UsageError(f"cannot write canonical events to {args.canonical}: {e.strerror}") from None
    if opts.progress:
        _say(f"vigil extract: {progress.line()}")
    return errors.DOCUMENTS_FAILED if failed else errors.OK


def cmd_ingest(args, opts) -> int:
    from .store import StoredIds, open_store

    with open_store(opts.db) as store:
        retry = [f["source"] for f in store.failures()] if args.retry_failed else None
        if retry is not None:
            _say(f"vigil ingest: retrying {len(retry)} failed document(s)")
        records, progress = _run(args, opts, retry, known=StoredIds(opts.db))
        if retry is not None and not args.inputs:
            progress.total = len(retry)
        new = old = failed = 0
        failed_now = set()
        if args.parquet:
            records = _parquet_copy(records, args.parquet)
        for rec in records:      # one writer: each document is its own transaction, so a crash loses none
            if rec.errors:
                failed += 1
                progress.close()
                for err in rec.errors:
                    _say(f"vigil: error: {err}")
                store.record_failure(rec.article.source, "; ".join(rec.errors))
                failed_now.add(rec.article.source)
            elif store.save(rec):
                new += 1
            else:
                old += 1
        progress.close()
        if retry:      # a source read again without failing (a whole file now read line by line, say) is cleared
            store.clear_failures(set(retry) - failed_now)
        counts = store.counts()
    _say(f"vigil ingest: {new} new, {old} already stored, {failed} failed into {opts.db} "
         f"({counts['articles']} articles, {counts['events']} events, {counts['failures']} failures recorded)"
         + (f"; redo failures with `vigil ingest --retry-failed --db {opts.db}`" if failed else ""))
    return errors.DOCUMENTS_FAILED if failed else errors.OK


def _parquet_copy(records, folder: str):
    """The records, passed on; the new ones also written to a Parquet dataset under ``folder``."""
    import time
    from . import parquet
    from .pipeline import Stored
    out = parquet.Writer(folder, 1000, part=f"run{int(time.time() * 1000)}")
    try:
        for rec in records:
            if not rec.errors and not isinstance(rec, Stored):
                out.add(rec.to_dict())
            yield rec
    finally:
        out.close()


def cmd_export(args, opts) -> int:
    from .export import export
    from .store import open_store
    _need_db(opts.db)
    if args.format == "parquet":
        from . import parquet
        from .export import backed
        if not args.output:
            raise errors.UsageError("--format parquet writes a folder", hint="give it with -o DIR")
        with open_store(opts.db) as store:
            counts = parquet.write(backed(store.records(), args.min_sources) if args.min_sources
                                   else store.records(), args.output)
        _say(f"vigil export: {', '.join(f'{n} {k}' for k, n in counts.items())} written to {args.output}")
        return errors.OK
    with open_store(opts.db) as store:
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                n = export(store.records(), args.format, out, opts.csv_safe, args.min_sources)
        else:
            n = export(store.records(), args.format, sys.stdout, opts.csv_safe, args.min_sources)
    _say(f"vigil export: {n} {'records' if args.format == 'jsonl' else 'events'} written")
    return errors.OK


def cmd_link(args, opts) -> int:
    from .store import open_store
    _need_db(opts.db)
    with open_store(opts.db) as store:
        done = store.relink()
        links = store.links()
    _say(f"vigil link: {done['mentions']} events from {opts.db} linked into {done['canonical_events']} canonical "
         f"events ({links['events_in_several_reports']} told by several reports, {links['corroborated_events']} "
         f"backed by several independent sources); {done['copies']} reports are copies of another")
    return errors.OK


def cmd_events(args, opts) -> int:
    from .store import open_store
    if not args.canonical:
        raise errors.UsageError("only canonical events can be listed for now", hint="use `vigil events --canonical`")
    _need_db(opts.db)
    with open_store(opts.db) as store:
        events = store.canonical_events(args.min_sources if not args.denied else 0,
                                        "negated" if args.denied else "reported", args.limit)
    for ce in events:
        print(json.dumps(ce, ensure_ascii=False) if args.json else format_canonical(ce))
    return errors.OK


def format_canonical(ce: dict) -> str:
    """One canonical event in a line or two: id, date, place, type, sources, and disputed figures."""
    place = ", ".join(x for x in (ce.get("location"), ce.get("admin1"), ce.get("country")) if x) or "?"
    outlets = "; ".join(", ".join(sorted({r["outlet"] or r["article_id"] for r in s["reports"]}))
                        for s in ce["source_list"])
    line = (f"{ce['id']}  {ce.get('date') or '?'}  {place}  {ce['event_type']} / {ce['sub_event_type']}  "
            f"sources {ce['sources']} ({outlets or 'none'}), reports {len(ce['reports'])}")
    figures = [f"{kind} {v['conservative']} ({v['range'][0]}-{v['range'][1]}: " + ", ".join(
        f"{e['claimant']} {'/'.join(str(f['value'] if f['value'] is not None else f['low']) for f in e['figures'])}"
        for e in v["by_claimant"]) + (", disputed)" if v["disputed"] else ")")
        for kind, v in ce["claims"].items() if kind != "denials"]
    denials = [f"denied by {d['claimant']}" for d in ce["claims"].get("denials", [])]
    return line + ("".join(f"\n    {x}" for x in figures + denials))


def cmd_stats(args, opts) -> int:
    from .store import open_store
    _need_db(opts.db)
    with open_store(opts.db) as store:
        summary = {"counts": store.counts(),
                   "by_type": [list(r) for r in store.events_by("event_type", "sub_event_type")],
                   "by_place": [list(r) for r in store.events_by("country", "admin1", "location")],
                   "links": store.links(), "failures": store.failures()}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(format_stats(summary, opts.db))
    return errors.OK


def format_stats(s: dict, db: str) -> str:
    c = s["counts"]
    lines = [f"Vigil store {db}: {c['articles']} articles, {c['events']} events, {c['claims']} claims, "
             f"{c['quotes']} quotes, {c['places']} place mentions, {c['failures']} failed documents",
             f"Linked: {s['links']['near_duplicate_articles']} near-duplicate articles, "
             f"{s['links']['canonical_events']} canonical events, {s['links']['events_in_several_reports']} told by "
             f"more than one report, {s['links']['corroborated_events']} backed by more than one independent source",
             "",
             "Reported events by type", f"  {'event type':<28} {'sub-event type':<40} {'events':>6}"]
    lines += [f"  {t:<28} {st:<40} {n:>6}" for t, st, n in s["by_type"]]
    lines += ["", "Reported events by place", f"  {'country':<8} {'admin1':<28} {'location':<28} {'events':>6}"]
    lines += [f"  {cc or '?':<8} {a1 or '?':<28} {loc or '?':<28} {n:>6}" for cc, a1, loc, n in s["by_place"]]
    for f in s["failures"]:
        lines.append(f"  failed: {errors.printable(f['source'])}: {errors.printable(f['error'])}")
    return "\n".join(lines)


def cmd_search(args, opts) -> int:
    from .store import open_store
    _need_db(opts.db)
    with open_store(opts.db) as store:
        rows = store.search(args.query, args.limit)
    for aid, title, snip in rows:
        print(f"{aid}  {title or '(untitled)'}\n    {snip}")
    return errors.OK


def _need_db(path: str) -> None:
    if not path.startswith(("postgres://", "postgresql://")) and not os.path.exists(path):
        raise errors.StoreError(f"no store at {path}", hint=f"run `vigil ingest PATH --db {path}` first")


def cmd_eval(args, opts) -> int:
    from . import evaluate, evaluate_places
    from .pipeline import Pipeline, Progress
    say = (lambda msg: _say(f"vigil: {msg}")) if opts.progress else None
    if args.dataset == "snippets":
        metrics = evaluate.evaluate_snippets(args.data, Pipeline(opts, notify=say), Progress(say))
    elif args.dataset == "articles":
        metrics = evaluate.evaluate_articles(args.data, Pipeline(opts, notify=say), Progress(say))
    elif args.dataset == "places":
        metrics = evaluate_places.evaluate_places(args.data, Pipeline(opts, notify=say), Progress(say))
    else:
        metrics = evaluate.evaluate(args.data, Pipeline(opts, notify=say), args.limit, Progress(say))
    print({"snippets": evaluate.report_snippets, "articles": evaluate.report_articles,
           "places": evaluate_places.report_places}.get(args.dataset, evaluate.report)(metrics))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(evaluate.to_json(metrics) + "\n")
    for msg in metrics["failed"]:   # a crash scored as "nothing found" must not pass unseen
        _say(f"vigil eval: failed: {errors.printable(msg)}")
    return errors.DOCUMENTS_FAILED if metrics["failed"] else errors.OK


def cmd_train(args, opts) -> int:
    from . import train
    from .extract.events.learned import PACKAGED
    from .pipeline import Pipeline
    say = (lambda msg: _say(f"vigil: {msg}")) if opts.progress else (lambda msg: None)
    out = args.out or PACKAGED
    meta = train.train(out, Pipeline(opts.with_(model_dir="rules"), notify=say),
                       corpus=args.corpus or train.CORPUS, acled=args.acled, notify=say)
    held = meta["held_out"]
    print(f"trained on {meta['examples']} examples ({meta['drafts']} drafts, {meta['no_draft']} with no draft); "
          f"held-out accuracy {held.get('accuracy')} (event vs none {held.get('event_vs_none')}, n={held.get('n')}); "
          f"model in {out}")
    return errors.OK


def cmd_serve(args, opts) -> int:
    from . import web
    _need_db(opts.db)
    _say(f"vigil serve: {opts.db} on http://{opts.host}:{opts.port}/ (API docs at /docs; Ctrl-C stops)")
    web.serve(opts)
    return errors.OK


def cmd_user(args, opts) -> int:
    import getpass
    from .store import open_store
    from .web.review import hash_password
    _need_db(opts.db)
    if sys.stdin.isatty():
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            raise errors.UsageError("the two passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < 8:
        raise errors.UsageError("a password needs at least 8 characters")
    with open_store(opts.db) as store:
        store.add_user(args.name, hash_password(password), args.role)
    _say(f"vigil user: {args.name} ({args.role}) can now sign in to `vigil serve` on {opts.db}")
    return errors.OK


COMMANDS = {"extract": cmd_extract, "ingest": cmd_ingest, "export": cmd_export, "link": cmd_link,
            "events": cmd_events, "stats": cmd_stats, "search": cmd_search, "eval": cmd_eval, "train": cmd_train,
            "serve": cmd_serve, "user": cmd_user}

if __name__ == "__main__":
    sys.exit(main())
