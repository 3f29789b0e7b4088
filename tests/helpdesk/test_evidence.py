"""Evidence packs of incidents: what they hold, the signed JSON bundle, its verification
(also from the command line), and the record every export leaves."""

import base64
import hashlib
import json
import stat

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sportello.cli import main
from sportello.helpdesk import evidence
from sportello.helpdesk.errors import ServiceError
from sportello.helpdesk.models import Event, Incident
from tests.workspace.conduct import INSULT, POLITE, THREAT, write


@pytest.fixture(autouse=True)
def var_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    settings.SPORTELLO_SIGNING_KEY = ""
    return tmp_path


@pytest.fixture
def incident(make_ticket):
    """Mario insults the staff (warned), then threatens them (blocked, incident)."""
    write(make_ticket, POLITE, 0)
    write(make_ticket, INSULT, 1)
    write(make_ticket, THREAT, 2)
    return Incident.objects.select_related("seller", "customer", "ticket").get()


def test_the_pack_holds_the_messages_spans_and_the_hashes_of_their_events(incident):
    pack = evidence.build_pack(incident)
    assert [m.text for m in pack.messages] == [INSULT, THREAT]
    threat, insult = pack.messages[1], pack.messages[0]
    assert threat.in_incident and not insult.in_incident  # the insult caused the warning
    assert threat.channel == "email" and threat.sender == "mario@example.it"
    assert threat.external_id.startswith("<w") and threat.received_at.startswith("2026-03-02T10:")
    assert threat.labels == ("threat",)
    assert {(s.label, s.text) for s in threat.spans} == {
        ("threat", "So dove avete il magazzino"),
        ("threat", "State attenti a voi"),
    }
    assert [s.kind for s in pack.sanctions] == ["warning", "block"]
    assert {n.kind for n in pack.notices} == {"abuse_warning", "correspondence_closed"}

    verbs = [e.verb for e in pack.events]
    assert verbs.count("message.received") == 2
    assert {"sanction.applied", "incident.opened", "customer.standing_changed"} <= set(verbs)
    for event in pack.events:
        assert evidence.event_hash(event.canonical) == event.hash
        stored = Event.objects.get(pk=event.id)
        assert stored.hash == event.hash and stored.prev_hash == event.prev_hash
    received = {
        e.canonical["subject"][1]: e.canonical["data"]["text_sha256"]
        for e in pack.events
        if e.verb == "message.received"
    }
    for message in pack.messages:  # the text as received is what the chain vouches for
        assert received[message.id] == message.text_sha256
        assert hashlib.sha256(message.text.encode()).hexdigest() == message.text_sha256
    assert pack.chain.ok and pack.chain.checked == Event.objects.count()


def test_a_rewritten_history_shows_in_the_pack(incident):
    Event.objects.filter(verb="incident.opened").update(verb="incident.nothing")
    pack = evidence.build_pack(incident)
    assert not pack.chain.ok
    assert pack.chain.first_bad == Event.objects.get(verb="incident.nothing").pk


def test_the_signed_bundle_verifies_and_the_export_is_recorded(incident, var_dir):
    export = evidence.export_incident(None, incident, "json")
    assert export.filename.startswith(f"negozio-{incident.ref}-") and export.filename.endswith(
        ".json"
    )
    result = evidence.verify_bundle(export.content)
    assert result.ok, result.problem
    assert result.events_checked > 5 and result.messages_checked == 2

    bundle = json.loads(export.content)
    assert bundle["signature"]["algorithm"] == "Ed25519"
    assert bundle["pack"]["incident"]["ref"] == incident.ref
    key_file = var_dir / "signing_key.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    public = evidence.signing_key().public_key()
    assert bundle["signature"]["key_fingerprint"] == evidence.key_fingerprint(public)

    event = Event.objects.get(verb="incident.exported")
    assert event.data["sha256"] == hashlib.sha256(export.content).hexdigest() == export.sha256
    assert event.data["format"] == "json" and event.actor_label == "command line"

    again = evidence.export_incident(None, incident, "json")  # the same key, not a new one
    assert json.loads(again.content)["signature"]["public_key"] == bundle["signature"]["public_key"]


def test_a_tampered_bundle_fails(incident):
    content = evidence.export_incident(None, incident, "json").content
    bundle = json.loads(content)
    bundle["pack"]["messages"][1]["text"] = "Buongiorno, tutto bene."
    tampered = evidence.verify_bundle(evidence.bundle_bytes(bundle))
    assert not tampered.ok and "signature" in tampered.problem

    bundle = json.loads(content)
    signature = bytearray(base64.b64decode(bundle["signature"]["value"]))
    signature[0] ^= 1
    bundle["signature"]["value"] = base64.b64encode(bytes(signature)).decode()
    assert not evidence.verify_bundle(evidence.bundle_bytes(bundle)).ok


