"""The bellink command line: parse arguments, call one core function, render its rows.

No SQL and no extraction here. Query commands import only the standard
library, click and bellink's light modules; ingest's stack (natasha, models)
is imported inside the ingest command alone.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from bellink import __version__

STATUSES = ("discussed", "planned", "ordered", "delivered", "in_service")
ENTITY_TYPES = ("person", "organization", "country", "place", "weapon_system", "exercise", "military_unit")
EVENT_KINDS = ("statement", "delivery", "meeting", "exercise", "deployment", "agreement", "service_entry")


class BellinkGroup(click.Group):
    """Errors a user can cause end in one line on stderr and a non-zero exit, never a traceback."""

    def main(self, args=None, prog_name=None, **extra):
        extra.pop("standalone_mode", None)
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


def output_options(f):
    """--json / --nl / --csv / table (default): the same rows in every form."""
    f = click.option("--csv", "fmt", flag_value="csv", help="Output CSV.")(f)
    f = click.option("--nl", "fmt", flag_value="nl", help="Output newline-delimited JSON.")(f)
    f = click.option("--json", "fmt", flag_value="json", help="Output a JSON array of objects.")(f)
    f = click.option("--table", "fmt", flag_value="table", default=True, help="Output a table (default).")(f)
    return f


def limit_option(f):
    return click.option("--limit", type=click.IntRange(1), help="At most this many rows (the earliest first).")(f)


def date_options(f):
    f = click.option("--until", type=DATE, help="Only facts overlapping dates up to this (YYYY, YYYY-MM or YYYY-MM-DD).")(f)
    f = click.option("--since", type=DATE, help="Only facts overlapping dates from this (YYYY, YYYY-MM or YYYY-MM-DD).")(f)
    return f


def _db_path(ctx) -> str:
    return ctx.find_root().params["db"]


def open_for_query(ctx):
    from bellink.db import DatabaseError, open_db

    try:
        return open_db(_db_path(ctx), must_exist=True)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None


def run_query(fn, *args, **kwargs):
    from bellink.lookup import LookupError_

    try:
        return fn(*args, **kwargs)
    except LookupError_ as exc:
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
@output_options
@click.pass_context
def ingest(ctx, paths, published, outlet, lang, fields, force, fmt):
    """Read articles and store their entities, statements and events.

    PATHS are files or folders (searched recursively for .txt, .md, .html, .htm), or
    record dumps (.jsonl, .jsonl.gz, .csv: one article per line or row, with fields
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
    """
    import os

    from bellink.ingest.records import parse_field_map

    try:
        field_map = parse_field_map(fields)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--field'") from None
    # The Russian NER's small matrix products gain nothing from BLAS threads, which
    # only spin against the extraction thread: one per process (set before numpy loads).
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    from bellink.db import DatabaseError, open_db
    from bellink.ingest.load import LoadError
    from bellink.ingest.pipeline import ingest_paths
    from bellink.render import Progress, emit
    from bellink.resources import resource_dir

    targets = list(paths) or [resource_dir("seeds")]
    missing = [str(p) for p in targets if not os.path.lexists(p)]
    if len(missing) == len(targets):
        # nothing could be ingested: say so without creating a database
        raise click.ClickException(f"{missing[0]}: no such file or directory")
    db_file = Path(_db_path(ctx))
    created = not db_file.exists()
    try:
        conn = open_db(db_file)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    failures = []

    def on_file(r):
        progress.advance(Path(r.path).name)  # a record shows as "dump.jsonl:12"
        if r.status == "failed":
            failures.append(r)
            click.echo(f"Error: {r.path}: {r.message}", err=True)
        elif r.message and r.status != "duplicate":
            click.echo(f"Warning: {r.path}: {r.message}", err=True)

    try:
        with Progress(enabled=sys.stderr.isatty() and fmt == "table") as progress:
            results = ingest_paths(conn, targets, published=published, outlet=outlet, lang=lang, force=force,
                                   field_map=field_map, on_file=on_file, on_total=progress.total)
    except LoadError as exc:
        results, refusal = [], str(exc)
    else:
        refusal = None
    stored = any(r.status in ("new", "updated") for r in results)
    conn.close()
    if created and not stored:
        _remove_database(db_file)
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


def _remove_database(path: Path) -> None:
    """A database this run created and stored nothing in: leave no trace of it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(path) + suffix).unlink()
        except FileNotFoundError:
            pass


# --- sources and search ----------------------------------------------------------------

