import json

from sportello.cli import main
from sportello.helpdesk.models import Event
from sportello.helpdesk.services import default_seller


def test_audit_verify_reports_a_sound_chain_and_then_a_tampered_one(db, capsys):
    default_seller()
    assert main(["audit", "verify"]) == 0
    sound = json.loads(capsys.readouterr().out)
    assert sound["ok"] and sound["checked"] == Event.objects.count() > 0

    Event.objects.update(verb="seller.renamed")
    assert main(["audit", "verify"]) == 1
    broken = json.loads(capsys.readouterr().out)
    assert not broken["ok"] and broken["first_bad"] == Event.objects.order_by("id").first().pk
