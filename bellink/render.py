"""Turn rows into output: tables for people, JSON, CSV and TSV for programs.

Every listing goes through :func:`emit_listing`, so each format means the same
on every command:

* ``--json``: one JSON array of objects, streamed row by row (a big answer is
  never built in memory); ``[]`` when nothing matches.
* ``--nl``: one compact JSON object per line.
* ``--csv`` / ``--tsv``: a header (always, even for an empty answer, unless
  ``--no-headers``) and one line per row; nested values (lists, objects) are
  JSON cells, booleans ``true``/``false``, NULL an empty cell.
* table (the default): the first page (50 rows) and, when more remain, a
  footer on stderr saying how many and how to get them. On a terminal it is a
  boxed table fitted to the width: columns are dropped from the right (never
  the main text) until every word fits, and cells wrap at word boundaries only.
  Piped, it degrades to plain aligned text, one line per row.

Listing tables are drawn here (``_draw_table``, rich's look), not by rich:
importing rich and laying out a page cost more than the query behind most
listings. This is the only module that imports rich, for the progress bar and
the console of the workbench's ``fact`` and ``read``. JSON goes through
json.dumps (UTF-8, not escaped), never through rich, so scripts can parse it.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from typing import Iterable, Iterator, Optional, Sequence

PAGE = 50
COUNT_CAP = 10_000  # the footer counts at most this many rows past the page


# --- cells --------------------------------------------------------------------------

def _cell(value) -> str:
    """A value for a person to read: lists joined by '; '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        if any(isinstance(v, (dict, list)) for v in value):
            return json.dumps(value, ensure_ascii=False)
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _data_cell(value) -> str:
    """A value for a program: nested values as JSON, booleans as JSON, NULL empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# --- machine formats --------------------------------------------------------------------

def emit_rows(rows: Iterable[dict], fields: Sequence[str], fmt: str, headers: bool = True) -> int:
    """Stream rows as json / nl / csv / tsv; returns how many were written."""
    writer = RowWriter(fields, fmt, headers)
    for row in rows:
        writer.write(row)
    return writer.close()


class RowWriter:
    """Rows written one at a time as json / nl / csv / tsv, for a listing (``emit_rows``) or for
    rows that arrive while a command runs (ingest writes each file's row as it is stored)."""

    def __init__(self, fields: Sequence[str], fmt: str, headers: bool = True):
        self.fields, self.fmt, self.n, self.headers = list(fields), fmt, 0, headers
        self.out = sys.stdout
        self.csv = None
        if fmt not in ("json", "nl"):
            self.csv = csv.writer(self.out, lineterminator="\n", delimiter="\t" if fmt == "tsv" else ",")

    def _begin(self) -> None:
        """The CSV header, written with the first row (or by close): a run refused before any
        row prints nothing."""
        if self.csv is not None and self.headers:
            self.csv.writerow(self.fields)
        self.headers = False

    def write(self, row: dict) -> None:
        if self.n == 0:
            self._begin()
        if self.fmt == "json":
            self.out.write(("[\n" if self.n == 0 else ",\n") + json.dumps(row, ensure_ascii=False))
        elif self.fmt == "nl":
            self.out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            self.csv.writerow([_data_cell(row.get(f)) for f in self.fields])
        self.n += 1

    def close(self) -> int:
        if self.n == 0:
            self._begin()
        if self.fmt == "json":
            self.out.write("\n]\n" if self.n else "[]\n")
        self.out.flush()
        return self.n


def emit_json(data, nl: bool = False) -> None:
    """A single object (not a listing): indented JSON, or one line with nl."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=None if nl else 2) + "\n")


def emit_csv(rows: Sequence[dict], columns: Optional[Sequence[str]] = None) -> None:
    columns = list(columns or (rows[0].keys() if rows else []))
    emit_rows(rows, columns, "csv")


# --- tables ---------------------------------------------------------------------------

def console(stderr: bool = False, width: Optional[int] = None):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False, width=width)


def _value(col, row):
    return col[0](row) if callable(col[0]) else row.get(col[0])


def _plain(value) -> str:
    text = getattr(value, "plain", None)
    return text if text is not None else _cell(value)


def _longest_word(text: str) -> int:
    return max((len(w) for w in text.split()), default=0)


def fit_columns(columns: Sequence[tuple], cells: list[list[str]], width: int) -> list[int]:
    """Indexes of the columns to show so that every word fits in ``width`` (rich box: 3 per column + 1).

    Columns marked "low" (4th element) go first, then the others from the right; "main" stays.
    """
    keep = list(range(len(columns)))
    need = [max([_longest_word(columns[i][1])] + [_longest_word(r[i]) for r in cells]) for i in keep]

    def total():
        return sum(need[i] for i in keep) + 3 * len(keep) + 1

    def mark(i):
        return columns[i][3] if len(columns[i]) > 3 else None

    # first the columns marked "low", then the others, each from the right; never the "main" one
    for i in sorted(reversed(range(len(columns))), key=lambda i: mark(i) != "low"):
        if total() <= width or len(keep) == 1:
            break
        if mark(i) == "main":
            continue
        keep.remove(i)
    return keep


def _widths(columns: Sequence[tuple], cells: list[list[str]], width: int) -> list[int]:
    """Column widths: each at least its longest word, the room left shared by what each still lacks."""
    lo = [max([_longest_word(c[1])] + [_longest_word(r[i]) for r in cells]) for i, c in enumerate(columns)]
    hi = [max([len(c[1])] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    room = width - 3 * len(columns) - 1
    if sum(hi) <= room:
        return hi
    out = list(lo)
    spare = room - sum(lo)
    while spare > 0:
        short = [i for i in range(len(out)) if out[i] < hi[i]]
        if not short:
            break
        lack = sum(hi[i] - out[i] for i in short)
        given = 0
        for i in short:
            add = min(hi[i] - out[i], max(1, spare * (hi[i] - out[i]) // lack))
            add = min(add, spare - given)
            out[i] += add
            given += add
            if given >= spare:
                break
        spare -= given
        if given == 0:
            break
    return out


class Styled:
    """Text with styled spans (a search hit, the words that made a fact): what a table cell
    shows in bold or colour on a terminal. ``plain`` is the text alone."""

    __slots__ = ("plain", "spans")

    def __init__(self, text: str = "", style: Optional[str] = None):
        self.plain, self.spans = "", []
        self.append(text, style)

    def append(self, text: str, style: Optional[str] = None) -> "Styled":
        if style and text:
            self.spans.append((len(self.plain), len(self.plain) + len(text), style))
        self.plain += text
        return self


_SGR = {"bold": "1", "dim": "2", "italic": "3", "underline": "4", "red": "31", "green": "32", "yellow": "33",
        "blue": "34", "magenta": "35", "cyan": "36"}


def _sgr(style: Optional[str]) -> str:
    codes = [_SGR[w] for w in (style or "").split() if w in _SGR]
    return f"\x1b[{';'.join(codes)}m" if codes else ""


def _cell_chars(value) -> tuple[str, list]:
    """A cell's text on one line (runs of whitespace as one space) and each character's style."""
    raw = _plain(value)
    styles: list = [None] * len(raw)
    for lo, hi, style in getattr(value, "spans", ()):
        styles[lo:hi] = [style] * (hi - lo)
    text, kept = [], []
    for ch, st in zip(raw, styles):
        if ch.isspace():
            if not text or text[-1] == " ":
                continue
            ch = " "
        text.append(ch)
        kept.append(st)
    while text and text[-1] == " ":
        text.pop()
        kept.pop()
    return "".join(text), kept


def _wrap(text: str, width: int) -> list[tuple[int, int]]:
    """(start, stop) of each line: words kept whole where they fit, a longer one folded."""
    lines, start, end, pos = [], None, 0, 0
    for word in text.split(" "):
        w0, w1 = pos, pos + len(word)
        pos = w1 + 1
        if start is not None and w1 - start <= width:
            end = w1
            continue
        if start is not None:
            lines.append((start, end))
        start = w0
        while w1 - start > width:  # a word wider than the column (nothing narrower could be dropped)
            lines.append((start, start + width))
            start += width
        end = w1
    lines.append((start, end))
    return lines


def _draw_table(columns: Sequence[tuple], cells: list[list], widths: list[int], title: Optional[str],
                headers: bool, color: bool, out) -> None:
    """A boxed table (rich's look: heavy head, light body) with cells wrapped at word boundaries.
    Drawn here rather than by rich: importing rich and laying out 50 rows cost more CPU than the
    query behind most listings."""
    reset = "\x1b[0m" if color else ""
    total = sum(widths) + 3 * len(widths) + 1

    def line_of(texts_styles, base_styles):
        wrapped = [(_wrap(t, w), t, st) for (t, st), w in zip(texts_styles, widths)]
        height = max(len(w[0]) for w in wrapped)
        out_lines = []
        for k in range(height):
            parts = []
            for (spans, t, st), w, base in zip(wrapped, widths, base_styles):
                if k < len(spans):
                    a, b = spans[k]
                    seg = t[a:b]
                    if color:
                        pieces, cur, buf = [], None, ""
                        for ch, cs in zip(seg, st[a:b]):
                            style = " ".join(x for x in (base, cs) if x)
                            if style != cur and buf:
                                pieces.append(_sgr(cur) + buf + (reset if _sgr(cur) else ""))
                                buf = ""
                            cur = style
                            buf += ch
                        if buf:
                            pieces.append(_sgr(cur) + buf + (reset if _sgr(cur) else ""))
                        parts.append("".join(pieces) + " " * (w - len(seg)))
                    else:
                        parts.append(seg.ljust(w))
                else:
                    parts.append(" " * w)
            out_lines.append(parts)
        return out_lines

    lines = []
    if title:
        pad = max(0, (total - len(title)) // 2)
        lines.append(" " * pad + (f"\x1b[3m{title}{reset}" if color else title))
    if headers:
        lines.append("┏" + "┳".join("━" * (w + 2) for w in widths) + "┓")
        for parts in line_of([(c[1], [None] * len(c[1])) for c in columns], ["bold"] * len(columns)):
            lines.append("┃ " + " ┃ ".join(parts) + " ┃")
        lines.append("┡" + "╇".join("━" * (w + 2) for w in widths) + "┩")
    else:
        lines.append("┌" + "┬".join("─" * (w + 2) for w in widths) + "┐")
    bases = [c[2] if len(c) > 2 else None for c in columns]
    for row in cells:
        for parts in line_of(row, bases):
            lines.append("│ " + " │ ".join(parts) + " │")
    lines.append("└" + "┴".join("─" * (w + 2) for w in widths) + "┘")
    out.write("\n".join(lines) + "\n")


def _terminal_width() -> int:
    """COLUMNS when set (as rich reads it), else the terminal's width, else 80."""
    import os

    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns or 80
    except (OSError, ValueError, AttributeError):
        return 80


def emit_table(rows: Sequence[dict], columns: Sequence[tuple], title: Optional[str] = None,
               empty: str = "No rows.", headers: bool = True, plain: Optional[bool] = None,
               width: Optional[int] = None) -> None:
    """columns: (key or callable, header[, style[, "main"]])."""
    if not rows:
        print(empty, file=sys.stderr)
        return
    if plain is None:
        plain = not sys.stdout.isatty()
    values = [[_value(c, r) for c in columns] for r in rows]
    if plain:
        texts = [[re.sub(r"\s+", " ", _plain(v)).strip() for v in row] for row in values]
        widths = [max([len(c[1]) if headers else 0] + [len(t[i]) for t in texts]) for i, c in enumerate(columns)]
        lines = []
        if title:
            lines.append(title)
        if headers:
            lines.append("  ".join(c[1].ljust(w) for c, w in zip(columns, widths)).rstrip())
            lines.append("  ".join("-" * w for w in widths))
        for t in texts:
            lines.append("  ".join(x.ljust(w) for x, w in zip(t, widths)).rstrip())
        sys.stdout.write("\n".join(lines) + "\n")
        return
    import os

    cells = [[_cell_chars(v) for v in row] for row in values]
    texts = [[c[0] for c in row] for row in cells]
    width = width or _terminal_width()
    keep = fit_columns(columns, texts, width)
    widths = _widths([columns[i] for i in keep], [[t[i] for i in keep] for t in texts], width)
    # no-color.org: NO_COLOR set to a non-empty string turns colour off; an empty one does not (as in rich)
    color = (sys.stdout.isatty() and not os.environ.get("NO_COLOR")
             and os.environ.get("TERM", "") not in ("dumb", "unknown"))
    _draw_table([columns[i] for i in keep], [[row[i] for i in keep] for row in cells], widths, title, headers,
                color, sys.stdout)
    if len(keep) < len(columns):
        dropped = ", ".join(columns[i][1] for i in range(len(columns)) if i not in keep)
        print(f"(not shown at this width: {dropped}; see --json or --csv)", file=sys.stderr)


def evidence(row: dict, width: int = 150):
    """The fact's sentence shortened around the words that made it, those words highlighted
    (bold on a terminal, [between brackets] when piped)."""
    sentence = row.get("sentence") or ""
    base = row.get("sentence_start")
    if base is None or row.get("start") is None or row.get("stop") is None:
        return Styled(sentence[:width] + ("…" if len(sentence) > width else ""))
    lo = max(0, min(len(sentence), row["start"] - base))
    hi = max(lo, min(len(sentence), row["stop"] - base))
    room = max(0, width - (hi - lo)) // 2
    a, b = max(0, lo - room), min(len(sentence), hi + room)
    head, span, tail = sentence[a:lo], sentence[lo:hi], sentence[hi:b]
    if len(span) > width:
        span = span[:width - 1] + "…"
    plain = not sys.stdout.isatty()
    text = Styled(("…" if a > 0 else "") + head)
    text.append(f"[{span}]" if plain else span, style=None if plain else "bold yellow")
    text.append(tail + ("…" if b < len(sentence) else ""))
    return text


def stage_lines(group: dict) -> str:
    """A deal's stages, one a line, each with its date, source and sentence (lifecycle --evidence)."""
    out = []
    for s in group["stages"]:
        sentence = (s.get("sentence") or "").strip()
        out.append(f"{s['status']} {s.get('date_label') or s.get('date') or 'undated'} ({s['document']}): "
                   f"{sentence[:200] + ('…' if len(sentence) > 200 else '')}")
    if group.get("stages_more"):
        out.append(f"… {group['stages_more']:,} more (all with --json)")
    return "\n".join(out)


def highlighted(snippet: str):
    """A search snippet with **hits** as bold text."""
    text = Styled()
    for i, part in enumerate(snippet.split("**")):
        text.append(part, style="bold yellow" if i % 2 else None)
    return text


def emit_listing(listing, opts, columns: Sequence[tuple], empty: str, title: Optional[str] = None) -> None:
    """Rows of a queries.Listing in the chosen format; see the module docstring."""
    if opts.fmt != "table":
        emit_rows(listing.rows(limit=opts.limit, offset=opts.offset, order=opts.order, desc=opts.desc),
                  listing.fields, opts.fmt, headers=opts.headers)
        return
    page = opts.limit if opts.limit is not None else PAGE
    total = None
    got = (listing.page_with_total(page + 1, opts.offset, opts.order, opts.desc)
           if hasattr(listing, "page_with_total") else None)
    if got is not None:
        rows, total = got
    else:
        fetch = getattr(listing, "table_rows", listing.rows)  # a table may show less of each row
        rows = list(fetch(limit=page + 1, offset=opts.offset, order=opts.order, desc=opts.desc))
    more = len(rows) > page
    rows = rows[:page]
    if not rows:
        from bellink.queries import has_documents

        if listing.conn is not None and not has_documents(listing.conn):
            empty = "The database has no documents yet; run 'bellink ingest' first."
        elif opts.offset:
            empty += f" (nothing after row {opts.offset})"
        emit_table([], columns, empty=empty)
        return
    emit_table(rows, columns, title=title, headers=opts.headers)
    if more:
        first, last = opts.offset + 1, opts.offset + len(rows)
        if total is None:
            total = listing.count(cap=last + COUNT_CAP + 1)
        if total > last + COUNT_CAP:
            of, rest = f"more than {last + COUNT_CAP:,}", f"over {COUNT_CAP:,} more"
        else:
            of, rest = f"{total:,}", f"{total - last:,} more"
        print(f"Rows {first:,}–{last:,} of {of} ({rest}): next page with --offset {last},"
              f" everything with --csv or --json.", file=sys.stderr)


def emit_card(card: dict, sections: Iterable[tuple], plain: Optional[bool] = None) -> None:
    """One entity's card: a header, then one table per non-empty section."""
    lines = [f"{card['name']}  ({card['type'].replace('_', ' ')})"
             + (f"  {card['name_ru']}" if card.get("name_ru") else "")]
    for label in ("family", "variants", "country", "category"):
        if card.get(label):
            lines.append(f"{label.capitalize()}: {_cell(card[label])}")
    if card.get("aliases"):
        lines.append(f"Aliases: {'; '.join(card['aliases'][:30])}")
    sys.stdout.write("\n".join(lines) + "\n")
    for key, title, columns in sections:
        rows = card.get(key) or []
        if rows:
            shown = rows[:PAGE]
            emit_table(shown, columns, title=title, plain=plain)
            total = (card.get("counts") or {}).get(key, len(rows))
            if total > len(shown):
                print(f"{title}: {len(shown)} of {total:,} shown; all with --csv or --json.", file=sys.stderr)


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
                                          TimeElapsedColumn(), console=console(stderr=True), transient=True,
                                          # no refresh thread: a huge document's analysis forks (ingest/overlap.py),
                                          # and a fork beside another thread may inherit a lock it holds forever
                                          auto_refresh=False)
            self._progress.__enter__()
        return self

    def total(self, n: int) -> None:
        if self._progress:
            self._task = self._progress.add_task("ingest", total=n)

    def advance(self, label: str) -> None:
        if self._progress and self._task is not None:
            self._progress.update(self._task, advance=1, description=label[-40:], refresh=True)

    def __exit__(self, *exc):
        if self._progress:
            self._progress.__exit__(*exc)


def emit(rows: Sequence[dict], fmt: str, columns: Sequence[tuple], title: Optional[str] = None,
         empty: str = "No rows.", fields: Optional[Sequence[str]] = None) -> None:
    """Rows already in memory (ingest's report) in any format."""
    if fmt == "table":
        emit_table(rows, columns, title=title, empty=empty)
    else:
        fields = list(fields or (rows[0].keys() if rows else [c[0] for c in columns if isinstance(c[0], str)]))
        emit_rows(rows, fields, fmt)
