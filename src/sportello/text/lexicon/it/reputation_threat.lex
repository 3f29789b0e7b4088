# reputation_threat (Italian): threatens negative reviews, social-media posts or the
# press, with or without a demand ("vi faccio una recensione da una stella
# ovunque", "vi sputtano su Facebook", "scrivo ai giornali").
# Not this label: a review already written ("ho lasciato una recensione"), word of
# mouth ("lo sconsiglierò agli amici"), "non comprerò mai più", a shop asking for
# a review, and writing *to* the shop on Facebook ("vi scrivo su Instagram").

@rep_verb_it = lascio | lascerò | lascero | lasceremo | scrivo | scriverò | scrivero | scriveremo
    | sommergo | sommergerò | sommergero | inondo | inonderò | inondero | riempio | riempirò | riempiro
    | faccio | farò | faro | faremo | pubblico | pubblicherò | pubblichero | pubblicheremo
    | metto | metterò | mettero | posto | posterò | postero | do | darò | daro | mollo | sgancio
    | racconto | racconterò | racconterò | racconterò | condivido | condividerò | condividero
    | segnalo | segnalerò | segnalero | carico | caricherò | caricero | giro | girerò | diffondo
    | diffonderò | denuncio pubblicamente | denuncerò pubblicamente | faccio sapere | farò sapere
    | vado a (lasciare|scrivere|fare|mettere|pubblicare|raccontare|postare)
    | sto per (lasciare|scrivere|fare|mettere|pubblicare|postare)
    | ho intenzione di (lasciare|scrivere|fare|mettere|pubblicare|raccontare|postare)
    | mi tocca (lasciare|scrivere|fare) | mi toccherà (lasciare|scrivere|fare)
    | non mi resta che (lasciare|scrivere|fare|pubblicare|raccontare)
    | (vi|ti) (beccate|becchi|prendete|prendi|meritate|meriti) | beccatevi | preparatevi a
    | aspettatevi
@review_it = recensione | recensioni | review | stelle | stella
@platform_it = facebook | fb | instagram | insta | tiktok | twitter | youtube | trustpilot | discord | twitch | google
    | tripadvisor | reddit | social | forum | gruppi | gruppo | internet | web | linkedin | blog
    | piattaforme | piattaforma | portali | siti di recensioni | amazon
@press_it = giornali | giornale | stampa | striscia | striscia la notizia | iene | report
    | raitre | rai tre | media | telegiornale | tg | quotidiani | televisione
    | giornalisti | giornalista | trasmissione | trasmissioni
# verbs that make something public on their own
@publish_it = pubblico | pubblicherò | pubblichero | pubblicheremo | posto | posterò | postero
    | condivido | condividerò | condividero | racconto | racconterò | raccontero | diffondo
    | diffonderò | denuncio pubblicamente | denuncerò pubblicamente | faccio sapere | farò sapere
    | metto | metterò | mettero | carico | caricherò | vado a (pubblicare|postare|raccontare|mettere)
    | sto per (pubblicare|postare|mettere) | ho intenzione di (pubblicare|postare|raccontare|mettere)
    | faccio girare | farò girare | faro girare | metto in giro | metterò in giro | mettero in giro
    | sbatto | sbatterò | sbattero | spiattello | spiattellerò | spiattellero | sto preparando
    | preparo | preparerò | preparero | registro | registrerò | registrero | filmo | filmerò
@write_it = scrivo | scriverò | scrivero | scriveremo | segnalo | segnalerò | segnalero | lascio
    | lascerò | lascero | parlo | parlerò | parlero | vado a (scrivere|segnalare|parlare)
    | sto per scrivere | ho intenzione di (scrivere|segnalare) | mi tocca scrivere | racconto

rep.review: (<rep_verb_it>) ~ (una |la |delle |le |un |il |mia |la mia |una bella |una bellissima )?{<review_it>}
rep.review_neg: (<rep_verb_it>) ~ (una |un |la |il |delle |dei )?{feedback|valutazione|valutazioni|voto|commento|commenti|giudizio} (negativ[oaie]|pessim[oaie]|bassissim[oaie]|da (una|1|zero|0) stell[ae]|di (una|1|zero|0) stell[ae])
rep.stars: {recensione|recensioni|review|voto} (da|a|di) (una|1|zero|0|mezza) (stella|stelle)
    | (una|1|zero|0|mezza) {stella|stelle} (ovunque|dappertutto|su tutti|sui social|su google|su amazon|su trustpilot|su facebook|in arrivo)
