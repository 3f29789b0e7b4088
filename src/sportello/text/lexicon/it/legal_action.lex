# legal_action (Italian): announces a lawyer, a complaint to the authorities, a
# consumer association, a chargeback or a court. A right, not abuse: it goes to a
# manager. Citing a right ("ho diritto al recesso", "ai sensi del Codice del Consumo",
# "la garanzia legale") is no label.

legal.lawyer: {avvocato|avvocati|avvocata|avvocatessa|legali|studio legale|consulente legale}
    | (un|il mio|al mio|dal mio|col mio|al|dal|il|del|mio|nostro|al nostro|a un|ad un|da un|con un|vie|via|per vie|azioni|azione|ufficio|consulenza|tutela|assistenza|atti|atto|procedura|provvedimenti|passi) {legale|legali}
legal.legally: (procedo|procederò|procedero|agirò|agiro|agisco|procederemo|agiremo|tutelarmi|tutelerò|tutelero|muovermi|mi muoverò|mi muovero|perseguirvi|vi perseguirò|andrò avanti|andro avanti) {legalmente|giudizialmente}
legal.complaint: {denuncia|denunce|denuncio|denuncerò|denuncero|denunciare|denunciarvi|denunciarti|denunceremo|denuncerete|denunciato|denuncerei|querela|querele|querelo|querelerò|querelero|querelare|querelarvi|diffida|diffido|diffidare|diffidarvi}
    | (un|l'|fare|faccio|farò|faro|presento|presenterò|presentare|sporgere|sporgo|depositare|deposito|inoltro|inoltrerò|mandato|inviato) {esposto|esposti}
legal.court: {tribunale|tribunali|giudice|giudici|magistrato|magistratura|procura|carte bollate|ingiunzione|decreto ingiuntivo|class action|azione collettiva}
    | (fare|faccio|farò|faro|farvi|fargli|farti|intentare|intento|intenterò|avviare|avvio|avvierò|vi faccio|vi farò|vi faro) {causa}
    | (fare|faccio|farò|faro|presentare|presento|presenterò|presenteremo|proporre|propongo) {ricorso}
    | vi (porto|porterò|portero|trascino|trascinerò) (in|davanti al|davanti a un|dal) {tribunale|giudice|causa}
legal.police: {carabinieri|polizia|questura|commissariato|guardia di finanza|finanza|fiamme gialle|forze dell'ordine}
legal.authority: {agcm|antitrust|agcom|corecom|ivass|consob|arera|garante della privacy|garante privacy|garante per la protezione}
    | (alle|all'|le|l') {autorita} (competenti|garante|preposte|di vigilanza)?
    | {garante} (della|per la|delle|privacy|per le)
    | {camera di commercio|arbitro bancario|abf|centro europeo consumatori|sportello del consumatore}
    | {conciliazione|conciliazioni} (paritetica|paritetiche)? | {mediazione} (civile|obbligatoria)
    | (piattaforma|procedura) {odr|adr}
legal.consumers: {altroconsumo|codacons|adiconsum|federconsumatori|adoc|udicon|assoutenti|cittadinanzattiva|konsumer|aduc|movimento consumatori|movimento difesa del cittadino}
    | (associazione|associazioni|sportello|tutela|unione nazionale|movimento|federazione|centro|ufficio|avvocato) (dei |per i |del |dei diritti dei |a tutela dei |di tutela dei )?{consumatori|consumatore}
legal.chargeback: {chargeback|charge back|charge-back}
legal.card_dispute if "contestazione|contestazioni|contesto|contestero|storno|stornare|disconoscimento|disconosco|disconoscero|controversia|disputa|reclamo|chargeback": (contestazione|contestazioni|reclamo|disconoscimento|storno|controversia|disputa|contesto|contesterò|contestero|disconosco|disconoscerò|chiedo lo storno|chiederò lo storno) ~~ (con|alla|presso|sulla|su|tramite|della|a|dalla|con la) (mia |la mia |propria )?{banca|carta|paypal|visa|mastercard|amex|american express|emittente|circuito|nexi|postepay|klarna|scalapay|poste|carta di credito}
legal.bank if "segnalo|segnalero|denuncio|contatto|contattero|chiamo|chiamero|rivolgo|rivolgero|avviso|avvisero": (segnalo|segnalerò|segnalero|denuncio|contatto|contatterò|contattero|chiamo|chiamerò|chiamero|mi rivolgo|mi rivolgerò|mi rivolgero|avviso|avviserò) ~ (alla|la|a|con la|presso la) (mia )?{banca|paypal}

# cancellations: not a step against the shop
veto.not_legal: {denuncia|denuncio|denunciato|denunciata|denunce} (di smarrimento|di furto|dello smarrimento|del furto|lo smarrimento|il furto|la perdita|dei redditi|pubblicamente|sui social|su facebook)
    | per la {denuncia} | {denuncia} (ai carabinieri |alla polizia )?per (il|la) (furto|rapina|smarrimento)
    | (la|nostra|vostra|della|di|presso la|alla|una) sede {legale|legali} | (garanzia|termine|termini|foro|rappresentante|obbligo|obblighi|diritto|diritti|forma|requisiti|note|avvertenze|indirizzo|codice|ora|orario|tempo|valore) {legale|legali}
    | (a|la) {causa} (di|del|della|dei|delle|dello|mia|tua|sua|vostra|nostra|principale)
    | {polizia} (locale|municipale) ~ (multa|parcheggio)
# a profession, not a step: "mio marito fa l'avvocato"
veto.profession: (fa|faccio|fai|fanno|facevo|faceva) (l'|il |la )?{avvocato|avvocata|avvocatessa|legale}
    | (mio|mia|un mio|una mia) (marito|moglie|padre|madre|fratello|sorella|amico|amica|figlio|figlia|cugino|cugina|zio|zia|compagno|compagna) ~ {avvocato|avvocata|avvocatessa}
legal.venue: in {sede} (legale|giudiziaria|giudiziale|penale|civile|di giudizio)
# the papers already handed to a lawyer: "mio fratello fa l'avvocato e gli ho passato tutto"
legal.handed if "avvocato|avvocata|legale": (gli|le) (ho|abbiamo) (gia |già )?{passato|dato|girato|inoltrato|mandato|consegnato|affidato} (tutta |tutto |tutte |tutti )?(la |il |i |le )?(documentazione|documenti|pratica|caso|carte|tutto|prove)
    | (ho|abbiamo) (gia |già )?(passato|dato|girato|inoltrato|mandato|consegnato|affidato) (tutta |tutto |tutte |tutti )?(la |il |i |le )?(documentazione|documenti|pratica|caso|carte|prove) (al|a un|al mio|all'|a mio|alla mia|alla|a una) ~ {avvocato|avvocata|legale}
# the profession, the police's own doing, an association read about: no step announced
veto.i_am: (sono|e|è|era|sei|siamo) (un |una |anche |pure )?{avvocato|avvocata|avvocatessa|legale}
veto.police_did: (la |i )?{polizia|carabinieri|vigili|questura} (mi )?(ha|hanno|aveva|avevano) (trovato|ritrovato|recuperato|fermato|restituito|riportato|arrestato|preso|beccato|chiamato|avvisato|detto)
veto.read_about: (letto|legge|leggo|leggendo|secondo|come dice|come dicono|come consiglia|sito di|sito dell'|guida di|articolo di|rivista di|consiglio di|test di) ~ {altroconsumo|codacons|adiconsum|federconsumatori|adoc|udicon|assoutenti|cittadinanzattiva|aduc}
veto.member: (socio|socia|soci|iscritto|iscritta|abbonato|abbonata|tessera) (di |a |ad |dell' |della )?{altroconsumo|codacons|adiconsum|federconsumatori|adoc|udicon|assoutenti|cittadinanzattiva|aduc}
# "e non parlo di avvocati": the writer says the step is not a legal one
veto.not_lawyers: <not_lawyers_it> {<lawyers_it>}
