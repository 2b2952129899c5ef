"""Timeline: dated events and their actors from news articles, as a pandas frame."""
from .errors import InputError
from .ingest import Article
from .pipeline import EVENT_COLUMNS, TimelineResult, build_timeline, extract_events, own_publication_date

__all__ = ["Article", "EVENT_COLUMNS", "InputError", "TimelineResult", "build_timeline", "extract_events",
           "own_publication_date"]
