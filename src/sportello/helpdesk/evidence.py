"""Evidence packs (spec/policy.md section 7): what a manager hands to the authorities
about a threat. The messages as they were received, the text layer's evidence spans,
the audit events about them with their hashes, and whether the audit chain held when
the pack was made.

gather (build_pack) -> EvidencePack (frozen dataclasses) -> dict -> a signed JSON bundle
or a PDF. The signed bundle is the copy of record: canonical JSON of the pack (keys
sorted, no spaces, UTF-8) signed with Ed25519; it carries the public key, and
`sportello incident verify` (or any Ed25519 library) checks it.

This module imports Django only inside the functions that read the database, so that
verifying a bundle needs neither settings nor a database.
"""

import base64
import binascii
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

if TYPE_CHECKING:
    from sportello.helpdesk.audit import Actor
    from sportello.helpdesk.models import Event, Incident, Message

PACK_FORMAT = "sportello-evidence-pack/1"
BUNDLE_FORMAT = "sportello-evidence-bundle/1"
ALGORITHM = "Ed25519"
SIGNED_CONTENT = "canonical JSON of 'pack': keys sorted, separators ',' and ':', UTF-8"
EVENT_HASH = (
    "sha256 of the JSON of 'canonical': keys sorted, separators ',' and ':', non-ASCII "
    "characters as \\u escapes"
)
KEY_FILE = "signing_key.pem"


class EvidenceError(Exception):
    """The pack cannot be made or signed (a missing or unreadable key): the message says
    what to fix."""


class BundleUnreadable(Exception):
    """The file is not a Sportello evidence bundle at all."""


# --- The pack --------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceSpan:
    label: str
    start: int
    end: int
    text: str
    rule: str
    field: str


@dataclass(frozen=True)
class EvidenceAttachment:
    filename: str
    content_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class EvidenceMessage:
    id: int
    ticket: str
    channel: str
    external_id: str
    received_at: str  # ISO 8601, UTC
    stored_at: str
    sender: str
    sender_name: str
    subject: str
    text: str
    text_sha256: str  # compare with the message.received event's text_sha256
    state: str
    labels: tuple[str, ...]
    spans: tuple[EvidenceSpan, ...]
    attachments: tuple[EvidenceAttachment, ...]
    in_incident: bool  # False: an earlier message that caused a warning or block


@dataclass(frozen=True)
class EvidenceSanction:
    id: int
    kind: str
    status: str
    created_at: str
    message_id: int
    labels: tuple[str, ...]
    notice_id: int | None
    decided_by: str
    decided_at: str
    decision_reason: str


@dataclass(frozen=True)
class EvidenceNotice:
    id: int
    kind: str
    channel: str
    to: str
    state: str
    created_at: str
    sent_at: str
    subject: str
    text: str


@dataclass(frozen=True)
class EvidenceEvent:
    id: int
    at: str
    verb: str
    actor: str
    hash: str
    prev_hash: str
    canonical: Mapping[str, Any]  # exactly what the hash covers


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    first_bad: int | None
    problem: str


@dataclass(frozen=True)
class EvidenceIdentity:
    channel: str
    address: str
    source: str
    since: str


@dataclass(frozen=True)
class EvidenceCustomer:
    ref: str
    name: str
    state: str
    identities: tuple[EvidenceIdentity, ...]


@dataclass(frozen=True)
class EvidenceIncident:
    id: int
    ref: str
    status: str
    opened_at: str
    closed_at: str
    note: str
    ticket: str


@dataclass(frozen=True)
class EvidencePack:
    format: str
    generated_at: str
    time_zone: str  # the shop's, for reading the times
    seller: Mapping[str, str]
    incident: EvidenceIncident
    customer: EvidenceCustomer
    messages: tuple[EvidenceMessage, ...]
    sanctions: tuple[EvidenceSanction, ...]
    notices: tuple[EvidenceNotice, ...]
    events: tuple[EvidenceEvent, ...]
    chain: ChainCheck
    event_hash: str = EVENT_HASH

    def as_dict(self) -> dict[str, Any]:
        # Through JSON so tuples become lists: the dict is exactly what gets signed.
        result: dict[str, Any] = json.loads(json.dumps(asdict(self)))
        return result


