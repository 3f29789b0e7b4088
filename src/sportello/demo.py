"""A realistic Italian demo shop. Everything goes through ingest() and the services, with
the clock set to each message's time, exactly as if it had happened."""

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.test.utils import override_settings

from sportello import clock
from sportello.helpdesk import audit
from sportello.helpdesk.models import Event, Role, Ticket, TicketStatus
from sportello.helpdesk.services import default_seller, ingest, reply
from sportello.helpdesk.services.people import add_member
from sportello.inbound import InboundAttachment, InboundMessage
from sportello.sla import BusinessCalendar

DEMO_PASSWORD = "demo-sportello"  # noqa: S105 - printed to the person who runs the demo
DEMO_USERS = (("agente", Role.AGENT), ("responsabile", Role.MANAGER))

FIRST_NAMES = (
    "Anna",
    "Marco",
    "Giulia",
    "Luca",
    "Francesca",
    "Alessandro",
    "Chiara",
    "Matteo",
    "Sara",
    "Davide",
    "Elena",
    "Paolo",
    "Martina",
    "Simone",
    "Valentina",
    "Andrea",
    "Federica",
    "Stefano",
    "Silvia",
    "Roberto",
    "Laura",
    "Giorgio",
    "Alessia",
    "Riccardo",
    "Ilaria",
    "Fabio",
    "Serena",
    "Claudio",
    "Beatrice",
    "Daniele",
    "Giovanna",
    "Nicola",
    "Marta",
    "Emanuele",
    "Roberta",
    "Tommaso",
    "Irene",
    "Lorenzo",
    "Camilla",
    "Pietro",
)
LAST_NAMES = (
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
    "Costa",
    "Giordano",
    "Rizzo",
    "Lombardi",
    "Moretti",
    "Barbieri",
    "Fontana",
    "Santoro",
    "Mariani",
    "Rinaldi",
    "Caruso",
    "Ferrara",
    "Galli",
    "Martini",
    "Leone",
    "Longo",
    "Gentile",
    "Martinelli",
    "Vitale",
)
PRODUCTS = (
    "la tela 50x70",
    "il trittico di cornici",
    "la lampada da tavolo",
    "il set di tazze in ceramica",
    "la giacca in lino",
    "lo zaino da trekking",
    "il tappeto berbero",
    "le sneakers bianche",
    "la borsa in pelle",
    "il cuscino in velluto",
)


@dataclass(frozen=True)
class Topic:
    subject: str
    openers: tuple[str, ...]
    follow_ups: tuple[str, ...]
    needs_order: bool = True
    attachment: str | None = None


