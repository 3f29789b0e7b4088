"""Attachment helpers: file names we can store, and types we must never serve inline.

`is_dangerous` is for whoever serves attachments later: a dangerous file is only ever
offered as a download (Content-Disposition: attachment, nosniff), never rendered in the
agents' browser, because HTML, SVG, XML and scripts run in the page's origin and
executables are one click from running on the agent's machine. Both the declared type
and the file name's extension count: senders control both.
"""

import mimetypes
import re

_DANGEROUS_EXTENSIONS = frozenset(
    {
        # run in the browser
        "htm", "html", "shtml", "xhtml", "xht", "mht", "mhtml", "svg", "svgz", "xml",
        "xsl", "xslt", "js", "mjs", "swf",
        # run on the machine
        "exe", "com", "scr", "pif", "bat", "cmd", "msi", "msp", "msc", "dll", "cpl",
        "jar", "jse", "vbs", "vbe", "wsf", "wsh", "hta", "ps1", "psm1", "sh", "bash",
        "app", "lnk", "url", "reg", "inf", "iso", "img", "vhd", "vhdx", "dmg", "pkg",
        "apk", "appx", "msix",
        # carry macros
        "docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "sldm",
    }
)  # fmt: skip
_DANGEROUS_TYPE_WORDS = (
    "html",
    "xml",
    "javascript",
    "ecmascript",
    "executable",
    "msdownload",
    "msdos-program",
    "x-sh",
    "shellscript",
    "x-bat",
    "hta",
    "java-archive",
    "shockwave",
    "macroenabled",
)
_UNSAFE_CHARS = re.compile(r"[\x00-\x1f\x7f<>:\"/\\|?*]")
MAX_FILENAME = 200


def is_dangerous(content_type: str | None, filename: str | None) -> bool:
    """True when the file must never be served inline (see the module docstring)."""
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if any(word in kind for word in _DANGEROUS_TYPE_WORDS):
        return True
    name = (filename or "").strip().rstrip(". ").lower()
    return "." in name and name.rsplit(".", 1)[1] in _DANGEROUS_EXTENSIONS


def safe_filename(name: str | None, content_type: str, index: int) -> str:
    """A file name without paths or control characters; made up when there is none."""
    if name:
        name = name.replace("\\", "/").rsplit("/", 1)[-1]
        name = _UNSAFE_CHARS.sub("_", name).strip().lstrip(".").strip()
        if len(name) > MAX_FILENAME:
            stem, dot, ext = name.rpartition(".")
            name = (
                f"{stem[: MAX_FILENAME - len(ext) - 1]}.{ext}"
                if dot and len(ext) <= 10
                else name[:MAX_FILENAME]
            )
    if name:
        return name
    if content_type in ("message/rfc822", "message/global"):
        extension = ".eml"
    else:
        extension = mimetypes.guess_extension(content_type, strict=False) or (
            ".txt" if content_type.startswith("text/") else ".bin"
        )
    return f"attachment-{index}{extension}"
