# English context patterns used by analyse.py (macros only); see it/_context.lex.
@neg_left_en = (not|never|n't|don't|do not|i'm not|i am not|am not|won't|wouldn't) (saying|calling|call|suggesting|implying|accusing|think|believe|mean|claiming|say) (you |that |you're |you are |you guys are )? ~
    | nobody (is )?(says|saying|said|thinks) (that )? ~ | (you're|you are|you were) (not|never) (really )?
@reported_left_en = (told|called|wrote|said|yelled|shouted) (me|us) (that )? ~~ | (wrote|sent|left|posted) (you |us )?(a|an|that|this) (\w+ )?(message|email|e-mail|review|comment|note|text) ~~ | (says|say|said|wrote|claims|claim) (that|:) ~~
    | (people|they|reviews|others|everyone|everybody) (say|said|write|wrote|claim) (that )? ~~
    | (someone|somebody|people|he|she|they|son|daughter|husband|wife|friend|friends|mum|mom|dad|brother|sister|colleague|neighbour|neighbor|guy|review|reviews|comment|comments|post|posts) ~~ (called|calling|calls|call) ((you|u) )?~~
    | (he|she|they|people|everyone|everybody|others|friend|friends|mate|mates|pal|buddy|husband|wife|partner|boyfriend|girlfriend|mum|mom|dad|brother|sister|son|daughter|colleague|neighbour|neighbor) (is |are |was |were )?(convinced|sure|certain|thinks|think|thought|believes|believe|believed|reckons|reckon|claims|claim|claimed|insists|insisted|says|said) (that )? ~~
@cond_clause_en = (it.s |its |it is )?(entirely |totally |all )?up to you | either (you|u|i|we|refund|pay|give|send|fix|sort) ~~ or | (sort|fix|refund|pay|resolve) (this|it|me|us) (out )?before | (refund|pay) (me|us) (and|then) (i|we) (won't|will not|wont) | (keep|carry on) (\w+ )?(\w+ )?(me|us) (around|waiting|on) | if (you|u) (don't|do not|dont|won't|will not|can't|cannot|refuse) | if (i|we) (don't|do not|dont|can't|cannot) | if (it|this|that|the refund|my refund|the money|my money) (isn.t|is not|.s not|hasn.t|has not|doesn.t|does not|won.t|will not) | if not | unless | until | till | or else | otherwise
    | (keep|continue|go on) (ignoring|ghosting|stalling|dodging|avoiding) (me|us|my)
@cond_before_en = or | or else | otherwise | else
@ultimatum_en = you('ve| have) (got )?(\d+|24|48|until|till|one|two|a) (hours|days|hour|day|tomorrow|today|week) | you('ve| have) (got )?(until|till) \w+
    | (i want|i expect|i need) ~~ by (tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of|\d+) | (refund|fix|sort|pay|return|honour|honor) ~~ by (tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of (the )?(day|week)) (or|otherwise|and)?
    | final warning | last warning | ultimatum
@positive_en = gorgeous | beautiful | amazing | awesome | great | love | lovely | fantastic | perfect
    | happy | thanks | thank you | recommend | wonderful | excellent | brilliant | five stars | 5 stars | positive
@negative_en = bad | negative | won't be (positive|pretty|nice|flattering|kind) | terrible | awful | scam | scammers | worst | 1-star | one-star | one star | zero stars
    | refund | disappointed | horrible | rip ?off | expose | warn everyone | how you treat
# a review promised for later, once the product is tried: no threat
@later_review = (once|after|when|as soon as) (i |we )?(it |they )?(get|receive|received|arrives|arrive|arrived|try|tried|test|tested|use|used|have tried|have used|'ve tried|'ve used|receiving|trying|testing|using|getting)
    | (appena|quando|dopo che) (lo |la |li |le |l' |l'avro |l'avrò |avro |avrò |avro' |l'ho )?(ricevo|riceverò|ricevero|ricevuto|ricevuta|ricevuti|arriva|arriverà|arrivera|arrivato|arrivata|provo|proverò|provero|provato|provata|provati|usato|usata|montato|montata|installato|testato|testata)
    | dopo (aver|averlo|averla|averli|averle) (ricevuto|ricevuta|provato|provata|usato|usata|testato|montato)
# "and I'm not talking about lawyers": see it/_context.lex
@not_lawyers_en = (i'm not|i am not|not) (talking about|on about|meaning) (the )?
@lawyers_en = lawyers | solicitors | courts | police | legal action
