# escalation_request (Italian): asks for the owner, a manager, a supervisor, someone
# "above". Not this label: asking for a human operator ("vorrei parlare con un
# operatore"), asking to be called back, a formal complaint about an agent, or
# merely mentioning the owner ("vi chiamo sul cellulare del titolare").

@boss_it = responsabile | responsabili | titolare | titolari | direttore | direttrice | dirigente
    | dirigenti | capo | capi | superiore | superiori | supervisore | supervisor | manager
    | proprietario | proprietaria | proprietari | amministratore | amministratrice | ceo
    | gestore | capoufficio | capoturno | caporeparto | capo reparto | capo ufficio
    | amministratore delegato | coordinatore | coordinatrice | team leader | referente | boss
@above_it = sopra | piu in alto | più in alto | di superiore | che conta | che decide | che comanda
    | con piu autorita | di responsabile | di competente | che possa decidere | di livello superiore
    | sopra di lei | sopra di te | sopra di voi | sopra a lei | di piu alto | di più alto
    | superiore a lei | che ne capisca | che capisca
@ask_talk_it = voglio | vorrei | pretendo | esigo | chiedo di | posso | potrei | desidero | devo | mi serve
    | fatemi | fammi | mi faccia | mi fate | mi fa | fate | mi fareste | mi potete far | mi può far
    | mi puo far | chiedo | richiedo | necessito di | ho bisogno di | è possibile | e possibile
    | sarebbe possibile
@ask_pass_it = passatemi | passami | mi passi | mi passa | mi passate | mi passiate | passarmi
    | mi metta in contatto con | mettetemi in contatto con | mettermi in contatto con | chiamatemi
    | datemi | dammi | mi dia | voglio | vorrei | pretendo | esigo | chiamate | cercatemi
    | fatemi chiamare da | fatemi richiamare da | fatemi contattare da | mi faccia chiamare da
    | mi faccia richiamare da | mi faccia contattare da | fate intervenire | fatemi parlare col
@det_boss_it = il | un | una | la | lo | qualche | il vostro | la vostra | il suo | la sua | il tuo
    | vostro | suo | tuo | un vostro | una vostra | l' | qualcuno del | direttamente il
    | direttamente un | subito il | subito un | immediatamente il

esc.talk: (<ask_talk_it>) (di |a )?(parlare|conferire|interloquire|avere un confronto|confrontarmi|essere messo in contatto|essere messa in contatto|essere richiamato|essere richiamata|essere contattato|essere contattata|un contatto|un colloquio) (subito |immediatamente |direttamente |al piu presto )?(con|col|coi|da|dal|dalla) (<det_boss_it> )?{<boss_it>}
    | (chiedo|vorrei|voglio|desidero|chiederei|pretendo) (cortesemente |gentilmente |formalmente |per favore |di poter )?(di )?(essere|venire) (mess[oa]|post[oa]) in contatto (con|col) (un|una|il|la|uno) {<boss_it>}
    | (<ask_talk_it>) (di |a )?(parlare|conferire|essere messo in contatto|essere messa in contatto) (subito |immediatamente |direttamente )?(con|col) {qualcuno} (<above_it>)
esc.pass: (<ask_pass_it>) (subito |immediatamente |per favore |per cortesia )?(<det_boss_it> )?{<boss_it>}
    | (<ask_pass_it>) (subito |immediatamente |per favore |per cortesia )?{qualcuno} (<above_it>)
