# urgency_claim (English): see it/urgency_claim.lex.

urg.word: {urgent|urgently|urgency|emergency|asap|expedite} | {time} sensitive | {time}-sensitive
urg.first: (handle|process|deal with|treat|answer|look at|prioritise|prioritize|do|sort|reply to|respond to) (this|my \w+|me|it|mine) ~ {first|before (anyone|everyone|the others|anybody)}
    | {prioritise|prioritize|prioritising|prioritizing|expedite|fast-track|fast track} (this|my|me|it)
    | (give|put|make|treat) (this|me|my \w+|it|my case) (as )?(a |top |high |the highest |urgent )?{priority}
    | (skip|jump) the {queue|line}
    | life or {death}
urg.now: (reply|answer|respond|get back to me|call me|help me|fix this|deal with this|sort this) ~ {immediately|right now|straight away|right away}
veto.not_urgent: (not|no|nothing|isn't|is not|non) (that |very |particularly |super )?{urgent|urgency|rush|emergency}
    | in (case|the event) of (an )?{emergency|emergencies} | {emergency} (contact|number|services|exit)
urg.time_critical: {time-critical|time critical|time-sensitive|time sensitive}
    | (answer|reply|response|help) within the {hour}