def _iso(instant: datetime | None) -> str:
    return instant.astimezone(UTC).isoformat() if instant is not None else ""


def _user(user: Any) -> str:
    return str(user.get_username()) if user is not None else ""


def build_pack(incident: "Incident") -> EvidencePack:
    """Gather the evidence of one incident from the database."""
    from django.db.models import Q

    from sportello import clock
    from sportello.helpdesk.audit import verify_chain
    from sportello.helpdesk.models import Event, Message, OutboundNotice, Sanction

    customer = incident.customer
    seller = incident.seller
    incident_ids = set(incident.messages.values_list("pk", flat=True))
    sanctions = list(
        Sanction.objects.filter(customer=customer).select_related("decided_by").order_by("id")
    )
    message_ids = incident_ids | {s.message_id for s in sanctions}
    messages = list(
        Message.objects.filter(pk__in=message_ids)
        .select_related("ticket")
        .prefetch_related("attachments")
        .order_by("received_at", "id")
    )
    notice_ids = {s.notice_id for s in sanctions if s.notice_id is not None}
    notices = list(
        OutboundNotice.objects.filter(pk__in=notice_ids).select_related("message").order_by("id")
    )
    events = Event.objects.filter(
        Q(subject_type="message", subject_id__in=message_ids)
        | Q(subject_type="sanction", subject_id__in=[s.pk for s in sanctions])
        | Q(subject_type="incident", subject_id=incident.pk)
        | Q(subject_type="outboundnotice", subject_id__in=notice_ids)
        | Q(subject_type="customer", subject_id=customer.pk)
    ).order_by("id")
    report = verify_chain()
    return EvidencePack(
        format=PACK_FORMAT,
        generated_at=_iso(clock.now()),
        time_zone=seller.time_zone,
        seller={"name": seller.name, "slug": seller.slug},
        incident=EvidenceIncident(
            id=incident.pk,
            ref=incident.ref,
            status=incident.status,
            opened_at=_iso(incident.opened_at),
            closed_at=_iso(incident.closed_at),
            note=incident.note,
            ticket=incident.ticket.ref if incident.ticket is not None else "",
        ),
        customer=EvidenceCustomer(
            ref=customer.ref,
            name=customer.name,
            state=customer.state,
            identities=tuple(
                EvidenceIdentity(i.channel, i.address, i.source, _iso(i.created_at))
                for i in customer.identities.order_by("created_at", "id")
            ),
        ),
        messages=tuple(_message(m, m.pk in incident_ids) for m in messages),
        sanctions=tuple(
            EvidenceSanction(
                id=s.pk,
                kind=s.kind,
                status=s.status,
                created_at=_iso(s.created_at),
                message_id=s.message_id,
                labels=tuple(s.labels),
                notice_id=s.notice_id,
                decided_by=_user(s.decided_by),
                decided_at=_iso(s.decided_at),
                decision_reason=s.decision_reason,
            )
            for s in sanctions
        ),
        notices=tuple(
            EvidenceNotice(
                id=n.pk,
                kind=n.kind,
                channel=n.channel,
                to=n.to,
                state=n.state,
                created_at=_iso(n.created_at),
                sent_at=_iso(n.sent_at),
                subject=n.message.subject if n.message else "",
                text=n.message.text if n.message else "",
            )
            for n in notices
        ),
        events=tuple(_event(e) for e in events),
        chain=ChainCheck(
            ok=report.ok, checked=report.checked, first_bad=report.first_bad, problem=report.problem
        ),
    )


