# Italian context patterns used by analyse.py around a match (macros only).
#
# neg_left_it: what, written just before an insult or a threat, takes it back:
#   "non siete dei ladri", "non dico che siete incompetenti", "non vi sto dando dei
#   ladri". ("non siete altro che dei ladri" is kept: analyse.py checks for it.)
@neg_left_it = non | non (vi |ti |lo |la |le |gli )?(sto |voglio |vorrei |intendo |posso |devo |volevo )?(dicendo|dico|dire|dirò|dando|do|diamo|dato|insultando|offendendo|accusando|chiamando|chiamo|considero|penso|credo|ritengo|pensiamo|sostengo|affermo|insinuo|insinuando|dare|accusare|insultare|offendere) (di |del |dei |degli |che |a |come )? ~
    | nessuno (vi )?(sta dicendo|dice|ha detto|pensa) (che )? ~ | (non e|non è) che ~ | (mica|non) (siete|sei) | (senza|non per) (darvi|dare|dire|dirvi) (dei |del )? ~
# reported_left_it: someone else's words, reported ("mi hanno detto", "dicono che",
# "mi ha dato del ladro"): the writer is not the one insulting.
@reported_left_it = (qualcuno|qualcuna|uno|una|la gente|tanti|molti|alcuni|altri|tutti) (ha|hanno|aveva|avevano) (scritto|detto|raccontato|postato|commentato|sostenuto) (che |:)? ~~
    | (mi|ci|gli|le) (hanno|ha|aveva|avevano|avete|hai) (detto|scritto|chiamat[oaie]|dato|urlato|gridato|insultato|raccontato|riferito) (che |di essere |del |dell' |della |dei |degli |delle |:)? ~~
    | (ha|hanno|aveva|avevano) commentato (che |:)? ~~ | (continua|continuano|continuava|continuavano) a (dire|ripetere|scrivere) (che |:)? ~~
    | (mi|ci|gli|le) (hanno|ha|aveva|avevano|avete|hai) risposto (che |:) ~~
    | (dat[oaie]) (del|dell'|della|dei|degli|delle|di) | (sono stat[oaie]|essere stat[oaie]|venire|vengo|veniamo|siamo stat[oaie]) (chiamat[oaie]) ~
    | (dice|dicono|diceva|dicevano|si dice|sento dire|ho sentito dire|ho letto|leggo|si legge|scrivono|scriveva|scrivevano|sostengono|sostiene|pensano|secondo (loro|lui|lei|alcuni|molti)) (che |:)? ~~
    | (marito|moglie|compagno|compagna|padre|madre|papa|mamma|fratello|sorella|figlio|figlia|amico|amica|collega|vicino|vicina|lui|lei|loro|la gente|tutti|qualcuno|montatore|tecnico|corriere|fattorino|installatore|commesso|commessa) (\w+ )?(\w+ )?(\w+ )?(e |è )?(convint[oaie]|sicur[oaie]|pensa|crede|sostiene|giura|insiste|ha detto|mi ha detto) (che )? ~~
# blackmail conditions, see it/blackmail.lex
@cond_clause_it = se ~ (non|nn) | se (entro|per|fino a) | finche non | finché non | fino a quando non
    | fin quando non | fintanto che non | fintantoche non | a meno che | qualora non
    | nel caso (in cui )?non | in caso contrario | se no | sennò | senno | pena
    | se (continua|continuate|va avanti|andate avanti|la cosa va avanti|la cosa continua) (cosi|così|a|ad|in questo modo)
    | (si|se) ~ nun | o (mi|ci) [a-z]+(ate|ete|ite)
    | (e|ed) (io )?non (scrivo|scriverò|scrivero|pubblico|pubblicherò|posto|dico|dirò|diro|racconto) (nulla|niente|una parola)
    | dipende (tutto |solo |tutto solo )?da (voi|te)
    | se nessuno (mi |ci )?(risponde|rimborsa|richiama|chiama|scrive|si fa vivo|si degna)
    | (e|ed) (non ci pensiamo piu|non ci pensiamo più|finisce (tutto )?qui|chiudiamo (tutto )?qui|amici come prima)
@cond_before_it = o | oppure | altrimenti | sennò | senno | se no | o altrimenti | in caso contrario
    | diversamente | o sennò | o senno | o se no
@ultimatum_it = avete (tempo )?(fino a|fino alle|entro|\d+|24|48|72|ventiquattro|quarantotto|un giorno|una settimana|due giorni|tre giorni) (ore|giorni|giorno|ora|oggi|domani|stasera|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|le)?
    | hai (tempo )?(fino a|entro|\d+) | vi do (tempo )?(fino a|\d+|24|48|un giorno|una settimana) | ultimatum
    | ultimo avviso (prima|poi|dopodiche) | ultima (possibilita|possibilità|occasione|chiamata)
    | (voglio|pretendo|esigo|mi aspetto|aspetto) ~~ entro (le |il |la )?(\w+ )?(\w+ )?(oggi|domani|stasera|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|\d+)
    | entro (le |il |la )?(\w+ )?(\w+ )?(di )?(oggi|domani|stasera|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|\d+) ~ (voglio|pretendo|esigo|mi aspetto)
    | (vi|ti|gli|le) conviene (rimborsarmi|ridarmi|restituirmi|pagare|sistemare|sistemarmi|risolvere)
    | (vi )?(consiglio|conviene) (di )?(sistemare|risolvere|rimborsare|restituire|ridare|pagare|rimborsarmi|ridarmi|restituirmi|sistemarmi) ~~ entro
# a sentence that praises: a "post on Instagram" there is sharing, not a threat
@positive_it = bellissim[oaie] | stupend[oaie] | fantastic[oaie] | ottim[oaie] | consiglio | consigliat[oaie]
    | consigliatissim[oaie] | adoro | felicissim[oaie] | felice | soddisfatt[oaie] | content[oaie] | grazie
    | meravigli[a-z]* | perfett[oaie] | top | super | eccellente | positiv[ae] | 5 stelle | cinque stelle
    | complimenti | bravissim[oaie] | gentilissim[oaie] | adorabile | splendid[oaie]
# ... unless it also complains
@negative_it = negativ[oaie] | pessim[oaie] | non (sara|sarà|sara') (affatto |per niente |certo )?(positiv[oaie]|bell[oaie]|lusinghier[oaie]|piacevole) | (una|1|zero|0|mezza) stell[ae] | truff[a-z]* | vergogn[a-z]*
    | schif[a-z]* | ladri | scandal[a-z]* | disastro | delus[oaie] | delusione | sconsigli[a-z]* | rimborso
    | rimborsatemi | sputtan[a-z]* | tutti sapranno | la verita | come mi avete trattato | come trattate
# "e non parlo di avvocati": the writer's step is not a legal one (a veto of legal_action,
# a part of a veiled threat)
@not_lawyers_it = non (parlo|sto parlando|mi riferisco|intendo) (di|a|agli|alle|ai)
@lawyers_it = avvocati | avvocato | denunce | denuncia | vie legali | carte bollate | tribunali
    | tribunale | giudici | querele | polizia | carabinieri
