"""The ``briefgen`` command. It imports almost nothing, so that when ``briefgen serve`` runs in the
project the command is handed to it at once; otherwise it runs the command line here."""
import sys


def main() -> None:
    from briefgen.server import client

    reply = client(sys.argv[1:], warn=lambda text: print(text, file=sys.stderr))
    if reply is not None:
        sys.stdout.write(reply.get("stdout", ""))
        sys.stderr.write(reply.get("stderr", ""))
        sys.exit(reply["code"])
    from briefgen.cli import main as run

    run()