def _message(message: "Message", in_incident: bool) -> EvidenceMessage:
    spans = []
    for span in message.spans or []:
        start, end = span.get("start"), span.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        spans.append(
            EvidenceSpan(
                label=str(span.get("label", "")),
                start=start,
                end=end,
                text=str(span.get("text", "")),
                rule=str(span.get("rule", "")),
                field=str(span.get("field", "text")),
            )
        )
    return EvidenceMessage(
        id=message.pk,
        ticket=message.ticket.ref if message.ticket is not None else "",
        channel=message.channel,
        external_id=message.external_id,
        received_at=_iso(message.received_at),
        stored_at=_iso(message.created_at),
        sender=message.sender,
        sender_name=message.sender_name,
        subject=message.subject,
        text=message.text,
        text_sha256=hashlib.sha256(message.text.encode()).hexdigest(),
        state=message.state,
        labels=tuple(message.labels or ()),
        spans=tuple(spans),
        attachments=tuple(
            EvidenceAttachment(a.filename, a.content_type, a.size, a.sha256)
            for a in message.attachments.all()
        ),
        in_incident=in_incident,
    )


def _event(event: "Event") -> EvidenceEvent:
    return EvidenceEvent(
        id=event.pk,
        at=_iso(event.created_at),
        verb=event.verb,
        actor=event.actor_label,
        hash=event.hash,
        prev_hash=event.prev_hash,
        canonical=event.canonical(),
    )


# --- Signing ---------------------------------------------------------------------------


