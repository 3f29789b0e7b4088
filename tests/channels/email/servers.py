"""Real mail servers for the tests: Dovecot (IMAP) started with a throw-away
configuration, and an aiosmtpd SMTP server that keeps what it receives.

Dovecot comes from Debian's `dovecot-imapd` package (`.ci/run` installs it). Without
it the IMAP tests are skipped with a message saying so; under CI=true they fail
instead. The configuration (see `Dovecot.config`):

- everything under one temporary directory: `base_dir` (sockets, pid), `state_dir`,
  the log and the Maildirs;
- any user name logs in with the password PASSWORD (a static passdb), so each test
  has a fresh account without rewriting a passwd-file that Dovecot would have to
  notice; its Maildir is created on first login;
- it listens on 127.0.0.1 only, on free ports: plain IMAP (with STARTTLS) and IMAPS,
  with a self-signed certificate made by `openssl` for 127.0.0.1 (when `openssl` is
  missing, TLS is off and the TLS tests skip);
- as root (CI), Dovecot's own unprivileged users from the package run its internal
  and login processes (`dovecot`, `dovenull`), and the mail belongs to `nobody`
  (Dovecot refuses to touch mail as root); the temporary directory is made
  world-traversable so those users can reach it. As any other user, every process runs
  as that user and group (Dovecot's "rootless" mode: `default_internal_user`,
  `default_login_user` and `default_internal_group` are the user's own, and the login
  processes are not chrooted).
"""

import email
import email.message
import email.policy
import grp
import imaplib
import logging
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's chatter per command
PASSWORD = "segreto"  # every test account has it
HOW_TO_INSTALL = (
    "Dovecot is not installed: `sudo apt-get install dovecot-imapd` (Debian/Ubuntu) to run "
    "the IMAP tests; under CI=true they are required"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def require(found: bool, message: str) -> None:
    """Skip locally, fail under CI."""
    if found:
        return
    if CI:
        pytest.fail(f"CI=true: {message}")
    pytest.skip(message)


# --- SMTP


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> email.message.EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, email.message.EmailMessage)
        return parsed


@dataclass
class SmtpSink:
    """An SMTP server on 127.0.0.1 that accepts everything and keeps it."""

    received: list[Received] = field(default_factory=list)
    port: int = 0
    _controller: Controller | None = None
    _arrived: threading.Condition = field(default_factory=threading.Condition)

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        with self._arrived:
            self.received.append(
                Received(
                    envelope.mail_from,  # type: ignore[attr-defined]
                    list(envelope.rcpt_tos),  # type: ignore[attr-defined]
                    bytes(envelope.original_content or envelope.content),  # type: ignore[attr-defined]
                )
            )
            self._arrived.notify_all()
        return "250 OK"

    def start(self) -> "SmtpSink":
        self.port = free_port()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()

    def mailer_settings(self) -> dict[str, dict[str, object]]:
        return {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": self.port, "timeout": 10},
            }
        }

    def wait_for(self, count: int, timeout: float = 10) -> list[Received]:
        with self._arrived:
            self._arrived.wait_for(lambda: len(self.received) >= count, timeout)
        assert len(self.received) >= count, f"{len(self.received)} of {count} mails arrived"
        return self.received


# --- IMAP


