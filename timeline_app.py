"""Timeline: the Streamlit page. UI only: the work is done in the timeline package.

Run with `make run` (or `streamlit run timeline_app.py`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pandas as pd
import streamlit as st

import timeline
from timeline import corpus, view
from timeline.chart import MAX_LANES, OTHER_ACTORS, drawable, timeline_figure
from timeline.dates import FIRST_DRAWABLE_YEAR, LAST_DRAWABLE_YEAR
from timeline.errors import InputError
from timeline.export import to_csv, to_json, to_timelinejs, to_xlsx
from timeline.ingest import MAX_COLLECTION_BYTES, MAX_UPLOAD_BYTES, datelines_in, read_jsonl, read_upload, split_pasted

SAMPLE = Path(__file__).resolve().parent / "seeds" / "us-mines-ukraine.txt"
SAMPLE_SOURCE = SAMPLE.name
PASTED_SOURCE = "pasted text"
UPLOAD_TYPES = ["txt", "md", "html", "htm", "jsonl"]
LIMIT_MB = MAX_UPLOAD_BYTES // (1024 * 1024)
COLLECTION_LIMIT_MB = MAX_COLLECTION_BYTES // (1024 * 1024)
# Past this many articles only the dated lines are parsed (about 3x faster; actors named only in
# undated lines are then not seen): a collection of hundreds of articles stays minutes, not tens.
BULK_ABOVE = 50
EARLIEST_REFERENCE, LATEST_REFERENCE = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
BASIS = {
    "given": "set by you",
    "found": "found in the article (dateline or page metadata)",
    "file": "given in the collection (its “published” field)",
    "inferred": "inferred from the dates the article mentions",
    "assumed": "assumed: the article says no year, so it is taken as recent (today, or its dateline's last "
               "occurrence); change it if it is older",
    "": "none found: set it so that dates like “November 19” can be placed",
}
COLUMN_LABELS = {
    "date_text": "date as written", "date_value": "date (normalized)", "date_mod": "modifier",
    "corrected": "corrected by you",
    "granularity": "precision", "date_start": "from", "date_end": "to", "summary": "event",
    "actors": "actors", "primary_actor": "who acted", "event_kind": "kind", "attributed_to": "according to",
    "source": "source", "sentence": "source sentence", "event_id": "event id", "char_start": "offset",
    "char_end": "end offset", "publication_date": "published", "publication_date_basis": "published (basis)",
    "source_count": "sources (n)", "sources": "sources", "date_conflict": "date conflict",
}
COLUMN_WIDTHS = {"summary": "large", "sentence": "large", "actors": "medium", "date_text": "medium"}
MARKDOWN_SPECIALS = set("\\`*_[]<>#|~$")  # what st.warning/st.error would read as Markdown, HTML or LaTeX
MERGED_SHOWN = ["source_count", "sources", "date_conflict"]  # columns a merged many-article timeline adds
DEFAULT_COLUMNS = ["date_text", "date_value", "date_start", "date_end", "summary", "actors", "event_kind", "source_count",
                   "source", "sentence", "date_conflict"]

st.set_page_config(page_title="Timeline: news articles as a chronology", page_icon="🗓️", layout="wide")


@st.cache_data(show_spinner="Reading the articles: dates, actors, events…", max_entries=32)
def extract(articles: tuple[tuple[str, str, dt.date | None, str], ...]) -> tuple[pd.DataFrame, list[dict], list[str]]:
    """Cached on the texts and reference dates, so changing a filter never re-runs the NLP."""
    # The bar is made inside the cached function: on a cache hit Streamlit replays it, already gone.
    bar = st.progress(0.0, text="Reading the articles…") if len(articles) > 1 else None

    def progress(done: int, total: int, source: str) -> None:
        if bar is not None:
            bar.progress(done / max(total, 1), text=f"Reading article {min(done + 1, total)} of {total}…")

    result = timeline.build_timeline([timeline.Article(text, source, published, basis)
                                      for text, source, published, basis in articles],
                                     progress=progress, bulk=len(articles) > BULK_ABOVE)
    if bar is not None:
        bar.empty()
    documents = [{"source": d.source, "published": d.published, "basis": d.publication_basis}
                 for d in result.documents]
    return result.events, documents, list(result.messages)


def init_state() -> None:
    defaults = {"text": SAMPLE.read_text("utf-8") if SAMPLE.exists() else "", "references": {},
                "corrections": {}, "editor_generation": 0}
    for key, value in defaults.items():
        st.session_state.setdefault(key, value)


# ---- callbacks: they run before the page re-runs, so the new state is used at once ----

def load_sample() -> None:
    st.session_state.text = SAMPLE.read_text("utf-8")


def set_reference(source: str) -> None:
    """The user's reference date for a document, kept with the date the text itself gave then, so that
    it is dropped when another article takes the same name ("pasted text")."""
    day = st.session_state.get(f"reference::{source}")
    if day is None:
        st.session_state.references.pop(source, None)
    else:
        st.session_state.references[source] = {"day": day, "own": st.session_state.get("_own_dates", {}).get(source)}


def reset_reference(source: str) -> None:
    st.session_state.references.pop(source, None)


def store_edits(editor_key: str, event_ids: list[str], date_texts: list[str], sentences: list[str]) -> None:
    """Table edits become corrections keyed by event_id (with the date as written and the sentence,
    to find the event again if the text moves), so they survive filters and re-runs."""
    edited = st.session_state[editor_key].get("edited_rows", {})
    for position, changes in edited.items():
        position = int(position)
        fix = st.session_state.corrections.setdefault(
            event_ids[position], {"date_text": date_texts[position], "sentence": sentences[position]})
        for column, value in changes.items():
            if column in view.EDITABLE_COLUMNS:
                fix[column] = value


def undo_corrections() -> None:
    st.session_state.corrections = {}
    st.session_state.editor_generation += 1


def clear_filters() -> None:
    for key in ("f_actors", "f_kinds", "f_query", "f_dates"):
        st.session_state.pop(key, None)


# ---- input ----

def unique_source(name: str, taken: set[str]) -> str:
    source, n = name, 2
    while source in taken:
        source, n = f"{name} ({n})", n + 1
    taken.add(source)
    return source


def gather_articles() -> list[tuple[str, str, dt.date | None, str]]:
    """The articles to read, from the text box and the uploads; a bad one is reported and skipped."""
    text = st.session_state.text or ""
    # Folded once there is text, so the timeline is what a user sees first; the label stays the
    # same whatever the text, so the box stays open while the user works in it.
    with st.expander("Articles: paste text or upload files", expanded=not text.strip()):
        left, right = st.columns([3, 2], gap="large")
        with right:
            uploads = st.file_uploader(f"…or upload articles (.txt, .md, .html up to {LIMIT_MB} MB each; "
                                       f".jsonl collections up to {COLLECTION_LIMIT_MB} MB)",
                                       type=UPLOAD_TYPES, accept_multiple_files=True, key="uploads",
                                       max_upload_size=COLLECTION_LIMIT_MB,
                                       help="A .jsonl collection has one article per line: an object with "
                                            "“text” and optional “published”, “source”, “url”, “title”.")
            use_text = True
            if uploads:
                use_text = st.checkbox("Also use the text box", key="with_text", value=False)
            st.button("Load the sample article", on_click=load_sample,
                      help="Puts the sample article (US anti-personnel mines for Ukraine) back in the text box.")
        with left:
            st.text_area("Article text", key="text", height=220, disabled=not use_text,
                         placeholder="Paste a news article here.")

    taken: set[str] = set()
    articles = []
    if use_text:
        if not text.strip():
            if not uploads:
                st.warning("The text box is empty: paste an article or upload a file to build a timeline.")
        elif len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
            st.error(f"The pasted text is {len(text.encode('utf-8')) / 1e6:.1f} MB, over the {LIMIT_MB} MB "
                     "limit for one article; paste a single article or upload several files.")
        else:
            pieces = split_pasted(text)
            if len(pieces) == 1 and datelines_in(text) > 1:
                st.warning(f"The text box seems to hold {datelines_in(text)} articles (each paragraph opening with "
                           "a dateline); they are read as one, with one publication date. Put a line of three "
                           "dashes (---) between them to read each with its own date.")
            sample = SAMPLE.read_text("utf-8").strip() if SAMPLE.exists() else None
            for piece in pieces:
                name = SAMPLE_SOURCE if piece.strip() == sample else PASTED_SOURCE
                articles.append((piece, unique_source(name, taken), None, ""))
    for upload in uploads or []:
        try:
            if upload.name.lower().endswith(".jsonl"):
                read, problems = read_jsonl(upload.name, upload.getvalue())
                show_messages(problems)
            else:
                read = [read_upload(upload.name, upload.getvalue())]
        except InputError as e:
            st.error(escape_markdown(str(e)))
            continue
        for article in read:
            articles.append((article.text, unique_source(article.source, taken), article.published,
                             article.published_basis if article.published else ""))
    # A date the user set wins; else one the file carries (HTML metadata); else the pipeline finds one.
    return [with_reference(text, source, day, basis) for text, source, day, basis in articles]


def with_reference(text: str, source: str, day: dt.date | None, basis: str) -> tuple:
    """The article with the reference date the user set for it, unless the text under that name now
    brings another date of its own (another article pasted in its place): then the user's is dropped."""
    own, _ = own_date(text, source, day, basis)
    st.session_state.setdefault("_own_dates", {})[source] = own
    chosen = st.session_state.references.get(source)
    if chosen is None:
        return text, source, day, basis
    if chosen.get("own") != own:
        st.session_state.references.pop(source, None)
        st.info(f"The text of “{escape_markdown(source)}” changed and gives its own date"
                f"{' (' + own.isoformat() + ')' if own else ''}: the reference date you set "
                f"({chosen['day'].isoformat()}) no longer applies.")
        return text, source, day, basis
    return text, source, chosen["day"], "given"


