# Italian macros about people: who "you" is, who the staff are, and the insulting
# vocabulary. Used by it/abusive.lex and by other labels. Macros only.

# --- the addressee --------------------------------------------------------------
# "you are" in the second person, plural (the shop) and singular (the agent), with
# some regional forms (Venetian "sè", Neapolitan "site", Sicilian "siti").
@you_are_it = siete | sei | eravate | eri | sembrate | sembri | parete | siete stati | siete state
    | sei stato | sei stata | rimanete | restate | resterete | sarete | sarai | siate | foste
    | siete diventati | siete proprio
    | site | siti | sete | sit proprio | site proprio
@adv_it = proprio | solo | soltanto | solamente | davvero | veramente | sempre | tutti | tutte
    | tutti quanti | pure | anche | semplicemente | ancora | i soliti | le solite | il solito
    | la solita | nient'altro che | null'altro che | ormai | oramai | decisamente | certamente
    | sicuramente | chiaramente | praticamente | assolutamente | evidentemente | ufficialmente
    | cosi | tanto | talmente | troppo | molto | alquanto | piuttosto | veramente tanto
    | propri | propi | proprio proprio
@det_it = dei | degli | delle | un | una | uno | un' | 'na | na | di | de | i | gli | le | il
    | la | lo | l' | quei | quegli | quelle | questi | queste
# "un branco di", "una massa di": a collective made of the insult that follows.
@coll_it = (un |una |un' |'na |na |'n |sto |sta |questo |questa |quest' )?(branco|banda|massa
    |manica|manga|accozzaglia|covo|gruppo|mucchio|manipolo|combriccola|cricca|gang|setta
    |associazione a delinquere|ammasso|marmaglia|orda|armata|mandria|gregge|sacco|marea
    |esercito|nido|concentrato|razza|fabbrica|mappata|muccio|sacco|masnada|ciurma) (di|de|d'|'e)
@mod_it = veri | vere | vero | vera | autentici | autentiche | autentico | autentica | emeriti
    | emerite | emerito | emerita | grandissimi | grandissime | grandissimo | grandissima | gran | grandi
    | enormi | patentati | patentate | patentato | matricolati | matricolato | incalliti | luridi | lurido | lurida | sporchi | sporco
    | sporca | brutti | brutto | brutta | brutte | maledetti | maledetto | maledetta | schifosi
    | schifoso | schifosa | fottuti | fottuto | fottuta | stramaledetti | incredibili | totali
    | perfetti | perfetto | perfetta | poveri | povero | povera | squallidi | squallido | miserabili
    | miserabile | fucking | bloody | stupidi | stupido | stupida | inutili | inutile | dannati

# --- the staff and the company --------------------------------------------------
# A person on the shop's side, or the shop as a body. "quella che mi ha risposto",
# "l'operatrice di ieri", "il vostro personale".
@staff_it = operator[ei] | operatric[ei] | segretari[oae] | colleg[ah]i | collega | addett[oaie] | consulent[ei] | impiegat[oaie]
    | commess[oaie] | personale | staff | dipendent[ei] | centralinist[ai] | venditor[ei]
    | venditric[ei] | negoziant[ei] | titolar[ei] | proprietari[oae]? | responsabil[ei]
    | direttor[ei] | direttric[ei] | dirigent[ei] | capo | capi | ragazz[oaie] | signor[aei]?
    | tizi[oa]? | assistenza | servizio clienti | servizio assistenza | customer care | supporto
    | team | azienda | ditta | societa | negozio | sito | shop | compagnia | gestor[ei] | amministrator[ei]
    | tecnic[oi] | magazzinier[ei] | fattorin[oi] | montator[ei] | installator[ei]
# the same, as a pronoun that points back at the agent who answered
@staff_ref_it = (quell[oaie]|chi|colui|colei|coloro|la persona|le persone|il signore|la signora|il ragazzo|la ragazza|il tizio|la tizia|l'addetto|l'addetta) (che |con cui |con la quale |con il quale |a cui )?(mi |ci |vi |gli )?(ha |hanno |aveva |avevano |avete |ho |abbiamo )?(risposto|scritto|parlato|chiamato|servito|gestito|seguito|richiamato|contattato|preso in carico|assistito|telefonato|risponde|rispondono|imballa|imballano|spedisce|spediscono|gestisce|gestiscono|lavora|lavorano)
    | il vostro \w+ | la vostra \w+ | i vostri \w+ | le vostre \w+ | il tuo \w+ | la tua \w+
