<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>loopdesk::core::ActionImpact</name>
    <message>
        <source>significant</source>
        <translation>significativo</translation>
    </message>
    <message>
        <source>within the margin of error</source>
        <translation>entro il margine di errore</translation>
    </message>
    <message>
        <source>detractors naming its themes %1 % before, %2 % since (%3 points, %4)</source>
        <translation>detrattori che ne citano i temi: %1 % prima, %2 % da allora (%3 punti, %4)</translation>
    </message>
    <message>
        <source>Since approval on %1: %2.</source>
        <translation>Dall&apos;approvazione del %1: %2.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS of %1 = %2</source>
        <translation>NPS di %1 = %2</translation>
    </message>
    <message>
        <source>%1 %2 in the %3 days before, %4 since (%5 points, %6)</source>
        <translation>%1: %2 nei %3 giorni prima, %4 da allora (%5 punti, %6)</translation>
    </message>
    <message>
        <source>%1: not enough answers on both sides yet</source>
        <translation>%1: non ci sono ancora abbastanza risposte prima e dopo</translation>
    </message>
    <message>
        <source>detractors called back in time %1 % before, %2 % since (%3 points, %4)</source>
        <translation>detrattori richiamati in tempo: %1 % prima, %2 % da allora (%3 punti, %4)</translation>
    </message>
    <message>
        <source>median first contact after %1 h before, %2 h since</source>
        <translation>mediana del primo contatto: %1 h prima, %2 h da allora</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::ActionPlan</name>
    <message>
        <source>proposed</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approvata</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Un&apos;azione ha bisogno di un titolo.</translation>
    </message>
    <message>
        <source>The budget of &quot;%1&quot; cannot be negative.</source>
        <translation>Il budget di &quot;%1&quot; non può essere negativo.</translation>
    </message>
    <message>
        <source>The owner of &quot;%1&quot; is not on the staff list.</source>
        <translation>Il responsabile di &quot;%1&quot; non è nell&apos;elenco del personale.</translation>
    </message>
    <message>
        <source>Every task of &quot;%1&quot; needs a title.</source>
        <translation>Ogni attività di &quot;%1&quot; ha bisogno di un titolo.</translation>
    </message>
    <message>
        <source>The owner of the task &quot;%1&quot; is not on the staff list.</source>
        <translation>Il responsabile dell&apos;attività &quot;%1&quot; non è nell&apos;elenco del personale.</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>Non esiste l&apos;azione %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: it does not move any more.</source>
        <translation>&quot;%1&quot; è %2: lo stato non cambia più.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: it can become %3, not %4.</source>
        <translation>&quot;%1&quot; è %2: può diventare %3, non %4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Only a manager approves or rejects an action.</source>
        <translation>Solo un responsabile approva o rifiuta un&apos;azione.</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is rejected: the reason goes into the quarterly review.</source>
        <translation>Scrivi perché &quot;%1&quot; è rifiutata: il motivo va nella revisione trimestrale.</translation>
    </message>
    <message>
        <source>Write what customers are told about &quot;%1&quot; being declined: it closes their loop.</source>
        <translation>Scrivi cosa diciamo ai clienti del rifiuto di &quot;%1&quot;: chiude il loro ciclo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has an open task: %2.</source>
        <translation>&quot;%1&quot; ha ancora un&apos;attività aperta: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no task %2.</source>
        <translation>&quot;%1&quot; non ha l&apos;attività %2.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::ActionStore</name>
    <message>
        <source>The action &quot;%1&quot; was changed by someone else after you opened it. Your changes were not saved; reload it to see the current version.</source>
        <translation>L&apos;azione &quot;%1&quot; è stata modificata da qualcun altro dopo che l&apos;hai aperta. Le tue modifiche non sono state salvate; ricaricala per vedere la versione attuale.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CaseService</name>
    <message>
        <source>There is no case %1.</source>
        <translation>Non esiste il caso %1.</translation>
    </message>
    <message>
        <source>Moving a case to another person needs a reason: cases should not bounce between people.</source>
        <translation>Passare un caso a un&apos;altra persona richiede un motivo: i casi non devono rimbalzare tra le persone.</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it before logging a contact.</source>
        <translation>Il caso %1 è chiuso; riaprilo prima di registrare un contatto.</translation>
    </message>
    <message>
        <source>Choose the root cause before closing the case.</source>
        <translation>Scegli la causa radice prima di chiudere il caso.</translation>
    </message>
    <message>
        <source>Compensation needs a kind (voucher, refund, ...) and a value of 0 or more.</source>
        <translation>La compensazione richiede un tipo (buono, rimborso, ...) e un valore pari o superiore a 0.</translation>
    </message>
    <message>
        <source>A re-survey score is from 0 to 10, not %1.</source>
        <translation>Il punteggio del nuovo sondaggio va da 0 a 10, non %1.</translation>
    </message>
    <message>
        <source>Only a manager can approve or decline compensation.</source>
        <translation>Solo un manager può approvare o rifiutare un indennizzo.</translation>
    </message>
    <message>
        <source>Say why the compensation is declined: the agent has to tell the customer.</source>
        <translation>Di&apos; perché l&apos;indennizzo è rifiutato: l&apos;operatore deve spiegarlo al cliente.</translation>
    </message>
    <message>
        <source>Case %1 is not waiting for an approval.</source>
        <translation>Il caso %1 non è in attesa di approvazione.</translation>
    </message>
    <message>
        <source>%1 is above what a manager may approve (%2): ask whoever sets the limits.</source>
        <translation>%1 supera quanto un manager può approvare (%2): chiedi a chi stabilisce i limiti.</translation>
    </message>
    <message>
        <source>Compensation is recorded, and approved or declined by a manager, on its own: not by saving the case.</source>
        <translation>L&apos;indennizzo si registra, e un manager lo approva o lo rifiuta, a parte: non salvando il caso.</translation>
    </message>
    <message>
        <source>%1 took case %2 a moment before you; it is theirs now. Nothing was changed.</source>
        <translation>%1 ha preso il caso %2 un attimo prima di te; ora è suo. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Qualcun altro</translation>
    </message>
    <message>
        <source>Case %1 is %2&apos;s now; it is no longer among the cases you can open. Nothing was changed.</source>
        <translation>Il caso %1 ora è di %2; non è più tra i casi che puoi aprire. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>qualcun altro</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CaseStatusMachine</name>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Contacting</source>
        <translation>In contatto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Irraggiungibile</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Riaperto</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot become &quot;%2&quot;; it can become: %3.</source>
        <translation>Un caso &quot;%1&quot; non può diventare &quot;%2&quot;; può diventare: %3.</translation>
    </message>
    <message>
        <source>Choose the root cause before closing the case.</source>
        <translation>Scegli la causa radice prima di chiudere il caso.</translation>
    </message>
    <message>
        <source>Record the outcome (saved, not saved, unreachable or declined) before closing the case.</source>
        <translation>Registra l&apos;esito (recuperato, non recuperato, irraggiungibile o rifiutato) prima di chiudere il caso.</translation>
    </message>
    <message>
        <source>A case closed without reaching the customer has the outcome &quot;unreachable&quot;.</source>
        <translation>Un caso chiuso senza raggiungere il cliente ha l&apos;esito &quot;irraggiungibile&quot;.</translation>
    </message>
    <message>
        <source>The compensation offered (%1 %2) is above your limit and waits for a manager&apos;s approval; the case can be resolved or closed once a manager approves or declines it.</source>
        <translation>L&apos;indennizzo offerto (%1 %2) supera il limite e attende l&apos;approvazione di un manager; il caso si può risolvere o chiudere quando un manager lo approva o lo rifiuta.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CaseStore</name>
    <message>
        <source>Case %1 no longer exists.</source>
        <translation>Il caso %1 non esiste più.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>qualcun altro</translation>
    </message>
    <message>
        <source>Case %1 was changed by %2 at %3 after you opened it. Your changes were not saved; reload the case to see the current version.</source>
        <translation>Il caso %1 è stato modificato da %2 alle %3 dopo che l&apos;hai aperto. Le tue modifiche non sono state salvate; ricarica il caso per vedere la versione attuale.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Cli</name>
    <message>
        <source>--fiscal-start is the month a fiscal year starts in, 1 to 12</source>
        <translation>--fiscal-start è il mese in cui inizia l&apos;anno fiscale, da 1 a 12</translation>
    </message>
    <message>
        <source>--%1 takes a day (2026-03-31) or a period (2026-03, 2026Q1, 2026), not &quot;%2&quot;</source>
        <translation>--%1 accetta un giorno (2026-03-31) o un periodo (2026-03, 2026Q1, 2026), non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--metric is nps, csat or ces, not &quot;%1&quot;</source>
        <translation>--metric è nps, csat o ces, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a period is written 2026Q1, FY2027Q1, 2026-03 or 2026, not &quot;%1&quot;</source>
        <translation>un periodo si scrive 2026Q1, FY2027Q1, 2026-03 o 2026, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) è prima di --from (%2)</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>%1  (95 %: %2 to %3)</source>
        <translation>%1  (95 %: da %2 a %3)</translation>
    </message>
    <message>
        <source>  small sample</source>
        <translation>  campione piccolo</translation>
    </message>
    <message>
        <source>--by is month, quarter, year, fiscal-quarter, fiscal-year, wave, theme, account or segment:&lt;dimension&gt;, not &quot;%1&quot;</source>
        <translation>--by è month, quarter, year, fiscal-quarter, fiscal-year, wave, theme, account o segment:&lt;dimensione&gt;, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>all answers</source>
        <translation>tutte le risposte</translation>
    </message>
    <message>
        <source>group</source>
        <translation>gruppo</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Total: %1 %2 on %3 answers%4</source>
        <translation>Totale: %1 %2 su %3 risposte%4</translation>
    </message>
    <message>
        <source>compare --period A --vs B, or compare --segment-a DIM=A --vs DIM=B</source>
        <translation>compare --period A --vs B, o compare --segment-a DIM=A --vs DIM=B</translation>
    </message>
    <message>
        <source> on %1 answers</source>
        <translation> su %1 risposte</translation>
    </message>
    <message>
        <source>No change can be measured: one side has no answers.</source>
        <translation>Non si può misurare una variazione: una delle due parti non ha risposte.</translation>
    </message>
    <message>
        <source>Change: %1 points, z = %2: %3</source>
        <translation>Variazione: %1 punti, z = %2: %3</translation>
    </message>
    <message>
        <source>significant at 95 %</source>
        <translation>significativa al 95 %</translation>
    </message>
    <message>
        <source>not significant (|z| &lt; 1.96): it may be chance</source>
        <translation>non significativa (|z| &lt; 1,96): può essere un caso</translation>
    </message>
    <message>
        <source>NPS %1 on %2 answers</source>
        <translation>NPS %1 su %2 risposte</translation>
    </message>
    <message>
        <source>No answer is tagged with a theme yet: run &quot;themes retag&quot;.</source>
        <translation>Nessuna risposta ha ancora un tema: esegui &quot;themes retag&quot;.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>menzioni</translation>
    </message>
    <message>
        <source>of detr.</source>
        <translation>dei detr.</translation>
    </message>
    <message>
        <source>NPS with</source>
        <translation>NPS con</translation>
    </message>
    <message>
        <source>without</source>
        <translation>senza</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>persi</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorità</translation>
    </message>
    <message>
        <source>department</source>
        <translation>reparto</translation>
    </message>
    <message>
        <source>lost: NPS points that come back if all of the theme&apos;s detractors became passives; priority = impact (NPS without - NPS with) x reach (mentions / answers).</source>
        <translation>persi: punti NPS che tornano se tutti i detrattori del tema diventassero passivi; priorità = impatto (NPS senza - NPS con) x portata (menzioni / risposte).</translation>
    </message>
    <message>
        <source>whatif needs --theme NAME</source>
        <translation>whatif richiede --theme NOME</translation>
    </message>
    <message>
        <source>--share is between 0 and 1 (0.5 moves half), not &quot;%1&quot;</source>
        <translation>--share è tra 0 e 1 (0.5 sposta la metà), non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--to is passive or promoter, not &quot;%1&quot;</source>
        <translation>--to è passive o promoter, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Now:      NPS %1</source>
        <translation>Ora:      NPS %1</translation>
    </message>
    <message>
        <source>What if:  %1 detractor(s)%2 naming &quot;%3&quot; became %4</source>
        <translation>E se: %1 detrattori%2 che citano &quot;%3&quot; diventassero %4</translation>
    </message>
    <message>
        <source> and %1 passive(s)</source>
        <translation> e %1 passivi</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>promotori</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>passivi</translation>
    </message>
    <message>
        <source>Then:     NPS %1</source>
        <translation>Poi:      NPS %1</translation>
    </message>
    <message>
        <source>Change:   %1 points (± %2)</source>
        <translation>Variazione: %1 punti (± %2)</translation>
    </message>
    <message>
        <source>an answer is named by its number, not &quot;%1&quot;</source>
        <translation>una risposta si indica con il suo numero, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no theme called &quot;%1&quot;.</source>
        <translation>Non esiste un tema chiamato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Read %1 comment(s): %2 automatic tag(s); %3 tag(s) set by hand kept; %4 answer(s) now have a theme.</source>
        <translation>Letti %1 commenti: %2 etichette automatiche; %3 etichette impostate a mano mantenute; %4 risposte ora hanno un tema.</translation>
    </message>
    <message>
        <source>themes %1 ANSWER THEME</source>
        <translation>themes %1 RISPOSTA TEMA</translation>
    </message>
    <message>
        <source>There is no answer %1.</source>
        <translation>Non esiste la risposta %1.</translation>
    </message>
    <message>
        <source>Answer %1 is tagged &quot;%2&quot; by hand.</source>
        <translation>La risposta %1 è etichettata &quot;%2&quot; a mano.</translation>
    </message>
    <message>
        <source>Answer %1 is no longer tagged &quot;%2&quot;; tagging again will not put it back.</source>
        <translation>La risposta %1 non è più etichettata &quot;%2&quot;; una nuova etichettatura non lo rimetterà.</translation>
    </message>
    <message>
        <source>themes add NAME [--parent THEME] [--department NAME]</source>
        <translation>themes add NOME [--parent TEMA] [--department NOME]</translation>
    </message>
    <message>
        <source>Themes have two levels: &quot;%1&quot; is already a sub-theme.</source>
        <translation>I temi hanno due livelli: &quot;%1&quot; è già un sottotema.</translation>
    </message>
    <message>
        <source>Added theme &quot;%1&quot;.</source>
        <translation>Tema &quot;%1&quot; aggiunto.</translation>
    </message>
    <message>
        <source>themes keyword THEME LANGUAGE STEM (e.g. themes keyword &quot;Late delivery&quot; pl opóźni)</source>
        <translation>themes keyword TEMA LINGUA RADICE (ad es. themes keyword &quot;Late delivery&quot; it ritard)</translation>
    </message>
    <message>
        <source>Comments in &quot;%1&quot; with a word starting &quot;%2&quot; will be tagged &quot;%3&quot; (run &quot;themes retag&quot;).</source>
        <translation>I commenti in &quot;%1&quot; con una parola che inizia per &quot;%2&quot; saranno etichettati &quot;%3&quot; (esegui &quot;themes retag&quot;).</translation>
    </message>
    <message>
        <source>themes [list|retag|add|keyword|tag|untag]</source>
        <translation>themes [list|retag|add|keyword|tag|untag]</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>ondata</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invitati</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>risposte</translation>
    </message>
    <message>
        <source>response rate</source>
        <translation>tasso di risposta</translation>
    </message>
    <message>
        <source>- (no invited list)</source>
        <translation>- (nessun elenco di invitati)</translation>
    </message>
    <message>
        <source>a segment is written DIMENSION=VALUE (region=North), not &quot;%1&quot;</source>
        <translation>un segmento si scrive DIMENSIONE=VALORE (region=Nord), non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>NPS (or CSAT, CES) per group with its 95 % interval and a small-sample flag</source>
        <translation>NPS (o CSAT, CES) per gruppo con il suo intervallo al 95 % e un&apos;indicazione di campione piccolo</translation>
    </message>
    <message>
        <source>the change between two periods or segments, and whether it is significant</source>
        <translation>la variazione tra due periodi o segmenti, e se è significativa</translation>
    </message>
    <message>
        <source>which themes cost NPS most: mentions, share of detractors, NPS with and without, priority</source>
        <translation>quali temi costano più NPS: menzioni, quota dei detrattori, NPS con e senza, priorità</translation>
    </message>
    <message>
        <source>what NPS would be if a theme&apos;s detractors (and passives) moved up</source>
        <translation>quale sarebbe l&apos;NPS se i detrattori (e i passivi) di un tema salissero</translation>
    </message>
    <message>
        <source>the root-cause taxonomy: list, edit, and tag comments with it</source>
        <translation>la tassonomia delle cause radice: elencala, modificala ed etichetta i commenti con essa</translation>
    </message>
    <message>
        <source>survey waves with invited, answers and response rate</source>
        <translation>ondate del sondaggio con invitati, risposte e tasso di risposta</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 richiede un valore.</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>opzione sconosciuta --%1</translation>
    </message>
    <message>
        <source>There is no staff member called &quot;%1&quot;.</source>
        <translation>Non c&apos;è nessun membro del personale chiamato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a case is named by its number, not &quot;%1&quot;</source>
        <translation>un caso si indica con il suo numero, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Non esiste il caso %1.</translation>
    </message>
    <message>
        <source>--status is new, contacting, in_progress, resolved, closed, unreachable or reopened</source>
        <translation>--status è new, contacting, in_progress, resolved, closed, unreachable o reopened</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5  %6</source>
        <translation>%1  %2  %3  %4  %5  %6</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Contact due</source>
        <translation>Contatto entro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Customer / comment</source>
        <translation>Cliente / commento</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(non assegnato)</translation>
    </message>
    <message>
        <source>%1 case(s)</source>
        <translation>%1 casi</translation>
    </message>
    <message>
        <source>case needs an action and a case number</source>
        <translation>case richiede un&apos;azione e il numero del caso</translation>
    </message>
    <message>
        <source>Case %1: %2, first contact due %3, first contact %4, reassigned %5 time(s)</source>
        <translation>Caso %1: %2, primo contatto entro %3, primo contatto %4, riassegnato %5 volte</translation>
    </message>
    <message>
        <source>outcome: %1; root cause: %2</source>
        <translation>esito: %1; causa radice: %2</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>compensation: %1 %2</source>
        <translation>compensazione: %1 %2</translation>
    </message>
    <message>
        <source>customer told what was done: %1</source>
        <translation>cliente informato di ciò che è stato fatto: %1</translation>
    </message>
    <message>
        <source>re-survey score: %1</source>
        <translation>punteggio del nuovo sondaggio: %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non raggiunto</translation>
    </message>
    <message>
        <source>case assign needs a case number and a staff name</source>
        <translation>case assign richiede il numero del caso e il nome di un membro del personale</translation>
    </message>
    <message>
        <source>case log needs --mode phone|email|in_person|sms and --reached yes|no</source>
        <translation>case log richiede --mode phone|email|in_person|sms e --reached yes|no</translation>
    </message>
    <message>
        <source>case close needs --outcome saved|not_saved|unreachable|declined</source>
        <translation>case close richiede --outcome saved|not_saved|unreachable|declined</translation>
    </message>
    <message>
        <source>There is no root-cause theme called &quot;%1&quot;.</source>
        <translation>Non esiste un tema di causa radice chiamato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>case compensate needs --kind KIND (voucher, refund, ...) and --value AMOUNT</source>
        <translation>case compensate richiede --kind TIPO (voucher, refund, ...) e --value IMPORTO</translation>
    </message>
    <message>
        <source>case resurvey needs a case number and the new score (0-10)</source>
        <translation>case resurvey richiede il numero del caso e il nuovo punteggio (0-10)</translation>
    </message>
    <message>
        <source>unknown case action &quot;%1&quot;</source>
        <translation>azione sul caso sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>Il caso %1 ora è %2.</translation>
    </message>
    <message>
        <source>--by is owner or quarter</source>
        <translation>--by è owner o quarter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>In SLA</source>
        <translation>Nello SLA</translation>
    </message>
    <message>
        <source>Median h</source>
        <translation>Mediana h</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Recuperato</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violazioni</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa radice</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tutti i casi</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min rimanenti</translation>
    </message>
    <message>
        <source>overdue by %1 h %2 min</source>
        <translation>in ritardo di %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 case(s) near or past their first-contact time; escalated now: %2</source>
        <translation>%1 casi vicini o oltre il termine del primo contatto; scalati ora: %2</translation>
    </message>
    <message>
        <source>--by is round-robin, account-owner or segment:&lt;dimension&gt;</source>
        <translation>--by è round-robin, account-owner o segment:&lt;dimensione&gt;</translation>
    </message>
    <message>
        <source>Assigned %1 open case(s).</source>
        <translation>Assegnati %1 casi aperti.</translation>
    </message>
    <message>
        <source>give every unassigned open case an owner</source>
        <translation>dai un responsabile a ogni caso aperto non assegnato</translation>
    </message>
    <message>
        <source>list cases near or past their first-contact time and escalate them as the settings say</source>
        <translation>elenca i casi vicini o oltre il termine del primo contatto e scalali come dicono le impostazioni</translation>
    </message>
    <message>
        <source>loop KPIs: contacted within SLA, time to first contact, closure and save rates, breaches</source>
        <translation>KPI del ciclo: contattati entro lo SLA, tempo al primo contatto, tassi di chiusura e di recupero, violazioni</translation>
    </message>
    <message>
        <source>list follow-up cases by contact due time (open ones unless --status)</source>
        <translation>elenca i casi di follow-up per scadenza del contatto (quelli aperti, salvo --status)</translation>
    </message>
    <message>
        <source>show or change one case through the workflow</source>
        <translation>mostra o cambia un caso lungo il flusso di lavoro</translation>
    </message>
    <message>
        <source>Usage: loopdesk-cli [--db PATH] [--json] COMMAND [options]</source>
        <translation>Uso: loopdesk-cli [--db PERCORSO] [--json] COMANDO [opzioni]</translation>
    </message>
    <message>
        <source>The default database is %1 (set LOOPDESK_DB or --db to use another).</source>
        <translation>Il database predefinito è %1 (imposta LOOPDESK_DB o --db per usarne un altro).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>loopdesk-cli: unknown or incomplete option %1</source>
        <translation>loopdesk-cli: opzione sconosciuta o incompleta %1</translation>
    </message>
    <message>
        <source>loopdesk-cli: no command given</source>
        <translation>loopdesk-cli: nessun comando indicato</translation>
    </message>
    <message>
        <source>loopdesk-cli: unknown command &quot;%1&quot;</source>
        <translation>loopdesk-cli: comando sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>loopdesk-cli %1: %2</source>
        <translation>loopdesk-cli %1: %2</translation>
    </message>
    <message>
        <source>Usage: loopdesk-cli %1</source>
        <translation>Uso: loopdesk-cli %1</translation>
    </message>
    <message>
        <source>a segment owner is set as assignment.segment_owner.DIMENSION.VALUE NAME</source>
        <translation>il responsabile di un segmento si imposta come assignment.segment_owner.DIMENSIONE.VALORE NOME</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; the settings are: %2, %3, %4&lt;dimension&gt;.&lt;value&gt;</source>
        <translation>impostazione sconosciuta &quot;%1&quot;; le impostazioni sono: %2, %3, %4&lt;dimensione&gt;.&lt;valore&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value %2 can take (it would be read as &quot;%3&quot;); nothing was changed.</source>
        <translation>&quot;%1&quot; non è un valore che %2 può assumere (sarebbe letto come &quot;%3&quot;); non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>config KEY --unset</source>
        <translation>config CHIAVE --unset</translation>
    </message>
    <message>
        <source>%1 is back to its default.</source>
        <translation>%1 è tornato al valore predefinito.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>config [KEY [VALUE]] (quote a value with spaces)</source>
        <translation>config [CHIAVE [VALORE]] (un valore con spazi va tra virgolette)</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>impostazione sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (predefinito)</translation>
    </message>
    <message>
        <source>the team&apos;s settings: SLA hours and clock, case rules, escalation, fiscal year, segment owners</source>
        <translation>le impostazioni del team: ore e orologio dello SLA, regole dei casi, escalation, anno fiscale, responsabili dei segmenti</translation>
    </message>
    <message>
        <source>customer takes export or erase, and a customer id</source>
        <translation>customer accetta export o erase, e un id cliente</translation>
    </message>
    <message>
        <source>There is no customer with the id or number &quot;%1&quot;.</source>
        <translation>Non esiste un cliente con l&apos;id o il numero &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Customer %1 is erased: name, contact details, comments and notes are gone; their scores still count.</source>
        <translation>Il cliente %1 è stato cancellato: nome, recapiti, commenti e note non ci sono più; i suoi punteggi contano ancora.</translation>
    </message>
    <message>
        <source>everything held about one customer as JSON, or erase them (GDPR)</source>
        <translation>tutto ciò che conserviamo su un cliente in JSON, o la sua cancellazione (GDPR)</translation>
    </message>
    <message>
        <source>--%1 takes FIELD=VALUE, not &quot;%2&quot;</source>
        <translation>--%1 accetta CAMPO=VALORE, non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--metric is nps, csat or ces</source>
        <translation>--metric è nps, csat o ces</translation>
    </message>
    <message>
        <source>--date-format is dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy, yyyy-MM-dd or epoch</source>
        <translation>--date-format è dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy, yyyy-MM-dd o epoch</translation>
    </message>
    <message>
        <source>--timezone needs a zone name such as UTC or Europe/Warsaw</source>
        <translation>--timezone richiede il nome di un fuso, ad esempio UTC o Europe/Rome</translation>
    </message>
    <message>
        <source>--missing takes a whole number, such as 99</source>
        <translation>--missing accetta un numero intero, ad esempio 99</translation>
    </message>
    <message>
        <source>--encoding is UTF-8, UTF-16LE, UTF-16BE, Windows-1250 or Windows-1252</source>
        <translation>--encoding è UTF-8, UTF-16LE, UTF-16BE, Windows-1250 o Windows-1252</translation>
    </message>
    <message>
        <source>--delimiter is one character: , ; or tab</source>
        <translation>--delimiter è un carattere: , ; o tab</translation>
    </message>
    <message>
        <source>import needs exactly one file</source>
        <translation>import richiede esattamente un file</translation>
    </message>
    <message>
        <source>%1: %2 export, %3, delimiter &quot;%4&quot;</source>
        <translation>%1: esportazione %2, %3, separatore &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Recorded %1 invitations for wave &quot;%2&quot; (%3 already there, %4 rows rejected).</source>
        <translation>Registrati %1 inviti per l&apos;ondata &quot;%2&quot; (%3 già presenti, %4 righe scartate).</translation>
    </message>
    <message>
        <source>Imported %1 answers from %2 rows into wave &quot;%3&quot;: %4 already there, %5 rejected; opened %6 follow-up cases.</source>
        <translation>Importate %1 risposte da %2 righe nell&apos;ondata &quot;%3&quot;: %4 già presenti, %5 scartate; aperti %6 casi di follow-up.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation>riga %1, colonna &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>  … and %1 more; --rejects FILE.csv writes them all.</source>
        <translation>  … e altre %1; --rejects FILE.csv le scrive tutte.</translation>
    </message>
    <message>
        <source>import a survey export (or, with --invited, an invited list)</source>
        <translation>importa un&apos;esportazione di sondaggio (o, con --invited, un elenco di invitati)</translation>
    </message>
    <message>
        <source>%1 (95 %: %2 to %3, n = %4)%5</source>
        <translation>%1 (95 %: da %2 a %3, n = %4)%5</translation>
    </message>
    <message>
        <source>, small sample</source>
        <translation>, campione piccolo</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non impostato)</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(tutti)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>report needs --quarter, such as --quarter 2026Q3</source>
        <translation>report richiede --quarter, ad esempio --quarter 2026Q3</translation>
    </message>
    <message>
        <source>report writes one thing at a time: choose --pdf, --csv or --json</source>
        <translation>report scrive una cosa alla volta: scegli --pdf, --csv o --json</translation>
    </message>
    <message>
        <source>a review covers one segment or one account, not both</source>
        <translation>una revisione copre un segmento o un account, non entrambi</translation>
    </message>
    <message>
        <source>--lang is en, pl or it, not &quot;%1&quot;</source>
        <translation>--lang è en, pl o it, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this program cannot write PDF files; use loopdesk-cli</source>
        <translation>questo programma non può scrivere file PDF; usa loopdesk-cli</translation>
    </message>
    <message>
        <source>--quarter is a quarter such as 2026Q3 or FY2027Q1, not &quot;%1&quot;</source>
        <translation>--quarter è un trimestre come 2026Q3 o FY2027Q1, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>Scritto %1 in %2</translation>
    </message>
    <message>
        <source>NPS %1: %2</source>
        <translation>NPS %1: %2</translation>
    </message>
    <message>
        <source>Change: %1%2 points, %3</source>
        <translation>Variazione: %1%2 punti, %3</translation>
    </message>
    <message>
        <source>significant (|z| = %1)</source>
        <translation>significativa (|z| = %1)</translation>
    </message>
    <message>
        <source>not significant (|z| = %1 &lt; 1.96)</source>
        <translation>non significativa (|z| = %1 &lt; 1,96)</translation>
    </message>
    <message>
        <source>Response rate: %1</source>
        <translation>Tasso di risposta: %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 invited)</source>
        <translation>%1 (%2 su %3 invitati)</translation>
    </message>
    <message>
        <source>no invited list for this scope</source>
        <translation>nessun elenco di invitati per questo ambito</translation>
    </message>
    <message>
        <source>NPS by %1</source>
        <translation>NPS per %1</translation>
    </message>
    <message>
        <source>Top themes (mentions, share of detractors, NPS points lost)</source>
        <translation>Temi principali (menzioni, quota dei detrattori, punti NPS persi)</translation>
    </message>
    <message>
        <source>What if the theme were fixed for everyone who named it</source>
        <translation>E se il tema fosse risolto per tutti quelli che lo hanno citato</translation>
    </message>
    <message>
        <source>detractors to passives: %1 (+%2); all to promoters: %3 (+%4)</source>
        <translation>detrattori a passivi: %1 (+%2); tutti a promotori: %3 (+%4)</translation>
    </message>
    <message>
        <source>The loop (cases opened in the quarter)</source>
        <translation>Il ciclo (casi aperti nel trimestre)</translation>
    </message>
    <message>
        <source>  cases %1, contacted within the SLA %2, median hours to first contact %3, save rate %4, still open %5</source>
        <translation>  casi %1, contattati entro lo SLA %2, ore mediane al primo contatto %3, tasso di recupero %4, ancora aperti %5</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Piano d&apos;azione</translation>
    </message>
    <message>
        <source>owner %1, tasks %2/%3, expected +%4 NPS%5</source>
        <translation>responsabile %1, attività %2/%3, atteso +%4 NPS%5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>, OVERDUE</source>
        <translation>, IN RITARDO</translation>
    </message>
    <message>
        <source>Declined, and what customers are told</source>
        <translation>Rifiutate, e cosa diciamo ai clienti</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Ancora nessuna azione.</translation>
    </message>
    <message>
        <source>owner %1, tasks %2/%3, expected +%4 NPS</source>
        <translation>responsabile %1, attività %2/%3, atteso +%4 NPS</translation>
    </message>
    <message>
        <source>outreach needs --quarter 2026Q3 and --out FILE.csv</source>
        <translation>outreach richiede --quarter 2026Q3 e --out FILE.csv</translation>
    </message>
    <message>
        <source>LoopDesk could not write %1</source>
        <translation>LoopDesk non ha potuto scrivere %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 respondents and %3 invited who did not answer; %4 changes and %5 declined suggestions to tell them about.</source>
        <translation>Scritto %1: %2 rispondenti e %3 invitati che non hanno risposto; %4 cambiamenti e %5 suggerimenti rifiutati da comunicare.</translation>
    </message>
    <message>
        <source>Letters: %1</source>
        <translation>Lettere: %1</translation>
    </message>
    <message>
        <source>the quarterly loop review: NPS and its change, segments, themes, what-if, the loop, actions; as text, JSON, an executive PDF or a CSV of every figure</source>
        <translation>la revisione trimestrale del ciclo: NPS e la sua variazione, segmenti, temi, what-if, il ciclo, le azioni; come testo, JSON, un PDF per la direzione o un CSV di ogni dato</translation>
    </message>
    <message>
        <source>the action plan: every action with its status, owner, tasks and expected gain</source>
        <translation>il piano d&apos;azione: ogni azione con stato, responsabile, attività e guadagno atteso</translation>
    </message>
    <message>
        <source>closing the outer loop: a mail-merge list of the quarter&apos;s respondents and invited non-responders with what we changed and declined, and the letter in en, pl and it</source>
        <translation>chiudere il ciclo esterno: un elenco per la stampa unione con i rispondenti del trimestre e gli invitati che non hanno risposto, con ciò che abbiamo cambiato e rifiutato, e la lettera in inglese, polacco e italiano</translation>
    </message>
    <message>
        <source>%1 (95% interval %2 to %3, n = %4)</source>
        <translation>%1 (intervallo al 95% da %2 a %3, n = %4)</translation>
    </message>
    <message>
        <source>[small sample]</source>
        <translation>[campione piccolo]</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init non accetta argomenti</translation>
    </message>
    <message>
        <source>Created a new LoopDesk database at %1 (schema version %2).</source>
        <translation>Creato un nuovo database LoopDesk in %1 (versione dello schema %2).</translation>
    </message>
    <message>
        <source>Upgraded %1 from schema version %2 to %3; the previous file is kept at %4.</source>
        <translation>Aggiornato %1 dalla versione dello schema %2 alla %3; il file precedente è conservato in %4.</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2); nothing changed.</source>
        <translation>%1 è aggiornato (versione dello schema %2); non è cambiato nulla.</translation>
    </message>
    <message>
        <source>info takes no arguments</source>
        <translation>info non accetta argomenti</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Database:        %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this LoopDesk knows up to %2)</source>
        <translation>Versione dello schema: %1 (questo LoopDesk arriva fino alla %2)</translation>
    </message>
    <message>
        <source>NPS, all answers: %1</source>
        <translation>NPS, tutte le risposte: %1</translation>
    </message>
    <message>
        <source>NPS, %1: %2</source>
        <translation>NPS, %1: %2</translation>
    </message>
    <message>
        <source>Open cases: %1, of which %2 not contacted in time</source>
        <translation>Casi aperti: %1, di cui %2 non contattati in tempo</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check non accetta argomenti</translation>
    </message>
    <message>
        <source>Rebuilt the score cube from the answers (%1 cell(s) were wrong).</source>
        <translation>Ricostruito il cubo dei punteggi dalle risposte (%1 celle erano errate).</translation>
    </message>
    <message>
        <source>The NPS score cube disagrees with the answers in %1 cell(s); run &quot;check --repair&quot; to rebuild it from the answers.</source>
        <translation>Il cubo dei punteggi NPS non concorda con le risposte in %1 celle; esegui &quot;check --repair&quot; per ricostruirlo dalle risposte.</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: nessun problema trovato.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: trovato %n problema:</numerusform>
            <numerusform>%1: trovati %n problemi:</numerusform>
        </translation>
    </message>
    <message>
        <source>backup needs exactly one target file</source>
        <translation>backup richiede esattamente un file di destinazione</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Backup di %1 in %2 eseguito.</translation>
    </message>
    <message>
        <source>demo takes no arguments, only --responses and --seed</source>
        <translation>demo non accetta argomenti, solo --responses e --seed</translation>
    </message>
    <message>
        <source>--responses takes a whole number</source>
        <translation>--responses accetta un numero intero</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed accetta un numero intero</translation>
    </message>
    <message>
        <source>Added demo data: %1 waves, %2 customers, %3 answers, %4 follow-up cases.</source>
        <translation>Dati dimostrativi aggiunti: %1 ondate, %2 clienti, %3 risposte, %4 casi di follow-up.</translation>
    </message>
    <message>
        <source>create the database, or bring it to the current schema</source>
        <translation>crea il database, o portalo allo schema attuale</translation>
    </message>
    <message>
        <source>schema version, counts per entity, NPS and open cases</source>
        <translation>versione dello schema, conteggi per entità, NPS e casi aperti</translation>
    </message>
    <message>
        <source>full integrity, foreign-key and score-cube check; --repair rebuilds the cube</source>
        <translation>controllo completo di integrità, chiavi esterne e cubo dei punteggi; --repair ricostruisce il cubo</translation>
    </message>
    <message>
        <source>write a consistent copy of the database</source>
        <translation>scrivi una copia coerente del database</translation>
    </message>
    <message>
        <source>fill a new database with realistic demo data</source>
        <translation>riempi un nuovo database con dati dimostrativi realistici</translation>
    </message>
    <message>
        <source>digest needs --department NAME and --period, such as --period 2026Q3 or 2026-10</source>
        <translation>digest richiede --department NOME e --period, ad esempio --period 2026Q3 o 2026-10</translation>
    </message>
    <message>
        <source>digest writes one thing at a time: choose --pdf, --csv or --json</source>
        <translation>digest scrive una cosa alla volta: scegli --pdf, --csv o --json</translation>
    </message>
    <message>
        <source>--period is a month, quarter or year (2026-10, 2026Q3, 2026), previous-month or previous-quarter, not &quot;%1&quot;</source>
        <translation>--period è un mese, un trimestre o un anno (2026-10, 2026Q3, 2026), previous-month o previous-quarter, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>NPS of everyone in %1: %2</source>
        <translation>NPS di tutti in %1: %2</translation>
    </message>
    <message>
        <source>NPS points lost to this department&apos;s themes: %1</source>
        <translation>Punti NPS persi per i temi di questo reparto: %1</translation>
    </message>
    <message>
        <source>%1: %2 mentions (%3 before), %4 detractors, %5 points lost (%6 before)</source>
        <translation>%1: %2 menzioni (%3 prima), %4 detrattori, %5 punti persi (%6 prima)</translation>
    </message>
    <message>
        <source>Actions on these themes: %1</source>
        <translation>Azioni su questi temi: %1</translation>
    </message>
    <message>
        <source>Cases waiting on %1: %2</source>
        <translation>Casi in attesa di %1: %2</translation>
    </message>
    <message>
        <source>a department&apos;s digest: the themes routed to it with counts, trend and NPS points lost, customers&apos; words, actions on its themes and cases waiting on it</source>
        <translation>la sintesi di un reparto: i temi indirizzati a esso con conteggi, andamento e punti NPS persi, le parole dei clienti, le azioni sui suoi temi e i casi in attesa</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password per %1: </translation>
    </message>
    <message>
        <source>Roles and row security are set up in %1: agents (loopdesk_agent) work on their own and unassigned cases, managers (loopdesk_manager) on everything.</source>
        <translation>Ruoli e sicurezza per riga sono impostati in %1: gli agenti (loopdesk_agent) lavorano sui propri casi e su quelli non assegnati, i manager (loopdesk_manager) su tutti.</translation>
    </message>
    <message>
        <source>There is no member of staff called &quot;%1&quot;.</source>
        <translation>Non esiste un membro del personale chiamato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The login %1 now works as %2 (%3).</source>
        <translation>Il login %1 ora lavora come %2 (%3).</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>team setup | team grant LOGIN --staff NAME</source>
        <translation>team setup | team grant LOGIN --staff NOME</translation>
    </message>
    <message>
        <source>team database: set up roles and row security; let a server login work as a member of staff</source>
        <translation>database del team: imposta ruoli e sicurezza per riga; fai lavorare un login del server come membro del personale</translation>
    </message>
    <message>
        <source>migrate-to postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>migrate-to postgresql://UTENTE@HOST:PORTA/DATABASE</translation>
    </message>
    <message>
        <source>Copied %1 into %2: every table has the same rows and checksum on both sides, and the NPS counts and search words agree. The file was only read.</source>
        <translation>Copiato %1 in %2: ogni tabella ha le stesse righe e lo stesso checksum da entrambe le parti, e i conteggi NPS e le parole di ricerca coincidono. Il file è stato solo letto.</translation>
    </message>
    <message>
        <source>move this local database into a new team database, verified by counts and checksums</source>
        <translation>sposta questo database locale in un nuovo database del team, verificato con conteggi e checksum</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CsvReader</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Il file %1 non si può leggere: %2</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>un campo tra virgolette che inizia alla riga %1 non viene mai chiuso</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CustomerDataRights</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Non esiste il cliente %1.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::DashboardComposer</name>
    <message>
        <source>The dashboards show whole quarters, such as 2026Q3.</source>
        <translation>Le dashboard mostrano trimestri interi, come 2026Q3.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Il periodo finisce (%1) prima di iniziare (%2).</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Database</name>
    <message>
        <source>The database file %1 is damaged and was not changed (%2). Restore it from a backup or open another file.</source>
        <translation>Il file di database %1 è danneggiato e non è stato modificato (%2). Ripristinalo da un backup o apri un altro file.</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>Non c&apos;è un file di database in %1.</translation>
    </message>
    <message>
        <source>LoopDesk could not create the database file %1. Check that the folder exists and that you may write to it.</source>
        <translation>LoopDesk non ha potuto creare il file di database %1. Controlla che la cartella esista e che tu possa scriverci.</translation>
    </message>
    <message>
        <source>%1 is not a LoopDesk database (it is not an SQLite file at all). The file was not changed.</source>
        <translation>%1 non è un database LoopDesk (non è affatto un file SQLite). Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a LoopDesk database. The file was not changed.</source>
        <translation>%1 è un database SQLite di un altro programma, non un database LoopDesk. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of LoopDesk (database version %2; this version knows up to %3). Update LoopDesk to open it; the file was not changed.</source>
        <translation>%1 è stato scritto da una versione più recente di LoopDesk (versione del database %2; questa versione arriva fino alla %3). Aggiorna LoopDesk per aprirlo; il file non è stato modificato.</translation>
    </message>
    <message>
        <source>LoopDesk could not open %1: %2</source>
        <translation>LoopDesk non ha potuto aprire %1: %2</translation>
    </message>
    <message>
        <source>LoopDesk could not prepare %1: %2</source>
        <translation>LoopDesk non ha potuto preparare %1: %2</translation>
    </message>
    <message>
        <source>LoopDesk could not open %1 again: %2</source>
        <translation>LoopDesk non ha potuto riaprire %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 esiste già; scegli un nuovo nome per il file di backup.</translation>
    </message>
    <message>
        <source>LoopDesk could not create the backup file %1.</source>
        <translation>LoopDesk non ha potuto creare il file di backup %1.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Il backup in %1 non è riuscito: %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>La riga %1 della tabella %2 fa riferimento a una riga mancante di %3.</translation>
    </message>
    <message>
        <source>The team database %1 needs your password. Type it when asked, or keep it in ~/.pgpass or the PGPASSWORD variable (LoopDesk never stores it). The server said: %2</source>
        <translation>Il database del team %1 richiede la tua password. Digitala quando richiesta, oppure tienila in ~/.pgpass o nella variabile PGPASSWORD (LoopDesk non la salva mai). Il server ha risposto: %2</translation>
    </message>
    <message>
        <source>LoopDesk could not connect to the team database %1: %2</source>
        <translation>LoopDesk non è riuscito a collegarsi al database del team %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team database address. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>&quot;%1&quot; non è l&apos;indirizzo di un database del team. Scrivilo come postgresql://UTENTE@HOST:PORTA/DATABASE.</translation>
    </message>
    <message>
        <source>Leave the password out of the address (it would be seen and kept): LoopDesk asks for it, or reads it from ~/.pgpass or the PGPASSWORD variable.</source>
        <translation>Non scrivere la password nell&apos;indirizzo (sarebbe visibile e conservata): LoopDesk la chiede, oppure la legge da ~/.pgpass o dalla variabile PGPASSWORD.</translation>
    </message>
    <message>
        <source>This installation of LoopDesk cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is missing (on Debian, install libqt6sql6-psql).</source>
        <translation>Questa installazione di LoopDesk non può raggiungere PostgreSQL: manca il driver PostgreSQL di Qt (su Debian installa libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team database address has an option LoopDesk does not pass on: %1.</source>
        <translation>L&apos;indirizzo del database del team contiene un&apos;opzione che LoopDesk non inoltra: %1.</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a LoopDesk team database. Nothing was changed; give LoopDesk an empty database of its own.</source>
        <translation>%1 contiene tabelle di un altro programma, non un database del team LoopDesk. Non è stato cambiato nulla; assegna a LoopDesk un database vuoto tutto suo.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of LoopDesk (database version %2; this version knows up to %3). Update LoopDesk to open it; nothing was changed.</source>
        <translation>%1 è stato preparato da una versione più recente di LoopDesk (versione del database %2; questa versione arriva fino alla %3). Aggiorna LoopDesk per aprirlo; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>LoopDesk could not prepare the team database %1: %2</source>
        <translation>LoopDesk non è riuscito a preparare il database del team %1: %2</translation>
    </message>
    <message>
        <source>A team database is backed up on its server (pg_dump), not copied to a file by LoopDesk.</source>
        <translation>Il backup di un database del team si fa sul suo server (pg_dump); LoopDesk non lo copia in un file.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::DateParser</name>
    <message>
        <source>&quot;%1&quot; is not a date LoopDesk understands</source>
        <translation>&quot;%1&quot; non è una data che LoopDesk capisce</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a yyyyMMdd date nor epoch seconds</source>
        <translation>&quot;%1&quot; non è né una data yyyyMMdd né secondi epoch</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day; choose the date format</source>
        <translation>&quot;%1&quot; può essere giorno/mese o mese/giorno; scegli il formato della data</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid calendar date</source>
        <translation>&quot;%1&quot; non è una data di calendario valida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an hour that does not fit AM/PM</source>
        <translation>&quot;%1&quot; ha un&apos;ora che non è compatibile con AM/PM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an impossible time of day</source>
        <translation>&quot;%1&quot; ha un orario impossibile</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::DemoGenerator</name>
    <message>
        <source>The number of demo answers must be between 1 and 5,000,000.</source>
        <translation>Il numero di risposte dimostrative deve essere tra 1 e 5.000.000.</translation>
    </message>
    <message>
        <source>This database already holds survey answers; demo data goes into a new, empty database only.</source>
        <translation>Questo database contiene già risposte ai sondaggi; i dati dimostrativi vanno solo in un database nuovo e vuoto.</translation>
    </message>
    <message>
        <source>Relationship NPS %1</source>
        <translation>NPS relazionale %1</translation>
    </message>
    <message>
        <source>After-delivery survey %1</source>
        <translation>Sondaggio post-consegna %1</translation>
    </message>
    <message>
        <source>Talked it through; agreed the next step.</source>
        <translation>Ne abbiamo parlato; concordato il passo successivo.</translation>
    </message>
    <message>
        <source>No answer; left a message.</source>
        <translation>Nessuna risposta; lasciato un messaggio.</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Buono</translation>
    </message>
    <message>
        <source>Check the tracking before calling</source>
        <translation>Prima di chiamare controlla il tracciamento</translation>
    </message>
    <message>
        <source>Apologise for the wait</source>
        <translation>Scusati per l&apos;attesa</translation>
    </message>
    <message>
        <source>Offer a new slot or refund the delivery fee</source>
        <translation>Offri una nuova fascia oraria o il rimborso della spedizione</translation>
    </message>
    <message>
        <source>Record the root cause for Logistics</source>
        <translation>Registra la causa radice per la Logistica</translation>
    </message>
    <message>
        <source>The case owner, with the Logistics desk on hand</source>
        <translation>Il responsabile del caso, con la Logistica a disposizione</translation>
    </message>
    <message>
        <source>When did you expect the parcel, and what did the delay cost you? Would a delivery slot you choose help next time?</source>
        <translation>Quando si aspettava il pacco, e quanto le è costato il ritardo? La prossima volta l&apos;aiuterebbe scegliere lei la fascia di consegna?</translation>
    </message>
    <message>
        <source>Apologise for the wait; check the tracking while you are on the call; offer a new slot or a refund of the delivery fee.</source>
        <translation>Scusati per l&apos;attesa; controlla il tracciamento durante la chiamata; offri una nuova fascia oraria o il rimborso della spedizione.</translation>
    </message>
    <message>
        <source>The parcel is on its way on a day the customer chose; the carrier&apos;s failure is recorded for Logistics.</source>
        <translation>Il pacco è in viaggio per il giorno scelto dal cliente; il disservizio del corriere è registrato per la Logistica.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Called the same day, apologised, rebooked the delivery for the morning and rang back when it arrived.</source>
        <translation>Ho chiamato il giorno stesso, mi sono scusata, ho riprogrammato la consegna al mattino e ho richiamato quando è arrivata.</translation>
    </message>
    <message>
        <source>Explained the bill line by line, refunded the double charge during the call and confirmed it by e-mail.</source>
        <translation>Ho spiegato la bolletta voce per voce, ho rimborsato l&apos;addebito doppio durante la chiamata e l&apos;ho confermato via e-mail.</translation>
    </message>
    <message>
        <source>Called back within the hour, apologised for the wait, solved it on the call and left a direct number for next time.</source>
        <translation>Ho richiamato entro un&apos;ora, mi sono scusata per l&apos;attesa, ho risolto durante la chiamata e ho lasciato un numero diretto per la prossima volta.</translation>
    </message>
    <message>
        <source>Replaced the product the next day and called after it arrived to check that everything worked.</source>
        <translation>Ho sostituito il prodotto il giorno dopo e ho chiamato dopo l&apos;arrivo per verificare che tutto funzionasse.</translation>
    </message>
    <message>
        <source>Walked the customer through the app on the phone and reported the bug to IT with their screenshots.</source>
        <translation>Ho guidato il cliente nell&apos;app al telefono e ho segnalato il bug all&apos;IT con i suoi screenshot.</translation>
    </message>
    <message>
        <source>Two-hour delivery slots chosen by the customer</source>
        <translation>Fasce di consegna di due ore scelte dal cliente</translation>
    </message>
    <message>
        <source>Parcel and pallet deliveries in Poland and Italy</source>
        <translation>Consegne di pacchi e pallet in Polonia e in Italia</translation>
    </message>
    <message>
        <source>Share of detractors naming late delivery</source>
        <translation>Quota di detrattori che citano la consegna in ritardo</translation>
    </message>
    <message>
        <source>Half of what it was</source>
        <translation>La metà di prima</translation>
    </message>
    <message>
        <source>You can now choose a two-hour delivery slot when you order.</source>
        <translation>Ora puoi scegliere una fascia di consegna di due ore quando ordini.</translation>
    </message>
    <message>
        <source>Pilot with two carriers</source>
        <translation>Pilota con due corrieri</translation>
    </message>
    <message>
        <source>Roll out to every region</source>
        <translation>Estensione a tutte le regioni</translation>
    </message>
    <message>
        <source>Call back within the hour when the queue is long</source>
        <translation>Richiamata entro un&apos;ora quando la coda è lunga</translation>
    </message>
    <message>
        <source>Customer service, weekdays</source>
        <translation>Servizio clienti, giorni feriali</translation>
    </message>
    <message>
        <source>Detractors naming waiting time</source>
        <translation>Detrattori che citano l&apos;attesa</translation>
    </message>
    <message>
        <source>Below 10 %</source>
        <translation>Sotto il 10 %</translation>
    </message>
    <message>
        <source>Call-back option in the phone menu</source>
        <translation>Opzione di richiamata nel menu telefonico</translation>
    </message>
    <message>
        <source>Staff the afternoon peak</source>
        <translation>Personale per il picco pomeridiano</translation>
    </message>
    <message>
        <source>Report the waiting times weekly</source>
        <translation>Report settimanale dei tempi di attesa</translation>
    </message>
    <message>
        <source>Check every invoice against the order before it is sent</source>
        <translation>Controllare ogni fattura con l&apos;ordine prima dell&apos;invio</translation>
    </message>
    <message>
        <source>Detractors naming wrong invoices</source>
        <translation>Detrattori che citano fatture errate</translation>
    </message>
    <message>
        <source>Free returns for everyone</source>
        <translation>Resi gratuiti per tutti</translation>
    </message>
    <message>
        <source>It would raise prices for every customer to serve a few.</source>
        <translation>Aumenterebbe i prezzi per tutti i clienti per servirne pochi.</translation>
    </message>
    <message>
        <source>Returns stay free for faulty products; we are making faults rarer instead.</source>
        <translation>I resi restano gratuiti per i prodotti difettosi; intanto rendiamo i difetti più rari.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::DepartmentDigestComposer</name>
    <message>
        <source>There is no department called &quot;%1&quot;; the departments are: %2.</source>
        <translation>Non esiste un reparto chiamato &quot;%1&quot;; i reparti sono: %2.</translation>
    </message>
    <message>
        <source>%1: what customers said, %2</source>
        <translation>%1: cosa hanno detto i clienti, %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Escalation</name>
    <message>
        <source>Escalated cases should go to &quot;%1&quot;, but there is no staff member of that name; fix the escalation setting.</source>
        <translation>I casi scalati dovrebbero andare a &quot;%1&quot;, ma non c&apos;è nessun membro del personale con questo nome; correggi l&apos;impostazione di escalation.</translation>
    </message>
    <message>
        <source>Escalated: first contact was due %1</source>
        <translation>Scalato: il primo contatto era previsto entro %1</translation>
    </message>
    <message>
        <source>Escalated: first contact due %1</source>
        <translation>Scalato: primo contatto entro %1</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Importer</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Il file %1 è vuoto.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Non esiste il preset &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in this file.</source>
        <translation>In questo file non c&apos;è la colonna &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field LoopDesk knows.</source>
        <translation>&quot;%1&quot; non è un campo che LoopDesk conosce.</translation>
    </message>
    <message>
        <source>The only column with scores from 0 to 10 is &quot;%1&quot;, but its header does not read like a recommendation question. If it is the score, say so with --map score=COLUMN.</source>
        <translation>L&apos;unica colonna con punteggi da 0 a 10 è &quot;%1&quot;, ma la sua intestazione non sembra una domanda di raccomandazione. Se è il punteggio, dillo con --map score=COLONNA.</translation>
    </message>
    <message>
        <source>No column of %1 holds %2 scores (%3 to %4), so nothing was imported. Check that this is a survey export, or name the score column with --map score=COLUMN.</source>
        <translation>Nessuna colonna di %1 contiene punteggi %2 (da %3 a %4), quindi non è stato importato nulla. Controlla che sia un&apos;esportazione di sondaggio, o indica la colonna del punteggio con --map score=COLONNA.</translation>
    </message>
    <message>
        <source>Several columns could be the score: %1. Choose one with --map score=COLUMN (or several, for a wide table).</source>
        <translation>Più colonne potrebbero essere il punteggio: %1. Scegline una con --map score=COLONNA (o più d&apos;una, per una tabella larga).</translation>
    </message>
    <message>
        <source>The dates in column &quot;%1&quot; mix day-first and month-first values; fix the file or choose the format with --date-format.</source>
        <translation>Le date nella colonna &quot;%1&quot; mescolano valori con il giorno prima e con il mese prima; correggi il file o scegli il formato con --date-format.</translation>
    </message>
    <message>
        <source>The dates in column &quot;%1&quot; could be day/month or month/day (no day is over 12). Choose the format with --date-format dd/MM/yyyy or MM/dd/yyyy.</source>
        <translation>Le date nella colonna &quot;%1&quot; possono essere giorno/mese o mese/giorno (nessun giorno supera 12). Scegli il formato con --date-format dd/MM/yyyy o MM/dd/yyyy.</translation>
    </message>
    <message>
        <source>The file has no date column: answers are dated at the time of import.</source>
        <translation>Il file non ha una colonna di date: le risposte sono datate al momento dell&apos;importazione.</translation>
    </message>
    <message>
        <source>--set cannot give &quot;%1&quot; a value for every row.</source>
        <translation>--set non può dare a &quot;%1&quot; un valore per ogni riga.</translation>
    </message>
    <message>
        <source>--set answered_at: %1</source>
        <translation>--set answered_at: %1</translation>
    </message>
    <message>
        <source>the row is empty</source>
        <translation>la riga è vuota</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>manca la data</translation>
    </message>
    <message>
        <source>there is no score</source>
        <translation>non c&apos;è un punteggio</translation>
    </message>
    <message>
        <source>%1 is the code for &quot;no answer&quot;</source>
        <translation>%1 è il codice di &quot;nessuna risposta&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; non è un numero intero</translation>
    </message>
    <message>
        <source>the score %1 is outside %2 to %3</source>
        <translation>il punteggio %1 è fuori dall&apos;intervallo da %2 a %3</translation>
    </message>
    <message>
        <source>none of the score columns has an answer</source>
        <translation>nessuna colonna di punteggio ha una risposta</translation>
    </message>
    <message>
        <source>An invited list needs a customer id or e-mail column; name it with --map customer_id=COLUMN or --map email=COLUMN.</source>
        <translation>Un elenco di invitati richiede una colonna con l&apos;id cliente o l&apos;e-mail; indicala con --map customer_id=COLONNA o --map email=COLONNA.</translation>
    </message>
    <message>
        <source>the row names no customer</source>
        <translation>la riga non indica nessun cliente</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Impossibile scrivere le righe scartate in %1: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>riga</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonna</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::NpsReporter</name>
    <message>
        <source>The share to move is between 0 and 1 (0.5 for half), not %1.</source>
        <translation>La quota da spostare è tra 0 e 1 (0.5 per la metà), non %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>A fiscal year starts in a month from 1 to 12, not %1.</source>
        <translation>Un anno fiscale inizia in un mese da 1 a 12, non %1.</translation>
    </message>
    <message>
        <source>There is no wave called &quot;%1&quot;.</source>
        <translation>Non esiste un&apos;ondata chiamata &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No answers are segmented by &quot;%1&quot;; the segment dimensions are %2.</source>
        <translation>Nessuna risposta è segmentata per &quot;%1&quot;; le dimensioni di segmento sono %2.</translation>
    </message>
    <message>
        <source>No answer has %1 &quot;%2&quot;.</source>
        <translation>Nessuna risposta ha %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There is no account called &quot;%1&quot;.</source>
        <translation>Non esiste un account chiamato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no theme called &quot;%1&quot;.</source>
        <translation>Non esiste un tema chiamato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>(wave %1)</source>
        <translation>(ondata %1)</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(nessun account)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non impostato)</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::OutreachComposer</name>
    <message>
        <source>LoopDesk could not write %1: %2</source>
        <translation>LoopDesk non ha potuto scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Playbooks</name>
    <message>
        <source>The case owner; the team lead for key accounts</source>
        <translation>Il responsabile del caso; per i clienti chiave il team leader</translation>
    </message>
    <message>
        <source>Thank you for your answer: I am calling about it personally. What is the one thing we could have done better? What happened, step by step, and since when? What would put it right for you now?</source>
        <translation>Grazie per la risposta: la chiamo personalmente per questo. Qual è l&apos;unica cosa che avremmo potuto fare meglio? Cosa è successo, passo per passo, e da quando? Cosa la risarcirebbe adesso?</translation>
    </message>
    <message>
        <source>Apologise once, sincerely, without excuses: &quot;I am sorry this happened; it should not have.&quot; Say what you will do and by when, then do it. When the cause is fixed, tell them what changed.</source>
        <translation>Scusati una volta, sinceramente, senza giustificazioni: «Mi dispiace che sia successo; non doveva accadere.» Di&apos; cosa farai ed entro quando, poi fallo. Quando la causa è risolta, racconta cosa è cambiato.</translation>
    </message>
    <message>
        <source>The customer knows we listened; the problem is fixed or has a date; the root cause is recorded for the department that can fix it.</source>
        <translation>Il cliente sa che l&apos;abbiamo ascoltato; il problema è risolto o ha una data; la causa radice è registrata per il reparto che può eliminarla.</translation>
    </message>
    <message>
        <source>Read the answer and the customer&apos;s history before calling</source>
        <translation>Prima di chiamare leggi la risposta e la storia del cliente</translation>
    </message>
    <message>
        <source>Ask for the one thing we could have done better</source>
        <translation>Chiedi l&apos;unica cosa che avremmo potuto fare meglio</translation>
    </message>
    <message>
        <source>Apologise and agree the next step with a date</source>
        <translation>Scusati e concorda il passo successivo con una data</translation>
    </message>
    <message>
        <source>Offer compensation within your limit if it is deserved</source>
        <translation>Offri un indennizzo entro il tuo limite, se è meritato</translation>
    </message>
    <message>
        <source>Record the root cause</source>
        <translation>Registra la causa radice</translation>
    </message>
    <message>
        <source>Tell the customer what was done</source>
        <translation>Di&apos; al cliente cosa è stato fatto</translation>
    </message>
    <message>
        <source>The case owner</source>
        <translation>Il responsabile del caso</translation>
    </message>
    <message>
        <source>Thank you for your answer. What one or two things would make us a 9 or a 10 for you? Is there something we did that you liked?</source>
        <translation>Grazie per la risposta. Quali una o due cose ci farebbero meritare un 9 o un 10? C&apos;è qualcosa che le è piaciuto?</translation>
    </message>
    <message>
        <source>Thank them for their time; say what you will pass on, to whom, and that you will tell them what came of it.</source>
        <translation>Ringrazia per il tempo dedicato; di&apos; cosa riferirai, a chi, e che farai sapere cosa ne è venuto fuori.</translation>
    </message>
    <message>
        <source>One concrete improvement recorded as a root cause; the customer feels heard.</source>
        <translation>Un miglioramento concreto registrato come causa radice; il cliente si sente ascoltato.</translation>
    </message>
    <message>
        <source>Thank the customer</source>
        <translation>Ringrazia il cliente</translation>
    </message>
    <message>
        <source>Ask for the one or two things that would make it better</source>
        <translation>Chiedi una o due cose che lo renderebbero migliore</translation>
    </message>
    <message>
        <source>Tell the customer what happens next</source>
        <translation>Di&apos; al cliente cosa succederà ora</translation>
    </message>
    <message>
        <source>Thank you! What did you like most? Would you tell others about us, in a review or to a friend?</source>
        <translation>Grazie! Cosa le è piaciuto di più? Parlerebbe di noi ad altri, in una recensione o a un amico?</translation>
    </message>
    <message>
        <source>Thank them personally and by name; invite a review or a referral, and never insist.</source>
        <translation>Ringrazia di persona e per nome; invita a una recensione o a consigliarci, senza mai insistere.</translation>
    </message>
    <message>
        <source>A thanked customer, and a review, a referral or a quote where they agreed.</source>
        <translation>Un cliente ringraziato e, se d&apos;accordo, una recensione, un passaparola o una citazione.</translation>
    </message>
    <message>
        <source>Thank the customer personally</source>
        <translation>Ringrazia il cliente di persona</translation>
    </message>
    <message>
        <source>Ask what they liked most</source>
        <translation>Chiedi cosa è piaciuto di più</translation>
    </message>
    <message>
        <source>Invite a review or a referral</source>
        <translation>Invita a lasciare una recensione o a consigliarci</translation>
    </message>
    <message>
        <source>Record what they liked</source>
        <translation>Registra cosa è piaciuto</translation>
    </message>
    <message>
        <source>Choose the theme this playbook is for; each category already has its own.</source>
        <translation>Scegli il tema di questo playbook; ogni categoria ha già il proprio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a playbook for this category: edit that one.</source>
        <translation>«%1» ha già un playbook per questa categoria: modifica quello.</translation>
    </message>
    <message>
        <source>This playbook no longer exists.</source>
        <translation>Questo playbook non esiste più.</translation>
    </message>
    <message>
        <source>Someone changed this playbook after you opened it. Your changes were not saved; reload it to see theirs.</source>
        <translation>Qualcuno ha modificato questo playbook dopo che l&apos;hai aperto. Le tue modifiche non sono state salvate; ricaricalo per vedere le sue.</translation>
    </message>
    <message>
        <source>Only a category&apos;s own playbook has LoopDesk&apos;s words to go back to.</source>
        <translation>Solo il playbook di una categoria può tornare alle parole di LoopDesk.</translation>
    </message>
    <message>
        <source>A category always keeps its own playbook; edit it instead.</source>
        <translation>Una categoria mantiene sempre il proprio playbook: modificalo invece.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Il caso %1 non esiste.</translation>
    </message>
    <message>
        <source>There is no such step.</source>
        <translation>Questo passo non esiste.</translation>
    </message>
    <message>
        <source>Mark a recovery as exemplary once the case is resolved or closed.</source>
        <translation>Segnala un recupero come esemplare quando il caso è risolto o chiuso.</translation>
    </message>
    <message>
        <source>Say in a sentence or two what worked, for colleagues who meet the same problem.</source>
        <translation>Scrivi in una o due frasi cosa ha funzionato, per i colleghi che incontreranno lo stesso problema.</translation>
    </message>
    <message>
        <source>Choose the case&apos;s root cause first: a recovery is shown in the playbook of its theme.</source>
        <translation>Scegli prima la causa radice del caso: un recupero compare nel playbook del suo tema.</translation>
    </message>
    <message>
        <source>Case %1 was not marked as an exemplary recovery.</source>
        <translation>Il caso %1 non è stato segnalato come recupero esemplare.</translation>
    </message>
    <message>
        <source>Only a manager can add a playbook.</source>
        <translation>Solo un manager può aggiungere un playbook.</translation>
    </message>
    <message>
        <source>Only a manager can edit a playbook.</source>
        <translation>Solo un manager può modificare un playbook.</translation>
    </message>
    <message>
        <source>Only a manager can remove a playbook.</source>
        <translation>Solo un manager può rimuovere un playbook.</translation>
    </message>
    <message>
        <source>Only a manager can feature or dismiss a recovery.</source>
        <translation>Solo un manager può mettere in evidenza o scartare un recupero.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::QuarterlyReviewComposer</name>
    <message>
        <source>A quarterly review covers a quarter, such as 2026Q3; %1 is not one.</source>
        <translation>Una revisione trimestrale copre un trimestre, come 2026Q3; %1 non lo è.</translation>
    </message>
    <message>
        <source>Quarterly loop review %1</source>
        <translation>Revisione trimestrale del ciclo %1</translation>
    </message>
    <message>
        <source>Quarterly loop review %1 · %2 = %3</source>
        <translation>Revisione trimestrale del ciclo %1 · %2 = %3</translation>
    </message>
    <message>
        <source>Quarterly loop review %1 · account %2</source>
        <translation>Revisione trimestrale del ciclo %1 · account %2</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::ResponseBulkWriter</name>
    <message>
        <source>Fast import needs a local SQLite database.</source>
        <translation>L&apos;importazione veloce richiede un database SQLite locale.</translation>
    </message>
    <message>
        <source>Database error while importing (%1): %2</source>
        <translation>Errore del database durante l&apos;importazione (%1): %2</translation>
    </message>
    <message>
        <source>The database refused the customer %1, so none of this file was imported.</source>
        <translation>Il database ha rifiutato il cliente %1, quindi nulla di questo file è stato importato.</translation>
    </message>
    <message>
        <source>The database refused the answer %1, so none of this file was imported.</source>
        <translation>Il database ha rifiutato la risposta %1, quindi nulla di questo file è stato importato.</translation>
    </message>
    <message>
        <source>The database refused a follow-up case, so none of this file was imported.</source>
        <translation>Il database ha rifiutato un caso di follow-up, quindi nulla di questo file è stato importato.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::ScoreCountStore</name>
    <message>
        <source>No such segment slot: %1</source>
        <translation>Nessuno slot di segmento simile: %1</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::SegmentDictionary</name>
    <message>
        <source>A database holds at most %1 segment dimensions; &quot;%2&quot; would be one more. Map it to an existing dimension or leave it out.</source>
        <translation>Un database contiene al massimo %1 dimensioni di segmento; &quot;%2&quot; sarebbe una in più. Associalo a una dimensione esistente o lascialo fuori.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Statement</name>
    <message>
        <source>Database error: %1</source>
        <translation>Errore del database: %1</translation>
    </message>
    <message>
        <source>Database error: no result</source>
        <translation>Errore del database: nessun risultato</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::TeamAccess</name>
    <message>
        <source>Roles and row security belong to a team database; a local file is one person&apos;s.</source>
        <translation>Ruoli e sicurezza per riga riguardano un database del team; un file locale è di una sola persona.</translation>
    </message>
    <message>
        <source>There is no member of staff %1.</source>
        <translation>Non esiste il membro del personale %1.</translation>
    </message>
    <message>
        <source>The server has no login called &quot;%1&quot;; its administrator creates it first (CREATE ROLE ... LOGIN).</source>
        <translation>Il server non ha un login chiamato &quot;%1&quot;; prima deve crearlo il suo amministratore (CREATE ROLE ... LOGIN).</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::TeamMigration</name>
    <message>
        <source>migrate-to moves a local database file into a team database (postgresql://...).</source>
        <translation>migrate-to sposta un file di database locale in un database del team (postgresql://...).</translation>
    </message>
    <message>
        <source>The file is at database version %1 and the team database at %2; open the file once with this LoopDesk (loopdesk-cli init) and try again.</source>
        <translation>Il file è alla versione del database %1 e il database del team alla %2; apri il file una volta con questo LoopDesk (loopdesk-cli init) e riprova.</translation>
    </message>
    <message>
        <source>The team database already holds data (%1); migrate-to only fills a new, empty one. Nothing was changed.</source>
        <translation>Il database del team contiene già dati (%1); migrate-to riempie solo un database nuovo e vuoto. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the file (%2 rows, %3 on the server); nothing was kept on the server.</source>
        <translation>La copia di %1 non corrisponde al file (%2 righe, %3 sul server); sul server non è stato conservato nulla.</translation>
    </message>
    <message>
        <source>The team database&apos;s NPS counts or search words do not match its answers after the copy; nothing was kept on the server.</source>
        <translation>Dopo la copia i conteggi NPS o le parole di ricerca del database del team non corrispondono alle sue risposte; sul server non è stato conservato nulla.</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ActionsPage</name>
    <message>
        <source>Proposed</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvata</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ri&amp;fiuta…</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Inizio</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Segna come &amp;completata</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Expected gain</source>
        <translation>Guadagno atteso</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Cosa verrà fatto</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Tactical (a fix within a quarter)</source>
        <translation>Tattica (una correzione entro un trimestre)</translation>
    </message>
    <message>
        <source>Strategic (a change of how we work)</source>
        <translation>Strategica (un cambiamento del modo di lavorare)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Livello:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>Who else takes part</source>
        <translation>Chi altro partecipa</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Partecipanti:</translation>
    </message>
    <message>
        <source>Which customers, sites or products</source>
        <translation>Quali clienti, sedi o prodotti</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Ambito:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>How success is measured</source>
        <translation>Come si misura il successo</translation>
    </message>
    <message>
        <source>Success &amp;metric:</source>
        <translation>&amp;Metrica di successo:</translation>
    </message>
    <message>
        <source>The value that means success</source>
        <translation>Il valore che indica il successo</translation>
    </message>
    <message>
        <source>Ta&amp;rget:</source>
        <translation>&amp;Obiettivo:</translation>
    </message>
    <message>
        <source> NPS points</source>
        <translation> punti NPS</translation>
    </message>
    <message>
        <source>From the what-if: what NPS would gain if the themes this action addresses were fixed.</source>
        <translation>Dal what-if: quanto guadagnerebbe l&apos;NPS se i temi affrontati da questa azione fossero risolti.</translation>
    </message>
    <message>
        <source>E&amp;xpected gain:</source>
        <translation>&amp;Guadagno atteso:</translation>
    </message>
    <message>
        <source>Themes addressed</source>
        <translation>Temi affrontati</translation>
    </message>
    <message>
        <source>T&amp;hemes addressed:</source>
        <translation>&amp;Temi affrontati:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Tasks (double-click to edit; tick when done)</source>
        <translation>Attività (doppio clic per modificare; spunta quando fatto)</translation>
    </message>
    <message>
        <source>Add tas&amp;k</source>
        <translation>Aggiungi atti&amp;vità</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Rimuovi attività</translation>
    </message>
    <message>
        <source>&amp;New proposal</source>
        <translation>&amp;Nuova proposta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Piano</translation>
    </message>
    <message>
        <source>Expected NPS gain against cost: up and to the left first</source>
        <translation>Guadagno NPS atteso rispetto al costo: prima quelle in alto a sinistra</translation>
    </message>
    <message>
        <source>Expected gain against cost</source>
        <translation>Guadagno atteso rispetto al costo</translation>
    </message>
    <message>
        <source>P&amp;rioritise</source>
        <translation>P&amp;riorità</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— ancora nessuno —</translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation>Oltre la scadenza</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Expected NPS gain (points)</source>
        <translation>Guadagno NPS atteso (punti)</translation>
    </message>
    <message>
        <source>A new proposal: save it to put it on the plan.</source>
        <translation>Una nuova proposta: salvala per metterla nel piano.</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · versione %2</translation>
    </message>
    <message>
        <source>
Why not: %1
Customers are told: %2</source>
        <translation>
Perché no: %1
Ai clienti diciamo: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation>Ora %1.</translation>
    </message>
    <message>
        <source>Reject &quot;%1&quot;</source>
        <translation>Rifiuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done</source>
        <translation>&quot;%1&quot; è completata</translation>
    </message>
    <message>
        <source>What we tell customers, in plain words: what we decided and why</source>
        <translation>Cosa diciamo ai clienti, con parole semplici: cosa abbiamo deciso e perché</translation>
    </message>
    <message>
        <source>What changed for customers, for the outreach letter</source>
        <translation>Cosa è cambiato per i clienti, per la lettera del ciclo esterno</translation>
    </message>
    <message>
        <source>Why not (for the review):</source>
        <translation>Perché no (per la revisione):</translation>
    </message>
    <message>
        <source>Customers are told:</source>
        <translation>Ai clienti diciamo:</translation>
    </message>
    <message>
        <source>Measured since the action was approved against the %1 days before: everyone&apos;s NPS, and the share of detractors who name its themes.</source>
        <translation>Misurato dall&apos;approvazione dell&apos;azione rispetto ai %1 giorni precedenti: l&apos;NPS di tutti e la quota di detrattori che ne citano i temi.</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>Ha funzionato?</translation>
    </message>
    <message>
        <source>Measured from approval: approving it records what it is measured against.</source>
        <translation>Misurato dall&apos;approvazione: approvarla registra il punto di partenza.</translation>
    </message>
    <message>
        <source>Whose NPS measures it</source>
        <translation>Quale NPS lo misura</translation>
    </message>
    <message>
        <source>Whose NPS &quot;Did it work?&quot; follows: everyone&apos;s, or one segment&apos;s (a region, a channel…). Fixed when the action is approved.</source>
        <translation>Quale NPS segue «Ha funzionato?»: quello di tutti o di un segmento (una regione, un canale…). Fissato quando l&apos;azione è approvata.</translation>
    </message>
    <message>
        <source>Measured o&amp;n:</source>
        <translation>Misurato &amp;su:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::CaseEditor</name>
    <message>
        <source>Conflict</source>
        <translation>Conflitto</translation>
    </message>
    <message>
        <source>Reload the case</source>
        <translation>Ricarica il caso</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Dettagli del caso</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Call or write</source>
        <translation>Chiama o scrivi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Tentativi di contatto</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Cosa è stato detto</translation>
    </message>
    <message>
        <source>&amp;Log attempt</source>
        <translation>&amp;Registra tentativo</translation>
    </message>
    <message>
        <source>Log attempt</source>
        <translation>Registra tentativo</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>&amp;Take this case</source>
        <translation>&amp;Prendi questo caso</translation>
    </message>
    <message>
        <source>Take this case</source>
        <translation>Prendi questo caso</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>Passa a</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason (cases should not bounce)</source>
        <translation>Motivo (i casi non devono rimbalzare)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Passa a</translation>
    </message>
    <message>
        <source>Root cause and outcome</source>
        <translation>Causa radice ed esito</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa radice</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Recuperato</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Irraggiungibile</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutate</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>Causa radice:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Esito:</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Segna come risolto</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Chiudi caso</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Chiudi caso</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recupero</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensazione</translation>
    </message>
    <message>
        <source>voucher, refund, free delivery…</source>
        <translation>buono, rimborso, consegna gratuita…</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registra</translation>
    </message>
    <message>
        <source>Record compensation</source>
        <translation>Registra compensazione</translation>
    </message>
    <message>
        <source>Compensation:</source>
        <translation>Compensazione:</translation>
    </message>
    <message>
        <source>Re-survey score</source>
        <translation>Punteggio del nuovo sondaggio</translation>
    </message>
    <message>
        <source>Record re-survey</source>
        <translation>Registra nuovo sondaggio</translation>
    </message>
    <message>
        <source>Re-survey score:</source>
        <translation>Punteggio del nuovo sondaggio:</translation>
    </message>
    <message>
        <source>Customer told what we did</source>
        <translation>Cliente informato di ciò che abbiamo fatto</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>Cliente informato</translation>
    </message>
    <message>
        <source>Outer loop:</source>
        <translation>Ciclo esterno:</translation>
    </message>
    <message>
        <source>This customer&apos;s answers and cases</source>
        <translation>Risposte e casi di questo cliente</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Storico del cliente</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Nessun caso selezionato</translation>
    </message>
    <message>
        <source>Pick a case in the inbox to work on it.</source>
        <translation>Scegli un caso nella posta per lavorarci.</translation>
    </message>
    <message>
        <source>Anonymous customer</source>
        <translation>Cliente anonimo</translation>
    </message>
    <message>
        <source>%1 — score %2</source>
        <translation>%1 — punteggio %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>Status: %1 · owner: %2 · %3</source>
        <translation>Stato: %1 · responsabile: %2 · %3</translation>
    </message>
    <message>
        <source>Status: %1 · owner: %2</source>
        <translation>Stato: %1 · responsabile: %2</translation>
    </message>
    <message>
        <source>Answered %1 in &quot;%2&quot;</source>
        <translation>Risposta del %1 in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>First contact due %1; resolution due %2</source>
        <translation>Primo contatto entro %1; risoluzione entro %2</translation>
    </message>
    <message>
        <source>Account: %1 (key account)</source>
        <translation>Account: %1 (cliente chiave)</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Customer told what was done on %1</source>
        <translation>Cliente informato il %1 di ciò che è stato fatto</translation>
    </message>
    <message>
        <source>Compensation: %1 %2</source>
        <translation>Compensazione: %1 %2</translation>
    </message>
    <message>
        <source>Re-survey score: %1</source>
        <translation>Punteggio del nuovo sondaggio: %1</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(nessun commento)</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Chiama %1</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Scrivi a %1</translation>
    </message>
    <message>
        <source>No phone number or e-mail on file.</source>
        <translation>Nessun numero di telefono né e-mail in archivio.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4</source>
        <translation>%1 · %2 · %3 %4</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non raggiunto</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <translation>%1 · punteggio %2 · %3</translation>
    </message>
    <message>
        <source>Case %1 · %2 · outcome %3</source>
        <translation>Caso %1 · %2 · esito %3</translation>
    </message>
    <message>
        <source>Choose the root cause…</source>
        <translation>Scegli la causa radice…</translation>
    </message>
    <message>
        <source>Your change was not saved: %1 Reload to see the case as it is now; what you typed stays.</source>
        <translation>La tua modifica non è stata salvata: %1 Ricarica per vedere il caso com&apos;è ora; ciò che hai scritto resta.</translation>
    </message>
    <message>
        <source>taken over by its new owner</source>
        <translation>preso in carico dal nuovo responsabile</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Who responds, how and how soon</source>
        <translation>Chi risponde, come e quanto presto</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Chi:</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>Cosa chiedere</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Chiedi:</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Cosa dire</translation>
    </message>
    <message>
        <source>Say:</source>
        <translation>Di&apos;:</translation>
    </message>
    <message>
        <source>Intended outcome</source>
        <translation>Risultato atteso</translation>
    </message>
    <message>
        <source>Aim:</source>
        <translation>Obiettivo:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Tick each step when it is done: the case keeps who did it and when.</source>
        <translation>Spunta ogni passo quando è fatto: il caso registra chi l&apos;ha fatto e quando.</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>Cosa ha funzionato prima</translation>
    </message>
    <message>
        <source>What worked:</source>
        <translation>Cosa ha funzionato:</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approvazione</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Approve the compensation</source>
        <translation>Approva l&apos;indennizzo</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Rifiuta…</translation>
    </message>
    <message>
        <source>Decline the compensation</source>
        <translation>Rifiuta l&apos;indennizzo</translation>
    </message>
    <message>
        <source>Why (the agent tells the customer):</source>
        <translation>Perché (l&apos;operatore lo spiegherà al cliente):</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Approvazione:</translation>
    </message>
    <message>
        <source>Exemplary recovery</source>
        <translation>Recupero esemplare</translation>
    </message>
    <message>
        <source>Mark as exemplary…</source>
        <translation>Segnala come esemplare…</translation>
    </message>
    <message>
        <source>Mark as an exemplary recovery</source>
        <translation>Segnala come recupero esemplare</translation>
    </message>
    <message>
        <source>A recovery colleagues should learn from: managers can feature it in the playbook of its theme.</source>
        <translation>Un recupero da cui i colleghi possono imparare: i manager possono metterlo in evidenza nel playbook del suo tema.</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Cosa ha funzionato</translation>
    </message>
    <message>
        <source>What worked, in a sentence or two, for colleagues who meet the same problem:</source>
        <translation>Cosa ha funzionato, in una o due frasi, per i colleghi che incontreranno lo stesso problema:</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>un manager</translation>
    </message>
    <message>
        <source>%1 %2 is above the limit: it waits for a manager&apos;s approval, due %3.</source>
        <translation>%1 %2 supera il limite: attende l&apos;approvazione di un manager, entro il %3.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Approvato da %1.</translation>
    </message>
    <message>
        <source>Declined by %1; the compensation was withdrawn.</source>
        <translation>Rifiutato da %1; l&apos;indennizzo è stato ritirato.</translation>
    </message>
    <message>
        <source>Not needed: within the limit, or nothing offered.</source>
        <translation>Non serve: entro il limite, o nulla offerto.</translation>
    </message>
    <message>
        <source>Marked by %1: %2</source>
        <translation>Segnalato da %1: %2</translation>
    </message>
    <message>
        <source>Not marked.</source>
        <translation>Non segnalato.</translation>
    </message>
    <message>
        <source>Edit what worked…</source>
        <translation>Modifica cosa ha funzionato…</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Detrattore</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passivo</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promotore</translation>
    </message>
    <message>
        <source>Playbook: %1 · %2</source>
        <translation>Playbook: %1 · %2</translation>
    </message>
    <message>
        <source>Playbook: %1</source>
        <translation>Playbook: %1</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>al telefono</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>via e-mail</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>via SMS</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>di persona</translation>
    </message>
    <message numerus="yes">
        <source>%1 · within %n hour(s), %2</source>
        <translation>
            <numerusform>%1 · entro %n ora, %2</numerusform>
            <numerusform>%1 · entro %n ore, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Done by %1, %2</source>
        <translation>Fatto da %1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>qualcuno</translation>
    </message>
    <message>
        <source>• %1 — %2 (case %3)</source>
        <translation>• %1 — %2 (caso %3)</translation>
    </message>
    <message>
        <source>Nothing featured for these themes yet.</source>
        <translation>Ancora niente in evidenza per questi temi.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::DashboardsPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and that you may write to it.</source>
        <translation>Impossibile scrivere %1. Controlla che la cartella esista e che tu possa scriverci.</translation>
    </message>
    <message>
        <source>NPS by quarter</source>
        <translation>NPS per trimestre</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>Promotori, passivi e detrattori</translation>
    </message>
    <message>
        <source>NPS by segment</source>
        <translation>NPS per segmento</translation>
    </message>
    <message>
        <source>What detractors name</source>
        <translation>Cosa citano i detrattori</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Chiudere il ciclo</translation>
    </message>
    <message>
        <source>If we fix:</source>
        <translation>Se risolviamo:</translation>
    </message>
    <message>
        <source>Share of those who named it</source>
        <translation>Quota di chi lo ha citato</translation>
    </message>
    <message>
        <source>For this share of them:</source>
        <translation>Per questa quota di loro:</translation>
    </message>
    <message>
        <source>detractors become passives</source>
        <translation>i detrattori diventano passivi</translation>
    </message>
    <message>
        <source>detractors and passives become promoters</source>
        <translation>detrattori e passivi diventano promotori</translation>
    </message>
    <message>
        <source>So that:</source>
        <translation>In modo che:</translation>
    </message>
    <message>
        <source>Propose an action with this gain…</source>
        <translation>Proponi un&apos;azione con questo guadagno…</translation>
    </message>
    <message>
        <source>Opens a new action plan for this theme with the expected gain filled in.</source>
        <translation>Apre un nuovo piano d&apos;azione per questo tema con il guadagno atteso già compilato.</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>E se</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Answers of:</source>
        <translation>&amp;Risposte di:</translation>
    </message>
    <message>
        <source>&amp;Break down by:</source>
        <translation>&amp;Suddividi per:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the chart as a picture</source>
        <translation>Copia il grafico come immagine</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>Salva il grafico come PNG o SVG</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>No answers yet: import a survey file to see the dashboards.</source>
        <translation>Ancora nessuna risposta: importa un file di sondaggio per vedere le dashboard.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <source>%1 to %2: NPS %3 (95 % interval %4 to %5) from %6 answers.</source>
        <translation>Da %1 a %2: NPS %3 (intervallo al 95 % da %4 a %5) su %6 risposte.</translation>
    </message>
    <message>
        <source>Few answers: read the figures with care.</source>
        <translation>Poche risposte: leggi i dati con cautela.</translation>
    </message>
    <message>
        <source>No answers in this period for this choice.</source>
        <translation>Nessuna risposta in questo periodo per questa scelta.</translation>
    </message>
    <message>
        <source>NPS by %1</source>
        <translation>NPS per %1</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>intervallo al 95 %</translation>
    </message>
    <message>
        <source>Significant rise</source>
        <translation>Aumento significativo</translation>
    </message>
    <message>
        <source>Significant fall</source>
        <translation>Calo significativo</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotori</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passivi</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detrattori</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Detractors naming it</source>
        <translation>Detrattori che lo citano</translation>
    </message>
    <message>
        <source>Cumulative share of mentions</source>
        <translation>Quota cumulata delle menzioni</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>Punti persi</translation>
    </message>
    <message>
        <source>Where the theme is routed</source>
        <translation>Dove è indirizzato il tema</translation>
    </message>
    <message>
        <source>Detractors naming the theme</source>
        <translation>Detrattori che citano il tema</translation>
    </message>
    <message>
        <source>Detractors who name the theme, of all detractors (one answer may name several themes)</source>
        <translation>Detrattori che citano il tema, su tutti i detrattori (una risposta può citare più temi)</translation>
    </message>
    <message>
        <source>How much NPS would rise if everyone who named it and was a detractor became a passive</source>
        <translation>Di quanto salirebbe l&apos;NPS se ogni detrattore che lo ha citato diventasse passivo</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Cases opened&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Detractors contacted within the SLA&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Median time to first contact&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save rate (of closed cases)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Still open&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Contact later than the SLA&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Casi aperti&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Detrattori contattati entro lo SLA&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tempo mediano al primo contatto&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tasso di recupero (dei chiusi)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ancora aperti&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Contatto oltre lo SLA&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Open cases per owner</source>
        <translation>Casi aperti per responsabile</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>In tempo</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ancora nessuno</translation>
    </message>
    <message>
        <source>No theme named by detractors in this period.</source>
        <translation>Nessun tema citato dai detrattori in questo periodo.</translation>
    </message>
    <message>
        <source>NPS &lt;b&gt;%1 → %2&lt;/b&gt;: %3 points (± %4)&lt;br&gt;&lt;small&gt;%5 detractors and %6 passives named it; the margin comes from how many of them the survey reached.&lt;/small&gt;</source>
        <translation>NPS &lt;b&gt;%1 → %2&lt;/b&gt;: %3 punti (± %4)&lt;br&gt;&lt;small&gt;Lo hanno citato %5 detrattori e %6 passivi; il margine dipende da quanti di loro il sondaggio ha raggiunto.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>NPS now</source>
        <translation>NPS ora</translation>
    </message>
    <message>
        <source>NPS if fixed</source>
        <translation>NPS se risolto</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salva grafico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Grafico non salvato</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::DigestDialog</name>
    <message>
        <source>Department digest</source>
        <translation>Sintesi per reparto</translation>
    </message>
    <message>
        <source>What customers said about the themes routed to one department: counts against the period before, NPS points lost, their own words, the actions on those themes and the cases still waiting on it.</source>
        <translation>Cosa hanno detto i clienti dei temi indirizzati a un reparto: conteggi rispetto al periodo precedente, punti NPS persi, le loro parole, le azioni su quei temi e i casi ancora in attesa.</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Reparto:</translation>
    </message>
    <message>
        <source>A quarter (2026Q3), a month (2026-10) or a year (2026)</source>
        <translation>Un trimestre (2026Q3), un mese (2026-10) o un anno (2026)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Anonymise: mask e-mail addresses, phone numbers and customer numbers in comments, list cases without names</source>
        <translation>&amp;Anonimizza: nascondi indirizzi e-mail, numeri di telefono e numeri cliente nei commenti, elenca i casi senza nomi</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Salva &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Salva &amp;CSV…</translation>
    </message>
    <message>
        <source>No department yet: give themes a department in Settings → Themes.</source>
        <translation>Ancora nessun reparto: assegna un reparto ai temi in Impostazioni → Temi.</translation>
    </message>
    <message>
        <source>A period is a quarter (2026Q3), a month (2026-10) or a year (2026).</source>
        <translation>Un periodo è un trimestre (2026Q3), un mese (2026-10) o un anno (2026).</translation>
    </message>
    <message>
        <source>%1 theme(s) routed here were named in %2, costing %3 NPS points; %4 action(s) on them; %5 case(s) waiting, %6 of them overdue.</source>
        <translation>Temi indirizzati qui citati in %2: %1, al costo di %3 punti NPS; azioni su di essi: %4; casi in attesa: %5, di cui in ritardo: %6.</translation>
    </message>
    <message>
        <source>Save the department digest</source>
        <translation>Salva la sintesi per reparto</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ImportPage</name>
    <message>
        <source>&lt;h3&gt;Survey imports&lt;/h3&gt;Bring in a survey export: detractors land in the inbox with their due times, and every answer counts in the dashboards.</source>
        <translation>&lt;h3&gt;Importazione dei sondaggi&lt;/h3&gt;Porta dentro un&apos;esportazione di sondaggio: i detrattori arrivano nella posta con le loro scadenze e ogni risposta conta nelle dashboard.</translation>
    </message>
    <message>
        <source>&amp;Import a survey file…</source>
        <translation>&amp;Importa un file di sondaggio…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Imports so far</source>
        <translation>Importazioni finora</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Ancora nulla importato.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminato)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Ondata</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importate</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Già presenti</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutata</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ImportWizard</name>
    <message>
        <source>Response id</source>
        <translation>Id risposta</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Id cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Data della risposta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra verticale</translation>
    </message>
    <message>
        <source>day first (dd/MM/yyyy)</source>
        <translation>prima il giorno (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>month first (MM/dd/yyyy)</source>
        <translation>prima il mese (MM/dd/yyyy)</translation>
    </message>
    <message>
        <source>ISO or unambiguous</source>
        <translation>ISO o non ambiguo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>nessun punteggio</translation>
    </message>
    <message>
        <source>score not a whole number</source>
        <translation>punteggio non intero</translation>
    </message>
    <message>
        <source>score out of range</source>
        <translation>punteggio fuori intervallo</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>data illeggibile</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>riga vuota</translation>
    </message>
    <message>
        <source>malformed row</source>
        <translation>riga malformata</translation>
    </message>
    <message>
        <source>no customer id or e-mail</source>
        <translation>nessun id cliente o e-mail</translation>
    </message>
    <message>
        <source>&quot;no answer&quot; code</source>
        <translation>codice &quot;nessuna risposta&quot;</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Importa le risposte al sondaggio</translation>
    </message>
    <message>
        <source>Choose the survey export</source>
        <translation>Scegli l&apos;esportazione del sondaggio</translation>
    </message>
    <message>
        <source>A CSV or text export from Qualtrics, SurveyMonkey, Google Forms, Typeform, Delighted or any tool: LoopDesk recognises the format and shows you what it found before anything is written.</source>
        <translation>Un&apos;esportazione CSV o di testo da Qualtrics, SurveyMonkey, Google Forms, Typeform, Delighted o qualsiasi strumento: LoopDesk riconosce il formato e ti mostra cosa ha trovato prima di scrivere qualcosa.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>Path of the exported file</source>
        <translation>Percorso del file esportato</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Wave name</source>
        <translation>Nome dell&apos;ondata</translation>
    </message>
    <message>
        <source>The file&apos;s name</source>
        <translation>Il nome del file</translation>
    </message>
    <message>
        <source>Answers go into this survey wave; an existing wave of this name gets the new answers.</source>
        <translation>Le risposte vanno in questa ondata del sondaggio; un&apos;ondata esistente con questo nome riceve le nuove risposte.</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>&amp;Ondata:</translation>
    </message>
    <message>
        <source>Survey metric</source>
        <translation>Metrica del sondaggio</translation>
    </message>
    <message>
        <source>NPS – likelihood to recommend, 0 to 10</source>
        <translation>NPS – probabilità di raccomandare, da 0 a 10</translation>
    </message>
    <message>
        <source>CSAT – satisfaction, 1 to 5</source>
        <translation>CSAT – soddisfazione, da 1 a 5</translation>
    </message>
    <message>
        <source>CES – customer effort, 1 to 7</source>
        <translation>CES – sforzo del cliente, da 1 a 7</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrica:</translation>
    </message>
    <message>
        <source>Check what LoopDesk found</source>
        <translation>Controlla cosa ha trovato LoopDesk</translation>
    </message>
    <message>
        <source>The first rows of the file as LoopDesk reads them. Change anything that is not right; nothing is written until you press Import.</source>
        <translation>Le prime righe del file come le legge LoopDesk. Cambia tutto ciò che non va; non viene scritto nulla finché non premi Importa.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separatore:</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Riconosci</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Rileva</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which column is what&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quale colonna è cosa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Colonna per %1</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Anteprima del file</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Every row is checked and the good ones are written in one go: if you cancel, the database stays exactly as it was.</source>
        <translation>Ogni riga viene controllata e quelle corrette sono scritte in un colpo solo: se annulli, il database resta esattamente com&apos;era.</translation>
    </message>
    <message>
        <source>Show summary</source>
        <translation>Mostra riepilogo</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avanzamento dell&apos;importazione</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annulla importazione</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written…</source>
        <translation>Annullamento: si annulla ciò che è stato scritto…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Riepilogo dell&apos;importazione</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Righe scartate</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Salva le righe scartate…</translation>
    </message>
    <message>
        <source>A CSV with the line, column and reason, then the row as it was: fix it and import it again.</source>
        <translation>Un CSV con riga, colonna e motivo, poi la riga così come è stata letta: correggila e importala di nuovo.</translation>
    </message>
    <message>
        <source>Choose a survey export</source>
        <translation>Scegli un&apos;esportazione di sondaggio</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Esportazioni di sondaggi (*.csv *.txt *.tsv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Recognise (found: %1)</source>
        <translation>Riconosci (trovato: %1)</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>Rileva (trovato: %1)</translation>
    </message>
    <message>
        <source>LoopDesk found no column of whole-number scores on the scale of this metric. Choose the score column under &quot;Score&quot;, or check the metric on the previous page.</source>
        <translation>LoopDesk non ha trovato nessuna colonna di punteggi interi sulla scala di questa metrica. Scegli la colonna del punteggio in &quot;Punteggio&quot; o controlla la metrica nella pagina precedente.</translation>
    </message>
    <message>
        <source>Which column holds the score? It could be: %1. Choose it under &quot;Score&quot;.</source>
        <translation>Quale colonna contiene il punteggio? Potrebbe essere: %1. Sceglila in &quot;Punteggio&quot;.</translation>
    </message>
    <message>
        <source>The dates could be read day first or month first (%1). Choose the order under &quot;Dates&quot;; a date that does not fit it is rejected with its line.</source>
        <translation>Le date si possono leggere con il giorno o con il mese prima (%1). Scegli l&apos;ordine in &quot;Date&quot;; una data che non corrisponde viene scartata con la sua riga.</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>No segment columns recognised. Columns named segment:REGION (or your dimension) become segments.</source>
        <translation>Nessuna colonna di segmento riconosciuta. Le colonne chiamate segment:REGIONE (o la tua dimensione) diventano segmenti.</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Segmenti: %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segmento %1</translation>
    </message>
    <message>
        <source>— choose the score column —</source>
        <translation>— scegli la colonna del punteggio —</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— non in questo file —</translation>
    </message>
    <message>
        <source>All %1 score columns (a wide table)</source>
        <translation>Tutte le %1 colonne di punteggio (tabella larga)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 di %2 letti</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import stopped.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Nothing was written to the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;L&apos;importazione si è fermata.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Nel database non è stato scritto nulla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import was cancelled.&lt;/b&gt; Nothing was written to the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;L&apos;importazione è stata annullata.&lt;/b&gt; Nel database non è stato scritto nulla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Answers imported: %1&lt;/b&gt;, into the wave &quot;%2&quot;, from %3 rows read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Risposte importate: %1&lt;/b&gt;, nell&apos;ondata &quot;%2&quot;, da %3 righe lette.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Already in the database, so not imported twice: %1.</source>
        <translation>Già nel database, quindi non importate due volte: %1.</translation>
    </message>
    <message>
        <source>Comments given a theme by the taxonomy&apos;s keywords: %1.</source>
        <translation>Commenti a cui le parole chiave della tassonomia hanno dato un tema: %1.</translation>
    </message>
    <message>
        <source>Follow-up cases opened in the inbox: %1.</source>
        <translation>Casi di follow-up aperti nella posta: %1.</translation>
    </message>
    <message>
        <source>Rows rejected: %1 (%2). Each is listed below with its line and reason.</source>
        <translation>Righe scartate: %1 (%2). Ognuna è elencata qui sotto con la sua riga e il motivo.</translation>
    </message>
    <message>
        <source>Only the first %1 rejected rows are listed.</source>
        <translation>Sono elencate solo le prime %1 righe scartate.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Nessuna riga è stata scartata.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Riga come letta</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Salva le righe scartate</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not saved:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Non salvato:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::InboxModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contattato</translation>
    </message>
    <message>
        <source>contacted late</source>
        <translation>contattato in ritardo</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 rimanenti</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 in ritardo</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>%1 (key account)</source>
        <translation>%1 (cliente chiave)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non assegnato</translation>
    </message>
    <message>
        <source>First contact due %1</source>
        <translation>Primo contatto entro %1</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimasto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::InboxPage</name>
    <message>
        <source>My cases</source>
        <translation>I miei casi</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnati</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Scade oggi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>Clienti chiave</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Tutti gli aperti</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Viste salvate</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search customer, number, e-mail or comment (Ctrl+F)</source>
        <translation>Cerca cliente, numero, e-mail o commento (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Ondata</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casi</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Note non salvate</translation>
    </message>
    <message>
        <source>You typed notes for case %1 that are not recorded yet. Leave them?</source>
        <translation>Hai scritto delle note per il caso %1 che non sono ancora registrate. Abbandonarle?</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <source>Any wave</source>
        <translation>Qualsiasi ondata</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Qualsiasi segmento</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>Qualsiasi %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>In attesa di approvazione</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::MainWindow</name>
    <message>
        <source>LoopDesk databases (*.db *.loopdesk);;All files (*)</source>
        <translation>Database LoopDesk (*.db *.loopdesk);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>LoopDesk</source>
        <translation>LoopDesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Revisione trimestrale</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Nessun database è aperto.</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Apri un database…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Crea un nuovo database…</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Chi sta lavorando</translation>
    </message>
    <message>
        <source>Working as: </source>
        <translation>Lavori come: </translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>Stai lavorando come</translation>
    </message>
    <message>
        <source>%1 (manager)</source>
        <translation>%1 (responsabile)</translation>
    </message>
    <message>
        <source>Inbox (%1 due soon)</source>
        <translation>Posta in arrivo (%1 in scadenza)</translation>
    </message>
    <message>
        <source>case %1 (%2) is due in %3 h %4 min</source>
        <translation>il caso %1 (%2) scade tra %3 h %4 min</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>Call soon: %1.</source>
        <translation>Chiama presto: %1.</translation>
    </message>
    <message>
        <source>LoopDesk: cases about to breach</source>
        <translation>LoopDesk: casi in procinto di scadere</translation>
    </message>
    <message>
        <source>%1 answers · %2 open cases</source>
        <translation>%1 risposte · %2 casi aperti</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Note non salvate</translation>
    </message>
    <message>
        <source>You typed notes for case %1 that are not recorded yet. Quit and lose them?</source>
        <translation>Hai scritto delle note per il caso %1 che non sono ancora registrate. Uscire e perderle?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nuovo database…</translation>
    </message>
    <message>
        <source>&amp;Import survey file…</source>
        <translation>&amp;Importa file di sondaggio…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Aspetto</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Come il &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Scuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About LoopDesk</source>
        <translation>&amp;Informazioni su LoopDesk</translation>
    </message>
    <message>
        <source>%1 – LoopDesk</source>
        <translation>%1 – LoopDesk</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Impossibile leggere il database</translation>
    </message>
    <message>
        <source>Open a LoopDesk database</source>
        <translation>Apri un database LoopDesk</translation>
    </message>
    <message>
        <source>Create a LoopDesk database</source>
        <translation>Crea un database LoopDesk</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Il file esiste</translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open to open it.</source>
        <translation>%1 esiste già. Usa File → Apri per aprirlo.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Backup del database</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backup salvato in %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup non riuscito</translation>
    </message>
    <message>
        <source>About LoopDesk</source>
        <translation>Informazioni su LoopDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LoopDesk %1&lt;/h3&gt;&lt;p&gt;Close the customer feedback loop: call every detractor back in time, route root causes to the teams that fix them, and review NPS with honest margins of error.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LoopDesk %1&lt;/h3&gt;&lt;p&gt;Chiudi il ciclo del feedback dei clienti: richiama in tempo ogni detrattore, porta le cause radice ai team che le risolvono e leggi l&apos;NPS con margini di errore onesti.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a team database…</source>
        <translation>Apri un database del team…</translation>
    </message>
    <message>
        <source>Open &amp;team database…</source>
        <translation>Apri database del &amp;team…</translation>
    </message>
    <message>
        <source>%1 on %2 – LoopDesk</source>
        <translation>%1 su %2 – LoopDesk</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>Il server chiede la password di %1.</translation>
    </message>
    <message>
        <source>The server did not accept that password for %1. Try again?</source>
        <translation>Il server non ha accettato questa password per %1. Riprovare?</translation>
    </message>
    <message>
        <source>Cannot open the team database</source>
        <translation>Impossibile aprire il database del team</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::OverviewPage</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>ancora nessuna risposta</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2</source>
        <translation>intervallo al 95 % da %1 a %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 risposte</translation>
    </message>
    <message>
        <source>Small sample: read with care</source>
        <translation>Campione piccolo: leggere con cautela</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>NPS this quarter</source>
        <translation>NPS di questo trimestre</translation>
    </message>
    <message>
        <source>NPS, all answers</source>
        <translation>NPS, tutte le risposte</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Risposte ai sondaggi</translation>
    </message>
    <message>
        <source>Open follow-up cases</source>
        <translation>Casi di follow-up aperti</translation>
    </message>
    <message>
        <source>Survey waves</source>
        <translation>Ondate del sondaggio</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>%1 vs. %2: significant (z = %3)</source>
        <translation>%1 rispetto a %2: significativa (z = %3)</translation>
    </message>
    <message>
        <source>%1 vs. %2: within the noise (z = %3)</source>
        <translation>%1 rispetto a %2: entro il rumore (z = %3)</translation>
    </message>
    <message>
        <source>Waves: %1</source>
        <translation>Ondate: %1</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Clienti: %1</translation>
    </message>
    <message>
        <source>Not contacted within the SLA: %1</source>
        <translation>Non contattati entro lo SLA: %1</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::PlaybooksTab</name>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detrattori (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passivi (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotori (9–10)</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>In evidenza</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Scartato</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposto</translation>
    </message>
    <message>
        <source>Playbooks are the team&apos;s: only a manager changes them.</source>
        <translation>I playbook sono del team: solo un manager li modifica.</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>A playbook for one theme</source>
        <translation>Un playbook per un tema</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>&amp;Naming:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Who responds:</source>
        <translation>&amp;Chi risponde:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>Rispondi entro</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>al telefono</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>via e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>di persona</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>via SMS</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Entro:</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>Cosa chiedere</translation>
    </message>
    <message>
        <source>What to &amp;ask:</source>
        <translation>Cosa &amp;chiedere:</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Cosa dire</translation>
    </message>
    <message>
        <source>What to &amp;say:</source>
        <translation>Cosa &amp;dire:</translation>
    </message>
    <message>
        <source>Intended outcome</source>
        <translation>Risultato atteso</translation>
    </message>
    <message>
        <source>Intended &amp;outcome:</source>
        <translation>Risultato &amp;atteso:</translation>
    </message>
    <message>
        <source>Checklist, one step per line</source>
        <translation>Checklist, un passo per riga</translation>
    </message>
    <message>
        <source>&amp;Checklist
(one step a line):</source>
        <translation>&amp;Checklist
(un passo per riga):</translation>
    </message>
    <message>
        <source>Sa&amp;ve playbook</source>
        <translation>Sal&amp;va playbook</translation>
    </message>
    <message>
        <source>&amp;Restore LoopDesk&apos;s words</source>
        <translation>&amp;Ripristina le parole di LoopDesk</translation>
    </message>
    <message>
        <source>What worked: recoveries marked as exemplary</source>
        <translation>Cosa ha funzionato: recuperi segnalati come esemplari</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Cosa ha funzionato</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Segnalato da</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Featured recoveries appear in the playbook of their theme, beside every case about it.</source>
        <translation>I recuperi in evidenza compaiono nel playbook del loro tema, accanto a ogni caso che lo riguarda.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>LoopDesk&apos;s playbook, in the language you read it in. Saving it makes it the team&apos;s own words.</source>
        <translation>Il playbook di LoopDesk, nella lingua in cui lo leggi. Salvandolo diventa parole del team.</translation>
    </message>
    <message>
        <source>For cases whose root cause or answer names this theme (or one of its sub-themes).</source>
        <translation>Per i casi la cui causa radice o risposta cita questo tema (o uno dei suoi sottotemi).</translation>
    </message>
    <message>
        <source>The team&apos;s own words, for every case of this category without a theme playbook.</source>
        <translation>Le parole del team, per ogni caso di questa categoria senza un playbook di tema.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Playbook saved: every case it matches shows it now.</source>
        <translation>Playbook salvato: ogni caso a cui corrisponde ora lo mostra.</translation>
    </message>
    <message>
        <source>Added, starting from the category&apos;s words: make it about the theme and save.</source>
        <translation>Aggiunto, partendo dalle parole della categoria: adattalo al tema e salva.</translation>
    </message>
    <message>
        <source>LoopDesk&apos;s words are back.</source>
        <translation>Le parole di LoopDesk sono tornate.</translation>
    </message>
    <message>
        <source>Removed: its cases follow their category&apos;s playbook.</source>
        <translation>Rimosso: i suoi casi seguono il playbook della loro categoria.</translation>
    </message>
    <message>
        <source>Choose a recovery in the list first.</source>
        <translation>Scegli prima un recupero nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Featured: it now shows in the playbook of its theme.</source>
        <translation>In evidenza: ora compare nel playbook del suo tema.</translation>
    </message>
    <message>
        <source>Dismissed: it no longer shows in any playbook.</source>
        <translation>Scartato: non compare più in nessun playbook.</translation>
    </message>
    <message>
        <source>Add pla&amp;ybook</source>
        <translation>Aggiungi pla&amp;ybook</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Feat&amp;ure in the playbook</source>
        <translation>Metti in &amp;evidenza nel playbook</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ReviewDocument</name>
    <message>
        <source>no answers</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approvata</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>Net Promoter Score %1: %2</source>
        <translation>Net Promoter Score %1: %2</translation>
    </message>
    <message>
        <source>%1 points on %2 (%3)</source>
        <translation>%1 punti rispetto a %2 (%3)</translation>
    </message>
    <message>
        <source>a significant change</source>
        <translation>una variazione significativa</translation>
    </message>
    <message>
        <source>within the margin of error</source>
        <translation>entro il margine di errore</translation>
    </message>
    <message>
        <source>Composed %1 by LoopDesk</source>
        <translation>Composto il %1 da LoopDesk</translation>
    </message>
    <message>
        <source>The score</source>
        <translation>Il punteggio</translation>
    </message>
    <message>
        <source>NPS %1 is %2, with a 95 % interval of %3 (%4 answers).%5</source>
        <translation>L&apos;NPS %1 è %2, con un intervallo al 95 % di %3 (%4 risposte).%5</translation>
    </message>
    <message>
        <source> The sample is small: read it as a range, not a point.</source>
        <translation> Il campione è piccolo: leggilo come un intervallo, non come un punto.</translation>
    </message>
    <message>
        <source>Against %1 (NPS %2): %3 points, z = %4 — %5.</source>
        <translation>Rispetto a %1 (NPS %2): %3 punti, z = %4 — %5.</translation>
    </message>
    <message>
        <source>significant at 95 %</source>
        <translation>significativa al 95 %</translation>
    </message>
    <message>
        <source>not significant at 95 %</source>
        <translation>non significativa al 95 %</translation>
    </message>
    <message>
        <source>Response rate: %1 (%2 answers of %3 invited).</source>
        <translation>Tasso di risposta: %1 (%2 risposte su %3 invitati).</translation>
    </message>
    <message>
        <source>Response rate: no invited list for this scope.</source>
        <translation>Tasso di risposta: nessun elenco di invitati per questo ambito.</translation>
    </message>
    <message>
        <source>NPS per quarter; the band is the 95 % interval.</source>
        <translation>NPS per trimestre; la fascia è l&apos;intervallo al 95 %.</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotori (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passivi (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detrattori (0–6)</translation>
    </message>
    <message>
        <source>NPS by %1</source>
        <translation>NPS per %1</translation>
    </message>
    <message>
        <source>small sample</source>
        <translation>campione piccolo</translation>
    </message>
    <message>
        <source>Bars: NPS; whiskers: 95 % interval.</source>
        <translation>Barre: NPS; baffi: intervallo al 95 %.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>intervallo al 95 %</translation>
    </message>
    <message>
        <source>What costs us NPS</source>
        <translation>Cosa ci costa NPS</translation>
    </message>
    <message>
        <source>No answer of this quarter is tagged with a theme yet.</source>
        <translation>Nessuna risposta di questo trimestre ha ancora un tema.</translation>
    </message>
    <message>
        <source>NPS points lost: how much NPS would rise if the theme&apos;s detractors were passives.</source>
        <translation>Punti NPS persi: di quanto salirebbe l&apos;NPS se i detrattori del tema fossero passivi.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Fixed by</source>
        <translation>Risolto da</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menzioni</translation>
    </message>
    <message>
        <source>Of detractors</source>
        <translation>Dei detrattori</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impatto</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>Punti persi</translation>
    </message>
    <message>
        <source>What if we fixed it</source>
        <translation>E se lo risolvessimo</translation>
    </message>
    <message>
        <source>If a theme were fixed for everyone who named it: its detractors become passives, or everyone naming it becomes a promoter.</source>
        <translation>Se un tema fosse risolto per tutti quelli che lo hanno citato: i suoi detrattori diventano passivi, oppure tutti quelli che lo citano diventano promotori.</translation>
    </message>
    <message>
        <source>NPS, detractors → passives</source>
        <translation>NPS, detrattori → passivi</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Guadagno</translation>
    </message>
    <message>
        <source>NPS, all → promoters</source>
        <translation>NPS, tutti → promotori</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Chiudere il ciclo</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Casi aperti</translation>
    </message>
    <message>
        <source>Detractors contacted within the SLA</source>
        <translation>Detrattori contattati entro lo SLA</translation>
    </message>
    <message>
        <source>Median hours to first contact</source>
        <translation>Ore mediane al primo contatto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Saved (of closed)</source>
        <translation>Recuperati (dei chiusi)</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ancora aperti</translation>
    </message>
    <message>
        <source>Missed first-contact times</source>
        <translation>Tempi di primo contatto mancati</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Per owner</source>
        <translation>Per responsabile</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>In tempo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Recuperato</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>Il piano d&apos;azione</translation>
    </message>
    <message>
        <source>past its deadline</source>
        <translation>oltre la scadenza</translation>
    </message>
    <message>
        <source>%1 task(s) overdue</source>
        <translation>%1 attività in ritardo</translation>
    </message>
    <message>
        <source>No action is planned yet.</source>
        <translation>Nessuna azione è ancora pianificata.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Atteso</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>What we declined, and why</source>
        <translation>Cosa abbiamo rifiutato e perché</translation>
    </message>
    <message>
        <source>Nothing was declined.</source>
        <translation>Nulla è stato rifiutato.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Perché no</translation>
    </message>
    <message>
        <source>What customers are told</source>
        <translation>Cosa diciamo ai clienti</translation>
    </message>
    <message>
        <source>In customers&apos; words</source>
        <translation>Con le parole dei clienti</translation>
    </message>
    <message>
        <source>LoopDesk could not write %1.</source>
        <translation>LoopDesk non ha potuto scrivere %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Everyone&apos;s NPS in %1: %2 (%3 answers)</source>
        <translation>NPS di tutti in %1: %2 (%3 risposte)</translation>
    </message>
    <message>
        <source>What customers name</source>
        <translation>Cosa citano i clienti</translation>
    </message>
    <message>
        <source>No answer of this period names a theme routed to %1.</source>
        <translation>Nessuna risposta di questo periodo cita un tema indirizzato a %1.</translation>
    </message>
    <message>
        <source>Mentions (before)</source>
        <translation>Menzioni (prima)</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detrattori</translation>
    </message>
    <message>
        <source>Points lost (before)</source>
        <translation>Punti persi (prima)</translation>
    </message>
    <message>
        <source>Before: %1, the period of the same length before.</source>
        <translation>Prima: %1, il periodo della stessa durata precedente.</translation>
    </message>
    <message>
        <source>Anonymised: e-mail addresses, phone numbers and customer numbers are masked, and cases are listed without names.</source>
        <translation>Anonimizzato: indirizzi e-mail, numeri di telefono e numeri cliente sono nascosti, e i casi sono elencati senza nomi.</translation>
    </message>
    <message>
        <source>No detractor wrote about these themes in this period.</source>
        <translation>Nessun detrattore ha scritto di questi temi in questo periodo.</translation>
    </message>
    <message>
        <source>Actions on these themes</source>
        <translation>Azioni su questi temi</translation>
    </message>
    <message>
        <source>No action addresses these themes yet.</source>
        <translation>Nessuna azione affronta ancora questi temi.</translation>
    </message>
    <message>
        <source>Cases waiting on %1</source>
        <translation>Casi in attesa di %1</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(non mostrato)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>in ritardo</translation>
    </message>
    <message>
        <source>No open case is waiting on %1.</source>
        <translation>Nessun caso aperto è in attesa di %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa radice</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <source>NPS points lost to the themes of %1 in %2: %3 (%4 before)</source>
        <translation>Punti NPS persi per i temi di %1 in %2: %3 (%4 prima)</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>Ha funzionato?</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ReviewPage</name>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre:</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>Customers the review covers</source>
        <translation>Clienti coperti dalla revisione</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salva come PDF…</translation>
    </message>
    <message>
        <source>An A4 PDF for the executives (Ctrl+Shift+P)</source>
        <translation>Un PDF A4 per la direzione (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>The review</source>
        <translation>La revisione</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>There are no answers yet: import a survey first.</source>
        <translation>Non ci sono ancora risposte: importa prima un sondaggio.</translation>
    </message>
    <message>
        <source>There is no review to save yet.</source>
        <translation>Non c&apos;è ancora una revisione da salvare.</translation>
    </message>
    <message>
        <source>Save the quarterly review</source>
        <translation>Salva la revisione trimestrale</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Salvato %1.</translation>
    </message>
    <message>
        <source>&amp;Department digest…</source>
        <translation>&amp;Sintesi per reparto…</translation>
    </message>
    <message>
        <source>What one department&apos;s customers said in the quarter, as PDF or CSV</source>
        <translation>Cosa hanno detto nel trimestre i clienti di un reparto, come PDF o CSV</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::SegmentScoreModel</name>
    <message>
        <source>(not set)</source>
        <translation>(non impostato)</translation>
    </message>
    <message>
        <source>Few answers or a wide interval: read this NPS with care.</source>
        <translation>Poche risposte o un intervallo ampio: leggi questo NPS con cautela.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotori</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passivi</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detrattori</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>intervallo al 95 %</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::SettingsPage</name>
    <message>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Follow-up rules</source>
        <translation>&amp;Regole di follow-up</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Personale</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>&amp;Temi</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Time to first contact</source>
        <translation>Tempo al primo contatto</translation>
    </message>
    <message>
        <source>Calendar hours (every hour counts)</source>
        <translation>Ore di calendario (conta ogni ora)</translation>
    </message>
    <message>
        <source>Working days (weekends and holidays pause it)</source>
        <translation>Giorni lavorativi (fine settimana e festività lo sospendono)</translation>
    </message>
    <message>
        <source>Business hours (only opening hours count)</source>
        <translation>Orario lavorativo (contano solo le ore di apertura)</translation>
    </message>
    <message>
        <source>SLA &amp;clock:</source>
        <translation>&amp;Orologio SLA:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>First contact &amp;within:</source>
        <translation>Primo contatto &amp;entro:</translation>
    </message>
    <message>
        <source>Key accounts and high-value customers are called back sooner.</source>
        <translation>I clienti chiave e di alto valore vengono richiamati prima.</translation>
    </message>
    <message>
        <source>&amp;Key accounts within:</source>
        <translation>&amp;Clienti chiave entro:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>Customers worth at least this much get the key-account time; 0 turns it off.</source>
        <translation>I clienti che valgono almeno tanto ricevono il tempo dei clienti chiave; 0 lo disattiva.</translation>
    </message>
    <message>
        <source>&amp;High-value customers from:</source>
        <translation>Clienti di &amp;alto valore da:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>&amp;Resolved within:</source>
        <translation>&amp;Risolto entro:</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Apre alle</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Chiude alle</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>&amp;Orario di apertura:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Giorni di chiusura</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Public &amp;holidays of:</source>
        <translation>&amp;Festività di:</translation>
    </message>
    <message>
        <source>Company days off</source>
        <translation>Giorni di chiusura aziendale</translation>
    </message>
    <message>
        <source>Company days off:</source>
        <translation>Giorni di chiusura aziendale:</translation>
    </message>
    <message>
        <source>Day off to add</source>
        <translation>Giorno di chiusura da aggiungere</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>&amp;Aggiungi giorno</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Open a case for &amp;passives too (7–8)</source>
        <translation>Apri un caso anche per i &amp;passivi (7–8)</translation>
    </message>
    <message>
        <source>Open a case for p&amp;romoters too (9–10): thank them</source>
        <translation>Apri un caso anche per i p&amp;romotori (9–10): ringraziali</translation>
    </message>
    <message>
        <source> failed attempts</source>
        <translation> tentativi falliti</translation>
    </message>
    <message>
        <source>&amp;Unreachable after:</source>
        <translation>&amp;Irraggiungibile dopo:</translation>
    </message>
    <message>
        <source> h before due</source>
        <translation> h prima della scadenza</translation>
    </message>
    <message>
        <source>&amp;Escalate from:</source>
        <translation>&amp;Scala da:</translation>
    </message>
    <message>
        <source>Hand escalated cases &amp;to:</source>
        <translation>Passa i casi scalati &amp;a:</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ri&amp;pristina</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>&amp;Salva le regole</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>Active (works cases; can be assigned)</source>
        <translation>Attivo (gestisce casi; può riceverne)</translation>
    </message>
    <message>
        <source>A&amp;dd as new</source>
        <translation>A&amp;ggiungi come nuovo</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>Sal&amp;va modifiche</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>The department that fixes what this theme is about: closing a case with it as the root cause routes it there.</source>
        <translation>Il reparto che risolve ciò di cui parla questo tema: chiudere un caso con questa causa radice lo indirizza lì.</translation>
    </message>
    <message>
        <source>Fixed by &amp;department:</source>
        <translation>Risolto dal &amp;reparto:</translation>
    </message>
    <message>
        <source>New theme, e.g. Parking</source>
        <translation>Nuovo tema, ad es. Parcheggio</translation>
    </message>
    <message>
        <source>New theme name</source>
        <translation>Nome del nuovo tema</translation>
    </message>
    <message>
        <source>under the selected theme</source>
        <translation>sotto il tema selezionato</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Aggiungi &amp;tema</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keywords&lt;/b&gt; – a word stem (&quot;deliver&quot; matches &quot;delivery&quot;) or a phrase of stems; a comment is read with the keywords of its language.</source>
        <translation>&lt;b&gt;Parole chiave&lt;/b&gt; – la radice di una parola (&quot;consegn&quot; trova &quot;consegna&quot;) o una frase di radici; un commento è letto con le parole chiave della sua lingua.</translation>
    </message>
    <message>
        <source>Keywords of the selected theme</source>
        <translation>Parole chiave del tema selezionato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Parola chiave</translation>
    </message>
    <message>
        <source>Keyword language</source>
        <translation>Lingua della parola chiave</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polacco</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>New keyword</source>
        <translation>Nuova parola chiave</translation>
    </message>
    <message>
        <source>e.g. parking</source>
        <translation>ad es. parcheggio</translation>
    </message>
    <message>
        <source>Add &amp;keyword</source>
        <translation>Aggiungi &amp;parola chiave</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Re-tag all &amp;comments</source>
        <translation>Rietichetta tutti i &amp;commenti</translation>
    </message>
    <message>
        <source>Reads every comment again with the current keywords. Themes set or removed by hand stay as they are.</source>
        <translation>Rilegge ogni commento con le parole chiave attuali. I temi impostati o tolti a mano restano come sono.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Come il sistema (%1)</translation>
    </message>
    <message>
        <source>The language of LoopDesk on this computer. It applies from the next start; the team&apos;s data and settings do not change.</source>
        <translation>La lingua di LoopDesk su questo computer. Vale dal prossimo avvio; i dati e le impostazioni del team non cambiano.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Lingua dell&apos;interfaccia:</translation>
    </message>
    <message>
        <source>These settings are the team&apos;s: only a manager changes them. You are working as %1.</source>
        <translation>Queste impostazioni sono del team: le cambia solo un responsabile. Stai lavorando come %1.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>nobody – flag them only</source>
        <translation>nessuno – solo segnalarli</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone LoopDesk knows; pick one from the list, such as Europe/Warsaw.</source>
        <translation>&quot;%1&quot; non è un fuso orario che LoopDesk conosce; scegline uno dall&apos;elenco, ad esempio Europe/Rome.</translation>
    </message>
    <message>
        <source>Opening hours must start before they end (%1 to %2).</source>
        <translation>L&apos;orario di apertura deve iniziare prima di finire (da %1 a %2).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>Saved. Answers imported from now on get these rules; open cases keep their due times.</source>
        <translation>Salvato. Le risposte importate da ora seguono queste regole; i casi aperti mantengono le loro scadenze.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>A staff member needs a name.</source>
        <translation>Un membro del personale ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>%1 is already on the staff list.</source>
        <translation>%1 è già nell&apos;elenco del personale.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 aggiunto.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 salvato.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— nessuno —</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Type the new theme&apos;s name first.</source>
        <translation>Scrivi prima il nome del nuovo tema.</translation>
    </message>
    <message>
        <source>There is already a theme called %1 here.</source>
        <translation>Qui c&apos;è già un tema chiamato %1.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non aggiunto: %1</translation>
    </message>
    <message>
        <source>Theme %1 added: give it keywords, then re-tag the comments.</source>
        <translation>Tema %1 aggiunto: dagli delle parole chiave, poi etichetta di nuovo i commenti.</translation>
    </message>
    <message>
        <source>Select the theme the keyword belongs to.</source>
        <translation>Seleziona il tema a cui appartiene la parola chiave.</translation>
    </message>
    <message>
        <source>Type the keyword first.</source>
        <translation>Scrivi prima la parola chiave.</translation>
    </message>
    <message>
        <source>This theme already has the keyword &quot;%1&quot;.</source>
        <translation>Questo tema ha già la parola chiave &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; added. Re-tag the comments to apply it to past answers.</source>
        <translation>Parola chiave &quot;%1&quot; aggiunta. Etichetta di nuovo i commenti per applicarla alle risposte passate.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Non rimosso: %1</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; removed.</source>
        <translation>Parola chiave &quot;%1&quot; rimossa.</translation>
    </message>
    <message>
        <source>%1 is now fixed by %2.</source>
        <translation>%1 ora è risolto da %2.</translation>
    </message>
    <message>
        <source>Comments read: %1; answers with a theme: %2; themes set by hand kept: %3.</source>
        <translation>Commenti letti: %1; risposte con un tema: %2; temi impostati a mano mantenuti: %3.</translation>
    </message>
    <message>
        <source>Re-tagging failed and changed nothing: %1</source>
        <translation>La nuova etichettatura non è riuscita e non ha cambiato nulla: %1</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Playbook</translation>
    </message>
    <message>
        <source>Compensation limits</source>
        <translation>Limiti di indennizzo</translation>
    </message>
    <message>
        <source>What each role may offer a customer on its own. Above it, the case waits for a manager&apos;s approval and cannot be closed before.</source>
        <translation>Quanto ogni ruolo può offrire da solo a un cliente. Oltre, il caso attende l&apos;approvazione di un manager e non si può chiudere prima.</translation>
    </message>
    <message>
        <source>nothing without approval</source>
        <translation>niente senza approvazione</translation>
    </message>
    <message>
        <source>A&amp;gents may offer up to:</source>
        <translation>&amp;Gli operatori possono offrire fino a:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>Counted on the same clock as first contact.</source>
        <translation>Contato con lo stesso orologio del primo contatto.</translation>
    </message>
    <message>
        <source>Ma&amp;nagers may offer up to:</source>
        <translation>I ma&amp;nager possono offrire fino a:</translation>
    </message>
    <message>
        <source>A manager deci&amp;des within:</source>
        <translation>Un manager &amp;decide entro:</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::TeamDatabaseDialog</name>
    <message>
        <source>Open a team database</source>
        <translation>Apri un database del team</translation>
    </message>
    <message>
        <source>A team shares one LoopDesk database on a PostgreSQL server. Your administrator gives you its server, its name and your login.</source>
        <translation>Un team condivide un database LoopDesk su un server PostgreSQL. L&apos;amministratore ti comunica il server, il nome del database e il tuo login.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>for example loopdesk</source>
        <translation>per esempio loopdesk</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>LoopDesk asks for your password when the server wants it and never stores it; a password in ~/.pgpass or the PGPASSWORD variable is used without asking.</source>
        <translation>LoopDesk chiede la password quando il server la richiede e non la memorizza mai; una password in ~/.pgpass o nella variabile PGPASSWORD viene usata senza chiedere.</translation>
    </message>
    <message>
        <source>Give the server, the database and your login.</source>
        <translation>Indica il server, il database e il tuo login.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Indirizzo: %1</translation>
    </message>
    <message>
        <source>Password for the team database</source>
        <translation>Password del database del team</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password per %1:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::WaveTableModel</name>
    <message>
        <source>95 % interval %1 to %2 (adjusted Wald), %3 answers</source>
        <translation>intervallo al 95 % da %1 a %2 (Wald corretto), %3 risposte</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transazionale</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relazionale</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Ondata</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Tasso di risposta</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No quarter to review: give --quarter 2026Q3 (the database may have no answers yet).</source>
        <translation>Nessun trimestre da rivedere: indica --quarter 2026Q3 (il database potrebbe non avere ancora risposte).</translation>
    </message>
    <message>
        <source>Close the customer feedback loop.</source>
        <translation>Chiudi il ciclo del feedback dei clienti.</translation>
    </message>
    <message>
        <source>Open the database at PATH instead of the default one.</source>
        <translation>Apri il database in PATH invece di quello predefinito.</translation>
    </message>
    <message>
        <source>Quit as soon as the inbox is shown.</source>
        <translation>Esci appena la posta in arrivo è visibile.</translation>
    </message>
    <message>
        <source>Write the quarterly loop review as a PDF to FILE and quit, without a window.</source>
        <translation>Scrivi la revisione trimestrale del ciclo come PDF in FILE ed esci, senza finestra.</translation>
    </message>
    <message>
        <source>The review&apos;s quarter (default: the latest with answers).</source>
        <translation>Il trimestre della revisione (predefinito: l&apos;ultimo con risposte).</translation>
    </message>
    <message>
        <source>Review one segment only, DIMENSION=VALUE.</source>
        <translation>Rivedi un solo segmento, DIMENSIONE=VALORE.</translation>
    </message>
</context>
</TS>
