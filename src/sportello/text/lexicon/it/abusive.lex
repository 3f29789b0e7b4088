# abusive (Italian): insults, slurs, vulgar or degrading language AIMED AT the staff
# or the company. Every rule pairs an insult (the {head}) with a target: the reader
# ("siete", "sei", "voi"), a person of the shop ("l'operatrice ... era una cretina"),
# the shop or its service ("servizio di merda"), or a vocative (the insult standing
# alone between punctuation: "str***i, il rimborso dov'è?").
#
# Not here, on purpose: harsh words about the service that are not insults
# ("servizio vergognoso", "che schifo di consegna", "ridicolo", "assurdo"), vulgar
# words about one's own mood ("sono incazzato") or as exclamations ("porca miseria",
# "cazzo!", "minchia"), reproaches ("vergognatevi").
#
# After matching, analyse.py sets aside a match that is negated ("non siete dei
# ladri", "non dico che siete incompetenti") or reported ("mi hanno detto 'siete dei
# ladri'", "dicono che siete dei ladri"): see the docstring of analyse.py.
# Rules named voc.* are vocatives: they count only when the insult stands alone
# between punctuation or at the start/end (checked in analyse.py).

# --- second person: "siete dei ladri", "sei un incompetente" ----------------------
insult.you: <you_are_it> (<adv_it> )*((<det_it>|<coll_it>) )?(<mod_it> )*{<insult_strong_it>|<insult_strong_en>}
insult.you_dialect: (se|site|siti|si|sì) (<adv_it> )?(dei|degli|delle|'na|na|di|de) (<mod_it> )*{<insult_strong_it>}
insult.nothing_but: non (siete|sei) (nient')?altro che (<det_it> )?{<insult_strong_it>}
insult.voi: (voi|a voi|per voi|con voi) (<adv_it> )?(<mod_it> )*{<insult_voc_it>}
insult.behave: (vi comportate|vi comporti|agite|lavorate|ragionate|rispondete|fate) (proprio |davvero )?(come|da) (<det_it> )?(<mod_it> )*{<insult_strong_it>}
insult.what_kind: (che|ma che) (razza|branco|massa|banda|manica|covo|accozzaglia) (di|de|d') (<mod_it> )*{<insult_strong_it>|pagliacci|buffoni|cialtroni|dilettanti|incompetenti|incapaci}

# --- a person of the shop, or the shop itself -------------------------------------
insult.staff: (<staff_it>|<staff_ref_it>) ~~ (<is_it>) (<adv_it> )*(<det_it> )?(<mod_it> )*{<insult_strong_it>}
insult.staff_adj: (l'|il |la |i |gli |le |lo |un |una |uno |dei |degli |delle |vostr[oaie] |quest[oaie] |quell[oa] |sto |sta |sti )(<staff_it>) (<mod_it> )*{incompetent[ei]|incapac[ei]|ignorant[ei]|ladr[oaie]|truffator[ei]|truffatric[ei]|idiot[aie]|cretin[oaie]|imbecill[ei]|deficient[ei]|stronz[oaie]|cialtron[ei]|buffon[ei]|inett[oaie]|bugiard[oaie]|delinquent[ei]|imbroglion[ei]}
insult.company_of: (<company_it>|covo|nido|gabbia|associazione) (di|de) (<mod_it> )*{ladri|truffatori|incompetenti|incapaci|idioti|cretini|imbecilli|deficienti|stronzi|coglioni|delinquenti|criminali|cialtroni|buffoni|pagliacci|bastardi|imbroglioni|sciacalli|mafiosi|lestofanti|farabutti|dementi|ritardati|analfabeti}
insult.your: (i vostri|le vostre|il vostro|la vostra|vostri|vostre) (<mod_it> )*{incompetenti|incapaci|idioti|cretini|imbecilli|deficienti|stronzi|coglioni|cialtroni|buffoni|pagliacci|ladri|truffatori|bastardi|dementi|ritardati|analfabeti}
# the people of a part of the shop: "gli idioti del vostro magazzino", "branco di scimmie
# in magazzino" ("in" not for thieves: "avete avuto i ladri in magazzino?")
insult.of_place: {<insult_voc_it>} (<mod_it> )*(del|dello|della|dell'|dei|degli|delle) (vostro |vostra |vostri |vostre |sto |sta |questo |questa |quel |quello )?(<shop_part_it>|spedizioni|logistica|imballaggi|imballaggio|resi)
insult.in_place: {<insult_wit_it>} (<mod_it> )*(in|nel|al|all') (vostro |sto |questo |quel )?(<shop_part_it>)
# whoever did the work, named by it: "testa di c***o chi ha imballato sto pacco"
insult.who_did: {<insult_strong_it>} (e |è |sei )?(chi|quello che|quella che|quelli che|colui che) (mi |vi |ci )?(ha |hanno )?(imballato|preparato|spedito|risposto|scritto|confezionato|impacchettato|montato|consegnato|gestito)

# --- vocatives: the insult standing alone ------------------------------------------
voc.insult: ((<mod_it>|sti|sto|sta|questi|queste|che|razza di|<coll_it>|lumache|bradipi|tartarughe|asini|capre|muli|dinosauri|mummie|dei|degli|delle) )*{<insult_voc_it>}( <voc_tail_it>)*
# an animal or an everyday noun, said in a sentence that speaks to the reader
voc.addressed: ((<mod_it>|sti|sto|sta|questi|queste|razza di|<coll_it>) )*{<insult_animal_it>}( <voc_tail_it>)*

# --- vulgar words aimed at the shop, its service or its people ---------------------
# "servizio di merda", "incompetenti del cazzo", "che c@zzo di azienda"
vulgar.of_service: (<company_it>|<staff_it>|<insult_voc_it>) (di|de|del|der) {merda|mmerda|cazzo|minchia|cacca}
vulgar.service_of: {merda|mmerda|cazzo|minchia|cesso|cagata} (di|de|d') (<company_it>|<staff_it>|gente|persone)
vulgar.you_are: <you_are_it> (<adv_it> )*(<det_it> )?{merd[ae]|mmerda|cacca|feccia|spazzatura|cess[oi]|nullita|parassiti|vermi|animali|bestie|maiali|porci|scimmie|cani|merdacce|avvoltoi|sanguisughe|zecche|pidocchi|serpi|serpenti|iene|lumache|bradipi|pirati|asini|capre|muli|pecore}
vulgar.you_make: (mi |ci )?(fate|fai) (proprio |davvero |veramente )?{cagare|merda}
    | (mi |ci )?(fate|fai) (proprio |davvero |veramente )?{schifo} al cazzo
vulgar.service_makes: (<company_it>) ~ (fa|fanno) (proprio |davvero |veramente )?{cagare}
vulgar.you_know: (non )?(capite|sapete|fate|valete|contate|servite|capisci|sai|fai|vali) (proprio |niente di |mai )?un {cazzo|cazzo di niente}
vulgar.broke: (mi|ci) (avete|hai|state|stai) (rott[oi]|rompendo) (il|i|la) {cazzo|coglioni|minchia|culo}
vulgar.on_my: (mi|ci) (state|stai) (sul|sui|sulla) {cazzo|coglioni|minchia}

# --- telling someone off ----------------------------------------------------------
# "vaffanculo", "va fa n c u l o" (joined by normalise.py), "andate affanculo", "vaffa"
# "Ascoltami bene testa di cazzo", "senti un po', buffone": a call, then the insult
insult.listen: (ascoltami|ascoltatemi|senti|sentite|sentimi|ascolta|ascoltate|ao|aho) (bene |un po |un attimo |mo )?((<mod_it>) )*{<insult_voc_it>}
# "quel ciula che ha preparato il pacco", "questi rincoglioniti che non leggono le mail"
insult.these_who: (questi|quei|quegli|sti|quel|quello|quella|quelle|quelli|due|tre|quattro|dei) ((<mod_it>) )*{<insult_voc_it>} che (non |nn |mi |vi |ci )*(ha|hanno|avete)? ?(preparato|impacchettato|imballato|spedito|risposto|gestito|montato|legge|leggono|sa|sanno|capisce|capiscono|risponde|rispondono|lavora|lavorano)
# Venetian "va in mona"
fuck.mona: (va|vai|andate|ve|va') (in|a) {mona}
fuck.vaffanculo: (ma )?{vaffanculo|vafanculo|mavaffanculo|affanculo|fanculo|vaffa|vafa|mavaffa}
fuck.va_fanculo if "culo": (va|vai|andate|andatevene|annatevene|annate|vada|ma va|ma vai) (a )?{fanculo|fan culo|affanculo|fa'n'culo|fa' 'n culo|fa 'n culo|fa n culo}
fuck.go_to if "andate|vai|va|vada|andatevene|andassero|annate|annatevene": (andate|vai|va|andatevene|andassero|vada|annate|annatevene) (tutti )?(a|a fare in|a farvi|a farti) {cagare|quel paese|morire|mori|fottere|friggere|fare in culo|puttane|troie|zappare}
fuck.fottetevi: {fottetevi|fottiti|fatevi fottere|fatti fottere|crepate|schiattate}
fuck.wish: (vi|ti) {auguro} (di )?(fallire|chiudere|morire|il peggio|ogni male|una morte|un tumore|il cancro|crepare|schiattare)
fuck.hope: (spero|speriamo|mi auguro) (che )?{falliate|chiudiate|moriate|crepiate|schiattiate|possiate}
fuck.may: che (possiate|tu possa) {fallire|morire|chiudere|crepare|schiattare|marcire}

# --- cancellations: these take an overlapping match back ----------------------------
# "porca puttana", "porco cane": exclamations, aimed at no one
# "sei ladri" is six thieves: "sei" before a plural is the number
veto.six: {sei} (<mod_it> )*[a-z]+i(?![a-z0-9])
veto.exclamation: porc[oa] {puttana|troia|vacca|miseria|cane|giuda|zozza|eva|boia|mondo}
    | che (due )?{coglioni|cojoni|palle|balle}(?=[^a-z0-9]*([.!?,\n]|$))
# the writer calling themself names: "sono stato un idiota", "stupido io che ci ho creduto"
veto.self: (sono|sono stat[oa]|sembro|mi sento|mi sono sentit[oa]|ero|mi sentivo) (proprio |davvero |stat[oa] )?(un |una |un' |uno )?(<mod_it> )?{<insult_strong_it>}
# another firm, named as such: "quei ladroni della compagnia aerea", "quei cialtroni della
# ditta di trasporti" (not the shop, whose staff "quei cialtroni della ditta" may be)
veto.third_party: (quell'|quel |quello |quella |quei |quegli |quelle )(<mod_it> )*{<insult_strong_it>} (del|della|dei|degli|delle|di) (ditta|compagnia|azienda|societa|negozio|corriere|ufficio|banca|agenzia) (aerea|aereo|telefonica|elettrica|di trasporti|di trasporto|di spedizioni|del gas|della luce|di fronte|accanto|vicino|sotto casa|concorrente|postale)
# someone else as the subject ("il corriere è un branco di incapaci", "il mio vicino di
# casa, un vero imbecille", "il corriere, che massa di cialtroni"): see @third_it
veto.third_party_is: <third_subj_it> ~~ (<is_it>|e fatt[oa] da|lavorano|assume|assumono) (<adv_it> )*((<det_it>|<coll_it>) )?(<mod_it> )*{<insult_strong_it>|<insult_wit_it>|animali|bestie|capre|pecore}
    | <third_subj_it>( \w+)?,? (che )?((<det_it>|<coll_it>) )?(<mod_it> )*{<insult_strong_it>|<insult_wit_it>|animali|bestie|capre|pecore}
# the writer talking to themself: "devo ripeterlo a me stesso: controlla l'ordine, testa di rapa!"
veto.to_myself: (a me stess[oa]|tra me e me|mi dico|me lo dico|mi ripeto|me lo ripeto) ~~ {<insult_voc_it>}
# "ho sbagliato io a scegliere il colore, che scema": the writer calls herself names
veto.my_mistake: (ho sbagliato|ho sbagliato io|mi sono sbagliat[oa]|colpa mia|errore mio|ho fatto (un |una )?(casino|pasticcio|errore|cavolata)) ~~ (che|quanto sono|sono proprio|sono) {scem[oa]|stupid[oa]|idiota|cretin[oa]|imbecille|deficiente|pirla|rincoglionit[oa]|tont[oa]|sbadat[oa]}
    | io[ ]+(un |una |un' |uno )?(<mod_it> )?{<insult_strong_it>}
    | {<insult_strong_it>} (io|sono stat[oa]|che sono|che non sono altro)

# "quell'imbecille del vostro magazziniere": a demonstrative insult pointing at staff
insult.that_one: (quell'|quel |quello |quella |quei |quegli |quelle |sto |sta |sti |ste )(<mod_it> )*{<insult_strong_it>} (del|della|dei|degli|delle|di) (vostr[oaie]|tu[oae]|su[oae]|<staff_it>)

# "vergognatevi bastardi", "ridatemeli ladri": an insult right after an order to the reader
order.insult: [a-z]+(atevi|etevi|itevi|atemi|etemi|itemi|atemeli|atemelo|atecelo|ateli|atela|atelo) {<insult_voc_it>}( <voc_tail_it>)*
# "... idioti che non siete altro": the insult says whom it means
insult.that_you_are: {<insult_voc_it>} che non (siete|sei) (nient')?altro | {<insult_voc_it>} che (siete|sei)( altro)?(?=[^a-z0-9]*([.!?,;\n]|$))

# "ma chi vi ha assunto, una banda di scimmie?": people likened to a herd of animals
insult.herd: (siete|sembrate|vi ha assunto|avete assunto|assumete|lavorano|lavora|vi comportate come|gestit[oa] da) ~ <coll_it> {scimmie|scimmioni|bestie|animali|capre|somari|asini|pecoroni|babbuini|primati|cavernicoli|trogloditi|maiali|porci|caproni}
# "quella stronza al telefono": a member of staff pointed at by what they did
insult.that_one_did: (quell'|quel |quello |quella |quei |quegli |quelle )(<mod_it> )*{<insult_strong_it>} (al telefono|in chat|al centralino|in negozio|alla cassa|del servizio clienti|dell'assistenza|del customer care|che mi ha (risposto|servito|chiamato|scritto|riattaccato|attaccato)|che ha (risposto|preso|gestito|imballato|spedito))
# an order, then the insult: "rispondete incapaci, è la terza volta"
order.verb: (rispondete|rispondi|ascoltate|ascolta|leggete|rimborsate|ridate|restituite|mandate|spedite|sistemate|pagate|chiamate|richiamate|cambiate|controllate|imparate|svegliatevi|sbrigatevi|muovetevi|vergognatevi) {<insult_voc_it>}( <voc_tail_it>)*
insult.hire: (chi|che gente|che razza di gente) (assumete|avete assunto|assumono|prendete a lavorare) ~ (dei|degli|delle|solo|dei veri) (<mod_it> )*{<insult_strong_it>}
insult.answered: (mi )?(ha|hanno) (risposto|parlato|chiamato|richiamato|rispost[oa]) (un|una|uno|dei|degli|delle|l') (<mod_it> )*{<insult_strong_it>}
insult.dear_my: cari i {miei} (<mod_it> )*<insult_voc_it>
insult.boss_of: (capo|responsabile|titolare|direttore|proprietario) (di|de|dei|degli) (sti|'sti|questi|quei|quegli|sti qua|questi qua) (<mod_it> )*{<insult_voc_it>}

# --- round of 2026-12-03 (sets 14-15) ------------------------------------------------
# "Gentilissimi incapaci,", "gentile accozzaglia di incapaci": an ironic greeting
insult.greeting: (gentil[ei]ssim[oaie]|gentil[ei]|egregi|egregio|carissim[oaie]|cari|care) ((<mod_it>|<coll_it>) )*{<insult_voc_it>}
# "Testa di cazzo che mi hai risposto in chat"
insult.who_answered: {<insult_voc_it>} che (mi|ci) (hai|avete|ha|hanno) (risposto|scritto|chiamato|servito|chiuso|richiamato|attaccato)
# "ha la stessa intelligenza di una scimmia", "gente col cervello di una gallina"
insult.brain: (avete|hai|c'avete|gente col|gente con il|gente con la|ha la stessa|hanno la stessa|ha lo stesso|hanno lo stesso) (il |la |l'|er |lo )?(cervello|intelligenza|quoziente intellettivo|qi|neuroni) (di|de|da) (una |'na |na |un |uno )?{gallina|galline|criceto|criceti|formica|scimmia|scimmie|moscerino|lumaca|pesce rosso|gamberetto|ameba|tacchino|capra|sasso}
    | (avete|hai|ha|hanno) (la )?{segatura} (nel|in) (cranio|cervello|testa|zucca)
# "quella sottospecie di call center"
insult.subspecies: (quella|questa|una|sta|sti|quelle|queste) {sottospecie} (di|de)
# "Lei, signorina, è un'emerita cretina": the formal you
insult.formal_you: lei (signorina |signora |signore |caro |cara )?(e|è) (un'|una |un |uno )?((<mod_it>) )*{<insult_strong_it>}

# the shop named by an insult as where not to buy: "a sti cialtroni nn compro più", "non
# ordino più niente da questi ladri"
insult.buy_from: (da|a|con) (sti|'sti|questi) (<mod_it> )*{<insult_voc_it>} (io )?(non|nn) (compro|comprero|comprerò|ordino|ordinero|ordinerò|prendo|do|dò|lascio)
    | (non|nn) (compro|comprero|comprerò|ordino|ordinero|ordinerò|prendo) (piu|più|mai piu|mai più) (niente |nulla |un cazzo )?(da|a|con) (sti|'sti|questi) (<mod_it> )*{<insult_voc_it>}(?![^a-z0-9]+(del|della|dei|degli|delle|di|dell|dello|al|alla|in|sul|sulla)(?![a-z0-9]))

# --- from sets 36-39 (2026-12-03, evening) ---------------------------------------------
# insults by comparison, said of the staff: "il vostro meccanico ha il cervello di un pedale",
# "avete lo stesso quoziente intellettivo della scatola", "la commessa ha la simpatia di un
# copertone bucato", "dove li pescate, allo zoo?", "vi hanno trovati in un cassonetto?",
# "il cervello sia un optional", "riesce a contare fino a dieci"
insult.brain_of: (avete|ha|hanno|hai|c'ha|c'hanno) (\w+ )?(\w+ )?{cervello|intelligenza|quoziente intellettivo|qi|simpatia|educazione|maniere|acume|sveltezza|agilita|agilità|delicatezza} (di|del|della|dello|dei|delle|d') (un|una|uno|un')?
    | (e|ed) (il|l') {cervello|intelligenza|quoziente intellettivo} (di|del|della|dello) (un|una|uno|un')
insult.found_in: (pescate|pescati|pescato|pescata|trovati|trovato|trovata|trovate|presi|preso|presa|assunti|assunto|assunta|assumete|raccattati|raccattato|raccattata|raccolti|raccolto|reclutate|reclutati|comprati|comprato) ~ (in un |in una |al |allo |alla |dal |dallo |nel |nello |nella |in |a un |ad un )(\w+ )?{zoo|circo|cassonetto|discarica|mercatino delle pulci|bidone|spazzatura|pattumiera|canile|porcile|manicomio}
insult.brain_optional: (il )?{cervello|intelligenza|buon senso|neurone|neuroni} (e|è|sia|sono|siano) (un |una )?(optional|facoltativ[oaie]|opzional[ei]|un lusso|in ferie|in vacanza)
insult.count_to: (riesce|riescono|riesci|riuscite|sa|sanno|sapete|sai|saprà|sapra|sapranno|saprebbe|saprebbero|sappia|sappiano) (a )?{contare} (fino )?a (dieci|10|tre|3|cinque|5|venti)
# a child or a monkey would do better: "un orango con la brugola avrebbe fatto un lavoro più
# dignitoso", "mio figlio di sei anni farebbe meno danni del vostro tecnico"
insult.child_better: {scimmia|scimpanze|scimpanzé|orango|gorilla|bambino|bambina|bimbo|bimba|figlio|figlia|nipote} ~~ (farebbe|avrebbe fatto|farebbero|avrebbero fatto|fa|fanno) (\w+ )?(meglio|meno danni|un lavoro (\w+ )?(migliore|piu dignitoso|più dignitoso|piu pulito|più pulito)) (di|del|della|dei|delle|di voi|dei vostri|del vostro|della vostra)
insult.ashamed_to_exist: {vergognarsi|vergognarvi|vergognarti|vergognatevi|vergognati} di (esistere|essere nat[oi]|vivere|respirare)
insult.boss_clown: (quel|quella|quei|quelle|sto|sta) {<insult_voc_it>|pagliaccio|buffone|cialtrone} (del|della|dei|di) (tuo|vostro|tua|vostra) (capo|titolare|responsabile|socio|collega|direttore)
insult.curse: (li |li' )?{mortacci|mortaccivostra|mortaccitua|mortacciloro} (vostra|vostri|tua|tui|de|der|della)?
    | {chiavica|chiaveca} ('e |de |di |e )(ditta|negozio|azienda|gente|venditore|servizio)
    | {vaff|vaffa|vaffan}(?=[^a-z0-9]*[.!?]|[^a-z0-9]*$)
insult.cheek: (avete|hai|ha|hanno|che) (proprio )?(una )?{faccia da culo|faccia di culo|faccia di merda|facce da culo|facce di culo}
# one's own pet or child compared, not the staff: "il nostro cane ha la simpatia di un gatto"
veto.own_compared: (mio|mia|nostro|nostra|miei|mie|nostri|nostre) (\w+ )?(\w+ )?(ha|hanno|c'ha) (\w+ )?(\w+ )?{cervello|intelligenza|quoziente intellettivo|simpatia|educazione|maniere}
