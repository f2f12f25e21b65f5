"""bellink ingest: the one command that loads the extraction stack (imported lazily by cli.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from bellink.cli import DATE, _db_path, format_options

@click.command()
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
    from bellink.db import DatabaseError, compact_after_ingest, open_db, page_count
    from bellink.ingest.load import LoadError
    from bellink.ingest.pipeline import ingest_paths
    from bellink.ingest.workers import BackendError, default_jobs
    from bellink.render import Progress, RowWriter, emit
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
    pages_before = page_count(conn)
    # Nothing per file is kept, so memory stays flat however many files: the table is a summary
    # counted as files go by, and --json/--csv/... write each file's row as soon as it is stored.
    rows = None if fmt == "table" else RowWriter(["path", "document", "status", "facts", "message"], fmt)
    counts = {s: 0 for s in ("new", "updated", "unchanged", "duplicate", "failed")}
    facts = 0

    def on_file(r):
        nonlocal facts
        if rows is not None:
            rows.write({"path": r.path, "document": r.document, "status": r.status, "facts": r.facts,
                        "message": r.message})
        counts[r.status] = counts.get(r.status, 0) + 1
        facts += r.facts
        progress.advance(Path(r.path).name)  # a record shows as "dump.jsonl:12"
        if r.status == "failed":
            click.echo(f"Error: {r.path}: {r.message}", err=True)
        elif r.status == "duplicate":
            if fmt == "table":  # the other formats carry it in their rows
                click.echo(f"Skipped: {r.path}: {r.message}", err=True)
        elif r.message:
            click.echo(f"Warning: {r.path}: {r.message}", err=True)

    try:
        with Progress(enabled=sys.stderr.isatty() and fmt == "table") as progress:
            ingest_paths(conn, targets, published=published, outlet=outlet, lang=lang, force=force,
                         field_map=field_map, follow_symlinks=follow_symlinks,
                         jobs=jobs or default_jobs(), dask=dask_address,
                         on_file=on_file, on_total=progress.total, keep=False)
    except LoadError as exc:
        refusal = str(exc)
    except DatabaseError as exc:
        refusal = str(exc)  # a full disk stops the run; what was stored before stays
    except BackendError as exc:
        refusal = (f"{exc}; the {counts['new'] + counts['updated']} documents stored before that are kept: "
                   "run the same command again to finish the rest")
    else:
        refusal = None
    stored = counts["new"] + counts["updated"] > 0  # every result went through on_file
    if stored and not refusal:
        compact_after_ingest(conn, pages_before)  # issue 15: a run that wrote most of the file
    conn.close()
    if created and not stored:
        from bellink.db import remove_if_unused

        remove_if_unused(db_file)
    if rows is not None and (rows.n or not refusal):
        rows.close()  # the rows written so far stay valid JSON/CSV when the run stopped half-way
    from bellink import leave

    leave.done()  # the database closed: the process may leave without freeing what the analysis made (leave.py)
    if refusal:
        raise click.ClickException(refusal)
    total = sum(counts.values())
    if total and counts["failed"] == total:
        ctx.exit(1)  # every article failed, each said why: no summary of nothing
    if fmt == "table":
        summary = [{**counts, "facts extracted": facts,
                    "database": _db_path(ctx) if db_file.exists() else "(not created)"}]
        emit(summary, "table", [(k, k) for k in summary[0]], title="bellink ingest")
    if counts["failed"]:
        ctx.exit(1)
