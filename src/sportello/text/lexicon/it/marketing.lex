# marketing (Italian): promotional content: discounts, newsletters, other products,
# invitations to visit another shop ("iscriviti alla newsletter per il 10%", "scopri
# i nuovi arrivi sul nostro sito"). Not this label: a voucher offered as compensation
# ("le abbiamo caricato un buono"), a request for a review, a customer asking about
# a promotion or quoting a price ("il codice SCONTO20 non funziona", "era in offerta
# a 49€"), a discount that buys an off-platform payment (that is off_platform).

@own_it = nostro | nostra | nostri | nostre | mio | mia | miei | mie
@shop_place_it = sito | negozio | shop | profilo | pagina | store | vetrina | catalogo | canale | portfolio
    | listino
    | ecommerce | showroom | punto vendita | account | bottega | boutique

mk.subscribe: (iscriviti|iscrivetevi|iscrivendoti|iscriversi|iscriverti|iscrivi|ti iscrivi|registrati|registrandoti|unisciti|entra|entrare|aderisci|vuoi entrare|vuoi iscriverti) ~~ {newsletter|mailing list|mailing-list|canale|gruppo|club|community|programma fedelta|programma fedeltà|lista vip}
    | (la |nella |alla |della )?(nostra |mia )?{newsletter} (per|e ricevi|ricevi|riceverai|con|ti da|ti regala|in anteprima)
mk.group: {gruppo|canale|club|community|newsletter} ~~ (vuoi entrare|vuoi iscriverti|iscriviti|unisciti|entra anche tu|ti aggiungo|ti ci aggiungo)
mk.discover: (scopri|scoprite|scoprire|guarda|guardate|visita|visitate|fai un giro|fate un giro|dai un'occhiata|date un'occhiata|dai uno sguardo|seguici|seguiteci|seguirci|seguimi|seguitemi|vieni a trovarci|venite a trovarci|passa a trovarci|sfoglia|sfogliate|esplora|esplorate|non perdere|non perdetevi|non perderti) ~~ {nuovi arrivi|novita|novità|collezione|collezioni|offerte|offerta|promozioni|promo|saldi|outlet|sconti|occasioni|nuovi prodotti|ultime uscite|instagram|facebook|tiktok|pagina|canale|linea|nuova linea|modelli}
    | (scopri|scoprite|guarda|guardate|visita|visitate|fai un giro|fate un giro|dai un'occhiata|date un'occhiata|dai uno sguardo|seguici|seguiteci|vieni a trovarci|venite a trovarci|passa a trovarci|sfoglia|sfogliate|esplora) ~ (il |nel |sul |al |la |nella |sulla |alla |i |nei |sui )?(<own_it>) {<shop_place_it>}
mk.offer: {offerta|offerte|promo|promozione|promozioni|sconto|sconti} (valida|valide|valido|validi|esclusiva|esclusive|esclusivo|esclusivi|riservata|riservate|riservato|riservati|imperdibile|imperdibili|pensata per te|dedicata a te|solo per te|fino al|fino a)
    | {approfitta|approfitti|approfittate|approfittane|approfittatene|approfittarne}
    | {offerta|offerte|sconti|promo} (lampo|flash|del giorno|della settimana|del weekend) | {solo} (oggi|per oggi|fino a domenica|questo weekend|per questo weekend)(?![^a-z0-9]*\?)
    | (codici|codice|coupon|buono|buoni) (sconto )?{esclusivo|esclusivi|esclusiva|esclusive|speciale|speciali|riservato|riservati|dedicato|dedicati}
    | (usa|usate|utilizza|utilizzate|inserisci|inserite|digita|digitate|approfitta del) (il |questo |lo )?{codice|coupon}
    | a {prezzi} (bassissimi|imbattibili|stracciati|scontati|da outlet|incredibili|pazzeschi|shock|speciali|super)
    | (tante|molte|grandi|nuove|tantissime|ultime|fantastiche|belle|super) {novita|novità}
    | in {anteprima} | (nuovi|ultimi) {arrivi}(?![^a-z0-9]*\?)
    | (spedizione|consegna|reso) {gratuita|gratuito|gratis} (sopra|per ordini|per tutti gli ordini|su tutti gli ordini|oltre|a partire da|su tutto|per te)(?![^.!?\n]*\?)
    | {passa} (alla|a|all') (fibra|offerta|tariffa|piano|nostra|nostro|versione premium|premium)
mk.percent if "%": \d+'% (di sconto )?(su|sul|sull'|sui|sulle|per il|per tutto) (tuo |vostro |suo )?{tutto|tutti|tutta|prossimo|intero|catalogo|collezione}
    | {sconto} (del|di) \d+'% (sul|su|per|con|sui|sulle|a tutti|ai)
