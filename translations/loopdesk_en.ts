<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>loopdesk::core::ActionImpact</name>
    <message>
        <source>significant</source>
        <translation>significant</translation>
    </message>
    <message>
        <source>within the margin of error</source>
        <translation>within the margin of error</translation>
    </message>
    <message>
        <source>detractors naming its themes %1 % before, %2 % since (%3 points, %4)</source>
        <translation>detractors naming its themes %1 % before, %2 % since (%3 points, %4)</translation>
    </message>
    <message>
        <source>Since approval on %1: %2.</source>
        <translation>Since approval on %1: %2.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS of %1 = %2</source>
        <translation>NPS of %1 = %2</translation>
    </message>
    <message>
        <source>%1 %2 in the %3 days before, %4 since (%5 points, %6)</source>
        <translation>%1 %2 in the %3 days before, %4 since (%5 points, %6)</translation>
    </message>
    <message>
        <source>%1: not enough answers on both sides yet</source>
        <translation>%1: not enough answers on both sides yet</translation>
    </message>
    <message>
        <source>detractors called back in time %1 % before, %2 % since (%3 points, %4)</source>
        <translation>detractors called back in time %1 % before, %2 % since (%3 points, %4)</translation>
    </message>
    <message>
        <source>median first contact after %1 h before, %2 h since</source>
        <translation>median first contact after %1 h before, %2 h since</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::ActionPlan</name>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>An action needs a title.</translation>
    </message>
    <message>
        <source>The budget of &quot;%1&quot; cannot be negative.</source>
        <translation>The budget of &quot;%1&quot; cannot be negative.</translation>
    </message>
    <message>
        <source>The owner of &quot;%1&quot; is not on the staff list.</source>
        <translation>The owner of &quot;%1&quot; is not on the staff list.</translation>
    </message>
    <message>
        <source>Every task of &quot;%1&quot; needs a title.</source>
        <translation>Every task of &quot;%1&quot; needs a title.</translation>
    </message>
    <message>
        <source>The owner of the task &quot;%1&quot; is not on the staff list.</source>
        <translation>The owner of the task &quot;%1&quot; is not on the staff list.</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>There is no action %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: it does not move any more.</source>
        <translation>&quot;%1&quot; is %2: it does not move any more.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: it can become %3, not %4.</source>
        <translation>&quot;%1&quot; is %2: it can become %3, not %4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Only a manager approves or rejects an action.</source>
        <translation>Only a manager approves or rejects an action.</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is rejected: the reason goes into the quarterly review.</source>
        <translation>Say why &quot;%1&quot; is rejected: the reason goes into the quarterly review.</translation>
    </message>
    <message>
        <source>Write what customers are told about &quot;%1&quot; being declined: it closes their loop.</source>
        <translation>Write what customers are told about &quot;%1&quot; being declined: it closes their loop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has an open task: %2.</source>
        <translation>&quot;%1&quot; still has an open task: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no task %2.</source>
        <translation>&quot;%1&quot; has no task %2.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::ActionStore</name>
    <message>
        <source>The action &quot;%1&quot; was changed by someone else after you opened it. Your changes were not saved; reload it to see the current version.</source>
        <translation>The action &quot;%1&quot; was changed by someone else after you opened it. Your changes were not saved; reload it to see the current version.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CaseService</name>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>Moving a case to another person needs a reason: cases should not bounce between people.</source>
        <translation>Moving a case to another person needs a reason: cases should not bounce between people.</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it before logging a contact.</source>
        <translation>Case %1 is closed; reopen it before logging a contact.</translation>
    </message>
    <message>
        <source>Choose the root cause before closing the case.</source>
        <translation>Choose the root cause before closing the case.</translation>
    </message>
    <message>
        <source>Compensation needs a kind (voucher, refund, ...) and a value of 0 or more.</source>
        <translation>Compensation needs a kind (voucher, refund, ...) and a value of 0 or more.</translation>
    </message>
    <message>
        <source>A re-survey score is from 0 to 10, not %1.</source>
        <translation>A re-survey score is from 0 to 10, not %1.</translation>
    </message>
    <message>
        <source>Only a manager can approve or decline compensation.</source>
        <translation>Only a manager can approve or decline compensation.</translation>
    </message>
    <message>
        <source>Say why the compensation is declined: the agent has to tell the customer.</source>
        <translation>Say why the compensation is declined: the agent has to tell the customer.</translation>
    </message>
    <message>
        <source>Case %1 is not waiting for an approval.</source>
        <translation>Case %1 is not waiting for an approval.</translation>
    </message>
    <message>
        <source>%1 is above what a manager may approve (%2): ask whoever sets the limits.</source>
        <translation>%1 is above what a manager may approve (%2): ask whoever sets the limits.</translation>
    </message>
    <message>
        <source>Compensation is recorded, and approved or declined by a manager, on its own: not by saving the case.</source>
        <translation>Compensation is recorded, and approved or declined by a manager, on its own: not by saving the case.</translation>
    </message>
    <message>
        <source>%1 took case %2 a moment before you; it is theirs now. Nothing was changed.</source>
        <translation>%1 took case %2 a moment before you; it is theirs now. Nothing was changed.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>Case %1 is %2&apos;s now; it is no longer among the cases you can open. Nothing was changed.</source>
        <translation>Case %1 is %2&apos;s now; it is no longer among the cases you can open. Nothing was changed.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CaseStatusMachine</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Contacting</source>
        <translation>Contacting</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot become &quot;%2&quot;; it can become: %3.</source>
        <translation>A case that is &quot;%1&quot; cannot become &quot;%2&quot;; it can become: %3.</translation>
    </message>
    <message>
        <source>Choose the root cause before closing the case.</source>
        <translation>Choose the root cause before closing the case.</translation>
    </message>
    <message>
        <source>Record the outcome (saved, not saved, unreachable or declined) before closing the case.</source>
        <translation>Record the outcome (saved, not saved, unreachable or declined) before closing the case.</translation>
    </message>
    <message>
        <source>A case closed without reaching the customer has the outcome &quot;unreachable&quot;.</source>
        <translation>A case closed without reaching the customer has the outcome &quot;unreachable&quot;.</translation>
    </message>
    <message>
        <source>The compensation offered (%1 %2) is above your limit and waits for a manager&apos;s approval; the case can be resolved or closed once a manager approves or declines it.</source>
        <translation>The compensation offered (%1 %2) is above your limit and waits for a manager&apos;s approval; the case can be resolved or closed once a manager approves or declines it.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CaseStore</name>
    <message>
        <source>Case %1 no longer exists.</source>
        <translation>Case %1 no longer exists.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Case %1 was changed by %2 at %3 after you opened it. Your changes were not saved; reload the case to see the current version.</source>
        <translation>Case %1 was changed by %2 at %3 after you opened it. Your changes were not saved; reload the case to see the current version.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Cli</name>
    <message>
        <source>--fiscal-start is the month a fiscal year starts in, 1 to 12</source>
        <translation>--fiscal-start is the month a fiscal year starts in, 1 to 12</translation>
    </message>
    <message>
        <source>--%1 takes a day (2026-03-31) or a period (2026-03, 2026Q1, 2026), not &quot;%2&quot;</source>
        <translation>--%1 takes a day (2026-03-31) or a period (2026-03, 2026Q1, 2026), not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--metric is nps, csat or ces, not &quot;%1&quot;</source>
        <translation>--metric is nps, csat or ces, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a period is written 2026Q1, FY2027Q1, 2026-03 or 2026, not &quot;%1&quot;</source>
        <translation>a period is written 2026Q1, FY2027Q1, 2026-03 or 2026, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) is before --from (%2)</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>no answers</translation>
    </message>
    <message>
        <source>%1  (95 %: %2 to %3)</source>
        <translation>%1  (95 %: %2 to %3)</translation>
    </message>
    <message>
        <source>  small sample</source>
        <translation>  small sample</translation>
    </message>
    <message>
        <source>--by is month, quarter, year, fiscal-quarter, fiscal-year, wave, theme, account or segment:&lt;dimension&gt;, not &quot;%1&quot;</source>
        <translation>--by is month, quarter, year, fiscal-quarter, fiscal-year, wave, theme, account or segment:&lt;dimension&gt;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>all answers</source>
        <translation>all answers</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Total: %1 %2 on %3 answers%4</source>
        <translation>Total: %1 %2 on %3 answers%4</translation>
    </message>
    <message>
        <source>compare --period A --vs B, or compare --segment-a DIM=A --vs DIM=B</source>
        <translation>compare --period A --vs B, or compare --segment-a DIM=A --vs DIM=B</translation>
    </message>
    <message>
        <source> on %1 answers</source>
        <translation> on %1 answers</translation>
    </message>
    <message>
        <source>No change can be measured: one side has no answers.</source>
        <translation>No change can be measured: one side has no answers.</translation>
    </message>
    <message>
        <source>Change: %1 points, z = %2: %3</source>
        <translation>Change: %1 points, z = %2: %3</translation>
    </message>
    <message>
        <source>significant at 95 %</source>
        <translation>significant at 95 %</translation>
    </message>
    <message>
        <source>not significant (|z| &lt; 1.96): it may be chance</source>
        <translation>not significant (|z| &lt; 1.96): it may be chance</translation>
    </message>
    <message>
        <source>NPS %1 on %2 answers</source>
        <translation>NPS %1 on %2 answers</translation>
    </message>
    <message>
        <source>No answer is tagged with a theme yet: run &quot;themes retag&quot;.</source>
        <translation>No answer is tagged with a theme yet: run &quot;themes retag&quot;.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>mentions</translation>
    </message>
    <message>
        <source>of detr.</source>
        <translation>of detr.</translation>
    </message>
    <message>
        <source>NPS with</source>
        <translation>NPS with</translation>
    </message>
    <message>
        <source>without</source>
        <translation>without</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>lost: NPS points that come back if all of the theme&apos;s detractors became passives; priority = impact (NPS without - NPS with) x reach (mentions / answers).</source>
        <translation>lost: NPS points that come back if all of the theme&apos;s detractors became passives; priority = impact (NPS without - NPS with) x reach (mentions / answers).</translation>
    </message>
    <message>
        <source>whatif needs --theme NAME</source>
        <translation>whatif needs --theme NAME</translation>
    </message>
    <message>
        <source>--share is between 0 and 1 (0.5 moves half), not &quot;%1&quot;</source>
        <translation>--share is between 0 and 1 (0.5 moves half), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--to is passive or promoter, not &quot;%1&quot;</source>
        <translation>--to is passive or promoter, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Now:      NPS %1</source>
        <translation>Now:      NPS %1</translation>
    </message>
    <message>
        <source>What if:  %1 detractor(s)%2 naming &quot;%3&quot; became %4</source>
        <translation>What if:  %1 detractor(s)%2 naming &quot;%3&quot; became %4</translation>
    </message>
    <message>
        <source> and %1 passive(s)</source>
        <translation> and %1 passive(s)</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>promoters</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>passives</translation>
    </message>
    <message>
        <source>Then:     NPS %1</source>
        <translation>Then:     NPS %1</translation>
    </message>
    <message>
        <source>Change:   %1 points (± %2)</source>
        <translation>Change:   %1 points (± %2)</translation>
    </message>
    <message>
        <source>an answer is named by its number, not &quot;%1&quot;</source>
        <translation>an answer is named by its number, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no theme called &quot;%1&quot;.</source>
        <translation>There is no theme called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Read %1 comment(s): %2 automatic tag(s); %3 tag(s) set by hand kept; %4 answer(s) now have a theme.</source>
        <translation>Read %1 comment(s): %2 automatic tag(s); %3 tag(s) set by hand kept; %4 answer(s) now have a theme.</translation>
    </message>
    <message>
        <source>themes %1 ANSWER THEME</source>
        <translation>themes %1 ANSWER THEME</translation>
    </message>
    <message>
        <source>There is no answer %1.</source>
        <translation>There is no answer %1.</translation>
    </message>
    <message>
        <source>Answer %1 is tagged &quot;%2&quot; by hand.</source>
        <translation>Answer %1 is tagged &quot;%2&quot; by hand.</translation>
    </message>
    <message>
        <source>Answer %1 is no longer tagged &quot;%2&quot;; tagging again will not put it back.</source>
        <translation>Answer %1 is no longer tagged &quot;%2&quot;; tagging again will not put it back.</translation>
    </message>
    <message>
        <source>themes add NAME [--parent THEME] [--department NAME]</source>
        <translation>themes add NAME [--parent THEME] [--department NAME]</translation>
    </message>
    <message>
        <source>Themes have two levels: &quot;%1&quot; is already a sub-theme.</source>
        <translation>Themes have two levels: &quot;%1&quot; is already a sub-theme.</translation>
    </message>
    <message>
        <source>Added theme &quot;%1&quot;.</source>
        <translation>Added theme &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>themes keyword THEME LANGUAGE STEM (e.g. themes keyword &quot;Late delivery&quot; pl opóźni)</source>
        <translation>themes keyword THEME LANGUAGE STEM (e.g. themes keyword &quot;Late delivery&quot; pl opóźni)</translation>
    </message>
    <message>
        <source>Comments in &quot;%1&quot; with a word starting &quot;%2&quot; will be tagged &quot;%3&quot; (run &quot;themes retag&quot;).</source>
        <translation>Comments in &quot;%1&quot; with a word starting &quot;%2&quot; will be tagged &quot;%3&quot; (run &quot;themes retag&quot;).</translation>
    </message>
    <message>
        <source>themes [list|retag|add|keyword|tag|untag]</source>
        <translation>themes [list|retag|add|keyword|tag|untag]</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>wave</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>response rate</source>
        <translation>response rate</translation>
    </message>
    <message>
        <source>- (no invited list)</source>
        <translation>- (no invited list)</translation>
    </message>
    <message>
        <source>a segment is written DIMENSION=VALUE (region=North), not &quot;%1&quot;</source>
        <translation>a segment is written DIMENSION=VALUE (region=North), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>NPS (or CSAT, CES) per group with its 95 % interval and a small-sample flag</source>
        <translation>NPS (or CSAT, CES) per group with its 95 % interval and a small-sample flag</translation>
    </message>
    <message>
        <source>the change between two periods or segments, and whether it is significant</source>
        <translation>the change between two periods or segments, and whether it is significant</translation>
    </message>
    <message>
        <source>which themes cost NPS most: mentions, share of detractors, NPS with and without, priority</source>
        <translation>which themes cost NPS most: mentions, share of detractors, NPS with and without, priority</translation>
    </message>
    <message>
        <source>what NPS would be if a theme&apos;s detractors (and passives) moved up</source>
        <translation>what NPS would be if a theme&apos;s detractors (and passives) moved up</translation>
    </message>
    <message>
        <source>the root-cause taxonomy: list, edit, and tag comments with it</source>
        <translation>the root-cause taxonomy: list, edit, and tag comments with it</translation>
    </message>
    <message>
        <source>survey waves with invited, answers and response rate</source>
        <translation>survey waves with invited, answers and response rate</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 needs a value.</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unknown option --%1</translation>
    </message>
    <message>
        <source>There is no staff member called &quot;%1&quot;.</source>
        <translation>There is no staff member called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a case is named by its number, not &quot;%1&quot;</source>
        <translation>a case is named by its number, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>--status is new, contacting, in_progress, resolved, closed, unreachable or reopened</source>
        <translation>--status is new, contacting, in_progress, resolved, closed, unreachable or reopened</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5  %6</source>
        <translation>%1  %2  %3  %4  %5  %6</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Contact due</source>
        <translation>Contact due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Customer / comment</source>
        <translation>Customer / comment</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <source>%1 case(s)</source>
        <translation>%1 case(s)</translation>
    </message>
    <message>
        <source>case needs an action and a case number</source>
        <translation>case needs an action and a case number</translation>
    </message>
    <message>
        <source>Case %1: %2, first contact due %3, first contact %4, reassigned %5 time(s)</source>
        <translation>Case %1: %2, first contact due %3, first contact %4, reassigned %5 time(s)</translation>
    </message>
    <message>
        <source>outcome: %1; root cause: %2</source>
        <translation>outcome: %1; root cause: %2</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>compensation: %1 %2</source>
        <translation>compensation: %1 %2</translation>
    </message>
    <message>
        <source>customer told what was done: %1</source>
        <translation>customer told what was done: %1</translation>
    </message>
    <message>
        <source>re-survey score: %1</source>
        <translation>re-survey score: %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>case assign needs a case number and a staff name</source>
        <translation>case assign needs a case number and a staff name</translation>
    </message>
    <message>
        <source>case log needs --mode phone|email|in_person|sms and --reached yes|no</source>
        <translation>case log needs --mode phone|email|in_person|sms and --reached yes|no</translation>
    </message>
    <message>
        <source>case close needs --outcome saved|not_saved|unreachable|declined</source>
        <translation>case close needs --outcome saved|not_saved|unreachable|declined</translation>
    </message>
    <message>
        <source>There is no root-cause theme called &quot;%1&quot;.</source>
        <translation>There is no root-cause theme called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>case compensate needs --kind KIND (voucher, refund, ...) and --value AMOUNT</source>
        <translation>case compensate needs --kind KIND (voucher, refund, ...) and --value AMOUNT</translation>
    </message>
    <message>
        <source>case resurvey needs a case number and the new score (0-10)</source>
        <translation>case resurvey needs a case number and the new score (0-10)</translation>
    </message>
    <message>
        <source>unknown case action &quot;%1&quot;</source>
        <translation>unknown case action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>Case %1 is now %2.</translation>
    </message>
    <message>
        <source>--by is owner or quarter</source>
        <translation>--by is owner or quarter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>In SLA</source>
        <translation>In SLA</translation>
    </message>
    <message>
        <source>Median h</source>
        <translation>Median h</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Breaches</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min left</translation>
    </message>
    <message>
        <source>overdue by %1 h %2 min</source>
        <translation>overdue by %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 case(s) near or past their first-contact time; escalated now: %2</source>
        <translation>%1 case(s) near or past their first-contact time; escalated now: %2</translation>
    </message>
    <message>
        <source>--by is round-robin, account-owner or segment:&lt;dimension&gt;</source>
        <translation>--by is round-robin, account-owner or segment:&lt;dimension&gt;</translation>
    </message>
    <message>
        <source>Assigned %1 open case(s).</source>
        <translation>Assigned %1 open case(s).</translation>
    </message>
    <message>
        <source>give every unassigned open case an owner</source>
        <translation>give every unassigned open case an owner</translation>
    </message>
    <message>
        <source>list cases near or past their first-contact time and escalate them as the settings say</source>
        <translation>list cases near or past their first-contact time and escalate them as the settings say</translation>
    </message>
    <message>
        <source>loop KPIs: contacted within SLA, time to first contact, closure and save rates, breaches</source>
        <translation>loop KPIs: contacted within SLA, time to first contact, closure and save rates, breaches</translation>
    </message>
    <message>
        <source>list follow-up cases by contact due time (open ones unless --status)</source>
        <translation>list follow-up cases by contact due time (open ones unless --status)</translation>
    </message>
    <message>
        <source>show or change one case through the workflow</source>
        <translation>show or change one case through the workflow</translation>
    </message>
    <message>
        <source>Usage: loopdesk-cli [--db PATH] [--json] COMMAND [options]</source>
        <translation>Usage: loopdesk-cli [--db PATH] [--json] COMMAND [options]</translation>
    </message>
    <message>
        <source>The default database is %1 (set LOOPDESK_DB or --db to use another).</source>
        <translation>The default database is %1 (set LOOPDESK_DB or --db to use another).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>loopdesk-cli: unknown or incomplete option %1</source>
        <translation>loopdesk-cli: unknown or incomplete option %1</translation>
    </message>
    <message>
        <source>loopdesk-cli: no command given</source>
        <translation>loopdesk-cli: no command given</translation>
    </message>
    <message>
        <source>loopdesk-cli: unknown command &quot;%1&quot;</source>
        <translation>loopdesk-cli: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>loopdesk-cli %1: %2</source>
        <translation>loopdesk-cli %1: %2</translation>
    </message>
    <message>
        <source>Usage: loopdesk-cli %1</source>
        <translation>Usage: loopdesk-cli %1</translation>
    </message>
    <message>
        <source>a segment owner is set as assignment.segment_owner.DIMENSION.VALUE NAME</source>
        <translation>a segment owner is set as assignment.segment_owner.DIMENSION.VALUE NAME</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; the settings are: %2, %3, %4&lt;dimension&gt;.&lt;value&gt;</source>
        <translation>unknown setting &quot;%1&quot;; the settings are: %2, %3, %4&lt;dimension&gt;.&lt;value&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value %2 can take (it would be read as &quot;%3&quot;); nothing was changed.</source>
        <translation>&quot;%1&quot; is not a value %2 can take (it would be read as &quot;%3&quot;); nothing was changed.</translation>
    </message>
    <message>
        <source>config KEY --unset</source>
        <translation>config KEY --unset</translation>
    </message>
    <message>
        <source>%1 is back to its default.</source>
        <translation>%1 is back to its default.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>config [KEY [VALUE]] (quote a value with spaces)</source>
        <translation>config [KEY [VALUE]] (quote a value with spaces)</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>unknown setting &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (default)</translation>
    </message>
    <message>
        <source>the team&apos;s settings: SLA hours and clock, case rules, escalation, fiscal year, segment owners</source>
        <translation>the team&apos;s settings: SLA hours and clock, case rules, escalation, fiscal year, segment owners</translation>
    </message>
    <message>
        <source>customer takes export or erase, and a customer id</source>
        <translation>customer takes export or erase, and a customer id</translation>
    </message>
    <message>
        <source>There is no customer with the id or number &quot;%1&quot;.</source>
        <translation>There is no customer with the id or number &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Customer %1 is erased: name, contact details, comments and notes are gone; their scores still count.</source>
        <translation>Customer %1 is erased: name, contact details, comments and notes are gone; their scores still count.</translation>
    </message>
    <message>
        <source>everything held about one customer as JSON, or erase them (GDPR)</source>
        <translation>everything held about one customer as JSON, or erase them (GDPR)</translation>
    </message>
    <message>
        <source>--%1 takes FIELD=VALUE, not &quot;%2&quot;</source>
        <translation>--%1 takes FIELD=VALUE, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--metric is nps, csat or ces</source>
        <translation>--metric is nps, csat or ces</translation>
    </message>
    <message>
        <source>--date-format is dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy, yyyy-MM-dd or epoch</source>
        <translation>--date-format is dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy, yyyy-MM-dd or epoch</translation>
    </message>
    <message>
        <source>--timezone needs a zone name such as UTC or Europe/Warsaw</source>
        <translation>--timezone needs a zone name such as UTC or Europe/Warsaw</translation>
    </message>
    <message>
        <source>--missing takes a whole number, such as 99</source>
        <translation>--missing takes a whole number, such as 99</translation>
    </message>
    <message>
        <source>--encoding is UTF-8, UTF-16LE, UTF-16BE, Windows-1250 or Windows-1252</source>
        <translation>--encoding is UTF-8, UTF-16LE, UTF-16BE, Windows-1250 or Windows-1252</translation>
    </message>
    <message>
        <source>--delimiter is one character: , ; or tab</source>
        <translation>--delimiter is one character: , ; or tab</translation>
    </message>
    <message>
        <source>import needs exactly one file</source>
        <translation>import needs exactly one file</translation>
    </message>
    <message>
        <source>%1: %2 export, %3, delimiter &quot;%4&quot;</source>
        <translation>%1: %2 export, %3, delimiter &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Recorded %1 invitations for wave &quot;%2&quot; (%3 already there, %4 rows rejected).</source>
        <translation>Recorded %1 invitations for wave &quot;%2&quot; (%3 already there, %4 rows rejected).</translation>
    </message>
    <message>
        <source>Imported %1 answers from %2 rows into wave &quot;%3&quot;: %4 already there, %5 rejected; opened %6 follow-up cases.</source>
        <translation>Imported %1 answers from %2 rows into wave &quot;%3&quot;: %4 already there, %5 rejected; opened %6 follow-up cases.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation>line %1, column &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>  … and %1 more; --rejects FILE.csv writes them all.</source>
        <translation>  … and %1 more; --rejects FILE.csv writes them all.</translation>
    </message>
    <message>
        <source>import a survey export (or, with --invited, an invited list)</source>
        <translation>import a survey export (or, with --invited, an invited list)</translation>
    </message>
    <message>
        <source>%1 (95 %: %2 to %3, n = %4)%5</source>
        <translation>%1 (95 %: %2 to %3, n = %4)%5</translation>
    </message>
    <message>
        <source>, small sample</source>
        <translation>, small sample</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(everyone)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>report needs --quarter, such as --quarter 2026Q3</source>
        <translation>report needs --quarter, such as --quarter 2026Q3</translation>
    </message>
    <message>
        <source>report writes one thing at a time: choose --pdf, --csv or --json</source>
        <translation>report writes one thing at a time: choose --pdf, --csv or --json</translation>
    </message>
    <message>
        <source>a review covers one segment or one account, not both</source>
        <translation>a review covers one segment or one account, not both</translation>
    </message>
    <message>
        <source>--lang is en, pl or it, not &quot;%1&quot;</source>
        <translation>--lang is en, pl or it, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this program cannot write PDF files; use loopdesk-cli</source>
        <translation>this program cannot write PDF files; use loopdesk-cli</translation>
    </message>
    <message>
        <source>--quarter is a quarter such as 2026Q3 or FY2027Q1, not &quot;%1&quot;</source>
        <translation>--quarter is a quarter such as 2026Q3 or FY2027Q1, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>Wrote %1 to %2</translation>
    </message>
    <message>
        <source>NPS %1: %2</source>
        <translation>NPS %1: %2</translation>
    </message>
    <message>
        <source>Change: %1%2 points, %3</source>
        <translation>Change: %1%2 points, %3</translation>
    </message>
    <message>
        <source>significant (|z| = %1)</source>
        <translation>significant (|z| = %1)</translation>
    </message>
    <message>
        <source>not significant (|z| = %1 &lt; 1.96)</source>
        <translation>not significant (|z| = %1 &lt; 1.96)</translation>
    </message>
    <message>
        <source>Response rate: %1</source>
        <translation>Response rate: %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 invited)</source>
        <translation>%1 (%2 of %3 invited)</translation>
    </message>
    <message>
        <source>no invited list for this scope</source>
        <translation>no invited list for this scope</translation>
    </message>
    <message>
        <source>NPS by %1</source>
        <translation>NPS by %1</translation>
    </message>
    <message>
        <source>Top themes (mentions, share of detractors, NPS points lost)</source>
        <translation>Top themes (mentions, share of detractors, NPS points lost)</translation>
    </message>
    <message>
        <source>What if the theme were fixed for everyone who named it</source>
        <translation>What if the theme were fixed for everyone who named it</translation>
    </message>
    <message>
        <source>detractors to passives: %1 (+%2); all to promoters: %3 (+%4)</source>
        <translation>detractors to passives: %1 (+%2); all to promoters: %3 (+%4)</translation>
    </message>
    <message>
        <source>The loop (cases opened in the quarter)</source>
        <translation>The loop (cases opened in the quarter)</translation>
    </message>
    <message>
        <source>  cases %1, contacted within the SLA %2, median hours to first contact %3, save rate %4, still open %5</source>
        <translation>  cases %1, contacted within the SLA %2, median hours to first contact %3, save rate %4, still open %5</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>owner %1, tasks %2/%3, expected +%4 NPS%5</source>
        <translation>owner %1, tasks %2/%3, expected +%4 NPS%5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>, OVERDUE</source>
        <translation>, OVERDUE</translation>
    </message>
    <message>
        <source>Declined, and what customers are told</source>
        <translation>Declined, and what customers are told</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>No actions yet.</translation>
    </message>
    <message>
        <source>owner %1, tasks %2/%3, expected +%4 NPS</source>
        <translation>owner %1, tasks %2/%3, expected +%4 NPS</translation>
    </message>
    <message>
        <source>outreach needs --quarter 2026Q3 and --out FILE.csv</source>
        <translation>outreach needs --quarter 2026Q3 and --out FILE.csv</translation>
    </message>
    <message>
        <source>LoopDesk could not write %1</source>
        <translation>LoopDesk could not write %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 respondents and %3 invited who did not answer; %4 changes and %5 declined suggestions to tell them about.</source>
        <translation>Wrote %1: %2 respondents and %3 invited who did not answer; %4 changes and %5 declined suggestions to tell them about.</translation>
    </message>
    <message>
        <source>Letters: %1</source>
        <translation>Letters: %1</translation>
    </message>
    <message>
        <source>the quarterly loop review: NPS and its change, segments, themes, what-if, the loop, actions; as text, JSON, an executive PDF or a CSV of every figure</source>
        <translation>the quarterly loop review: NPS and its change, segments, themes, what-if, the loop, actions; as text, JSON, an executive PDF or a CSV of every figure</translation>
    </message>
    <message>
        <source>the action plan: every action with its status, owner, tasks and expected gain</source>
        <translation>the action plan: every action with its status, owner, tasks and expected gain</translation>
    </message>
    <message>
        <source>closing the outer loop: a mail-merge list of the quarter&apos;s respondents and invited non-responders with what we changed and declined, and the letter in en, pl and it</source>
        <translation>closing the outer loop: a mail-merge list of the quarter&apos;s respondents and invited non-responders with what we changed and declined, and the letter in en, pl and it</translation>
    </message>
    <message>
        <source>%1 (95% interval %2 to %3, n = %4)</source>
        <translation>%1 (95% interval %2 to %3, n = %4)</translation>
    </message>
    <message>
        <source>[small sample]</source>
        <translation>[small sample]</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init takes no arguments</translation>
    </message>
    <message>
        <source>Created a new LoopDesk database at %1 (schema version %2).</source>
        <translation>Created a new LoopDesk database at %1 (schema version %2).</translation>
    </message>
    <message>
        <source>Upgraded %1 from schema version %2 to %3; the previous file is kept at %4.</source>
        <translation>Upgraded %1 from schema version %2 to %3; the previous file is kept at %4.</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2); nothing changed.</source>
        <translation>%1 is up to date (schema version %2); nothing changed.</translation>
    </message>
    <message>
        <source>info takes no arguments</source>
        <translation>info takes no arguments</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Database:        %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this LoopDesk knows up to %2)</source>
        <translation>Schema version:  %1 (this LoopDesk knows up to %2)</translation>
    </message>
    <message>
        <source>NPS, all answers: %1</source>
        <translation>NPS, all answers: %1</translation>
    </message>
    <message>
        <source>NPS, %1: %2</source>
        <translation>NPS, %1: %2</translation>
    </message>
    <message>
        <source>Open cases: %1, of which %2 not contacted in time</source>
        <translation>Open cases: %1, of which %2 not contacted in time</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check takes no arguments</translation>
    </message>
    <message>
        <source>Rebuilt the score cube from the answers (%1 cell(s) were wrong).</source>
        <translation>Rebuilt the score cube from the answers (%1 cell(s) were wrong).</translation>
    </message>
    <message>
        <source>The NPS score cube disagrees with the answers in %1 cell(s); run &quot;check --repair&quot; to rebuild it from the answers.</source>
        <translation>The NPS score cube disagrees with the answers in %1 cell(s); run &quot;check --repair&quot; to rebuild it from the answers.</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: no problems found.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n problem found:</numerusform>
            <numerusform>%1: %n problems found:</numerusform>
        </translation>
    </message>
    <message>
        <source>backup needs exactly one target file</source>
        <translation>backup needs exactly one target file</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Backed up %1 to %2.</translation>
    </message>
    <message>
        <source>demo takes no arguments, only --responses and --seed</source>
        <translation>demo takes no arguments, only --responses and --seed</translation>
    </message>
    <message>
        <source>--responses takes a whole number</source>
        <translation>--responses takes a whole number</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed takes a whole number</translation>
    </message>
    <message>
        <source>Added demo data: %1 waves, %2 customers, %3 answers, %4 follow-up cases.</source>
        <translation>Added demo data: %1 waves, %2 customers, %3 answers, %4 follow-up cases.</translation>
    </message>
    <message>
        <source>create the database, or bring it to the current schema</source>
        <translation>create the database, or bring it to the current schema</translation>
    </message>
    <message>
        <source>schema version, counts per entity, NPS and open cases</source>
        <translation>schema version, counts per entity, NPS and open cases</translation>
    </message>
    <message>
        <source>full integrity, foreign-key and score-cube check; --repair rebuilds the cube</source>
        <translation>full integrity, foreign-key and score-cube check; --repair rebuilds the cube</translation>
    </message>
    <message>
        <source>write a consistent copy of the database</source>
        <translation>write a consistent copy of the database</translation>
    </message>
    <message>
        <source>fill a new database with realistic demo data</source>
        <translation>fill a new database with realistic demo data</translation>
    </message>
    <message>
        <source>digest needs --department NAME and --period, such as --period 2026Q3 or 2026-10</source>
        <translation>digest needs --department NAME and --period, such as --period 2026Q3 or 2026-10</translation>
    </message>
    <message>
        <source>digest writes one thing at a time: choose --pdf, --csv or --json</source>
        <translation>digest writes one thing at a time: choose --pdf, --csv or --json</translation>
    </message>
    <message>
        <source>--period is a month, quarter or year (2026-10, 2026Q3, 2026), previous-month or previous-quarter, not &quot;%1&quot;</source>
        <translation>--period is a month, quarter or year (2026-10, 2026Q3, 2026), previous-month or previous-quarter, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>NPS of everyone in %1: %2</source>
        <translation>NPS of everyone in %1: %2</translation>
    </message>
    <message>
        <source>NPS points lost to this department&apos;s themes: %1</source>
        <translation>NPS points lost to this department&apos;s themes: %1</translation>
    </message>
    <message>
        <source>%1: %2 mentions (%3 before), %4 detractors, %5 points lost (%6 before)</source>
        <translation>%1: %2 mentions (%3 before), %4 detractors, %5 points lost (%6 before)</translation>
    </message>
    <message>
        <source>Actions on these themes: %1</source>
        <translation>Actions on these themes: %1</translation>
    </message>
    <message>
        <source>Cases waiting on %1: %2</source>
        <translation>Cases waiting on %1: %2</translation>
    </message>
    <message>
        <source>a department&apos;s digest: the themes routed to it with counts, trend and NPS points lost, customers&apos; words, actions on its themes and cases waiting on it</source>
        <translation>a department&apos;s digest: the themes routed to it with counts, trend and NPS points lost, customers&apos; words, actions on its themes and cases waiting on it</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Roles and row security are set up in %1: agents (loopdesk_agent) work on their own and unassigned cases, managers (loopdesk_manager) on everything.</source>
        <translation>Roles and row security are set up in %1: agents (loopdesk_agent) work on their own and unassigned cases, managers (loopdesk_manager) on everything.</translation>
    </message>
    <message>
        <source>There is no member of staff called &quot;%1&quot;.</source>
        <translation>There is no member of staff called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The login %1 now works as %2 (%3).</source>
        <translation>The login %1 now works as %2 (%3).</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>team setup | team grant LOGIN --staff NAME</source>
        <translation>team setup | team grant LOGIN --staff NAME</translation>
    </message>
    <message>
        <source>team database: set up roles and row security; let a server login work as a member of staff</source>
        <translation>team database: set up roles and row security; let a server login work as a member of staff</translation>
    </message>
    <message>
        <source>migrate-to postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>migrate-to postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>Copied %1 into %2: every table has the same rows and checksum on both sides, and the NPS counts and search words agree. The file was only read.</source>
        <translation>Copied %1 into %2: every table has the same rows and checksum on both sides, and the NPS counts and search words agree. The file was only read.</translation>
    </message>
    <message>
        <source>move this local database into a new team database, verified by counts and checksums</source>
        <translation>move this local database into a new team database, verified by counts and checksums</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CsvReader</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>a quoted field that starts on line %1 is never closed</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CustomerDataRights</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>There is no customer %1.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::DashboardComposer</name>
    <message>
        <source>The dashboards show whole quarters, such as 2026Q3.</source>
        <translation>The dashboards show whole quarters, such as 2026Q3.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>The period ends (%1) before it starts (%2).</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Database</name>
    <message>
        <source>The database file %1 is damaged and was not changed (%2). Restore it from a backup or open another file.</source>
        <translation>The database file %1 is damaged and was not changed (%2). Restore it from a backup or open another file.</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>There is no database file at %1.</translation>
    </message>
    <message>
        <source>LoopDesk could not create the database file %1. Check that the folder exists and that you may write to it.</source>
        <translation>LoopDesk could not create the database file %1. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>%1 is not a LoopDesk database (it is not an SQLite file at all). The file was not changed.</source>
        <translation>%1 is not a LoopDesk database (it is not an SQLite file at all). The file was not changed.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a LoopDesk database. The file was not changed.</source>
        <translation>%1 is an SQLite database of another program, not a LoopDesk database. The file was not changed.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of LoopDesk (database version %2; this version knows up to %3). Update LoopDesk to open it; the file was not changed.</source>
        <translation>%1 was written by a newer version of LoopDesk (database version %2; this version knows up to %3). Update LoopDesk to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>LoopDesk could not open %1: %2</source>
        <translation>LoopDesk could not open %1: %2</translation>
    </message>
    <message>
        <source>LoopDesk could not prepare %1: %2</source>
        <translation>LoopDesk could not prepare %1: %2</translation>
    </message>
    <message>
        <source>LoopDesk could not open %1 again: %2</source>
        <translation>LoopDesk could not open %1 again: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 already exists; choose a new file name for the backup.</translation>
    </message>
    <message>
        <source>LoopDesk could not create the backup file %1.</source>
        <translation>LoopDesk could not create the backup file %1.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>The backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>Row %1 of table %2 refers to a missing row of %3.</translation>
    </message>
    <message>
        <source>The team database %1 needs your password. Type it when asked, or keep it in ~/.pgpass or the PGPASSWORD variable (LoopDesk never stores it). The server said: %2</source>
        <translation>The team database %1 needs your password. Type it when asked, or keep it in ~/.pgpass or the PGPASSWORD variable (LoopDesk never stores it). The server said: %2</translation>
    </message>
    <message>
        <source>LoopDesk could not connect to the team database %1: %2</source>
        <translation>LoopDesk could not connect to the team database %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team database address. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>&quot;%1&quot; is not a team database address. Write it as postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Leave the password out of the address (it would be seen and kept): LoopDesk asks for it, or reads it from ~/.pgpass or the PGPASSWORD variable.</source>
        <translation>Leave the password out of the address (it would be seen and kept): LoopDesk asks for it, or reads it from ~/.pgpass or the PGPASSWORD variable.</translation>
    </message>
    <message>
        <source>This installation of LoopDesk cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is missing (on Debian, install libqt6sql6-psql).</source>
        <translation>This installation of LoopDesk cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is missing (on Debian, install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team database address has an option LoopDesk does not pass on: %1.</source>
        <translation>The team database address has an option LoopDesk does not pass on: %1.</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a LoopDesk team database. Nothing was changed; give LoopDesk an empty database of its own.</source>
        <translation>%1 holds tables of another program, not a LoopDesk team database. Nothing was changed; give LoopDesk an empty database of its own.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of LoopDesk (database version %2; this version knows up to %3). Update LoopDesk to open it; nothing was changed.</source>
        <translation>%1 was set up by a newer version of LoopDesk (database version %2; this version knows up to %3). Update LoopDesk to open it; nothing was changed.</translation>
    </message>
    <message>
        <source>LoopDesk could not prepare the team database %1: %2</source>
        <translation>LoopDesk could not prepare the team database %1: %2</translation>
    </message>
    <message>
        <source>A team database is backed up on its server (pg_dump), not copied to a file by LoopDesk.</source>
        <translation>A team database is backed up on its server (pg_dump), not copied to a file by LoopDesk.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::DateParser</name>
    <message>
        <source>&quot;%1&quot; is not a date LoopDesk understands</source>
        <translation>&quot;%1&quot; is not a date LoopDesk understands</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a yyyyMMdd date nor epoch seconds</source>
        <translation>&quot;%1&quot; is neither a yyyyMMdd date nor epoch seconds</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day; choose the date format</source>
        <translation>&quot;%1&quot; could be day/month or month/day; choose the date format</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid calendar date</source>
        <translation>&quot;%1&quot; is not a valid calendar date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an hour that does not fit AM/PM</source>
        <translation>&quot;%1&quot; has an hour that does not fit AM/PM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an impossible time of day</source>
        <translation>&quot;%1&quot; has an impossible time of day</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::DemoGenerator</name>
    <message>
        <source>The number of demo answers must be between 1 and 5,000,000.</source>
        <translation>The number of demo answers must be between 1 and 5,000,000.</translation>
    </message>
    <message>
        <source>This database already holds survey answers; demo data goes into a new, empty database only.</source>
        <translation>This database already holds survey answers; demo data goes into a new, empty database only.</translation>
    </message>
    <message>
        <source>Relationship NPS %1</source>
        <translation>Relationship NPS %1</translation>
    </message>
    <message>
        <source>After-delivery survey %1</source>
        <translation>After-delivery survey %1</translation>
    </message>
    <message>
        <source>Talked it through; agreed the next step.</source>
        <translation>Talked it through; agreed the next step.</translation>
    </message>
    <message>
        <source>No answer; left a message.</source>
        <translation>No answer; left a message.</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Check the tracking before calling</source>
        <translation>Check the tracking before calling</translation>
    </message>
    <message>
        <source>Apologise for the wait</source>
        <translation>Apologise for the wait</translation>
    </message>
    <message>
        <source>Offer a new slot or refund the delivery fee</source>
        <translation>Offer a new slot or refund the delivery fee</translation>
    </message>
    <message>
        <source>Record the root cause for Logistics</source>
        <translation>Record the root cause for Logistics</translation>
    </message>
    <message>
        <source>The case owner, with the Logistics desk on hand</source>
        <translation>The case owner, with the Logistics desk on hand</translation>
    </message>
    <message>
        <source>When did you expect the parcel, and what did the delay cost you? Would a delivery slot you choose help next time?</source>
        <translation>When did you expect the parcel, and what did the delay cost you? Would a delivery slot you choose help next time?</translation>
    </message>
    <message>
        <source>Apologise for the wait; check the tracking while you are on the call; offer a new slot or a refund of the delivery fee.</source>
        <translation>Apologise for the wait; check the tracking while you are on the call; offer a new slot or a refund of the delivery fee.</translation>
    </message>
    <message>
        <source>The parcel is on its way on a day the customer chose; the carrier&apos;s failure is recorded for Logistics.</source>
        <translation>The parcel is on its way on a day the customer chose; the carrier&apos;s failure is recorded for Logistics.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Called the same day, apologised, rebooked the delivery for the morning and rang back when it arrived.</source>
        <translation>Called the same day, apologised, rebooked the delivery for the morning and rang back when it arrived.</translation>
    </message>
    <message>
        <source>Explained the bill line by line, refunded the double charge during the call and confirmed it by e-mail.</source>
        <translation>Explained the bill line by line, refunded the double charge during the call and confirmed it by e-mail.</translation>
    </message>
    <message>
        <source>Called back within the hour, apologised for the wait, solved it on the call and left a direct number for next time.</source>
        <translation>Called back within the hour, apologised for the wait, solved it on the call and left a direct number for next time.</translation>
    </message>
    <message>
        <source>Replaced the product the next day and called after it arrived to check that everything worked.</source>
        <translation>Replaced the product the next day and called after it arrived to check that everything worked.</translation>
    </message>
    <message>
        <source>Walked the customer through the app on the phone and reported the bug to IT with their screenshots.</source>
        <translation>Walked the customer through the app on the phone and reported the bug to IT with their screenshots.</translation>
    </message>
    <message>
        <source>Two-hour delivery slots chosen by the customer</source>
        <translation>Two-hour delivery slots chosen by the customer</translation>
    </message>
    <message>
        <source>Parcel and pallet deliveries in Poland and Italy</source>
        <translation>Parcel and pallet deliveries in Poland and Italy</translation>
    </message>
    <message>
        <source>Share of detractors naming late delivery</source>
        <translation>Share of detractors naming late delivery</translation>
    </message>
    <message>
        <source>Half of what it was</source>
        <translation>Half of what it was</translation>
    </message>
    <message>
        <source>You can now choose a two-hour delivery slot when you order.</source>
        <translation>You can now choose a two-hour delivery slot when you order.</translation>
    </message>
    <message>
        <source>Pilot with two carriers</source>
        <translation>Pilot with two carriers</translation>
    </message>
    <message>
        <source>Roll out to every region</source>
        <translation>Roll out to every region</translation>
    </message>
    <message>
        <source>Call back within the hour when the queue is long</source>
        <translation>Call back within the hour when the queue is long</translation>
    </message>
    <message>
        <source>Customer service, weekdays</source>
        <translation>Customer service, weekdays</translation>
    </message>
    <message>
        <source>Detractors naming waiting time</source>
        <translation>Detractors naming waiting time</translation>
    </message>
    <message>
        <source>Below 10 %</source>
        <translation>Below 10 %</translation>
    </message>
    <message>
        <source>Call-back option in the phone menu</source>
        <translation>Call-back option in the phone menu</translation>
    </message>
    <message>
        <source>Staff the afternoon peak</source>
        <translation>Staff the afternoon peak</translation>
    </message>
    <message>
        <source>Report the waiting times weekly</source>
        <translation>Report the waiting times weekly</translation>
    </message>
    <message>
        <source>Check every invoice against the order before it is sent</source>
        <translation>Check every invoice against the order before it is sent</translation>
    </message>
    <message>
        <source>Detractors naming wrong invoices</source>
        <translation>Detractors naming wrong invoices</translation>
    </message>
    <message>
        <source>Free returns for everyone</source>
        <translation>Free returns for everyone</translation>
    </message>
    <message>
        <source>It would raise prices for every customer to serve a few.</source>
        <translation>It would raise prices for every customer to serve a few.</translation>
    </message>
    <message>
        <source>Returns stay free for faulty products; we are making faults rarer instead.</source>
        <translation>Returns stay free for faulty products; we are making faults rarer instead.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::DepartmentDigestComposer</name>
    <message>
        <source>There is no department called &quot;%1&quot;; the departments are: %2.</source>
        <translation>There is no department called &quot;%1&quot;; the departments are: %2.</translation>
    </message>
    <message>
        <source>%1: what customers said, %2</source>
        <translation>%1: what customers said, %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Escalation</name>
    <message>
        <source>Escalated cases should go to &quot;%1&quot;, but there is no staff member of that name; fix the escalation setting.</source>
        <translation>Escalated cases should go to &quot;%1&quot;, but there is no staff member of that name; fix the escalation setting.</translation>
    </message>
    <message>
        <source>Escalated: first contact was due %1</source>
        <translation>Escalated: first contact was due %1</translation>
    </message>
    <message>
        <source>Escalated: first contact due %1</source>
        <translation>Escalated: first contact due %1</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Importer</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>There is no preset &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in this file.</source>
        <translation>There is no column &quot;%1&quot; in this file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field LoopDesk knows.</source>
        <translation>&quot;%1&quot; is not a field LoopDesk knows.</translation>
    </message>
    <message>
        <source>The only column with scores from 0 to 10 is &quot;%1&quot;, but its header does not read like a recommendation question. If it is the score, say so with --map score=COLUMN.</source>
        <translation>The only column with scores from 0 to 10 is &quot;%1&quot;, but its header does not read like a recommendation question. If it is the score, say so with --map score=COLUMN.</translation>
    </message>
    <message>
        <source>No column of %1 holds %2 scores (%3 to %4), so nothing was imported. Check that this is a survey export, or name the score column with --map score=COLUMN.</source>
        <translation>No column of %1 holds %2 scores (%3 to %4), so nothing was imported. Check that this is a survey export, or name the score column with --map score=COLUMN.</translation>
    </message>
    <message>
        <source>Several columns could be the score: %1. Choose one with --map score=COLUMN (or several, for a wide table).</source>
        <translation>Several columns could be the score: %1. Choose one with --map score=COLUMN (or several, for a wide table).</translation>
    </message>
    <message>
        <source>The dates in column &quot;%1&quot; mix day-first and month-first values; fix the file or choose the format with --date-format.</source>
        <translation>The dates in column &quot;%1&quot; mix day-first and month-first values; fix the file or choose the format with --date-format.</translation>
    </message>
    <message>
        <source>The dates in column &quot;%1&quot; could be day/month or month/day (no day is over 12). Choose the format with --date-format dd/MM/yyyy or MM/dd/yyyy.</source>
        <translation>The dates in column &quot;%1&quot; could be day/month or month/day (no day is over 12). Choose the format with --date-format dd/MM/yyyy or MM/dd/yyyy.</translation>
    </message>
    <message>
        <source>The file has no date column: answers are dated at the time of import.</source>
        <translation>The file has no date column: answers are dated at the time of import.</translation>
    </message>
    <message>
        <source>--set cannot give &quot;%1&quot; a value for every row.</source>
        <translation>--set cannot give &quot;%1&quot; a value for every row.</translation>
    </message>
    <message>
        <source>--set answered_at: %1</source>
        <translation>--set answered_at: %1</translation>
    </message>
    <message>
        <source>the row is empty</source>
        <translation>the row is empty</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>the date is missing</translation>
    </message>
    <message>
        <source>there is no score</source>
        <translation>there is no score</translation>
    </message>
    <message>
        <source>%1 is the code for &quot;no answer&quot;</source>
        <translation>%1 is the code for &quot;no answer&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <source>the score %1 is outside %2 to %3</source>
        <translation>the score %1 is outside %2 to %3</translation>
    </message>
    <message>
        <source>none of the score columns has an answer</source>
        <translation>none of the score columns has an answer</translation>
    </message>
    <message>
        <source>An invited list needs a customer id or e-mail column; name it with --map customer_id=COLUMN or --map email=COLUMN.</source>
        <translation>An invited list needs a customer id or e-mail column; name it with --map customer_id=COLUMN or --map email=COLUMN.</translation>
    </message>
    <message>
        <source>the row names no customer</source>
        <translation>the row names no customer</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Cannot write the rejected rows to %1: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>column</source>
        <translation>column</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::NpsReporter</name>
    <message>
        <source>The share to move is between 0 and 1 (0.5 for half), not %1.</source>
        <translation>The share to move is between 0 and 1 (0.5 for half), not %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>A fiscal year starts in a month from 1 to 12, not %1.</source>
        <translation>A fiscal year starts in a month from 1 to 12, not %1.</translation>
    </message>
    <message>
        <source>There is no wave called &quot;%1&quot;.</source>
        <translation>There is no wave called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No answers are segmented by &quot;%1&quot;; the segment dimensions are %2.</source>
        <translation>No answers are segmented by &quot;%1&quot;; the segment dimensions are %2.</translation>
    </message>
    <message>
        <source>No answer has %1 &quot;%2&quot;.</source>
        <translation>No answer has %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There is no account called &quot;%1&quot;.</source>
        <translation>There is no account called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no theme called &quot;%1&quot;.</source>
        <translation>There is no theme called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>(wave %1)</source>
        <translation>(wave %1)</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(no account)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::OutreachComposer</name>
    <message>
        <source>LoopDesk could not write %1: %2</source>
        <translation>LoopDesk could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Playbooks</name>
    <message>
        <source>The case owner; the team lead for key accounts</source>
        <translation>The case owner; the team lead for key accounts</translation>
    </message>
    <message>
        <source>Thank you for your answer: I am calling about it personally. What is the one thing we could have done better? What happened, step by step, and since when? What would put it right for you now?</source>
        <translation>Thank you for your answer: I am calling about it personally. What is the one thing we could have done better? What happened, step by step, and since when? What would put it right for you now?</translation>
    </message>
    <message>
        <source>Apologise once, sincerely, without excuses: &quot;I am sorry this happened; it should not have.&quot; Say what you will do and by when, then do it. When the cause is fixed, tell them what changed.</source>
        <translation>Apologise once, sincerely, without excuses: &quot;I am sorry this happened; it should not have.&quot; Say what you will do and by when, then do it. When the cause is fixed, tell them what changed.</translation>
    </message>
    <message>
        <source>The customer knows we listened; the problem is fixed or has a date; the root cause is recorded for the department that can fix it.</source>
        <translation>The customer knows we listened; the problem is fixed or has a date; the root cause is recorded for the department that can fix it.</translation>
    </message>
    <message>
        <source>Read the answer and the customer&apos;s history before calling</source>
        <translation>Read the answer and the customer&apos;s history before calling</translation>
    </message>
    <message>
        <source>Ask for the one thing we could have done better</source>
        <translation>Ask for the one thing we could have done better</translation>
    </message>
    <message>
        <source>Apologise and agree the next step with a date</source>
        <translation>Apologise and agree the next step with a date</translation>
    </message>
    <message>
        <source>Offer compensation within your limit if it is deserved</source>
        <translation>Offer compensation within your limit if it is deserved</translation>
    </message>
    <message>
        <source>Record the root cause</source>
        <translation>Record the root cause</translation>
    </message>
    <message>
        <source>Tell the customer what was done</source>
        <translation>Tell the customer what was done</translation>
    </message>
    <message>
        <source>The case owner</source>
        <translation>The case owner</translation>
    </message>
    <message>
        <source>Thank you for your answer. What one or two things would make us a 9 or a 10 for you? Is there something we did that you liked?</source>
        <translation>Thank you for your answer. What one or two things would make us a 9 or a 10 for you? Is there something we did that you liked?</translation>
    </message>
    <message>
        <source>Thank them for their time; say what you will pass on, to whom, and that you will tell them what came of it.</source>
        <translation>Thank them for their time; say what you will pass on, to whom, and that you will tell them what came of it.</translation>
    </message>
    <message>
        <source>One concrete improvement recorded as a root cause; the customer feels heard.</source>
        <translation>One concrete improvement recorded as a root cause; the customer feels heard.</translation>
    </message>
    <message>
        <source>Thank the customer</source>
        <translation>Thank the customer</translation>
    </message>
    <message>
        <source>Ask for the one or two things that would make it better</source>
        <translation>Ask for the one or two things that would make it better</translation>
    </message>
    <message>
        <source>Tell the customer what happens next</source>
        <translation>Tell the customer what happens next</translation>
    </message>
    <message>
        <source>Thank you! What did you like most? Would you tell others about us, in a review or to a friend?</source>
        <translation>Thank you! What did you like most? Would you tell others about us, in a review or to a friend?</translation>
    </message>
    <message>
        <source>Thank them personally and by name; invite a review or a referral, and never insist.</source>
        <translation>Thank them personally and by name; invite a review or a referral, and never insist.</translation>
    </message>
    <message>
        <source>A thanked customer, and a review, a referral or a quote where they agreed.</source>
        <translation>A thanked customer, and a review, a referral or a quote where they agreed.</translation>
    </message>
    <message>
        <source>Thank the customer personally</source>
        <translation>Thank the customer personally</translation>
    </message>
    <message>
        <source>Ask what they liked most</source>
        <translation>Ask what they liked most</translation>
    </message>
    <message>
        <source>Invite a review or a referral</source>
        <translation>Invite a review or a referral</translation>
    </message>
    <message>
        <source>Record what they liked</source>
        <translation>Record what they liked</translation>
    </message>
    <message>
        <source>Only a manager can add a playbook.</source>
        <translation>Only a manager can add a playbook.</translation>
    </message>
    <message>
        <source>Choose the theme this playbook is for; each category already has its own.</source>
        <translation>Choose the theme this playbook is for; each category already has its own.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a playbook for this category: edit that one.</source>
        <translation>&quot;%1&quot; already has a playbook for this category: edit that one.</translation>
    </message>
    <message>
        <source>Only a manager can edit a playbook.</source>
        <translation>Only a manager can edit a playbook.</translation>
    </message>
    <message>
        <source>This playbook no longer exists.</source>
        <translation>This playbook no longer exists.</translation>
    </message>
    <message>
        <source>Someone changed this playbook after you opened it. Your changes were not saved; reload it to see theirs.</source>
        <translation>Someone changed this playbook after you opened it. Your changes were not saved; reload it to see theirs.</translation>
    </message>
    <message>
        <source>Only a category&apos;s own playbook has LoopDesk&apos;s words to go back to.</source>
        <translation>Only a category&apos;s own playbook has LoopDesk&apos;s words to go back to.</translation>
    </message>
    <message>
        <source>Only a manager can remove a playbook.</source>
        <translation>Only a manager can remove a playbook.</translation>
    </message>
    <message>
        <source>A category always keeps its own playbook; edit it instead.</source>
        <translation>A category always keeps its own playbook; edit it instead.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>There is no such step.</source>
        <translation>There is no such step.</translation>
    </message>
    <message>
        <source>Mark a recovery as exemplary once the case is resolved or closed.</source>
        <translation>Mark a recovery as exemplary once the case is resolved or closed.</translation>
    </message>
    <message>
        <source>Say in a sentence or two what worked, for colleagues who meet the same problem.</source>
        <translation>Say in a sentence or two what worked, for colleagues who meet the same problem.</translation>
    </message>
    <message>
        <source>Choose the case&apos;s root cause first: a recovery is shown in the playbook of its theme.</source>
        <translation>Choose the case&apos;s root cause first: a recovery is shown in the playbook of its theme.</translation>
    </message>
    <message>
        <source>Only a manager can feature or dismiss a recovery.</source>
        <translation>Only a manager can feature or dismiss a recovery.</translation>
    </message>
    <message>
        <source>Case %1 was not marked as an exemplary recovery.</source>
        <translation>Case %1 was not marked as an exemplary recovery.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::QuarterlyReviewComposer</name>
    <message>
        <source>A quarterly review covers a quarter, such as 2026Q3; %1 is not one.</source>
        <translation>A quarterly review covers a quarter, such as 2026Q3; %1 is not one.</translation>
    </message>
    <message>
        <source>Quarterly loop review %1</source>
        <translation>Quarterly loop review %1</translation>
    </message>
    <message>
        <source>Quarterly loop review %1 · %2 = %3</source>
        <translation>Quarterly loop review %1 · %2 = %3</translation>
    </message>
    <message>
        <source>Quarterly loop review %1 · account %2</source>
        <translation>Quarterly loop review %1 · account %2</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::ResponseBulkWriter</name>
    <message>
        <source>Fast import needs a local SQLite database.</source>
        <translation>Fast import needs a local SQLite database.</translation>
    </message>
    <message>
        <source>Database error while importing (%1): %2</source>
        <translation>Database error while importing (%1): %2</translation>
    </message>
    <message>
        <source>The database refused the customer %1, so none of this file was imported.</source>
        <translation>The database refused the customer %1, so none of this file was imported.</translation>
    </message>
    <message>
        <source>The database refused the answer %1, so none of this file was imported.</source>
        <translation>The database refused the answer %1, so none of this file was imported.</translation>
    </message>
    <message>
        <source>The database refused a follow-up case, so none of this file was imported.</source>
        <translation>The database refused a follow-up case, so none of this file was imported.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::ScoreCountStore</name>
    <message>
        <source>No such segment slot: %1</source>
        <translation>No such segment slot: %1</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::SegmentDictionary</name>
    <message>
        <source>A database holds at most %1 segment dimensions; &quot;%2&quot; would be one more. Map it to an existing dimension or leave it out.</source>
        <translation>A database holds at most %1 segment dimensions; &quot;%2&quot; would be one more. Map it to an existing dimension or leave it out.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Statement</name>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>Database error: no result</source>
        <translation>Database error: no result</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::TeamAccess</name>
    <message>
        <source>Roles and row security belong to a team database; a local file is one person&apos;s.</source>
        <translation>Roles and row security belong to a team database; a local file is one person&apos;s.</translation>
    </message>
    <message>
        <source>There is no member of staff %1.</source>
        <translation>There is no member of staff %1.</translation>
    </message>
    <message>
        <source>The server has no login called &quot;%1&quot;; its administrator creates it first (CREATE ROLE ... LOGIN).</source>
        <translation>The server has no login called &quot;%1&quot;; its administrator creates it first (CREATE ROLE ... LOGIN).</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::TeamMigration</name>
    <message>
        <source>migrate-to moves a local database file into a team database (postgresql://...).</source>
        <translation>migrate-to moves a local database file into a team database (postgresql://...).</translation>
    </message>
    <message>
        <source>The file is at database version %1 and the team database at %2; open the file once with this LoopDesk (loopdesk-cli init) and try again.</source>
        <translation>The file is at database version %1 and the team database at %2; open the file once with this LoopDesk (loopdesk-cli init) and try again.</translation>
    </message>
    <message>
        <source>The team database already holds data (%1); migrate-to only fills a new, empty one. Nothing was changed.</source>
        <translation>The team database already holds data (%1); migrate-to only fills a new, empty one. Nothing was changed.</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the file (%2 rows, %3 on the server); nothing was kept on the server.</source>
        <translation>The copy of %1 does not match the file (%2 rows, %3 on the server); nothing was kept on the server.</translation>
    </message>
    <message>
        <source>The team database&apos;s NPS counts or search words do not match its answers after the copy; nothing was kept on the server.</source>
        <translation>The team database&apos;s NPS counts or search words do not match its answers after the copy; nothing was kept on the server.</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ActionsPage</name>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Expected gain</source>
        <translation>Expected gain</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Tactical (a fix within a quarter)</source>
        <translation>Tactical (a fix within a quarter)</translation>
    </message>
    <message>
        <source>Strategic (a change of how we work)</source>
        <translation>Strategic (a change of how we work)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Who else takes part</source>
        <translation>Who else takes part</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>Which customers, sites or products</source>
        <translation>Which customers, sites or products</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>S&amp;cope:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>How success is measured</source>
        <translation>How success is measured</translation>
    </message>
    <message>
        <source>Success &amp;metric:</source>
        <translation>Success &amp;metric:</translation>
    </message>
    <message>
        <source>The value that means success</source>
        <translation>The value that means success</translation>
    </message>
    <message>
        <source>Ta&amp;rget:</source>
        <translation>Ta&amp;rget:</translation>
    </message>
    <message>
        <source> NPS points</source>
        <translation> NPS points</translation>
    </message>
    <message>
        <source>From the what-if: what NPS would gain if the themes this action addresses were fixed.</source>
        <translation>From the what-if: what NPS would gain if the themes this action addresses were fixed.</translation>
    </message>
    <message>
        <source>E&amp;xpected gain:</source>
        <translation>E&amp;xpected gain:</translation>
    </message>
    <message>
        <source>Themes addressed</source>
        <translation>Themes addressed</translation>
    </message>
    <message>
        <source>T&amp;hemes addressed:</source>
        <translation>T&amp;hemes addressed:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Tasks (double-click to edit; tick when done)</source>
        <translation>Tasks (double-click to edit; tick when done)</translation>
    </message>
    <message>
        <source>Add tas&amp;k</source>
        <translation>Add tas&amp;k</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <source>&amp;New proposal</source>
        <translation>&amp;New proposal</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Expected NPS gain against cost: up and to the left first</source>
        <translation>Expected NPS gain against cost: up and to the left first</translation>
    </message>
    <message>
        <source>Expected gain against cost</source>
        <translation>Expected gain against cost</translation>
    </message>
    <message>
        <source>P&amp;rioritise</source>
        <translation>P&amp;rioritise</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— nobody yet —</translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation>Past its deadline</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Expected NPS gain (points)</source>
        <translation>Expected NPS gain (points)</translation>
    </message>
    <message>
        <source>A new proposal: save it to put it on the plan.</source>
        <translation>A new proposal: save it to put it on the plan.</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <source>
Why not: %1
Customers are told: %2</source>
        <translation>
Why not: %1
Customers are told: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation>Now %1.</translation>
    </message>
    <message>
        <source>Reject &quot;%1&quot;</source>
        <translation>Reject &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done</source>
        <translation>&quot;%1&quot; is done</translation>
    </message>
    <message>
        <source>What we tell customers, in plain words: what we decided and why</source>
        <translation>What we tell customers, in plain words: what we decided and why</translation>
    </message>
    <message>
        <source>What changed for customers, for the outreach letter</source>
        <translation>What changed for customers, for the outreach letter</translation>
    </message>
    <message>
        <source>Why not (for the review):</source>
        <translation>Why not (for the review):</translation>
    </message>
    <message>
        <source>Customers are told:</source>
        <translation>Customers are told:</translation>
    </message>
    <message>
        <source>Measured since the action was approved against the %1 days before: everyone&apos;s NPS, and the share of detractors who name its themes.</source>
        <translation>Measured since the action was approved against the %1 days before: everyone&apos;s NPS, and the share of detractors who name its themes.</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>Did it work?</translation>
    </message>
    <message>
        <source>Measured from approval: approving it records what it is measured against.</source>
        <translation>Measured from approval: approving it records what it is measured against.</translation>
    </message>
    <message>
        <source>Whose NPS measures it</source>
        <translation>Whose NPS measures it</translation>
    </message>
    <message>
        <source>Whose NPS &quot;Did it work?&quot; follows: everyone&apos;s, or one segment&apos;s (a region, a channel…). Fixed when the action is approved.</source>
        <translation>Whose NPS &quot;Did it work?&quot; follows: everyone&apos;s, or one segment&apos;s (a region, a channel…). Fixed when the action is approved.</translation>
    </message>
    <message>
        <source>Measured o&amp;n:</source>
        <translation>Measured o&amp;n:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::CaseEditor</name>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Reload the case</source>
        <translation>Reload the case</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Call or write</source>
        <translation>Call or write</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Contact attempts</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>&amp;Log attempt</source>
        <translation>&amp;Log attempt</translation>
    </message>
    <message>
        <source>Log attempt</source>
        <translation>Log attempt</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>&amp;Take this case</source>
        <translation>&amp;Take this case</translation>
    </message>
    <message>
        <source>Take this case</source>
        <translation>Take this case</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>Hand over to</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason (cases should not bounce)</source>
        <translation>Reason (cases should not bounce)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Root cause and outcome</source>
        <translation>Root cause and outcome</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>Root cause:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Mark resolved</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>voucher, refund, free delivery…</source>
        <translation>voucher, refund, free delivery…</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record compensation</source>
        <translation>Record compensation</translation>
    </message>
    <message>
        <source>Compensation:</source>
        <translation>Compensation:</translation>
    </message>
    <message>
        <source>Re-survey score</source>
        <translation>Re-survey score</translation>
    </message>
    <message>
        <source>Record re-survey</source>
        <translation>Record re-survey</translation>
    </message>
    <message>
        <source>Re-survey score:</source>
        <translation>Re-survey score:</translation>
    </message>
    <message>
        <source>Customer told what we did</source>
        <translation>Customer told what we did</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>Customer informed</translation>
    </message>
    <message>
        <source>Outer loop:</source>
        <translation>Outer loop:</translation>
    </message>
    <message>
        <source>This customer&apos;s answers and cases</source>
        <translation>This customer&apos;s answers and cases</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Customer history</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>Pick a case in the inbox to work on it.</source>
        <translation>Pick a case in the inbox to work on it.</translation>
    </message>
    <message>
        <source>Anonymous customer</source>
        <translation>Anonymous customer</translation>
    </message>
    <message>
        <source>%1 — score %2</source>
        <translation>%1 — score %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Status: %1 · owner: %2 · %3</source>
        <translation>Status: %1 · owner: %2 · %3</translation>
    </message>
    <message>
        <source>Status: %1 · owner: %2</source>
        <translation>Status: %1 · owner: %2</translation>
    </message>
    <message>
        <source>Answered %1 in &quot;%2&quot;</source>
        <translation>Answered %1 in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>First contact due %1; resolution due %2</source>
        <translation>First contact due %1; resolution due %2</translation>
    </message>
    <message>
        <source>Account: %1 (key account)</source>
        <translation>Account: %1 (key account)</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Customer told what was done on %1</source>
        <translation>Customer told what was done on %1</translation>
    </message>
    <message>
        <source>Compensation: %1 %2</source>
        <translation>Compensation: %1 %2</translation>
    </message>
    <message>
        <source>Re-survey score: %1</source>
        <translation>Re-survey score: %1</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(no comment)</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Write to %1</translation>
    </message>
    <message>
        <source>No phone number or e-mail on file.</source>
        <translation>No phone number or e-mail on file.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4</source>
        <translation>%1 · %2 · %3 %4</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <translation>%1 · score %2 · %3</translation>
    </message>
    <message>
        <source>Case %1 · %2 · outcome %3</source>
        <translation>Case %1 · %2 · outcome %3</translation>
    </message>
    <message>
        <source>Choose the root cause…</source>
        <translation>Choose the root cause…</translation>
    </message>
    <message>
        <source>Your change was not saved: %1 Reload to see the case as it is now; what you typed stays.</source>
        <translation>Your change was not saved: %1 Reload to see the case as it is now; what you typed stays.</translation>
    </message>
    <message>
        <source>taken over by its new owner</source>
        <translation>taken over by its new owner</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Who responds, how and how soon</source>
        <translation>Who responds, how and how soon</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>What to ask</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Ask:</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>What to say</translation>
    </message>
    <message>
        <source>Say:</source>
        <translation>Say:</translation>
    </message>
    <message>
        <source>Intended outcome</source>
        <translation>Intended outcome</translation>
    </message>
    <message>
        <source>Aim:</source>
        <translation>Aim:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Tick each step when it is done: the case keeps who did it and when.</source>
        <translation>Tick each step when it is done: the case keeps who did it and when.</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>What worked before</translation>
    </message>
    <message>
        <source>What worked:</source>
        <translation>What worked:</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve the compensation</source>
        <translation>Approve the compensation</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <source>Decline the compensation</source>
        <translation>Decline the compensation</translation>
    </message>
    <message>
        <source>Why (the agent tells the customer):</source>
        <translation>Why (the agent tells the customer):</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <source>Exemplary recovery</source>
        <translation>Exemplary recovery</translation>
    </message>
    <message>
        <source>Mark as exemplary…</source>
        <translation>Mark as exemplary…</translation>
    </message>
    <message>
        <source>Mark as an exemplary recovery</source>
        <translation>Mark as an exemplary recovery</translation>
    </message>
    <message>
        <source>A recovery colleagues should learn from: managers can feature it in the playbook of its theme.</source>
        <translation>A recovery colleagues should learn from: managers can feature it in the playbook of its theme.</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>What worked</translation>
    </message>
    <message>
        <source>What worked, in a sentence or two, for colleagues who meet the same problem:</source>
        <translation>What worked, in a sentence or two, for colleagues who meet the same problem:</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>a manager</translation>
    </message>
    <message>
        <source>%1 %2 is above the limit: it waits for a manager&apos;s approval, due %3.</source>
        <translation>%1 %2 is above the limit: it waits for a manager&apos;s approval, due %3.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Approved by %1.</translation>
    </message>
    <message>
        <source>Declined by %1; the compensation was withdrawn.</source>
        <translation>Declined by %1; the compensation was withdrawn.</translation>
    </message>
    <message>
        <source>Not needed: within the limit, or nothing offered.</source>
        <translation>Not needed: within the limit, or nothing offered.</translation>
    </message>
    <message>
        <source>Marked by %1: %2</source>
        <translation>Marked by %1: %2</translation>
    </message>
    <message>
        <source>Not marked.</source>
        <translation>Not marked.</translation>
    </message>
    <message>
        <source>Edit what worked…</source>
        <translation>Edit what worked…</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Detractor</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promoter</translation>
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
        <translation>by phone</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>by SMS</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message numerus="yes">
        <source>%1 · within %n hour(s), %2</source>
        <translation>
            <numerusform>%1 · within %n hour, %2</numerusform>
            <numerusform>%1 · within %n hours, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Done by %1, %2</source>
        <translation>Done by %1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>• %1 — %2 (case %3)</source>
        <translation>• %1 — %2 (case %3)</translation>
    </message>
    <message>
        <source>Nothing featured for these themes yet.</source>
        <translation>Nothing featured for these themes yet.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
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
        <translation>Could not write %1. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>NPS by quarter</source>
        <translation>NPS by quarter</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>Promoters, passives and detractors</translation>
    </message>
    <message>
        <source>NPS by segment</source>
        <translation>NPS by segment</translation>
    </message>
    <message>
        <source>What detractors name</source>
        <translation>What detractors name</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Closing the loop</translation>
    </message>
    <message>
        <source>If we fix:</source>
        <translation>If we fix:</translation>
    </message>
    <message>
        <source>Share of those who named it</source>
        <translation>Share of those who named it</translation>
    </message>
    <message>
        <source>For this share of them:</source>
        <translation>For this share of them:</translation>
    </message>
    <message>
        <source>detractors become passives</source>
        <translation>detractors become passives</translation>
    </message>
    <message>
        <source>detractors and passives become promoters</source>
        <translation>detractors and passives become promoters</translation>
    </message>
    <message>
        <source>So that:</source>
        <translation>So that:</translation>
    </message>
    <message>
        <source>Propose an action with this gain…</source>
        <translation>Propose an action with this gain…</translation>
    </message>
    <message>
        <source>Opens a new action plan for this theme with the expected gain filled in.</source>
        <translation>Opens a new action plan for this theme with the expected gain filled in.</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>What if</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Answers of:</source>
        <translation>&amp;Answers of:</translation>
    </message>
    <message>
        <source>&amp;Break down by:</source>
        <translation>&amp;Break down by:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the chart as a picture</source>
        <translation>Copy the chart as a picture</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>Save the chart as PNG or SVG</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>No answers yet: import a survey file to see the dashboards.</source>
        <translation>No answers yet: import a survey file to see the dashboards.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>%1 to %2: NPS %3 (95 % interval %4 to %5) from %6 answers.</source>
        <translation>%1 to %2: NPS %3 (95 % interval %4 to %5) from %6 answers.</translation>
    </message>
    <message>
        <source>Few answers: read the figures with care.</source>
        <translation>Few answers: read the figures with care.</translation>
    </message>
    <message>
        <source>No answers in this period for this choice.</source>
        <translation>No answers in this period for this choice.</translation>
    </message>
    <message>
        <source>NPS by %1</source>
        <translation>NPS by %1</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <source>Significant rise</source>
        <translation>Significant rise</translation>
    </message>
    <message>
        <source>Significant fall</source>
        <translation>Significant fall</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Detractors naming it</source>
        <translation>Detractors naming it</translation>
    </message>
    <message>
        <source>Cumulative share of mentions</source>
        <translation>Cumulative share of mentions</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>Points lost</translation>
    </message>
    <message>
        <source>Where the theme is routed</source>
        <translation>Where the theme is routed</translation>
    </message>
    <message>
        <source>Detractors naming the theme</source>
        <translation>Detractors naming the theme</translation>
    </message>
    <message>
        <source>Detractors who name the theme, of all detractors (one answer may name several themes)</source>
        <translation>Detractors who name the theme, of all detractors (one answer may name several themes)</translation>
    </message>
    <message>
        <source>How much NPS would rise if everyone who named it and was a detractor became a passive</source>
        <translation>How much NPS would rise if everyone who named it and was a detractor became a passive</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Cases opened&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Detractors contacted within the SLA&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Median time to first contact&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save rate (of closed cases)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Still open&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Contact later than the SLA&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Cases opened&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Detractors contacted within the SLA&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Median time to first contact&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save rate (of closed cases)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Still open&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Contact later than the SLA&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Open cases per owner</source>
        <translation>Open cases per owner</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>No theme named by detractors in this period.</source>
        <translation>No theme named by detractors in this period.</translation>
    </message>
    <message>
        <source>NPS &lt;b&gt;%1 → %2&lt;/b&gt;: %3 points (± %4)&lt;br&gt;&lt;small&gt;%5 detractors and %6 passives named it; the margin comes from how many of them the survey reached.&lt;/small&gt;</source>
        <translation>NPS &lt;b&gt;%1 → %2&lt;/b&gt;: %3 points (± %4)&lt;br&gt;&lt;small&gt;%5 detractors and %6 passives named it; the margin comes from how many of them the survey reached.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>NPS now</source>
        <translation>NPS now</translation>
    </message>
    <message>
        <source>NPS if fixed</source>
        <translation>NPS if fixed</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Chart not saved</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::DigestDialog</name>
    <message>
        <source>Department digest</source>
        <translation>Department digest</translation>
    </message>
    <message>
        <source>What customers said about the themes routed to one department: counts against the period before, NPS points lost, their own words, the actions on those themes and the cases still waiting on it.</source>
        <translation>What customers said about the themes routed to one department: counts against the period before, NPS points lost, their own words, the actions on those themes and the cases still waiting on it.</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>A quarter (2026Q3), a month (2026-10) or a year (2026)</source>
        <translation>A quarter (2026Q3), a month (2026-10) or a year (2026)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Anonymise: mask e-mail addresses, phone numbers and customer numbers in comments, list cases without names</source>
        <translation>&amp;Anonymise: mask e-mail addresses, phone numbers and customer numbers in comments, list cases without names</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <source>No department yet: give themes a department in Settings → Themes.</source>
        <translation>No department yet: give themes a department in Settings → Themes.</translation>
    </message>
    <message>
        <source>A period is a quarter (2026Q3), a month (2026-10) or a year (2026).</source>
        <translation>A period is a quarter (2026Q3), a month (2026-10) or a year (2026).</translation>
    </message>
    <message>
        <source>%1 theme(s) routed here were named in %2, costing %3 NPS points; %4 action(s) on them; %5 case(s) waiting, %6 of them overdue.</source>
        <translation>%1 theme(s) routed here were named in %2, costing %3 NPS points; %4 action(s) on them; %5 case(s) waiting, %6 of them overdue.</translation>
    </message>
    <message>
        <source>Save the department digest</source>
        <translation>Save the department digest</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ImportPage</name>
    <message>
        <source>&lt;h3&gt;Survey imports&lt;/h3&gt;Bring in a survey export: detractors land in the inbox with their due times, and every answer counts in the dashboards.</source>
        <translation>&lt;h3&gt;Survey imports&lt;/h3&gt;Bring in a survey export: detractors land in the inbox with their due times, and every answer counts in the dashboards.</translation>
    </message>
    <message>
        <source>&amp;Import a survey file…</source>
        <translation>&amp;Import a survey file…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Imports so far</source>
        <translation>Imports so far</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Nothing imported yet.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Wave</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ImportWizard</name>
    <message>
        <source>Response id</source>
        <translation>Response id</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Customer id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <source>day first (dd/MM/yyyy)</source>
        <translation>day first (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>month first (MM/dd/yyyy)</source>
        <translation>month first (MM/dd/yyyy)</translation>
    </message>
    <message>
        <source>ISO or unambiguous</source>
        <translation>ISO or unambiguous</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>score not a whole number</source>
        <translation>score not a whole number</translation>
    </message>
    <message>
        <source>score out of range</source>
        <translation>score out of range</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>unreadable date</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>empty row</translation>
    </message>
    <message>
        <source>malformed row</source>
        <translation>malformed row</translation>
    </message>
    <message>
        <source>no customer id or e-mail</source>
        <translation>no customer id or e-mail</translation>
    </message>
    <message>
        <source>&quot;no answer&quot; code</source>
        <translation>&quot;no answer&quot; code</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Import survey answers</translation>
    </message>
    <message>
        <source>Choose the survey export</source>
        <translation>Choose the survey export</translation>
    </message>
    <message>
        <source>A CSV or text export from Qualtrics, SurveyMonkey, Google Forms, Typeform, Delighted or any tool: LoopDesk recognises the format and shows you what it found before anything is written.</source>
        <translation>A CSV or text export from Qualtrics, SurveyMonkey, Google Forms, Typeform, Delighted or any tool: LoopDesk recognises the format and shows you what it found before anything is written.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Path of the exported file</source>
        <translation>Path of the exported file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Wave name</source>
        <translation>Wave name</translation>
    </message>
    <message>
        <source>The file&apos;s name</source>
        <translation>The file&apos;s name</translation>
    </message>
    <message>
        <source>Answers go into this survey wave; an existing wave of this name gets the new answers.</source>
        <translation>Answers go into this survey wave; an existing wave of this name gets the new answers.</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>&amp;Wave:</translation>
    </message>
    <message>
        <source>Survey metric</source>
        <translation>Survey metric</translation>
    </message>
    <message>
        <source>NPS – likelihood to recommend, 0 to 10</source>
        <translation>NPS – likelihood to recommend, 0 to 10</translation>
    </message>
    <message>
        <source>CSAT – satisfaction, 1 to 5</source>
        <translation>CSAT – satisfaction, 1 to 5</translation>
    </message>
    <message>
        <source>CES – customer effort, 1 to 7</source>
        <translation>CES – customer effort, 1 to 7</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metric:</translation>
    </message>
    <message>
        <source>Check what LoopDesk found</source>
        <translation>Check what LoopDesk found</translation>
    </message>
    <message>
        <source>The first rows of the file as LoopDesk reads them. Change anything that is not right; nothing is written until you press Import.</source>
        <translation>The first rows of the file as LoopDesk reads them. Change anything that is not right; nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>D&amp;ates:</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Recognise</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which column is what&lt;/b&gt;</source>
        <translation>&lt;b&gt;Which column is what&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Column for %1</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Preview of the file</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Every row is checked and the good ones are written in one go: if you cancel, the database stays exactly as it was.</source>
        <translation>Every row is checked and the good ones are written in one go: if you cancel, the database stays exactly as it was.</translation>
    </message>
    <message>
        <source>Show summary</source>
        <translation>Show summary</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written…</source>
        <translation>Cancelling: undoing what was written…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Import summary</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Save rejected rows…</translation>
    </message>
    <message>
        <source>A CSV with the line, column and reason, then the row as it was: fix it and import it again.</source>
        <translation>A CSV with the line, column and reason, then the row as it was: fix it and import it again.</translation>
    </message>
    <message>
        <source>Choose a survey export</source>
        <translation>Choose a survey export</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Survey exports (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Recognise (found: %1)</source>
        <translation>Recognise (found: %1)</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>Detect (found: %1)</translation>
    </message>
    <message>
        <source>LoopDesk found no column of whole-number scores on the scale of this metric. Choose the score column under &quot;Score&quot;, or check the metric on the previous page.</source>
        <translation>LoopDesk found no column of whole-number scores on the scale of this metric. Choose the score column under &quot;Score&quot;, or check the metric on the previous page.</translation>
    </message>
    <message>
        <source>Which column holds the score? It could be: %1. Choose it under &quot;Score&quot;.</source>
        <translation>Which column holds the score? It could be: %1. Choose it under &quot;Score&quot;.</translation>
    </message>
    <message>
        <source>The dates could be read day first or month first (%1). Choose the order under &quot;Dates&quot;; a date that does not fit it is rejected with its line.</source>
        <translation>The dates could be read day first or month first (%1). Choose the order under &quot;Dates&quot;; a date that does not fit it is rejected with its line.</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>No segment columns recognised. Columns named segment:REGION (or your dimension) become segments.</source>
        <translation>No segment columns recognised. Columns named segment:REGION (or your dimension) become segments.</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Segments: %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <source>— choose the score column —</source>
        <translation>— choose the score column —</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— not in this file —</translation>
    </message>
    <message>
        <source>All %1 score columns (a wide table)</source>
        <translation>All %1 score columns (a wide table)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 of %2 read</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import stopped.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Nothing was written to the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The import stopped.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Nothing was written to the database.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import was cancelled.&lt;/b&gt; Nothing was written to the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The import was cancelled.&lt;/b&gt; Nothing was written to the database.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Answers imported: %1&lt;/b&gt;, into the wave &quot;%2&quot;, from %3 rows read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Answers imported: %1&lt;/b&gt;, into the wave &quot;%2&quot;, from %3 rows read.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Already in the database, so not imported twice: %1.</source>
        <translation>Already in the database, so not imported twice: %1.</translation>
    </message>
    <message>
        <source>Comments given a theme by the taxonomy&apos;s keywords: %1.</source>
        <translation>Comments given a theme by the taxonomy&apos;s keywords: %1.</translation>
    </message>
    <message>
        <source>Follow-up cases opened in the inbox: %1.</source>
        <translation>Follow-up cases opened in the inbox: %1.</translation>
    </message>
    <message>
        <source>Rows rejected: %1 (%2). Each is listed below with its line and reason.</source>
        <translation>Rows rejected: %1 (%2). Each is listed below with its line and reason.</translation>
    </message>
    <message>
        <source>Only the first %1 rejected rows are listed.</source>
        <translation>Only the first %1 rejected rows are listed.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>No row was rejected.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Row as read</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not saved:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Not saved:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::InboxModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>closed</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contacted</translation>
    </message>
    <message>
        <source>contacted late</source>
        <translation>contacted late</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>%1 (key account)</source>
        <translation>%1 (key account)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>First contact due %1</source>
        <translation>First contact due %1</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::InboxPage</name>
    <message>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>Key accounts</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search customer, number, e-mail or comment (Ctrl+F)</source>
        <translation>Search customer, number, e-mail or comment (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Wave</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Unsaved notes</translation>
    </message>
    <message>
        <source>You typed notes for case %1 that are not recorded yet. Leave them?</source>
        <translation>You typed notes for case %1 that are not recorded yet. Leave them?</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Any wave</source>
        <translation>Any wave</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Any segment</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>Any %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::MainWindow</name>
    <message>
        <source>LoopDesk databases (*.db *.loopdesk);;All files (*)</source>
        <translation>LoopDesk databases (*.db *.loopdesk);;All files (*)</translation>
    </message>
    <message>
        <source>LoopDesk</source>
        <translation>LoopDesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Quarterly review</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Open a database…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Create a new database…</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Who is working</translation>
    </message>
    <message>
        <source>Working as: </source>
        <translation>Working as: </translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>Working as</translation>
    </message>
    <message>
        <source>%1 (manager)</source>
        <translation>%1 (manager)</translation>
    </message>
    <message>
        <source>Inbox (%1 due soon)</source>
        <translation>Inbox (%1 due soon)</translation>
    </message>
    <message>
        <source>case %1 (%2) is due in %3 h %4 min</source>
        <translation>case %1 (%2) is due in %3 h %4 min</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Call soon: %1.</source>
        <translation>Call soon: %1.</translation>
    </message>
    <message>
        <source>LoopDesk: cases about to breach</source>
        <translation>LoopDesk: cases about to breach</translation>
    </message>
    <message>
        <source>%1 answers · %2 open cases</source>
        <translation>%1 answers · %2 open cases</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Unsaved notes</translation>
    </message>
    <message>
        <source>You typed notes for case %1 that are not recorded yet. Quit and lose them?</source>
        <translation>You typed notes for case %1 that are not recorded yet. Quit and lose them?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Import survey file…</source>
        <translation>&amp;Import survey file…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>As the &amp;system</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LoopDesk</source>
        <translation>&amp;About LoopDesk</translation>
    </message>
    <message>
        <source>%1 – LoopDesk</source>
        <translation>%1 – LoopDesk</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Cannot read the database</translation>
    </message>
    <message>
        <source>Open a LoopDesk database</source>
        <translation>Open a LoopDesk database</translation>
    </message>
    <message>
        <source>Create a LoopDesk database</source>
        <translation>Create a LoopDesk database</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open to open it.</source>
        <translation>%1 already exists. Use File → Open to open it.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>About LoopDesk</source>
        <translation>About LoopDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LoopDesk %1&lt;/h3&gt;&lt;p&gt;Close the customer feedback loop: call every detractor back in time, route root causes to the teams that fix them, and review NPS with honest margins of error.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LoopDesk %1&lt;/h3&gt;&lt;p&gt;Close the customer feedback loop: call every detractor back in time, route root causes to the teams that fix them, and review NPS with honest margins of error.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a team database…</source>
        <translation>Open a team database…</translation>
    </message>
    <message>
        <source>Open &amp;team database…</source>
        <translation>Open &amp;team database…</translation>
    </message>
    <message>
        <source>%1 on %2 – LoopDesk</source>
        <translation>%1 on %2 – LoopDesk</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>The server asks for the password of %1.</translation>
    </message>
    <message>
        <source>The server did not accept that password for %1. Try again?</source>
        <translation>The server did not accept that password for %1. Try again?</translation>
    </message>
    <message>
        <source>Cannot open the team database</source>
        <translation>Cannot open the team database</translation>
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
        <translation>no answers yet</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2</source>
        <translation>95 % interval %1 to %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 answers</translation>
    </message>
    <message>
        <source>Small sample: read with care</source>
        <translation>Small sample: read with care</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>NPS this quarter</source>
        <translation>NPS this quarter</translation>
    </message>
    <message>
        <source>NPS, all answers</source>
        <translation>NPS, all answers</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Survey answers</translation>
    </message>
    <message>
        <source>Open follow-up cases</source>
        <translation>Open follow-up cases</translation>
    </message>
    <message>
        <source>Survey waves</source>
        <translation>Survey waves</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>%1 vs. %2: significant (z = %3)</source>
        <translation>%1 vs. %2: significant (z = %3)</translation>
    </message>
    <message>
        <source>%1 vs. %2: within the noise (z = %3)</source>
        <translation>%1 vs. %2: within the noise (z = %3)</translation>
    </message>
    <message>
        <source>Waves: %1</source>
        <translation>Waves: %1</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Customers: %1</translation>
    </message>
    <message>
        <source>Not contacted within the SLA: %1</source>
        <translation>Not contacted within the SLA: %1</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::PlaybooksTab</name>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detractors (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passives (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promoters (9–10)</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>Featured</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Playbooks are the team&apos;s: only a manager changes them.</source>
        <translation>Playbooks are the team&apos;s: only a manager changes them.</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>A playbook for one theme</source>
        <translation>A playbook for one theme</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Naming:</source>
        <translation>&amp;Naming:</translation>
    </message>
    <message>
        <source>Add pla&amp;ybook</source>
        <translation>Add pla&amp;ybook</translation>
    </message>
    <message>
        <source>&amp;Who responds:</source>
        <translation>&amp;Who responds:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>Respond within</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>by SMS</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Within:</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>What to ask</translation>
    </message>
    <message>
        <source>What to &amp;ask:</source>
        <translation>What to &amp;ask:</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>What to say</translation>
    </message>
    <message>
        <source>What to &amp;say:</source>
        <translation>What to &amp;say:</translation>
    </message>
    <message>
        <source>Intended outcome</source>
        <translation>Intended outcome</translation>
    </message>
    <message>
        <source>Intended &amp;outcome:</source>
        <translation>Intended &amp;outcome:</translation>
    </message>
    <message>
        <source>Checklist, one step per line</source>
        <translation>Checklist, one step per line</translation>
    </message>
    <message>
        <source>&amp;Checklist
(one step a line):</source>
        <translation>&amp;Checklist
(one step a line):</translation>
    </message>
    <message>
        <source>Sa&amp;ve playbook</source>
        <translation>Sa&amp;ve playbook</translation>
    </message>
    <message>
        <source>&amp;Restore LoopDesk&apos;s words</source>
        <translation>&amp;Restore LoopDesk&apos;s words</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>What worked: recoveries marked as exemplary</source>
        <translation>What worked: recoveries marked as exemplary</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>What worked</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Marked by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Featured recoveries appear in the playbook of their theme, beside every case about it.</source>
        <translation>Featured recoveries appear in the playbook of their theme, beside every case about it.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Feat&amp;ure in the playbook</source>
        <translation>Feat&amp;ure in the playbook</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>LoopDesk&apos;s playbook, in the language you read it in. Saving it makes it the team&apos;s own words.</source>
        <translation>LoopDesk&apos;s playbook, in the language you read it in. Saving it makes it the team&apos;s own words.</translation>
    </message>
    <message>
        <source>For cases whose root cause or answer names this theme (or one of its sub-themes).</source>
        <translation>For cases whose root cause or answer names this theme (or one of its sub-themes).</translation>
    </message>
    <message>
        <source>The team&apos;s own words, for every case of this category without a theme playbook.</source>
        <translation>The team&apos;s own words, for every case of this category without a theme playbook.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Playbook saved: every case it matches shows it now.</source>
        <translation>Playbook saved: every case it matches shows it now.</translation>
    </message>
    <message>
        <source>Added, starting from the category&apos;s words: make it about the theme and save.</source>
        <translation>Added, starting from the category&apos;s words: make it about the theme and save.</translation>
    </message>
    <message>
        <source>LoopDesk&apos;s words are back.</source>
        <translation>LoopDesk&apos;s words are back.</translation>
    </message>
    <message>
        <source>Removed: its cases follow their category&apos;s playbook.</source>
        <translation>Removed: its cases follow their category&apos;s playbook.</translation>
    </message>
    <message>
        <source>Choose a recovery in the list first.</source>
        <translation>Choose a recovery in the list first.</translation>
    </message>
    <message>
        <source>Featured: it now shows in the playbook of its theme.</source>
        <translation>Featured: it now shows in the playbook of its theme.</translation>
    </message>
    <message>
        <source>Dismissed: it no longer shows in any playbook.</source>
        <translation>Dismissed: it no longer shows in any playbook.</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ReviewDocument</name>
    <message>
        <source>no answers</source>
        <translation>no answers</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Net Promoter Score %1: %2</source>
        <translation>Net Promoter Score %1: %2</translation>
    </message>
    <message>
        <source>%1 points on %2 (%3)</source>
        <translation>%1 points on %2 (%3)</translation>
    </message>
    <message>
        <source>a significant change</source>
        <translation>a significant change</translation>
    </message>
    <message>
        <source>within the margin of error</source>
        <translation>within the margin of error</translation>
    </message>
    <message>
        <source>Composed %1 by LoopDesk</source>
        <translation>Composed %1 by LoopDesk</translation>
    </message>
    <message>
        <source>The score</source>
        <translation>The score</translation>
    </message>
    <message>
        <source>NPS %1 is %2, with a 95 % interval of %3 (%4 answers).%5</source>
        <translation>NPS %1 is %2, with a 95 % interval of %3 (%4 answers).%5</translation>
    </message>
    <message>
        <source> The sample is small: read it as a range, not a point.</source>
        <translation> The sample is small: read it as a range, not a point.</translation>
    </message>
    <message>
        <source>Against %1 (NPS %2): %3 points, z = %4 — %5.</source>
        <translation>Against %1 (NPS %2): %3 points, z = %4 — %5.</translation>
    </message>
    <message>
        <source>significant at 95 %</source>
        <translation>significant at 95 %</translation>
    </message>
    <message>
        <source>not significant at 95 %</source>
        <translation>not significant at 95 %</translation>
    </message>
    <message>
        <source>Response rate: %1 (%2 answers of %3 invited).</source>
        <translation>Response rate: %1 (%2 answers of %3 invited).</translation>
    </message>
    <message>
        <source>Response rate: no invited list for this scope.</source>
        <translation>Response rate: no invited list for this scope.</translation>
    </message>
    <message>
        <source>NPS per quarter; the band is the 95 % interval.</source>
        <translation>NPS per quarter; the band is the 95 % interval.</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promoters (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passives (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detractors (0–6)</translation>
    </message>
    <message>
        <source>NPS by %1</source>
        <translation>NPS by %1</translation>
    </message>
    <message>
        <source>small sample</source>
        <translation>small sample</translation>
    </message>
    <message>
        <source>Bars: NPS; whiskers: 95 % interval.</source>
        <translation>Bars: NPS; whiskers: 95 % interval.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <source>What costs us NPS</source>
        <translation>What costs us NPS</translation>
    </message>
    <message>
        <source>No answer of this quarter is tagged with a theme yet.</source>
        <translation>No answer of this quarter is tagged with a theme yet.</translation>
    </message>
    <message>
        <source>NPS points lost: how much NPS would rise if the theme&apos;s detractors were passives.</source>
        <translation>NPS points lost: how much NPS would rise if the theme&apos;s detractors were passives.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Fixed by</source>
        <translation>Fixed by</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Of detractors</source>
        <translation>Of detractors</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>Points lost</translation>
    </message>
    <message>
        <source>What if we fixed it</source>
        <translation>What if we fixed it</translation>
    </message>
    <message>
        <source>If a theme were fixed for everyone who named it: its detractors become passives, or everyone naming it becomes a promoter.</source>
        <translation>If a theme were fixed for everyone who named it: its detractors become passives, or everyone naming it becomes a promoter.</translation>
    </message>
    <message>
        <source>NPS, detractors → passives</source>
        <translation>NPS, detractors → passives</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>NPS, all → promoters</source>
        <translation>NPS, all → promoters</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Closing the loop</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Cases opened</translation>
    </message>
    <message>
        <source>Detractors contacted within the SLA</source>
        <translation>Detractors contacted within the SLA</translation>
    </message>
    <message>
        <source>Median hours to first contact</source>
        <translation>Median hours to first contact</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Saved (of closed)</source>
        <translation>Saved (of closed)</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Missed first-contact times</source>
        <translation>Missed first-contact times</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Per owner</source>
        <translation>Per owner</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>In time</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>The action plan</translation>
    </message>
    <message>
        <source>past its deadline</source>
        <translation>past its deadline</translation>
    </message>
    <message>
        <source>%1 task(s) overdue</source>
        <translation>%1 task(s) overdue</translation>
    </message>
    <message>
        <source>No action is planned yet.</source>
        <translation>No action is planned yet.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>What we declined, and why</source>
        <translation>What we declined, and why</translation>
    </message>
    <message>
        <source>Nothing was declined.</source>
        <translation>Nothing was declined.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Why not</translation>
    </message>
    <message>
        <source>What customers are told</source>
        <translation>What customers are told</translation>
    </message>
    <message>
        <source>In customers&apos; words</source>
        <translation>In customers&apos; words</translation>
    </message>
    <message>
        <source>LoopDesk could not write %1.</source>
        <translation>LoopDesk could not write %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Everyone&apos;s NPS in %1: %2 (%3 answers)</source>
        <translation>Everyone&apos;s NPS in %1: %2 (%3 answers)</translation>
    </message>
    <message>
        <source>What customers name</source>
        <translation>What customers name</translation>
    </message>
    <message>
        <source>No answer of this period names a theme routed to %1.</source>
        <translation>No answer of this period names a theme routed to %1.</translation>
    </message>
    <message>
        <source>Mentions (before)</source>
        <translation>Mentions (before)</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>Points lost (before)</source>
        <translation>Points lost (before)</translation>
    </message>
    <message>
        <source>Before: %1, the period of the same length before.</source>
        <translation>Before: %1, the period of the same length before.</translation>
    </message>
    <message>
        <source>Anonymised: e-mail addresses, phone numbers and customer numbers are masked, and cases are listed without names.</source>
        <translation>Anonymised: e-mail addresses, phone numbers and customer numbers are masked, and cases are listed without names.</translation>
    </message>
    <message>
        <source>No detractor wrote about these themes in this period.</source>
        <translation>No detractor wrote about these themes in this period.</translation>
    </message>
    <message>
        <source>Actions on these themes</source>
        <translation>Actions on these themes</translation>
    </message>
    <message>
        <source>No action addresses these themes yet.</source>
        <translation>No action addresses these themes yet.</translation>
    </message>
    <message>
        <source>Cases waiting on %1</source>
        <translation>Cases waiting on %1</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(not shown)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>No open case is waiting on %1.</source>
        <translation>No open case is waiting on %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>NPS points lost to the themes of %1 in %2: %3 (%4 before)</source>
        <translation>NPS points lost to the themes of %1 in %2: %3 (%4 before)</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>Did it work?</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ReviewPage</name>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Customers the review covers</source>
        <translation>Customers the review covers</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>An A4 PDF for the executives (Ctrl+Shift+P)</source>
        <translation>An A4 PDF for the executives (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>The review</source>
        <translation>The review</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>There are no answers yet: import a survey first.</source>
        <translation>There are no answers yet: import a survey first.</translation>
    </message>
    <message>
        <source>There is no review to save yet.</source>
        <translation>There is no review to save yet.</translation>
    </message>
    <message>
        <source>Save the quarterly review</source>
        <translation>Save the quarterly review</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>&amp;Department digest…</source>
        <translation>&amp;Department digest…</translation>
    </message>
    <message>
        <source>What one department&apos;s customers said in the quarter, as PDF or CSV</source>
        <translation>What one department&apos;s customers said in the quarter, as PDF or CSV</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::SegmentScoreModel</name>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Few answers or a wide interval: read this NPS with care.</source>
        <translation>Few answers or a wide interval: read this NPS with care.</translation>
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
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::SettingsPage</name>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Follow-up rules</source>
        <translation>&amp;Follow-up rules</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>S&amp;taff</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;hemes</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Time to first contact</source>
        <translation>Time to first contact</translation>
    </message>
    <message>
        <source>Calendar hours (every hour counts)</source>
        <translation>Calendar hours (every hour counts)</translation>
    </message>
    <message>
        <source>Working days (weekends and holidays pause it)</source>
        <translation>Working days (weekends and holidays pause it)</translation>
    </message>
    <message>
        <source>Business hours (only opening hours count)</source>
        <translation>Business hours (only opening hours count)</translation>
    </message>
    <message>
        <source>SLA &amp;clock:</source>
        <translation>SLA &amp;clock:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>First contact &amp;within:</source>
        <translation>First contact &amp;within:</translation>
    </message>
    <message>
        <source>Key accounts and high-value customers are called back sooner.</source>
        <translation>Key accounts and high-value customers are called back sooner.</translation>
    </message>
    <message>
        <source>&amp;Key accounts within:</source>
        <translation>&amp;Key accounts within:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Customers worth at least this much get the key-account time; 0 turns it off.</source>
        <translation>Customers worth at least this much get the key-account time; 0 turns it off.</translation>
    </message>
    <message>
        <source>&amp;High-value customers from:</source>
        <translation>&amp;High-value customers from:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Resolved within:</source>
        <translation>&amp;Resolved within:</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Opens at</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Closes at</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>&amp;Opening hours:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Days off</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Poland</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italy</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Public &amp;holidays of:</source>
        <translation>Public &amp;holidays of:</translation>
    </message>
    <message>
        <source>Company days off</source>
        <translation>Company days off</translation>
    </message>
    <message>
        <source>Company days off:</source>
        <translation>Company days off:</translation>
    </message>
    <message>
        <source>Day off to add</source>
        <translation>Day off to add</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>&amp;Add day</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Open a case for &amp;passives too (7–8)</source>
        <translation>Open a case for &amp;passives too (7–8)</translation>
    </message>
    <message>
        <source>Open a case for p&amp;romoters too (9–10): thank them</source>
        <translation>Open a case for p&amp;romoters too (9–10): thank them</translation>
    </message>
    <message>
        <source> failed attempts</source>
        <translation> failed attempts</translation>
    </message>
    <message>
        <source>&amp;Unreachable after:</source>
        <translation>&amp;Unreachable after:</translation>
    </message>
    <message>
        <source> h before due</source>
        <translation> h before due</translation>
    </message>
    <message>
        <source>&amp;Escalate from:</source>
        <translation>&amp;Escalate from:</translation>
    </message>
    <message>
        <source>Hand escalated cases &amp;to:</source>
        <translation>Hand escalated cases &amp;to:</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>&amp;Save rules</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Active (works cases; can be assigned)</source>
        <translation>Active (works cases; can be assigned)</translation>
    </message>
    <message>
        <source>A&amp;dd as new</source>
        <translation>A&amp;dd as new</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>Sa&amp;ve changes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>The department that fixes what this theme is about: closing a case with it as the root cause routes it there.</source>
        <translation>The department that fixes what this theme is about: closing a case with it as the root cause routes it there.</translation>
    </message>
    <message>
        <source>Fixed by &amp;department:</source>
        <translation>Fixed by &amp;department:</translation>
    </message>
    <message>
        <source>New theme, e.g. Parking</source>
        <translation>New theme, e.g. Parking</translation>
    </message>
    <message>
        <source>New theme name</source>
        <translation>New theme name</translation>
    </message>
    <message>
        <source>under the selected theme</source>
        <translation>under the selected theme</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Add &amp;theme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keywords&lt;/b&gt; – a word stem (&quot;deliver&quot; matches &quot;delivery&quot;) or a phrase of stems; a comment is read with the keywords of its language.</source>
        <translation>&lt;b&gt;Keywords&lt;/b&gt; – a word stem (&quot;deliver&quot; matches &quot;delivery&quot;) or a phrase of stems; a comment is read with the keywords of its language.</translation>
    </message>
    <message>
        <source>Keywords of the selected theme</source>
        <translation>Keywords of the selected theme</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>Keyword language</source>
        <translation>Keyword language</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>New keyword</source>
        <translation>New keyword</translation>
    </message>
    <message>
        <source>e.g. parking</source>
        <translation>e.g. parking</translation>
    </message>
    <message>
        <source>Add &amp;keyword</source>
        <translation>Add &amp;keyword</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Re-tag all &amp;comments</source>
        <translation>Re-tag all &amp;comments</translation>
    </message>
    <message>
        <source>Reads every comment again with the current keywords. Themes set or removed by hand stay as they are.</source>
        <translation>Reads every comment again with the current keywords. Themes set or removed by hand stay as they are.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>As the system (%1)</translation>
    </message>
    <message>
        <source>The language of LoopDesk on this computer. It applies from the next start; the team&apos;s data and settings do not change.</source>
        <translation>The language of LoopDesk on this computer. It applies from the next start; the team&apos;s data and settings do not change.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>These settings are the team&apos;s: only a manager changes them. You are working as %1.</source>
        <translation>These settings are the team&apos;s: only a manager changes them. You are working as %1.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>nobody – flag them only</source>
        <translation>nobody – flag them only</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone LoopDesk knows; pick one from the list, such as Europe/Warsaw.</source>
        <translation>&quot;%1&quot; is not a time zone LoopDesk knows; pick one from the list, such as Europe/Warsaw.</translation>
    </message>
    <message>
        <source>Opening hours must start before they end (%1 to %2).</source>
        <translation>Opening hours must start before they end (%1 to %2).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved. Answers imported from now on get these rules; open cases keep their due times.</source>
        <translation>Saved. Answers imported from now on get these rules; open cases keep their due times.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>A staff member needs a name.</source>
        <translation>A staff member needs a name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>%1 is already on the staff list.</source>
        <translation>%1 is already on the staff list.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Type the new theme&apos;s name first.</source>
        <translation>Type the new theme&apos;s name first.</translation>
    </message>
    <message>
        <source>There is already a theme called %1 here.</source>
        <translation>There is already a theme called %1 here.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Not added: %1</translation>
    </message>
    <message>
        <source>Theme %1 added: give it keywords, then re-tag the comments.</source>
        <translation>Theme %1 added: give it keywords, then re-tag the comments.</translation>
    </message>
    <message>
        <source>Select the theme the keyword belongs to.</source>
        <translation>Select the theme the keyword belongs to.</translation>
    </message>
    <message>
        <source>Type the keyword first.</source>
        <translation>Type the keyword first.</translation>
    </message>
    <message>
        <source>This theme already has the keyword &quot;%1&quot;.</source>
        <translation>This theme already has the keyword &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; added. Re-tag the comments to apply it to past answers.</source>
        <translation>Keyword &quot;%1&quot; added. Re-tag the comments to apply it to past answers.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Not removed: %1</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; removed.</source>
        <translation>Keyword &quot;%1&quot; removed.</translation>
    </message>
    <message>
        <source>%1 is now fixed by %2.</source>
        <translation>%1 is now fixed by %2.</translation>
    </message>
    <message>
        <source>Comments read: %1; answers with a theme: %2; themes set by hand kept: %3.</source>
        <translation>Comments read: %1; answers with a theme: %2; themes set by hand kept: %3.</translation>
    </message>
    <message>
        <source>Re-tagging failed and changed nothing: %1</source>
        <translation>Re-tagging failed and changed nothing: %1</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Playbooks</translation>
    </message>
    <message>
        <source>Compensation limits</source>
        <translation>Compensation limits</translation>
    </message>
    <message>
        <source>What each role may offer a customer on its own. Above it, the case waits for a manager&apos;s approval and cannot be closed before.</source>
        <translation>What each role may offer a customer on its own. Above it, the case waits for a manager&apos;s approval and cannot be closed before.</translation>
    </message>
    <message>
        <source>nothing without approval</source>
        <translation>nothing without approval</translation>
    </message>
    <message>
        <source>A&amp;gents may offer up to:</source>
        <translation>A&amp;gents may offer up to:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Ma&amp;nagers may offer up to:</source>
        <translation>Ma&amp;nagers may offer up to:</translation>
    </message>
    <message>
        <source>Counted on the same clock as first contact.</source>
        <translation>Counted on the same clock as first contact.</translation>
    </message>
    <message>
        <source>A manager deci&amp;des within:</source>
        <translation>A manager deci&amp;des within:</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::TeamDatabaseDialog</name>
    <message>
        <source>Open a team database</source>
        <translation>Open a team database</translation>
    </message>
    <message>
        <source>A team shares one LoopDesk database on a PostgreSQL server. Your administrator gives you its server, its name and your login.</source>
        <translation>A team shares one LoopDesk database on a PostgreSQL server. Your administrator gives you its server, its name and your login.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>for example loopdesk</source>
        <translation>for example loopdesk</translation>
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
        <translation>LoopDesk asks for your password when the server wants it and never stores it; a password in ~/.pgpass or the PGPASSWORD variable is used without asking.</translation>
    </message>
    <message>
        <source>Give the server, the database and your login.</source>
        <translation>Give the server, the database and your login.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Password for the team database</source>
        <translation>Password for the team database</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
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
        <translation>95 % interval %1 to %2 (adjusted Wald), %3 answers</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transactional</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
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
        <translation>n/a</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>no answers</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Wave</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Response rate</translation>
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
        <translation>No quarter to review: give --quarter 2026Q3 (the database may have no answers yet).</translation>
    </message>
    <message>
        <source>Close the customer feedback loop.</source>
        <translation>Close the customer feedback loop.</translation>
    </message>
    <message>
        <source>Open the database at PATH instead of the default one.</source>
        <translation>Open the database at PATH instead of the default one.</translation>
    </message>
    <message>
        <source>Quit as soon as the inbox is shown.</source>
        <translation>Quit as soon as the inbox is shown.</translation>
    </message>
    <message>
        <source>Write the quarterly loop review as a PDF to FILE and quit, without a window.</source>
        <translation>Write the quarterly loop review as a PDF to FILE and quit, without a window.</translation>
    </message>
    <message>
        <source>The review&apos;s quarter (default: the latest with answers).</source>
        <translation>The review&apos;s quarter (default: the latest with answers).</translation>
    </message>
    <message>
        <source>Review one segment only, DIMENSION=VALUE.</source>
        <translation>Review one segment only, DIMENSION=VALUE.</translation>
    </message>
</context>
</TS>
