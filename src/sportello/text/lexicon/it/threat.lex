# threat (Italian): intimidation, threats of harm to people or property, stalking.
# Going to a lawyer, the police or a consumer association is legal_action, never a
# threat; frustration at one's own things ("mi viene voglia di lanciare il modem")
# is no label.
#
# Roles (see analyse.py):
#   threat.*  enough on its own;
#   weak.*    ambiguous alone ("state attenti.", "so dove avete il magazzino",
#             "non finisce qui"); two of them, or one with a strong threat or with a
#             condition ("se non mi ridate i soldi ... finisce male"), make a threat;
#   soft.*    a threat unless a legal step follows in the same or the next sentence
#             ("la pagherete cara... in tribunale" is legal_action only).

@clitic_it = vi | ti | lo | la | li | le | ve | te | gli | je
@harm_obj_it = la faccia | il muso | le ossa | le gambe | il culo | la testa | il naso | i denti
    | le corna | tutto | la macchina | il negozio | le vetrine | la vetrina | il magazzino
    | l'ufficio | la sede | il furgone | la casa | la vita | il locale | le mani | i vetri
    | i furgoni | le macchine | le auto | l'auto | le gomme | i camion | il camion | la moto
    | la bancarella | le bancarelle | l'officina | la bottega | la serranda | la saracinesca
    | l'insegna | il furgoncino | le ruote | i finestrini | la porta | il portone | le braccia

