import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "seeds" / "us-mines-ukraine.txt"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_extract_prints_the_sample_events_as_json():
    r = run("extract", str(SAMPLE), "--format", "json")
    assert r.returncode == 0, r.stderr
    events = json.loads(r.stdout)
    assert len(events) == 8 and events[0]["date_value"] == "1997-12-03"
    assert events[0]["source"] == "us-mines-ukraine.txt"


def test_extract_writes_csv_to_a_file_and_keeps_going_past_bad_files(tmp_path):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "events.csv"
    r = run("extract", str(SAMPLE), str(bad), "-o", str(out))
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [f"timeline: photo.txt: this is a binary file, not text; "
                                            "save the article as .txt, .md or .html."]
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("event_id,date_value") and len(lines) == 9


def test_extract_reads_a_jsonl_collection(tmp_path):
    coll = tmp_path / "articles.jsonl"
    coll.write_text(
        json.dumps({"text": "The talks ended yesterday.", "published": "2024-03-05", "source": "one"}) + "\n"
        + "not json\n"
        + json.dumps({"text": "The law was passed on June 1, 2020.", "url": "http://example.org/two"}) + "\n")
    r = run("extract", str(coll), "--format", "json")
    assert r.returncode == 1 and "line 2" in r.stderr
    events = json.loads(r.stdout)
    assert {(e["source"], e["date_value"]) for e in events} == {("one", "2024-03-04"),
                                                                ("http://example.org/two", "2020-06-01")}


def test_bad_published_date_is_one_line_and_exit_2():
    r = run("extract", str(SAMPLE), "--published", "yesterday")
    assert r.returncode == 2 and "not a date like 2024-11-20" in r.stderr


def test_missing_file_is_a_clear_error():
    r = run("extract", "no/such/file.txt")
    assert r.returncode == 1 and "cannot be read" in r.stderr and "Traceback" not in r.stderr


def test_tag_prints_one_object_per_expression():
    r = run("tag", "--dct", "2024-11-20", "-", stdin="Last November and on October 4 we met.")
    assert r.returncode == 0, r.stderr
    found = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(t["text"], t["value"], t["type"]) for t in found] == [
        ("Last November", "2023-11", "DATE"), ("October 4", "2024-10-04", "DATE")]
    assert set(found[0]) == {"start", "end", "text", "type", "value", "mod"}


def test_tag_gives_the_day_a_length_with_later_points_to():
    r = run("tag", "--dct", "2024-11-20", "-", stdin="He arrived on May 2. Three days later he left.")
    last = json.loads(r.stdout.splitlines()[-1])
    assert (last["text"], last["type"], last["value"]) == ("Three days", "DURATION", "P3D")
    assert (last["point"]["text"], last["point"]["value"]) == ("Three days later", "2024-05-05")


def test_tag_prints_a_recurrences_quant_and_freq():
    r = run("tag", "--dct", "2025-03-12", "-", stdin="Bins are collected every other Thursday.")
    found = json.loads(r.stdout.splitlines()[0])
    assert (found["value"], found["quant"], found["freq"]) == ("XXXX-WXX-4", "EVERY", "2W")


def test_tag_jsonl_resolves_each_document_on_its_own():
    lines = "\n".join([json.dumps({"id": "a", "text": "It rained yesterday.", "dct": "2020-01-02"}),
                       json.dumps({"id": "b", "text": "It rained yesterday.", "dct": "2021-06-10"})])
    r = run("tag", "--jsonl", "-", stdin=lines)
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(o["id"], o["timexes"][0]["value"]) for o in out] == [("a", "2020-01-01"), ("b", "2021-06-09")]


def test_extract_merges_the_same_event_from_several_articles(tmp_path):
    coll = tmp_path / "two.jsonl"
    coll.write_text("\n".join(json.dumps(a) for a in [
        {"text": "Ruritania ratified the border treaty with Elbonia on March 3, 2021.", "source": "a"},
        {"text": "Ruritania ratified the border treaty with Elbonia on March 3, 2021, officials said.",
         "source": "b"},
        {"text": "Elbonia opened a consulate on June 1, 2022.", "source": "c"}]))
    r = run("extract", str(coll), "--format", "json", "--merge")
    assert r.returncode == 0, r.stderr
    events = json.loads(r.stdout)
    treaty = [e for e in events if e["date_value"] == "2021-03-03"]
    assert len(events) == 2 and treaty[0]["sources"] == ["a", "b"] and treaty[0]["source_count"] == 2
    r = run("extract", str(coll), "--format", "json", "--key-events", "1")
    assert [e["date_value"] for e in json.loads(r.stdout)] == ["2021-03-03"]


def test_tag_reads_russian_and_refuses_an_unknown_language_in_one_line():
    r = run("tag", "--lang", "ru", "--dct", "2024-11-20", "-", stdin="В конце октября 2023 года и 19 ноября.")
    assert [json.loads(line)["value"] for line in r.stdout.splitlines()] == ["2023-10", "2024-11-19"]
    r = run("tag", "--lang", "fr", "-", stdin="le 3 mars")
    assert r.returncode == 2 and "invalid choice: 'fr'" in r.stderr and "Traceback" not in r.stderr


def test_an_unwritable_output_is_a_clear_error(tmp_path):
    r = run("extract", str(SAMPLE), "-o", str(tmp_path / "no" / "such" / "dir" / "out.csv"))
    assert r.returncode == 1 and "cannot be written" in r.stderr and "Traceback" not in r.stderr


def test_a_note_about_an_article_leaves_the_exit_status_at_0_and_an_oversized_file_says_its_size(tmp_path):
    plain = tmp_path / "nodate.txt"
    plain.write_text("The minister spoke about the harvest.\n")
    r = run("extract", str(plain))
    assert r.returncode == 0 and "note: nodate.txt: no dated events found" in r.stderr
    big = tmp_path / "big.txt"
    big.write_text("The council met on May 5, 2021. " * 160_000)  # 5.1 MB
    r = run("extract", str(big))
    assert r.returncode == 1 and "big.txt: 5.1 MB is over the 2 MB limit" in r.stderr