@company_it = azienda | ditta | societa | negozio | sito | shop | compagnia | gente | servizio clienti
    | assistenza | assistenza clienti | customer care | supporto | personale | staff | team
    | venditore | venditori | servizio | app | applicazione | consegna | spedizione | gestione
    | organizzazione | impresa | marchio | brand | store | portale | piattaforma | call center
    | centralino | ufficio | reparto

# a part of the shop whose people can be named by it ("gli idioti del magazzino")
@shop_part_it = magazzino | reparto | ufficio | assistenza | servizio clienti | customer care
    | supporto | call center | centralino | commerciale | ufficio commerciale | amministrazione
    | contabilita | logistica | spedizioni | ufficio spedizioni

# Someone who is not the shop, as the subject of a sentence: a carrier, the writer's
# own family or neighbours, a character in a film, another firm. "Il corriere è un
# branco di incapaci", "il mio vicino, un vero imbecille", "quelli della ditta di
# trasporti sono dei cafoni" insult them, not the reader. Not "il vostro corriere":
# the shop answers for its own carrier ("quei str***i dei vostri corrieri").
@third_it = corrier[ei]( esterno| esterni| gls| brt| sda| dhl| ups| tnt| bartolini)?
    | ditta di trasport[oi] | ditta delle consegne | trasportator[ei] | autista del corriere
    | gls | brt | bartolini | sda | dhl | ups | tnt | fedex | poste | postin[oa] | tassista
    | compagnia aerea | banca | personaggi[oa]? | protagonist[ai] | attor[ei] | attric[ei]
    | regista | politic[oi] | governo | negozio precedente | venditore precedente
    | altro negozio | altro venditore | altro sito | tizio del film | tizio della serie
@kin_it = marito | moglie | ex | fratello | sorella | cognat[oa] | suocer[oa] | figli[oa]
    | vicin[oaie] | vicin[oa] di casa | capo | collega | padrone di casa | condomin[oi]
@third_subj_it = (il |lo |l'|la |i |gli |le |quel |quell'|quella |quei |quelle |quelli del |quelli della |quelli dei |quelli di |quelli delle )<third_it>
    | (il mio |la mia |i miei |le mie |mio |mia |miei )<kin_it>

# "X è / sono / sembra ..." before an insult of X
@is_it = e | era | sono | erano | e stat[oa] | sono stat[ie] | si e dimostrat[oa]
    | si sono dimostrat[ie] | sembra | sembrava | sembrano | e pien[oa] di | sono pien[ie] di

