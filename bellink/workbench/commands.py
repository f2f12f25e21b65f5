"""The workbench's commands: ``export``, ``report`` and ``serve``.

Registered on the main group by ``bellink.cli``; like every command they parse arguments, call one
function of ``bellink.workbench`` and hand its rows to ``bellink.render``. Their libraries
(networkx, plotly, datasette) are imported only when the command runs.
"""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

import click


def _write_out(output: str, text: str) -> None:
    """Write ``text`` to ``output`` whole or not at all: through a temporary file renamed over a regular
    file (or a new one); straight into anything else (/dev/stdout, a pipe, a device), which a rename
    would replace with a file, and through a link into the file it points to, which a rename would
    replace with a file of its own."""
    path = Path(output)
    if path.is_symlink():
        path = path.resolve()
    if path.exists() and not path.is_file():
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return
    tmp = f"{path}.tmp{os.getpid()}"
    Path(tmp).write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _out_path(value: str) -> str:
    folder = Path(value).expanduser().resolve().parent
    if not folder.is_dir():
        raise click.ClickException(f"cannot write {value}: folder {folder} does not exist")
    return value


@click.group()
def export():
    """Exports analysts load elsewhere: a SIPRI-style trade register, a network for Gephi.

    \b
    Example:
        bellink export sipri --csv > register.csv
        bellink export graph -o network.graphml
    """


