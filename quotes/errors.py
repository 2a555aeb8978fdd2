"""The few exceptions the library raises; cli.py turns each into one line and an exit code."""


class QuotesError(Exception):
    """Base class for errors a caller is expected to handle."""


class InputError(QuotesError):
    """An input path cannot be read at all (missing, a directory loop, not a file)."""


class ModelNotAvailable(QuotesError):
    """The NLP backend or its model is not installed on this machine."""
