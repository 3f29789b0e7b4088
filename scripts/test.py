"""The test command (`make test`).

1. The whole suite on SQLite, in memory: needs no server.
2. The tests marked `database` again on PostgreSQL, when one answers at
   SPORTELLO_TEST_POSTGRES (default postgres://postgres@127.0.0.1:5432/test).
   Under CI (CI=true) the PostgreSQL pass is required: an unreachable server fails.

Extra arguments go to both pytest runs.
"""

import os
import subprocess
import sys

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/test"


def postgres_reachable(url: str) -> str | None:
    """None when a connection succeeds, else the reason it failed."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install -e '.[postgres]')"
    try:
        with psycopg.connect(url.replace("postgres://", "postgresql://", 1), connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return str(exc).strip()


def main() -> int:
    args = sys.argv[1:]
    pytest = [sys.executable, "-m", "pytest", *args]
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}

    print("== test suite on SQLite", flush=True)
    status = subprocess.call(pytest, env=env)  # noqa: S603
    if status not in (0, 5):
        return status

    ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    url = os.environ.get("SPORTELLO_TEST_POSTGRES", DEFAULT_PG)
    problem = postgres_reachable(url)
    if problem:
        if ci:
            print(f"!! CI=true and PostgreSQL is unreachable at {url}: {problem}", file=sys.stderr)
            return 1
        print(f"== PostgreSQL pass skipped: {url} unreachable ({problem})", flush=True)
        return 0

    print(f"== database tests on PostgreSQL ({url})", flush=True)
    status = subprocess.call([*pytest, "-m", "database"], env={**env, "DATABASE_URL": url})  # noqa: S603
    return 0 if status in (0, 5) else status


if __name__ == "__main__":
    sys.exit(main())