def test_a_bundle_re_signed_with_another_key_fails_against_the_shops_key(incident):
    content = evidence.export_incident(None, incident, "json").content
    bundle = json.loads(content)
    bundle["pack"]["messages"][1]["text"] = "Buongiorno, tutto bene."
    bundle["pack"]["messages"][1]["text_sha256"] = hashlib.sha256(
        b"Buongiorno, tutto bene."
    ).hexdigest()
    forged = evidence.bundle_bytes(evidence.sign_pack(bundle["pack"], Ed25519PrivateKey.generate()))
    assert evidence.verify_bundle(forged).ok  # consistent with the key it carries...
    shops_key = evidence.public_key_pem(evidence.signing_key().public_key()).encode()
    result = evidence.verify_bundle(forged, shops_key)
    assert not result.ok and "another key" in result.problem  # ...but not the shop's
    assert evidence.verify_bundle(content, shops_key).ok


def test_verify_checks_the_event_hashes_inside_a_signed_pack(incident):
    bundle = json.loads(evidence.export_incident(None, incident, "json").content)
    bundle["pack"]["events"][0]["canonical"]["verb"] = "message.forged"
    key = Ed25519PrivateKey.generate()  # even signed anew, the hash gives it away
    result = evidence.verify_bundle(evidence.bundle_bytes(evidence.sign_pack(bundle["pack"], key)))
    assert not result.ok and "event" in result.problem


def test_a_missing_configured_key_is_an_error_not_a_new_key(incident, settings, tmp_path):
    settings.SPORTELLO_SIGNING_KEY = str(tmp_path / "altrove" / "chiave.pem")
    with pytest.raises(evidence.EvidenceError, match="does not exist"):
        evidence.export_incident(None, incident, "json")
    assert not (tmp_path / "altrove").exists()
    assert not Event.objects.filter(verb="incident.exported").exists()


def test_exporting_is_for_managers(incident, agent, manager):
    with pytest.raises(ServiceError):
        evidence.export_incident(agent, incident, "json")
    with pytest.raises(ServiceError):
        evidence.export_incident(manager, incident, "docx")
    evidence.export_incident(manager, incident, "pdf")
    event = Event.objects.get(verb="incident.exported")
    assert event.actor == manager and event.data["format"] == "pdf"


def test_the_command_exports_and_verifies(incident, tmp_path, capsys):
    bundle = tmp_path / "fascicolo.json"
    assert main(["incident", "export", incident.ref, "-o", str(bundle)]) == 0
    written = json.loads(capsys.readouterr().out)
    assert written["sha256"] == hashlib.sha256(bundle.read_bytes()).hexdigest()

    assert main(["incident", "verify", str(bundle)]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True

    key = tmp_path / "chiave.pem"
    assert main(["incident", "key"]) == 0
    key.write_text(capsys.readouterr().out)
    assert main(["incident", "verify", str(bundle), "--key", str(key)]) == 0
    capsys.readouterr()

    data = json.loads(bundle.read_text())
    data["pack"]["incident"]["note"] = "aggiunto dopo"
    bundle.write_text(json.dumps(data))
    assert main(["incident", "verify", str(bundle)]) == 1
    assert json.loads(capsys.readouterr().out)["ok"] is False


@pytest.mark.parametrize(
    "content", [b"\x00\x01 not json", b'{"format": "altro"}', b"[1, 2]"], ids=str
)
def test_an_unreadable_bundle_exits_2(tmp_path, capsys, content):
    path = tmp_path / "strano.json"
    path.write_bytes(content)
    assert main(["incident", "verify", str(path)]) == 2
    assert "strano.json" in capsys.readouterr().err


def test_verify_of_a_missing_file_or_an_unknown_incident_exits_2(db, tmp_path, capsys):
    assert main(["incident", "verify", str(tmp_path / "nessuno.json")]) == 2
    assert "nessuno.json" in capsys.readouterr().err
    assert main(["incident", "export", "I-999"]) == 2
    assert "I-999" in capsys.readouterr().err
    assert main(["incident", "export", "abc"]) == 2


def test_the_command_writes_a_pdf(incident, tmp_path, capsys):
    target = tmp_path / "fascicolo.pdf"
    assert main(["incident", "export", str(incident.pk), "--format", "pdf", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF-1.4")


def test_a_key_file_that_is_no_key_exits_2(incident, tmp_path, capsys):
    bundle = tmp_path / "fascicolo.json"
    assert main(["incident", "export", incident.ref, "-o", str(bundle)]) == 0
    key = tmp_path / "chiave.pem"
    key.write_text("non è una chiave")
    capsys.readouterr()
    assert main(["incident", "verify", str(bundle), "--key", str(key)]) == 2
    assert "--key" in capsys.readouterr().err
