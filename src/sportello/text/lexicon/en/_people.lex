# English macros about people: the addressee, the staff, insults. Macros only.

@you_are_en = you are | you're | youre | ur | u r | you guys are | you people are | you lot are
    | you all are | y'all are | u guys are | u guys r | you guys r | u lot are | you were | you've been | you have been | you seem | your company is
    | your staff are | your staff is | your team is | your team are | your people are
    | your support is | your customer service is | your agents are | your agent is | you're all
    | you are all | you remain | you really are | what a bunch of | such a bunch of
@det_en = a | an | the | such | such a | such an | some | bunch of | a bunch of | a pack of
    | a gang of | a load of | a band of | a team of | a shower of | a bunch of absolute | total
    | complete | absolute | utter | real | proper | the biggest | a proper | a real | a total
    | a complete | an absolute | a certified | certified | an utter
@mod_en = fucking | fuckin | effing | bloody | damn | damned | clueless | brainless | gormless | spineless | goddamn | stupid | useless | lying
    | thieving | incompetent | pathetic | dumb | worthless | filthy | dirty | lazy | absolute
    | complete | total | utter | little | scamming | fraudulent | shitty | crooked | bunch of | greedy
    | pack of | load of | shower of | gang of

@insult_strong_en = idiots? | morons? | imbeciles? | cretins? | dumbass(es)? | dumb'asses? | retards?
    | assholes? | arseholes? | bastards? | bitch(es)? | cunts? | dickheads? | dicks | pricks? | twats?
    | wankers? | jerks? | losers? | clowns? | scammers? | scumbags? | scum | crooks? | thie(f|ves)
    | fraudsters? | frauds | liars? | conartists? | swindlers? | cheats | cheaters?
    | criminals? | incompetents? | incompetent fools | fools | muppets | halfwits? | numpties
    | parasites | leeches | vultures | sharks | morons | sons of bitches | son of a bitch
    | pieces? of shit | pos | motherfuckers? | fuckers? | fuckwits? | shitheads? | douchebags?
    | douches | tossers? | pillocks? | plonkers? | nitwits? | dimwits? | amateurs | clowns
    | imbecilic | moronic | brain'dead | gits? | rats? | weasels? | buffoons? | vermin | numpty
    | muppet | dipshits? | knobheads? | bellends? | nobheads? | numbskulls?
    | dunces? | conm[ae]n | charlatans? | lowlifes? | dirtbags? | boneheads? | dullards?
    | simpletons? | nincompoops? | chancers? | oafs? | gobshites? | drongos? | galahs? | mongrels?
    | sods | rogues | bozos | chumps | dolts | jokers | twits | twerps | prats | dopes
    | jackass(es)? | asshats? | buggers | slimeballs? | sleazebags? | creeps | hustlers | grifters
    | hacks | failures | goons | louts | yobs | goblins | bottom feeders | bottom'feeders
@insult_voc_en = idiots | morons | imbeciles | cretins | dumbasses | retards | assholes | arseholes
    | bastards | bitches | cunts | dickheads | pricks | twats | wankers | jerks | losers | clowns
    | scammers | scumbags | scum | crooks | thieves | fraudsters | liars | conartists
    | swindlers | cheats | criminals | muppets | halfwits | numpties | sons of bitches
    | pieces of shit | motherfuckers | fuckers | shitheads | douchebags | tossers | idiot
    | moron | asshole | bastard | bitch | cunt | dickhead | prick | twat | wanker | scammer
    | scumbag | crook | thief | fraudster | liar | shithead | douchebag | gits | git | rat | rats
    | muppet | dumbass | numpty | weasels | buffoons | dipshits | knobheads | bellends | numbskulls | clown
    | worm | worms | maggot | maggots | snake | snakes
    | dunces | conmen | charlatans | lowlifes | dirtbags | boneheads | dullards | simpletons
    | nincompoops | chancers | oafs | gobshites | drongos | galahs | mongrels | mongrel | sods
    | fools | rogues | frauds | bozos | chumps | dolts | dopes | nitwits | dimwits
    | jokers | amateurs | pillocks | plonkers | twits | twerps | prats | jackasses | asshats
    | buggers | dicks | slimeballs | sleazebags | creeps | hustlers | grifters | cheaters
    | hacks | incompetents | goons | louts | yobs | goblins | bottom feeders | bottom'feeders
# animals and everyday nouns: an insult only said to "you" ("you pigs", "you are
# animals"), never alone ("monkeys, donkeys and apes" is a list of toys)
@insult_animal_en = pigs | animals | monkeys | donkeys | apes | baboons | sharks | leeches
    | parasites | vultures | savages | cavemen | neanderthals | sheep | hyenas | jackals | cowboys
# Someone who is not the shop, as the subject of a sentence ("the courier company are
# a bunch of morons", "the guy in that film was a total scumbag"). Not "your courier".
@third_en = courier | couriers | courier company | courier firm | courier lot | courier guy
    | delivery company | delivery firm | postman | postie | post office | royal mail | dhl
    | ups | fedex | dpd | gls | evri | hermes | parcelforce | taxi driver | cab driver
    | uber driver | airline | bank | landlord | film | movie | show | series | book | novel
    | character | villain | actor | actress | politicians? | government
    | (previous|other|last|old) (firm|company|seller|shop|supplier|store|courier|guys|lot)
@kin_en = husband | wife | ex | brother | sister | son | daughter | dad | mum | mom
    | neighbou?rs? | boss | landlord | flatmate | roommate
@third_subj_en = (the|that|this|those|these) (<third_en>) | (my|our) (<kin_en>)

# "X is / are / seems ..." before an insult of X
@is_en = is | was | are | were | seems | seemed | is full of | are full of | is run by | are run by
@staff_en = agent | agents | operator | operators | staff | employee | employees | rep | reps
    | representative | representatives | support | support team | team | customer service
    | customer support | company | shop | store | seller | sellers | manager | owner | guy | girl
    | lady | woman | man | person | people | service | business | website | site | app
    | technician | technicians | packer | packers | installer | installers | engineer
    | warehouse guys | warehouse staff | boss | clerk | assistant
