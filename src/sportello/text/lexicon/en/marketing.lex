# marketing (English): see it/marketing.lex.

mk.subscribe: (subscribe|sign up|join|signup) ~~ {newsletter|mailing list|club|channel|vip list|loyalty program|loyalty programme}
mk.discover: (check out|discover|browse|visit|follow us|shop|explore|see|don't miss) ~~ (our|my) (\w+ )?{new arrivals|collection|collections|store|shop|website|site|catalog|catalogue|page|instagram|sale|deals|products|range|portfolio}
    | {follow} (me|us) (on|over on) (instagram|facebook|tiktok|youtube|pinterest|etsy|twitter|x)
mk.offer: use (the )?{code|coupon|promo code|discount code} [a-z0-9]+
    | limited time {offer|deal} | {exclusive} (deals|discounts|offers|codes|access)
    | free {shipping|delivery} (on|over|for all|for orders)
    | {sale} (ends|valid|starts|this week|today only) | {today} only | this {weekend|week} only
mk.percent if "%": \d+'% {off} (everything|your next|all|sitewide|storewide|your first|the whole)
veto.demand: (give me|i want|i'd like|i would like|i expect|i demand|at least|can i get|could i get|can you give me|could you give me|you owe me|i deserve|offer me|i need) (a |the )?{free} (shipping|delivery|return|returns|replacement)
mk.have_a_look: (have|take) a look at (our|my) (\w+ )?{page|site|website|shop|store|collection|range|events page|new arrivals}
mk.now_in_stock: (our|my) (\w+ )?(\w+ )?{collection|range|line} is (now )?(in stock|available|live|out)
mk.subscribers: {newsletter} (subscribers|members|readers) (get|receive|enjoy)
mk.b2b: (book|schedule|get) a (free )?{demo} | {wholesale} (prices|price|orders) | (we|i) (can )?help (online )?{shops|stores|businesses|brands|retailers} (boost|grow|sell|increase|get|ship|save) | fancy a {collab|collaboration}
    | first (order|purchase) ~ \d+'% {off} | with (the )?{code} [a-z]+\d+