@st.cache_data(max_entries=256, show_spinner=False)
def own_date(text: str, source: str, day: dt.date | None, basis: str) -> tuple[dt.date | None, str]:
    return timeline.own_publication_date(timeline.Article(text, source, day, basis or "given"))


def show_messages(messages: list[str], shown_alone: int = 3) -> None:
    """Each problem in its own line; past a few, one notice with the list folded under it."""
    if len(messages) <= shown_alone:
        for message in messages:
            st.warning(escape_markdown(message))
        return
    st.warning(f"{len(messages)} notes about the input: some dates or files could not be used as they are.")
    with st.expander("Read the notes"):
        st.markdown("\n".join(f"- {escape_markdown(m)}" for m in messages))


def escape_markdown(text: str) -> str:
    """Messages quote article text and file names: shown as written, never as Markdown, links or
    LaTeX ("$625 million ... $1 billion" would otherwise become a formula)."""
    escaped = "".join("\\" + c if c in MARKDOWN_SPECIALS else c for c in text)
    escaped = re.sub(r"^(\d+)([.)])", r"\1\\\2", escaped)  # "1. x" would start a numbered list
    return "\\" + escaped if escaped[:1] in ("-", "+") else escaped  # and "- x" a bulleted one


def reference_dates(documents: list[dict]) -> None:
    """The reference (publication) date of each document, its basis, and a way to change it."""
    if not documents:
        return
    many = len(documents) > 3 and all(d["published"] is not None for d in documents)
    box = st.expander(f"Reference dates of the {len(documents)} documents") if many else st.container()
    with box:
        for doc in documents:
            source, key = doc["source"], f"reference::{doc['source']}"
            st.session_state[key] = doc["published"]
            name, day, basis = st.columns([4, 2, 4], vertical_alignment="center")
            name.markdown(f"Reference date of **{escape_markdown(source)}**",
                          help="Relative dates (“November 19”, “last November”, “two years ago”) are placed "
                               "from the publication date. Change it and every date is worked out again.")
            day.date_input("Published on", key=key, min_value=EARLIEST_REFERENCE, max_value=LATEST_REFERENCE,
                           on_change=set_reference, args=(source,), format="YYYY-MM-DD",
                           label_visibility="collapsed")
            with basis:
                st.markdown(f"Basis: {BASIS.get(doc['basis'], doc['basis'])}")
                if source in st.session_state.references:
                    st.button("Use the date from the text", key=f"reset::{source}", on_click=reset_reference,
                              args=(source,), type="tertiary")