rep.reviews_everywhere: {recensioni|recensione} (negative |negativa |pessime |pessima )?(ovunque|dappertutto|su tutti i siti|a pioggia|su ogni sito|in arrivo)
rep.social: (<publish_it>) ~~ (su |sui |sul |sulla |in |nei |nel |per |su tutti i |su tutte le |in tutti i )?{<platform_it>}
    | (<publish_it>|<write_it>) ~~ (su|in|a|sui|nei|per) (tutti i|tutte le|tutti gli|ogni) (\w+ )?{<platform_it>}
    | (<publish_it>|<write_it>) ~~ {ovunque|dappertutto|pubblicamente}
    | (<publish_it>|<write_it>|contatto|contatterò|chiamo|chiamerò|vado|andrò|mi rivolgo|mi rivolgerò|porto|porterò|mando|manderò|mandero|giro|girerò) ~~ (ai|alla|a|alle|in|dai|da) {<press_it>}
rep.idiom: {sputtano|sputtanerò|sputtanero|sputtaniamo|sputtanare|sputtanarvi|sputtanamento|sputtanata|smerdo|smerderò|smerdero|smerdiamo|smerdarvi|smerdare}
    | (vi|ti) {rovino|rovinerò|rovinero|rovino} la piazza
    | (vi|ti) {rovino|rovinerò|rovinero|distruggo|distruggerò|affosso} (la reputazione|il nome|l'immagine|il negozio|l'attivita)
    | (vi|ti) {rovino|rovinerò|rovinero|distruggo|distruggerò|distruggero|affosso|massacro|massacrerò|sputtano|sistemo|sistemerò} (io )?(su|sui|sul|con|a colpi di) (tutte le |tutti i |una |delle |le |un |mille )?(bella |bellissima )?(<platform_it>|recensione|recensioni|post|video|stelle)
    | (cattiva|pessima|brutta) {pubblicita} | {pubblicita} (negativa|pessima) | che bella {pubblicita}
    | (vi|ti) (faccio|farò|faro) {terra} bruciata
    | {distruggo|distruggerò|distruggero|affosso|affonderò|rovino|rovinerò|massacro|massacrerò} (con|a colpi di|di) (le |delle |mille |tante )?(recensioni|stelle|post|video|commenti)
    | tutti (lo )?{sapranno} | lo {saprà|sapra} (tutto|tutti|tutta|il mondo|l'italia)
    | (faccio|farò|faro|lo rendo|diventa|diventerà) {virale}
    | (vi|ti) {faccio|farò|faro} (un |una )?(video|post|storia|storie|reel|diretta)

# cancellations
veto.positive: {recensione|recensioni|review|feedback|valutazione|voto|commento} (molto |super |davvero |proprio )?(positiv[ae]|ottim[ae]|bell[ae]|a 5 stelle|da 5 stelle|a cinque stelle|da cinque stelle|eccellente|entusiast[a-z]+|favorevole|buona)
    | (5|cinque|quattro|4) {stelle}
# the review being written right now: "scrivo questa recensione"
veto.this_review: (questa|la presente|sta|questa mia|la mia prima) {recensione|review|valutazione}
    | (dopo|prima|leggendo|lette|letto|viste|visto|secondo|nonostante|stando alle|guardando|visto le|viste le) (le |altre |varie |tante |molte |delle |alcune )?{recensioni|review}
veto.channel: (vi|ti|le|gli|ci) (ho |abbiamo )?(scritto|scrivo|scriverò|scrivero|contattato|contatto|contatterò|mandato|mando|manderò|inviato|invio|chiamato|chiamo) ~ (su|via|tramite|anche su|in|con) {facebook|instagram|fb|insta|messenger|whatsapp|telegram|email|mail|chat|google}
veto.tool: {google} (drive|foto|photos|docs|maps|pay|lens|meet|translate|traduttore)
    | (login|accesso|accedere|registrazione|registrato|registrata|account|entrare|entro) (con|tramite|via|da) (il |l' )?(mio |account )?{google|facebook|apple|amazon}
    | (trovato|visto|cercato|cerco|letto|trovo|vedo) ~ (su|in) {google|internet|amazon|facebook|instagram|web}
rep.review_verb: {recensisco|recensirò|recensiro|recensiamo|recensiremo} (negativamente|male|malissimo|ovunque)?
rep.black: (vi|ti) (faccio|farò|faro) (a )?{nero|neri|nera|pezzi} (su|sui|sul|con|a colpi di) (<platform_it>|recensioni|le recensioni|stelle|trustpilot)

# "buono da 50 euro o recensione negativa": the review offered as the alternative
rep.or_review: (o|oppure|altrimenti|sennò|senno|se no) (una |la mia |la |le |delle )?{recensione|recensioni|review} (negativa|negative|pessima|pessime|da (una|1|zero|0) stell[ae]|a (una|1) stella)
# "una recensione che ve la ricordate", "una pubblicità che ve la ricordate"
rep.remember: {recensione|recensioni|pubblicita|post|video|figura|recensioncina} (negativa |negative )?~ che (ve la|te la|ve lo|te lo|vi|ti) (ricordate|ricorderete|ricordi|ricorderai|pentirete|pentirai)
rep.all_platforms: (faccio|farò|faro|facciamo|faremo) ~~ (su|in|sui|nei|per) (tutti i|tutte le|tutti gli) {<platform_it>}
# the post or article coming out: "il video finisce su YouTube stasera", "domani il mio articolo sarà su di voi"
rep.going_out: (il |la |i |le |mio |mia |miei |mie )*(video|post|articolo|recensione|recensioni|storia|reel|thread|foto) ~ {finisce|finiscono|finirà|finira|finiranno|andrà|andra|esce|uscirà|uscira|sarà|sara|saranno|escono} (online |in rete )?(su|sul|sui|in|nel) (<platform_it>|di voi|tutti i|tutte le|rete|internet)
rep.post_on: (faccio|farò|faro|facciamo|metto|metterò) (un |una )?(bel |bella |bellissimo |bellissima )?{post|video|storia|reel|diretta|recensione} (su|sul|sui|in|nel|nei) (<platform_it>)
# (a venue we do not know may come first: "su Discogs e Instagram scrivo che...")
rep.on_platform_first: (su|sul|sui|nel|nei|in) (\w+ (e|ed|o) )?{<platform_it>} ~~ (racconto|racconterò|raccontero|scrivo|scriverò|scrivero|pubblico|pubblicherò|pubblichero|posto|posterò|faccio sapere|farò sapere)
rep.review_site: (<write_it>) (su|sul|sulla) {trustpilot|tripadvisor|reddit|forum}
rep.followers: (a tutti i miei|ai miei|tutti i miei) (\d+[a-z]* )?{follower|followers|iscritti}
rep.goes_out: {parte|partono|partira|partirà|partiranno} (la |una |le |delle |la mia |le mie )?(recensione|recensioni|segnalazione pubblica|shitstorm)

# --- a threat told by its parts (weak.*) ----------------------------------------------
# "Ho un canale con 40mila iscritti e il prossimo video sarà sulla vostra spedizione":
# no single phrase says it, the parts do. One part alone is ordinary talk (a customer
# may have followers, or a story); two different parts within a sentence of each
# other, or one part with a demand's condition, make a reputation threat (analyse.py).
@audience_it = follower | followers | iscritti | seguaci | lettori | membri | utenti | spettatori
    | fan | visualizzazioni | views
weak.audience: (\d+[.,]?\d*[a-z]* |mille |diecimila |centomila |migliaia di |centinaia di |tantissimi |parecchi )(di )?{<audience_it>}
    | (i miei|ai miei|tutti i miei|dei miei|coi miei|con i miei) (\d+[a-z]* )?{<audience_it>}
weak.audience_channel: (il mio|la mia|ho un|ho una|gestisco un|gestisco una|curo un|curo una|tengo un|tengo una) (bel |bella |grosso |grossa |piccolo |piccola |seguitissimo |seguitissima |seguito |seguita )?{canale|pagina|blog|gruppo|newsletter|community|podcast|profilo}
weak.story: (<publish_it>|<write_it>|faccio sapere|farò sapere|faro sapere|dirò|diro|dico|racconterò|raccontero|raccontare|raccontarla) ~ {storia|storiella|vicenda|esperienza|disavventura|odissea|avventura|faccenda|trattamento|figuraccia|truffa}
weak.next_piece: (il|la|i|le) (mio |mia )?(prossim[oaie]) {video|storia|storie|post|reel|puntata|puntate|articolo|recensione|newsletter|diretta|thread} ~~ (voi|vostr[oaie]|dedicat[oaie]|su di voi)
weak.verdict: non (sara|saranno) (affatto |per niente |certo |molto |proprio )?{lusinghiera|lusinghiero|lusinghieri|lusinghiere|tenera|tenero|carina|carino|positiva|positivo}
    | (vedrete|vediamo|vedremo) quanti clienti (vi |ti )?{restano|rimangono|resteranno|rimarranno|perdete|perderete}
    | (vi|ti) {faranno|fara|farà|fanno} (a pezzi|nero|neri|una pessima pubblicita)
weak.screens: (con |tutti gli |gli |ogni |coi |con gli |con tanto di )(\w+ )?(e |ed )?{screenshot|screen|screenshots|catture}
weak.piece: (<publish_it>) (un |una )?(bel |bella |bellissimo |bellissima |lungo |lunga |dettagliato |dettagliata )?{thread|video|reel|articolo|post|storia|live}
weak.everyone_hears: (tutti|tutta|tutto|ogni|migliaia|centinaia|<platform_it>|follower|followers|iscritti|lettori|clienti|utenti) ~ (lo |la )?{sapranno|saprà|sapra|leggeranno|leggerà|leggera|sentiranno|sentirà|sentira|verranno a sapere|venissero a sapere|sappiano|sapessero|scoprissero|scopriranno|conosceranno|vedranno}
weak.how_you_treat: (come|quanto male|in che modo) (\w+ )?{trattate|trattano|gestite|gestiscono|fregate|fregano|truffate|rispondete} (i |i vostri |le |le vostre )?(clienti|resi|reclami|persone|consumatori|garanzie|rimborsi)
    | (la|tutta la) {verita} (su di voi|sul vostro|sulla vostra|su come)
weak.end_up_in: (finire|finirete|finite|finisce|finirà|finira|finiscono) (nel|nella|in un|in una|dritti nel|dritto nel) (mio )?(prossim[oa] )?{articolo|video|post|storia|puntata|recensione|reel|newsletter|thread}
weak.writing_review: (sto|stiamo) (gia |già |proprio )?(scrivendo|preparando|buttando giu|buttando giù) (la |una |la mia |una bella )?{recensione}
weak.bracing: {preparatevi|aspettatevi}
weak.goes_on: (\w+ )?{finisce|finiscono|finira|finirà|finiranno|andra|andrà} (tutto |tutta |dritto |dritta |dritti )?(su|sui|sul|in) (<platform_it>)
weak.sure_how_ends: (sapete|sai|immaginate|immagini) (gia |già |bene )?come (andra|andrà|va|finira|finirà) (a )?{finire}
# "vi faccio io la pubblicità che meritate", "la vostra pagina si riempie di commenti"
rep.deserved: (vi|ti) (faccio|farò|faro|facciamo) (io )?(la |una )?{pubblicita} (che (vi )?(meritate|merita|meriti)|come si deve|coi fiocchi)
rep.fills_up: (pagina|profilo|bacheca|post|account|recensioni) (\w+ )?(\w+ )?si {riempie|riempirà|riempira|riempiranno|riempiono} di (commenti|recensioni|insulti|critiche|stelline|una stella)
rep.or_review_bare: (o|oppure|altrimenti) (la |una |la mia )?{recensione|recensioni}(?=[^a-z0-9]*([.!;\n]|$))
rep.want_me_to: (volete|vuoi|vuole) (davvero |proprio |veramente )?che (io )?{scriva|pubblichi|racconti|metta} ~~ (su|sui|in|a tutti|ovunque|online|pubblicamente|in giro)
rep.silence: (e|ed) (io )?non (scrivo|scriverò|scrivero|pubblico|pubblicherò|posto|dico|dirò) {nulla|niente} (su|sui|a|in|online|in giro)
rep.black_rev: (su|sui|con le|con) (<platform_it>|recensioni) (e su \w+ )?~ (vi|ti) {faccio a pezzi|faccio neri|faccio nero|distruggo|rovino|massacro|sputtano|asfalto|affosso}
veto.already_left: (ho|abbiamo) (gia |già |appena |ieri |stamattina )?(lasciato|scritto|pubblicato|messo|dato|fatto) (ieri |stamattina |oggi )?(una |la |la mia |un |una bella )?{recensione|recensioni|valutazione|feedback}( (negativa|pessima|da|a|di) (una |1 |zero |0 |mezza )?(stella|stelle)?)?( (su|sul) \w+)?
    | (stavo|stavamo|volevo|volevamo) (per )?(\w+ )?(lasciare|scrivere|fare|mettere) (una |la )?(\w+ )?{recensione|recensioni} (\w+ )*(ma|pero|però)
weak.story_passive: {storia|vicenda|esperienza|disavventura|odissea} ~ (verra|sara|finira|verranno|saranno|finiranno) (raccontata|raccontate|pubblicata|pubblicate|condivisa|condivise|postata|postate|messa|messe|sbattuta)
rep.rewrite: (la|le|lo) {riscrivo|riscriverò|riscrivero|ripubblico|ripubblicherò|ripubblichero|rimetto|rimetterò|riposto|riposterò} (\w+ )?(su|sul|sui|ovunque|dappertutto|in tutti)
weak.making_piece: (sto|stiamo) (gia |già |proprio |ora |adesso )?(preparando|montando|girando|scrivendo|registrando|editando|finendo) (il |un |una |la |lo |un bel |una bella )?(\w+ )?{video|post|reel|articolo|thread|storia|storie|live|diretta|podcast}
rep.anyway: (la|una) {recensione|recensioni} (ve|te|gliela|ve le) (la |le )?(scrivo|faccio|lascio|metto|pubblico) (comunque|lo stesso|in ogni caso|eccome)
weak.what_followers_think: (cosa|che) ne (pensa|pensano|penseranno|penserà|pensera|diranno|dirà) (lei|lui|i suoi|i miei|le sue|le mie|i nostri) ~ {follower|followers|iscritti|lettori|fan}
weak.write_on: (<write_it>|stasera scrivo|domani scrivo) ~ (su|sul|sui) {google|trustpilot|amazon|facebook|instagram|tiktok|tripadvisor|forum|social}
weak.read_by_many: (la mia|questa) {recensione|storia|esperienza} (la )?(leggeranno|leggera|leggerà|vedranno|sapranno) (in )?(parecchi|molti|tutti|tanti|migliaia)
rep.viral: (vi|ti) (faccio|farò|faro|facciamo) (diventare )?{virali|virale}
rep.my_part: (farò|faro|faccio) la mia parte con (le )?{recensioni|recensione}
rep.tomorrow_review: (domani|stasera|stanotte|oggi stesso|oggi) {recensione|recensioni} (su|sul|negativa|negative|da una stella)
rep.already_know: (sapete|sai) (gia |già |bene )?(cosa|che cosa) {scriverò|scrivero|pubblicherò|pubblichero|racconterò|raccontero}
rep.rather_tell: (preferite|preferisci|volete|vuoi) (\w+ )?che (io )?{racconti|scriva|pubblichi} (tutta )?(la storia|tutto|tutta la vicenda)
rep.stars_drop: (media|valutazione|punteggio|stelle) ~ {scendesse|crollasse|precipitasse|scendesse di colpo|crollerà|crollera|scenderà|scendera|precipiterà}
weak.when_post: (stasera|domani|oggi|stanotte|tra poco|fra poco) {post|video|storia|reel|diretta|live} (su|sul|sui|in)
rep.check_reviews: {controllate|guardate|controlla|guarda} (pure )?(le )?(vostre )?(recensioni|stelle|valutazioni) ~ (domani|stasera|tra poco|fra poco|lunedi|tra qualche giorno)
rep.ready_post: (ho )?(gia |già )?{pronto|pronta|pronti} (il|un|una|la) (post|video|articolo|thread|recensione|reel) (per|su|sul)
    | (il|la|un|una|mio|mia) (\w+ )?{post|video|recensione|articolo|thread|reel} ~~ (e|è|sono) (gia |già )?(pronto|pronta|pronti|scritto|scritta|caricato|caricata|in bozza)
weak.dont_want_to: non vorrei (proprio )?(dover|essere costrett[oa] a) {scrivere|pubblicare|postare} (un|una|il|la) (articolo|post|video|recensione|thread)
rep.every_day: {ogni} (giorno|settimana|ora) (un|una) (\w+ )?(post|video|recensione|storia) (\w+ )?(su di voi|su voi|contro di voi|su facebook|su instagram|su tiktok|su google)
rep.campaign: {campagna} di (recensioni|post|commenti|segnalazioni)

# --- round of 2026-12-03 (sets 11-13) ------------------------------------------------
# "vi taggo in tutte le stories", "passo il weekend a taggarvi in ogni post"
rep.tag_all: (vi|ti) {taggo|taggero|taggherò|tagghero} (in|su|sotto) (tutte|tutti|ogni) | {taggarvi|taggarti} (in|su|sotto) (tutte|tutti|ogni)
# "ve faccio pubblicità io, quella brutta"
rep.bad_ad: (vi|ve|ti|te) (faccio|farò|faro) (io )?(una )?{pubblicita}( io)? (quella |ma )?(brutta|negativa|cattiva|pessima)
# "domani il suo negozio finisce su tutte le pagine Instagram di Milano"
rep.ends_up: {finisce|finira|finirà|finite|finirete|finisci|finirai} (su|in|sulle|nelle|sui|nei) (tutte|tutti|ogni) (le |i )?(pagine|gruppi|giornali|social|bacheche|chat|storie|stories)
# "una bella recensione, è pronta da pubblicare", "il video che ho già pronto per YouTube"
rep.ready: {pront[oa]} (da|per) (pubblicare|postare|caricare|mettere online|youtube|tiktok|instagram|facebook|google|trustpilot)
# "il mio video su TikTok con 40k follower lo vedono tutti"
rep.seen_by_all: (video|post|recensione|storia|reel|tiktok) ~~ (lo|la) {vedono|vedranno|leggono|leggeranno} (tutti|in tanti|in migliaia)
weak.viral: (diventare|far diventare|fa diventare|rendere) {virale} | un (video|post|reel|tiktok|thread) {virale}
weak.next_piece: (mio |il mio )?{prossimo} (articolo|video|post|reel|tiktok|episodio|pezzo)
weak.who_knows: {chissa|chissà} (cosa|che cosa|dove) (ci )?(finisce|finira|finirà|gira|girera|girerà|esce|uscira|uscirà)
hint.your_call: (fate|fatevi|fai|fatti) due {conti} | a voi la {scelta} | {vedete|fate} (un po' )?voi(?=[^a-z0-9]*([.!;\n]|$))
# "domani mattina trovate un video su tiktok con il vostro nome"
rep.video_about_you: (trovate|troverete|vedrete|uscira|uscirà|esce|girera|girerà) (un|il mio) {video|post|reel|tiktok} (su \w+ )?(con|su|sul|sulla|che parla di) (il vostro|la vostra|i vostri|voi|di voi)
# "su Google e su Facebook finite nella merda"
rep.end_up_bad: (su|sui) (google|facebook|instagram|tiktok|social|trustpilot|youtube) ~ {finite|finirete|finisci|finirai|finisce} (nella merda|male|alla gogna|sputtanati|in piazza)

# --- round of 2026-12-03 evening (sets 26-31) ----------------------------------------
# a video about the shop, announced: "faccio un video dove spiego che...", "il video su
# come mi hai fregata esce domattina" (not "vi mando un video del difetto": to the shop)
rep.video_on: (faccio|farò|faro|giro|girerò|girero|pubblico|pubblicherò|pubblichero|posto|posterò|postero|carico|caricherò|caricero|preparo|registro|monto) (un |il |una |la |mio |nuovo |bel )?{video|reel|tiktok|vlog|podcast|thread|live|diretta} (dove|in cui|nel quale|su come|su di voi|su di te|sul vostro|sulla vostra|sul tuo|sulla tua|che parla di|per raccontare|per spiegare|per far vedere|su quanto|su quello che)
rep.video_out: (il |un |mio |il mio )?{video|reel|thread} ~~ (esce|uscirà|uscira|va online|andrà online|andra online|finisce su|finirà su|finira su)
# "vado in live su Twitch e leggo le vostre mail"
rep.live: (vado|andrò|andro|faccio|farò|faro|apro) (in |una )?{live|diretta} | {live|diretta} (su|sul mio|sulla mia) (twitch|instagram|insta|tiktok|youtube|facebook|canale|profilo|pagina)
# "su TikTok parlo di voi per un mese", "scrivo sul gruppo Facebook ... che vendete roba scaduta"
rep.platform_talk: (su|sul|sulla|nel|nella) (mio |mia )?{<platform_it>|canale|profilo|pagina} (\w+ )?(parlo|parlerò|parlero|racconto|racconterò|raccontero|scrivo|scriverò|scrivero|dico|dirò|diro|posto|posterò|postero|mostro|mostrerò|mostrero|spiego|spiegherò) (di voi|di te|che|come|cosa|quanto|tutto)
rep.write_there_that: (<write_it>|<publish_it>) (su |sul |sulla |sui |nel |nei |in )(\w+ )?(\w+ )?{<platform_it>} ~~ (che|come|quanto|chi siete|chi sei|cosa)
# "ti scrivo sotto ogni annuncio che sei un pagliaccio", "ogni recensione su di voi la commento"
rep.under_every: (scrivo|scriverò|scrivero|commento|commenterò|commentero|posto|posterò|postero|rispondo|risponderò) {sotto} (ogni|tutti i|tutte le|tutti gli|ciascun) (tuo |tuoi |vostro |vostri |vostra |vostre |tua |tue )?(annuncio|annunci|post|recensione|recensioni|commento|commenti|foto|video|inserzione|inserzioni|prodotto|prodotti)
    | (scrivo|scriverò|scrivero|commento|commenterò|commentero|posto|posterò|postero|rispondo|risponderò) (in|su|a) (ogni|tutti i|tutte le|tutti gli|ciascun) (tuo |tuoi |vostro |vostri |vostra |vostre |tua |tue )?{annunci|inserzioni|recensioni|commenti|inserzione}
    | (ogni|tutte le|tutti i) (recensione|recensioni|post|annuncio|annunci|commento|commenti) ~~ (la|lo|le|li) {commento|commenterò|commentero}
# "vi faccio diventare un meme su tutti i server discord", "spammo la vostra pagina ovunque"
rep.meme: (vi|ti) (faccio|farò|faro) (diventare|passare per) (un |il )?{meme|zimbello|barzelletta} | {spammo|spammerò|spammero|spammiamo} (la vostra|la tua|il vostro|il tuo|i vostri|le vostre) (pagina|profilo|post|account|sito|negozio|canale)
    | (vi|ti) (faccio|farò|faro) {recensire|stroncare|segnalare} (male|da tutti|ovunque|in massa)

# --- from sets 36-39 (2026-12-03, evening) ---------------------------------------------
# "scrivo su ogni sito di recensioni com'è andata", "il post con le foto è già pronto sul gruppo
# Facebook", "preparati a una recensione", "la recensione su Trustpilot arriva stasera",
# "scriverò un post sul mio blog", "troverete una mia recensione nuova firmata con un nome diverso"
rep.every_site: (<write_it>|<publish_it>) (su|in|sui|nei) (ogni|tutti i|tutte le|qualsiasi) {sito|siti|forum|gruppo|gruppi|portale|portali|piattaforma|piattaforme|social}
rep.brace_review: {preparati|preparatevi|prepari|preparatevi pure|aspettati|aspettatevi} (a|ad) (una |un |delle |dei )?(bella |bel )?(recensione|recensioni|post|video|articolo|thread|shitstorm)
rep.review_arrives: (la|una|la mia) {recensione|recensioni} (\w+ )?(\w+ )?(arriva|arrivano|esce|escono|parte|partono|va online|andra online|andrà online) (stasera|stanotte|domani|oggi|a breve|presto|tra poco|fra poco)
rep.blog_post: (<write_it>|<publish_it>|faccio|farò|faro) (un |una )?{post|articolo|video|thread} (sul|sulla|nel|nella) (mio |mia )?(blog|canale|profilo|pagina|newsletter|podcast)
rep.fake_names: {recensione|recensioni} ~~ (nome diverso|nomi diversi|account diversi|profili diversi|profili falsi|account falsi|falsi profili)
