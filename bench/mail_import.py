"""Throughput of `sportello mail import` on a generated mbox (SQLite, a fresh database,
the production task backend). Prints JSON.

    .venv/bin/python bench/mail_import.py [--messages 10000] [--customers 2000]

The mbox is a year of an Italian shop's support mail, written in random order of
Date as exports often are: new questions (plain text, some multipart with an HTML part,
some with a 20 KB photo), replies that quote the previous message and carry
In-Reply-To/References, out-of-office auto-replies, and messages without a Message-ID.
Every message goes through parse_email and ingest(); every acknowledgement the policy
decides is created and suppressed (nothing is sent).
"""

import argparse
import base64
import json
import mailbox
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

SENTENCES = [
    "Il pacco è arrivato con la scatola schiacciata e la cornice ha il vetro rotto.",
    "Quando arriverà il rimborso dell'ordine? Sono passati dieci giorni.",
    "Posso cambiare l'indirizzo di consegna? Mi sono trasferita.",
    "Il tracciamento non si aggiorna da quattro giorni.",
    "Vorrei restituire la tela, la misura non va bene per la parete.",
    "Mi servirebbe la fattura intestata all'azienda, grazie.",
    "Avete ancora la stampa 50x70 in magazzino?",
]
PHOTO = base64.encodebytes(random.Random(1).randbytes(20_000)).decode()


def message(n: int, who: int, at: datetime, rng: random.Random, parent: str | None) -> str:
    order = 100000 + who * 3
    head = [
        f"From: Cliente {who} <cliente{who}@example.it>",
        "To: Negozio <assistenza@negozio.example>",
        f"Date: {format_datetime(at)}",
    ]
    kind = rng.random()
    if kind < 0.01:
        pass  # no Message-ID: identified by a hash of its content
    else:
        head.append(f"Message-ID: <bench-{n}@mail.example.it>")
    if kind > 0.95:
        head += [
            f"Subject: Risposta automatica: Ordine {order}",
            "Auto-Submitted: auto-replied",
            "Content-Type: text/plain; charset=utf-8",
        ]
        return "\n".join(head) + "\n\nSono fuori ufficio fino a lunedì.\n"
    text = " ".join(rng.sample(SENTENCES, 2))
    if parent:
        head += [
            f"Subject: Re: Ordine {order}",
            f"In-Reply-To: {parent}",
            f"References: {parent}",
        ]
        text += (
            f"\n\nIl giorno {at:%d/%m/%Y}, Cliente {who} ha scritto:\n"
            "> Buongiorno, vi scrivo per l'ordine.\n> Grazie\n"
        )
    else:
        head.append(f"Subject: Ordine {order}")
    head.append("MIME-Version: 1.0")
    if kind < 0.25:
        boundary = f"b{n}"
        head.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
        body = (
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
            f"--{boundary}\nContent-Type: image/jpeg; name=foto.jpg\n"
            f"Content-Transfer-Encoding: base64\n\n{PHOTO}--{boundary}--\n"
        )
    elif kind < 0.5:
        boundary = f"a{n}"
        head.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
        body = (
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n\n"
            f"<html><body><p>{text}</p></body></html>\n--{boundary}--\n"
        )
    else:
        head.append("Content-Type: text/plain; charset=utf-8")
        body = text + "\n"
    return "\n".join(head) + "\n\n" + body


def generate(path: Path, messages: int, customers: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = datetime.fromisoformat("2025-01-02T08:00:00+01:00")
    span = timedelta(days=365).total_seconds()
    dates = sorted(start + timedelta(seconds=rng.uniform(0, span)) for _ in range(messages))
    last: dict[int, str] = {}
    items = []
    for n, at in enumerate(dates):
        who = rng.randrange(customers)
        parent = last.get(who) if rng.random() < 0.5 else None
        items.append(message(n, who, at, rng, parent))
        last[who] = f"<bench-{n}@mail.example.it>"
    rng.shuffle(items)  # exports are rarely in date order
    box = mailbox.mbox(path)
    box.lock()
    try:
        for item in items:
            box.add(item.encode("utf-8"))
        box.flush()
    finally:
        box.unlock()
        box.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--customers", type=int, default=2_000)
    args = parser.parse_args()

    sportello = Path(sys.executable).with_name("sportello")
    with tempfile.TemporaryDirectory(prefix="sportello-bench-") as workdir:
        mbox = Path(workdir) / "assistenza.mbox"
        generate(mbox, args.messages, args.customers)
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{workdir}/bench.sqlite3",
            "SPORTELLO_VAR_DIR": workdir,
            "SPORTELLO_MEDIA_DIR": os.path.join(workdir, "media"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "LOG_LEVEL": "WARNING",
        }
        subprocess.run([str(sportello), "migrate"], env=env, check=True, capture_output=True)
        started = time.monotonic()
        done = subprocess.run(
            [str(sportello), "mail", "import", str(mbox), "--json"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        wall = time.monotonic() - started
        summary = json.loads(done.stdout)
        size = mbox.stat().st_size
    print(
        json.dumps(
            {
                "benchmark": "mail_import",
                "messages": args.messages,
                "mbox_mb": round(size / 1e6, 1),
                "import_seconds": summary["seconds"],
                "messages_per_second": summary["per_second"],
                "wall_seconds_with_startup": round(wall, 2),
                "stored": summary["stored"],
                "duplicates": summary["duplicates"],
                "automatic": summary["automatic"],
                "tickets_opened": summary["tickets_opened"],
                "notices_suppressed": summary["notices_suppressed"],
                "failed": len(summary["failed"]),
                "database": "sqlite",
                "python": platform.python_version(),
                "cpu": platform.processor() or platform.machine(),
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
