"""Ingest throughput of `sportello simulate` on a generated scenario (SQLite).

Generates N inbound events from M customers across the accepted and refused channels,
with chasers, replies to earlier messages and agent replies, then runs
`sportello simulate --stats` on it and prints JSON.

    python bench/simulate_throughput.py [--events 10000] [--customers 1500]
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

CHANNELS = ["email"] * 5 + ["web_form"] * 2 + ["chat", "facebook", "instagram", "whatsapp"]
TEXTS = [
    "Buongiorno, il pacco dell'ordine è arrivato danneggiato, allego foto.",
    "Novità? Vi ho scritto ieri e non ho ancora ricevuto risposta.",
    "Vorrei fare il reso della giacca, la taglia non va bene. Come funziona?",
    "URGENTE!!! Rispondete subito, mi serve entro venerdì.",
    "Il rimborso non è ancora arrivato, potete verificare?",
    "Hello, my order arrived broken. What should I do?",
]


def generate(events: int, customers: int, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    at = datetime.fromisoformat("2026-03-02T08:00:00+01:00")
    lines: list[dict[str, object]] = []
    last_id: dict[int, str] = {}
    for number in range(events):
        at += timedelta(seconds=rng.randint(5, 90))
        who = rng.randrange(customers)
        if who in last_id and rng.random() < 0.08:
            lines.append({"type": "reply", "at": at.isoformat(), "to": last_id[who], "text": "Ok"})
            continue
        channel = rng.choice(CHANNELS)
        message_id = f"<b{number}@bench>" if channel == "email" else f"{channel}-{number}"
        event: dict[str, object] = {
            "type": "inbound",
            "at": at.isoformat(),
            "channel": channel,
            "id": message_id,
            "from": f"cliente{who}@example.it"
            if channel in ("email", "web_form")
            else f"{channel}-{who}",
            "text": rng.choice(TEXTS),
        }
        if rng.random() < 0.4:
            event["order"] = str(100000 + who * 3 + rng.randint(0, 2))
        if channel == "email" and who in last_id and rng.random() < 0.5:
            event["in_reply_to"] = last_id[who]
        lines.append(event)
        if channel not in ("whatsapp",):
            last_id[who] = message_id
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--customers", type=int, default=1500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        path.write_text("\n".join(json.dumps(e) for e in generate(args.events, args.customers)))
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "sportello", "simulate", "--compact", "--stats", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - started
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return done.returncode
    stats = json.loads(done.stderr.strip().splitlines()[-1])
    result = json.loads(done.stdout)
    print(
        json.dumps(
            {
                "benchmark": "simulate_throughput",
                "database": "sqlite",
                **stats,
                "wall_seconds": round(wall, 2),
                "tickets": len(result["tickets"]),
                "customers": len(result["customers"]),
                "outbound": len(result["outbound"]),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
