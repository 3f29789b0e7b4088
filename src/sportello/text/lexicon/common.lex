# Shared macros for every rule file, in both languages. Nothing here is a rule: these
# are the building blocks (who "you" is, articles, sentence-internal gaps).
# See sportello/text/lexicon.py for the pattern conventions.

# A run of characters that stays inside one clause: used to look a little to the left
# or right without crossing a full stop, question mark, exclamation or new line.
@clause = [^.!?;\n]{0,60}

# Words that introduce a number: what follows is an order, tracking, case or tax id,
# never a phone number (used by the contact detector, see contacts.py).
@id_intro = ordine | order | ordini | orders | n | nr | num | numero d'ordine | numero ordine
    | tracking | track | tracciamento | spedizione | lettera di vettura | ldv | awb
    | pratica | ticket | caso | case | reso | rma | codice | code | cod | cliente | customer
    | p iva | piva | partita iva | p\.iva | vat | codice fiscale | cf | c f | fattura | invoice
    | iban | conto | scontrino | ricevuta | receipt | imei | seriale | serial | matricola | pin
    | cap | importo | amount | id | rif | riferimento | ref | reference | protocollo