@dataclass
class Dovecot:
    root: Path
    port: int = 0
    tls_port: int = 0
    cert: Path | None = None
    process_users: tuple[str, str] = ("", "")  # internal, login
    mail_owner: tuple[int, int] = (0, 0)
    _users: set[str] = field(default_factory=set)

    @classmethod
    def start_in(cls, root: Path) -> "Dovecot":
        binary = shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/sbin")
        require(binary is not None, HOW_TO_INSTALL)
        assert binary is not None
        server = cls(root)
        server._prepare()
        subprocess.run([binary, "-c", str(server.config_path)], check=True, timeout=30)
        server._wait_until_listening()
        return server

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    def _prepare(self) -> None:
        self.root.chmod(0o755)  # the unprivileged processes must reach their files
        for name in ("run", "state", "mail"):
            (self.root / name).mkdir()
        self.port, self.tls_port = free_port(), free_port()
        if os.geteuid() == 0:
            internal = _existing_user("dovecot")
            login = _existing_user("dovenull") or internal
            require(
                internal is not None,
                "Dovecot's system user `dovecot` is missing: reinstall dovecot-core",
            )
            assert internal is not None and login is not None
            nobody = pwd.getpwnam("nobody")
            self.process_users = (internal, login)
            self.mail_owner = (nobody.pw_uid, nobody.pw_gid)
            os.chown(self.root / "mail", *self.mail_owner)
        else:
            me = pwd.getpwuid(os.getuid()).pw_name
            self.process_users = (me, me)
            self.mail_owner = (os.getuid(), os.getgid())
        self.cert = self._make_certificate()
        self.config_path.write_text(self.config())

    def _make_certificate(self) -> Path | None:
        openssl = shutil.which("openssl")
        if openssl is None:
            return None
        cert, key = self.root / "cert.pem", self.root / "key.pem"
        subprocess.run(
            [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
             "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        return cert

    def config(self) -> str:
        internal, login = self.process_users
        uid, gid = self.mail_owner
        rootless = os.geteuid() != 0
        tls = (
            f"ssl = yes\nssl_cert = <{self.cert}\nssl_key = <{self.root / 'key.pem'}\n"
            if self.cert
            else "ssl = no\n"
        )
        imaps = f"port = {self.tls_port}\n    address = 127.0.0.1" if self.cert else "port = 0"
        rootless_settings = (
            f"default_internal_group = {grp.getgrgid(os.getgid()).gr_name}\n"
            "service imap-login {\n  chroot =\n}\nservice anvil {\n  chroot =\n}\n"
            if rootless
            else ""
        )
        return f"""# Written by tests/channels/email/servers.py; thrown away after the tests.
base_dir = {self.root / "run"}
state_dir = {self.root / "state"}
log_path = {self.log_path}
protocols = imap
listen = 127.0.0.1
{tls}disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = 1
first_valid_gid = 1
login_trusted_networks = 127.0.0.1/32
auth_failure_delay = 0
passdb {{
  driver = static
  args = password={PASSWORD}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={self.root / "mail"}/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    {imaps}
  }}
}}
{rootless_settings}"""

    def _wait_until_listening(self, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.1)
        log = self.log_path.read_text() if self.log_path.exists() else "(no log)"
        raise RuntimeError(f"Dovecot did not start on port {self.port}:\n{log}")

    def stop(self) -> None:
        pid_file = self.root / "run" / "master.pid"
        if not pid_file.exists():
            return
        pid = int(pid_file.read_text().strip())
        try:
            os.kill(pid, 15)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)

    # --- users and mail

    def add_user(self, name: str) -> str:
        """Any user name logs in with PASSWORD (a static passdb: no file to reload
        between tests); each gets a Maildir of its own on first login."""
        self._users.add(name)
        return name

    def client(self, user: str, password: str = PASSWORD) -> imaplib.IMAP4:
        client = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        client.login(user, password)
        return client

    def append(
        self,
        user: str,
        raw: bytes,
        *,
        folder: str = "INBOX",
        when: float | None = None,
        password: str = PASSWORD,
    ) -> int:
        """Deliver a message as the mail server would; returns its UID."""
        client = self.client(user, password)
        try:
            if folder != "INBOX":
                client.create(f'"{folder}"')
            stamp = imaplib.Time2Internaldate(when if when is not None else time.time())
            crlf = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            typ, data = client.append(f'"{folder}"', None, stamp, crlf)
            assert typ == "OK", data
            # [APPENDUID <validity> <uid>] (UIDPLUS)
            text = data[0].decode() if data and isinstance(data[0], bytes) else ""
            return int(text.split("APPENDUID", 1)[1].split()[1].rstrip("]"))
        finally:
            client.logout()

    def flags(self, user: str, folder: str = "INBOX") -> dict[int, set[str]]:
        client = self.client(user)
        try:
            typ, data = client.select(f'"{folder}"')
            assert typ == "OK", data
            _, data = client.uid("FETCH", "1:*", "(UID FLAGS)")
            result: dict[int, set[str]] = {}
            for item in data:
                if not isinstance(item, bytes):
                    continue
                text = item.decode()
                uid = int(text.split("UID ", 1)[1].split()[0].rstrip(")"))
                flags = text.split("FLAGS (", 1)[1].split(")", 1)[0].split()
                result[uid] = set(flags)
            return result
        finally:
            client.logout()

    def uids(self, user: str, folder: str = "INBOX") -> list[int]:
        return sorted(self.flags(user, folder))

    def expunge_all(self, user: str, folder: str = "INBOX") -> None:
        client = self.client(user)
        try:
            client.select(folder)
            client.store("1:*", "+FLAGS", "(\\Deleted)")
            client.expunge()
        finally:
            client.logout()

    def remove_folder(self, user: str, folder: str) -> None:
        client = self.client(user)
        try:
            client.delete(f'"{folder}"')
        finally:
            client.logout()


def _existing_user(name: str) -> str | None:
    try:
        return pwd.getpwnam(name).pw_name
    except KeyError:
        return None


def start_dovecot() -> Dovecot:
    root = Path(tempfile.mkdtemp(prefix="sportello-dovecot-"))
    return Dovecot.start_in(root)


def cleanup(server: Dovecot) -> None:
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)
