"""parse_email throughput over a generated mix of realistic messages. Prints JSON.

    .venv/bin/python bench/mail_parse.py [--seconds 3]

The mix: the test fixtures (replies, forwards, bounces, HTML, broken MIME) plus
generated messages: plain Italian questions, Gmail-style replies with quoted history,
HTML-only mail, Windows-1252 mail and messages with a 200 KB photo.
"""

import argparse
import base64
import json
import platform
import random
import sys
import time
from pathlib import Path

from sportello.channels.email import parse_email

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "channels" / "email" / "fixtures"
SENTENCES = [
    "Il pacco è arrivato con la scatola schiacciata.",
    "Quando arriverà il rimborso dell'ordine?",
    "Posso cambiare l'indirizzo di consegna?",
    "La cornice ha il vetro rotto in un angolo.",
    "Il tracciamento non si aggiorna da quattro giorni.",
    "Vorrei restituire la tela, è possibile?",
]


def _head(n: int, extra: str = "") -> str:
    return (
        f"From: Cliente {n} <cliente{n}@example.it>\n"
        "To: assistenza@negozio.example\n"
        f"Subject: Re: Ordine {100000 + n}\n"
        f"Date: Mon, 2 Mar 2026 09:{n % 60:02d}:00 +0100\n"
        f"Message-ID: <bench-{n}@example.it>\n"
        f"In-Reply-To: <n-{n}@sportello.example>\nReferences: <n-{n}@sportello.example>\n"
        "MIME-Version: 1.0\n" + extra
    )


def _generated(n: int, rng: random.Random) -> tuple[str, bytes]:
    text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 8)))
    kind = rng.choice(["plain", "reply", "html", "cp1252", "photo"])
    if kind == "plain":
        return kind, (_head(n, "Content-Type: text/plain; charset=utf-8\n") + "\n" + text).encode()
    if kind == "reply":
        quoted = "\n".join("> " + rng.choice(SENTENCES) for _ in range(30))
        body = (
            f"{text}\n\nIl giorno lun 2 mar 2026 alle ore 09:00 Negozio <\n"
            f"assistenza@negozio.example> ha scritto:\n\n{quoted}\n"
        )
        return kind, (_head(n, "Content-Type: text/plain; charset=utf-8\n") + "\n" + body).encode()
    if kind == "html":
        html = "".join(f"<p>{s}</p>" for s in text.split(". ")) + "<ul><li>uno</li></ul>" * 5
        return kind, (_head(n, "Content-Type: text/html; charset=utf-8\n") + "\n" + html).encode()
    if kind == "cp1252":
        head = _head(n, "Content-Type: text/plain; charset=iso-8859-1\n")
        return kind, head.encode() + b"\n" + (text + " “10 €”").encode("cp1252")
    photo = base64.encodebytes(rng.randbytes(200 * 1024)).decode()
    body = (
        "--P\nContent-Type: text/plain; charset=utf-8\n\n" + text + "\n"
        "--P\nContent-Type: image/jpeg; name=foto.jpg\nContent-Disposition: attachment; "
        "filename=foto.jpg\nContent-Transfer-Encoding: base64\n\n" + photo + "--P--\n"
    )
    return kind, (_head(n, 'Content-Type: multipart/mixed; boundary="P"\n') + "\n" + body).encode()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--count", type=int, default=500, help="distinct generated messages")
    args = parser.parse_args()
    rng = random.Random(42)
    corpus: list[tuple[str, bytes]] = [("fixture", p.read_bytes()) for p in FIXTURES.glob("*.eml")]
    corpus += [_generated(n, rng) for n in range(args.count)]
    mix: dict[str, int] = {}
    for kind, _ in corpus:
        mix[kind] = mix.get(kind, 0) + 1

    parsed = 0
    size = 0
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        for _, raw in corpus:
            parse_email(raw)
            parsed += 1
            size += len(raw)
    elapsed = time.perf_counter() - start
    print(
        json.dumps(
            {
                "benchmark": "mail_parse",
                "messages": parsed,
                "seconds": round(elapsed, 3),
                "messages_per_second": round(parsed / elapsed, 1),
                "megabytes_per_second": round(size / elapsed / 1e6, 2),
                "mean_message_bytes": round(size / parsed),
                "mix": mix,
                "python": platform.python_version(),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
