# legal_action (English): see it/legal_action.lex.

legal.lawyer: {lawyer|lawyers|attorney|attorneys|solicitor|solicitors|legal action|legal proceedings|legal steps|legal advice|legal team|legal counsel}
legal.small_claims: {small} claims
legal.court: {lawsuit|court|courts|litigation|tribunal|class action|magistrate}
# "sue" is also Italian ("le sue funzioni"): only as an English verb with an object or a subject
legal.sue: {sue|suing} (you|your|the|them|this|for|u) | (i'll|i will|i am going to|i'm going to|gonna|going to|will|we'll|we will) {sue}
legal.police: (report|reporting|reported|go|going) (you |this |it )?(to )?the {police|cops|authorities|fraud squad}
    | {police} (report|complaint)
legal.authority: {ftc|bbb|better business bureau|trading standards|ombudsman|consumer protection|consumer rights|consumer association|consumer organisation|consumer organization|citizens advice|regulator|attorney general}
    | (report|reporting|complain|complaining|file a complaint|filing a complaint|lodge a complaint) ~~ (to|with) (the )?{authorities|regulator|agcm|antitrust|bank|card issuer|credit card company|paypal|visa|mastercard|amex}
legal.chargeback: {chargeback|chargebacks|charge back|charge-back}
    | (dispute|disputing|reverse|reversing|contest|contesting|cancel) (the |this |my )?(charge|payment|transaction) ~~ (with )?(my |the )?{bank|card|paypal|issuer|credit card}
    | {dispute} (with|through) (my|the) (bank|card|credit card|paypal)
veto.friend: (a|my|our) {solicitor|lawyer|attorney} (friend|mate|cousin|brother|sister|neighbour|neighbor|colleague) (says|said|told|thinks|reckons|mentioned)
    | (i'm|i am|i work as) (a|an) {lawyer|solicitor|attorney}
veto.negated: (not|never|won't|don't want to|do not want to|no need to|not trying to) (going to |gonna |trying to )?(threaten|involve|call|get|bring in|contact|hire|threatening|involving|calling) (you with )?(a |any |the |my )?{lawyers|lawyer|solicitor|solicitors|attorney|attorneys}
veto.citing: (under|according to|as per|per) (the )?{consumer rights act|consumer rights|consumer contracts regulations|consumer law}
veto.relative: (wife|husband|partner|brother|sister|mum|mom|dad|father|mother|son|daughter|cousin|friend)('s| is) (a |an )?{solicitor|lawyer|attorney}
legal.dispute_with: (opened|open|opening|filed|file|raised|raise|started|start) (a )?{dispute|claim|chargeback|case} (with|on|through|via) (paypal|my bank|the bank|visa|mastercard|amex|my card|my credit card)
# "and I'm not talking about lawyers": the step is not a legal one
veto.not_lawyers: <not_lawyers_en>{<lawyers_en>}
