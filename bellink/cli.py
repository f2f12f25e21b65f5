"""The bellink command line: parse arguments, call one core function, render its rows.

No SQL and no extraction here. Query commands import only the standard
library, click and bellink's light modules; ingest's stack (natasha, models)
is imported inside the ingest command alone.
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Optional, Sequence

import click

from bellink import __version__

STATUSES = ("discussed", "planned", "ordered", "delivered", "in_service")
ENTITY_TYPES = ("person", "organization", "country", "place", "weapon_system", "exercise", "military_unit")
EVENT_KINDS = ("statement", "delivery", "meeting", "exercise", "deployment", "agreement", "service_entry", "denial")


def _utf8_output() -> None:
    """Write UTF-8 whatever the locale (PYTHONIOENCODING=cp1252, LC_ALL=C without UTF-8 coercion)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8")
            except (ValueError, OSError):
                pass


class BellinkGroup(click.Group):
    """Errors a user can cause end in one line on stderr and a non-zero exit, never a traceback."""

    def main(self, args=None, prog_name=None, **extra):
        extra.pop("standalone_mode", None)
        _utf8_output()
        try:
            rv = super().main(args=args, prog_name=prog_name or "bellink", standalone_mode=False, **extra)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            hint = ""
            if exc.ctx is not None:
                hint = f" (see '{exc.ctx.command_path} --help')"
            click.echo(f"Error: {exc.format_message()}{hint}", err=True)
            sys.exit(2)
        except click.ClickException as exc:
            click.echo(f"Error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing half-written was kept.", err=True)
            sys.exit(130)
        sys.exit(rv if isinstance(rv, int) else 0)


