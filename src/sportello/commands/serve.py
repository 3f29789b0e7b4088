"""`sportello serve`: migrate if needed, then run the web server and the task worker in
one process (the embedded default). Larger installs run `sportello serve --no-worker`
behind a load balancer and `sportello worker` elsewhere."""

import argparse
import logging
import threading

NAME = "serve"
HELP = "serve the web app (waitress) with the task worker in the same process"
NEEDS_DJANGO = True

logger = logging.getLogger("sportello.serve")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--threads", type=int, default=8, help="web server threads")
    parser.add_argument("--no-worker", action="store_true", help="do not run the task worker")
    parser.add_argument("--no-migrate", action="store_true", help="do not migrate at start")


def run(args: argparse.Namespace) -> int:
    from django.core.management import call_command
    from waitress import serve

    from sportello.helpdesk.worker import BackgroundWorker

    if not args.no_migrate:
        call_command("migrate", interactive=False, verbosity=0)
    # Static files are served by WhiteNoise from STATIC_ROOT, compressed once here.
    call_command("collectstatic", interactive=False, verbosity=0)
    from sportello.wsgi import application  # after collectstatic: WhiteNoise indexes it

    worker = None
    if not args.no_worker:
        worker = BackgroundWorker()
        threading.Thread(target=worker.run, name="sportello-worker", daemon=True).start()
    print(f"Sportello: http://{args.host}:{args.port}/  (Ctrl+C to stop)", flush=True)
    try:
        serve(application, host=args.host, port=args.port, threads=args.threads, ident="sportello")
    finally:
        if worker is not None:
            worker.stop()
    return 0