@cli.command()
@date_options
@output_options
@click.pass_context
def sources(ctx, since, until, fmt):
    """List the ingested documents with their metadata and fact counts.

    --since/--until select documents by publication date.

    \b
    Example:
        bellink sources
        bellink sources --since 2021 --json
    """
    from bellink import queries
    from bellink.render import emit

    rows = queries.sources(open_for_query(ctx), since=since, until=until)
    emit(rows, fmt, [
        ("id", "id", "cyan"), ("title", "title"), ("outlet", "outlet"), ("language", "lang"),
        (lambda r: f"{r['published'] or 'unknown'} ({r['published_precision'] or '-'}, {r['published_source'] or '-'})",
         "published (precision, from)"),
        ("sentences", "sentences"), ("facts", "facts"),
    ], empty="No documents yet; run 'bellink ingest'.")


@cli.command()
@click.argument("text")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10000), help="Most rows to show.")
@output_options
@click.pass_context
def search(ctx, text, limit, fmt):
    """Full-text search over the sentences of every document, in both languages.

    \b
    Example:
        bellink search "S-400"
        bellink search Лукашенко --json
    """
    from bellink import queries
    from bellink.render import emit, highlighted

    rows = queries.search(open_for_query(ctx), text, limit=limit)
    emit(rows, fmt, [("document", "document", "cyan"), (lambda r: highlighted(r["snippet"]), "snippet")],
         empty=f"Nothing matches {text!r}.")


# --- entities ----------------------------------------------------------------------------

@cli.command()
@click.option("--type", "type_", type=click.Choice(ENTITY_TYPES), help="Only entities of this type.")
@click.option("--search", help="Only entities with a name or alias containing this text.")
@click.option("--all", "show_all", is_flag=True, help="Include knowledge-base entities no document mentions.")
@output_options
@click.pass_context
def entities(ctx, type_, search, show_all, fmt):
    """List entities with every form they were seen in, and how often.

    \b
    Example:
        bellink entities --type weapon_system
        bellink entities --search lukash --json
    """
    from bellink import queries
    from bellink.render import emit

    rows = queries.entities(open_for_query(ctx), type_=type_, search=search, mentioned_only=not show_all)
    emit(rows, fmt, [("name", "name", "bold"), ("type", "type"), ("aliases", "seen as"),
                     ("mentions", "mentions"), ("documents", "documents")], empty="No entities match.")


@cli.command()
@click.argument("name")
@output_options
@click.pass_context
def show(ctx, name, fmt):
    """One entity's card: aliases, roles, documents, statements, deliveries, timeline.

    \b
    Example:
        bellink show Lukashenko
        bellink show "С-400" --json
    """
    from bellink import queries
    from bellink.render import emit_card, emit_json

    card = run_query(queries.entity_card, open_for_query(ctx), name)
    if fmt in ("json", "nl", "csv"):
        emit_json(card)
        return
    emit_card(card, [
        ("roles", "Roles", [("role", "role"), ("start", "from"), ("end", "to"), ("document", "per document")]),
        ("documents", "Documents", [("document", "document", "cyan"), ("title", "title"),
                                    ("published", "published"), ("mentions", "mentions")]),
        ("statements", "Statements", STATEMENT_COLUMNS),
        ("deliveries", "Deliveries", DELIVERY_COLUMNS),
        ("timeline", "Timeline", TIMELINE_COLUMNS),
    ])


# --- statements ----------------------------------------------------------------------------

def _date_cell(r) -> str:
    if not r.get("date"):
        return "undated"
    span = r["date"] + (f"…{r['date_end']}" if r.get("date_end") else "")
    mark = {"publication": " (pub.)", "relative": " (rel.)", "reported": " (rep.)"}.get(r.get("date_method"), "")
    return span + mark


def _statement_text(r) -> str:
    return f"“{r['text']}”" if r["direct"] else r["text"]


STATEMENT_COLUMNS = [
    (_date_cell, "date"),
    (lambda r: (r["speaker"] or "unknown") + (f" ({r['role']})" if r.get("role") else ""), "speaker (role)", "bold"),
    (_statement_text, "statement"),
    (lambda r: r["document"] + (f" via {r['channel']}" if r.get("channel") else ""), "source", "cyan"),
]


def statement_options(f):
    f = date_options(f)
    f = click.option("--lang", type=click.Choice(["en", "ru"]), help="Only statements in this language.")(f)
    f = click.option("--direct/--reported", default=None, help="Only direct quotes, or only reported speech.")(f)
    f = click.option("--about", help="Only statements mentioning this entity (or containing this text).")(f)
    return f


@cli.command()
@click.option("--speaker", help="Only statements by this person or institution.")
@statement_options
@limit_option
@output_options
@click.pass_context
def statements(ctx, speaker, about, direct, lang, since, until, limit, fmt):
    """Statements: who said what and when, quoted or reported, in any language.

    \b
    Example:
        bellink statements --about S-400 --since 2020
        bellink statements --speaker Galuzin --direct --json
    """
    from bellink import queries
    from bellink.render import emit

    rows = run_query(queries.statements, open_for_query(ctx), speaker=speaker, about=about, direct=direct,
                     lang=lang, since=since, until=until, limit=limit)
    emit(rows, fmt, STATEMENT_COLUMNS, empty="No statements match.")


