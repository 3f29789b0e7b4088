# chaser (Italian): a follow-up that adds no new information: asks for news,
# repeats a request, complains of no answer ("novità?", "sollecito", "vi ho scritto
# già 3 volte", "ancora niente??"). analyse.py drops the label when the message
# brings something new: an attachment ("allego", "ecco"), an order or tracking
# number (see newinfo.* below and the number check in analyse.py).
# Not this label: "sto ancora aspettando l'ordine" (about the parcel), "novità sul
# divano Oslo?" (a product), "per la seconda volta mi avete mandato il colore sbagliato".

@case_it = pratica | ordine | rimborso | reso | richiesta | segnalazione | sostituzione | riparazione
    | spedizione | caso | ticket | reclamo | pacco | cambio | mail | email | messaggio | ordinazione
    | consegna | situazione | questione | problema | domanda | garanzia | accredito | rma
@nth_it = seconda | terza | quarta | quinta | sesta | settima | ottava | nona | decima | ennesima
    | centesima | millesima | \d+a | \d+esima | \d+°
@nth_m_it = secondo | terzo | quarto | quinto | sesto | settimo | ottavo | nono | decimo | ennesimo
    | \d+o | \d+°
@count_it = \d+ | due | tre | quattro | cinque | sei | sette | otto | nove | dieci | venti | cento
    | mille | tante | diverse | varie | molte | numerose | infinite | troppe | piu | parecchie