TOPICS = (
    Topic(
        "Prodotto arrivato danneggiato",
        (
            "Buongiorno, oggi è arrivato {product} ma è rotto su un lato. Allego una foto. "
            "Come possiamo fare?",
            "Salve, il pacco dell'ordine {order} è arrivato schiacciato e {product} è danneggiato. "
            "Potete sostituirlo?",
        ),
        (
            "Ecco un'altra foto dell'imballaggio.",
            "Scusate, volevo sapere se avete ricevuto le foto.",
        ),
        attachment="foto.jpg",
    ),
    Topic(
        "Articolo mancante",
        (
            "Ciao, nel pacco dell'ordine {order} mancava {product}. C'era solo la fattura.",
            "Buonasera, ho ricevuto l'ordine {order} ma manca un articolo: {product}.",
        ),
        ("Ho ricontrollato anche nella scatola, non c'è.", "Novità?"),
    ),
    Topic(
        "Reso",
        (
            "Vorrei restituire {product}, la taglia non va bene. Come funziona il reso?",
            "Buongiorno, posso fare il reso di {product}? Non è come nelle foto.",
        ),
        ("Devo stampare io l'etichetta?", "Il corriere passa a ritirare o lo porto io?"),
    ),
    Topic(
        "Spedizione in ritardo",
        (
            "L'ordine {order} risulta spedito da una settimana ma il tracking è fermo. "
            "Potete verificare?",
            "Buongiorno, quando arriva l'ordine {order}? Mi serviva per sabato.",
        ),
        ("Sollecito", "Ancora niente, il tracking non si muove.", "Vi ho già scritto ieri."),
    ),
    Topic(
        "Fattura",
        (
            "Avevo chiesto la fattura al checkout ma nella mail non c'è. Me la mandate? "
            "Ordine {order}",
            "Mi serve la fattura intestata alla mia ditta per l'ordine {order}, P.IVA nel profilo.",
        ),
        ("Grazie, aspetto la fattura.",),
    ),
    Topic(
        "Rimborso",
        (
            "Ho restituito {product} dieci giorni fa ma il rimborso non è ancora arrivato.",
            "Buongiorno, il reso dell'ordine {order} vi è arrivato? Aspetto il rimborso.",
        ),
        ("Sollecito per il rimborso.", "Mi dite almeno quando arriva?"),
    ),
    Topic(
        "Informazioni prodotto",
        (
            "Ciao! {product} è disponibile anche in blu?",
            "Buongiorno, che misure ha {product}? Nella scheda non le trovo.",
            "Fate spedizioni in Svizzera?",
        ),
        ("E i tempi di consegna?",),
        needs_order=False,
    ),
    Topic(
        "Cambio indirizzo",
        (
            "Ho sbagliato l'indirizzo nell'ordine {order}: è via Garibaldi 12, non 21. "
            "Fate in tempo a cambiarlo?",
        ),
        ("Il pacco è già partito?",),
    ),
    Topic(
        "URGENTE!!!",
        (
            "RISPONDETE SUBITO, devo sapere se l'ordine {order} arriva entro venerdì!!!",
            "È URGENTISSIMO: {product} mi serve per un regalo domani!!",
        ),
        ("ANCORA NIENTE???", "Vi ho scritto già 3 volte!!!"),
    ),
)

ENGLISH = (
    "Hello, my order {order} arrived today but {product} is broken. What should I do?",
    "Hi, do you ship to Ireland? And how long does it take?",
)
REPLIES = (
    "Buongiorno, ci scusiamo per il disagio. Le spediamo subito un articolo sostitutivo: "
    "riceverà il tracking via e-mail.",
    "Grazie per averci scritto. Può fare il reso dalla sua area riservata: l'etichetta è "
    "gratuita e il corriere passa a ritirare entro due giorni lavorativi.",
    "Abbiamo verificato con il corriere: il pacco è in consegna domani.",
    "Le abbiamo inviato la fattura all'indirizzo dell'ordine.",
    "Il rimborso è stato disposto oggi: lo vedrà sulla carta entro 5 giorni lavorativi.",
    "Sì, è disponibile: può ordinarlo direttamente dal sito.",
)
CLOSING = "Grazie a lei, buona giornata!"
THANKS = (
    "Grazie mille!",
    "Perfetto, grazie. Un'ultima cosa: quanto ci mette?",
    "Ok ma non ho ancora ricevuto nulla.",
)
CHANNELS = (
    ("email", 45),
    ("web_form", 18),
    ("chat", 10),
    ("facebook", 11),
    ("instagram", 8),
    ("whatsapp", 6),
    ("phone", 2),
)


@dataclass
class DemoReport:
    skipped: bool = False
    customers: int = 0
    messages: int = 0
    tickets: int = 0
    replies: int = 0
    logins: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class _Person:
    name: str
    email: str
    addresses: dict[str, str]


