# bad_faith_assumption (English): see it/bad_faith_assumption.lex.

bf.on_purpose: (you|you're|you are|you guys|your company|your staff|they|they're|this company|you've|you have) ~~ {deliberately|intentionally|purposely|purposefully|knowingly}
    | (you|you're|you are|you guys|your company|they|they're|this company|doing this|doing it|doing that) ~~ on {purpose}
bf.scam: (is|it's|its|this is|that's|what a|total|complete|such a|obviously a|clearly a|just a|a) (a )?{scam|fraud|ripoff|rip-off|robbery|daylight robbery|theft|swindle|racket}
    | (you|you're|you are|you guys are|they are|they're|this company is|this site is|your company is) ~ {scamming|ripping|robbing|stealing|cheating|conning|defrauding|swindling}
    | (you|they) ~ {stole|robbed|cheated|conned|scammed|defrauded|swindled|ripped} (me|us|my|our|people|customers|everyone)
    | (scam|fraudulent|fake|dodgy|shady) {company|site|website|shop|store|business|seller}
bf.keep_money: (you|you're|you are|you just|they) ~ (want to |trying to |just |going to )?{keep|keeping|pocket|pocketing} (my|our|the|people's) (money|refund|cash)
    | (you|you're|you are|they) ~ {keeping|pocketing|kept|pocketed} (my|our|the) (\w+ )?(deposit|money|refund|cash|payment)
bf.give_up: so (that )?(i|we) {give up|stop asking|go away|forget}
veto.phishing: (phishing|fake|scam) {email|emails|text|texts|sms|call|calls|message|messages|link}
bf.trick: (nice|neat|clever|cute|classic|old|same old|typical|textbook|cheap) {trick|scam|ploy|stunt|racket}
bf.hide_reviews: (you|they) (clearly |obviously |conveniently |probably |just )?(hide|delete|remove|censor|bury|filter out|filter) (the |all |any |all the )?(bad|negative|honest|critical|1-star|one-star) {reviews}
veto.which_one: (or|or is it|or is this|or it's) (a |just a )?{scam}[^a-z0-9]*\?
bf.you_scam: (you|u|you guys|you people) (clearly |obviously |just |always )?{scam|rip off|ripoff|cheat|fleece|swindle|scamming|cheating|ripping off} (your )?(customers|people|everyone|buyers|us|me)
bf.designed: (designed|built|made|set up|wrote|written|worded) (your |the |this )?(return policy|policy|website|site|process|system|form|terms) (just )?to {trap|trick|cheat|confuse|fool|screw|rip off|scam}
bf.kept_money: (and |then |just )?{kept|keep|keeping} (the|my|our|all the) (money|cash|refund)
bf.business_model: (that's|thats|that is|seems to be|must be|is clearly) (your|the) {business model}
bf.squeeze: to {squeeze|milk|fleece|gouge|bleed} (people|customers|buyers|us|everyone|the customer)
bf.took_money: you (just |simply |basically )?{took|stole|pocketed|nicked|swiped|kept} my (\d+|money|cash|deposit|refund|payment)
    | (clearly |obviously )?{hoping} (that )?(i'll|i will|i|we'll|we) (just )?(give up|go away|forget|stop asking|lose interest)
bf.funny_how: {funny|strange|interesting|convenient|odd} how (the |your |you |it |this |that |every )
bf.designed: (you've|you have|you|they've|they) (clearly |deliberately |obviously |purposely )?{designed|built|rigged|engineered} ~~ (to trap|to stop|so that|to make people|to confuse|to discourage)
    | you {knew} (those|these|it|they|the) ~~ (were|was) (fake|faulty|broken|counterfeit|used|damaged|defective)
bf.as_new: (sell|selling|sold|sells) (\w+ )?(returned|used|refurbished|second-hand|secondhand|fake|faulty) (\w+ )?as {new}
    | don't {pretend} (it's|it was|this is|that was) (an |a )?(accident|error|mistake|glitch)
    | (hiked|raised|bumped|jacked) (up )?the {price} (after|when|the moment|once)
# "you'll pretend it's the bank's fault", "you're keeping my €100 deposit"
bf.pretend: (you'll|you will|you|you're going to|you are going to|you'd|you always) {pretend} (it's|it is|it was|that|to|the|there|nothing|you|we|i|this)
