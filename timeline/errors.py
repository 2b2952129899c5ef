"""Errors the user caused and can fix: shown as one clear line, never a traceback."""


class InputError(ValueError):
    """Bad input: empty text, an unreadable file, a date we cannot draw, ..."""
