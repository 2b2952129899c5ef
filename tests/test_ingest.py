import datetime as dt

import pytest

from timeline.errors import InputError
from timeline.ingest import MAX_UPLOAD_BYTES, read_upload


def test_plain_text_upload_keeps_the_text():
    a = read_upload("story.txt", "On March 3, 2021 the talks began.".encode())
    assert a.text == "On March 3, 2021 the talks began." and a.source == "story.txt"


def test_html_is_reduced_to_visible_text_with_its_published_date():
    page = b"""<html><head><title>Talks resume</title>
    <meta property="article:published_time" content="2024-11-20T08:00:00Z">
    <script>var x = "November 1";</script><style>p {}</style></head>
    <body><p>Negotiators met on <b>November 19</b>.</p><p>More &amp; more.</p></body></html>"""
    a = read_upload("page.html", page)
    assert a.text.startswith("Talks resume")
    assert "Negotiators met on November 19." in a.text and "More & more." in a.text
    assert "var x" not in a.text and "p {}" not in a.text
    assert a.published == dt.date(2024, 11, 20)


@pytest.mark.parametrize("name, data, says", [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1.txt", "Caf\xe9 d\xe9j\xe0 vu en 2022".encode("latin-1"), "UTF-8"),
    ("big.txt", b"a" * (MAX_UPLOAD_BYTES + 1), "limit"),
    ("blank.md", b"  \n\n ", "no text"),
    ("sheet.xlsx", b"PK\x03\x04", ".txt"),
])
def test_bad_uploads_are_refused_with_a_reason(name, data, says):
    with pytest.raises(InputError) as e:
        read_upload(name, data)
    assert name in str(e.value) and says in str(e.value)


def test_a_jsonl_collection_keeps_good_lines_and_names_bad_ones():
    import json

    from timeline.ingest import read_jsonl

    data = "\n".join([
        json.dumps({"text": "Talks began.", "published": "2024-11-20T08:00:00Z", "title": "Border talks", "url": "u1"}),
        "{broken",
        json.dumps({"text": 5}),
        json.dumps({"text": "  "}),
        json.dumps({"text": "No source given."}),
    ]).encode("utf-8")
    articles, problems = read_jsonl("c.jsonl", data)
    assert [(a.source, a.published) for a in articles] == [("u1", dt.date(2024, 11, 20)), ("c.jsonl:5", None)]
    assert articles[0].text == "Border talks\n\nTalks began."
    assert [p.split(":")[0] for p in problems] == ["c.jsonl line 2", "c.jsonl line 3", "c.jsonl line 4"]


def test_a_collection_article_with_a_date_written_out_keeps_it_and_one_with_a_bad_date_is_still_read():
    import json

    from timeline.ingest import read_jsonl

    data = "\n".join([
        json.dumps({"text": "Talks began.", "published": "March 4, 2021", "source": "a"}),
        json.dumps({"text": "Talks ended.", "published": "20210305", "source": "b"}),
        json.dumps({"text": "Talks resumed.", "published": "04/03/2021", "source": "c"}),  # day or month first?
    ]).encode("utf-8")
    articles, problems = read_jsonl("c.jsonl", data)
    assert [(a.source, a.published, a.published_basis) for a in articles] == [
        ("a", dt.date(2021, 3, 4), "file"), ("b", dt.date(2021, 3, 5), "file"), ("c", None, "file")]
    assert problems == ["c.jsonl line 3: 'published' '04/03/2021' is not a date like 2024-11-20; "
                        "the article is read without it."]


def test_an_empty_collection_says_so():
    from timeline.ingest import read_jsonl

    assert read_jsonl("c.jsonl", b"\n  \n") == ([], ["c.jsonl: the collection has no articles (no non-empty lines)."])


def test_a_utf16_text_file_as_notepad_saves_it_is_read():
    article = read_upload("notes.txt", "Kyiv, 20 листопада 2024 — talks began.".encode("utf-16"))
    assert article.text == "Kyiv, 20 листопада 2024 — talks began."
