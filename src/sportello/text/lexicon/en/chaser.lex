# chaser (English): see it/chaser.lex.

chase.still_nothing: {still} (nothing|no (reply|answer|response|news|update|word|refund)|waiting for (a|an|your|any) (reply|answer|response))
chase.news if "?": {any} (news|update|updates|progress|word)( (on|about|regarding) (my|the|this) (order|refund|case|ticket|request|return|complaint|issue))?[^a-z0-9?]*\?
chase.wrote_n: (i've|i have|we've|we have|i had|i already|i've already|i have already) (already )?{written|emailed|messaged|contacted|called|asked|chased|sent|wrote|reached out} ~ (\d+|two|three|four|five|six|several|many|multiple|numerous|countless|a dozen|ten|so many) (times|emails|messages|mails)
chase.nth: this is (my|the) (second|third|fourth|fifth|sixth|\d+(st|nd|rd|th)|umpteenth|nth) {email|message|time|request|attempt|reminder|mail}
    | (second|third|fourth|fifth|sixth|seventh|tenth|umpteenth|nth|\d+(st|nd|rd|th)) {email|message|mail|attempt|reminder}(?=[^a-z0-9]*([.!?\n]|$))
chase.no_answer: no ?{one|body} (has )?(yet )?(answered|replied|responded|got back|gets back|bothered)
    | (i|we) (still )?(never|haven't|have not|didn't|did not) (got|get|gotten|received|receive|heard) (a |any )?{reply|answer|response|back}
    | {still} waiting (for|on) (a|an|your|any) (reply|answer|response)
chase.following: {following} up (again|on my|once more|for the|on this)
    | (another|a second|a third|a final) {reminder}
chase.anyone if "?": {hello|hellooo|anyone|anybody|helloo}[^a-z0-9?]*\?
newinfo.attach: {attached|attaching|enclosed|here's|heres} | {here} (is|are) | please {find} | (i've|i have|i) {attached|added|included}
chase.still_bare: {still} waiting(?=[^a-z0-9]*([.!?\n]|$))
chase.checking: just {checking} in | {checking} in (on|again|about) | {bumping} (this|my) | {still} waiting to hear
