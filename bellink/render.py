"""Turn rows into output: rich tables for people, JSON and CSV for programs.

This is the only module that imports rich, and only when a table or a
progress bar is actually drawn. JSON goes through json.dumps (UTF-8, not
escaped), never through rich, so scripts can parse it.
"""
from __future__ import annotations

import csv
import json
import sys
from typing import Iterable, Optional, Sequence


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit_json(data, nl: bool = False) -> None:
    out = sys.stdout
    if nl and isinstance(data, list):
        for row in data:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif isinstance(data, list) and data and all(isinstance(r, dict) for r in data):
        # One object per line: still one JSON array, but encoded by the C encoder
        # (indent=2 falls back to the pure-Python one, twice as slow on big answers).
        out.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in data) + "\n]\n")
    else:
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def emit_csv(rows: Sequence[dict], columns: Optional[Sequence[str]] = None) -> None:
    columns = list(columns or (rows[0].keys() if rows else []))
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])


def console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def emit_table(rows: Sequence[dict], columns: Sequence[tuple], title: Optional[str] = None,
               empty: str = "No rows.") -> None:
    """columns: (key, header[, style]) or (callable, header[, style])."""
    from rich.table import Table
    from rich.text import Text

    con = console()
    if not rows:
        con.print(empty, style="dim")
        return
    table = Table(title=title, show_lines=False, header_style="bold", expand=False)
    for col in columns:
        table.add_column(col[1], style=col[2] if len(col) > 2 else None, overflow="fold")
    for row in rows:
        cells = []
        for col in columns:
            value = col[0](row) if callable(col[0]) else row.get(col[0])
            cells.append(value if isinstance(value, Text) else Text(_cell(value)))
        table.add_row(*cells)
    con.print(table)


def highlighted(snippet: str):
    """A search snippet with **hits** as bold text."""
    from rich.text import Text

    text = Text()
    for i, part in enumerate(snippet.split("**")):
        text.append(part, style="bold yellow" if i % 2 else None)
    return text


def emit(rows: Sequence[dict], fmt: str, columns: Sequence[tuple], title: Optional[str] = None,
         empty: str = "No rows.") -> None:
    if fmt == "json":
        emit_json(list(rows))
    elif fmt == "nl":
        emit_json(list(rows), nl=True)
    elif fmt == "csv":
        emit_csv(rows)
    else:
        emit_table(rows, columns, title=title, empty=empty)


def emit_card(card: dict, sections: Iterable[tuple]) -> None:
    """One entity's card: a header, then one table per non-empty section."""
    con = console()
    con.print(f"[bold]{card['name']}[/bold]  [dim]{card['type'].replace('_', ' ')}[/dim]"
              + (f"  ({card['name_ru']})" if card.get("name_ru") else ""))
    for label in ("family", "variants", "country", "category"):
        if card.get(label):
            con.print(f"{label.capitalize()}: {_cell(card[label])}")
    if card.get("aliases"):
        con.print(f"Aliases: {'; '.join(card['aliases'][:30])}")
    for key, title, columns in sections:
        rows = card.get(key) or []
        if rows:
            emit_table(rows, columns, title=title)


class Progress:
    """A rich progress bar on a terminal; silent otherwise (CI logs, pipes)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._progress = None
        self._task = None

    def __enter__(self):
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, TimeElapsedColumn

            self._progress = RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                          TimeElapsedColumn(), console=console(stderr=True), transient=True)
            self._progress.__enter__()
        return self

    def total(self, n: int) -> None:
        if self._progress:
            self._task = self._progress.add_task("ingest", total=n)

    def advance(self, label: str) -> None:
        if self._progress and self._task is not None:
            self._progress.update(self._task, advance=1, description=label[-40:])

    def __exit__(self, *exc):
        if self._progress:
            self._progress.__exit__(*exc)
