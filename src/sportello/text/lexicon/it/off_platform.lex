# off_platform (Italian): proposes moving the conversation, the deal or the payment
# outside the official channel or the platform ("contattami su whatsapp", "paga con
# bonifico diretto e ti faccio lo sconto", "concludiamo fuori da qui", "scrivimi a
# mario@...", "mandami l'IBAN"). A callback request with a number is contact_info
# only ("chiamami al 347..."); pointing the buyer to the platform's own return form
# is no label.
# propose.* rules are proposals that need an e-mail address in the message (checked
# in analyse.py: "scrivimi direttamente a giulia@..." is off_platform, "scrivimi pure
# qui" is not).

@app_it = whatsapp | whats app | watsapp | whatsap | wapp | wup | telegram | whatsup | watsap
    | wathsapp | whatapp | whattsapp | whatsappe

op.app: {<app_it>}
    | {wa} me | {t} me
op.private: (scrivimi|scrivetemi|scriviamoci|contattami|contattatemi|sentiamoci|ci sentiamo|parliamone|ne parliamo|ti scrivo|le scrivo|ti contatto|la contatto|mandami|mandatemi|chiamami|chiamatemi|scrivermi|contattarmi|continuiamo|proseguiamo|parliamo|ti mando|le mando|accordarci|accordiamoci|metterci d'accordo|mettiamoci d'accordo|ci accordiamo|trattiamo|trattare|chiudiamo|chiudere|concludiamo|concludere|vediamoci|risolviamo|sistemiamo) ~ (in |per |via |tramite )?{privato|privatamente|mail privata|mail personale|email privata|email personale|numero privato|numero personale|cellulare personale|indirizzo personale|indirizzo privato}
op.outside: {fuori} (piattaforma|portale|marketplace|sito)
    | (al di )?{fuori|esternamente} (da|di|della|dalla|dal|del) (qui|piattaforma|la piattaforma|portale|sito|app|amazon|ebay|etsy|subito|vinted|zalando|marketplace|chat)
    | (senza|invece di|invece che|anziche|anziché|evitando|bypassando|saltando|aggirando|scavalcando) (passare )?(dalla|sulla|per la|tramite la|la|dal|il|per il|sul|tramite il) {piattaforma|portale|marketplace}
    | (i tempi|le commissioni|la commissione|le spese|le fee|i costi|la percentuale|le tariffe|il pizzo) (della|del) {piattaforma|marketplace|portale}
    | la {piattaforma} (si prende|prende|trattiene|si tiene|si mangia|si pappa|ci mangia|guadagna)
    | (risparmiamo|risparmiare|evitiamo|evitare|saltiamo|saltare|niente) (entrambi |tutti e due |cosi )?(la |le )?{commissione|commissioni|fee}
    | {direttamente|privatamente} tra (noi|di noi)
    | (ordina|ordinate|compra|comprate|acquista|acquistate|ordinare|comprare|acquistare|ordinando|comprando) (direttamente|pure|invece|la prossima volta) (sul|dal|nel|sul nostro|dal nostro|nel nostro|sul mio|dal mio|nel mio) (nostro |mio )?{sito|shop|negozio|ecommerce|store}
