# urgency_claim (Italian): tries to jump the queue by claiming urgency (subject
# "URGENTE!!!", "rispondete subito è urgentissimo", "date priorità alla mia pratica").
# Not this label: context without a request for priority ("lavoro da casa e sono
# senza linea"), impatience about the outcome ("rimborsatemi subito"), "non è urgente".

urg.word: {urgente|urgenti|urgentissimo|urgentissima|urgentissimi|urgentissime|urgentemente|urgenza|urgentissimamente|urge|urgentemente}
urg.priority: (dare|date|dia|darmi|datemi|dategli|dategli la|con|massima|alta|assoluta|in|mi serve|serve|chiedo|richiedo|gestire con|trattare con|trattate con|trattata con|gestita con|evadere con|precedenza e|la mia|prego di dare|di dare|abbia|abbiano|abbia la|merita|meriterebbe) (la |una |alta |massima |assoluta |precedenza e )?{priorita}
    | (dare|date|dia|darmi|datemi|dategli|abbia|abbiano|chiedo|richiedo) (la )?{precedenza}
    | in via {prioritaria}
urg.emergency: (e|è|ho|abbiamo|si tratta di|questa e|c'e|ce|c e|per) (un'|una |un |una vera |un'autentica |una grossa |una grave )?{emergenza}
urg.life_death: questione di {vita} o (di )?morte | (e|è) (una )?questione di {vita}
urg.jump: (passarmi|passatemi|passate|passare|mettermi|mettetemi|mettere|mi mettete|mi passate|passarci|mettermi|metterla|mettetela|passatela) (in )?{avanti|davanti|cima} (agli altri|alla fila|nella coda|in coda|alla coda|nella lista|per primo|per prima)?
    | {saltare|salti|saltiamo|scavalcare} (la )?(fila|coda|lista)
urg.reply_now: (rispondete|rispondetemi|rispondermi|rispondere|rispondimi|rispondi|occupatevi|occupatevene|gestite|gestitela|gestitelo|gestitemi|evadete|evadetela|evadetelo|trattatela|trattatelo|guardatela|guardatelo|leggete|leggetela|leggere|richiamatemi|contattatemi|intervenite|attivatevi|muovetevi|sbrigatevi|processate|processatela) (a me |mi |la mia richiesta |della mia pratica |alla mia richiesta |per favore )?(per |in )?{primo|prima|primi|subito|immediatamente|asap|all'istante}
    | {asap}

    | {prima} (degli|di tutti gli|degli altri) (altri|clienti)

veto.not_urgent: (non|nessuna|senza|niente di|nulla di|non c'e|non ce|non c e|non ho|non e|se non e|anche se non e) (e |è |c'e |ho |c e |ce )?(molto |cosi |particolarmente |piu di tanto |nessuna |alcuna )?{urgente|urgenza|urgenti|fretta|emergenza}
    | in caso di {urgenza|urgenze|emergenza|emergenze}
    | (numero|linea|recapito|contatto|servizio|numeri|interventi|pronto intervento) (per le |di |per |delle )?{urgenze|emergenza|emergenze|urgenza}
    | {urgenza} (sanitaria|medica) | (stato|stati) di {emergenza}
urg.priority_words: richiesta {prioritaria} | {priorita} (assoluta|massima) | (una )?{risposta} in giornata
    | (prima|davanti) (delle|degli|agli|alle|a tutte le|a tutti gli) {altre|altri} (pratiche|richieste|clienti)?
veto.shipping: (spedizione|consegna|corriere|servizio|tariffa) {urgente|urgenti|express}
