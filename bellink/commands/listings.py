"""The listing commands (sources, search, entities, show, statements, who-said, deliveries,
timeline): each parses its options, asks one function of bellink.queries for a listing and hands
it to bellink.render. cli.py imports this module only when one of them runs."""
from __future__ import annotations

import click

from bellink.cli import (ENTITY_TYPES, EVENT_KINDS, STATUSES, format_options, listing_options, open_for_query,
                         run_query)

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


@click.command()
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


@click.command()
@click.argument("text")
@click.option("--lang", type=click.Choice(["en", "ru"]), help="Only sentences of documents in this language.")
@listing_options(("newest", "rank", "published", "document"), dates="published", default_order="newest")
@click.pass_context
def search(ctx, text, lang, out):
    """Search the sentences of every document, in both languages.

    A name finds every sentence that mentions the entity, in any script or
    spelling ("Искандер" finds "Iskander"); other words match by stem
    ("deliver" finds "delivering"). Combine with OR, NOT (or -word),
    "quoted phrases" and parentheses; words side by side must all match.
    --since/--until select documents by publication date. Newest first; --order rank
    puts the sentences whose words match best first (BM25), ranking the newest 10,000
    matches.

    \b
    Example:
        bellink search "S-400"
        bellink search "S-400 OR Iskander" --since 2021
        bellink search Лукашенко --lang en --json
        bellink search "air defence" --order rank
    """
    from bellink import queries
    from bellink.render import emit_listing, highlighted

    listing = run_query(queries.search_listing, open_for_query(ctx), text, since=out.since, until=out.until,
                        lang=lang)
    emit_listing(listing, out, [("document", "document", "cyan"),
                                (lambda r: highlighted(r["snippet"]), "snippet", None, "main")],
                 empty=f"Nothing matches {text!r}.")


# --- entities ----------------------------------------------------------------------------

@click.command()
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


@click.command()
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
    from bellink.render import PAGE, emit_card, emit_rows

    # the table shows each section's first page: read only that, and count the rest
    card = run_query(queries.entity_card, open_for_query(ctx), name, limit=PAGE if fmt == "table" else None)
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


@click.command()
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


@click.command(name="who-said")
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
    more = f" → … {g['stages_more']:,} more (all with --json)" if g.get("stages_more") else ""
    return " → ".join(f"{s['status']} {_date_cell(s)} ({s['document']})" for s in g["stages"]) + more


@click.command()
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


@click.command()
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
