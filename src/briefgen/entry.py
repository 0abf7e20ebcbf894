"""The ``briefgen`` command. It imports almost nothing, so that when ``briefgen serve`` runs in the
project the command is handed to it at once; otherwise it runs the command line here."""
import sys


def main() -> None:
    from briefgen.server import client

    code = client(sys.argv[1:])
    if code is not None:
        sys.exit(code)
    from briefgen.cli import main as run

    run()