def load_demo(*, customers: int = 40, seed: int = 2026, once: bool = False) -> DemoReport:
    seller = default_seller()
    report = DemoReport()
    if once and Event.objects.filter(verb="demo.loaded").exists():
        report.skipped = True
        return report
    rng = random.Random(seed)
    users = []
    for username, role in DEMO_USERS:
        users.append(add_member(None, seller, username, role, password=DEMO_PASSWORD))
        report.logins.append((username, DEMO_PASSWORD, role))

    zone = ZoneInfo(seller.time_zone)
    end = clock.now().astimezone(zone).replace(second=0, microsecond=0) - timedelta(minutes=5)
    start = end - timedelta(days=9)
    messages = _script(rng, customers, start, end, seller.calendar())
    # Deliveries happen now and go nowhere: the demo's customers are made up.
    quiet = override_settings(
        TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}},
        MAILERS={"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}},
    )
    with quiet:
        try:
            for at, action in messages:
                clock.set_now(at)
                if isinstance(action, InboundMessage):
                    if ingest(action, seller=seller).created:
                        report.messages += 1
                else:
                    kind, external_id, text = action
                    ticket = Ticket.objects.filter(
                        seller=seller, messages__external_id=external_id
                    ).first()
                    if ticket is None:
                        continue
                    agent = rng.choice(users)
                    if kind == "reply":
                        status = rng.choice([None, TicketStatus.PENDING, TicketStatus.RESOLVED])
                        reply(agent, ticket, text, status=status)
                        report.replies += 1
                    else:
                        reply(agent, ticket, text, status=TicketStatus.RESOLVED)
                        report.replies += 1
        finally:
            clock.set_now(None)
    with transaction.atomic():
        audit.record("demo.loaded", seller=seller, seed=seed, customers=customers)
    report.customers = seller.customers.count()
    report.tickets = seller.tickets.count()
    return report


Action = InboundMessage | tuple[str, str, str]


def _script(
    rng: random.Random, customers: int, start: datetime, end: datetime, calendar: BusinessCalendar
) -> list[tuple[datetime, Action]]:
    """The demo's events in time order: customers' messages, agents' replies."""
    span = (end - start).total_seconds()
    events: list[tuple[datetime, Action]] = []
    used_names: set[str] = set()
    serial = 0
    for index in range(customers):
        person = _person(rng, used_names)
        for _story in range(rng.choice((1, 2, 2, 3, 3))):
            channel = _pick_channel(rng)
            topic = rng.choice(TOPICS)
            order = str(rng.randint(100100, 100999)) if topic.needs_order else None
            product = rng.choice(PRODUCTS)
            at = start + timedelta(seconds=rng.uniform(0, span * 0.92))
            at = _daytime(rng, at)
            english = index % 13 == 7
            text = (rng.choice(ENGLISH) if english else rng.choice(topic.openers)).format(
                order=order or "", product=product
            )
            serial += 1
            first_id = _id(channel, serial)
            events.append(
                (
                    at,
                    _inbound(
                        channel,
                        first_id,
                        person,
                        at,
                        text,
                        subject=("Problem with my order" if english else topic.subject),
                        order=order,
                        attachment=topic.attachment if rng.random() < 0.6 else None,
                    ),
                )
            )
            if channel in ("whatsapp", "phone"):
                continue  # refused: the customer usually writes again on an official channel
            previous_id = first_id
            for _follow in range(rng.choice((0, 0, 1, 1, 2, 3))):
                at = at + timedelta(minutes=rng.choice((20, 45, 90, 180, 60 * 20)))
                if at >= end:
                    break
                serial += 1
                follow_id = _id(channel, serial)
                events.append(
                    (
                        at,
                        _inbound(
                            channel,
                            follow_id,
                            person,
                            at,
                            rng.choice(topic.follow_ups),
                            subject=f"Re: {topic.subject}",
                            in_reply_to=previous_id if channel == "email" else None,
                            order=order if rng.random() < 0.3 else None,
                        ),
                    )
                )
                previous_id = follow_id
            # A shop that keeps its promise: what is already due was mostly answered in
            # time; what is not due yet mostly waits in the queue.
            due = calendar.due(at)
            answer_chance = 0.95 if due < end else 0.2
            reply_at = at + timedelta(hours=rng.choice((1, 3, 6, 20)))
            if due < end:
                reply_at = min(reply_at, due - timedelta(minutes=rng.randint(10, 300)))
            if rng.random() < answer_chance and reply_at < end:
                events.append((reply_at, ("reply", first_id, rng.choice(REPLIES))))
                if rng.random() < 0.35 and reply_at + timedelta(hours=2) < end:
                    serial += 1
                    thanks_at = reply_at + timedelta(hours=rng.choice((2, 5, 30)))
                    if thanks_at < end:
                        events.append(
                            (
                                thanks_at,
                                _inbound(
                                    channel,
                                    _id(channel, serial),
                                    person,
                                    thanks_at,
                                    rng.choice(THANKS),
                                    subject=f"Re: {topic.subject}",
                                    in_reply_to=first_id if channel == "email" else None,
                                ),
                            )
                        )
                        thanks_due = calendar.due(thanks_at)
                        if thanks_due < end:
                            closing_at = thanks_due - timedelta(minutes=rng.randint(30, 600))
                            closing_at = max(closing_at, thanks_at + timedelta(minutes=5))
                            events.append((closing_at, ("close", first_id, CLOSING)))
    events.sort(key=lambda item: item[0])
    return events