chase.news if "?": (ci sono |avete |qualche |nessuna |ci sarebbero |ci sono delle |ci sono state |ci sono novita o )?{novita|novità|news|notizie|aggiornamenti|aggiornamento|sviluppi}( (sul|sulla|sui|sulle|del|della|dei|per|riguardo a|riguardo al|riguardo alla|in merito a|in merito al|in merito alla|circa) (il |la |l' |mio |mia |miei |mie |la mia |il mio |mio ultimo |mia ultima )?(<case_it>)( [a-z0-9#\-]+)?)?[^a-z0-9?]*\?
chase.wrote_n: (vi|ti|le|ve|v'|gli) (ho|abbiamo|go|avevo|avevamo) (gia |anche |piu |ormai |pure )*{scritto|mandato|inviato|chiamato|contattato|sollecitato|telefonato|dito|detto|ripetuto|spiegato|segnalato|chiesto|richiesto|scritti|mandati|inviati} ~ (<count_it>) (volte|mail|email|e-mail|messaggi|solleciti|richieste|chiamate|telefonate|ticket|segnalazioni)
    | (ho|abbiamo) (gia )?{scritto|mandato|inviato|sollecitato|contattato} (gia )?(<count_it>) (volte|mail|email|e-mail|messaggi|solleciti)
chase.already: (vi|ti|le|ve|v') (ho|abbiamo|avevo|avevamo|go) {gia|già} (scritto|mandato|inviato|contattato|chiesto|segnalato|sollecitato|spiegato|fatto presente|scritto anche|mandato una mail|aperto|richiesto|chiamato|detto)
    | (ho|abbiamo|avevo) {gia|già} (scritto|mandato una mail|inviato una mail|scritto una mail|mandato un messaggio|aperto un ticket|aperto una segnalazione|aperto una richiesta|sollecitato|segnalato il problema|scritto anche|scritto piu volte|scritto diverse volte)
chase.nth: (e|è|questa e|questo e) (la|il) (<nth_it>|<nth_m_it>) {volta} che (vi |ti |le )?(scrivo|contatto|chiedo|sollecito|mando|invio|chiamo|richiedo|segnalo|riscrivo|ripeto|scriviamo|contattiamo|chiediamo|sento|telefono)
    | (e|è|questa e|questo e) (la|il) (<nth_it>|<nth_m_it>) {mail|email|richiesta|segnalazione|sollecito|messaggio|ticket}
    | (scrivo|riscrivo|vi scrivo|contatto|vi contatto|sollecito|chiedo|richiedo|chiamo|mando|invio|ripeto|scriviamo) ~ per la (<nth_it>) {volta}
    | (<nth_it>|<nth_m_it>) {sollecito|mail|email|richiesta|segnalazione|messaggio|ticket|volta che scrivo|volta che vi scrivo|volta che chiedo|volta che vi contatto}
chase.reminder: {sollecito|sollecitiamo|sollecitare|sollecitarvi|sollecitando|solleciti|sollecitate|risollecito|risollecitare|risollecitiamo|ri-sollecito}
chase.again: (vi |ti |le |ve )?{riscrivo|riscriviamo|riscrivere|riscriverò}
    | torno a {scrivervi|scrivere|sollecitare|chiedere|contattarvi|scriverti|contattarti}
    | (vi |ti |le )?scrivo (di )?{nuovo|ancora|ennesimamente}
chase.still_nothing if "ancora|tace": ancora {niente|nulla|nessuna|nessun|zero|silenzio|tutto fermo}
    | {tutto} tace
chase.no_answer: {nessuno} (mi |ci )?(ha |avete |hanno )?(mai |ancora )?(risponde|rispondete|risposto|rispondono|legge|leggete|letto|considera|caga|fila)
    | non (mi |ci )?(avete |hai |ha |hanno )?(mai |ancora )?{risposto|rispondete|rispondi|rispondono|considerato|richiamato|ricontattato|degnato}
    | non mi {risponde} (nessuno|mai nessuno)
    | (senza|nessuna|zero|mai una|mai avuto|non ho avuto|non ho ricevuto|non ho ancora avuto|non ho ancora ricevuto|non abbiamo ricevuto|non abbiamo avuto) (alcuna |nessuna |una |un )?{risposta|riscontro|risposte|replica|notizia|notizie}
    | (attendo|aspetto|sto aspettando|stiamo aspettando|attendiamo|sto attendendo|aspettiamo) (ancora|tuttora|da giorni|da settimane|da una settimana|da un mese|invano|inutilmente) (una |la |vostra |una vostra |un |vostre |un vostro )?{risposta|riscontro|notizie|aggiornamento|cenno|riscontri}
chase.answer_me if "?": {rispondete|rispondetemi|rispondere|risponderete|rispondi|rispondimi|risponde|risponderà|risponderete mai}( qualcuno| mai| o no| si o no| per favore| prego| una buona volta| oppure no)?[^a-z0-9?]*\?
    | c'e {qualcuno} (li |la |lì |là |che legge|che risponde|in ascolto|vivo|a casa)?[^a-z0-9?]*\?
    | ci {siete}[^a-z0-9?]*\?
chase.hey if "??": {pronto|pronti|ehi|ehila|hello|helo|oh|allora|quindi|dunque|insomma|beh|ebbene|buongiorno|ciao}[^a-z0-9?]*\?\?
chase.then if "?": (e )?{allora|quindi|dunque}[^a-z0-9?]*\?
chase.waiting_since: (da|sono|e da|ormai da) ~ (giorni|settimane|mesi|\d+ giorni|\d+ settimane|una settimana|un mese|due settimane) (che )?(aspetto|attendo|sto aspettando|stiamo aspettando|aspettiamo) (una |la |vostra |una vostra |un |vostre )?{risposta|riscontro|notizie|cenno|aggiornamento}
    | (aspetto|attendo|sto aspettando|aspettiamo) (una |la |vostra |una vostra |un |vostre )?{risposta|riscontro|notizie|cenno} (da|ormai da) (giorni|settimane|mesi|\d+ giorni|\d+ settimane|una settimana|un mese|due settimane)
chase.nth_subject: (<nth_it>|<nth_m_it>) {avviso}

# what makes a follow-up bring something new (used to drop the label, not to add it)
veto.if_no_answer: se non (mi |ci )?{rispondete|risponderete|rispondi|risponde|risponderà}
newinfo.attach: {allego|alleghiamo|allegato|allegata|allegati|allegate|allegando|ecco|eccolo|eccola|eccoli|eccole|inoltro|aggiungo|preciso|dimenticavo}
    | (vi|ti|le) {giro|mando|invio|inoltro|allego|mandiamo|inviamo} ~ (foto|fotografia|fotografie|ricevuta|scontrino|screenshot|copia|documento|documenti|fattura|numero|codice|tracking|video|immagine|immagini|prova|prove|bolla|etichetta|dati|iban|indirizzo) | in {allegato} | di {seguito} | qui {sotto}
veto.formula: (un|una|vostro|vostra|un vostro|una vostra|di un|di una|attesa di un|attesa di una|suo|sua|un suo|una sua) {sollecito|sollecita} (riscontro|risposta|intervento|pagamento|evasione|consegna)
    | {sollecito} di pagamento
chase.still_waiting: (sto|stiamo|sono|siamo) ancora (aspettando|attendendo|in attesa di) (una |la |vostra |una vostra |un |vostre |il vostro |un vostro )?{risposta|riscontro|notizie|cenno|aggiornamento|replica}
chase.again_asked: {rinnovo|ribadisco|reitero|rinnoviamo|ripropongo|ripeto} (la |il |quanto |la mia |il mio |nuovamente la |ancora la )?(richiesta|sollecito|domanda|segnalazione|reclamo|quanto scritto|quanto gia scritto|quanto già scritto|gia scritto)
chase.as_written: come (gia|già) (vi )?{scritto|detto|spiegato|segnalato|indicato|comunicato|ripetuto|anticipato} (nella|nel|in|via) (mia |precedente |ultima |mia ultima |mia precedente )?(mail|email|messaggio|comunicazione|segnalazione|richiesta|sollecito|chat)
    | (nella|la|nel|il) (mia )?(mail|email|messaggio|comunicazione|segnalazione) {precedente|scorsa|scorso}
# "vi ho scritto ieri e l'altro ieri", "vi ho scritto lunedì e giovedì"
@day_it = ieri | oggi | l'altro ieri | l'altroieri | stamattina | stamani | lunedi | martedi | mercoledi | giovedi | venerdi | sabato | domenica | la settimana scorsa | \d+ giorni fa
chase.wrote_days: (vi |ti |le )?ho (gia |già |anche )?{scritto|mandato|inviato|contattato|chiamato} (una mail |un messaggio |una email )?(gia |già |anche )?(<day_it>) e (poi )?(<day_it>|di nuovo|ancora|poi ancora)
chase.still_bare: (aspetto|attendo|sto aspettando|sto ancora aspettando|aspettiamo) {ancora|tuttora}(?=[^a-z0-9]*([.!?\n]|$))
chase.asked_n: (ho|abbiamo) (gia |già )?{chiesto|domandato|richiesto|sollecitato} (gia |già )?(due|tre|quattro|cinque|piu|più|\d+|diverse|varie|mille) volte
chase.nobody_answers: {nessuno} (si degna di rispondermi|si degna di rispondere|mi risponde|risponde|ha risposto|mi ha risposto|si fa sentire|si e fatto sentire|si è fatto sentire) (piu |più )?(da|per) (\d+|due|tre|quattro|cinque|sei|sette|otto|dieci|quindici|venti|giorni|settimane|una settimana|un mese) (giorni|settimane|settimana|mese|mesi|giorno)
veto.which_mail: (nella|nell'|in una|era nella|c'era nella) {seconda|terza|seconda|prima|ultima} (mail|email|e-mail|comunicazione|lettera)
chase.ignore: (continuate|continua|continui) (pure |a )?(a )?{ignorarmi|snobbarmi}
