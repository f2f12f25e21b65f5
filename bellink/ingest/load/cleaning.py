"""Markdown to plain text, web boilerplate lines removed (``clean``), and the language a text is
written in (``detect_language``)."""
from __future__ import annotations

import re


# --- Markdown -----------------------------------------------------------------

MD_FENCE = re.compile(r"^\s*(```|~~~)")
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
MD_BULLET = re.compile(r"^(\s*)[*+]\s+")
MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)|\[([^\]]+)\]\[[^\]]*\]")
MD_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
MD_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MD_EM = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
MD_CODE = re.compile(r"`([^`]+)`")
MD_HTML_TAG = re.compile(r"</?(?:br|p|div|span|em|strong|b|i|sup|sub)\b[^>]*>", re.IGNORECASE)


def strip_markdown(text: str) -> str:
    """Markdown -> the plain text a reader sees: headings without '#', emphasis, links and
    images reduced to their words. Done before cleaning, so offsets point into the plain text
    the database stores."""
    out = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if MD_FENCE.match(line) or MD_RULE.match(line) or MD_LINK_DEF.match(line):
            out.append("")
            continue
        if MD_SETEXT.match(line) and out and out[-1].strip():
            out.append("")  # the underline of the heading above
            continue
        m = MD_HEADING.match(line)
        if m:
            line = m.group(1)
        while MD_QUOTE.match(line):
            line = MD_QUOTE.sub("", line, count=1)
        line = MD_BULLET.sub(r"\1- ", line)
        line = MD_IMAGE.sub("", line)
        line = MD_LINK.sub(lambda m: m.group(1) or m.group(2), line)
        line = MD_AUTOLINK.sub(r"\1", line)
        line = MD_CODE.sub(r"\1", line)
        line = MD_STRONG.sub(r"\2", line)
        line = MD_EM.sub(r"\2", line)
        line = MD_HTML_TAG.sub("", line)
        line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", line)  # backslash escapes
        out.append(line.rstrip())
    return "\n".join(out)


# --- boilerplate --------------------------------------------------------------

# A line that starts a comment form or share block: it and everything after it
# is page furniture when it sits in the last part of the page.
TAIL_MARKERS = re.compile(
    r"^\s*(добавить комментарий|оставить комментарий|комментарии\s*\(?\d*\)?|leave a (reply|comment)|"
    r"post a comment|\d+\s+comments?|comments?|share this( article| story)?|поделиться|"
    r"related (articles|news|stories)|читайте также|most read|популярное|подписывайтесь)\s*:?\s*$",
    re.IGNORECASE,
)
# Single boilerplate lines wherever they stand.
BOILERPLATE_LINES = re.compile(
    r"^\s*("
    r"read more\s*:.*|читайте (также|далее)\s*:.*|see also\s*:.*|"
    r".*can also be accessed at the following alternate address.*|.*alternate address(es)?\s*:?\s*|"
    r"ваш адрес email не будет опубликован.*|your email address will not be published.*|"
    r"обязательные поля помечены.*|required fields are marked.*|"
    r"этот сайт использует akismet.*|this site uses akismet.*|"
    r"(share|tweet|email|print)( on (facebook|twitter|x|telegram|vk|whatsapp))?|"
    r"(share|поделиться)( this( article| story| page)?)?\s*:?(\s*(facebook|twitter|x|telegram|vk|vkontakte|"
    r"вконтакте|одноклассники|whatsapp|linkedin|email|e-mail|reddit|viber|copy link)[\s,|·]*)+|"
    r"follow us on .*|подписывайтесь на .*|"
    r"(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?|https?://\S+"
    r")\s*$",
    re.IGNORECASE,
)
# Navigation breadcrumbs: "News / Russia / Editor's Choice", "Главная » Новости".
BREADCRUMB = re.compile(r"^\s*[^.!?:;\n]{1,40}(\s*(/|»|›|>|\|)\s*[^.!?:;\n/»›>|]{1,40}){1,6}\s*$")
# A numeric id glued to the first word of a line: "1096779Four Russian".
GLUED_ID = re.compile(r"^(\d{5,})(?=[A-ZА-ЯЁ«\"“])")


SPACES = re.compile(r"[ \t]+")
# A saved page's date marker opening the text ("date 2022-12-24 Russia Sends Belarus S-400s", "date 2025-11-10 19:19
# Источник: Интерфакс"): what a search tool or crawler put before the page, its metadata, not a date the article tells
# ("date 2022-06 ...": a marker that gives only the month dates the page to the month)
PAGE_DATE = re.compile(r"^date\s+(\d{4}-\d{2}(?:-\d{2})?)(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+|$)")


def _is_short_label(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 4 and not re.search(r"[.!?:;,»\"”]$", line.strip()) and not re.search(r"\d{4}", line)


def clean(text: str) -> tuple[str, list]:
    """Remove web boilerplate; return the cleaned text and what was removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    lines = [ln.rstrip() for ln in text.split("\n")]
    removed = []
    kept: list[str] = []
    n = len(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        if not any(kept):
            marker = PAGE_DATE.match(stripped)
            if marker:
                removed.append(("page-date", marker.group(1)))
                stripped = stripped[marker.end():]
                if not stripped:
                    kept.append("")
                    continue
        if TAIL_MARKERS.match(stripped) and i >= n * 0.5:
            removed.append(("tail", "\n".join(lines[i:]).strip()))
            break
        if BOILERPLATE_LINES.match(stripped):
            removed.append(("line", stripped))
            continue
        if BREADCRUMB.match(stripped) and len(re.findall(r"\s(/|»|›|>|\|)\s", stripped)) >= 1 and i < n * 0.3:
            removed.append(("breadcrumb", stripped))
            continue
        m = GLUED_ID.match(stripped)
        if m:
            removed.append(("glued-id", m.group(1)))
            stripped = stripped[m.end():]
        # runs of spaces and tabs as one space (a line with neither a tab nor two spaces has none: most lines,
        # and a 20 MB document has 70,000 of them)
        kept.append(SPACES.sub(" ", stripped) if "\t" in stripped or "  " in stripped else stripped)
    # Section labels dangling at the very end ("Новости", "Press TV News Roku").
    while kept and (not kept[-1] or _is_short_label(kept[-1])):
        if kept[-1]:
            removed.append(("tail-label", kept[-1]))
        kept.pop()
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return cleaned, removed


# --- metadata ------------------------------------------------------------------

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")


_NOT_LATIN = bytes(b for b in range(128) if not LATIN.match(chr(b)))


def letter_counts(text: str) -> tuple[int, int]:
    """How many of ``text``'s characters CYRILLIC and LATIN match, counted without a match object
    or a list per letter: in UTF-16 a character U+0400-U+04FF is the only unit whose high byte is
    4 (a character beyond U+FFFF is two units with high bytes D8-DF), and the ASCII letters are
    what is left of the text's ASCII characters once every other ASCII byte is deleted."""
    cyr = text.encode("utf-16-le", "surrogatepass")[1::2].count(4)
    lat = len(text.encode("ascii", "ignore").translate(None, _NOT_LATIN))
    return cyr, lat


def detect_language(text: str) -> str:
    cyr, lat = letter_counts(text)
    return "ru" if cyr > lat else "en"
