# bad_faith_assumption (Italian): assumes the company acts against the customer on
# purpose, or runs a scam ("lo fate apposta", "ce l'avete con me", "volete
# fregarmi", "vi tenete i soldi", "è una truffa"). Not this label: "forse c'è stato
# un errore", "mi sento preso in giro" (a feeling), "mi sembra una presa in giro",
# "ho pagato la spedizione apposta" (the customer's own choice). A bare insult noun
# ("ladri") is abusive only: this label needs a claim about what the company does.

@verb_2pl_it = [a-z]+(ate|ete|ite)
@clitic_bf_it = me | ce | mi | ci | lo | la | li | le | vi | ve | ne | me lo | me la | me li | me le
    | ce lo | ce la | l' | glielo | gliela

bf.on_purpose: (<clitic_bf_it>) (<verb_2pl_it>|fai|fate|fanno|fa|state facendo|stai facendo|avete fatto|hai fatto) ~~ {apposta|appositamente|volutamente|deliberatamente|intenzionalmente|scientemente}
    | (<clitic_bf_it>) (<verb_2pl_it>|fai|fate|fanno|fa|state facendo|stai facendo|avete fatto|hai fatto) ~~ di {proposito}
    | (fate|fai|fanno) {apposta|appositamente|volutamente}
    | (avete|state|siete|vi siete|stavate|avevate|<verb_2pl_it>) (\w+ )?(\w+ )?(\w+ )?(\w+ )?{apposta|appositamente|volutamente|deliberatamente|intenzionalmente}
    | (avete|state|siete|stavate|avevate) ~~ di {proposito}
bf.against_me: {ce} l'(avete|hai|ha|hanno) (con me|con noi|a morte|proprio con me)
    | (avete|hai) qualcosa {contro} di me
    | (mi|ci) {odiate|prendete di mira|perseguitate|discriminate}
    | (agli|a tutti gli) {altri} (rimborsate|rispondete|spedite|mandate|date) ~~ (e a me|a me no|e a me no|mentre a me|ma a me)
