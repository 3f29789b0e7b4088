"""Display helpers: evidence highlighting, event sentences, flags. No database."""

from datetime import datetime

from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from sportello.helpdesk.models import Event
from sportello.workspace.display import event_sentence, flags, highlight, short_datetime
from sportello.workspace.templatetags.workspace import flag_badges


def span(label: str, start: int, end: int, field: str = "text") -> dict[str, object]:
    return {"label": label, "start": start, "end": end, "text": "", "rule": "r", "field": field}


def test_highlight_marks_the_evidence_and_escapes_everything():
    with translation.override("it"):
        html = highlight("a <b> c", [span("chaser", 2, 5)])
    assert html == 'a <mark class="evidence ev-chaser" title="sollecito (r)">&lt;b&gt;</mark> c'


def test_overlapping_spans_mark_each_stretch_with_every_label():
    with translation.override("it"):
        html = highlight("abcdef", [span("threat", 0, 4), span("abusive", 2, 6)])
    assert html == (
        '<mark class="evidence ev-threat" title="minaccia (r)">ab</mark>'
        '<mark class="evidence ev-threat ev-abusive" title="minaccia (r), offensivo (r)">cd</mark>'
        '<mark class="evidence ev-abusive" title="offensivo (r)">ef</mark>'
    )


def test_spans_that_do_not_fit_are_ignored():
    spans = [span("chaser", 3, 99), span("chaser", -1, 2), span("chaser", 2, 2), {"start": "0"}]
    assert highlight("ciao", spans) == "ciao"


def test_only_the_spans_of_the_field_shown():
    assert "<mark" not in highlight("ciao", [span("chaser", 0, 2, field="subject")])
    assert "<mark" in highlight("ciao", [span("chaser", 0, 2, field="subject")], "subject")


def test_a_label_cannot_inject_markup():
    html = highlight("ciao", [span('x" onmouseover="alert(1)', 0, 4)])
    assert 'onmouseover="' not in html
    assert "&quot;" in html


@given(st.text(max_size=40), st.lists(st.tuples(st.integers(-2, 45), st.integers(-2, 45))))
def test_highlighting_never_changes_the_text(text, bounds):
    import html as html_module
    import re

    spans = [span("chaser", a, b) for a, b in bounds]
    shown = re.sub(r"</?mark[^>]*>", "", str(highlight(text, spans)))
    assert html_module.unescape(shown) == text


def test_event_sentences_in_italian_and_unknown_verbs_raw():
    changed = Event(
        actor_label="agente", verb="ticket.status_changed", data={"old": "open", "new": "pending"}
    )
    unknown = Event(actor_label="system", verb="ticket.teleported", data={})
    broken = Event(actor_label="system", verb="notice.sent", data=["not", "a", "dict"])
    with translation.override("it"):
        assert event_sentence(changed) == "agente ha cambiato lo stato da «aperta» a «in attesa»"
        assert event_sentence(unknown) == "ticket.teleported"
        assert event_sentence(broken) == "«» consegnato"


def test_flags_have_italian_names_and_unknown_flags_show_as_they_are():
    with translation.override("it"):
        assert [
            (f.code, f.name) for f in flags(["flood", "manager", "abuse", "incident", "x"])
        ] == [
            ("flood", "raffica"),
            ("manager", "responsabile"),
            ("abuse", "abuso"),
            ("incident", "incidente"),
            ("x", "x"),
        ]
        badges = flag_badges(["incident", "<i>"])
    assert '<span class="badge flag flag-incident" title="Una minaccia:' in badges
    assert "<i>" not in badges


def test_short_dates_are_lower_case_in_italian_only():
    instant = datetime.fromisoformat("2026-03-09T14:00+00:00")
    with translation.override("it"):
        assert short_datetime(instant, "Europe/Rome") == "lun 9 mar, 15:00"
    with translation.override("en"):
        assert short_datetime(instant, "Europe/Rome") == "Mon 9 Mar, 15:00"
