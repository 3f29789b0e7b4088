# question (English): indirect questions; see it/question.lex.

q.indirect: (i'd|i would|i want to|wanted to|would like to|i'd like to|i need to) (like to )?{know|ask|understand|check}
    | i (was )?{wonder|wondering}
    | (can|could|would) you (please |kindly )?{tell|confirm|let me know|explain|advise|clarify|check}
    | please {advise|confirm|let me know|tell me|explain}
    | let me {know}
q.how: how (do|can|should|would) (i|we) {get|return|change|cancel|pay|track|find|contact|send|know}
    | {can|could|may} (i|we) (get|have|return|change|cancel|pay|order|swap|exchange)
