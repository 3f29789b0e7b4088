# reputation_threat (English): see it/reputation_threat.lex.

@rep_verb_en = i'll | i will | i'm going to | im going to | i am going to | gonna | going to
    | will | i'm about to | about to | i shall | we'll | we will | i'm gonna | im gonna
    | i'm | im | i am | we're | we are | i'll be | i will be
@review_en = review | reviews | 1-star | one-star | one star | 1 star | zero stars | 0 stars | rating
    | feedback
@platform_en = facebook | twitter | tiktok | instagram | youtube | reddit | google | trustpilot | discord | twitch | r \w+ | subreddit | subreddits
    | yelp | social media | socials | internet | everywhere | every platform | press | newspapers
    | news | tv | linkedin | x | blog | forum | forums | tripadvisor | google maps

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
    | (get|be) {ready} for (a|an|my|some|plenty of|lots of) ~ (review|reviews|rating|1-star|one-star|one star|post|posts)
    | {brace} (yourselves |yourself )?for (a|an|my|some|plenty of|lots of) ~ (review|reviews|rating|1-star|one-star|one star|post|posts)
rep.thread: (i'm|im|i am|i'll|i will|i'm going to|gonna|going to|we're|we'll) (making|make|start|starting|write|writing|post|posting|film|filming|record|recording|do|doing|put up|putting up) (a|an) (long |full |detailed |whole |big )?(reddit|tiktok|youtube|facebook|instagram|twitter|x) {thread|video|post|reel|story}
rep.spam: {spam|flood|bombard} (every one of |every single one of |all |all of |every )?(your|the) (instagram |facebook |tiktok |twitter )?(posts|post|page|pages|reviews|comments|feed|profile|account)
rep.going_up: (my|the|a) (\w+ )?(review|reviews|video|post|thread|article|story) (is|are|will be|goes|go|'s) {going up|going live|coming out|up} (tonight|today|tomorrow|soon|this week|shortly|on \w+)
rep.hear: (everyone|everybody|the whole internet|all my followers|the world) (on \w+ )?(is going to|will|'ll|gonna|are going to) {hear|know|find out|see|learn} (about|how|what|that)
rep.tag: {tagging|tag} (you|your brand|your company|your shop|your store|your account) (under|on|in) (every|all|each)
rep.goes_up: {goes up|going up|go up|goes live|going live|goes online|going on} (on|onto) (<platform_en>|mumsnet)

# --- a threat told by its parts (weak.*; see it/reputation_threat.lex) -----------------
@audience_en = followers | subscribers | members | readers | viewers | riders | fans | listeners
    | views | users
weak.audience: (\d+[.,]?\d*[a-z]* |thousand |thousands of |hundred |hundreds of |million )(of )?{<audience_en>}
    | (my|all my|to my|all of my) (\d+[a-z]* )?{<audience_en>|audience}
weak.audience_channel: (my|i run a|i run an|i have a|i've got a|i write a|i host a) (\w+ )?(\w+'s )?{channel|page|blog|newsletter|forum|group|club|community|podcast|subreddit}
    | (every|all the|each|all my) (single )?(\w+ )?{forum|forums|group|groups|subreddit|subreddits|community|communities|club|clubs|page|pages|site|sites|platform|platforms}
weak.story: (<rep_verb_en>|'ll|will) ~ (tell|write up|writing up|share|sharing|post|posting|telling|film|filming|put|putting) ~ {story|saga|experience|ordeal|thing|tale}
weak.hear: {hear|hears|read|learn|know|find out|see} (exactly |all |all about |about )?(how you|what you|about this|about you|the whole|how your)
weak.verdict: (won't|will not|isn't going to|is not going to) be {flattering|kind|pretty|nice|positive}
    | (see|let's see) how many {customers} you (keep|have left|lose)
weak.screens: (with|all the|every) (\w+ )?{screenshots|screenshot|receipts}
weak.goes_up: {goes up|go up|going up|goes live|goes online|gets posted|get posted} 
weak.how_you_treat: (how|the way) you (\w+ )?{treat|treated|handle|handled|deal with|dealt with|scam|scammed|rip off|ripped off|fob off|fobbed off} (your |me|people|customers|returns|complaints|warranty)
    | the {truth} about (you|your|this company|this shop|how)
weak.want_me_to: do you {really|honestly|seriously} want me to (post|write|tell|share|put)
rep.making_a: (i'm|im|i am|i'll|i will|gonna|going to|we're|we'll) (\w+ )?(making|make|post|posting|do|doing|film|filming|record|recording|upload|uploading) (a|an) (\w+ )?{tiktok|reel|youtube video|instagram story|video about|thread about|post about}
rep.flood_sites: {flood|spam|bombard|carpet} (every|all|each|the) (single )?(review )?(site|sites|platform|platforms|forum|forums|page|pages)
rep.silence: (and|then) (i|we) (won't|will not|wont) {post|write|say|leave|put up} (anything|a word|a thing|the review|a review|it)
    | (and|then) (i|we) (don't|dont) {post|write|leave} (anything|the review|a review)
veto.about_to: (was|were|i was|we were) (about to|going to|gonna|this close to|ready to) (write|leave|post|give) ~ {review|reviews|rating} (\w+ )*(but|however)
    | (before|until) (\w+ )?(sorted|fixed|solved|resolved|helped) ~ {review}
rep.livestream: (i'll|i will|gonna|i'm going to|we'll|and) (\w+ )?{livestream|live-stream|live stream|stream} (the whole thing|it|everything|all of it)
rep.earned_thread: (earned|bought|got|won) (yourselves?|you) (a|an) (\w+ )?{thread|post|review|video|write-up}
weak.everyone_will_know: (every|all) (\w+ )?(\w+ )?(site|sites|platform|platforms|forum|forums|group|groups)( on the internet)? (will|'ll|is going to|are going to) {know|hear|find out|learn}
rep.wont_post: (and|then) (i|we) (won't|will not|wont) {post|upload|share|publish} (the|my|that|this) (\w+ )?(video|photos|pictures|review|post)
weak.write_up: (i'm|im|i am|i'll|i will|i'm going to|gonna) (going to )?{write} (this|the|it|my) (whole )?(\w+ )?(up )?(on|for) (our|my|the) (\w+ )?(\w+'s )?(blog|page|forum|newsletter|group)
rep.while_it_lasts: {enjoy} (your|that|the) (\d+[.,]?\d* )?(star )?(rating|reviews|stars|score) while it lasts

# --- round of 2026-12-03 (sets 11-13) ------------------------------------------------
# "I'm posting everywhere that you're thieves", "making sure every sneakerhead forum knows"
rep.everywhere: (<rep_verb_en>|or|and) ~ (posting|post|telling|tell|writing|write|saying|say|shouting|shout|spreading|spread) (it )?{everywhere}
    | (<rep_verb_en>|or|and) ~ (posting|post|telling|tell|writing|write|saying|say|shouting|shout|spreading|spread) (it )?(to |on )?the whole {internet}
rep.making_sure: making sure (every|all|the whole) (\w+ )?(\w+ )?{forum|forums|group|groups|community|server|subreddit|site|sites|platform|platforms} (knows|hears|finds out|sees)
# "or I write a review on every platform that exists"
rep.or_i: (or|else|otherwise|or else) (i|we) (will |'ll )?(\w+ )?(write|post|leave|put up|drop|share|film|make|upload) ~~ {<review_en>|thread|tiktok}
# "my discord server (3k ppl) gets the full story + screenshots"
rep.gets_story: (my|our) ~~ (will |is |are )?{gets|get|getting} the (full |whole |entire )?(story|truth|screenshots|details|receipts)
# "this is going straight into my 'worst brands' video"
rep.into_my: (going|goes|go|put|putting) (straight |right )?(into|in|on|onto) my ~ {video|videos|tiktok|reel|reels|stories|thread|blog|newsletter|podcast}
rep.viral: (a|an|my|the) {viral} (thread|video|post|tiktok|story|review|reel)
weak.accounts: (lot of|lots of|many|several|plenty of|\d+) {accounts|profiles} (on|across) (review )?(sites|platforms|apps)
hint.your_call: your {call|choice}(?=[^a-z0-9]*([.!;\n]|$)) | (entirely |totally |all )?{up to you}(?=[^a-z0-9]*([.!;\n]|$))

# --- round of 2026-12-03 evening (sets 26-31) ----------------------------------------
# "or you'll be famous for all the wrong reasons", "I'll make you infamous"
rep.famous: (you'll|you will|you're going to|youre going to|you are going to|you'll be|gonna) (be |become |go )?{famous|infamous|viral|trending|notorious} | make (you|your \w+|this|it) {famous|infamous|notorious}
# "every review site on earth will hear what a bunch of muppets you are"
rep.sites_hear: (every|all the|all) (\w+ )?(review site|review sites|platform|platforms|forum|forums|group|groups|site|sites) ~ (will|is going to|'ll|gonna|are going to) {hear|know|find out|see|learn|read}
# "after that I start posting your full name in every resale group"
rep.start_posting: (i'll|i will|i|i'm going to|im going to|gonna) (start|begin|keep|carry on) {posting|sharing|uploading|naming|tagging} (about (you|your|this)|your|you|everywhere|online|screenshots|photos|pictures|videos|reviews|the (whole|full) (story|thing|chat|conversation))
# "I'll have my 60k Instagram followers hear all about you"
rep.followers_hear: (have|get|make|let) (all )?my (\d+[a-z]* )?(\w+ )?{followers|subscribers|viewers|readers|members} (hear|know|find out|see|learn|read)

# "or I post this whole chat on Reddit and X", "Posting this whole story on Reddit tonight",
# "Writing this up on TripAdvisor tonight", "every cycling forum in Europe hears your shop's name",
# "the video ... goes on TikTok"
rep.or_post: (or|else|otherwise|and then|then) (i|we) (will |'ll |am going to |'m going to |am gonna )?{post|share|put|publish|upload|plaster|spread} (this|it|the|our|all|everything|the whole|this whole|all of this|every) (\w+ )?(\w+ )?(on|to|all over|across|onto) (<platform_en>)
rep.posting_now: {posting|sharing|uploading|writing this up|writing it up|putting this up} (this |the |it |our |all |my )?(\w+ )?(\w+ )?(on|to|all over|onto) (<platform_en>) (tonight|today|tomorrow|now|this evening|right now|later)
rep.forums_hear: (every|all the|all) (\w+ )?(\w+ )?(forum|forums|group|groups|site|sites|platform|platforms|subreddit|subreddits) (in \w+ )?{hears|learns}
rep.goes_on: {goes|go|going} (up |live |online )?(on|onto) (<platform_en>)
