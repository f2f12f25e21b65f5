"""compact: the database's free space given back (issue 15)."""
from __future__ import annotations

import json

import click

from bellink.cli import _db_path, db_option


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the sizes before and after as JSON.")
@click.pass_context
def compact(ctx, as_json):
    """Make the database as small as it can be: merge the full-text index and rewrite every table
    (VACUUM). Worth it after a large ingest or re-ingest; nothing stored changes. It needs the
    database to itself (no ingest running) and free disk space about the database's size.

    \b
    Example:
        bellink compact
    """
    import sqlite3

    from bellink.db import DatabaseError, compact as compact_db, open_db

    try:
        conn = open_db(_db_path(ctx), must_exist=True)
        sizes = compact_db(conn)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    except sqlite3.OperationalError as exc:  # locked by another process, disk full
        raise click.ClickException(f"cannot compact {_db_path(ctx)}: {exc}") from None
    if as_json:
        click.echo(json.dumps(sizes, ensure_ascii=False))
    else:
        mb = 1024 * 1024
        click.echo(f"{sizes['database']}: {sizes['bytes_before'] / mb:.1f} MB -> {sizes['bytes_after'] / mb:.1f} MB",
                   err=True)
