"""`sportello serve` on a fresh directory: migrates, collects static files, answers HTTP."""

import os
import socket
import subprocess
import sys
import time
import urllib.request


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_answers_in_italian_on_a_fresh_directory(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SECRET_KEY")}
    env["SPORTELLO_VAR_DIR"] = str(tmp_path / "var")
    server = subprocess.Popen(
        [sys.executable, "-m", "sportello", "serve", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        page = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=2) as r:
                    page = r.read().decode()
                    break
            except OSError:
                time.sleep(0.3)
        assert page is not None, "the server did not answer"
        assert "Accedi" in page
        with urllib.request.urlopen(
            f"http://127.0.0.1:{port}/static/workspace/app.css", timeout=5
        ) as css:
            assert css.status == 200
        assert (tmp_path / "var" / "sportello.sqlite3").exists()
        assert (tmp_path / "var" / "secret_key").exists()
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=10)
    assert "No directory at" not in output
