# reputation_threat (English): see it/reputation_threat.lex.

@rep_verb_en = i'll | i will | i'm going to | im going to | i am going to | gonna | going to
    | will | i'm about to | about to | i shall | we'll | we will | i'm gonna | im gonna
@review_en = review | reviews | 1-star | one-star | one star | 1 star | zero stars | 0 stars | rating
    | feedback
@platform_en = facebook | twitter | tiktok | instagram | youtube | reddit | google | trustpilot
    | yelp | social media | socials | internet | everywhere | every platform | press | newspapers
    | news | tv | linkedin | x | blog | forum | forums

rep.review if "ll|will|going|gonna|about|shall": (<rep_verb_en>) ~~ (leave|write|post|give|put|share|drop) ~~ {<review_en>}
rep.enjoy: {enjoy} (your|the|my) (1|one|0|zero)'(-)?(star|stars)
    | (bad|negative|terrible|scathing|horrible|awful|honest) {review|reviews} (is |are )?(coming|incoming|on (its|the) way)
rep.social: (<rep_verb_en>) ~~ (post|share|put|spread|blast|plaster|tell|expose|publish|write about) ~~ (on|all over|across|to|about (this|you) on) (the |my )?{<platform_en>}
    | all {over} (social media|tiktok|twitter|facebook|the internet|instagram|reddit|youtube)
    | (tell|warn) (all )?(my )?{followers}
rep.idiom: {expose} (you|your company|your business|this|this company|you guys) | name and {shame} | (go|make this|make it) {viral}
veto.positive: ((5|five|4|four)'-?'star|great|positive|good|glowing) {review|reviews}
veto.past: (i've|i have|i|we|we've|already) (already )?(left|written|wrote|posted|gave|given|shared) ~ {review|reviews|feedback|rating}
rep.everyone_knows: make sure (that )?(everyone|everybody|people|the world)( on (google|facebook|twitter|tiktok|instagram|trustpilot|reddit|social media))? {knows|hears|finds out|sees}
