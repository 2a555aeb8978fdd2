"""The `quotes` command; this package is the only place that prints or exits.

Exit codes: 0 everything was processed; 1 some inputs or articles failed (see stderr and
the problem records), or an unexpected error; 2 usage errors; 130 interrupted.
"""

import signal
import sys
from typing import Annotated

import typer

from quotes.cli import evaluate, extract, group, report, search, serve  # noqa: F401  (commands)
from quotes.cli.common import app, err, examples, fail
from quotes.errors import ModelNotAvailable

__all__ = ["app", "main"]


def _version(show: bool) -> None:
    if show:
        from quotes import __version__

        typer.echo(f"quotes {__version__}")
        raise typer.Exit()


@app.callback(epilog=examples("quotes extract seeds/ -o quotes.csv",
                               "quotes report seeds/", "quotes extract --help"))
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False
          ) -> None:
    """Who said what in French news: quotations, reported speech, speakers and roles."""


INTERRUPTED = "interrupted: the output files (-o, --groups-out, --html) are as they were"


def _terminate(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds like any exit: temporary files are removed


def main() -> None:
    """The ``quotes`` command: unexpected errors are one line on stderr unless ``--debug``."""
    debug = "--debug" in sys.argv[1:]
    if debug:
        sys.argv.remove("--debug")
    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except KeyboardInterrupt:
        err.print(INTERRUPTED, highlight=False)
        sys.exit(130)
    except SystemExit as exc:
        command = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
        # Ctrl-C (typer's 130) or SIGTERM; `serve` runs until then, and writes nothing
        if exc.code in (130, 128 + signal.SIGTERM) and command != "serve":
            err.print(INTERRUPTED, highlight=False)
        raise
    except ModelNotAvailable as exc:  # --backend / --model: what to install, in one line
        sys.exit(fail(str(exc)).exit_code)
    except Exception as exc:
        if debug:
            raise
        from quotes.present.report import safe

        err.print(f"error: unexpected {type(exc).__name__}: {safe(str(exc))} "
                  "(run again with --debug for the traceback)",
                  markup=False, highlight=False)
        sys.exit(1)
