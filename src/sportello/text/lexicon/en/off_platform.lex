# off_platform (English): see it/off_platform.lex.

op.private: (text|message|contact|reach|call|email|dm|write to|ping|add|find|chat with|talk to) (me|us) ~ (on|via|at|over|through) {whatsapp|telegram|signal|wechat|viber}
    | (my|our) {whatsapp|telegram} (is|number)
op.outside: {outside} (the|this|of the|of this) (platform|marketplace|site|app|chat)
    | {off} (the )?(platform|marketplace|site|app)
    | (skip|avoid|bypass|save on|save the|dodge|cut out) (the )?(platform )?{fees|commission|commissions|platform|middleman|marketplace}
    | (save|saves|saving) (us|you|me)( both)? (the )?{fees|commission|commissions}
    | (cancel|canceling|cancelling) (the |your |this )?order (on here|here|on the app|on the site) ~~ {pay|paying} (you|me) (cash|directly|in cash|by bank transfer)
    | (order|buy|purchase|shop) (directly|direct) (from|on|through|via|at) (our|my) {website|site|shop|store|webshop}
    | (order|buy|purchase|shop) {directly|direct} from (me|us)
    | (deal|trade|sort this out|do this|do business) {directly|privately} (with me|between us)?
op.payment: (pay|send|transfer|wire) (me )?(the money )?(via|by|with|through|using|over) {bank transfer|wire transfer|wire|paypal friends|zelle|venmo|cash app|cashapp|western union|moneygram|crypto|bitcoin|revolut|friends and family}
    | {paypal} (friends|f&f|family)
    | (send|give) me your {iban|bank details|account number}
op.number: (give|send|text|tell|share|leave) (me |us )?(your|a) {number|phone number|phone|cell|mobile|email|email address|whatsapp|telegram|contact|private email|personal email}
propose.write: {email|mail|write|contact|message} me (at|on|directly|privately) | (reach|contact) me {directly|privately}
veto.refuse: (don't|do not|doesn't|never|not|no) ~ {whatsapp|telegram}
    | (i|we) (already )?(tried|wrote|messaged|contacted|called|texted) ~ (on|via|through|over) {whatsapp|telegram}
op.no_app: (no need to|don't need to|dont need to|without|skip|instead of) (go |going )?(through|using|use) (the )?{app|platform|site|marketplace}
op.dm_me: {dm|pm|inbox} me (on|via|at|over) (insta|instagram|facebook|fb|twitter|x|tiktok|snap|snapchat)
    | (just )?{dm|pm} me(?=[^a-z0-9]*([.!;,@\n]|$))
op.continue_email: (continue|carry on|move|take) (this|the conversation|our conversation|it) (over|by|via|on|to) {email|whatsapp|text|phone}
veto.on_site: (pay|paying|pay for it) (\w+ )?by {bank transfer|wire transfer} (on|through|via|at|in) (your|the) (website|site|checkout|platform|app|shop|store)
op.easier_than: {easier|quicker|faster|simpler} than (the )?(chat|app|site|platform|messages) (here|on here|thing)?