# ---- many articles ----

def many_sources(events: pd.DataFrame) -> pd.DataFrame:
    """With several sources: one row per event reported by several of them, and a key-events view."""
    if events.empty or events["source"].nunique() < 2:
        return events
    with st.sidebar:
        st.header("Many articles")
        merge = st.toggle("Merge the same event from several articles", value=True, key="f_merge",
                          help="Rows with compatible dates, the same actors and alike wording become one "
                               "event listing all its sources. Conflicting dates are flagged, never merged.")
        if not merge:
            return events
        merged = corpus.merge_events(events)
        n_key = st.number_input("Key events only: the N most reported (0 = all)", min_value=0,
                                max_value=len(merged), value=0, step=5, key="f_key_events",
                                help="Ranked by the number of distinct articles reporting the event.")
    conflicts = int((merged["date_conflict"] != "").sum())
    if conflicts:
        st.caption(f"{conflicts} event{'s' * (conflicts > 1)} have sources that disagree on the date: "
                   "see the “date conflict” column.")
    if n_key:
        st.session_state["_before_key_events"] = len(merged)
        return corpus.key_events(merged, int(n_key)).sort_values(["date_start", "date_value"], kind="stable")
    return merged


# ---- filters ----

def filters(events: pd.DataFrame) -> dict:
    with st.sidebar:
        st.header("Filter events")
        actor_counts = view.counts(events, "actors")
        # Actors chosen earlier but absent from the new text stay chosen, with a zero count.
        chosen = st.session_state.get("f_actors", [])
        options = list(actor_counts) + [a for a in chosen if a not in actor_counts]
        actors = st.multiselect("Actors", options, key="f_actors",
                                format_func=lambda a: f"{a} ({actor_counts.get(a, 0)})",
                                placeholder="All actors", help="Events naming any of the chosen actors.",
                                persist_state="session")
        kinds: list[str] = []
        kind_counts = view.counts(events, "event_kind")
        if kind_counts:
            chosen = st.session_state.get("f_kinds", [])
            options = list(kind_counts) + [k for k in chosen if k not in kind_counts]
            kinds = st.multiselect("Kind of event", options, key="f_kinds",
                                   format_func=lambda k: f"{k} ({kind_counts.get(k, 0)})", placeholder="All kinds",
                                   persist_state="session")
        date_range = date_filter(events)
        query = st.text_input("Search", key="f_query", placeholder="words in the event, sentence, actors…",
                              persist_state="session")
        st.button("Clear filters", on_click=clear_filters)
    return {"actors": actors, "kinds": kinds, "date_range": date_range, "query": query or ""}


