"""The bellink command line: parse arguments, call one core function, render its rows.

No SQL and no extraction here. This module holds the group, the options commands
share and the map of commands; each command lives in a module imported only
when that command runs (click's lazy-loading group pattern), so ``bellink
timeline`` does not build ingest's, the workbench's or the curation commands,
nor import what they import. Query commands import only the standard library,
click and bellink's light modules; ingest's stack (natasha, models) is imported
inside the ingest command alone.
"""
from __future__ import annotations

import functools
import sys
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


# command name -> "module:attribute": a click command, or a function that registers commands
# on the group it is given (the workbench's register functions)
LAZY_COMMANDS = {
    "ingest": "bellink.commands.ingest:ingest",
    "compact": "bellink.commands.maintenance:compact",
    **{name: f"bellink.commands.listings:{name.replace('-', '_')}"
       for name in ("sources", "search", "entities", "show", "statements", "who-said", "deliveries", "timeline")},
    **dict.fromkeys(("export", "report", "serve"), "bellink.workbench.commands:register"),
    **dict.fromkeys(("fact", "read"), "bellink.workbench.commands:register_evidence"),
    **dict.fromkeys(("reject", "correct", "merge", "alias", "forget", "corrections"),
                    "bellink.workbench.commands:register_curation"),
}


class BellinkGroup(click.Group):
    """Commands loaded on first use (LAZY_COMMANDS); errors a user can cause end in one line
    on stderr and a non-zero exit, never a traceback."""

    def list_commands(self, ctx):
        return sorted({*self.commands, *LAZY_COMMANDS})

    def get_command(self, ctx, name):
        if name not in self.commands and name in LAZY_COMMANDS:
            import importlib

            module, attr = LAZY_COMMANDS[name].split(":")
            found = getattr(importlib.import_module(module), attr)
            if isinstance(found, click.Command):
                self.add_command(found, name)
            else:
                scratch = click.Group()
                found(scratch)
                for cmd_name, cmd in scratch.commands.items():
                    self.commands.setdefault(cmd_name, cmd)
        return self.commands.get(name)

    def main(self, args=None, prog_name=None, **extra):
        from bellink.leave import exit_now

        entry = args is None  # the console's entry point (sys.argv), not click's test runner or a script
        extra.pop("standalone_mode", None)
        _utf8_output()
        try:
            rv = super().main(args=args, prog_name=prog_name or "bellink", standalone_mode=False, **extra)
        except click.exceptions.Exit as exc:
            exit_now(exc.exit_code, entry)
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
        exit_now(rv if isinstance(rv, int) else 0, entry)


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


