"""The few exceptions the library raises; cli.py turns each into one line and an exit code."""


class QuotesError(Exception):
    """Base class for errors a caller is expected to handle."""


class ModelNotAvailable(QuotesError):
    """The NLP backend or its model is not installed on this machine."""


class InputError(QuotesError):
    """A setting, option or input the caller gave cannot be used as it is."""