def date_filter(events: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """A date-range slider over the drawable events; None while it spans them all."""
    bounds = view.date_bounds(events)
    if bounds is None or bounds[0] == bounds[1]:
        return None
    chosen, previous_bounds = st.session_state.get("f_dates"), st.session_state.get("_date_bounds")
    if not chosen or tuple(chosen) == previous_bounds:
        chosen = bounds  # untouched: follow the data
    else:
        first, last = max(chosen[0], bounds[0]), min(chosen[1], bounds[1])
        chosen = (first, last) if first <= last else bounds
    st.session_state["f_dates"], st.session_state["_date_bounds"] = tuple(chosen), bounds
    picked = st.slider("Dates", min_value=bounds[0], max_value=bounds[1], key="f_dates", format="YYYY-MM-DD",
                       help="Events whose period overlaps these dates.", persist_state="session")
    return None if tuple(picked) == bounds else tuple(picked)


# ---- output ----

def chart(shown: pd.DataFrame) -> None:
    st.plotly_chart(timeline_figure(shown), config={"displaylogo": False, "scrollZoom": False},
                    key="timeline_chart")
    hidden = len(shown) - len(drawable(shown))
    notes = ["● a date known to the day", "▬ a week, month, season, year or decade",
             "filled: the actor who acted; pale or hollow: also involved",
             "hover a mark for its sentence; drag the slider under the chart to zoom"]
    st.caption(" · ".join(notes))
    n_actors = len(view.counts(drawable(shown), "actors"))
    if n_actors > MAX_LANES:
        st.caption(f"The {MAX_LANES} actors with most events have a lane each; the events of the other "
                   f"{n_actors - MAX_LANES} are in “{OTHER_ACTORS}”. Filter by actor to see any of them.")
    if hidden:
        st.caption(f"{hidden} event{'s' * (hidden > 1)} without a date the chart can draw "
                   f"(before {FIRST_DRAWABLE_YEAR}, after {LAST_DRAWABLE_YEAR} or not a calendar date) "
                   f"{'are' if hidden > 1 else 'is'} listed in the table only.")


def table(shown: pd.DataFrame, corrected: int) -> list[str]:
    """The editable table of the filtered events; returns the columns shown. `corrected`: how many
    events (of all, not only those shown) carry a correction of the user's."""
    available = [c for c in timeline.EVENT_COLUMNS + MERGED_SHOWN + ["corrected"] if c in shown.columns]
    default = [c for c in DEFAULT_COLUMNS if c in available]
    # Untouched by the user, the choice follows the data (a merged timeline adds its source counts).
    if st.session_state.get("f_columns") in (None, st.session_state.get("_columns_default")):
        st.session_state["f_columns"] = default
    else:  # a column chosen earlier may be gone (back from many articles to one)
        st.session_state["f_columns"] = [c for c in st.session_state["f_columns"] if c in available]
    st.session_state["_columns_default"] = default
    with st.expander("Columns of the table and the downloads"):
        columns = st.multiselect("Columns", available, key="f_columns", format_func=lambda c: COLUMN_LABELS.get(c, c),
                                 label_visibility="collapsed", persist_state="session")
    columns = columns or [c for c in DEFAULT_COLUMNS if c in available]
    ids, date_texts, sentences = shown["event_id"].tolist(), shown["date_text"].tolist(), shown["sentence"].tolist()
    digest = hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:12]
    key = f"editor::{st.session_state.editor_generation}::{digest}"
    st.data_editor(
        view.for_editing(shown[columns]), key=key, hide_index=True, num_rows="fixed",
        disabled=[c for c in columns if c not in view.EDITABLE_COLUMNS],
        column_config={c: st.column_config.Column(COLUMN_LABELS.get(c, c), width=COLUMN_WIDTHS.get(c))
                       for c in columns},
        on_change=store_edits, args=(key, ids, date_texts, sentences),
    )
    n_fixed = corrected
    if n_fixed:
        left, right = st.columns([4, 1])
        left.caption(f"{n_fixed} event{'s' * (n_fixed > 1)} corrected by you (kept while you filter).")
        right.button("Undo my corrections", on_click=undo_corrections, type="tertiary")
    else:
        st.caption("You can correct the event, the normalized date and the actors (separated by “;”) in the table.")
    return columns


