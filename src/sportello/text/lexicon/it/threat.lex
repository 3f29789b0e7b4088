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

@clitic_it = vi | ti | lo | la | li | le | ve | te | gli
@harm_obj_it = la faccia | il muso | le ossa | le gambe | il culo | la testa | il naso | i denti
    | le corna | tutto | la macchina | il negozio | le vetrine | la vetrina | il magazzino
    | l'ufficio | la sede | il furgone | la casa | la vita | il locale | le mani | i vetri
    | i furgoni | le macchine | le auto | l'auto | le gomme | i camion | il camion | la moto

# --- stalking: "so dove abiti", "ti aspetto fuori dal negozio" ----------------------
threat.where_you_live: (so|sappiamo|conosco|scopro|scoprirò|scopriro) (bene |benissimo |anche )?(dove|dov'e che|dove e che) {abiti|abitate|vivi|vivete|abita|abitano|dormi|dormite|lavori|lavorate|lavora|stai|state|vanno a scuola|parcheggiate|parcheggi}
threat.wait_outside: (ti|vi) {aspetto|aspettiamo|aspetterò|aspettero|aspetteremo} (fuori|sotto casa|all'uscita|sotto il negozio|davanti al negozio|davanti a casa|sotto l'ufficio)
threat.come_home if "vengo|veniamo|verro|verremo|passo|passero|arrivo|arrivero|vediamo|vengo": (vengo|veniamo|verrò|verro|verremo|passo|passerò|passero|arrivo|arriverò|ci vediamo|ti vengo|vi vengo) (a prenderti |a prendervi |a trovarti |a trovarvi |di persona |io )?{sotto} (casa|al negozio|l'ufficio|il negozio|la sede)
    | (vengo|veniamo|verrò|verro|verremo|passo|passerò|passero|arrivo|arriverò) (a prenderti |a prendervi |a trovarti |a trovarvi |di persona |io )?(a|sotto|fino a|davanti a) {casa} (tua|vostra|del titolare|sua)
    | (ti|vi) (vengo|veniamo|verro|verrò|verremo) a {prendere|cercare|trovare|stanare} (a casa|sotto casa|fino a casa|di persona|io|ovunque|uno per uno|uno a uno|tutti|dappertutto|dovunque)
threat.find_you: (so|sappiamo|conosco) (bene |benissimo )?(dove|come) {trovarvi|trovarti|beccarvi|beccarti|prendervi|prenderti|raggiungervi|raggiungerti}
    | (ti|vi) {trovo|troverò|trovero|troviamo|scovo|rintraccio} (ovunque|dovunque|e ti|e vi|prima o poi|sotto casa)

# --- harm: "vi spacco tutto", "lo prendo a calci" -----------------------------------
threat.harm: (<clitic_it>) {ammazzo|ammazzerò|ammazzero|ammazziamo|uccido|ucciderò|uccidero|meno|menerò|menero|picchio|picchierò|picchiero|massacro|massacrerò|massacrero|accoppo|sgozzo|scanno|strozzo|strangolo|sparo|accoltello|faccio fuori|faccio a pezzi|riempio di botte|riempio di mazzate|gonfio di botte}
threat.harm_obj: (ti|vi|gli|le) {spacco|spaccherò|spacchero|rompo|romperò|rompero|sfascio|sfascerò|distruggo|brucio|bruciamo|bruciero|rovino|incendio|rigo|righerò|sfondo|sfondero|sfonderò} (<harm_obj_it>)
threat.smash_all: (vengo|veniamo|vengo li|vengo lì|entro|passo) ~~ (e )?{spacco|spaccherò|spacchero|sfascio|distruggo|rompo} (tutto|il negozio|la vetrina|le vetrine|il magazzino|l'ufficio)
threat.beat: (<clitic_it>) {prendo|prenderò|prendero|piglio|riempio|gonfio} (a|di) (calci|pugni|schiaffi|sberle|mazzate|bastonate|testate|botte|sganassoni|ceffoni|cazzotti)
threat.hurt: (<clitic_it>) {faccio|farò|faro|facciamo} (io )?(del )?(male|molto male|vedere i sorci verdi|passare la voglia|pentire di essere nat[oi]|a pezzi|fuori|la pelle|il culo)
threat.careful: (state|stai|stia|statevi|state molto|stai molto|stia molto) {attenti|attento|attenta|attente} (a voi|a te|a lei|a quello che fate|a quello che fai|a come vi muovete|a come ti muovi|alle spalle|quando uscite|quando esci|quando chiudete|quando chiudi|quando tornate|quando torni|la sera|di notte|quando andate a casa|a come parli|a come parlate|a quello che dici|a quello che dite|a come ti comporti|a come vi comportate)
    | (si )?{guardatevi|guardati|guardi|guardarsi|guardarvi|guardarti} (bene )?(le spalle|alle spalle|intorno)
    | (vi|ti|le) {conviene} (stare|guardarvi|guardarti) (molto |bene )?(attent[oiae]|le spalle|alle spalle)
threat.swear_harm: (giuro|te lo giuro|ve lo giuro) ~~ {ammazzo|uccido|spacco|meno|massacro}
threat.show_you: (vi|ti|ve|te|glielo|gliela) (lo |la )?{faccio|farò|faro|facciamo} vedere io
threat.fire: (do|diamo|darò|daro|appicco) {fuoco} (al|alla|a|ai) (negozio|magazzino|ufficio|sede|furgone|macchina|casa|vetrina)

# --- ambiguous alone -----------------------------------------------------------------
weak.careful_bare: (state|stai|stia) (molto )?{attenti|attento|attenta}(?=[^a-z0-9]*([.!;\n]|$))
weak.careful_tell: di {stare} (molto )?(attento|attenti|attenta)(?=[^a-z0-9]*([.!;\n]|$))
weak.where_business if "dove|dov": (so|sappiamo|conosco) (bene |benissimo )?(dove|dov'e|dove e) ~ {magazzino|negozio|sede|ufficio|uffici|laboratorio|deposito|capannone|furgone|furgoni|punto vendita|azienda}
    | (so|sappiamo|conosco) (bene |benissimo )?(dove|dov'e|dove e) (si trova |sta |stanno |avete |tenete )?(il |la |i |l' )?(vostro |vostra |vostri |tuo |tua )?{magazzino|negozio|sede|ufficio|uffici|laboratorio|deposito|capannone|furgone|furgoni|azienda}
weak.plate: (ho|conosco|mi sono segnato|so) (anche )?(la|le) {targa|targhe}
weak.schedule: so (anche |pure |bene )?(a che ora|quando|che ora) {passa|passate|esci|uscite|chiude|chiudete|arriva|arrivate|apre|aprite|finite|finisci|stacca|staccate|stacchi|esce|escono|smonta|smontate|finisce}
weak.address: (l'indirizzo|il tuo indirizzo|il vostro indirizzo|dove abiti|dove abitate) {ce} l'ho
weak.my_way: a {modo} mio | alla {maniera} mia | con le {cattive} | (vengo|veniamo) a {prenderli|prenderle|prendermeli|prendermele|riprendermeli|riprendermele|prenderveli} (io)?
weak.bad_end: ((va|andra|andrà) a )?{finisce|finira|finirà|finire} (molto )?male
weak.not_over: non {finisce|finira|finirà} (qui|cosi|mica qui|certo qui)
weak.you_dont_know if "chi": non (sai|sapete|sa) con chi (hai|avete|ha) a che {fare} | non {sai|sapete} chi sono (io)?
weak.come_office: {vengo|veniamo|verrò|verro|passo|passerò} (di persona )?(li|lì|la|là|in sede|da voi|in negozio|in ufficio|al magazzino|a trovarvi|a trovarti|fin li|fin lì)
weak.watching: (vi|ti) {tengo|teniamo} d'occhio | (vi|ti) sto {osservando|seguendo|guardando} | so {tutto} di (te|voi)
weak.you_will_see: {vedrete|vedrai|vedra} (cosa|che cosa|che) (vi |ti |gli )?(succede|succedera|capita|capitera)
# "o vi rovino": a harm announced without saying which; a threat with a condition or another cue
weak.ruin: (vi|ti|lo|la) {rovino|rovinerò|rovinero|distruggo|distruggerò|distruggero|affosso|annienterò|annientero}(?=[^a-z0-9]*([.!:;,\n]|$))
weak.regret: (ve|te) ne {pentirete|pentirai|pentirà}
weak.find: (ti|vi) (vengo|veniamo|verro|verrò) a {cercare|prendere|stanare} | (ti|vi) {trovo} | se (ti|vi|lo|la) {becco|trovo|incontro|vedo} (per strada|in giro|fuori|da solo|da sola)?

# --- the price is paid in court? (legal resolves them) -------------------------------
soft.pay: (ve|te|me|gliela|ce) (la )?{faccio pagare|farò pagare|faro pagare|facciamo pagare|pagherete|pagherai|pagheranno|paghi|pagate}
    | la {pagherete|pagherai|pagheranno} (cara|caro|salata|molto cara)?

# a threat aimed at reviews is reputation_threat; frustration at one's own things is none
veto.reputational: (ti|vi) {distruggo|rovino|affosso|distruggerò|rovinerò|massacro|massacrerò|massacrero} (con|sui|su|a colpi di|di) (le |delle |mille )?(recensioni|social|stelle|facebook|post|video|commenti)
veto.negated: non (ti|vi) {ammazzo|uccido|meno|picchio|faccio} | non (so|sappiamo) (dove|dov e) {abiti|abitate|vivi|vivete}
threat.ill_deal: ci {penso} io a (voi|te|lei|quel|quella|quello) | {occhio} a (voi|te)(?=[^a-z0-9]*([.!;,\n]|$))

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
weak.find_easy: (lo|la|li|le|ti|vi) {troviamo|troveremo|trovo|troverò|trovero|becchiamo|beccheremo} (facile|facilmente|in un attimo)