# --- stalking: "so dove abiti", "ti aspetto fuori dal negozio" ----------------------
threat.where_you_live: (so|sappiamo|conosco|scopro|scoprirò|scopriro) (bene |benissimo |anche )?(dove|dov'e che|dove e che) {abiti|abitate|vivi|vivete|abita|abitano|dormi|dormite|lavori|lavorate|lavora|stai|state|vanno a scuola|parcheggiate|parcheggi}
    | (so|sappiamo|conosco|conosciamo) (tutti e due |tutti |entrambi |tutte e due |perfettamente |pure )(dove|dov'e che) {abiti|abitate|vivi|vivete|abita|abitano|dormi|dormite}
# (weak: "vi aspetto sotto casa per il ritiro del divano" is an appointment)
weak.wait_outside: (ti|vi|t'|v') {aspetto|aspettiamo|aspetterò|aspettero|aspetteremo} (io )?(sotto|fuori|fore|davanti|all'uscita|a fine turno|dopo il lavoro|all'orario)
threat.come_home if "vengo|veniamo|verro|verremo|passo|passero|arrivo|arrivero|vediamo|vengo": (vengo|veniamo|verrò|verro|verremo|passo|passerò|passero|arrivo|arriverò|ci vediamo|ti vengo|vi vengo) (a prenderti |a prendervi |a trovarti |a trovarvi |di persona |io )?{sotto} (casa|al negozio|l'ufficio|il negozio|la sede)
    | (vengo|veniamo|verrò|verro|verremo|passo|passerò|passero|arrivo|arriverò) (a prenderti |a prendervi |a trovarti |a trovarvi |di persona |io )?(a|sotto|fino a|davanti a) {casa} (tua|vostra|del titolare|sua)
    | (ti|vi) (vengo|veniamo|verro|verrò|verremo) a {prendere|cercare|trovare|stanare} (a casa|sotto casa|fino a casa|di persona|io|ovunque|uno per uno|uno a uno|tutti|dappertutto|dovunque)
threat.find_you: (so|sappiamo|conosco) (bene |benissimo )?(dove|come) {trovarvi|trovarti|beccarvi|beccarti|prendervi|prenderti|raggiungervi|raggiungerti}
    | (ti|vi) {trovo|troverò|trovero|troviamo|scovo|rintraccio} (ovunque|dovunque|e ti|e vi|prima o poi|sotto casa)

# --- harm: "vi spacco tutto", "lo prendo a calci" -----------------------------------
threat.harm: (<clitic_it>) {ammazzo|ammazzerò|ammazzero|ammazziamo|uccido|ucciderò|uccidero|meno|menerò|menero|picchio|picchierò|picchiero|massacro|massacrerò|massacrero|accoppo|sgozzo|scanno|strozzo|strangolo|sparo|accoltello|faccio fuori|faccio a pezzi|riempio di botte|riempio di mazzate|gonfio di botte}
threat.harm_obj: (ti|vi|gli|le) {spacco|spaccherò|spacchero|rompo|romperò|rompero|sfascio|sfascerò|distruggo|brucio|bruciamo|bruciero|rovino|incendio|rigo|righerò|sfondo|sfondero|sfonderò|spezzo|spezzerò|spezzero|spezziamo|squarcio|squarcerò|taglio|taglierò|buco|bucherò|sfregio|ammacco} (<harm_obj_it>)
threat.smash_all: (vengo|veniamo|vengo li|vengo lì|entro|passo) ~~ (e )?{spacco|spaccherò|spacchero|sfascio|distruggo|rompo} (tutto|il negozio|la vetrina|le vetrine|il magazzino|l'ufficio)
threat.beat: (<clitic_it>) {prendo|prenderò|prendero|piglio|riempio|gonfio} (a|di) (calci|pugni|schiaffi|sberle|mazzate|bastonate|testate|botte|sganassoni|ceffoni|cazzotti)
threat.hurt: (<clitic_it>) {faccio|farò|faro|facciamo} (io )?(del )?(male|molto male|nuovo|nuovi|nuova|a fette|a strisce|la festa|il mazzo|un culo cosi|un culo così|vedere i sorci verdi|passare la voglia|passa la voglia|passa la voja|passare la voja|pentire di essere nat[oi]|a pezzi|fuori|la pelle|il culo)
threat.careful: (state|stai|stia|statevi|state molto|stai molto|stia molto) {attenti|attento|attenta|attente} (a voi|a te|a lei|a quello che fate|a quello che fai|a come vi muovete|a come ti muovi|alle spalle|quando uscite|quando esci|quando chiudete|quando chiudi|quando tornate|quando torni|la sera|di notte|quando andate a casa|a come parli|a come parlate|a quello che dici|a quello che dite|a come ti comporti|a come vi comportate)
    | (si )?{guardatevi|guardati|guardi|guardarsi|guardarvi|guardarti} (bene )?(le spalle|alle spalle|intorno)
    | (vi|ti|le) {conviene} (stare|guardarvi|guardarti) (molto |bene )?(attent[oiae]|le spalle|alle spalle)
threat.swear_harm: (giuro|te lo giuro|ve lo giuro) ~~ {ammazzo|uccido|spacco|meno|massacro}
threat.show_you: (vi|ti|ve|te|glielo|gliela) (lo |la )?{faccio|farò|faro|facciamo} vedere io
threat.fire: (do|diamo|darò|daro|appicco) {fuoco} (al|alla|a|ai) (negozio|magazzino|ufficio|sede|furgone|macchina|casa|vetrina)

# --- ambiguous alone -----------------------------------------------------------------
weak.careful_bare: (state|stai|stia) (molto )?{attenti|attento|attenta}(?=[^a-z0-9]*([.!;\n]|$))
    | {stateve|statte|statev|stativi} (accort[ieao]|accuort[io]|attient[ie])
weak.careful_tell: di {stare} (molto )?(attento|attenti|attenta)(?=[^a-z0-9]*([.!;\n]|$))
weak.where_business if "dove|dov": (so|sappiamo|conosco) (bene |benissimo )?(dove|dov'e|dove e) ~ {magazzino|negozio|sede|ufficio|uffici|laboratorio|deposito|capannone|furgone|furgoni|punto vendita|azienda|punto di ritiro|punto ritiro|showroom|officina}
    | (so|sappiamo|conosco) (bene |benissimo )?(dove|dov'e|dove e) (si trova |sta |stanno |avete |tenete )?(il |la |i |l' )?(vostro |vostra |vostri |tuo |tua )?{magazzino|negozio|sede|ufficio|uffici|laboratorio|deposito|capannone|furgone|furgoni|azienda}
weak.plate: (ho|conosco|mi sono segnato|so) (anche )?(la|le) {targa|targhe}
weak.schedule: so (anche |pure |bene )?(a che ora|quando|che ora) {passa|passate|esci|uscite|chiude|chiudete|arriva|arrivate|apre|aprite|finite|finisci|stacca|staccate|stacchi|esce|escono|smonta|smontate|finisce}
weak.address: (l'indirizzo|il tuo indirizzo|il vostro indirizzo|dove abiti|dove abitate) {ce} l'ho
weak.my_way: a {modo} mio | alla {maniera} mia | con le {cattive} | (vengo|veniamo) a {prenderli|prenderle|prendermeli|prendermele|riprendermeli|riprendermele|prenderveli} (io)?
weak.bad_end: ((va|andra|andrà) a )?{finisce|finira|finirà|finire} (molto )?male
weak.not_over: non {finisce|finira|finirà} (qui|cosi|mica qui|certo qui)
weak.you_dont_know if "chi": non (sai|sapete|sa) con chi (hai|avete|ha) a che {fare} | non {sai|sapete} chi sono (io)?
hint.come_office: {vengo|veniamo|verrò|verro|passo|passerò} (di persona )?(li|lì|la|là|in sede|da voi|in negozio|in ufficio|al magazzino|a trovarvi|a trovarti|fin li|fin lì)
weak.watching: (vi|ti) {tengo|teniamo} d'occhio | (vi|ti) sto {osservando|seguendo|guardando} | so {tutto} di (te|voi)
weak.you_will_see: {vedrete|vedrai|vedra} (cosa|che cosa|che) (vi |ti |gli )?(succede|succedera|capita|capitera)
# "o vi rovino": a harm announced without saying which; a threat with a condition or another cue
weak.ruin: (vi|ti|lo|la) {rovino|rovinerò|rovinero|distruggo|distruggerò|distruggero|affosso|annienterò|annientero}(?=[^a-z0-9]*([.!:;,\n]|$))
weak.regret: (ve|te) ne {pentirete|pentirai|pentirà}
threat.come_looking: (ti|vi) (vengo|veniamo|verro|verrò|verremo) a {cercare|stanare}
weak.find: (ti|vi) (vengo|veniamo|verro|verrò) a {prendere} | (ti|vi) {trovo} | se (ti|vi|lo|la) {becco|trovo|incontro|vedo} (per strada|in giro|fuori|da solo|da sola)?

# --- the price is paid in court? (legal resolves them) -------------------------------
soft.pay: (ve|te|me|gliela|ce) (la )?{faccio pagare|farò pagare|faro pagare|facciamo pagare|pagherete|pagherai|pagheranno|paghi|pagate}
    | la {pagherete|pagherai|pagheranno} (cara|caro|salata|molto cara)?

# a threat aimed at reviews is reputation_threat; frustration at one's own things is none
veto.reputational: (ti|vi) {distruggo|rovino|affosso|distruggerò|rovinerò|massacro|massacrerò|massacrero} (con|sui|su|a colpi di|di) (le |delle |mille )?(recensioni|social|stelle|facebook|post|video|commenti)
    | (su|sui|con le|con) (google|facebook|instagram|tiktok|trustpilot|amazon|social|recensioni) (e su \w+ )?~ (vi|ti) {faccio a pezzi|faccio neri|faccio nero|distruggo|rovino|massacro|asfalto|affosso}
    | (ti|vi) {faccio a pezzi|faccio neri|faccio nero|asfalto|sputtano} (su|sui|in|con) (ogni |tutti i |tutte le |i |le |mille )?(gruppo |gruppi |pagina |pagine )?(facebook|instagram|tiktok|google|trustpilot|social|recensioni|forum|reddit)
veto.negated: non (ti|vi) {ammazzo|uccido|meno|picchio|faccio} | non (so|sappiamo) (dove|dov e) {abiti|abitate|vivi|vivete}
threat.ill_deal: ci {penso} io a (voi|te|lei|quel|quella|quello) | ci {pensu} iu a (vuatri|vui|tia|iddu) | {occhio} a (voi|te)(?=[^a-z0-9]*([.!;,\n]|$))

# weapons and blows: "lo aspetto io con la mazza", "vi accolgo a bastonate"
threat.armed: (lo|la|li|le|vi|ti|gli) (aspetto|aspettiamo|aspetterò|aspettero|accolgo|accoglierò|accogliero|ricevo|riceverò|prendo|prenderò|prendero|vengo a prendere|vengo a cercare) ~ (con la |con il |con una |con un |col |a )?{mazza|bastone|spranga|fucile|pistola|coltello|bastonate|mazzate|sprangate|fucilate|coltellate}
# someone else who knows where the owner lives, said to the shop
threat.people_who_know: (conosco|ho|abbiamo|conosciamo) (della |delle |dei |degli |certa |certi |certe |qualche )?(gente|persone|amici|amicI|qualcuno|tipi|ragazzi) (che )?(sa|sanno|saprebbe|saprebbero) (bene |benissimo )?(dove|come) {abiti|abitate|abita|vivi|vivete|vive|trovarvi|trovarti|trovarlo|trovarla|convincervi|convincerti|convincerlo|farvi cambiare idea|farvi ragionare}
# "vedrete cosa succede al vostro negozio"
threat.what_happens: {vedrete|vedrai|vedra|vedete|vedi} (cosa|che cosa|che) (vi |ti |gli )?(succede|succedera|succederà|capita|capitera|capiterà) (al|alla|ai|alle|allo|agli|a) (vostr[oaie] |tu[oaie] |su[oaie] )?(negozio|vetrina|vetrine|furgone|furgoni|macchina|macchine|magazzino|ufficio|sede|titolare|famiglia|figli|casa|dipendenti|corriere)
weak.home_address: (ho trovato|ho scoperto|ho|so|conosco|mi sono procurato|mi sono procurata|mi sono segnato|mi sono segnata|ho rintracciato) (anche |gia |già )?(online |su internet |in rete )?(l'|il )?{indirizzo} (di casa|privato|di residenza) (del|della|di|tuo|vostro|suo|sua|dei)
weak.doorbell: (suono|suonerò|suonero|busso|busserò|bussero|vengo a suonare|vengo a bussare) (al|alla|a) (su[oa] |tu[oa] |vostr[oa] )?{citofono|campanello|porta di casa}
weak.understood: non so se mi {spiego} | uomo {avvisato} | ci siamo {capiti}(?=[^a-z0-9]*([.!;\n]|$))
weak.never_know if "incontra|incontri|incontrate|succedere|succede": non si sa {mai} (chi si incontra|chi incontri|chi incontrate|cosa (puo|può|potrebbe) succedere|cosa succede)
weak.name_photo: (ho|abbiamo|conosco) (il )?{nome} (e|e anche) (la foto|l'indirizzo|la targa|il cognome) (del|della|di|dei) (vostr[oaie] |tu[oaie] )?(magazziniere|corriere|fattorino|dipendente|dipendenti|titolare|commessa|commesso|operatore|operatrice)
weak.pass_it_on: {riferiteglielo|riferitelo|diteglielo|ditegli|riferite}(?=[^a-z0-9]*([.!;\n]|$))
# "non se ne va sulle sue gambe", "la vetrina non ve la ritrovate intera", "non rimane niente in piedi"
threat.idiom: non (se ne )?(va|andra|andrà|esce|uscira|uscirà|torna|tornera|tornerà) (via )?sulle sue {gambe}
    | non (ve|te|glie) (la |lo |li |le )?(ritrovate|ritrovi|ritroverete|trovate|trovi|troverete) (piu )?{intera|intero|interi|intere}
    | non (rimane|resta|rimarra|rimarrà|restera|resterà) (niente|nulla|piu niente|più niente|una vetrina|un vetro) in {piedi}
weak.get_ready: {preparatevi|preparati}(?=[^a-z0-9]*([.!;\n]|$))
weak.eye: {occhio} (quando|a quando|la sera|di sera|di notte|stasera) 
weak.fire: (state|stai|sta) {giocando} (col|con il) fuoco
weak.faces: (io )?le {facce} non le dimentico | non (dimentico|scordo) (mai )?una {faccia}
weak.find_easy: (lo|la|li|le|ti|vi) {troviamo|troveremo|trovo|troverò|trovero|becchiamo|beccheremo|rintracciamo|rintraccio} (facile|facilmente|in un attimo|subito|in fretta|di sicuro|stai sicuro|prima o poi)

# --- a threat told by its parts ---------------------------------------------------------
# Veiled threats rarely use a threat word: they put together what the writer knows of
# a person, what could happen to a thing, and a hint. Each part is a weak.* cue (or a
# hint.*, which only seconds a cue of another kind); see analyse.py.
@staff_person_it = titolare | proprietario | proprietaria | capo | responsabile | direttore | direttrice
    | magazziniere | commesso | commessa | fattorino | corriere | operatore | operatrice | impiegato
    | impiegata | amministratore | tecnico | montatore | meccanico | autista | ragazzo | ragazza | tizio | tizia | signore | signora | dipendente
    | dipendenti | moglie | marito | figli | figlio | figlia | famiglia
@person_fact_it = il nome | come si chiama | come ti chiami | che macchina | che auto | la macchina
    | l'auto | la targa | i figli | la famiglia | la moglie | il marito | la villa | la casa
    | l'indirizzo | che faccia | la faccia | dove parcheggia | dove parcheggi | che scuola | gli orari
weak.knows_person: (so|sappiamo|conosco|conosciamo|ho|abbiamo|mi sono segnat[oa]|ho scoperto|ho trovato) (anche |pure |bene |benissimo |gia |già )?(il |la |i |gli |che |come si |come ti |dove )?{nome|chiama|chiami|macchina|auto|targa|figli|famiglia|moglie|marito|villa|faccia|parcheggia|parcheggi|scuola|orari} (del |della |dei |di |tuo|vostro|tua|vostra|suo|sua|che|e |guida|guidi|guidate|ha|hai|usa|,|\.|$)
    | (so|sappiamo) (anche |pure |bene )?che (la |il |l' )?{villa|macchina|furgone|barca|moglie|figlio|figlia} (e|è) (tua|vostra|sua|del titolare|del capo)
weak.owner_home: {indirizzo} (di casa|privato|di residenza) (del|della|dei|di|tuo|vostro|suo) (vostro |tuo |suo |vostra |tua )?(<staff_person_it>)
weak.property_fate: (un giorno di questi |una mattina |una notte |prima o poi )?(la tua|la vostra|il tuo|il vostro|le vostre|i vostri|le tue|i tuoi|quel|quella|quelle|quei) (\w+ )?{bancarella|bancarelle|vetrina|vetrine|furgone|furgoni|macchina|auto|negozio|insegna|gomme|magazzino|serranda|saracinesca|vetri|furgoncino|camion|moto|motorino} ~ (finisce|finira|finirà|finiscono|finiranno|potrebbe|potrebbero|rischia|rischiano|prende|prendera|va|andra|vanno|salta|saltano|si rompe|si rompono|si rovina|resta|restano|sono|e) (per terra|a terra|fuoco|a fuoco|in fiamme|in aria|in frantumi|in mille pezzi|a pezzi|male|rotta|rotte|rotto|rotti|rigata|rigate|bucate|tagliate|senza|fragil[ei]|delicat[oaie]|infiammabil[ei])
    | (sarebbe|sarebbero) (un )?(peccato|brutto|un peccato) (se )?~ {rompesse|rompessero|bruciasse|bruciassero|succedesse|capitasse|capitassero|rovinasse|sparisse|incendiasse|rigasse|bucasse|forasse}
    | {gomme|pneumatici|vetri|vetrine|vetrina|finestrini|serranda|saracinesca|insegna} (\w+ )?(del |dei |della |delle |di |vostr[oaie] |tu[oaie] )?(\w+ )?(tagliate|tagliati|bucate|bucati|squarciate|rotte|rotti|spaccate|spaccati|rigate|sfondate|sfondati|frantumate|frantumati|a terra|in frantumi|bruciat[oaie])
    | (macchina|auto|furgone|furgoni|vetrina|vetrine|moto|motorino) {rigata|rigate|rigato|rigati|bruciata|bruciate|bruciato|ammaccata|ammaccato|distrutta|distrutto}
weak.friends_somewhere: (ho|abbiamo|conosco) (degli |dei |tanti |parecchi |certi |un paio di |molti )?{amici|amicizie|parenti|cugini|conoscenze|agganci|conoscenti} (a|in|giu|giù|su|dalle parti|nella|nel|ovunque|dappertutto|giusti|giuste|del posto|in zona|nei posti giusti|che contano)
    | (conosco|conosce|conosciamo|conoscono|ha|abbiamo) (un po' di |un po di |della |certa |molta |parecchia )?{gente}(?=[^a-z0-9]*([.!;,\n]|$))
    | (conosco|conosciamo) (della |certa |molta |parecchia )?{gente} che non (e|è) (cosi |così |tanto |per niente )?(paziente|pazienti|gentile|tranquilla|buona|come me)
    | (conosco|conosce|conosciamo|conoscono) (un po' di |un po di |della |certa |molta |parecchia )?{gente} (giusta|che conta|in zona|del posto|di \w+|a \w+|brava a|che sa|che sanno|che lavora|che lavorano|lì|li|da voi|dalle vostre parti)
weak.when_alone: (quando|mentre|appena) (non c'e|non c'è|non ci sara|non ci sarà) {nessuno} | (quando|mentre|appena) (sei|siete|sara|sarà|resta|restate|rimani|rimanete) (da )?{sol[oaie]|solett[oaie]}
    | (ci|ti|vi) {torno|tornerò|tornero|ritorno|ripasso|ripasserò} ~ (quando|di notte|di sera|a chiusura|dopo la chiusura|col buio)
weak.who_laughs: poi {vediamo|vedremo|vedrete|vedrai} chi (ride|ridera|riderà|ci rimette|piange|piangera|piangerà|la spunta)
    | (chi|che) {ride} per ultimo
hint.see_you: {vedete|vedi|veda|fate|fai|faccia} (un po' )?voi(?=[^a-z0-9]*([.!;\n]|$))
    | {regolatevi|regolati|intenditor|pensateci|pensaci|riflettete|rifletti} (bene|due volte|su)?(?=[^a-z0-9]*([.!;,\n]|$))
    | (io )?(vi|ti|l'|la|lo) (ho|avevo) {avvisat[oaie]|avvertit[oaie]}(?=[^a-z0-9]*([.!;,\n]|$))
    | non {dico|aggiungo} altro(?=[^a-z0-9]*([.!;\n]|$)) | lo {dico} per (voi|te)(?=[^a-z0-9]*([.!;\n]|$))
# dialect: "'o saccio addò state" (Neapolitan), "vegnu ddocu" (Sicilian)
threat.where_dialect: {saccio|sacciu|sacc|sapemu|sapimu} (bene |buono |bbuono |bbuonu )?(addo|addu|add'o|dove|unni) (state|stai|abitate|abbitate|stat|stati|stanu|abbitati|abitati)
hint.come_dialect: {vegnu|vengu|vengh|veng} (ddocu|ddoco|lloco|lla|dda|ddà|dda|ncoppa|da vuatri|da vuie)
weak.see_you_again: ci {rivedremo|rivediamo|vedimme|videmu|vedremo} | ce {vedimme|vedemo|rivedemo|vediamo}
# a strong idiom, on its own: "sarebbe un peccato se gli succedesse qualcosa"
threat.pity_if: (sarebbe|sarebbero|che) (davvero |proprio )?(un )?(peccato|brutto) se (gli |le |vi |ti |al |alla |ai |alle |a )?(\w+ )?(\w+ )?{succedesse|capitasse|accadesse|succedessero|capitassero} (qualcosa|qualche cosa|qualcosa di brutto|un incidente|un guaio)
threat.careful_if: (se )?(fossi|fossi in voi|fossi in te|io al vostro posto|al vostro posto)? ?(starei|starebbe|starei molto|starebbe molto) (molto )?{attento|attenta|attenti} (a|ad|quando|la sera|di notte|alle spalle|uscendo|in giro|per strada)
    | (fossi in voi|fossi in te|al vostro posto|al tuo posto) ~ (la notte |di notte |stanotte )?{dormirei|dormiresti} (poco|male|con un occhio aperto|non tranquill[oaie])
    | (la notte |di notte )?(non )?{dormirei|dormiresti} (poco |molto poco |per niente )?(tranquill[oaie]|sereno|serena|sereni|sonni tranquilli)
threat.where_children: (so|sappiamo|conosco) (anche |pure |bene )?(dove|a che ora|quando) ~~ (i |il |la |le |all' |all'|a |ai )?{figli|figlio|figlia|bambini|bambino|bambina|bimbi|scuola|asilo|palestra}
weak.settle: (e )?(allora |poi |li |lì |la |là )?{facciamo|faremo} (i |due )?conti
weak.meet: (ti|vi|lo|la) {incontro|incontrerò|incontrero|incontriamo|becco|beccherò} (per strada|in giro|fuori|da solo|da sola|sotto casa|al mercato|al mercatino)
weak.not_to_talk: (e )?non (vengo|verro|verrò|veniamo|verremo|passo|sono li|sono lì) (per|a) {parlare|chiacchierare|discutere}
hint.be_there: {sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|stanotte} (mattina |sera |pomeriggio |prossimo |prossima )?(sono|saro|sarò|siamo|saremo) (li|lì|la|là) da voi
hint.wouldnt_you: (vi|ti|le) {piacerebbe|piacerebbero|farebbe piacere} (ritrovarvi|ritrovarti|trovarvi|trovarti|vedervi|vederti|ritrovare|trovare|vedere|avere)
    | poi non {lamentatevi|lamentarti|lamentatevi|piangete|venite a piangere|dite che non|ditemi che non}
    | {ascolta|ascoltate|ascoltami|ascoltatemi} bene(?=[^a-z0-9]*([.!;,\n]|$))
    | (ve|te|glielo|gliela) lo {dico|garantisco|assicuro|prometto} io(?=[^a-z0-9]*([.!;,\n]|$))
    | ditegli che (ci )?{rivedremo|rivediamo}
# "qualcuno si fa male": harm announced without saying by whom
threat.someone_hurt: (qualcuno|qualcun altro|ci|vi|ti) si (fa|farà|fara|potrebbe fare|puo fare|può fare) (molto |parecchio )?{male}
weak.meet_in_person: ci {vediamo|vedremo|becchiamo|beccheremo} (di persona|faccia a faccia|fuori|io e te|io e voi)(?=[^a-z0-9]*([.!;,\n]|$))
weak.meet_at: ci {vediamo|vedremo|becchiamo|beccheremo|rivediamo} (sotto|davanti|fuori|in|al|alla|nel) (a |al |alla |ai |il |la |i |gli |l' |casa|vostr[oaie] |tu[oaie] )*(casa|negozio|ufficio|uffici|sede|magazzino|capannone|laboratorio|parcheggio|uscita)
threat.show_you_dialect: (v'|t'|ve l'|te l'){aggia|aggio|agg} (fa|fare) (vede|vedere|vere)
threat.careful_if_calm: (fossi in voi|fossi in te|io al vostro posto|al vostro posto|al tuo posto) (io )?non {starei|dormirei} (tanto |molto |troppo |cosi |così |per niente )?(tranquill[oaie]|seren[oaie]|sonni tranquilli)
threat.careful_dialect: {statev|stateve|statte|stateve} (accort|accuort|attient)
weak.backup: (vengo|veniamo|verro|verrò|passo|passerò|arrivo|arriverò|torno|tornerò) ~~ con (mio|mia|miei|dei|degli|un paio di|due|tre|qualche|un po' di|i miei) (\w+ )?{cugino|cugini|amico|amici|fratello|fratelli|ragazzi|parenti|cognato|cognati|compari}
weak.not_to_talk_bare: non (per|a) {parlare|chiacchierare|discutere}(?=[^a-z0-9]*([.!;,\n]|$))
weak.who_you_are: (sa|sanno|so|sappiamo) (anche |bene |benissimo |pure )?chi {siete|sei}
weak.never_forget: (sono|io sono) (uno|una|un tipo|una persona) che non {dimentica|perdona|dimentico|perdono}
    | io non {dimentico|perdono}(?=[^a-z0-9]*([.!;,\n]|$))
    | (non|nun|nu) (me|mi|ve|vi|ce|ci) {scordo|scorderò|scordero|dimentico|dimenticherò|dimentichero|scordamm} (niente|nulla|di voi|di te|facilmente|mai|chi)
weak.we_handle_it: ci {pensiamo} noi(?=[^a-z0-9]*([.!;,\n]|$)) | ci {penso} io(?=[^a-z0-9]*([.!;,\n]|$))
hint.if_i_were_you: {fossi in voi|fossi in te} | al vostro {posto}
    | (vi|ti|le) {conviene} (restituirmi|ridarmi|rimborsarmi|pagare|pagarmi|sistemare|risolvere|darmi|mandarmi)
    | un giorno di {questi}
weak.not_for: (e )?non (vengo|verro|verrò|veniamo|passo|passerò|passero) (certo |mica )?(per|a) fare (due |quattro )?{shopping|acquisti|chiacchiere|conversazione|complimenti}
    | (e )?non (per|a) fare (due |quattro )?{shopping|acquisti|chiacchiere|complimenti}
hint.you_know_what: se (capite|capisci|avete capito|hai capito) (cosa|che cosa|quello che) {intendo|voglio dire}
    | hai {capito} bene(?=[^a-z0-9]*([.!;,\n]|$)) | {ricordatelo|ricordatevelo|ricordatillu|ricordativillu}(?=[^a-z0-9]*([.!;,\n]|$))
    | {giusto} perche (tu |voi )?(lo )?(sappia|sappiate)
weak.fix_you: (ti|vi) {sistemo|sistemerò|sistemero|sistemiamo|aggiusto|aggiusterò} io(?=[^a-z0-9]*([.!;,\n]|$))
weak.visit_greet: (passa|passerà|passera|viene|verrà|verra|passano|vengono) (a )?{salutarvi|salutarti|trovarvi|trovarti|farvi visita|farti visita}
threat.when_meet: (vedrete|vedrai|vediamo|vedremo) (quando|appena) (ci )?{incontreremo|incontriamo|vedremo|troveremo|beccheremo}
weak.onto_you: (il |la |lo )?(\w+ )?(ve|te|vi|ti) (lo |la )?{rovescio|rovescerò|tiro|tirerò|lancio|lancerò|spacco|spaccherò} (addosso|in testa|in faccia|sulla testa)
weak.name_known: (il tuo|il vostro|il suo) {nome} e (il paese|la citta|la città|l'indirizzo|dove (stai|state|abiti|abitate))
weak.sicilian_where: (unni|dunni) (stati|stai|abitati|abiti) (u |lu )?{sacciu|sacciu}
weak.minutes_from: (magazzino|negozio|sede|ufficio|laboratorio|casa vostra|casa tua) (e|è|sta) a (\w+ )?{minuti|passi|metri} da casa (mia|nostra)
threat.dont_be_found: (vi|ti) {conviene} non (farvi|farti) (trovare|vedere|beccare)
threat.friends_not_nice: (ho|abbiamo|conosco) (degli |dei |certi |un paio di )?{amici|cugini|fratelli|parenti} che non sono (cosi |così |tanto )?(gentili|pazienti|tranquilli|buoni|educati) (come me)?
weak.owner_lives: (il |la )?(titolare|capo|proprietario|proprietaria|responsabile|direttore) {abita|vive|sta di casa} (in via|in piazza|in corso|a|ad|vicino)
weak.home_of: (ho|abbiamo|conosco|so) (anche |gia |già )?(il vostro|il tuo|il suo) {indirizzo} (di casa|privato)
weak.see_soon: ci {vediamo} presto(?=[^a-z0-9]*([.!;\n]|$))
hint.friendly_advice: un {consiglio} da amico | vi do un {consiglio}

# --- round of 2026-12-03 (sets 11-13) ------------------------------------------------
# "Ditegli di non farsi trovare quando vengo", "che non si faccia vedere"
threat.dont_be_found: (di |che )?non (farsi|farti|farvi|fatevi|si faccia|si facciano|ti fare|vi fate) (piu |più )?{trovare|vedere} (quando|mentre|appena|in giro|da queste parti)
# "ghe rompi el müs", "ti rompo il muso"
threat.break_face: (ti|ve|vi|gli|ghe|je|te)? ?(rompo|rompi|rompu|spacco|spacchi|sfascio) (el|il|er|'o|lu|u|la) {mus|muso|grugno|naso|faccia|denti|musu}
# "gli faccio vedere io quanto è divertente"
threat.show_you: (ti|gli|vi|le|je|ve) {faccio vedere} io | (ti|gli|vi|le) {faro vedere|farò vedere|faccio vede} io
# "poi vediamo se torna a casa con tutti i denti"
threat.teeth: (torna|tornate|torni|tornare|torno) a casa con tutti i {denti}
# "il titolare ha due figli che vanno alla scuola di via Verdi"
threat.kids_school: (ha|hanno|avete|hai) (due |tre |dei |i |un |una |\d+ )?{figli|figlio|figlia|bambini|bimbi} (che vanno|vanno|va) (alla|a|all') (scuola|asilo|elementari|medie)
weak.settle: (passo|passiamo|vengo|veniamo) (io )?a {chiudere|regolare} i conti | {regolare|chiudere} i conti (con voi|con te|con lui|con lei)
weak.lives_right: {abita|abiti|abitate|vive|vivi|vivete} (a|in|vicino a|dalle parti di) \w+,? vero
weak.knows_habits: (so|sappiamo|ho scoperto|ho visto) (che|dove|a che ora) ~ {lavori|lavora|abiti|abita|vivi|vive|esci|esce|parcheggi|parcheggia|palestra} (da|a|in|la sera|di sera|la mattina)
weak.cousin_visit: (mio|me|mi|mo) (cugino|fratello|zio|compare|cumpà|cumpa|amici|fratelli|cugini) ~ ((vi|ti) )?{venirvi|venirti|viene|vengono|passa|passano} (a )?(parlare|trovare|trovarvi|parlarvi|visita)
weak.man_of_few_words: (non|nun|nu) {parla} (molto|assai|tanto|mai)
weak.weapon: {mazza} da baseball | {spranga|tirapugni|coltello|coltellino|pistola|machete}
hint.only_saying: (solo|tanto) per {dire}(?=[^a-z0-9]*([.!;\n]|$)) | non sto {scherzando}(?=[^a-z0-9]*([.!;\n]|$))
weak.found_you: (ti|vi|lo|la|li) ho {trovato|trovata|trovati|rintracciato|rintracciata|rintracciati} (su|in|con|tramite) (google|facebook|instagram|linkedin|internet|le pagine)
threat.take_more: (ti|vi|gli) (porto|porterò|portero|prendo) via (anche )?{qualcos'altro|qualcos altro|qualcosaltro|qualcosa d'altro|qualcosa di piu|qualcosa di più}

# --- round of 2026-12-03 (sets 14-15) ------------------------------------------------
threat.make_you: (vi|ti|lo|li|la|le) {faccio|farò|faro} (ner[oiae]|a pezzi|a fettine|secc[oiae]|nuov[oiae]|neri neri)(?=[^a-z0-9]*([.!,;\n]|$))
    | (gli|ti|vi|le) (faccio|farò|faro) {mangiare} (il|la|i|le|lo) 
threat.no_guarantee: non {garantisco|rispondo} (piu |più )?(per|dei|della|del|sui|sulle) (i |le |la |il )?(vetri|gomme|vetrina|vetrine|furgone|furgoni|macchina|macchine|incolumita|incolumità|integrita)
threat.wrong_one: prima o poi (trovate|trovi|incontrate|incontri|beccate|becchi) (quello|quella|la persona|il cliente) {sbagliato|sbagliata}
threat.break_something: non (esco|me ne vado|vado via) (finche|finché|fino a quando) non ho {rotto|spaccato|sfasciato}
threat.doxx: (pubblico|pubblicherò|pubblichero|metto|metterò|mettero|posto|diffondo|diffonderò|giro) (online |in giro |su internet )?(il |l')?(nome|numero|indirizzo|foto) (e |, )?(cognome |numero |indirizzo |foto )?(e )?(numero |indirizzo )?(della|del|dei|delle|di) (vostr[oaie]|tu[oaie]) ~ {dappertutto|ovunque|online|internet|gruppi}
weak.small_town: (e|è) {piccola|piccolo} e ci si (incontra|rivede|becca|vede) | il mondo (e|è) {piccolo}(?=[^a-z0-9]*([.!;\n]|$))
weak.greet_for_me: {salutarvi|salutarti|salutarlo|salutarla|salutateli|salutatelo} (da parte mia|per me)
weak.his_way: a {modo} (suo|loro)(?=[^a-z0-9]*([.!;\n]|$))
weak.name_list: {nome}, cognome | nome e {cognome}(,| e) (paese|indirizzo|citta|città|via)
hint.visit: (una )?{visita|visitina} (di persona|a domicilio|a casa)
weak.premises_address: (l'indirizzo|indirizzo) (della|del|dei) (vostr[oa] )?(sede|negozio|magazzino|ufficio|uffici|capannone) {ce} l'ho
weak.family: (ha|hanno|avete) (due |tre |dei |un |una |\d+ )?{figli|bambini|bimbi|figlio|figlia}
weak.pity_angry: (sarebbe|sarebbero) (un )?(peccato|brutto|spiacevole) se {qualcuno} (si )?(arrabbiasse|perdesse la pazienza|venisse|passasse)
weak.remember_you: mi {ricordo} (il tuo nome|la tua faccia|la tua voce|il vostro nome|le vostre facce|la vostra faccia|il suo nome|la sua faccia)

# --- round of 2026-12-03 evening (sets 26-31): more parts of a veiled threat ----------
weak.remember_me: (vi|ti|se lo|ve lo|te lo) {ricorderete|ricorderai|ricordera|ricorderà} (di me|bene|per sempre|a lungo)?
    | non sono (uno|una|il tipo|la tipa) che {dimentica|perdona|lascia perdere|lascia correre|dimentico}
    | io non {dimentico|perdono}(?=[^a-z0-9]*([.!;,\n]|$))
weak.small_town: (la citta|il paese|il quartiere|il mondo|la zona|l'isola|la provincia|roma|milano|napoli|torino|palermo|genova|bologna|firenze|bari|catania|venezia|verona|messina|padova|trieste|brescia|parma|taranto|modena|perugia|cagliari|livorno|foggia|rimini|salerno|sassari|pescara|bergamo|trento|lecce|siracusa|cosenza|caserta|ancona) (e|è) (molto |troppo |piccola |piccolo )?{piccol[ao]|piccolissim[ao]}(?=[^a-z0-9]*([.!;,\n]|$))
weak.around: ci {vediamo|becchiamo|vedremo|beccheremo} in giro
# "e non parlo di avvocati": the consequence is not a legal one (legal_action vetoes it)
weak.not_lawyers: <not_lawyers_it> {<lawyers_it>}
# (a harm to people or things: "sarebbe un peccato se i miei follower lo sapessero" is a
# reputation threat)
weak.shame_if: (sarebbe (proprio |davvero )?un (vero |gran |bel )?|che) {peccato} se (qualcuno|qualcosa|succedesse|capitasse|si rompesse|prendesse fuoco|il vostro|la vostra|il tuo|la tua|i vostri|le vostre|vi succedesse|ti succedesse)
weak.anything_happens: {capita|succede|capitano|succedono} (di tutto|incidenti|brutte cose|cose brutte|certe cose)(,? (no|vero|eh|sai|sapete))?(?=[^a-z0-9]*([.!?;\n]|$))
    | (possono|puo|può) {capitare|succedere} (di tutto|incidenti|brutte cose|cose brutte)(,? (no|vero|eh|sai|sapete))?(?=[^a-z0-9]*([.!?;\n]|$))
hint.see_if: {vediamo} se (fai|fate|ridi|ridete|sei|siete|fai ancora|fate ancora|ridi ancora|ridete ancora)
weak.can_be_damaged: (si possono|si puo|si può|possono|puo|può) (anche |pure |sempre )?{rigare|graffiare|bucare|squarciare|incendiare|bruciare|sfregiare}
# "se vi presentate ancora, sciolgo il cane"
threat.dog: (sciolgo|scioglierò|sciogliero|libero|liberero|aizzo|mollo|sguinzaglio) (il |i |contro di voi il |contro di te il )?{cane|cani|rottweiler|pitbull|dobermann|pastore tedesco}

# --- round of 2026-12-03 evening (sets 32-33) -----------------------------------------
# "la prossima volta non torna a casa intero", "esce dal mio ristorante in barella"
threat.not_whole: (non|nn) (torna|tornera|tornerà|ritorna) a casa {intero|intera|interi|intere|sano|sana|sani|vivo|viva} | (non|nn) (esce|uscira|uscirà|se ne va|va via) (da qui|di qui|dal mio \w+|dalla mia \w+|da casa mia|dal negozio) {intero|intera|interi|intere|sano|sana|vivo|viva}
    | (esce|uscira|uscirà|torna|tornera|tornerà|finisce|finira|finirà|se ne va|va via) ~~ (in )?{barella|ambulanza} | (esce|uscira|uscirà|finisce|finira|finirà) ~~ al {pronto soccorso}
weak.beat_up: (<clitic_it>) {gonfio|gonfierò|gonfiero|sfondo|sfonderò|sfondero|concio}( (per le feste|di botte|come una zampogna))?(?=[^a-z0-9]*([.!;,\n]|$))
soft.pay_back: (ve|te) la (faccio|farò|faro) {scontare|rimpiangere}

# --- from sets 36-39 (2026-12-03, evening) ---------------------------------------------
# "dormite sereni finché potete", "stia tranquillo... per ora"
threat.while_you_can: {dormi|dormite|dorma|dormano|goditi|godetevi|goda|godano} ~ (finche|finché|fin che|fino a che|fino a quando) (puoi|potete|può|puo|possono|ancora)
    | {stia|stai|state|stiano|dormi|dormite|dorma} (pure )?(tranquill[oaie]|seren[oaie]|sereni|sereno)[^a-z0-9]*(per ora|per adesso|finche|finché)
weak.sleep_well: {dormite|dormi|dorma} (pure )?(bene|sereni|sereno|serena|tranquill[oaie])(?=[^a-z0-9]*([.!;\n]|$))
# "sarebbe un vero peccato se a quel bel furgone succedesse qualcosa"
threat.shame_if: (sarebbe|sarebbero|sarebbe davvero|sarebbe proprio) (un )?(vero |gran |bel |proprio un )?{peccato} (se )?~~ (succedesse|capitasse|accadesse) (qualcosa|qualcosina|un incidente|un guaio)
    | (sarebbe|sarebbero) (un )?(vero |gran |bel |proprio un )?{peccato} se ~~ (una notte|di notte|una mattina|stanotte) ~~ (qualcuno|qualcosa)
# "s'adda guardà 'e spalle"
threat.watch_back: (s'adda|si deve|se deve|deve|devono|dovete|dovrà|dovra) {guardà|guarda|guardare|guardà} (bene )?('e|le|alle) spalle
# "vengo in sede e faccio un macello", "poi vengo a trovarvi di persona e vi passa la voglia"
threat.mayhem: (vengo|veniamo|verrò|verro|vengo li|vengo lì|passo|entro|arrivo) ~~ (e )?{faccio} (un |una )?(macello|strage|massacro|finimondo|carneficina|sfracello)
    | (vengo|veniamo|verrò|verro|passo) ~~ (e )?(vi|ti) {passa|passera|passerà} (la )?(voglia|voja)
# "prima o poi il vostro capo lo incontro da solo", "ti aspetto fuori stasera quando chiudi. Da solo."
threat.alone: prima o poi ~~ (lo|la|li|vi|ti|le) {incontro|becco|trovo} (da solo|da sola|da soli|per strada|fuori|senza nessuno)
    | (ti|vi) (aspetto|aspettiamo) (fuori|sotto|davanti|fore) ~ quando {chiudi|chiudete|esci|uscite|stacchi|staccate}
weak.alone: senza {testimoni}
# "ho due amici belli grossi che...", "vedete voi se vi conviene", "sapete che fine fanno i negozi che...",
# "chiedete in giro", "continuate così e vedrete che...", "lo scoprirete presto", "io le cose le
# risolvo in un altro modo", "quanto poco ci vorrebbe a farla sparire"
weak.big_friends: (amici|amico|cugini|cugino|fratelli|fratello|ragazzi|conoscenti) (\w+ )?(belli |molto |parecchio |piuttosto )?{grossi|grosso|nervosi|nervoso|robusti|manesch[io]}
hint.see_if_worth: {vedete|vedi|veda} (voi|tu|lei) se (vi|ti|le) (conviene|conviene di piu|conviene di più)
weak.what_end: (sapete|sai|sa|immaginate|indovinate) (che|quale) {fine} (fanno|fa|hanno fatto|ha fatto|faranno|farà)
weak.ask_around: {chiedete|chiedi|chieda} (pure )?in giro(?=[^a-z0-9]*([.!;\n]|$))
weak.keep_on: {continuate|continua|continui} (pure )?(cosi|così) e (vedrete|vedrai|vedra|vedrà|poi vediamo|ve ne pentite|ve ne pentirete)
weak.find_out: lo {scoprirete|scoprirai|scoprira|scoprirà|capirete|capirai} (presto|prestissimo|a breve|molto presto|sulla vostra pelle|sulla tua pelle)
weak.other_way: (le )?(cose )?(le )?{risolvo|sistemo|risolviamo|sistemiamo|risolverò|sistemerò} (in un altro modo|a modo mio|alla mia maniera|alla vecchia maniera|diversamente|per conto mio|di persona)
weak.make_vanish: (farla|farlo|farle|farli|farvi|farti) {sparire|saltare|bruciare|crollare}
weak.how_little: quanto poco ci {vorrebbe|vuole}
# property that a night might change: "una mattina il vostro furgoncino non parte più"
weak.wont_start: (il vostro|la vostra|il tuo|la tua|quel|quella) (bel |bella )?(\w+ )?{furgone|furgoncino|macchina|auto|camion|moto|motorino|scooter} ~~ non (parte|partira|partirà|si accende|riparte|ripartira) (piu|più)
# a message for a staff member, passed on: "dite alla vostra collega che ho visto le foto dei suoi
# bambini", "ditelo al vostro collega Davide che ho la sua foto", "so che gira in zona Navigli"
weak.tell_staff: {dite|ditelo|ditegli|ditele|riferite|riferisca} (a |al |alla |ai )?(vostr[oaie] )?(collega|collegh[ie]|tecnico|titolare|capo|corriere|autista|montatore|commess[oa]|operatore|operatrice|responsabile|magazziniere) ~~ che (ho|so|conosco|sappiamo|abbiamo)
weak.their_kids: (foto|scuola|asilo|nomi) (dei |delle |di )?(suoi|sue|tuoi|tue|vostri|vostre) {bambini|figli|figlie|bimbi|nipoti}
weak.goes_around: so (bene |benissimo |anche )?(che|dove|quando) {gira|girate|giri|passa|passate|esce|uscite|parcheggia|parcheggiate|porta} (in zona|per|dalle|alle|sempre|ogni)
weak.names_noted: (segnato|segnata|annotato|annotata|preso|presa|ho) (gia |già )?(i )?{nomi} (e cognomi )?(di tutti voi|di ognuno di voi|di tutti|di tutti quanti)
# "gli faccio trovare una bella sorpresa sotto casa"
weak.surprise: (gli|le|vi|ti) {faccio trovare|farò trovare|faro trovare|facciamo trovare} (una |un )?(bella |bel )?(sorpresa|sorpresina|regalino|regalo|pensierino)
