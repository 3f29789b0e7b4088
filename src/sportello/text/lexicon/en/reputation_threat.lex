# reputation_threat (English): see it/reputation_threat.lex.

@rep_verb_en = i'll | i will | i'm going to | im going to | i am going to | gonna | going to
    | will | i'm about to | about to | i shall | we'll | we will | i'm gonna | im gonna
    | i'm | im | i am | we're | we are | i'll be | i will be
@review_en = review | reviews | 1-star | one-star | one star | 1 star | zero stars | 0 stars | rating
    | feedback
@platform_en = facebook | twitter | tiktok | instagram | youtube | reddit | google | trustpilot
    | yelp | social media | socials | internet | everywhere | every platform | press | newspapers
    | news | tv | linkedin | x | blog | forum | forums

rep.review if "ll|will|going|gonna|about|shall|m|im|am|re|be": (<rep_verb_en>) ~~ (leave|write|post|give|put|share|drop|leaving|writing|posting|putting up|sharing|dropping) ~~ {<review_en>}
rep.enjoy: {enjoy} (your|the|my) (1|one|0|zero)'(-)?(star|stars)
    | (bad|negative|terrible|scathing|horrible|awful|honest) {review|reviews} (is |are )?(coming|incoming|on (its|the) way)
rep.social: (<rep_verb_en>) ~~ (post|share|put|spread|blast|plaster|tell|expose|publish|write about|posting|sharing|putting|spreading|blasting|plastering|telling|exposing|publishing|writing about|uploading|upload) ~~ (on|all over|across|to|about (this|you) on) (the |my )?{<platform_en>}
    | all {over} (social media|tiktok|twitter|facebook|the internet|instagram|reddit|youtube)
    | (tell|warn) (all )?(my )?{followers}
rep.idiom: {expose} (you|your company|your business|this|this company|you guys) | name and {shame} | (go|make this|make it) {viral}
veto.positive: ((5|five|4|four)'-?'star|great|positive|good|glowing) {review|reviews}
veto.past: (i've|i have|i|we|we've|already) (already )?(left|written|wrote|posted|gave|given|shared) ~ {review|reviews|feedback|rating}
    | (this|the present) {review}
rep.everyone_knows: make sure (that )?(everyone|everybody|people|the world)( on (google|facebook|twitter|tiktok|instagram|trustpilot|reddit|social media))? {knows|hears|finds out|sees}

rep.expect: {expect} (a|an|my|some|plenty of|lots of) ~ (review|reviews|rating|1-star|one-star|one star|post|posts)
rep.thread: (i'm|im|i am|i'll|i will|i'm going to|gonna|going to|we're|we'll) (making|make|start|starting|write|writing|post|posting|film|filming|record|recording|do|doing|put up|putting up) (a|an) (long |full |detailed |whole |big )?(reddit|tiktok|youtube|facebook|instagram|twitter|x) {thread|video|post|reel|story}
rep.spam: {spam|flood|bombard} (every one of |every single one of |all |all of |every )?(your|the) (instagram |facebook |tiktok |twitter )?(posts|post|page|pages|reviews|comments|feed|profile|account)
rep.going_up: (my|the|a) (\w+ )?(review|reviews|video|post|thread|article|story) (is|are|will be|goes|go|'s) {going up|going live|coming out|up} (tonight|today|tomorrow|soon|this week|shortly|on \w+)
rep.hear: (everyone|everybody|the whole internet|all my followers|the world) (on \w+ )?(is going to|will|'ll|gonna|are going to) {hear|know|find out|see|learn} (about|how|what|that)
rep.tag: {tagging|tag} (you|your brand|your company|your shop|your store|your account) (under|on|in) (every|all|each)
rep.goes_up: {goes up|going up|go up|goes live|going live|goes online|going on} (on|onto) (<platform_en>|mumsnet)
