# blackmail (Italian): a demand tied to a harmful consequence if it is not met, where
# the consequence is reputational damage, harassment or a threat ("se non mi
# rimborsate vi distruggo con le recensioni", "o mi date un buono o scrivo ovunque
# che siete truffatori", "vi chiamo tutti i giorni finché non mi rispondete").
# A legal consequence ("altrimenti procederò per vie legali") is legal_action only.
#
# How analyse.py decides: a *consequence* (a reputation_threat match, a threat match
# or one of the harass.* rules below) together with a *condition* (the macros
# cond_clause / cond_before / ultimatum in it/_context.lex): in the same sentence,
# right before the consequence ("o vi lascio una recensione"), or an ultimatum
# earlier in the message ("avete 24 ore. poi pubblico tutto su facebook").
# The harass.* rules alone are no label: harassment needs a demand to be blackmail.

harass.repeat if "ogni|giorni|ore|notte|volte|finche|fino|oltranza|mail|email|messaggi|chiamate|telefonate|cellulare|privato": (vi|ti|la|lo|le) {chiamo|chiamerò|chiamero|chiameremo|telefono|telefonerò|scrivo|scriverò|scrivero|scriveremo|mando|manderò|mandero|cerco|cercherò|tartasso|tempesto|bombardo|assillo|stresso|perseguito|perseguiterò|intaso|intaserò} ~~ (tutti i giorni|ogni giorno|ogni ora|ogni notte|ogni mezz'ora|giorno e notte|di notte|anche di notte|a tutte le ore|\d+ volte|cento volte|mille volte|finche|fino a quando|a oltranza|di (mail|email|messaggi|chiamate|telefonate)|sul cellulare|al cellulare|sul numero privato)
harass.flood: {intaso|intaserò|intasero|intasiamo|intasare|riempio|riempirò} (la |il |le |i |vostra |vostro )*(casella|caselle|mail|posta|centralino|linea|telefono|chat|inbox|telefoni)
harass.bombard: (vi|ti) {tempesto|tempesterò|tartasso|tartasserò|bombardo|bombarderò|assillo|assillerò|perseguito|perseguiterò|stalkero|stalkerò|stresso|stresserò}
# fake cash-on-delivery orders in the shop's name, refused on arrival
harass.fake_orders: (faccio|farò|faro|facciamo|piazzo|piazzerò|piazzero|mando|manderò|mandero) (degli |tanti |mille |cento |decine di |un sacco di )?{ordini|ordinazioni} ~ (a vostro nome|a nome vostro|in contrassegno|falsi|fasulli|e li rifiuto|e poi li rifiuto)
# a scene in the shop, again and again
harass.scene: (vengo|veniamo|verrò|verro|torno|tornerò|tornero) (a fare|a farvi|e faccio) (la |una |delle |le )?{scenata|scenate|casino|cagnara|scenataccia} (in negozio|davanti ai clienti|in sede|ogni|tutti i giorni|tutte le settimane)
harass.orders_to_you: (vi|ti) (faccio|farò|faro|facciamo) (arrivare|recapitare|spedire) (\d+ |centinaia di |decine di |mille |un sacco di )?{ordini|pacchi|ordinazioni}
harass.every: (verrò|verro|vengo|passo|passerò|passero|torno|tornerò|tornero|mi presento|mi presenterò|mi presentero|scriverò|scrivero|chiamerò|chiamero|telefonerò|telefonero|manderò|mandero|faccio scrivere|faccio chiamare|comincio a \w+|inizio a \w+|continuerò a \w+|continuero a \w+) ~~ (ogni|tutti i|tutte le) (santo |santi |sante |singolo |benedetto |benedetti )?{giorno|giorni|sabato|sabati|mattina|mattine|notte|notti|minuto}
harass.mass: (vi|ti) (mando|manderò|mandero|scrivo|scriverò|scrivero|spedisco) (\d+|cento|mille|centinaia di|decine di) {email|mail|messaggi|lettere|pec|sms}
harass.fill: (vi|ti) {riempio|riempiamo|riempirò|riempiremo|riempiro|intasiamo|intaseremo} di (messaggi|mail|email|telefonate|chiamate|richieste)
harass.picket: (vengo|verrò|verro|torno|tornerò|mi metto|starò|staro|sto) (a fare )?(un |il |del )?{picchetto|presidio|volantinaggio|sit-in} | (con|coi|dei|un) {cartello|cartelli|striscione|volantini} (davanti|fuori|sotto)
    | (con )?(un )?{cartello|cartelli|striscione} (\w+ )?(\w+ )?~~ (davanti|fuori|all'ingresso|sotto|di fronte)
    | (davanti|fuori|all'ingresso|sotto) ~~ (con )?(un )?{cartello|cartelli|striscione}
# "ogni giorno vengo al vostro punto vendita a raccontarlo a tutti i clienti"
harass.every_day: (ogni|tutti i) (giorno|giorni|sabato|sabati|mattina|mattine|settimana) (vengo|verrò|verro|mi presento|passo|torno) (al|alla|in|nel|davanti al) (vostr[oa] )?{punto vendita|negozio|showroom|sede|magazzino|ufficio}

# --- from sets 36-39: "i vostri numeri di cellulare finiscono in tutti i gruppi Telegram",
# "comincio a tempestare di messaggi tutti i vostri indirizzi", "io e mia sorella chiamiamo il
# vostro numero verde a turno, tutto il giorno", "ho il cellulare personale del vostro
# amministratore e lo uso, anche di notte, finché non cede", "sotto ogni vostro post sponsorizzato
# troverete me"
harass.dox: (i vostri|il vostro|il tuo|i tuoi|il suo|i suoi) (\w+ )?(numeri|numero|indirizzi|indirizzo|dati|nomi|cellulari|cellulare) (\w+ )?(\w+ )?{finiscono|finisce|finiranno|finirà|finira|girano|girerà|girera|gireranno} (in|su|nei|sui) (tutti i |tutte le |ogni )?(gruppi|gruppo|social|forum|chat|bacheche)
harass.flood_verb: {tempestare|tempestarvi|bombardare|bombardarvi|inondare|inondarvi|subissare|subissarvi|intasare|intasarvi} (di |con )?(messaggi|mail|email|chiamate|telefonate)?
harass.in_turns: {chiamiamo|chiameremo|chiamo|chiamerò|telefoniamo|scriviamo|scriveremo} ~~ (a turno|a turni|tutto il giorno|tutta la notte|giorno e notte|notte e giorno|ogni ora|ogni mezz'ora)
harass.until_gives: (lo|la|li) {uso|userò|usero|chiamo|chiamerò|chiamero} ~~ (finche|finché|fino a quando) non (cede|cedete|cedi|cedono|risponde|rispondete|rispondi|paga|pagate)
harass.under_posts: {sotto} (ogni|tutti i|tutte le|ciascun) (\w+ )?(vostr[oaie] |tu[oaie] )?(\w+ )?(post|annuncio|annunci|video|foto|inserzione|inserzioni|contenuto|contenuti) ~~ (troverete|trovi|trovate|troverai|commento|commenterò|scrivo|scriverò|ci sono|ci sarò|ci saro)