op.payment: {bonifico|bonifici} (bancario )?(diretto|direttamente|istantaneo a me|privato|a parte|fuori)
    | (ti|le) (pago|pagherò|paghero|faccio|farò|faro|mando|manderò|invio|rimborso|rimborserò|rimborsero|restituisco|ridò|rido|verso|accredito) ~ (con|tramite|via|col|il|un|una|in) {bonifico|paypal|ricarica|postepay|contanti|satispay|revolut|western union|moneygram|crypto|bitcoin|hype}
    | (mandami|mandatemi|dammi|datemi|mi dai|mi dia|mi date|mi mandi|mi scriva|scrivimi|mi serve|mi servirebbe|inviami|mi invii|passami|lasciami|mi lasci|mi giri|girami|mi indichi|indicami|comunicami|mi comunichi|mi fornisca|fornisci) (il |l'|l |tuo |suo |vostro |il tuo |il suo |il vostro |un )*{iban|conto corrente|numero di conto|coordinate bancarie|postepay|numero della postepay}
    | {paypal} (amici|amici e familiari|friends|f&f|ff|family|familiari)
    | {ricarica} (postepay|poste pay|paypal|carta|hype)
    | (pagamento|pago|paghi|pagare|pagami|paga) (in )?{contanti} (a mano|di persona|brevi mano|al ritiro|quando ci vediamo)
op.my_iban: (ti|le|vi) (mando|do|invio|scrivo|passo|giro|lascio|mando qui|scrivo qui) (il |l'|l )?(mio )?{iban|conto|numero di conto|postepay} | (paghi|pagami|paga|pagare|pagarmi|pagherai|mi paghi) {direttamente}
op.number: (mi dai|dammi|mi lasci|lasciami|mandami|mi mandi|dimmi|scrivimi|passami|mi dia|mi dareste|mi date|datemi|mi potete dare|potete darmi|puoi darmi|potresti darmi|mi passi|lasciatemi|mi lasciate|mi lascia|mi potresti dare|mi scrivi|scrivetemi|mi dici|ditemi|mi dite|qual e) (il |l'|la |un |tuo |suo |vostro |il tuo |il suo |il vostro |la tua |la sua |la vostra |un tuo |un vostro |un suo )*{numero|cellulare|telefono|contatto|whatsapp|mail|email|indirizzo email|indirizzo mail|recapito|recapiti|telegram|numero di telefono|numero di cellulare}
op.deal_contact: (se ti interessa|se sei interessat[oa]|se vuoi|se ti va|se ti servono|se ne vuoi|se ti serve|se interessa|se interessato|per info|per informazioni|per ordinare|per acquistare|per comprare) ~~ {chiamami|scrivimi|contattami|telefonami|messaggiami|sentiamoci|chiamaci|scrivici|contattaci}
# "le foto mandale a danni@... invece che qui"
propose.instead: {invece} (che|di) (qui|in chat|sulla piattaforma|sul sito|nella chat)
propose.write: mi {scriva|scrivi} (pure )?(a|al|all'|qui) | {scrivimi|scrivetemi|scrivermi|scrivimelo|mandami|mandatemi|mandarmi|contattami|contattatemi|contattarmi|inviami|inviatemi|rispondimi|rispondetemi|scriveteci|scrivici|contattaci|mandaci|inviaci|girami|giratemi|rispondermi}

veto.received: (ricevuto|arrivato|arrivata|ricevo|arriva|arrivano|scritto|contattato|chiamato) (un |una |dei |degli )?(messaggio|messaggi|sms|chiamata|chiamate|mail|vocale|audio)? ~ (su|via|da|tramite|con) {<app_it>}
veto.instead: (invece che|invece di|anziche|anziché|piuttosto che|al posto di) (su |via |tramite |con |di |da )?{<app_it>}
veto.refuse: (non|no|nessun|niente) (uso|usiamo|ho|abbiamo|rispondiamo|rispondo|risponde|rispondete|risponderemo|si risponde|accettiamo|gestiamo|forniamo|offriamo|utilizziamo|supporto|supportiamo|assistenza|messaggi|messaggi su|richieste|richieste su|chat|scrivetemi|scrivere|scrivermi|chiamate|contatti)? ~ (su |via |tramite |a |con |i messaggi su |messaggi su |in )?{<app_it>}
    | (ho|abbiamo|avevo|avevamo) (gia |anche |pure )?(scritto|mandato|inviato|provato|contattato|chiamato|cercato|scritto anche|provato a scrivere|provato a contattarvi|provato anche) ~ (su|via|tramite|con|a|anche su|al vostro|sul vostro|sul) {<app_it>}
    | (vi ho|ti ho|le ho|vi avevo|vi abbiamo) ~ {<app_it>}
op.my_number: (ti) (lascio|do|mando|scrivo|passo|giro) (il |l' )?(mio )?{numero|cellulare|contatto|whatsapp|telegram|email|mail|recapito|telefono}
# "se ordini lì in DM ti faccio un prezzo migliore"
op.order_there: (ordini|ordinate|compri|comprate|acquisti|acquistate|ordina|ordinate|scrivimi|scrivetemi) (da li |da lì |da la |da là |li |lì |la |là |direttamente |da me |in privato |in dm |in direct )+~ {prezzo|sconto|prezzi}
    | (ordini|ordinate|ordinando|compri|comprando|comprate|acquisti|acquistando|acquistate|ordina|compra) (li|lì|la|là|da me|da noi|direttamente|sul mio sito|sul nostro sito)( direttamente| da me)? ~ {paghi|pagate|risparmi|risparmiate|risparmio|commissioni|commissione}
    | (paghi|pagate|pagare|pagami|pagatemi|paga) (con |su |via |tramite )?(paypal |bonifico |satispay |revolut |postepay )?{direttamente} a (me|noi)
    | {pagami|pagatemi|pagarmi} (su|con|via|tramite|col) (paypal|satispay|revolut|postepay|bonifico|hype)
op.other_app: (scrivimi|scrivetemi|contattami|contattatemi|rispondimi|rispondetemi|rispondermi|scrivermi|contattarmi|mandami|mandatemi|sentiamoci) (pure |per favore |in privato |direttamente )?(su|in|via|tramite|con) {ig|instagram|insta|facebook|fb|messenger|whatsapp|telegram|signal|dm|direct|wa}
op.cash: (me lo|me la|me li|mi) (paghi|pagate|dai|date) in {contanti}
    | {lascia perdere|lasciamo perdere|lasciate perdere|annulla|annulliamo|annullate} (l'acquisto|l'ordine|la transazione) (dall'app|dalla app|dalla piattaforma|sul sito|qui|sull'app)
op.buy_there: {comprale|compralo|comprali|ordinalo|ordinala|ordinali|comprala} (da li|da lì|li|lì|sul mio sito|direttamente|da me)
veto.private_citizen: (da|come|in veste di) {privato} (cittadino|cittadina)
op.phone_deal: (trattare|trattiamo|accordarci|ci accordiamo|mettiamoci d'accordo|ci mettiamo d'accordo|concludere|concludiamo|chiudere|chiudiamo) (\w+ )?(al|per|via) {telefono|cellulare|whatsapp}
    | (lo|la|li|le|te lo|te la) {pago|paghi|pagherò|pagate} a parte
op.skip_site: (cosi |così |per )?{evitiamo|evitare|saltiamo|saltare|bypassiamo} (il |la |le |i )?(pagamento|pagamenti|commissioni|commissione|sito|piattaforma|app|marketplace) (sul|del|della|sulla|dell')? ?(sito|piattaforma|app|marketplace)?
    | mi (dai|date|dareste|porti|portate) i {contanti}
op.dm_there: (scrivimi|scrivetemi|scrivermi|contattami|mandami un messaggio) (li|lì|la|là) (in|su|via) {dm|direct|privato|direct message}
    | (scrivimi|scrivetemi) in {dm|direct|privato} (su|sul|in) (instagram|insta|facebook|fb|tiktok)
# the customer's own IBAN for a refund the shop asked for: contact_info, not a deal outside
veto.refund_iban: {iban|conto} ~~ (per il|per|del|per ricevere il) (rimborso|reso|accredito)
    | (per il|per) (rimborso|reso|accredito) ~~ {iban|conto}
op.cash_hand: (pago|pagherò|paghero|paghi|pagate|pagherai) in {contanti} | i soldi in {mano}
op.avoid_fees: (cosi|così) (non )?(paghiamo|evitiamo|risparmiamo|saltiamo) (\w+ )?(\w+ )?{commissioni|commissione|loro} | (cosi|così) (non )?(paghiamo|evitiamo|risparmiamo|saltiamo) (le )?(spese|commissioni|il pagamento) (\w+ )?(del|della|sul) {sito|piattaforma|marketplace}
# the site or the platform left out of a deal: "ti do i soldi in contanti e non passiamo
# dalla piattaforma", "mandamela senza aprire la richiesta sul sito, poi mi paghi a parte"
op.not_through: (non|senza) (passiamo|passare|passando|passate|passi|usiamo|usare|usando|aprire|aprendo|apriamo) (\w+ )?(\w+ )?(\w+ )?(da|dal|dalla|dallo|per|per il|per la|sul|sulla|il|la|l') {sito|piattaforma|app|marketplace|portale}
    | (poi |e )?(mi|me lo|me la|me li|ce lo) {paghi|pagate|paga|pagherai|saldi} (a parte|direttamente|fuori|in contanti|a mano)
# "ti ho aggiunto su Telegram, continuiamo lì", "chiudiamo la trattativa via mail privata"
op.move_there: {continuiamo|proseguiamo|sentiamoci|scriviamoci} (li|lì|la|là|di la|di là)(?![a-z0-9])
    | (via|in|per|su|sulla|alla|tramite|la mia|la tua|una|con) {mail privata|email privata|mail personale|email personale|posta privata}
# a venue for a threat, not a move to the app: "vi sputtano in tutti i gruppi Telegram"
veto.venue: (in|nei|su|sui) (tutti i |tutte le |ogni )?{gruppi|gruppo|canali} (\w+ )?(<app_it>)