esc.review_by: (venga|sia|vengano|siano|venisse|fosse) (esaminat[ao]|valutat[ao]|gestit[ao]|presa in carico|preso in carico|verificat[ao]|seguit[ao]|visionat[ao]|passat[ao]|inoltrat[ao]|trasmess[ao]|riesaminat[ao]) (direttamente )?(da|a) (un|una|il|la|un vostro|una vostra) {<boss_it>}
esc.forward: (inoltrate|inoltri|inoltrare|girate|giri|girare|passate|passi|sottoponete|sottoponga|trasmettete|trasmetta|segnalate|segnali|portate|porti) ~~ (al|a un|a una|alla|ai|al vostro|alla vostra|ad un|a chi di) {<boss_it>|competenza}
esc.is_there: (c'e|ce|c e|esiste|avete) (un|una|qualche|il|la) {<boss_it>}[^a-z0-9]*(o |oppure |qualcuno |con cui|\?|che|,)
esc.intervention: (chiedo|richiedo|pretendo|esigo|sollecito) (l'intervento|il contatto|un contatto|di essere contattato|di essere contattata|di essere richiamato|di essere richiamata|la supervisione) (di|del|della|da|dal|dalla|con) (un|il|la|una)? {<boss_it>}
esc.someone_above: {qualcuno} (piu in alto|più in alto|sopra di lei|sopra di te|sopra di voi|di superiore|con piu autorita|di livello superiore|che conta|che comanda|di grado superiore)
esc.who_decides: (parlare|conferire|parlo|parlerò|passatemi|mi passi|mettetemi in contatto) (con|col) chi {comanda|decide|dirige|conta}
esc.contact_of: (voglio|vorrei|datemi|mi date|mi dia|mi serve|chiedo|pretendo|esigo|mandatemi|mi mandate|ditemi|mi dite|mi dica|mi fornisca|fornitemi) (il |un |l' |la )?(numero|contatto|nome|mail|email|indirizzo|recapito|telefono|cellulare) (del|della|di un|di una|dello|dell') (vostro |vostra |suo |sua )?{<boss_it>}
esc.who_is: chi (e|è) (il|la) (vostro|vostra|suo|sua) {<boss_it>}
# "chiedo che la pratica venga esaminata dal responsabile"
esc.handled_by: (venga|sia|vengano|siano) (esaminat[oaie]|gestit[oaie]|valutat[oaie]|vist[oaie]|seguit[oaie]|pres[oaie] in carico|girat[oaie]|inoltrat[oaie]|passat[oaie]|rivist[oaie]|verificat[oaie]) ~~ (dal|da un|dalla|da una|al|a un|alla|a una) (vostro |vostra )?{<boss_it>}
    | (intervenga|mi chiami|mi richiami|mi contatti|mi risponda|se ne occupi|ci pensi|mi telefoni) (personalmente )?(il|la|un|una|vostro|vostra|il vostro|la vostra) {<boss_it>}
    | (ho chiesto|chiedo|ho domandato|ho richiesto) (gia |già )?(piu volte |più volte |due volte |tre volte |\d+ volte )?(gia |già )?di (parlare|essere messo in contatto|essere messa in contatto) (con|col) (il |la |un |una |vostro |vostra |il vostro |la vostra )*{<boss_it>}
esc.reach_boss: (arrivi|arrivasse|vada|andasse|giunga|giungesse|passi|passasse) (direttamente |personalmente )?(al|alla|a un|a una|in mano al|in mano alla) {<boss_it>}
esc.have_call: (mi|ci) (fate|fa|faccia|potete far|puo far|può far|fareste) (chiamare|richiamare|contattare|telefonare) (dal|da un|dalla|da una|dal vostro|dalla vostra) {<boss_it>}
esc.name_of: (il )?(nome|contatto|numero|recapito)( e (il |l' |la )?(contatto|numero|nome|mail|email|telefono|recapito))? (del|della|di un|di una|dello|dell') (vostro |vostra )?{<boss_it>}
esc.who_commands: (parla|parlare|parlà|parlà|passatemi|passami|mettetemi|fatemi parla|fatemi parlare) (co'|co|con|col|coi|cor) (chi|quello che|quella che) {comanda|decide|conta|dirige}
esc.decision_power: (qualcuno|una persona|chi) (con|che ha|abbia) (il |l')?{potere decisionale|ultima parola}
    | (chi|qualcuno che) (ha|abbia) l'ultima {parola}
esc.taken_by: (pres[oa]|prese|presi) in mano (da|dal|dalla) (un|una|il|la|uno)? ?{<boss_it>}
    | (arrivi|arrivasse|finisca|finisse) (sulla) {scrivania} (del|della|di un|di una)
    | {letta|esaminata|esaminato|valutata|valutato} (dal|dalla|da un|da una) (<boss_it>)
esc.forward_to: (giri|girate|passi|passate|inoltri|inoltrate|sottoponga|sottoponete) ~~ (al|alla|ai) (suo|sua|vostro|vostra|suoi|vostri) {<boss_it>}
esc.passed_to: (passato|passata|inoltrato|inoltrata|girato|girata|trasferito|trasferita) (all'|al|alla) (\w+ )?(\w+ )?(o )?(al |alla )?{responsabile|responsabili|direttore|direttrice|titolare|supervisore}