# --- insults ---------------------------------------------------------------------
# Words that, said of a person, insult them. Nouns and adjectives, all inflections.
# Kept apart: words harsh about things but not insults of people (vergognoso, ridicolo,
# pessimo, inaccettabile, scandaloso) are *not* here, on purpose (spec/labels.md).
@insult_strong_it = idiot[aie] | cretin[oaie] | imbecill[ei] | deficient[ei] | scem[oaie]
    | stronz[oaie] | strunz[oaie]? | coglion[ei] | cogliona | cojon[ei] | cojona | bischer[oi] | mone | rincoglionit[oaie]
    | minchion[ei] | cazzon[ei] | testa di cazzo | teste di cazzo | testa di minchia | teste di minchia
    | testa di cavolo | teste di cavolo | testa di rapa | teste di rapa
    | pezz[oi] di merda | pezz[oi] di mmerda | pezz[oi] di (idiota|cretino|imbecille|deficiente|stronzo|somaro|asino|fango) | mariuol[oi] | faccia di merda | facce di merda | faccia di culo | faccia da culo | facce da culo
    | facce di culo | facce da schiaffi | faccia da schiaffi | figli[oa]? di puttana | figli[oa]? di troia | figli di buona donna
    | bastard[oaie] | ladr[oaie] | ladroni | truffator[ei] | truffatric[ei] | imbroglion[ei]
    | lestofant[ei] | farabutt[oaie] | delinquent[ei] | malvivent[ei] | sciacall[oi] | cialtron[ei]
    | buffon[ei] | pagliacc[io] | mascalzon[ei] | canagli[ae] | furfant[ei] | briganti | brigante
    | banditi | bandito | ciarlatan[oi] | gaglioff[oi] | manigold[oi] | marrani | marrano
    | stupid[oaie] | dement[ei] | ritardat[oaie] | mongoloid[ei] | cerebrolesi | decerebrat[oaie]
    | subnormal[ei] | cretinett[oi] | babbe[oi] | fess[oaie] | pirla | mona | belinon[ei]
    | cazzar[oi] | puttan[ae] | troi[ae] | zoccol[ae] | mignott[ae] | bagasc[ie] | froc[io]+
    | ricchion[ei] | terron[ei] | negr[oaie] | zingar[oaie] | cornut[oaie] | rompicoglion[ei]
    | rompicazzo | cagacazzo | leccaculo | paracul[oi] | vigliacch[oi] | infam[ei] | verm[ei]
    | merd[ae] | stronzett[oi] | sfigat[oaie] | fallit[oaie] | pezzent[ei] | poveracc[io]
    | morti di fame | morto di fame | buoni a nulla | buono a nulla | mafios[oi] | usura[io]
    | strozzin[oi] | parassit[ai] | sanguisug[ahe] | avvoltoi | avvoltoio | iene | iena
    | incompetent[ei] | incapac[ei] | inett[oaie] | ignorant[ei] | cafon[ei] | bifolch[io]
    | bugiard[oaie] | ipocrit[ai] | buzzurr[oi] | tamarr[oi] | zotic[oi] | idioti | dilettant[ei]
    | patetic[oaie] | patetici | analfabet[ai] | gentaglia | somar[oi] | caproni | capre | incivil[ei]
    | razzist[ai] | fascist[ai] | nazist[ai] | ladruncol[oi] | maleducat[oaie] | avvelenator[ei] | oca | oche
    | ciul[ae] | chiavec[ah]e | scimmiett[ae] ammaestrat[ae] | cafona | scurnacchiat[oaie]
    | fenomeni da baraccone | fenomeno da baraccone | scimmi[ae] ammaestrat[ae]
    | cioccolata[io] | nullafacent[ei] | mentecatt[oaie] | scansafatiche | lazzaron[ei]
    | mangiapane a tradimento | fannullon[ei] | imbranat[oaie] | tontolon[ei] | zuccon[ei]
    | beot[ai] | allocch[io] | babbuin[oi] | troglodit[ai] | cavernicol[oi] | citrull[oi]
    | grull[oi] | accatton[ei] | straccion[ei] | impostor[ei] | magliar[oi] | teppist[ai]
    | camorrist[ai] | burin[oi] | codard[oi] | criminal[ei] | sanguisughe
    | scappati di casa | mezze calzette | mezza calzetta | testa di legno | teste di legno
    | pallone gonfiato | palloni gonfiati | bimbominkia | amebe | ameba | lumaconi | disgraziat[oaie]
    | rimbambit[oaie] | viper[ae] | scroccon[ei] | sfaticat[oaie] | filibustier[ei] | zotic[oi]
    | villan[oi] | tamarr[oi] | coatt[oi] | cozzal[ei] | truzz[oi] | minorat[oaie] | subnormal[ei]
    | handicappat[oaie] | sottosviluppat[oaie] | ciuccion[ei] | fregnon[ei] | cazzar[oi]
    | quaquaraqua | approfittator[ei] | imbonitor[ei] | opportunist[ai] | traditor[ei]
    | smidollat[oaie] | rammollit[oaie] | segaiol[oi] | mezze seghe | mezza sega
    | venditor[ei] di fumo | mort[oi] di sonno | tont[oaie] | testoni | dittatorell[oi] | bagarin[oi]
    | sciem[ei]
