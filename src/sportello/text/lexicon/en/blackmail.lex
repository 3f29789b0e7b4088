# blackmail (English): see it/blackmail.lex. Harassment consequences only; the
# reputational and threatening ones come from reputation_threat and threat.

harass.repeat if "every|day|days|night|nights|times|until|till|nonstop": (i'll|i will|i'm going to|im going to|gonna|we'll|we will) {call|email|message|text|phone|ring|spam|contact} (you|your \w+|the owner|everyone) ~~ (every (day|hour|night|single day|\d+ minutes)|day and night|all day|all night|\d+ times a day|until|till|nonstop|non-stop)
harass.flood: {flood|spam|bombard|clog|fill} (your|the) (inbox|phone|phones|lines|mailbox|chat)
harass.phoning: {phoning|calling|ringing|emailing|messaging|spamming|phone|call|ring|email|message|spam} (your|the) (shop|store|office|line|number|inbox|phones|helpline) (every|all|each) (hour|day|night|morning|minute)
harass.every if "every|each": (i'll|i will|i'm going to|gonna|i'll be|we'll|we will|be) ~~ (turning up|showing up|calling|ringing|emailing|coming|turn up|show up|call|ring|email|come|picketing|standing|camping) ~~ (every|each) (single )?{day|morning|evening|night|hour|week|weekend|saturday}
harass.spam: {spam|flood|bombard|clog} (your|the) (\w+ )?(chat|inbox|phone|phones|lines|mailbox|email|emails|page|dms|socials|comments)
# "or I start calling your personal numbers"
harass.personal_numbers: (start|keep|begin) {calling|texting|ringing|messaging} (your|the) (staff's |owner's |manager's )?(personal |private |home )?(numbers|number|phones|mobiles|phone)
# "I'll sign your customer service address up to every spam list"
harass.sign_up: {sign} (your|you) (\w+ )?(\w+ )?(\w+ )?(up )?(to|for) (every|all|each) 
harass.turn_up: (or|and) i (will |'ll )?{turn up|show up} (at|outside) your (\w+ )?(every|each) 