bf.want_to_cheat if "volete|vuoi|vogliono|volevate|cercate|cercando|provate|provando|tentate|mirate|state": (volete|vuoi|vogliono|cercate di|provate a|state cercando di|tentate di|mirate a|volevate|avete cercato di|state provando a) (solo |soltanto |semplicemente |proprio |davvero )?{fregarmi|fregarci|fregare|truffarmi|truffarci|truffare|derubarmi|derubarci|rubarmi|imbrogliarmi|imbrogliare|fottermi|spennarmi|raggirarmi|prendermi per il culo|farmi fesso|farmi fessa|tenervi|intascarvi|fregare i clienti|truffare la gente}
bf.refuse_to_pay if "volete|cercate|provate|cercando|tutto|pur|possibile": (volete|cercate di|provate a|state cercando di|fate di tutto per|fate il possibile per|fanno di tutto per|fa di tutto per|fate di tutto pur di|state facendo di tutto per|stanno facendo di tutto per|sta facendo di tutto per|fate l'impossibile per) non {rimborsare|rimborsarmi|pagare|pagarmi|restituire|restituirmi|ridarmi|rispondere|risarcire|risarcirmi|spedire|mandarmi}
bf.cheated: (mi|ci) (avete|hai|ha|state|stai) (cercando di )?{fregato|fregata|fregati|truffato|truffata|truffati|derubato|derubata|derubati|rubato|imbrogliato|imbrogliata|fottuto|fottuta|spennato|raggirato|raggirata|fregando|truffando|derubando|rubando|imbrogliando}
bf.mocked if "culo": (mi|ci) (avete|hai|ha|state|stai) {preso|presa|presi|prendendo} per il culo
    | (e|una|che) {presa} per il culo
bf.keep_money: vi {tenete|siete tenuti|siete tenute|intascate|siete intascati|siete intascate|pappate|mangiate|prendete|siete presi|trattenete|siete pappati|siete fregati} (i |il |la |le |l'|tutti i )?(miei |nostri |vostri |nostri )?(\d+ )?(soldi|denaro|rimborso|rimborsi|pagamento|acconto|caparra|euro|quattrini|resi|cauzione)
    | {incassa|incassate|incassano|incassi|incassate i soldi|prendete i soldi|prendono i soldi|prende i soldi} e (poi )?non (spedisce|spedite|spediscono|consegna|consegnate|rimborsa|rimborsate|manda|mandate|restituite|fate niente|fa niente)
bf.scam: (e|sembra|sembrate|siete|questo e|tutto e|e tutta|e solo|e proprio|e chiaramente|e ovviamente|e evidentemente|e palesemente|che|una vera|pura|vera|una|e una|e un|e stata|e stato|e tutto) (una |tutta una |proprio una |solo una |un |proprio un )?{truffa|truffe|furto|ladrata|rapina|raggiro|truffetta|truffaldino|truffaldina|furto legalizzato}
    | (sito|negozio|shop|venditore|azienda|ditta|societa|servizio|piattaforma|questo sito) {truffa|truffaldino|truffaldina|truffatore}
    | (per|di) {truffa|appropriazione indebita|frode}
bf.obvious: (e|è) {chiaro|evidente|ovvio|palese|lampante|risaputo|logico|lampante} (che|come) (volete|non volete|fate|non avete|mi state|state|questo sito|il vostro|voi|ci prendete|mi prendete|cercate|fate finta)
    | {ovviamente|chiaramente|evidentemente} (il |la )?(pacco|ordine|rimborso|reso) ('|")?(smarrito|perso|perduto|in ritardo|in lavorazione|rimborsato)('|")? (e|è) (un|una) (trucco|scusa|balla|bugia|invenzione)
bf.trick: {trucco|trucchetto|scusa|scuse|scusante|pretesto|stratagemma|giochino|giochetto|tattica|strategia|balla|bugia|scusa bella e buona} per non (pagare|rimborsare|restituire|rimborsarmi|risarcire|pagarmi|ridarmi|spedire|rispondere|darmi)
    | {trucco|trucchetto|stratagemma|pretesto|giochetto|giochino|scusa} per (farmi|farci|far|fregarmi|fregarci|spillarmi|spillare|incassare|tenervi)
bf.same_with_all if "tutti|tutte|clienti|chiunque": {fate|fanno|fa|fai} (cosi|sempre cosi|lo stesso|la stessa cosa) (con tutti|con tutte|con i clienti|con tutti i clienti|con chiunque)
bf.know_game: (conoscete|conosci|sapete|sappiamo|so) (benissimo |bene |molto bene |perfettamente )?(il|come funziona il) {giochino|giochetto|trucco|trucchetto|sistema}
    | lo {sappiamo} (tutti )?(come funziona|come funzionate|come lavorate)
    | (e|è) (il|questo e il) (vostro )?{modello} di (business|affari)
    | vi {piace} prendere in giro (la gente|i clienti|tutti|le persone)
    | {prendete} in giro (la gente|i clienti|tutti|le persone)
    | e lo {sapete} (benissimo|bene|perfettamente|anche voi)
bf.hope_i_give_up: (sperate|speravate|contate|pensate|volete|puntate) (che|di|a|sul fatto che) ~ {rinunci|rinunciare|rinuncerò|stanchi|stancarmi|stancare|arrenda|arrendermi|desista|desistere|lasci perdere|lasciar perdere|molli|mollare|dimentichi|dimenticare|sfinirmi|sfinire}

veto.own_choice: (ho|abbiamo|avevo|avevamo|ha|hanno|l'ho|li ho|le ho|l'abbiamo) ~ {apposta}
veto.phishing: (messaggio|sms|mail|email|chiamata|telefonata|link|numero|account|profilo) ~~ (e|è|sia|fosse) (una )?{truffa|truffe}
    | (sms|mail|e-mail|email|messaggio|messaggi|chiamata|chiamate|telefonata|telefonate|link|tentativo|tentativi|phishing|vittima di una|annuncio|annunci|falso) (di )?{truffa|truffe}
    | {truffa|truffe} (via|tramite|per) (sms|mail|email|telefono|whatsapp|telegram)
    | (attenzione|attenti|occhio|segnalare|segnalo|segnalazione) (alle|a una|ad una|di una|una) {truffa|truffe}
bf.never_sent: (ci )?{scommetto|scommetterei|giurerei} (che )?~~ mai (spedito|spedita|spediti|mandato|mandata|inviato|inviata|partito|partita|evaso|evasa|ricevuto)
    | {ammettetelo|ammettete|confessate} (che )?~~ (mai|non)
bf.smart: (fate|fai|fanno|fa|fare) (i |il |la |le |sempre i |sempre il )?{furbi|furbo|furbetti|furbetto|furba|furbe|furbate|furbata|furbizie}
bf.you_know: {sapete|sai|sa} (benissimo|bene|perfettamente|molto bene) che
    | (fate|fai|fanno|fa) {finta} di (niente|nulla|non capire|non sapere|non vedere|non leggere|non aver)
bf.game: (ho capito|ho capito bene|conosco|lo conosco|abbiamo capito|ormai conosco|ho scoperto|so bene|conosciamo) (il |il vostro |questo |sto |il solito |i vostri |questi )?{giochetto|giochino|trucchetto|trucco|gioco sporco|giochetti|trucchetti|trucchi}
bf.hide_reviews: (nascondete|cancellate|eliminate|censurate|togliete|filtrate|rimuovete|oscurate) (le |tutte le )?{recensioni} (negative|brutte|vere|oneste|critiche|cattive)
veto.which_one: (o|oppure) (e |è )?(una )?{truffa}[^a-z0-9]*\?
bf.resold: (l'avete|lo avete|la avete|li avete|le avete|me l'avete|me lo avete) (gia |già )?{rivenduto|rivenduta|rivenduti|rivendute|venduto a un altro|venduto a qualcun altro|tenuto per voi|tenuta per voi|tenuti per voi}
bf.strategy: non (e|è) un {errore|disguido|caso|incidente}[^a-z0-9]+(e|è) (una )?(strategia|tattica|politica aziendale|metodo|sistema|fatto apposta|voluto)
bf.not_to_pay: per non {ridare|restituire|ridarmi|restituirmi|ridarci} (i soldi|il denaro|niente|nulla|un euro)?
bf.inflate: {gonfiate|gonfiano|gonfiare|alzate|alzano} i prezzi (prima|per far|apposta)
bf.pass_off: {spacciandolo|spacciandola|spacciandoli|spacciandole|spacciato|spacciata|spacciati|spacciate} per
    | li {spacci|spacciate|spacciano|spacciano} per | (le|lo|la) {spacci|spacciate|spacciano} per
bf.deleted_review: (avete|hanno) (cancellato|eliminato|rimosso|nascosto|censurato|tolto) (la mia |le mie |la |le )?{recensione|recensioni}
bf.give_up: (sperate|sperano|speravate|aspettate|contate) (che|sul fatto che) (mi|ci|io mi) ~ {arrenda|arrendiamo|stufi|stanchi|desista|lasci perdere|dimentichi}
    | (sperate|sperano|speravate|aspettate|contate) (che|sul fatto che) (la gente|il cliente|i clienti|la gente|le persone|uno|io) (si |mi |ci )?{arrenda|arrendano|stufi|stufino|stanchi|stanchino|desista|desistano|lasci perdere|lascino perdere|dimentichi|dimentichino|rinunci|rinuncino|molli|mollino}
bf.to_cash_in: (vendete|vendono|vendi|prendete|fate pagare|incassate|chiedete) ~~ per {incassare|intascare} | (vendete|vendono|vendi|prendete|fate pagare|incassate|chiedete) ~~ per fare {cassa}
bf.as_if_by_chance: {guarda caso}
bf.designed: (avete|hanno|e stat[oa]|è stat[oa]|l'avete|lo avete) (\w+ )?{progettato|costruito|studiato|pensato|congegnato|organizzato|progettata|costruita|studiata|pensata} ~~ (per non|in modo che|apposta|per scoraggiare|per far desistere|cosi che|così che)
    | lo (fate|fanno|fai) per {scoraggiare|stancare|sfinire} (i clienti|la gente|le persone|chi)
bf.knowingly: {sapendolo|sapendo} (benissimo|bene|perfettamente|gia|già)
bf.exploit: {approfittate|approfittano|approfittando|approfittare} (di chi|dei clienti|della gente|delle persone|della buona fede|di noi)
bf.on_purpose_to: {apposta} per (non|farci|fregare|incassare|tenervi|guadagnare)
bf.by_chance: (sara|sarà) un {caso}, ma
bf.wont_return: (i soldi|il rimborso|i miei soldi) non (li|lo) (volete|vogliono|vuoi) (\w+ )?{restituire|ridare|rimborsare}
# "sperando che non me ne accorgessi", "non è un caso", "e lo sapevate benissimo"
bf.hoping_unnoticed: {sperando|speravate|sperate|contando|contavate} (che )?(io )?non (me ne|ce ne|se ne|ne) (accorgessi|accorga|accorgessimo|accorgesse|accorgano|accorgessero)
bf.no_accident: non (e|è) (certo |mica |di certo |per niente )?un {caso}(?! isolat)(?! unico)(?! raro)
bf.knew: e lo {sapevate|sapevi|sapeva|sapevano} (benissimo|bene|perfettamente|gia|già|eccome|da subito|fin dall'inizio)
    | {sapendo} (fin dall'inizio|gia|già|da subito|benissimo) che
bf.with_everyone: (lo|la|li) {fate|fanno|fai} (sempre )?con (tutti|tutte|chiunque)(?! i prodotti)(?! gli)