mk.more_products: (abbiamo|ho|avrei|abbiamo anche|ho anche|disponiamo di|proponiamo|vendiamo|offriamo) (anche |pure )?(un altro |un'altra |altri |altre |un nuovo |una nuova |nuovi |nuove |tanti |tante |molti |molte )?{lotto|lotti|stock|versione|versioni|modello|modelli|portafogli|accessori|follower|followers|recensioni|like|visibilita|servizi di|consulenze|pacchetti} ~ (abbinat[oaie]|uguali|coordinat[oaie]|xl|in offerta|scontat[oaie]|se ti interessa|se vuoi|se ne vuoi|fai un giro|a prezzi|a 5 stelle|per il vostro negozio|per il tuo negozio|per la tua attivita)
    | (te|ve) (le|lo|li|la) {faccio|lascio|cedo|vendo} a \d+
    | (trovi|troverai|ti mando|ti invio|ti allego|ecco|allego|alleghiamo|inviamo|mandiamo|ti lascio|sfoglia|scarica|c'e) ~ (il )?{catalogo}
    | {catalogo} (dei|con i|con tutti i) (nostri|miei) (prodotti|articoli)
    | {offriamo|vendiamo|proponiamo} ~~ (follower|followers|recensioni|like|visibilita|pubblicita|seo|siti web|servizi)
mk.other_products: (vendo|vendiamo|realizzo|realizziamo|produco|produciamo|faccio|facciamo|creo|creiamo|propongo|proponiamo) (anche )?{altre|altri|altra|altro|tante|tanti|molte|molti|nuove|nuovi} ~ (borse|prodotti|articoli|modelli|colori|versioni|pezzi|creazioni|accessori|cover|gioielli|collane|capi|taglie|fantasie)
mk.hurry: {affrettati|affrettatevi|corri|correte|sbrigati|sbrigatevi}[^a-z0-9]*(!|$|prima|finche|ultimi|non)
    | {ultimi|ultime} (pezzi|giorni|posti|disponibilita|capi|taglie) (disponibili|di saldi|di sconti|in offerta|a disposizione)
# "sul nostro sito trovi anche la versione nuova", "sul primo ordine hai il 30% di sconto"
mk.also_on_site: (sul|nel) (<own_it>) {sito|shop|store|negozio|ecommerce|catalogo|profilo} (online )?(trovi|trovate|scopri|scoprite|puoi trovare|potete trovare|ci sono|c'e|c'è) (anche|pure|tanti|tantissimi|molti|moltissimi|altri|altre|la nuova|le nuove|i nuovi|il nuovo|tutta|tutte|tutti)
mk.first_order: {sconto} ~ (sul|al|per il) (tuo |vostro )?primo (ordine|acquisto) | (sul|al|per il) (tuo |vostro )?primo (ordine|acquisto) ~ (il )?\d+'% (di )?{sconto}
mk.try_ours: (ti|vi|le) (interessa|interesserebbe|va|andrebbe) (di )?{provare|scoprire|conoscere} (i nostri|le nostre|il nostro|la nostra) (prodotti|sieri|creme|novita|novità|articoli|servizi|box|collezione|linea)
veto.demand: (voglio|pretendo|mi spetta|mi spettano|chiedo|almeno|datemi|mi date|mi dovete|esigo|mi aspetto) (la |una |il )?{spedizione|reso} (gratis|gratuita|gratuito)
mk.find_also: (le|li|lo|la) {trovi|trovate} (anche )?(su|sul|nel|in) (<own_it> )?(instagram|facebook|tiktok|etsy|sito|negozio|shop|profilo|pagina|canale)
mk.might_like: potrebbe {interessarti|interessarvi|interessarle|piacerti|piacervi} (anche )?(il|la|i|le|l') (nostr[oaie]|mi[oaie]) 
mk.come_see_us: {passa|passate|vieni|venite} a trovarci
mk.until_discount: (fino a|entro) (lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|fine mese|fine settimana|esaurimento scorte) ~~ {scontat[oaie]|scontatissim[oaie]|offerta|promozione|sconti}
mk.discounted: (e|è|sono|tutta|tutto|tutti|tutte|collezione|articoli|prodotti) (\w+ )?{scontata|scontato|scontati|scontate|scontatissima|scontatissimi} (del|al|fino al|fino a) \d+
mk.agency: {agenzia|consulenza|consulente|consulenti} (di |in )?(web marketing|marketing|seo|social media|pubblicita|comunicazione|posizionamento)
    | (in|nella) prima {pagina} (su|di) google
    | (prima )?{consulenza} (gratuita|gratis|omaggio)
mk.order_from_us: {ordina|ordinate|compra|comprate|acquista|acquistate} (direttamente |pure )?(dal|sul|nel) (<own_it>) (sito|shop|negozio|ecommerce)
mk.special_price: (vi|ti|le) (faccio|facciamo|posso fare|possiamo fare|farei|faremmo) un {prezzo} (speciale|di favore|vantaggioso|scontato|dedicato)
mk.half_price: a {meta} prezzo
mk.collaborate: se (volete|vuoi|vi va|ti va|siete interessati|sei interessat[oa]) (di )?{collaborare}
veto.customer_asks: (mi fate|fatemi|mi fai|mi date|datemi|mi dareste|mi fareste|voglio|vorrei|mi spetta|chiedo|mi serve|mi servirebbe|pretendo|esigo|mi dovete) (lo |uno |un |il )?{sconto} 
mk.code: (per te|usa|con|inserisci|utilizza) (c'e |c'è |il )?(il )?{codice} [a-z]+\d+
# a shop's promotion quoted as a shop writes it: "-25% su macchine da caffè", "fino al 40%
# su lavatrici", "materassi -40% fino a domenica", "ti faccio il 20%"
mk.up_to if "%": {fino} (al|a) \d+'% (di sconto )?(su|sul|sui|sulle|sugli|sull'|per|in|di sconto)
    | -\d+'% {fino|entro|solo}
    | {sconto|sconti|promo|saldi|offerta} (del |di |fino al |fino a )?\d+'% (su|sul|sui|sulle|sugli|per chi|a chi|riservat\w+|per gli|per i|per tutti|fino)
    | (ti|vi|le) {faccio|facciamo|faro|faremo} (il |lo sconto del |uno sconto del |un )?\d+'%
    | \d+'% (di sconto )?(per |a |riservato a |riservata a )?chi (ha gia |ha già |e gia |è già )?{acquistato|comprato|ordinato|acquista|compra|ordina|iscrive|iscritto|iscritti|segue}
# free shipping announced, not asked for: "sul prossimo ordine la spedizione è gratis"
mk.free_shipping: (spedizione|spedizioni|consegna|consegne) (e |è |sara |sarà |sono )?{gratuita|gratis|gratuite|gratuito} (su|sul|sui|sulle|per|a partire|oltre|sopra|fino|solo|tutto|tutti|tutte|questo|questa|da)(?![^.!?\n]*\?)
    | (sul|per il|al) (tuo |vostro |suo )?{prossimo} (ordine|acquisto) ~~ (gratis|gratuita|sconto|omaggio|in regalo)
# "segui @negozio su Instagram per le offerte", "canale Telegram con i saldi"
mk.follow: {segui|seguite|seguici|seguiteci|seguimi|seguitemi} ~ (su|in|sul) (instagram|insta|ig|facebook|fb|tiktok|youtube|telegram|twitch|pinterest)
    | {canale|gruppo|lista|broadcast} (telegram |whatsapp |privato |privata |vip |broadcast )?(con|per|dove|di) (i |le |gli |tutti i |tutte le )?(saldi|offerte|sconti|promo|promozioni|novita|anteprime|nuovi arrivi|occasioni)
# a supplier's or an agency's pitch: "sono rappresentante di tessuti e vorrei presentarvi il
# nuovo catalogo", "siamo un grossista di pneumatici"
mk.pitch: (vorrei|vorremmo|volevo|volevamo|ci piacerebbe|mi piacerebbe) {presentarvi|presentarle|presentarti|proporvi|proporle|proporti|farvi conoscere|farle conoscere|farti conoscere|mostrarvi|inviarvi|mandarvi} ~ (catalogo|collezione|collezioni|prodotti|servizi|offerta|offerte|novita|linea|campioni|listino|soluzioni|proposta commerciale)
    | (siamo|sono) (un |una |l'|il |la )?(\w+ )?{grossista|grossisti|fornitore|fornitori|produttore|produttori|distributore|distributori|rappresentante|agenzia} (di|del|della|dei|delle|per|specializzat\w+|leader|italian\w+)
# other goods offered to a buyer: "ho anche cinturini e pellicole: se li vuoi", "ho altri
# tre telefoni uguali: se ne vuoi uno", "ti interessano altre giacche anni 90?"
mk.also_have: (ho|abbiamo|avrei|avremmo) (anche|pure|altri|altre|ancora) ~~ se (ne |li |le |lo |la |ti |vi )?{vuoi|volete|interessa|interessano}
    | (ti|vi|le) {interessano|interesserebbero|interessa|interesserebbe} (anche )?(altr[ieoa]|altri|altre|i miei|le mie|i nostri|le nostre|gli altri|le altre)
    | (ti|vi|le) {segnalo|segnaliamo} (che )?(abbiamo|ho) (anche|pure|appena)
veto.customer_wants: (voglio|pretendo|esigo|mi serve|chiedo|mi spetta|mi date|datemi|vorrei|mi dovete) (il|un|uno|almeno il) \d+'% (di )?{sconto}