def _person(rng: random.Random, used: set[str]) -> _Person:
    while True:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        name = f"{first} {last}"
        if name not in used:
            used.add(name)
            break
    handle = f"{first}.{last}".lower().replace(" ", "")
    email = f"{handle}@{rng.choice(('gmail.com', 'libero.it', 'hotmail.it', 'outlook.it'))}"
    phone = f"+39 3{rng.randint(20, 49)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return _Person(
        name=name,
        email=email,
        addresses={
            "email": email,
            "web_form": email,
            "chat": f"visitatore-{rng.randint(10000, 99999)}",
            "facebook": f"{rng.randint(10**15, 10**16 - 1)}",
            "instagram": f"{rng.randint(10**16, 10**17 - 1)}",
            "whatsapp": phone,
            "phone": phone,
        },
    )


def _pick_channel(rng: random.Random) -> str:
    names = [name for name, _ in CHANNELS]
    weights = [weight for _, weight in CHANNELS]
    return rng.choices(names, weights=weights)[0]


def _daytime(rng: random.Random, at: datetime) -> datetime:
    hour = rng.choice((8, 9, 9, 10, 11, 12, 14, 15, 16, 17, 18, 20, 21, 22))
    return at.replace(hour=hour, minute=rng.randint(0, 59))


def _id(channel: str, serial: int) -> str:
    if channel == "email":
        return f"<demo.{serial}@mail.example.it>"
    prefix = {"facebook": "m_", "instagram": "aWdf", "whatsapp": "wamid.", "chat": "chat-"}
    return f"{prefix.get(channel, channel + '-')}{serial:06d}"


def _inbound(
    channel: str,
    external_id: str,
    person: _Person,
    at: datetime,
    text: str,
    *,
    subject: str | None = None,
    order: str | None = None,
    in_reply_to: str | None = None,
    attachment: str | None = None,
) -> InboundMessage:
    with_subject = channel in ("email", "web_form")
    return InboundMessage(
        channel=channel,
        external_id=external_id,
        sender=person.addresses[channel],
        received_at=at,
        text=text,
        subject=subject if with_subject else None,
        name=person.name,
        email=person.email if channel in ("chat", "facebook") and len(text) % 2 else None,
        order_number=order if channel in ("web_form", "email") else None,
        in_reply_to=(in_reply_to,) if in_reply_to else (),
        attachments=(
            (InboundAttachment(attachment, "image/jpeg", content=_tiny_jpeg()),)
            if attachment
            else ()
        ),
    )


def _tiny_jpeg() -> bytes:
    # A 1x1 JPEG, so attachments in the demo are real files.
    return bytes.fromhex(
        "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b"
        "0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e3334"
        "32ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708"
        "090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114"
        "328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748"
        "494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2"
        "a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9"
        "eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9"
    )
