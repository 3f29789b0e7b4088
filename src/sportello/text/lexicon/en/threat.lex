# threat (English): intimidation, threats of harm, stalking. Roles as in it/threat.lex.

threat.where_you_live: (i|we) (know|found out|find out|will find out|'ll find out) (exactly )?where (you|your \w+|the owner|the manager) {live|lives|work|works|sleep|sleeps}
threat.harm: (i'll|i will|i'm going to|im going to|gonna|we'll|we will|i am going to|going to) ~~ {kill|hurt|beat|smash|stab|shoot|punch|burn|wreck|break|strangle|murder|slap|kick} (you|ya|u|your|the owner|the manager|the driver|him|her|them|everything|the place|the shop|the store)
threat.come_for: (i'm|i am|im|we're|we are) {coming} (for you|after you|to your (house|home|office|shop|store|warehouse)|over there|down there) 
threat.careful: {watch} (your back|yourselves|yourself|your step) | {better} watch (out|your back|yourselves) | you('d| had) {better} (watch|be careful)
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