DOWNLOADS = [  # label, writer, file name, MIME type
    ("CSV", to_csv, "timeline.csv", "text/csv"),
    ("JSON", to_json, "timeline.json", "application/json"),
    ("Excel", to_xlsx, "timeline.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("TimelineJS", to_timelinejs, "timeline-timelinejs.json", "application/json"),
]


def downloads(shown: pd.DataFrame, columns: list[str]) -> None:
    rows = shown[columns]
    places = st.columns([1] * len(DOWNLOADS) + [2])
    for place, (label, write, name, mime) in zip(places, DOWNLOADS):
        # TimelineJS needs the dates and ids whatever columns are shown: it gets every column.
        data = write(shown) if write is to_timelinejs else write(rows)
        place.download_button(f"Download {label}", data, file_name=name, mime=mime,
                              key=f"download_{label.lower()}", on_click="ignore", icon=":material/download:")
    undated = len(shown) - len(drawable(shown))
    st.caption("TimelineJS: the file Knight Lab's TimelineJS embeds as a newsroom timeline."
               + (f" It leaves out the {undated} event{'s' * (undated > 1)} without a calendar date it can place."
                  if undated else ""))


def main() -> None:
    init_state()
    st.title("Timeline")
    st.caption("The dated events of news articles on one chronology, with who did what. "
               "Filter, check each date against its sentence, correct, download.")
    articles = gather_articles()
    events, documents = pd.DataFrame(columns=timeline.EVENT_COLUMNS), []
    if articles:
        try:
            events, documents, messages = extract(tuple(articles))
        except InputError as e:
            st.error(escape_markdown(str(e)))
        except Exception as e:  # a bug, not the user's fault: say so, keep their text and filters
            st.error("Something went wrong while reading the articles; this is a bug in Timeline, not in "
                     "your text. Please report it with the details below.")
            with st.expander("Details"):
                st.exception(e)
        else:
            show_messages(messages)
    reference_dates(documents)
    # merged first: a correction of a merged event's wording must not undo the merge
    st.session_state.pop("_before_key_events", None)
    events = many_sources(events)
    total = st.session_state.get("_before_key_events", len(events))  # key events only: of how many
    events, problems = view.apply_corrections(events, st.session_state.corrections)
    for problem in problems:
        st.warning(escape_markdown(problem))
    wanted = filters(events)  # drawn even with no events, so the user's filters stay in place
    if events.empty:
        st.info("No dated events to show yet.")
        return
    shown = view.filter_events(events, **wanted)
    if shown.empty:
        left, right = st.columns([4, 1], vertical_alignment="center")
        left.info(f"None of the {len(events)} events match the filters in the sidebar.")
        right.button("Clear filters", on_click=clear_filters, key="clear_filters_main")
    st.subheader(f"{len(shown)} of {total} events" if len(shown) != total
                 else f"{total} event{'s' * (total != 1)}")
    chart(shown)
    columns = table(shown, int(events["corrected"].sum()) if "corrected" in events.columns else 0)
    downloads(shown, columns)


main()
