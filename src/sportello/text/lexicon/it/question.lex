# question (Italian): questions asked without a question mark. A sentence that ends
# with "?" is a question without any rule (analyse.py); these cues mark the indirect
# ones ("Vorrei sapere se la garanzia copre anche la batteria.").

q.indirect: (vorrei|volevo|voglio|vorremmo|volevamo|desidero|desideravo|mi piacerebbe|gradirei|avrei bisogno di|ho bisogno di) {sapere|chiedere|capire|conoscere|informazioni|info|chiarimenti|delucidazioni|conferma}
    | mi {chiedevo|domandavo|chiedo se|domando se|chiedo come}
    | (potete|potreste|puoi|potresti|può|puo|potrebbe|sapete|sapreste|sai|mi sapete|mi sai|mi sa|mi potete|mi potreste|ci potete|mi può|mi puo|gentilmente|per favore) ~ {dirmi|dire|indicarmi|indicare|spiegarmi|spiegare|confermarmi|confermare|farmi sapere|chiarire|chiarirmi|informarmi|specificare|specificarmi|comunicarmi}
    | non {sappiamo|capisco|riesco a capire} (come|se|quando|dove|perche|perché|cosa|quale|quanto|chi|che cosa)
    | (fatemi|fammi|mi faccia|mi fate) {sapere}
# a question without its question mark: "Come faccio a restituire il prodotto"
q.how: come {faccio|posso|devo|procedo|dobbiamo|possiamo|funziona|mai}
    | (dove|quando|a chi|chi) {posso|devo|trovo|arriva|arriverà|arriverà|spedite|rimborsate}
    | {posso|possiamo} (sapere|avere|chiedere|fare|pagare|restituire|cambiare|annullare|ordinare|ritirare|spedire)
