"""A saved web page -> article text, title, date, site name and language, through trafilatura.

trafilatura (with htmldate for dates) is the field's standard for telling a page's
article from its menus, search boxes, cookie notices, share bars, "read also"
blocks and footers, and for reading the page's metadata (JSON-LD, OpenGraph,
``article:published_time``, visible dates). This module is the only place that
imports it, and only the ingest command reaches here: query commands never pay
for lxml and trafilatura.

What trafilatura leaves, bellink's own line rules (``load.clean``) still see, and
they run on the text built here, so every stored offset points into the text the
database keeps.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

# <meta charset="windows-1251"> / <meta http-equiv="Content-Type" content="text/html; charset=koi8-r">
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})""", re.IGNORECASE)
META_LOCALE = re.compile(
    r"""<meta[^>]+(?:property|name|http-equiv)\s*=\s*["'](?:og:locale|content-language|language|dc\.language)["']"""
    r"""[^>]*?content\s*=\s*["']([A-Za-z]{2,3})""", re.IGNORECASE)
JSONLD_LANG = re.compile(r'"inLanguage"\s*:\s*"([A-Za-z]{2,3})', re.IGNORECASE)


@dataclass
class Page:
    text: str  # title, blank line, paragraphs separated by blank lines
    title: Optional[str] = None
    published: Optional[str] = None  # ISO day
    site_name: Optional[str] = None
    lang: Optional[str] = None  # what the page declares ("en", "ru"), if anything
    url: Optional[str] = None
    removed: list = field(default_factory=list)


def declared_charset(data: bytes) -> Optional[str]:
    """The encoding a page declares in a meta tag (first 4 KB), as a Python codec name."""
    import codecs

    m = META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        # named as decode() names what it detects ("cp1251", "koi8_r")
        return codecs.lookup(m.group(1).decode("ascii").lower()).name.replace("-", "_")
    except (LookupError, UnicodeDecodeError):
        return None


def declared_language(html: str) -> Optional[str]:
    head = html[:20000]
    for pattern in (HTML_LANG, META_LOCALE, JSONLD_LANG):
        m = pattern.search(head)
        if m:
            return m.group(1).lower()[:2]
    return None


def _extract(html: str, **options):
    import trafilatura
    from trafilatura.deduplication import LRUCache

    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        # Repeated blocks within the page go (a teaser repeated above the text); a cache
        # of its own per page, because trafilatura's shared one would drop the paragraphs
        # of a page seen earlier in this process (a re-ingest, a duplicate to report).
        deduplicate=LRUCache(maxsize=4096),
        # The page's own metadata first (JSON-LD, meta tags); the whole-page search
        # for visible dates runs below, where its guesses can be checked.
        date_extraction_params={"original_date": True, "extensive_search": False},
        **options,
    )


def _visible_date(html: str) -> Optional[str]:
    """A date shown on the page ("29 мая 2023, 10:15"), found by htmldate's extensive search.

    htmldate turns a bare copyright year ("© 1999–2023") into January 1st of it: such a
    result is not a publication day, so it is refused rather than stored as one.
    """
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate on a malformed page: no date rather than no document
        return None
    if not found or found.endswith("-01-01"):
        return None
    return found


def _paragraphs(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        line = line.strip()
        # a layout table (old sites) comes back as a Markdown table row
        if line.startswith("|") and line.endswith("|"):
            line = line.strip("|").replace("\\|", "|").strip()
            if not line or set(line) <= set("-| :"):
                continue
        line = re.sub(r"[ \t\u00a0]+", " ", line)
        if line:
            out.append(line)
    return out


DOCTYPE_OPEN = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?<!doctype\b", re.IGNORECASE)


def strip_doctype(html: str) -> str:
    """The page without its leading <!DOCTYPE ...>, internal subset ``[ ... ]`` included.

    An HTML parser ends the declaration at its first '>', which in
    ``<!DOCTYPE html [ <!ENTITY x "y"> ]>`` is inside the subset: the rest ("]>") became
    article text. The subset is skipped whole: quoted strings and comments in it may hold
    ']' or '>'. Its entities are never expanded."""
    m = DOCTYPE_OPEN.match(html)
    if not m:
        return html
    i, n, depth, quote = m.end(), len(html), 0, None
    while i < n:
        ch = html[i]
        if quote:
            if ch == quote:
                quote = None
        elif html.startswith("<!--", i):
            end = html.find("-->", i + 4)
            i = n if end < 0 else end + 3
            continue
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        elif ch == ">" and not depth:
            return html[:m.start()] + html[i + 1:]
        i += 1
    return html[:m.start()]  # never closed: everything after it was the declaration


def read_page(html: str) -> Page:
    """The article in a saved page, with the metadata the page states."""
    html = strip_doctype(html)
    # Precision first: site chrome is worse than a missed paragraph, because chrome
    # becomes sentences, mentions and facts. Pages whose article sits in a layout
    # table or a bare <td> yield nothing that way; recall, then tables, catch those.
    result = None
    for options in ({"favor_precision": True, "include_tables": False},
                    {"favor_recall": True, "include_tables": False},
                    {"favor_recall": True, "include_tables": True}):
        result = _extract(html, **options)
        if result is not None and (result.text or "").strip():
            break
    page = Page(text="", lang=declared_language(html))
    if result is None:
        return page
    page.title = (result.title or "").strip() or None
    page.site_name = (result.sitename or "").strip() or None
    page.url = result.url or None
    page.published = result.date or _visible_date(html)
    paragraphs = _paragraphs(result.text or "")
    if page.title and (not paragraphs or paragraphs[0] != page.title):
        paragraphs.insert(0, page.title)
    page.text = "\n\n".join(paragraphs)
    return page

