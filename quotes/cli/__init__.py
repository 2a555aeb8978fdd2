"""The `quotes` command; this package is the only place that prints or exits.

Exit codes: 0 everything was processed; 1 some inputs or articles failed (see stderr and
the problem records), or an unexpected error; 2 usage errors; 130 interrupted (Ctrl-C);
143 terminated (SIGTERM).
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


_OUTPUTS = {"extract": "-o, --texts-out", "group": "-o, --groups-out", "report": "--html"}


def _interrupted(command: str) -> str:
    """The line an interrupted run ends with: the files the command writes are as they were."""
    outputs = _OUTPUTS.get(command)
    return "interrupted" if outputs is None else (
        f"interrupted: the output files ({outputs}) are as they were")


def _terminate(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds like any exit: temporary files are removed


def main() -> None:
    """The ``quotes`` command: unexpected errors are one line on stderr unless ``--debug``."""
    debug = "--debug" in sys.argv[1:]
    if debug:
        sys.argv.remove("--debug")
    signal.signal(signal.SIGTERM, _terminate)
    command = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
    try:
        app()
    except KeyboardInterrupt:
        err.print(_interrupted(command), highlight=False)
        sys.exit(130)
    except SystemExit as exc:
        # Ctrl-C (typer's 130) or SIGTERM; `serve` runs until then, and writes nothing
        if exc.code in (130, 128 + signal.SIGTERM) and command != "serve":
            err.print(_interrupted(command), highlight=False)
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