@cli.command(name="who-said")
@click.argument("name")
@statement_options
@limit_option
@output_options
@click.pass_context
def who_said(ctx, name, about, direct, lang, since, until, limit, fmt):
    """Everything a person (or institution) said, in any language.

    NAME is any form of the name: "Ravkov", "Равков" and "Andrei Ravkov" give the same rows.

    \b
    Example:
        bellink who-said Ravkov
        bellink who-said "Лукашенко" --about S-400 --json
    """
    from bellink import queries
    from bellink.render import emit

    rows = run_query(queries.statements, open_for_query(ctx), speaker=name, about=about, direct=direct,
                     lang=lang, since=since, until=until, limit=limit)
    emit(rows, fmt, STATEMENT_COLUMNS, empty=f"No statements by {name} match.")


# --- deliveries and timeline ------------------------------------------------------------------

def _qty(r) -> str:
    if r.get("quantity") is None:
        return ""
    return ("~" if r.get("quantity_approx") else "") + f"{r['quantity']}" + (f" {r['unit']}" if r.get("unit") else "")


DELIVERY_COLUMNS = [
    (_date_cell, "date"), ("supplier", "supplier"), ("recipient", "recipient"), ("system", "system", "bold"),
    (_qty, "quantity"), ("status", "status"), ("document", "source", "cyan"),
]


def _stages(g) -> str:
    return " → ".join(f"{s['status']} {_date_cell(s)} ({s['document']})" for s in g["stages"])


@cli.command()
@click.option("--system", help="Only this weapon system (a family includes its variants).")
@click.option("--supplier", help="Only deliveries from this country or organization.")
@click.option("--recipient", help="Only deliveries to this country or organization.")
@click.option("--status", type=click.Choice(STATUSES), help="Only facts at this stage.")
@click.option("--lifecycle", is_flag=True, help="One row per supplier-recipient-system with its stages over time.")
@date_options
@limit_option
@output_options
@click.pass_context
def deliveries(ctx, system, supplier, recipient, status, lifecycle, since, until, limit, fmt):
    """The arms-deliveries register: who supplies what to whom, how many, at which stage.

    Stages: discussed, planned, ordered, delivered, in_service.

    \b
    Example:
        bellink deliveries --recipient Belarus
        bellink deliveries --system S-400 --lifecycle
        bellink deliveries --status delivered --since 2020 --json
    """
    from bellink import queries
    from bellink.render import emit

    rows = run_query(queries.deliveries, open_for_query(ctx), system=system, supplier=supplier,
                     recipient=recipient, status=status, since=since, until=until)
    if lifecycle:
        groups = queries.lifecycle(rows)[:limit]
        emit(groups, fmt, [("supplier", "supplier"), ("recipient", "recipient"), ("system", "system", "bold"),
                           ("furthest_status", "furthest"), (_stages, "stages: date (source)")],
             empty="No deliveries match.")
    else:
        emit(rows[:limit], fmt, DELIVERY_COLUMNS, empty="No deliveries match.")


TIMELINE_COLUMNS = [
    (_date_cell, "date"),
    (lambda r: r["kind"], "kind"),
    ("summary", "summary"),
    ("document", "source", "cyan"),
]


@cli.command()
@click.option("--system", help="Every fact about this weapon system (and its variants).")
@click.option("--entity", help="Every fact involving this person, organization, country, place or exercise.")
@click.option("--kind", type=click.Choice(EVENT_KINDS), help="Only facts of this kind.")
@date_options
@limit_option
@output_options
@click.pass_context
def timeline(ctx, system, entity, kind, since, until, limit, fmt):
    """Every dated fact, in chronological order (precision shown, undated last).

    \b
    Example:
        bellink timeline --system S-400
        bellink timeline --entity Lukashenko --kind meeting --json
    """
    from bellink import queries
    from bellink.render import emit

    if system and entity:
        raise click.UsageError("give --system or --entity, not both")
    rows = run_query(queries.timeline, open_for_query(ctx), system=system, entity=entity, kind=kind,
                     since=since, until=until, limit=limit)
    emit(rows, fmt, TIMELINE_COLUMNS, empty="No dated facts match.")


# The workbench's commands (export, report, serve) live in their own module.
from bellink.workbench.commands import register as _register_workbench  # noqa: E402
from bellink.workbench.commands import register_evidence as _register_evidence  # noqa: E402

_register_workbench(cli)
_register_evidence(cli)