class DateType(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx):
        from bellink.dates import parse_user_date

        try:
            parse_user_date(value)
        except ValueError:
            self.fail(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD", param, ctx)
        return value


DATE = DateType()


FORMATS = ("table", "json", "nl", "csv", "tsv")
FORMAT_HELP = {
    "table": "Output a table (default): the first 50 rows, with a footer when more remain.",
    "json": "Output a JSON array of objects.",
    "nl": "Output newline-delimited JSON: one compact object per line.",
    "csv": "Output CSV (header included, even when empty).",
    "tsv": "Output tab-separated values.",
}


class ListingOptions:
    """What every listing command was asked for, beyond its own filters."""

    def __init__(self, fmt="table", headers=True, limit=None, offset=0, order=None, desc=False,
                 since=None, until=None):
        self.fmt, self.headers, self.limit, self.offset = fmt, headers, limit, offset
        self.order, self.desc, self.since, self.until = order, desc, since, until


def _set_db(ctx, param, value):
    """--db after the subcommand wins over --db before it (and over BELLINK_DB)."""
    if value is not None:
        ctx.find_root().params["db"] = value
    return value


def db_option(f):
    return click.option("--db", type=click.Path(dir_okay=False), expose_value=False, is_eager=True,
                        callback=_set_db, help="SQLite database (default: $BELLINK_DB, else ./bellink.db).")(f)


def _format(kwargs) -> str:
    chosen = [name for name in FORMATS if kwargs.pop(name, False)]
    if len(chosen) > 1:
        raise click.UsageError("choose one output format: " + " or ".join("--" + c for c in chosen)
                               + " were given together")
    return chosen[0] if chosen else "table"


def format_options(f):
    """--table / --json / --nl / --csv / --tsv (one of them) and --db, for commands that are not listings."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        kwargs["fmt"] = _format(kwargs)
        return f(*args, **kwargs)

    for name in reversed(FORMATS):
        wrapper = click.option(f"--{name}", name, is_flag=True, help=FORMAT_HELP[name])(wrapper)
    return db_option(wrapper)


output_options = format_options  # the name the workbench's commands import


def listing_options(orders: Sequence[str] = (), dates: Optional[str] = "facts", default_order: str = "date"):
    """The options every listing shares, as sqlite-utils' output_options: formats (one of
    --table/--json/--nl/--csv/--tsv) and --no-headers, --limit/--offset, --order FIELD/--desc,
    --since/--until (checked against each other) and --db. The command receives ``out``,
    a ListingOptions."""

    def decorate(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            fmt = _format(kwargs)
            headers = not kwargs.pop("no_headers")
            if not headers and fmt not in ("csv", "tsv", "table"):
                raise click.UsageError("--no-headers goes with --csv, --tsv or the table, not --" + fmt)
            since, until = kwargs.pop("since", None), kwargs.pop("until", None)
            if since and until:
                from bellink.dates import bounds

                if bounds(since)[0] > bounds(until)[1]:
                    raise click.UsageError(f"--since {since} is after --until {until}; nothing could match")
            kwargs["out"] = ListingOptions(fmt=fmt, headers=headers, limit=kwargs.pop("limit"),
                                           offset=kwargs.pop("offset"), order=kwargs.pop("order", None),
                                           desc=kwargs.pop("desc"), since=since, until=until)
            return f(*args, **kwargs)

        w = wrapper
        if dates:
            what = {"facts": "Only facts overlapping dates", "published": "Only documents published",
                    "mentioned": "Only entities mentioned in documents published"}[dates]
            w = click.option("--until", type=DATE, help=f"{what} up to this (YYYY, YYYY-MM or YYYY-MM-DD).")(w)
            w = click.option("--since", type=DATE, help=f"{what} from this (YYYY, YYYY-MM or YYYY-MM-DD).")(w)
        w = click.option("--desc", is_flag=True, help="Reverse the order (with --limit: the latest N).")(w)
        if orders:
            w = click.option("--order", type=click.Choice(orders), metavar="FIELD",
                             help=f"Sort by this field: {', '.join(orders)} (default: {default_order}).")(w)
        w = click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many rows first.")(w)
        w = click.option("--limit", type=click.IntRange(0), help="At most this many rows.")(w)
        w = click.option("--no-headers", is_flag=True, help="Omit the header line (CSV, TSV, table).")(w)
        for name in reversed(FORMATS):
            w = click.option(f"--{name}", name, is_flag=True, help=FORMAT_HELP[name])(w)
        return db_option(w)

    return decorate


def _db_path(ctx) -> str:
    return ctx.find_root().params["db"]


def open_for_query(ctx):
    from bellink.db import DatabaseError, open_db

    try:
        return open_db(_db_path(ctx), must_exist=True, read_only_ok=True)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None


def run_query(fn, *args, **kwargs):
    from bellink.lookup import LookupError_
    from bellink.search import QueryError

    try:
        return fn(*args, **kwargs)
    except (LookupError_, QueryError) as exc:
        raise click.ClickException(str(exc)) from None


@click.group(cls=BellinkGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="BELLINK_DB", default="bellink.db", show_default=True,
              type=click.Path(dir_okay=False), help="SQLite database (or set BELLINK_DB).")
@click.version_option(__version__, prog_name="bellink")
def cli(db):
    """Build and query a knowledge base of Russia-Belarus military cooperation from news articles.

    \b
    Example:
        bellink ingest                       # the bundled seed articles, into ./bellink.db
        bellink timeline --system S-400
        bellink who-said Ravkov
        bellink deliveries --recipient Belarus
    """


# --- ingest ------------------------------------------------------------------------

@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--published", type=DATE, help="Publication date for these files (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--outlet", help="Outlet that published these files.")
@click.option("--lang", type=click.Choice(["en", "ru"]),
              help="Language of these files (default: detected; a text in the other script keeps its own "
                   "language unless --force).")
@click.option("--field", "fields", multiple=True, metavar="FIELD=NAME",
              help="Read a record dump's FIELD (id, url, title, text, html, published, outlet, lang) "
                   "from column or key NAME (a.b reaches into an object). Repeatable.")
@click.option("--force", is_flag=True,
              help="Re-extract every file, even unchanged ones (after a rules upgrade); keep --lang "
                   "even where the text's script says otherwise.")
@click.option("--follow-symlinks", is_flag=True,
              help="Follow symbolic links inside the folders given even where they lead out of them "
                   "(by default such a link is reported and not followed).")
@click.option("--jobs", "-j", type=click.IntRange(1), metavar="N",
              help="Analyze in N worker processes (default: one per CPU core); this process alone writes.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Analyze on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); "
                   "results are written here. Needs bellink installed on every worker.")
@format_options
@click.pass_context
def ingest(ctx, paths, published, outlet, lang, fields, force, follow_symlinks, jobs, dask_address, fmt):
    """Read articles and store their entities, statements and events.

    PATHS are files or folders (searched recursively for .txt, .md, .html, .htm,
    .mhtml), or record dumps (.jsonl, .jsonl.gz, .csv: one article per line or row, with fields
    such as id, url, title, text or html, published or date, outlet or source, lang);
    with none, the bundled seed articles are ingested. Saved web pages give their
    own title, date, site name and language. A manifest.json in a folder gives each
    file's outlet, publication date and language. Re-running is idempotent: unchanged
    files are skipped, changed ones replaced, and what a flag or manifest said earlier
    is kept until a flag or manifest says otherwise. The same article reached again
    (same bytes, or same text under another name) is reported as a duplicate.

    \b
    Example:
        bellink ingest
        bellink ingest articles/ --outlet TASS
        bellink ingest note.txt --published 2023-05-29 --lang ru
        bellink ingest saved-page.html
        bellink ingest dump.jsonl.gz --field text=body --field outlet=source.name
        bellink ingest archive/ --jobs 4
        bellink ingest archive/ --dask tcp://10.0.0.5:8786
    """
    import os

    from bellink.ingest.load.records import parse_field_map

    try:
        field_map = parse_field_map(fields)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--field'") from None
    if jobs and dask_address:
        raise click.UsageError("--jobs and --dask cannot be combined (the cluster's workers are the jobs)")
    # The Russian NER's small matrix products gain nothing from BLAS threads, which
    # only spin against the extraction thread: one per process (set before numpy loads).
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    from bellink.db import DatabaseError, open_db
    from bellink.ingest.load import LoadError
    from bellink.ingest.pipeline import ingest_paths
    from bellink.ingest.workers import BackendError, default_jobs
    from bellink.render import Progress, emit
    from bellink.resources import resource_dir

    targets = list(paths) or [resource_dir("seeds")]
    missing = [str(p) for p in targets if not os.path.lexists(p)]
    if len(missing) == len(targets):
        # nothing could be ingested: say so without creating a database
        raise click.ClickException(f"{missing[0]}: no such file or directory")
    db_file = Path(_db_path(ctx))
    try:
        conn = open_db(db_file)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    created = getattr(conn, "created", False)
    failures, written, seen = [], [], []

    def on_file(r):
        seen.append(r)
        if r.status in ("new", "updated"):
            written.append(r)
        progress.advance(Path(r.path).name)  # a record shows as "dump.jsonl:12"
        if r.status == "failed":
            failures.append(r)
            click.echo(f"Error: {r.path}: {r.message}", err=True)
        elif r.status == "duplicate":
            if fmt == "table":  # the other formats carry it in their rows
                click.echo(f"Skipped: {r.path}: {r.message}", err=True)
        elif r.message:
            click.echo(f"Warning: {r.path}: {r.message}", err=True)

    try:
        with Progress(enabled=sys.stderr.isatty() and fmt == "table") as progress:
            results = ingest_paths(conn, targets, published=published, outlet=outlet, lang=lang, force=force,
                                   field_map=field_map, follow_symlinks=follow_symlinks,
                                   jobs=jobs or default_jobs(), dask=dask_address,
                                   on_file=on_file, on_total=progress.total)
    except LoadError as exc:
        results, refusal = [], str(exc)
    except DatabaseError as exc:
        results, refusal = seen, str(exc)  # a full disk stops the run; what was stored before stays
    except BackendError as exc:
        results, refusal = [], (f"{exc}; the {len(written)} documents stored before that are kept: "
                                "run the same command again to finish the rest")
    else:
        refusal = None
    stored = bool(written) or any(r.status in ("new", "updated") for r in results)
    conn.close()
    if created and not stored:
        from bellink.db import remove_if_unused

        remove_if_unused(db_file)
    if refusal:
        raise click.ClickException(refusal)
    if results and len(failures) == len(results):
        ctx.exit(1)  # every article failed, each said why: no summary of nothing
    rows = [{"path": r.path, "document": r.document, "status": r.status, "facts": r.facts, "message": r.message}
            for r in results]
    if fmt == "table":
        counts = {s: sum(1 for r in results if r.status == s)
                  for s in ("new", "updated", "unchanged", "duplicate", "failed")}
        summary = [{**counts, "facts extracted": sum(r.facts for r in results),
                    "database": _db_path(ctx) if db_file.exists() else "(not created)"}]
        emit(summary, "table", [(k, k) for k in summary[0]], title="bellink ingest")
    else:
        emit(rows, fmt, [])
    if failures:
        ctx.exit(1)


# --- sources and search ----------------------------------------------------------------

def _date_cell(r) -> str:
    if not r.get("date"):
        return "undated"
    if r.get("date_precision") in ("season", "quarter", "half", "decade") and r.get("date_label"):
        span = r["date_label"]
    else:
        span = r["date"] + (f"…{r['date_end']}" if r.get("date_end") else "")
    mark = {"publication": " (pub.)", "relative": " (rel.)", "reported": " (rep.)"}.get(r.get("date_method"), "")
    return span + mark


SOURCE_COLUMNS = [
    ("id", "id", "cyan"), ("title", "title", None, "main"), ("outlet", "outlet"), ("language", "lang"),
    (lambda r: f"{r['published'] or 'unknown'} ({r['published_precision'] or '-'}, {r['published_source'] or '-'})",
     "published (precision, from)"),
    ("sentences", "sentences"), ("facts", "facts"),
]
SOURCE_ORDERS = ("published", "id", "title", "outlet", "language", "facts")


@cli.command()
@click.option("--lang", type=click.Choice(["en", "ru"]), help="Only documents in this language.")
@listing_options(SOURCE_ORDERS, dates="published", default_order="published")
@click.pass_context
def sources(ctx, lang, out):
    """List the ingested documents with their metadata and fact counts.

    --since/--until select documents by publication date.

    \b
    Example:
        bellink sources
        bellink sources --since 2021 --json
        bellink sources --order published --desc --limit 10
    """
    from bellink import queries
    from bellink.render import emit_listing

    listing = queries.sources_listing(open_for_query(ctx), since=out.since, until=out.until, lang=lang)
    emit_listing(listing, out, SOURCE_COLUMNS, empty="No documents match.")


@cli.command()
@click.argument("text")
@click.option("--lang", type=click.Choice(["en", "ru"]), help="Only sentences of documents in this language.")
@listing_options(("newest", "published", "document"), dates="published", default_order="newest")
@click.pass_context
def search(ctx, text, lang, out):
    """Search the sentences of every document, in both languages.

    A name finds every sentence that mentions the entity, in any script or
    spelling ("Искандер" finds "Iskander"); other words match by stem
    ("deliver" finds "delivering"). Combine with OR, NOT (or -word),
    "quoted phrases" and parentheses; words side by side must all match.
    --since/--until select documents by publication date. Newest first.

    \b
    Example:
        bellink search "S-400"
        bellink search "S-400 OR Iskander" --since 2021
        bellink search Лукашенко --lang en --json
    """
    from bellink import queries
    from bellink.render import emit_listing, highlighted

    listing = run_query(queries.search_listing, open_for_query(ctx), text, since=out.since, until=out.until,
                        lang=lang)
    emit_listing(listing, out, [("document", "document", "cyan"),
                                (lambda r: highlighted(r["snippet"]), "snippet", None, "main")],
                 empty=f"Nothing matches {text!r}.")


# --- entities ----------------------------------------------------------------------------

@cli.command()
@click.option("--type", "type_", type=click.Choice(ENTITY_TYPES), help="Only entities of this type.")
@click.option("--search", help="Only entities with a name or alias containing this text.")
@click.option("--all", "show_all", is_flag=True, help="Include knowledge-base entities no document mentions.")
@listing_options(("mentions", "documents", "name", "type"), dates="mentioned", default_order="mentions, most first")
@click.pass_context
def entities(ctx, type_, search, show_all, out):
    """List entities with every form they were seen in, and how often.

    \b
    Example:
        bellink entities --type weapon_system
        bellink entities --search lukash --json
    """
    from bellink import queries
    from bellink.render import emit_listing

    listing = run_query(queries.entities_listing, open_for_query(ctx), type_=type_, search=search,
                        mentioned_only=not show_all, since=out.since, until=out.until)
    emit_listing(listing, out, [("name", "name", "bold"), ("type", "type"), ("aliases", "seen as", None, "main"),
                                ("mentions", "mentions"), ("documents", "documents")],
                 empty="No entities match.")


@cli.command()
@click.argument("name")
@format_options
@click.pass_context
def show(ctx, name, fmt):
    """One entity's card: aliases, roles, documents, statements, deliveries, timeline.

    --json gives an array holding the card object, --nl the card on one line;
    --csv and --tsv give the card's parts as flat rows (entity, part, text,
    date, date_label, kind, status, document).

    \b
    Example:
        bellink show Lukashenko
        bellink show "С-400" --json
        bellink show S-400 --csv
    """
    from bellink import queries
    from bellink.render import emit_card, emit_rows

    card = run_query(queries.entity_card, open_for_query(ctx), name)
    if fmt in ("json", "nl"):
        emit_rows([card], list(card), fmt)
        return
    if fmt in ("csv", "tsv"):
        emit_rows(queries.card_parts(card), queries.CARD_PART_FIELDS, fmt)
        return
    emit_card(card, [
        ("roles", "Roles", [("role", "role", None, "main"), ("start", "from"), ("end", "to"),
                            ("document", "per document")]),
        ("documents", "Documents", [("document", "document", "cyan"), ("title", "title", None, "main"),
                                    ("published", "published"), ("mentions", "mentions")]),
        ("statements", "Statements", STATEMENT_COLUMNS),
        ("deliveries", "Deliveries", DELIVERY_COLUMNS),
        ("timeline", "Timeline", TIMELINE_COLUMNS),
    ])


# --- statements ----------------------------------------------------------------------------

def _mark(r) -> str:
    """Corrected by an analyst ('bellink correct'); --json carries the original beside it."""
    return " ✎" if r.get("corrected") else ""


def _statement_text(r) -> str:
    return f"“{r['text']}”" if r["direct"] else r["text"]


STATEMENT_COLUMNS = [
    (_date_cell, "date"),
    (lambda r: (r["speaker"] or "unknown") + (f" ({r['role']})" if r.get("role") else "") + _mark(r),
     "speaker (role)", "bold"),
    (_statement_text, "statement", None, "main"),
    (lambda r: r["document"] + (f" via {r['channel']}" if r.get("channel") else ""), "source", "cyan", "low"),
]
STATEMENT_ORDERS = ("date", "speaker", "language", "document", "confidence")


def evidence_option(f):
    return click.option("--evidence", is_flag=True,
                        help="Add the sentence each fact comes from, shortened around it, its words highlighted.")(f)


def _with_evidence(columns, evidence: bool):
    from bellink.render import evidence as cell

    return [*columns, (cell, "evidence", None, "main")] if evidence else columns


def statement_options(f):
    f = evidence_option(f)
    f = click.option("--lang", type=click.Choice(["en", "ru"]), help="Only statements in this language.")(f)
    f = click.option("--direct/--reported", default=None, help="Only direct quotes, or only reported speech.")(f)
    f = click.option("--about", help="Only statements mentioning this entity (or containing this text).")(f)
    return f


@cli.command()
@click.option("--speaker", help="Only statements by this person or institution.")
@statement_options
@listing_options(STATEMENT_ORDERS)
@click.pass_context
def statements(ctx, speaker, about, direct, lang, evidence, out):
    """Statements: who said what and when, quoted or reported, in any language.

    \b
    Example:
        bellink statements --about S-400 --since 2020
        bellink statements --speaker Galuzin --direct --json
        bellink statements --desc --limit 5          # the latest five
    """
    from bellink import queries
    from bellink.render import emit_listing

    listing = run_query(queries.statements_listing, open_for_query(ctx), speaker=speaker, about=about,
                        direct=direct, lang=lang, since=out.since, until=out.until)
    emit_listing(listing, out, _with_evidence(STATEMENT_COLUMNS, evidence), empty="No statements match.")


@cli.command(name="who-said")
@click.argument("name")
@statement_options
@listing_options(STATEMENT_ORDERS)
@click.pass_context
def who_said(ctx, name, about, direct, lang, evidence, out):
    """Everything a person (or institution) said, in any language.

    NAME is any form of the name: "Ravkov", "Равков" and "Andrei Ravkov" give the same rows.

    \b
    Example:
        bellink who-said Ravkov
        bellink who-said "Лукашенко" --about S-400 --json
    """
    from bellink import queries
    from bellink.render import emit_listing

    listing = run_query(queries.statements_listing, open_for_query(ctx), speaker=name, about=about,
                        direct=direct, lang=lang, since=out.since, until=out.until)
    emit_listing(listing, out, _with_evidence(STATEMENT_COLUMNS, evidence), empty=f"No statements by {name} match.")


# --- deliveries and timeline ------------------------------------------------------------------

# Units are stored plural ("batteries"); one of them reads singular.
_SINGULAR_EXCEPTIONS = {"aircraft", "chassis", "troops", "personnel"}


def _unit(quantity, unit: str) -> str:
    if quantity != 1 or unit in _SINGULAR_EXCEPTIONS:
        return unit
    if unit.endswith("ies"):
        return unit[:-3] + "y"
    return unit[:-1] if unit.endswith("s") and not unit.endswith("ss") else unit


def _qty(r) -> str:
    q = r.get("quantity")
    if q is None:
        return ""
    return ("~" if r.get("quantity_approx") else "") + f"{q}" + (f" {_unit(q, r['unit'])}" if r.get("unit") else "")


DELIVERY_COLUMNS = [
    (_date_cell, "date"), ("supplier", "supplier", None, "low"), ("recipient", "recipient"),
    ("system", "system", "bold", "main"), (_qty, "quantity"), (lambda r: r["status"] + _mark(r), "status"),
    ("document", "source", "cyan", "low"),
]
DELIVERY_ORDERS = ("date", "status", "quantity", "system", "supplier", "recipient", "document", "published",
                   "confidence")
LIFECYCLE_ORDERS = ("system", "supplier", "recipient", "first", "last", "furthest_status")


def _stages(g) -> str:
    return " → ".join(f"{s['status']} {_date_cell(s)} ({s['document']})" for s in g["stages"])


@cli.command()
@click.option("--system", help="Only this weapon system (a family includes its variants).")
@click.option("--supplier", help="Only deliveries from this country or organization.")
@click.option("--recipient", help="Only deliveries to this country or organization.")
@click.option("--status", type=click.Choice(STATUSES), help="Only facts at this stage.")
@click.option("--lifecycle", is_flag=True, help="One row per supplier-recipient-system with its stages over time.")
@evidence_option
@listing_options(tuple(dict.fromkeys(DELIVERY_ORDERS + LIFECYCLE_ORDERS)))
@click.pass_context
def deliveries(ctx, system, supplier, recipient, status, lifecycle, evidence, out):
    """The arms-deliveries register: who supplies what to whom, how many, at which stage.

    Stages: discussed, planned, ordered, delivered, in_service. With
    --lifecycle, --csv gives each deal's stages as one JSON cell.

    \b
    Example:
        bellink deliveries --recipient Belarus
        bellink deliveries --system S-400 --lifecycle
        bellink deliveries --status delivered --since 2020 --json
    """
    from bellink import queries
    from bellink.render import emit_listing

    filters = dict(system=system, supplier=supplier, recipient=recipient, status=status,
                   since=out.since, until=out.until)
    conn = open_for_query(ctx)
    if lifecycle:
        if out.order and out.order not in LIFECYCLE_ORDERS:
            raise click.UsageError(f"with --lifecycle, --order is one of {', '.join(LIFECYCLE_ORDERS)}")
        listing = run_query(queries.lifecycle_listing, conn, **filters)
        from bellink.render import stage_lines

        emit_listing(listing, out, [("supplier", "supplier"), ("recipient", "recipient"),
                                    ("system", "system", "bold"), ("furthest_status", "furthest"),
                                    (stage_lines, "stages: date (source): sentence", None, "main") if evidence
                                    else (_stages, "stages: date (source)", None, "main"),
                                    (lambda g: "; ".join(g.get("disputed") or []), "disputed", "red")],
                     empty="No deliveries match.")
        return
    if out.order and out.order not in DELIVERY_ORDERS:
        raise click.UsageError(f"--order {out.order} goes with --lifecycle")
    listing = run_query(queries.deliveries_listing, conn, **filters)
    emit_listing(listing, out, _with_evidence(DELIVERY_COLUMNS, evidence), empty="No deliveries match.")


TIMELINE_COLUMNS = [
    (_date_cell, "date"),
    (lambda r: r["kind"] + (f" ({r['status']})" if r.get("status") else "") + _mark(r), "kind"),
    ("summary", "summary", None, "main"),
    ("document", "source", "cyan", "low"),
]


@cli.command()
@click.option("--system", help="Every fact about this weapon system (and its variants).")
@click.option("--entity", help="Every fact involving this person, organization, country, place or exercise.")
@click.option("--kind", type=click.Choice(EVENT_KINDS), help="Only facts of this kind.")
@evidence_option
@listing_options(("date", "kind", "status", "document", "published"))
@click.pass_context
def timeline(ctx, system, entity, kind, evidence, out):
    """Every dated fact, in chronological order (precision shown, undated last).

    \b
    Example:
        bellink timeline --system S-400
        bellink timeline --entity Lukashenko --kind meeting --json
        bellink timeline --desc --limit 20           # the latest twenty
    """
    from bellink import queries
    from bellink.render import emit_listing

    if system and entity:
        raise click.UsageError("give --system or --entity, not both")
    listing = run_query(queries.timeline_listing, open_for_query(ctx), system=system, entity=entity, kind=kind,
                        since=out.since, until=out.until)
    emit_listing(listing, out, _with_evidence(TIMELINE_COLUMNS, evidence), empty="No dated facts match.")


# The workbench's commands (export, report, serve) live in their own module.
from bellink.workbench.commands import register as _register_workbench  # noqa: E402
from bellink.workbench.commands import register_evidence as _register_evidence  # noqa: E402

from bellink.workbench.commands import register_curation as _register_curation  # noqa: E402

_register_workbench(cli)
_register_evidence(cli)
_register_curation(cli)
