# threat (English): intimidation, threats of harm, stalking. Roles as in it/threat.lex.

threat.where_you_live: (i|we) (know|found out|find out|will find out|'ll find out) (exactly )?where (you|your \w+|the owner|the manager) {live|lives|work|works|sleep|sleeps}
threat.harm: (i'll|i will|i'm going to|im going to|gonna|we'll|we will|i am going to|going to) ~~ {kill|hurt|beat|smash|stab|shoot|punch|burn|wreck|break|strangle|murder|slap|kick} (you|ya|u|your|the owner|the manager|the driver|him|her|them|everything|the place|the shop|the store)
threat.come_for: (i'm|i am|im|we're|we are) {coming} (for you|after you|to your (house|home|office|shop|store|warehouse)|over there|down there) 
threat.careful: {watch} (your back|your backs|yourselves|yourself|your step|out when you) | {better} watch (out|your back|yourselves) | you('d| had) {better} (watch|be careful)
threat.burn: {burn} (your|the|that) (store|shop|warehouse|place|office|house|building) (down)?
threat.find_you: (i|we)('ll| will) {find} (you|where you live|your house|out where you live)
weak.where_business: (i|we) know where (your|the) {warehouse|office|offices|store|shop|depot|van|vans|building|business} (is|are)
weak.not_over: this (isn't|is not|ain't) {over}
weak.you_dont_know if "who": you don't know who you're {dealing}
weak.watch_out: {watch} out
soft.pay: you('ll| will| are going to|'re going to|'re gonna) {pay} (for this|for that|dearly)?
weak.regret: you('ll| will| are going to|'re going to|'re gonna) {regret} (this|it|that)
veto.reputational: (i'll|i will|gonna) {destroy|ruin} (you|your (business|reputation|company)) (with|on|in) (reviews|social media|facebook|twitter|tiktok|google)
veto.negated: (not|never|n't|won't) ~ {kill|hurt|beat|smash|stab|shoot|punch|burn|wreck|break|strangle|murder|slap|kick}

threat.what_happens: (see|watch|wait and see|you'll see|you will see) what {happens} (to|with) (your|the) (shop|store|window|shop window|windows|car|cars|van|vans|office|warehouse|staff|family|kids|house|place|driver|owner)
weak.visit: (pay|paying|pay you|paying you|give you|giving you|pay it|paying it|pay them|paying them) (your (office|shop|store|warehouse|house) )?(a|a little|a personal|a surprise|an unannounced) {visit}
weak.wont_like: you (won't|will not|wont|wouldn't|would not|aren't going to|are not going to) {like} (it|this|what happens|what i do|what comes next)
weak.coming_to_them: (get|gets|getting|got) what's {coming} (to them|to you|to ya)
weak.be_careful: you (should|had better|'d better|better) be {careful}
weak.shame_to_lose: (would|'d) be a {shame} (to lose|if (it|something|anything) (happened|broke|got broken))
weak.think_about_it: {think} about (it|that)(?=[^a-z0-9]*([.!;\n]|$))

# --- a threat told by its parts (see it/threat.lex) --------------------------------------
weak.knows_person: (i|we) (know|found out|looked up|have|got|'ve got) (\w+ )?(what|which) {car|van|truck|bike|school} (he|she|you|they|your \w+|the owner) (drive|drives|drove|ride|rides|own|owns|go|goes|park|parks)
    | (i|we) (know|found out|have|'ve got|got|looked up) (your|his|her|their|the owner's|the manager's) (\w+ )?(\w+'s )?{name|address|home address|plate|number plate|license plate|car|kids|wife|husband|family|schedule|route}
weak.property_fate: (looks|look|seems|seem|is|are|looking) (very |quite |really |pretty |awfully |so |rather )?{breakable|flammable|fragile|easy to break|easy to smash}
    | (won't|will not|wouldn't|would not) (\w+ )?(leave|drive off|get far|get home|last long) (with|on) (four|4|all (four|4)|its) {tyres|tires|windows|wheels}
    | (would|'d) be a (real )?{shame|pity} if ~ (happened|broke|burned|burnt|caught fire|got smashed|got broken|got damaged|went missing)
weak.when_alone: when (nobody|no one|no-one) (is|'s) {around|there|home|looking} | when you('re| are) {alone}
hint.just_saying: just so you {know}(?=[^a-z0-9]*([.!;\n]|$)) | just {saying|sayin}(?=[^a-z0-9]*([.!;\n]|$)) | your {call|choice}(?=[^a-z0-9]*([.!;\n]|$))
    | {consider} yourself warned | you('ve| have) been {warned} | (don't|dont) say (i|we) (didn't|didnt) {warn} you | food for {thought}
    | {think} about that (before|next time|when)
threat.harm_progressive: (i'm|im|i am|we're|we are) (\w+ )?{smashing|breaking|burning|slashing|keying|wrecking|kicking in|torching|trashing} (every|your|the|his|her|you|them|that|all|each|its)
threat.what_happens_when: (see|you'll see|you will see|wait and see|find out) what {happens} (when|if|once) (i|we|my (brothers|mates|friends|cousins|boys|lads)) (turn up|show up|come|get there|find|get hold of|visit|arrive)
weak.which_one: (find out|figure out|learn|discover) {which one of you} | (find out|figure out|learn|discover) who {handled|packed|answered|took} (my|the)
hint.hope: {keep} (ignoring|ghosting|stonewalling|fobbing off) (me|us) | you('d| had) {better} hope | {mark} my words | {keep} (that|this) in mind(?=[^a-z0-9]*([.!;\n]|$))
weak.see_you: (see|seeing) you {around|outside}(?=[^a-z0-9]*([.!;,\n]|$))
threat.someone_hurt: (someone|somebody|people) (is going to|'s going to|will|'ll|might|could|gonna) {get hurt|get hurt|end up hurt|end up in hospital}
threat.shame_if: (be|would be|'d be) a (real )?{shame|pity} if (something|anything) (were to |was to )?(happened|happen|happens)
weak.next_time: {next time} (i|we) (see|catch|spot|find|meet) (that|your|you|him|her|the|one of)
threat.careful_walking: (i'd|i would|i'd be|you'd|you should) (be )?(very |really )?{careful} (walking|going|leaving|driving|when you|out there|after work|at night|on your way)
threat.regret_it: (i'll|i will|i'm going to|gonna) make (sure|damn sure|certain) (they|you|he|she|whoever|the owner) {regret|regrets|pay|pays} (it|this|that|for it|for this)?
weak.backup: (a few|some|couple of|a couple of|my|two|three) (\w+ )?{mates|friends|lads|boys|cousins|brothers} (of mine )?(will|'ll|are going to|gonna|and i)
weak.if_i_meet: if (i|we) (ever )?{meet|see|catch|find} (whoever|the owner|the manager|you|your|one of you|him|her)
weak.property_flat: {flat tyres|flat tires|slashed tyres|slashed tires|smashed windscreen}
weak.mess_with: (happens|happened) to (people|those|anyone|someone) who {mess|messes|mess with|screw|screws|cross|crosses}
hint.one_day: {one of these days} | if i {were} you(?=[^a-z0-9]*([.!;,\n]|$))
threat.waiting_outside: (i'll|i will|we'll|i'm) (be )?{waiting} (for (him|her|you|them) )?(outside|by your car|at the door|after (his|her|your) shift|when (his|her|your) shift)
threat.brick: {brick|bricks|rock|rocks|stone} (through|into) (it|your|the|that)
weak.drop_by: (i'll|i will|maybe i'll|i might) {drop by|pop by|pop round|stop by} ~~ (after closing|one evening|one night|just you and me|when you're alone|alone)
    | {just you and me}(?=[^a-z0-9]*([.!;,\n]|$))
weak.tyres: (won't|will not|wont) (be )?(leaving|leave|going anywhere|drive off) (on|with) (four|4|all (four|4)) {tyres|tires|wheels}

# --- round of 2026-12-03 (sets 11-13) ------------------------------------------------
# "he's lucky I wasn't home. Next time he won't be so lucky."
threat.lucky: (next time )?(he|she|you|they) (won't|will not|wont) be so {lucky} | (he's|he is|she's|she is|you're|you are|they're|they are) {lucky} (i|that i) (wasn't|was not|wasnt) (home|there|around|in)
# "u better pray i never run into whoever handled my order"
threat.pray: (better|should|'d better) {pray} (that )?(i|we) (never|don't|dont|do not|won't)
threat.know_where_person: (i|we) know where (he|she|they|you|your \w+) {parks|park|lives|live|sleeps|sleep|drinks|works out|trains}
weak.know_premises: (i|we) know (ur|your|the) {warehouse|office|shop|store|depot} (is )?(in|at|on)
weak.been_there: {been there} (before|already)
hint.say_hi: (say|said) {hi|hello} to (whoever|the guy|the girl|your|him|her)
weak.small_world: {small world}(?=[^a-z0-9]*([.!;\n]|$))
weak.found_name: (found|got|have|looked up) (the |your |his |her )?(seller's |sellers |owner's |technician's |driver's )?(full )?{name|surname|home address} (on|from) (the )?(invoice|receipt|label|parcel|order|linkedin)
weak.weapon: (baseball|cricket) {bat} | {crowbar|knuckle duster|knuckledusters|machete}

# --- round of 2026-12-03 (sets 14-15) ------------------------------------------------
threat.teeth: {picking} (his|her|your|their) teeth | (knock|knocking|kick|kicking) (his|her|your|their) {teeth} (in|out)
threat.letters_home: (letters|visits|calls|notes) to (every one of |all of |each of |all )?your (staff|employees|team|drivers|agents) at {home}
weak.remember_faces: (i'll|i will|i) {remember} (those|your|their|his|her|that) (faces|face)
weak.team_photo: {photo|photos|picture|pictures} of (your|the) (team|staff|driver|drivers|technician|owner|manager)
weak.find_people: (not|isn't|is not) (hard|difficult) to {find} (people|anyone|someone|you|him|her)
weak.got_name: (got|have|found) your (\w+ )?(\w+'s |\w+s' )?(full )?{name|names|surname|address} (from|on|in)

# --- round of 2026-12-03 evening (sets 26-31) -----------------------------------------
weak.make_regret: (i'll|i will|i'm going to|im going to|gonna|i'm gonna) make (you|u|y'all|your \w+) {regret} | you'll be {sorry}(?=[^a-z0-9]*([.!;,\n]|$))
weak.be_around: (i'll|i will|we'll|we will) be {around}(?=[^a-z0-9]*([.!;,\n]|$)) | (have|having) a (proper|little|nice|quiet|friendly|private) {chat} (with|outside|in person|face to face)
weak.know_address: (i|we) (know|have|'ve got|got) (your|the seller's|his|her) {postcode|zip code|home address|street|house}
    | (got|have|i've got|i have|know|found|i found) (your|the) (\w+'s |\w+ s )?{home address|number plate|licence plate|license plate}
weak.hate_for: (i'd|i would) {hate} for (him|her|them|something|anything|that|this|it|you|your \w+) to
weak.not_lawyers: (and )?<not_lawyers_en>{<lawyers_en>}

# --- round of 2026-12-03 evening (sets 32-33) -----------------------------------------
threat.not_whole: (won't|will not|wont|isn't going to|is not going to) be {walking|leaving|going} (out |home |away )?(on (his|her|their) own|by (himself|herself|themselves)|on (his|her|their) own two feet|in one piece)
    | (leave|leaves|go home|goes home) (here )?in an {ambulance}
threat.coming_for: (i'm|i am|we're|we are) {coming for} (you|him|her|them|your \w+)
weak.bringing_friends: (i'm|i am|i'll be|we're) {bringing} (some |a few |my )?(friends|mates|the lads|the boys|backup|my brothers|my cousins)
weak.last_guy: the last (guy|person|one|bloke|man) who (did|tried) (that )?{regretted} it

# "Tell your driver to enjoy his evenings while he still can", "Sleep well." after an address
threat.while_you_can: {enjoy|sleep} ~~ while (you|he|she|they|u) (still )?(can|still can)
weak.sleep_well: {sleep well|sleep tight}(?=[^a-z0-9]*([.!;\n]|$))
