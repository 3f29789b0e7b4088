"""Sportello's only settings module. Everything comes from environment variables with
safe defaults: with nothing set it runs on SQLite under ./var/."""

import os
import secrets
from pathlib import Path

import dj_database_url

from sportello.env import env_bool, env_int, env_list

PACKAGE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(os.environ.get("SPORTELLO_VAR_DIR", "var")).resolve()


def _secret_key() -> str:
    if key := os.environ.get("SECRET_KEY"):
        return key
    # Generated once and kept, so sessions survive a restart.
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "anymail",
    "django_tasks_db",
    "sportello.helpdesk",
    "sportello.channels.email",  # label "mailchannel": IMAP mailboxes, inbound webhooks
    "sportello.workspace",
    "sportello.portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "sportello.language.ItalianFirstMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "sportello.urls"
WSGI_APPLICATION = "sportello.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "sportello.channels.email.context.mailbox_alerts",
            ],
        },
    },
]

# Database: DATABASE_URL (PostgreSQL for a grown install), else SQLite in WAL mode.
SQLITE_OPTIONS = {
    # WAL lets the web server read while the task worker writes; IMMEDIATE takes the
    # write lock up front instead of failing half-way through a transaction.
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
    ),
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.config(conn_max_age=60, conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(VAR_DIR / "sportello.sqlite3"),
        }
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Tasks: django.tasks with the database backend; the worker runs inside `sportello serve`.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("SPORTELLO_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "workspace:login"
LOGIN_REDIRECT_URL = "workspace:queue"
LOGOUT_REDIRECT_URL = "workspace:login"

# Language and time: Italian first, English second.
LANGUAGE_CODE = os.environ.get("LANGUAGE_CODE", "it")
LANGUAGES = [("it", "Italiano"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = os.environ.get("SPORTELLO_TIME_ZONE", "Europe/Rome")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_ROOT = Path(os.environ.get("SPORTELLO_MEDIA_DIR", VAR_DIR / "media")).resolve()
MEDIA_URL = "media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# E-mail out (Django's MAILERS): the console in development; SMTP when EMAIL_HOST is set;
# or any backend, e.g. an anymail provider (EMAIL_BACKEND=anymail.backends.mailgun.EmailBackend
# with ANYMAIL_* variables).
_SMTP = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_BACKEND_PATH = os.environ.get(
    "EMAIL_BACKEND",
    _SMTP if os.environ.get("EMAIL_HOST") else "django.core.mail.backends.console.EmailBackend",
)
MAILERS = {"default": {"BACKEND": EMAIL_BACKEND_PATH, "OPTIONS": {}}}
if EMAIL_BACKEND_PATH == _SMTP:
    MAILERS["default"]["OPTIONS"] = {
        "host": os.environ.get("EMAIL_HOST", "localhost"),
        "port": env_int("EMAIL_PORT", 25),
        "username": os.environ.get("EMAIL_HOST_USER", ""),
        "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
        "use_tls": env_bool("EMAIL_USE_TLS", False),
        "use_ssl": env_bool("EMAIL_USE_SSL", False),
        "timeout": env_int("EMAIL_TIMEOUT", 30),
    }
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "assistenza@sportello.localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ANYMAIL = {
    key.removeprefix("ANYMAIL_"): value
    for key, value in os.environ.items()
    if key.startswith("ANYMAIL_")
}

# The Ed25519 key that signs incident evidence bundles; empty: var/signing_key.pem,
# generated on the first export.
SPORTELLO_SIGNING_KEY = os.environ.get("SPORTELLO_SIGNING_KEY", "")

# Inbound limits.
SPORTELLO_MAX_ATTACHMENT_BYTES = env_int("SPORTELLO_MAX_ATTACHMENT_BYTES", 25 * 1024 * 1024)

# The e-mail channel (sportello.channels.email): IMAP polling and outbound headers.
SPORTELLO_IMAP_POLL_SECONDS = env_int("SPORTELLO_IMAP_POLL_SECONDS", 60)
SPORTELLO_IMAP_BATCH = env_int("SPORTELLO_IMAP_BATCH", 50)  # messages per poll pass
SPORTELLO_IMAP_TIMEOUT = env_int("SPORTELLO_IMAP_TIMEOUT", 60)  # seconds per server answer
SPORTELLO_MAIL_REPLY_TO_TOKEN = env_bool("SPORTELLO_MAIL_REPLY_TO_TOKEN", True)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per task run is noise at INFO; failures still show.
        "django.tasks": {"level": os.environ.get("TASKS_LOG_LEVEL", "WARNING")},
        "django_tasks_db": {"level": os.environ.get("TASKS_LOG_LEVEL", "WARNING")},
    },
}
