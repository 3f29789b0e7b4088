# escalation_request (English): see it/escalation_request.lex. Asking for "a real
# person" or "a human" is not an escalation.

@boss_en = manager | managers | supervisor | supervisors | boss | owner | owners | superior
    | director | ceo | team leader | team lead | head of customer service | head of support
    | someone in charge | somebody in charge | person in charge | someone senior | someone higher up
    | somebody higher up | someone with authority | supervisor please | higher up | senior manager

esc.talk: (speak|talk|speaking|talking|chat|escalate this|escalate it|escalate my \w+) (to|with) (a|your|the|an|someone|somebody)? ?{<boss_en>}
esc.get: (get|put|transfer|connect|pass|forward|send|bring|want|need|demand) (me )?(through )?(to )?(a|your|the|an)? ?{<boss_en>}
esc.escalate: {escalate} (this|my|the|it|to)
esc.who: (who is|who's|whos) (your|the) {manager|supervisor|boss|owner}([^a-z0-9?]*\?| and)
esc.is_there: is there (a|an|any) {manager|supervisor|boss|owner|superior|director}
esc.want_escalated: (want|like|need|please|demand|request|requesting|asking|ask|insist) ~ {escalated|escalation}
esc.above: (someone|somebody|anyone|a person) (who is |who's |that is )?{above|higher than} (you|your pay grade|your head)
esc.have_call: (have|get|ask|make) (a|your|the) (senior )?{manager|supervisor|boss|owner} (to )?(call|contact|email|ring|phone|get back to|reach out to|look at|review|check|handle|deal with|pick up) (me|us|this|it|my|the)
esc.go_to: (go|goes|be escalated|be passed|be forwarded|be sent|be referred|be taken|be raised) (up )?to (a|your|the) (senior |more senior )?{manager|supervisor|boss|owner|management}
esc.forward: (forward|pass|send|escalate|refer|give|show|hand) (this|it|my (case|complaint|email|message|ticket)) (on |over |up )?to (a|your|the) (senior )?{manager|supervisor|boss|owner|management}
    | (passed|forwarded|sent|referred|handed) (on |over |up )?to (a|your|the) (senior )?{manager|supervisor|boss|owner|management}
esc.manager_do: (can|could|would|will) (a|your|the) {manager|supervisor} (please )?(pick|look|take|review|check|handle|deal|call|contact)
esc.name_of: (name|contact|number|email|details) of (your|the) (\w+ )?{manager|supervisor|boss|owner}
esc.who_above: (who's|who is|whos) {above} you | (speak|talk) to (the )?(store|shop) {owner|manager}
esc.whoever_runs: (passed|sent|forwarded|escalated|given|referred) to (whoever|someone who|the person who) {runs|heads|manages}