# used as a vocative (", incompetentiii," "Ladri!"): nouns of either number, adjectives
# only in the plural, and no word that is also an everyday noun (parassiti, vermi, iene,
# avvoltoi are animals; fallito is a failed payment; mona, pirla are kept: dialect only).
@insult_voc_it = idiot[aie] | cretin[oaie] | imbecill[ei] | deficient[ei] | scem[oaie] | pezzent[ei]
    | scimmie | scimmioni | scimmie ammaestrate
    | stronz[oaie] | strunz[oaie]? | coglion[ei] | cojon[ei] | bischeri | mone | rincoglionit[oaie] | minchion[ei] | cazzon[ei]
    | teste di cazzo | testa di cazzo | pezz[oi] di merda | pezz[oi] di (idiota|cretino|imbecille|deficiente|stronzo|somaro|asino|fango) | merde | mariuoli | facce di merda | faccia di merda
    | figli[oa]? di puttana | bastard[oaie] | ladri | ladroni | ladre | truffatori | truffatrici
    | imbroglioni | lestofanti | farabutti | delinquenti | malviventi | sciacalli | cialtroni
    | buffoni | pagliacci | mascalzoni | canaglie | furfanti | banditi | ciarlatani | cafoni
    | dementi | ritardati | mongoloidi | decerebrati | babbei | pirla | mona | puttan[ae] | schifosi | schifose
    | ladruncoli | maleducati | maleducate | avvelenatori | incivili
    | zoccol[ae] | rompicoglioni | incompetenti | incapaci | inetti | ignoranti | bugiardi
    | stupidi | infami | mafiosi | strozzini | sfigati | buoni a nulla | morti di fame | vigliacchi
    | dilettanti | patetici | analfabeti | gentaglia | somari | caproni
    | teste di rapa | testa di rapa | teste di cavolo | testa di cavolo | verme | chiaveche
    | scimmiett[ae] ammaestrat[ae] | ciula | cafona | scurnacchiati | fenomeni da baraccone
    | cioccolatai | nullafacenti | mentecatti | scansafatiche | lazzaroni | fannulloni
    | imbranati | tontoloni | zucconi | beoti | babbuini | trogloditi | cavernicoli | citrulli
    | grulli | accattoni | straccioni | impostori | magliari | teppisti | camorristi | burini
    | codardi | criminali | scappati di casa | mezze calzette | teste di legno | palloni gonfiati
    | bimbominkia | amebe | lumaconi | disgraziati | rimbambiti | vipere | decerebrate
    | furbastri | dormiglioni
    # the singular of the nouns above: "Mi hai rifilato un falso, LADRO", "Buffone, vai a
    # vendere fumo"
    | ladro | truffatore | truffatrice | imbroglione | farabutto | delinquente | cialtrone
    | buffone | pagliaccio | mascalzone | furfante | ciarlatano | cafone | somaro | caprone
    | fannullone | nullafacente | lazzarone | zuccone | beota | troglodita | citrullo
    | accattone | straccione | impostore | teppista | codardo | vigliacco | infame
    | strozzino | analfabeta | disgraziato | disgraziata | rimbambito | rimbambita | babbeo
    | lestofante | sciacallo | mentecatto | incompetente | incapace | ladruncolo | bugiardo
    | bugiarda | maleducato | maleducata | cafona
    | scrocconi | furbetti | sfaticati | briganti | filibustieri | usurai | zotici | villani
    | bifolchi | tamarri | coatti | cozzali | truzzi | allocchi | cerebrolesi | minorati
    | subnormali | handicappati | sottosviluppati | ciuccioni | fregnoni | cazzari
    | chiacchieroni | quaquaraqua | approfittatori | imbonitori | ipocriti | opportunisti
    | traditori | smidollati | rammolliti | segaioli | mezze seghe | fessi | venditori di fumo
    | morti di sonno | dittatorelli | bagarini | sciem[ei]
# animals and everyday nouns: a vocative only in a sentence that speaks to the reader
# ("ridatemi i soldi, maiali!"), never in a list ("cani, gatti, maiali, capre")
@insult_animal_it = asini | asino | capre | capra | maiali | maiale | porci | porco | avvoltoi
    | parassiti | parassita | vermi | serpi | serpenti | zecche | zecca | pidocchi
    | sanguisughe | sanguisuga | bradipi | lumache | pirati | bestie | bestia | animali
    | animale | barbari | selvaggi | primitivi | iene | iena | muli | ciucci | tonti | testoni
    | luridi | falsi | pecore | galline | oche
# insults of wit and competence, which accuse no one of a crime: "idioti in magazzino"
# names the staff, "ladri in magazzino" may be a break-in
@insult_wit_it = idioti | cretini | imbecilli | deficienti | scimmie | incompetenti | incapaci
    | somari | caproni | buffoni | pagliacci | cialtroni | dementi | decerebrati | stronzi
    | coglioni | mentecatti | fannulloni | nullafacenti | imbranati | babbuini | trogloditi
    | inetti | ritardati | analfabeti
# what may follow the insult in a vocative: "ladri schifosi", "incompetenti del cazzo",
# "ladri che non siete altro", "ladri e truffatori".
@voc_tail_it = incapaci | idioti | imbecilli | deficienti | cretini | ladri
    | truffatori | buffoni | cialtroni | pezzenti | totali | assoluti | cronici | nati
    | di (un|una|uno) (venditore|venditrice|negozio|negoziante|tecnico|commesso|commessa|operatore|operatrice|titolare|montatore|meccanico|magazziniere|corriere|fattorino)
    | di merda | di mmerda | de merda | del cazzo | der cazzo | del cavolo | schifosi
    | matricolati | matricolate | incalliti | di professione | della peggior specie
    | inutili | schifose | schifoso | schifosa | patentati | patentate | maledetti | maledette | bastardi
    | fottuti | incompetenti | che non siete altro | che non sei altro | che siete | che sei
    | ke nn siete altro | che nn siete altro | ke non siete altro | che nun site ato | che nun site atro
    | ca nun site ato | ca nun site atro | tutti | tutti quanti
    | dei miei stivali | da strapazzo | da quattro soldi | da due soldi | luridi | del menga
    | (e|ed) <insult_voc_it>
@vulgar_it = merda | mmerda | cazzo | minchia | cacca | culo | puttana | troia
