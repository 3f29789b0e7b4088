# abusive (English): insults, slurs, vulgar or degrading language AIMED AT the staff
# or the company. Same design as it/abusive.lex: an insult ({head}) plus a target
# (you, your staff, the company) or a vocative. Harsh words about the service ("worst
# service", "unacceptable", "shocking packaging"), exclamations ("oh shit", "annoying
# af") and reproaches are not here.

insult.you: <you_are_en> ((<det_en>) )?((<mod_en>) )*{<insult_strong_en>|<insult_animal_en>}
insult.you_np: (you|u|all you|you all|you guys) ((<mod_en>) )*{<insult_voc_en>|<insult_animal_en>}
insult.staff: (your|the|that|this) (<staff_en>) ~~ (<is_en>) ((<det_en>) )?((<mod_en>) )*{<insult_strong_en>}
insult.staff_adj: (your|the|this|that) ((<mod_en>) )*{<insult_strong_en>} (<staff_en>)
insult.company_of: (<staff_en>|company|shop|store|site|website|outfit|business|bunch|den|nest) (of|full of|run by) ((<mod_en>) )*{idiots|morons|thieves|crooks|scammers|clowns|incompetents|criminals|fraudsters|liars|cowboys|amateurs}

voc.insult: ((<mod_en>|you|bunch of|what a bunch of|a bunch of|load of) )*{<insult_voc_en>}( (of shit|and (<insult_voc_en>)))*

vulgar.of_service: {fucking|fuckin|shit|shitty|crap|crappy} (<staff_en>)
vulgar.you_are: <you_are_en> ((<det_en>) )?{piece of shit|pieces of shit|shit|garbage|trash|scum|filth|vermin|animals|pigs}
vulgar.you_suck: (you|u|you guys|your company|your staff|your service) (all )?(fucking )?{suck|sucks|stink|stinks}

fuck.you: {fuck|screw} (you|u|off|yourselves|yourself|your company|your shop|your store|you all|ya)
fuck.go: go {fuck|screw} (yourselves|yourself|off) | go to {hell} | {piss} off | eat {shit} | kiss my {ass|arse}
    | suck my {dick|balls} | up {yours} | drop {dead} | rot in {hell}
fuck.stfu: {shut the fuck up|stfu}

veto.self: (i am|i'm|im|i was|i feel like|i felt like|made me (feel|look) like|treat(ed|ing)? me like|take me for|think i'm|think i am) ((<det_en>) )?((<mod_en>) )*{<insult_strong_en>}
# someone else as the subject ("the courier company are a bunch of useless morons",
# "the taxi driver who brought me to your shop was a total idiot"): see @third_en
veto.third_party_is: <third_subj_en> ~~ (<is_en>|seem|s|employs|hires) ((<det_en>) )?((<mod_en>) )*{<insult_strong_en>}
# the writer talking to themself: "note to self: check the size next time, you muppet"
veto.to_myself: (to myself|note to self|i tell myself|i told myself|i keep telling myself|reminding myself) ~~ {<insult_voc_en>}
veto.exclamation: (oh|holy|bull|no) {shit} | {shit} happens | (what|wtf) the {fuck|hell} | {fucking} hell | for {fuck}'?s sake
insult.what_kind: (what kind of|what sort of|what a bunch of|what a pack of|such a bunch of|what a collection of|what a load of|what a gang of|what a shower of|what a band of) ((<mod_en>) )*{<insult_strong_en>}
insult.talking_to: (talking|talk|dealing|deal|speaking|speak|chatting) (to|with) (you |a bunch of |a pack of |these )?{idiots|morons|clowns|imbeciles|cretins|muppets|monkeys|halfwits|numpties}
# "run by a bunch of brain-dead monkeys": people likened to a herd of animals
insult.herd: (bunch|pack|load|gang|team|crew|band|troop) of (brain-dead |braindead |brainless |useless |incompetent )?{monkeys|donkeys|baboons|chimps|sheep|goats|apes}
    | (you|u) (useless |total |absolute |utter |bloody |fucking )*(bunch|pack|load|gang|band) of {clowns|idiots|morons|muppets|monkeys|donkeys|imbeciles|cretins|halfwits}
insult.talking_to: (talking|talk|speaking|speak|dealing|deal|chatting|chat) (to|with) (\w+ )?(\w+ )?{<insult_voc_en>}(?=[^a-z0-9]*([.!;,\n]|$))
# "whoever runs this shop is a proper muppet", "which idiot packed this?"
insult.whoever: (whoever|the (guy|person|one|idiot|genius|clown) (who|that)) ([a-z']+ ){1,6}(is|was|are|were) ((<det_en>) )?((<mod_en>) )*{<insult_strong_en>}
insult.which: (which|what) ((<mod_en>) )*{<insult_voc_en>} (packed|sent|wrote|handled|prepared|shipped|approved|decided|answered|picked|packaged|boxed)
# "listen here you little rat", "oi muppets": a call, then the insult
insult.listen: (listen|listen here|listen up|oi|oy) (you )?((<mod_en>) )*{<insult_voc_en>}
insult.thick: are you (all |guys |people )?(this|that|so|really|actually) {thick|stupid|dense|dumb|useless|incompetent|clueless}
vulgar.joke_of: (what a|such a|this is a|you're a|you are a) (fucking|bloody|fuckin|f\*+ing|goddamn) {joke|disgrace|shambles|mess|circus|clown show} (of a (company|shop|store|business|service))?

# --- round of 2026-12-03 (sets 14-15) ------------------------------------------------
# "one of your useless morons on the phone", "the muppet on your chat", "the absolute
# donkey who picked up the phone"
insult.your_x: (your|of your) ((<mod_en>) )*{<insult_voc_en>}
insult.on_your: (the|that|this) ((<mod_en>) )*{<insult_voc_en>|donkey|donkeys} (on|at|in|who|that) (your |the )?(chat|phone|desk|support|warehouse|till|line|counter|picked|answered|took|handled)
# "useless muppets in the warehouse", "clowns from customer service"
insult.in_place: ((<mod_en>) )*{<insult_voc_en>} (in|at|from|of) (your |the )?(warehouse|dispatch|packing|returns|customer service|customer support|support|shipping|call centre|call center|head office)( department| dept| team| desk)?
# "you useless lot", "you thieving lot" ("you lot" alone is only familiar)
insult.you_lot: (you|u|ya|ye) ((<mod_en>) )+{lot}
insult.greeting: (dear|hello|hi|hey) ((<mod_en>) )*{<insult_voc_en>}(?=[^a-z0-9]*([.!,;\n]|$))
# "Scam shop."
vulgar.scam: {scam} (shop|store|company|site|business|outfit|artists)(?=[^a-z0-9]*([.!;\n]|$))

# "your driver has the manners of a farm animal"
insult.manners_of: (has|have|got|with) (the )?{manners|brains|brain|iq|intelligence|charm|personality|people skills} of (a|an|the)
