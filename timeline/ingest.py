"""Reading articles from what users give us: pasted text, uploaded or named files, HTML.

Every refusal is an InputError with a sentence a user can act on.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .dates import day_of
from .errors import InputError

MAX_UPLOAD_BYTES = 2 * 1024 * 1024  # 2 MB: a very long article is ~100 KB; larger is almost surely not an article
MAX_COLLECTION_BYTES = 50 * 1024 * 1024  # a JSONL collection of articles: a few thousand articles
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")

# <meta> names that carry a publication date in news pages (Open Graph, schema.org, Dublin Core, ...).
DATE_META_NAMES = {
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
}


@dataclass
class Article:
    text: str
    source: str = "pasted text"
    published: dt.date | None = None
    published_basis: str = "given"  # how `published` was had, when it is set: given, found, or file (a collection's field)


class _HTMLText(HTMLParser):
    """Collects visible text (block elements become line breaks) and the date metadata."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
              "article", "header", "footer", "blockquote", "title", "time"}
    HIDDEN = {"script", "style", "noscript", "template", "svg", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.meta_dates: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if name in DATE_META_NAMES and a.get("content"):
                self.meta_dates.append(a["content"])
        elif tag == "time" and a.get("datetime") and not self.meta_dates:
            self.meta_dates.append(a["datetime"])
        if tag == "title":
            self._in_title = True
        elif tag in self.HIDDEN:
            self._hidden += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self.HIDDEN and self._hidden:
            self._hidden -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._hidden:
            self.parts.append(data)


def html_to_article(markup: str, source: str) -> Article:
    """The visible text of a page, its title first, and its publication date from the metadata."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    body = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in body.splitlines()]
    text = "\n".join(line for line in lines if line)
    title = " ".join("".join(parser.title).split())
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    published = next((d for d in map(day_of, parser.meta_dates) if d), None)
    return Article(text, source, published, "found")


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(b < 9 or 13 < b < 32 for b in sample)
    return controls > len(sample) * 0.05


def read_upload(name: str, data: bytes) -> Article:
    """An Article from a file's bytes, or an InputError saying why it cannot be read."""
    lower = name.lower()
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError(f"{name}: {len(data) / 1e6:.1f} MB is over the {MAX_UPLOAD_BYTES // (1024 * 1024)} MB "
                         "limit for one article; split it or upload the text alone.")
    if not lower.endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
        raise InputError(f"{name}: only .txt, .md and .html files can be read.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, as Windows Notepad saves "Unicode"
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{name}: marked as UTF-16 text but cannot be read as it; "
                             "save the file as UTF-8 and upload it again.") from None
    if _looks_binary(data):
        raise InputError(f"{name}: this is a binary file, not text; save the article as .txt, .md or .html.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not UTF-8 text (byte {e.start} cannot be read); "
                         "save the file as UTF-8 and upload it again.") from None
    if lower.endswith(HTML_SUFFIXES):
        article = html_to_article(text, name)
    else:
        article = Article(text, name)
    if not article.text.strip():
        raise InputError(f"{name}: the file has no text.")
    return article


def read_path(path: str) -> Article:
    """An Article from a file on disk (for the command line)."""
    name = path.rsplit("/", 1)[-1]
    try:
        size = os.path.getsize(path)
        if size > MAX_UPLOAD_BYTES:  # say the file's own size, without reading it all
            raise InputError(f"{name}: {size / 1e6:.1f} MB is over the {MAX_UPLOAD_BYTES // (1024 * 1024)} MB "
                             "limit for one article; split it or give the text alone.")
        with open(path, "rb") as f:
            data = f.read(MAX_UPLOAD_BYTES + 1)
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror}).") from None
    article = read_upload(name, data)
    article.source = name
    return article


def read_jsonl(name: str, data: bytes) -> tuple[list[Article], list[str]]:
    """Articles from a JSONL collection, one object per line: ``text`` and optional ``published``,
    ``source``, ``url``, ``title``. A bad line is reported (with its number) and the others kept."""
    if len(data) > MAX_COLLECTION_BYTES:
        raise InputError(f"{name}: {len(data) / 1e6:.0f} MB is over the {MAX_COLLECTION_BYTES // (1024 * 1024)} MB "
                         "limit for a collection; split it into several files.")
    try:
        lines = data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not UTF-8 text (byte {e.start} cannot be read).") from None
    articles, problems = [], []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            text = obj["text"]
            if not isinstance(text, str):
                raise TypeError
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
            problems.append(f"{name} line {n}: not a JSON object with a 'text' string.")
            continue
        if not text.strip():
            problems.append(f"{name} line {n}: the article has no text.")
            continue
        published = None
        if obj.get("published") not in (None, ""):
            published = published_day(obj["published"])
            if published is None:  # the article is still read; its date is found or inferred instead
                problems.append(f"{name} line {n}: 'published' {str(obj['published'])[:40]!r} is not a date like "
                                "2024-11-20; the article is read without it.")
        source = obj.get("source") or obj.get("url") or obj.get("title") or f"{name}:{n}"
        if obj.get("title") and not text.startswith(obj["title"]):
            text = f"{obj['title']}\n\n{text}"
        articles.append(Article(text, str(source), published, "file"))
    if not articles and not problems:
        problems.append(f"{name}: the collection has no articles (no non-empty lines).")
    return articles, problems


def published_day(value) -> dt.date | None:
    """A collection's 'published' field: ISO ("2024-11-20", "2024-11-20T08:00Z"), "20241120", or a date
    written out ("March 4, 2021", "4 March 2021"); None if it names no single day."""
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    if re.fullmatch(r"\d{8}", text):
        try:
            return dt.datetime.strptime(text, "%Y%m%d").date()
        except ValueError:
            return None
    from .temporal import tag

    found = tag(text)  # a date written out, with its year; "04/03/2021" is ambiguous and stays unread
    if len(found) == 1 and found[0].end - found[0].start >= len(text) - 1 and "/" not in text:
        return day_of(found[0].value)
    return None


# A line of three or more dashes, equals signs or asterisks between two pasted articles.
_ARTICLE_BREAK = re.compile(r"^[ \t]*(?:-{3,}|={3,}|\*{3,})[ \t]*$", re.MULTILINE)


def split_pasted(text: str) -> list[str]:
    """Several articles pasted in one box, separated by a line of '---': each its own article (with its
    own publication date); empty pieces are dropped."""
    return [piece for piece in _ARTICLE_BREAK.split(text) if piece.strip()]


def datelines_in(text: str) -> int:
    """How many paragraphs open with a wire dateline ("LONDON, March 10, 2019 —", "PARIS (AP) —"):
    more than one in a pasted text means several articles were pasted as one."""
    from .publication import dateline_prefixes

    paragraph_starts = {0} | {m.end() for m in re.finditer(r"\n[ \t]*\n\s*", text)}
    return sum(1 for start, _ in dateline_prefixes(text) if start in paragraph_starts)