def canonical_json(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def event_hash(canonical: Mapping[str, Any]) -> str:
    """The hash of an audit event from its canonical content (helpdesk.models.Event)."""
    payload = json.dumps(canonical, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def key_fingerprint(public_key: Ed25519PublicKey) -> str:
    """sha256 of the raw 32-byte public key, in hex: what a shop publishes."""
    return hashlib.sha256(_raw(public_key)).hexdigest()


def _raw(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_pem(public_key: Ed25519PublicKey) -> str:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def signing_key_path() -> Path:
    from django.conf import settings

    configured = getattr(settings, "SPORTELLO_SIGNING_KEY", "")
    if configured:
        return Path(configured)
    return Path(settings.VAR_DIR) / KEY_FILE


def signing_key() -> Ed25519PrivateKey:
    """The shop's signing key: SPORTELLO_SIGNING_KEY when set (it must exist), else
    `signing_key.pem` in the var directory, generated the first time (mode 0600)."""
    from django.conf import settings

    path = signing_key_path()
    if not path.exists():
        if getattr(settings, "SPORTELLO_SIGNING_KEY", ""):
            raise EvidenceError(f"SPORTELLO_SIGNING_KEY names {path}, which does not exist")
        _create_key(path)
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise EvidenceError(f"cannot read the signing key {path}: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise EvidenceError(f"the signing key {path} is not an Ed25519 key")
    return key


def _create_key(path: Path) -> None:
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: two processes making the first export at once keep one key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)


def sign_pack(pack: Mapping[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    public = key.public_key()
    return {
        "format": BUNDLE_FORMAT,
        "pack": pack,
        "signature": {
            "algorithm": ALGORITHM,
            "signed_content": SIGNED_CONTENT,
            "public_key": base64.b64encode(_raw(public)).decode("ascii"),
            "public_key_pem": public_key_pem(public),
            "key_fingerprint": key_fingerprint(public),
            "value": base64.b64encode(key.sign(canonical_json(pack))).decode("ascii"),
        },
    }


def bundle_bytes(bundle: Mapping[str, Any]) -> bytes:
    """The bundle file: indented for people; the signature covers the canonical form."""
    return (json.dumps(bundle, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode()


@dataclass(frozen=True)
class Verification:
    ok: bool
    problem: str
    key_fingerprint: str
    events_checked: int = 0
    messages_checked: int = 0


def verify_bundle(data: bytes, expected_public_key: bytes | None = None) -> Verification:
    """Check a bundle's signature, and that every event hash and message text in it
    matches its content. `expected_public_key` (raw 32 bytes, or PEM): the shop's
    published key; without it the bundle is only checked against the key it carries.
    Raises BundleUnreadable when `data` is not a bundle at all."""
    try:
        bundle = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleUnreadable(f"not JSON: {exc}") from exc
    if not isinstance(bundle, dict) or bundle.get("format") != BUNDLE_FORMAT:
        raise BundleUnreadable(f"not a {BUNDLE_FORMAT} file")
    pack, signature = bundle.get("pack"), bundle.get("signature")
    if not isinstance(pack, dict) or not isinstance(signature, dict):
        raise BundleUnreadable("the bundle has no pack or no signature")
    if signature.get("algorithm") != ALGORITHM:
        return Verification(False, f"unknown algorithm {signature.get('algorithm')!r}", "")
    try:
        public = Ed25519PublicKey.from_public_bytes(
            base64.b64decode(str(signature.get("public_key", "")), validate=True)
        )
        value = base64.b64decode(str(signature.get("value", "")), validate=True)
    except (ValueError, binascii.Error) as exc:
        return Verification(False, f"malformed key or signature: {exc}", "")
    fingerprint = key_fingerprint(public)
    if expected_public_key is not None and _raw(public) != _public_raw(expected_public_key):
        return Verification(False, "signed with another key than the shop's", fingerprint)
    try:
        public.verify(value, canonical_json(pack))
    except InvalidSignature:
        return Verification(False, "the signature does not match the content", fingerprint)
    events = pack.get("events") or []
    for event in events:
        if not isinstance(event, dict) or event_hash(event.get("canonical", {})) != event.get(
            "hash"
        ):
            return Verification(False, "an event's hash does not match its content", fingerprint)
    messages = pack.get("messages") or []
    for message in messages:
        text = str(message.get("text", "")) if isinstance(message, dict) else ""
        if not isinstance(message, dict) or (
            hashlib.sha256(text.encode()).hexdigest() != message.get("text_sha256")
        ):
            return Verification(False, "a message's text does not match its hash", fingerprint)
    return Verification(True, "", fingerprint, len(events), len(messages))


def _public_raw(key: bytes) -> bytes:
    """The raw public key from a PEM file (comment lines before it are fine, as in the
    output of `sportello incident key`) or from the 32 raw bytes."""
    begin = key.find(b"-----BEGIN")
    if begin >= 0:
        loaded = serialization.load_pem_public_key(key[begin:])
        if not isinstance(loaded, Ed25519PublicKey):
            raise ValueError("not an Ed25519 public key")
        return _raw(loaded)
    if len(key) != 32:
        raise ValueError("neither a PEM public key nor 32 raw bytes")
    return key


# --- Export ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Export:
    content: bytes
    filename: str
    content_type: str
    sha256: str


FORMATS = {"json": "application/json", "pdf": "application/pdf"}


def export_incident(actor: "Actor", incident: "Incident", fmt: str) -> Export:
    """A manager (or the operator at the command line: actor None) exports an incident's
    evidence; the export is recorded with the file's sha256."""
    from django.db import transaction

    from sportello.helpdesk import audit
    from sportello.helpdesk.errors import ServiceError
    from sportello.helpdesk.services.conduct import require_role

    if fmt not in FORMATS:
        raise ServiceError(f"Formato sconosciuto: {fmt}")
    if actor is not None:
        require_role(actor, incident.seller, manager=True)
    pack = build_pack(incident)
    if fmt == "json":
        content = bundle_bytes(sign_pack(pack.as_dict(), signing_key()))
    else:
        content = render_pdf(pack)
    digest = hashlib.sha256(content).hexdigest()
    stamp = pack.generated_at[:19].replace("-", "").replace(":", "")
    filename = f"{incident.seller.slug}-{incident.ref}-{stamp}Z.{fmt}"
    with transaction.atomic():
        audit.record(
            "incident.exported",
            actor=actor,
            seller=incident.seller,
            ticket=incident.ticket,
            subject=incident,
            label="command line" if actor is None else None,
            format=fmt,
            sha256=digest,
            filename=filename,
        )
    return Export(content, filename, FORMATS[fmt], digest)


# --- The PDF ---------------------------------------------------------------------------


def _local(iso: str, zone: str) -> str:
    if not iso:
        return "-"
    instant = datetime.fromisoformat(iso)
    local = instant.astimezone(ZoneInfo(zone))
    return f"{local:%d/%m/%Y %H:%M:%S} {local.tzname()} ({instant:%Y-%m-%d %H:%M:%S} UTC)"


def render_pdf(pack: EvidencePack) -> bytes:
    """The pack for people to read and print, in the active language. The signed JSON
    bundle stays the copy of record."""
    from django.utils.translation import gettext as _

    from sportello.helpdesk.evidence_pdf import TextDocument

    zone = pack.time_zone
    incident = pack.incident
    title = _("Evidence pack of incident %(ref)s") % {"ref": incident.ref}
    doc = TextDocument(
        title=title,
        author=pack.seller["name"],
        subject=_("Threats received by %(shop)s") % {"shop": pack.seller["name"]},
        created_at=datetime.fromisoformat(pack.generated_at),
        footer=f"{pack.seller['name']} - {incident.ref}",
    )
    doc.heading(title, 16)
    doc.paragraph(_("Shop: %(shop)s") % {"shop": pack.seller["name"]})
    doc.paragraph(_("Generated on: %(when)s") % {"when": _local(pack.generated_at, zone)})
    doc.paragraph(
        _("Incident opened on: %(when)s; status: %(status)s")
        % {"when": _local(incident.opened_at, zone), "status": _incident_status(incident.status)}
    )
    if incident.ticket:
        doc.paragraph(_("Request: %(ref)s") % {"ref": incident.ticket})
    if incident.note:
        doc.paragraph(_("Managers' note: %(note)s") % {"note": incident.note})
    chain = pack.chain
    if chain.ok:
        verdict = _("intact: %(count)s events recomputed, every hash and link holds") % {
            "count": chain.checked
        }
    else:
        verdict = _("BROKEN at event %(id)s: %(problem)s") % {
            "id": chain.first_bad,
            "problem": chain.problem,
        }
    doc.paragraph(_("Audit chain at export time: %(verdict)s") % {"verdict": verdict}, bold=True)

    customer = pack.customer
    doc.heading(_("The customer"))
    doc.paragraph(f"{customer.name or customer.ref} ({customer.ref})")
    for identity in customer.identities:
        doc.paragraph(
            f"{identity.channel}: {identity.address} ({_local(identity.since, zone)})", indent=12
        )

    doc.heading(_("Messages (%(count)s)") % {"count": len(pack.messages)})
    for message in pack.messages:
        doc.paragraph(
            _("Message %(id)s, %(channel)s, received %(when)s")
            % {
                "id": message.id,
                "channel": message.channel,
                "when": _local(message.received_at, zone),
            },
            bold=True,
        )
        if not message.in_incident:
            doc.paragraph(_("(an earlier message that caused a warning or block)"), indent=12)
        doc.paragraph(
            _("From: %(sender)s %(name)s")
            % {
                "sender": message.sender,
                "name": f"({message.sender_name})" * bool(message.sender_name),
            },
            indent=12,
        )
        doc.paragraph(
            _("Id on the channel: %(id)s") % {"id": message.external_id or "-"}, indent=12
        )
        if message.ticket:
            doc.paragraph(_("Request: %(ref)s") % {"ref": message.ticket}, indent=12)
        if message.labels:
            doc.paragraph(
                _("Labels: %(labels)s") % {"labels": ", ".join(map(_label, message.labels))},
                indent=12,
            )
        doc.paragraph(
            _("SHA-256 of the text: %(hash)s") % {"hash": message.text_sha256}, 8, indent=12
        )
        if message.subject:
            doc.paragraph(_("Subject: %(subject)s") % {"subject": message.subject}, indent=12)
        doc.space(4)
        doc.paragraph(message.text or "-", indent=24)
        doc.space(4)
        for span in message.spans:
            doc.paragraph(
                _(
                    "Evidence: “%(text)s” - %(label)s "
                    "(rule %(rule)s, %(field)s characters %(start)s-%(end)s)"
                )
                % {
                    "text": span.text,
                    "label": _label(span.label),
                    "rule": span.rule,
                    "field": _("subject") if span.field == "subject" else _("text"),
                    "start": span.start,
                    "end": span.end,
                },
                9,
                indent=12,
            )
        for attachment in message.attachments:
            doc.paragraph(
                _("Attachment: %(name)s, %(size)s bytes, SHA-256 %(hash)s")
                % {
                    "name": attachment.filename,
                    "size": attachment.size,
                    "hash": attachment.sha256 or "-",
                },
                9,
                indent=12,
            )
        doc.space(8)

    if pack.sanctions:
        doc.heading(_("Warnings and blocks"))
        for sanction in pack.sanctions:
            line = _("%(kind)s on %(when)s for message %(message)s (%(labels)s): %(status)s") % {
                "kind": _sanction_kind(sanction.kind),
                "when": _local(sanction.created_at, zone),
                "message": sanction.message_id,
                "labels": ", ".join(map(_label, sanction.labels)),
                "status": _sanction_status(sanction.status),
            }
            if sanction.decided_by:
                line += " - " + _("decided by %(who)s on %(when)s: %(reason)s") % {
                    "who": sanction.decided_by,
                    "when": _local(sanction.decided_at, zone),
                    "reason": sanction.decision_reason or "-",
                }
            doc.paragraph(line)

    if pack.notices:
        doc.heading(_("Notices sent to the customer"))
        for notice in pack.notices:
            doc.paragraph(
                _("%(subject)s - to %(to)s on %(channel)s, %(when)s (%(state)s)")
                % {
                    "subject": notice.subject,
                    "to": notice.to,
                    "channel": notice.channel,
                    "when": _local(notice.sent_at or notice.created_at, zone),
                    "state": _notice_state(notice.state),
                },
                bold=True,
            )
            doc.paragraph(notice.text, 9, indent=12)
            doc.space(4)

    doc.heading(_("Audit events (%(count)s)") % {"count": len(pack.events)})
    doc.paragraph(
        _(
            "Each event carries the hash of the one before it; recomputing the chain "
            "(sportello audit verify) shows whether any was changed."
        ),
        9,
    )
    for event in pack.events:
        doc.paragraph(f"#{event.id}  {_local(event.at, zone)}  {event.verb}  ({event.actor})", 9)
        doc.paragraph(f"hash {event.hash}", 8, indent=12)
    doc.space(8)
    doc.paragraph(
        _(
            "The signed JSON bundle of this incident is the copy of record: "
            "sportello incident export %(id)s --format json; "
            "sportello incident verify FILE checks its signature."
        )
        % {"id": incident.id},
        9,
    )
    return doc.render()


def _label(label: str) -> str:
    from django.utils.translation import gettext as _

    names = {
        "abusive": _("abusive"),
        "threat": _("threat"),
        "blackmail": _("blackmail"),
        "reputation_threat": _("reputation threat"),
        "legal_action": _("legal action"),
        "escalation_request": _("asks for a manager"),
        "bad_faith_assumption": _("assumes bad faith"),
    }
    return names.get(label, label)


def _notice_state(state: str) -> str:
    from sportello.helpdesk.models import NoticeState

    try:
        return str(NoticeState(state).label)
    except ValueError:
        return state


def _sanction_kind(kind: str) -> str:
    from django.utils.translation import gettext as _

    return {"warning": _("Warning"), "block": _("Block")}.get(kind, kind)


def _sanction_status(status: str) -> str:
    from django.utils.translation import gettext as _

    return {
        "proposed": _("proposed"),
        "applied": _("to review"),
        "confirmed": _("confirmed"),
        "lifted": _("lifted"),
        "dismissed": _("dismissed"),
    }.get(status, status)


def _incident_status(status: str) -> str:
    from django.utils.translation import gettext as _
    from django.utils.translation import pgettext

    return {
        "open": pgettext("incident status", "open"),
        "reported": _("reported to the authorities"),
        "closed": _("closed"),
    }.get(status, status)
