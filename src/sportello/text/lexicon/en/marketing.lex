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
# "get up to €200 off a new one", "50% off this month only", "browse the collection at ...",
# "new drop of 70s denim this Friday", "check out our new 2025 catalogue"
mk.off: (get|save|enjoy|take|up to) (up to )?(an )?(extra )?\d+'%? {off}
    | {off} this (week|weekend|month) only | (month|week|weekend) {only}[^a-z0-9]*(!|\.|$)
mk.new_in: (browse|check out|discover|shop|explore|see) (the|our|my|this|these) (\w+ )?(\w+ )?{collection|collections|new arrivals|catalogue|catalog|range|sale|drop|lookbook}
    | (new|latest|fresh) (\w+ )?(\w+ )?{drop|arrivals|collection|catalogue|catalog|range|line} (is|are|just|now|this|has|have|landed|dropping|out|in|coming|of|on|at)
# a pitch: "we are a Dutch tyre wholesaler", "boost your store's sales with our SEO package",
# "I run a private sale list on WhatsApp", "reply YES to learn more"
mk.pitch: (we are|we're|i am|i'm) (a|an) (\w+ )?(\w+ )?{wholesaler|supplier|manufacturer|distributor|agency|brand}
    | {boost|grow|increase|double|triple} your (\w+ )?(\w+ )?(sales|traffic|revenue|followers|visibility|business|orders|reach)
    | (private|vip|exclusive|early access) (sale |sales )?{list|channel|group} | (vip|exclusive|early access) {sale|sales|drop} | {reply} (yes|y|ok|info) (to|for)