def register(cli):
    from bellink.cli import db_option, open_for_query, output_options, run_query

    @export.command()
    @click.option("--system", help="Only deals for this weapon system (a family includes its variants).")
    @click.option("--supplier", help="Only deals from this country or organization.")
    @click.option("--recipient", help="Only deals to this country or organization.")
    @output_options
    @click.pass_context
    def sipri(ctx, system, supplier, recipient, fmt):
        """The deliveries as a SIPRI-style trade register: one row per supplier-recipient-system deal.

        Columns: supplier, recipient, designation, description, number ordered, order year,
        delivery years, number delivered, status (the furthest stage), disputed, and comments that
        cite every source with its stage and date. Numbers come only from stages that state them.

        \b
        Example:
            bellink export sipri --recipient Belarus --csv > register.csv
        """
        from bellink.render import emit
        from bellink.workbench import exports

        rows = run_query(exports.sipri_register, open_for_query(ctx), system=system, supplier=supplier,
                         recipient=recipient)
        table = [("supplier", "supplier"), ("recipient", "recipient"), ("designation", "designation", "bold"),
                 ("number_ordered", "ordered"), ("order_year", "order year"), ("number_delivered", "delivered"),
                 ("delivery_years", "delivery years"), ("status", "status"), ("disputed", "disputed")]
        emit(rows, fmt, table, empty="No deliveries match.")

    @export.command()
    @db_option
    @click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
                  help="File to write (.graphml or .gexf).")
    @click.option("--format", "fmt", type=click.Choice(["graphml", "gexf"]),
                  help="Graph format (default: from the file's extension, else GraphML).")
    @click.option("--json", "as_json", is_flag=True, help="Print what was written as JSON.")
    @click.pass_context
    def graph(ctx, output, fmt, as_json):
        """The network of who supplies, meets and speaks with whom, for Gephi or networkx.

        Nodes are entities (label, type); edges are 'supplies' (supplier to recipient, with the
        system, stage, date and source), 'meets' (between participants of one meeting) and 'told'
        (a speaker to the outlet that carried the statement).

        \b
        Example:
            bellink export graph -o network.gexf
        """
        from bellink.workbench import exports

        _out_path(output)
        fmt = fmt or ("gexf" if output.lower().endswith(".gexf") else "graphml")
        info = exports.write_network(open_for_query(ctx), output, fmt)
        if as_json:
            click.echo(json.dumps(info, ensure_ascii=False))
            return
        click.echo(f"Wrote {info['nodes']} nodes and {info['edges']} edges to {output} ({fmt}).", err=True)

    @cli.command()
    @db_option
    @click.option("--system", help="Report on this weapon system (and its variants).")
    @click.option("--entity", help="Report on this person, organization or country.")
    @click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
    @click.option("--json", "as_json", is_flag=True, help="Also print the report's facts as JSON on stdout.")
    @click.pass_context
    def report(ctx, system, entity, output, as_json):
        """One self-contained HTML report that opens offline: a chart of the deal's stages across
        articles, disputed stages, the statements about it and the sources.

        \b
        Example:
            bellink report --system S-400 -o s400.html
            bellink report --entity Lukashenko -o lukashenko.html
        """
        from bellink.workbench import report as rep

        if bool(system) == bool(entity):
            raise click.UsageError("give --system or --entity (one of them)")
        _out_path(output)
        data = run_query(rep.build, open_for_query(ctx), system=system, entity=entity)
        _write_out(output, rep.render(data))
        if as_json:
            click.echo(json.dumps({"output": output, **data}, ensure_ascii=False, default=str))
        click.echo(f"Wrote {output}: {data['subject']}, {len(data['stages'])} delivery facts, "
                   f"{len(data['statements'])} statements, {len(data['sources'])} sources.", err=True)

    @cli.command()
    @db_option
    @click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
    @click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535), help="Port.")
    @click.option("--writable", is_flag=True, help="Serve the file mutable instead of immutable (read-only).")
    @click.option("--json", "as_json", is_flag=True, help="Print the Datasette metadata as JSON and exit.")
    @click.pass_context
    def serve(ctx, host, port, writable, as_json):
        """Browse the knowledge base in Datasette: described tables, facets, search and canned queries
        (who said, a system's timeline, a deal's lifecycle). Read-only and on 127.0.0.1 by default.

        \b
        Example:
            bellink serve                       # then open http://127.0.0.1:8001/
            bellink serve --port 9000 --host 0.0.0.0
        """
        from bellink.workbench import serve as srv

        conn = open_for_query(ctx)  # refuses a missing or foreign database in one line
        conn.close()
        db = ctx.find_root().params["db"]
        if as_json:
            click.echo(json.dumps(srv.metadata(db), ensure_ascii=False, indent=2))
            return
        if not srv.port_free(host, port):
            raise click.ClickException(f"port {port} on {host} is in use; pick another with --port")
        import signal

        def stop(signum, frame):
            raise KeyboardInterrupt

        with tempfile.TemporaryDirectory() as folder:
            cmd = srv.command(db, srv.write_metadata(db, folder), host, port, writable)
            click.echo(f"Serving {db} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
            proc = subprocess.Popen(cmd)
            # stopping bellink (Ctrl-C or a plain kill) stops the Datasette it started
            previous = signal.signal(signal.SIGTERM, stop)
            try:
                code = proc.wait()
            except KeyboardInterrupt:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                code = 0
            finally:
                signal.signal(signal.SIGTERM, previous)
        if code:
            raise click.ClickException(f"Datasette stopped with exit code {code}")

    cli.add_command(export)


def register_evidence(cli):
    from bellink.cli import db_option, open_for_query

    def _run(fn, *args):
        from bellink.workbench.evidence import NotFound

        try:
            return fn(*args)
        except NotFound as exc:
            raise click.ClickException(str(exc)) from None

    @cli.command()
    @db_option
    @click.argument("fact_id")
    @click.option("--json", "as_json", is_flag=True, help="Output the fact as a JSON object.")
    @click.pass_context
    def fact(ctx, fact_id, as_json):
        """One fact whole: every field, the rule that made it, its sentence with the words that made
        it highlighted, the paragraph around it, and the document's title, outlet and date.

        Fact ids (like d-3f9a2c1b7d4e) are in every listing's --json and in 'bellink read'; they stay
        the same when a document is re-ingested.

        \b
        Example:
            bellink deliveries --system S-400 --json | grep fact_id
            bellink fact d-3f9a2c1b7d4e
        """
        from bellink.workbench import evidence

        data = _run(evidence.fact, open_for_query(ctx), fact_id)
        if as_json:
            click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
            return
        from bellink.render import console

        con = console()
        doc, ev = data["document"], data["evidence"]
        con.print(f"[bold]{fact_id}[/bold]  {data['kind']}" + (f" ({data['status']})" if data.get("status") else "")
                  + f"   rule: {data.get('rule') or 'not recorded'}   confidence: {data.get('confidence')}")
        skip = {"evidence", "document", "details", "kind", "rule", "fact_id", "start", "stop", "text", "confidence",
                "date_lo", "date_hi", "corrections"}
        for key, value in data.items():
            if key in ("quantity_approx", "corrected") and not value:
                continue
            if key not in skip and value not in (None, "", {}, []):
                con.print(f"  [dim]{key}:[/dim] {value if not isinstance(value, dict) else json.dumps(value, ensure_ascii=False)}")
        if data.get("text"):
            con.print(f"  [dim]text:[/dim] {data['text']}")
        for c in data.get("corrections", []):
            con.print(f"  [bold]corrected[/bold] {c['field']}: {c['original']!r} → {c['value']!r}"
                      f" by {c['who']} on {c['at'][:10]}" + (f" ({c['why']})" if c.get("why") else ""))
        con.print(f"\n[bold]Sentence[/bold] ({doc['id']})")
        lo = ev["start"] - ev["sentence_start"]
        con.print(evidence.styled(ev["sentence"], [], (max(lo, 0), max(lo, 0) + len(ev["span"]))))
        if ev["paragraph"] != ev["sentence"]:
            con.print("\n[bold]Paragraph[/bold]")
            con.print(ev["paragraph"])
        con.print(f"\n[bold]Document[/bold] {doc['title'] or doc['id']} — {doc['outlet'] or 'outlet unknown'},"
                  f" {doc['published'] or 'date unknown'} ({doc['lang']})")

    @cli.command()
    @db_option
    @click.argument("document")
    @click.option("--json", "as_json", is_flag=True, help="Output the text, the marks and the facts as JSON.")
    @click.pass_context
    def read(ctx, document, as_json):
        """The cleaned article with its facts marked in the text (speakers, quotes, systems, dates,
        events), a legend, and the list of facts below. Plain text when piped.

        DOCUMENT is a document id, a unique start of one, or the file name.

        \b
        Example:
            bellink read 003_30802583c04b4f2c
            bellink read 003 | less
        """
        from bellink.workbench import evidence

        data = _run(evidence.read, open_for_query(ctx), document)
        if as_json:
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
        from rich.text import Text

        from bellink.render import console

        con = console()
        doc = data["document"]
        con.print(f"[bold]{doc['title'] or doc['id']}[/bold]\n{doc['id']} · {doc['outlet'] or 'outlet unknown'} · "
                  f"{doc['published'] or 'date unknown'} · {doc['lang']}\n")
        if con.is_terminal:
            legend = Text("Legend: ")
            for kind, style in evidence.LEGEND.items():
                legend.append(kind, style=style)
                legend.append("  ")
            con.print(legend, "\n")
        con.print(evidence.styled(data["text"], data["marks"]))
        con.print(f"\n[bold]Facts ({len(data['facts'])})[/bold]")
        for f in data["facts"]:
            con.print(f"  {f['id']}  {f['date'] or 'undated':12} {f['kind']:24} {f['summary']}", soft_wrap=True)


def register_curation(cli):
    """reject, correct, merge, alias, forget and corrections: the analyst's decisions."""
    from bellink.cli import db_option, open_for_query, output_options

    def _do(ctx, fn, *args, as_json=False):
        from bellink import curation

        try:
            out = fn(open_for_query(ctx), *args)
        except curation.CurationError as exc:
            raise click.ClickException(str(exc)) from None
        if as_json:
            click.echo(json.dumps(out, ensure_ascii=False))
        return out

    json_flag = click.option("--json", "as_json", is_flag=True, help="Print what was done as JSON.")
    why_option = click.option("--why", help="Why (kept with the decision, shown beside the fact).")

    @cli.command()
    @db_option
    @click.argument("fact_id")
    @why_option
    @json_flag
    @click.pass_context
    def reject(ctx, fact_id, why, as_json):
        """Reject a fact the machine got wrong: it leaves every listing, and stays rejected when the
        document is re-ingested. The fact as it was is kept with the decision.

        \b
        Example:
            bellink reject d-3f9a2c1b7d4e --why "the aircraft carried the cargo; nothing was sold"
        """
        from bellink import curation

        _do(ctx, curation.reject, fact_id, why, as_json=as_json)
        if not as_json:
            click.echo(f"Rejected {fact_id}.", err=True)

    @cli.command()
    @db_option
    @click.argument("fact_id")
    @click.option("--status", help="The stage (deliveries: discussed, planned, ordered, delivered, in_service).")
    @click.option("--quantity", help="How many (a whole number, 0 or more).")
    @click.option("--unit", help="What the quantity counts (aircraft, battalions, systems...).")
    @click.option("--date", help="When (YYYY, YYYY-MM or YYYY-MM-DD).")
    @click.option("--speaker", help="Who said it (a person or institution bellink knows).")
    @why_option
    @json_flag
    @click.pass_context
    def correct(ctx, fact_id, status, quantity, unit, date, speaker, why, as_json):
        """Correct fields of a fact. Listings show the corrected value with a mark, and --json carries
        the original beside it with who, when and why. Survives re-ingest and --force.

        \b
        Example:
            bellink correct d-3f9a2c1b7d4e --status delivered --quantity 4 --why "BelTA, 12 May"
            bellink correct s-91c04e2a7b11 --speaker Khrenin
        """
        from bellink import curation

        changes = {k: v for k, v in (("status", status), ("quantity", quantity), ("unit", unit), ("date", date),
                                     ("speaker", speaker)) if v is not None}
        out = _do(ctx, curation.correct, fact_id, changes, why, as_json=as_json)
        if not as_json:
            click.echo(f"Corrected {fact_id}: " + ", ".join(f"{k} {v['original']!r} → {v['value']!r}"
                                                           for k, v in out["fields"].items()), err=True)

    @cli.command()
    @db_option
    @click.argument("entity")
    @click.option("--into", "into", required=True, help="The entity that remains.")
    @why_option
    @json_flag
    @click.pass_context
    def merge(ctx, entity, into, why, as_json):
        """Merge one entity into another: its mentions, facts and aliases move over, for good.

        \b
        Example:
            bellink merge Iskander-M --into Iskander
            bellink merge "Ministerstvo oborony" --into "Ministry of Defense of Belarus"
        """
        from bellink import curation

        out = _do(ctx, curation.merge, entity, into, why, as_json=as_json)
        if not as_json:
            click.echo(f"Merged {out['entity']} into {out['into']}.", err=True)

    @cli.command()
    @db_option
    @click.argument("entity")
    @click.argument("name")
    @why_option
    @json_flag
    @click.pass_context
    def alias(ctx, entity, name, why, as_json):
        """Teach bellink another name for an entity (any script); every lookup finds it by it.

        \b
        Example:
            bellink alias "S-400" "Триумфы"
        """
        from bellink import curation

        out = _do(ctx, curation.alias, entity, name, why, as_json=as_json)
        if not as_json:
            click.echo(f"{out['entity']} is now also '{out['alias']}'.", err=True)

    @cli.command()
    @db_option
    @click.argument("document")
    @why_option
    @json_flag
    @click.pass_context
    def forget(ctx, document, why, as_json):
        """Remove a document and its facts, and keep it out: ingesting it again (under any name)
        reports it as forgotten.

        \b
        Example:
            bellink forget 004_4fc6d35c2f6ca4a9 --why "opinion piece, not reporting"
        """
        from bellink import curation

        _do(ctx, curation.forget, document, why, as_json=as_json)
        if not as_json:
            click.echo(f"Forgot {document}.", err=True)

    @cli.group(invoke_without_command=True)
    @output_options
    @click.pass_context
    def corrections(ctx, fmt):
        """The analysts' decisions: list them, or share them with 'export' and 'import'.

        \b
        Example:
            bellink corrections
            bellink corrections export > curation.json
            bellink corrections import curation.json
        """
        if ctx.invoked_subcommand is not None:
            return
        from bellink import curation
        from bellink.render import emit

        rows = curation.listing(open_for_query(ctx))
        for r in rows:
            r["value"] = json.dumps(r["value"], ensure_ascii=False) if r["value"] is not None else None
            r["original"] = json.dumps(r["original"], ensure_ascii=False) if r["original"] is not None else None
        emit(rows, fmt, [("at", "when"), ("who", "who"), ("action", "action"), ("target", "fact / entity"),
                               ("field", "field"), ("value", "value"), ("why", "why")],
             empty="No corrections yet.")

    @corrections.command(name="export")
    @db_option
    @click.pass_context
    def export_(ctx):
        """Write every decision as one JSON file (to stdout), for another database or a colleague.

        \b
        Example:
            bellink corrections export > curation.json
        """
        from bellink import curation

        click.echo(json.dumps(curation.export(open_for_query(ctx)), ensure_ascii=False, indent=1))

    @corrections.command(name="import")
    @db_option
    @click.argument("path", type=click.Path(dir_okay=False))
    @json_flag
    @click.pass_context
    def import_(ctx, path, as_json):
        """Add the decisions in a file 'corrections export' wrote; all of them or none. Decisions about
        documents not ingested yet wait for them.

        \b
        Example:
            bellink corrections import curation.json
        """
        from bellink import curation

        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise click.ClickException(f"no file {path}") from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise click.ClickException(f"{path} is not a JSON file: {exc}") from None
        out = _do(ctx, curation.import_, data, as_json=as_json)
        if not as_json:
            click.echo(f"Imported {out['added']} of {out['items']} decisions from {path}.", err=True)
