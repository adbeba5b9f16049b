<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>loopdesk::core::ActionImpact</name>
    <message>
        <source>significant</source>
        <translation>zmiana istotna</translation>
    </message>
    <message>
        <source>within the margin of error</source>
        <translation>w granicach błędu</translation>
    </message>
    <message>
        <source>detractors naming its themes %1 % before, %2 % since (%3 points, %4)</source>
        <translation>detraktorzy wymieniający jego tematy: %1 % przed, %2 % od tego czasu (%3 pkt, %4)</translation>
    </message>
    <message>
        <source>Since approval on %1: %2.</source>
        <translation>Od zatwierdzenia %1: %2.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS of %1 = %2</source>
        <translation>NPS dla %1 = %2</translation>
    </message>
    <message>
        <source>%1 %2 in the %3 days before, %4 since (%5 points, %6)</source>
        <translation>%1: %2 w ciągu %3 dni przed, %4 od tego czasu (%5 pkt, %6)</translation>
    </message>
    <message>
        <source>%1: not enough answers on both sides yet</source>
        <translation>%1: jeszcze za mało odpowiedzi przed i po</translation>
    </message>
    <message>
        <source>detractors called back in time %1 % before, %2 % since (%3 points, %4)</source>
        <translation>detraktorzy, do których oddzwoniono na czas: %1 % przed, %2 % od tego czasu (%3 pkt, %4)</translation>
    </message>
    <message>
        <source>median first contact after %1 h before, %2 h since</source>
        <translation>mediana czasu do pierwszego kontaktu: %1 h przed, %2 h od tego czasu</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::ActionPlan</name>
    <message>
        <source>proposed</source>
        <translation>zaproponowane</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>zatwierdzone</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odrzucone</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>done</source>
        <translation>zakończone</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Działanie musi mieć tytuł.</translation>
    </message>
    <message>
        <source>The budget of &quot;%1&quot; cannot be negative.</source>
        <translation>Budżet „%1” nie może być ujemny.</translation>
    </message>
    <message>
        <source>The owner of &quot;%1&quot; is not on the staff list.</source>
        <translation>Właściciela „%1” nie ma na liście pracowników.</translation>
    </message>
    <message>
        <source>Every task of &quot;%1&quot; needs a title.</source>
        <translation>Każde zadanie „%1” musi mieć tytuł.</translation>
    </message>
    <message>
        <source>The owner of the task &quot;%1&quot; is not on the staff list.</source>
        <translation>Właściciela zadania „%1” nie ma na liście pracowników.</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>Nie ma działania %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: it does not move any more.</source>
        <translation>„%1” ma status %2: jego status już się nie zmienia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: it can become %3, not %4.</source>
        <translation>„%1” ma status %2: może przejść do %3, nie do %4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <source>Only a manager approves or rejects an action.</source>
        <translation>Tylko kierownik zatwierdza lub odrzuca działanie.</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is rejected: the reason goes into the quarterly review.</source>
        <translation>Napisz, dlaczego „%1” zostaje odrzucone: powód trafi do przeglądu kwartalnego.</translation>
    </message>
    <message>
        <source>Write what customers are told about &quot;%1&quot; being declined: it closes their loop.</source>
        <translation>Napisz, co usłyszą klienci o odrzuceniu „%1”: to domyka ich pętlę.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has an open task: %2.</source>
        <translation>„%1” ma jeszcze otwarte zadanie: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no task %2.</source>
        <translation>„%1” nie ma zadania %2.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::ActionStore</name>
    <message>
        <source>The action &quot;%1&quot; was changed by someone else after you opened it. Your changes were not saved; reload it to see the current version.</source>
        <translation>Działanie „%1” zostało zmienione przez kogoś innego po tym, jak je otworzyłeś. Twoje zmiany nie zostały zapisane; wczytaj je ponownie, aby zobaczyć aktualną wersję.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CaseService</name>
    <message>
        <source>There is no case %1.</source>
        <translation>Nie ma sprawy %1.</translation>
    </message>
    <message>
        <source>Moving a case to another person needs a reason: cases should not bounce between people.</source>
        <translation>Przekazanie sprawy innej osobie wymaga powodu: sprawy nie powinny krążyć między ludźmi.</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it before logging a contact.</source>
        <translation>Sprawa %1 jest zamknięta; otwórz ją ponownie, zanim zapiszesz kontakt.</translation>
    </message>
    <message>
        <source>Choose the root cause before closing the case.</source>
        <translation>Wybierz przyczynę źródłową przed zamknięciem sprawy.</translation>
    </message>
    <message>
        <source>Compensation needs a kind (voucher, refund, ...) and a value of 0 or more.</source>
        <translation>Rekompensata wymaga rodzaju (bon, zwrot, ...) i wartości 0 lub większej.</translation>
    </message>
    <message>
        <source>A re-survey score is from 0 to 10, not %1.</source>
        <translation>Ocena w ponownej ankiecie jest od 0 do 10, nie %1.</translation>
    </message>
    <message>
        <source>Only a manager can approve or decline compensation.</source>
        <translation>Tylko kierownik może zatwierdzić lub odrzucić rekompensatę.</translation>
    </message>
    <message>
        <source>Say why the compensation is declined: the agent has to tell the customer.</source>
        <translation>Napisz, dlaczego rekompensata jest odrzucona: konsultant musi to przekazać klientowi.</translation>
    </message>
    <message>
        <source>Case %1 is not waiting for an approval.</source>
        <translation>Sprawa %1 nie czeka na zgodę.</translation>
    </message>
    <message>
        <source>%1 is above what a manager may approve (%2): ask whoever sets the limits.</source>
        <translation>%1 to więcej, niż może zatwierdzić kierownik (%2): zapytaj osobę, która ustala limity.</translation>
    </message>
    <message>
        <source>Compensation is recorded, and approved or declined by a manager, on its own: not by saving the case.</source>
        <translation>Rekompensatę zapisuje się, a kierownik zatwierdza lub odrzuca ją osobno, a nie przez zapisanie sprawy.</translation>
    </message>
    <message>
        <source>%1 took case %2 a moment before you; it is theirs now. Nothing was changed.</source>
        <translation>%1 przejął(-ęła) sprawę %2 chwilę przed Tobą; teraz należy do tej osoby. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Ktoś inny</translation>
    </message>
    <message>
        <source>Case %1 is %2&apos;s now; it is no longer among the cases you can open. Nothing was changed.</source>
        <translation>Sprawa %1 należy teraz do: %2; nie ma jej już wśród spraw, które możesz otworzyć. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>ktoś inny</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CaseStatusMachine</name>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>Contacting</source>
        <translation>Kontaktowanie</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązana</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nieosiągalny</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Ponownie otwarta</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot become &quot;%2&quot;; it can become: %3.</source>
        <translation>Sprawa o statusie „%1” nie może przejść do „%2”; może przejść do: %3.</translation>
    </message>
    <message>
        <source>Choose the root cause before closing the case.</source>
        <translation>Wybierz przyczynę źródłową przed zamknięciem sprawy.</translation>
    </message>
    <message>
        <source>Record the outcome (saved, not saved, unreachable or declined) before closing the case.</source>
        <translation>Zapisz wynik (uratowany, nieuratowany, nieosiągalny lub odmowa) przed zamknięciem sprawy.</translation>
    </message>
    <message>
        <source>A case closed without reaching the customer has the outcome &quot;unreachable&quot;.</source>
        <translation>Sprawa zamknięta bez kontaktu z klientem ma wynik „nieosiągalny”.</translation>
    </message>
    <message>
        <source>The compensation offered (%1 %2) is above your limit and waits for a manager&apos;s approval; the case can be resolved or closed once a manager approves or declines it.</source>
        <translation>Zaproponowana rekompensata (%1 %2) przekracza limit i czeka na zgodę kierownika; sprawę można rozwiązać lub zamknąć, gdy kierownik ją zatwierdzi lub odrzuci.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CaseStore</name>
    <message>
        <source>Case %1 no longer exists.</source>
        <translation>Sprawa %1 już nie istnieje.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>ktoś inny</translation>
    </message>
    <message>
        <source>Case %1 was changed by %2 at %3 after you opened it. Your changes were not saved; reload the case to see the current version.</source>
        <translation>Sprawę %1 zmienił(a) %2 o %3, po tym jak ją otworzyłeś. Twoje zmiany nie zostały zapisane; wczytaj sprawę ponownie, aby zobaczyć aktualną wersję.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Cli</name>
    <message>
        <source>--fiscal-start is the month a fiscal year starts in, 1 to 12</source>
        <translation>--fiscal-start to miesiąc, w którym zaczyna się rok obrotowy, od 1 do 12</translation>
    </message>
    <message>
        <source>--%1 takes a day (2026-03-31) or a period (2026-03, 2026Q1, 2026), not &quot;%2&quot;</source>
        <translation>--%1 przyjmuje dzień (2026-03-31) lub okres (2026-03, 2026Q1, 2026), nie „%2”</translation>
    </message>
    <message>
        <source>--metric is nps, csat or ces, not &quot;%1&quot;</source>
        <translation>--metric to nps, csat lub ces, nie „%1”</translation>
    </message>
    <message>
        <source>a period is written 2026Q1, FY2027Q1, 2026-03 or 2026, not &quot;%1&quot;</source>
        <translation>okres zapisuje się jako 2026Q1, FY2027Q1, 2026-03 lub 2026, nie „%1”</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) jest przed --from (%2)</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>%1  (95 %: %2 to %3)</source>
        <translation>%1  (95 %: %2 do %3)</translation>
    </message>
    <message>
        <source>  small sample</source>
        <translation>  mała próba</translation>
    </message>
    <message>
        <source>--by is month, quarter, year, fiscal-quarter, fiscal-year, wave, theme, account or segment:&lt;dimension&gt;, not &quot;%1&quot;</source>
        <translation>--by to month, quarter, year, fiscal-quarter, fiscal-year, wave, theme, account lub segment:&lt;wymiar&gt;, nie „%1”</translation>
    </message>
    <message>
        <source>all answers</source>
        <translation>wszystkie odpowiedzi</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupa</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Total: %1 %2 on %3 answers%4</source>
        <translation>Razem: %1 %2 z %3 odpowiedzi%4</translation>
    </message>
    <message>
        <source>compare --period A --vs B, or compare --segment-a DIM=A --vs DIM=B</source>
        <translation>compare --period A --vs B lub compare --segment-a WYM=A --vs WYM=B</translation>
    </message>
    <message>
        <source> on %1 answers</source>
        <translation> z %1 odpowiedzi</translation>
    </message>
    <message>
        <source>No change can be measured: one side has no answers.</source>
        <translation>Nie można zmierzyć zmiany: jedna ze stron nie ma odpowiedzi.</translation>
    </message>
    <message>
        <source>Change: %1 points, z = %2: %3</source>
        <translation>Zmiana: %1 pkt, z = %2: %3</translation>
    </message>
    <message>
        <source>significant at 95 %</source>
        <translation>istotna na poziomie 95 %</translation>
    </message>
    <message>
        <source>not significant (|z| &lt; 1.96): it may be chance</source>
        <translation>nieistotna (|z| &lt; 1,96): może to być przypadek</translation>
    </message>
    <message>
        <source>NPS %1 on %2 answers</source>
        <translation>NPS %1 z %2 odpowiedzi</translation>
    </message>
    <message>
        <source>No answer is tagged with a theme yet: run &quot;themes retag&quot;.</source>
        <translation>Żadna odpowiedź nie ma jeszcze tematu: uruchom „themes retag”.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>temat</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>wzmianki</translation>
    </message>
    <message>
        <source>of detr.</source>
        <translation>wśród detr.</translation>
    </message>
    <message>
        <source>NPS with</source>
        <translation>NPS z tematem</translation>
    </message>
    <message>
        <source>without</source>
        <translation>bez tematu</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>utracone</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorytet</translation>
    </message>
    <message>
        <source>department</source>
        <translation>dział</translation>
    </message>
    <message>
        <source>lost: NPS points that come back if all of the theme&apos;s detractors became passives; priority = impact (NPS without - NPS with) x reach (mentions / answers).</source>
        <translation>utracone: punkty NPS, które wracają, gdy wszyscy detraktorzy tematu stają się obojętni; priorytet = wpływ (NPS bez − NPS z) x zasięg (wzmianki / odpowiedzi).</translation>
    </message>
    <message>
        <source>whatif needs --theme NAME</source>
        <translation>whatif wymaga --theme NAZWA</translation>
    </message>
    <message>
        <source>--share is between 0 and 1 (0.5 moves half), not &quot;%1&quot;</source>
        <translation>--share jest między 0 a 1 (0.5 przesuwa połowę), nie „%1”</translation>
    </message>
    <message>
        <source>--to is passive or promoter, not &quot;%1&quot;</source>
        <translation>--to to passive lub promoter, nie „%1”</translation>
    </message>
    <message>
        <source>Now:      NPS %1</source>
        <translation>Teraz:    NPS %1</translation>
    </message>
    <message>
        <source>What if:  %1 detractor(s)%2 naming &quot;%3&quot; became %4</source>
        <translation>Co jeśli: %1 detraktorów%2 wymieniających „%3” stałoby się: %4</translation>
    </message>
    <message>
        <source> and %1 passive(s)</source>
        <translation> i %1 obojętnych</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>promotorzy</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>obojętni</translation>
    </message>
    <message>
        <source>Then:     NPS %1</source>
        <translation>Wtedy:    NPS %1</translation>
    </message>
    <message>
        <source>Change:   %1 points (± %2)</source>
        <translation>Zmiana:   %1 pkt (± %2)</translation>
    </message>
    <message>
        <source>an answer is named by its number, not &quot;%1&quot;</source>
        <translation>odpowiedź wskazuje się numerem, nie „%1”</translation>
    </message>
    <message>
        <source>There is no theme called &quot;%1&quot;.</source>
        <translation>Nie ma tematu o nazwie „%1”.</translation>
    </message>
    <message>
        <source>Read %1 comment(s): %2 automatic tag(s); %3 tag(s) set by hand kept; %4 answer(s) now have a theme.</source>
        <translation>Przeczytano komentarze: %1; tematy automatyczne: %2; zachowane tematy nadane ręcznie: %3; odpowiedzi z tematem: %4.</translation>
    </message>
    <message>
        <source>themes %1 ANSWER THEME</source>
        <translation>themes %1 ODPOWIEDŹ TEMAT</translation>
    </message>
    <message>
        <source>There is no answer %1.</source>
        <translation>Nie ma odpowiedzi %1.</translation>
    </message>
    <message>
        <source>Answer %1 is tagged &quot;%2&quot; by hand.</source>
        <translation>Odpowiedź %1 ma ręcznie nadany temat „%2”.</translation>
    </message>
    <message>
        <source>Answer %1 is no longer tagged &quot;%2&quot;; tagging again will not put it back.</source>
        <translation>Odpowiedź %1 nie ma już tematu „%2”; ponowne tagowanie go nie przywróci.</translation>
    </message>
    <message>
        <source>themes add NAME [--parent THEME] [--department NAME]</source>
        <translation>themes add NAZWA [--parent TEMAT] [--department NAZWA]</translation>
    </message>
    <message>
        <source>Themes have two levels: &quot;%1&quot; is already a sub-theme.</source>
        <translation>Tematy mają dwa poziomy: „%1” jest już podtematem.</translation>
    </message>
    <message>
        <source>Added theme &quot;%1&quot;.</source>
        <translation>Dodano temat „%1”.</translation>
    </message>
    <message>
        <source>themes keyword THEME LANGUAGE STEM (e.g. themes keyword &quot;Late delivery&quot; pl opóźni)</source>
        <translation>themes keyword TEMAT JĘZYK RDZEŃ (np. themes keyword &quot;Late delivery&quot; pl opóźni)</translation>
    </message>
    <message>
        <source>Comments in &quot;%1&quot; with a word starting &quot;%2&quot; will be tagged &quot;%3&quot; (run &quot;themes retag&quot;).</source>
        <translation>Komentarze w języku „%1” ze słowem zaczynającym się od „%2” dostaną temat „%3” (uruchom „themes retag”).</translation>
    </message>
    <message>
        <source>themes [list|retag|add|keyword|tag|untag]</source>
        <translation>themes [list|retag|add|keyword|tag|untag]</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>fala</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>zaproszeni</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>odpowiedzi</translation>
    </message>
    <message>
        <source>response rate</source>
        <translation>wskaźnik odpowiedzi</translation>
    </message>
    <message>
        <source>- (no invited list)</source>
        <translation>- (brak listy zaproszonych)</translation>
    </message>
    <message>
        <source>a segment is written DIMENSION=VALUE (region=North), not &quot;%1&quot;</source>
        <translation>segment zapisuje się jako WYMIAR=WARTOŚĆ (region=Północ), nie „%1”</translation>
    </message>
    <message>
        <source>NPS (or CSAT, CES) per group with its 95 % interval and a small-sample flag</source>
        <translation>NPS (lub CSAT, CES) dla grupy z przedziałem 95 % i oznaczeniem małej próby</translation>
    </message>
    <message>
        <source>the change between two periods or segments, and whether it is significant</source>
        <translation>zmiana między dwoma okresami lub segmentami i czy jest istotna</translation>
    </message>
    <message>
        <source>which themes cost NPS most: mentions, share of detractors, NPS with and without, priority</source>
        <translation>które tematy najbardziej obniżają NPS: wzmianki, udział wśród detraktorów, NPS z tematem i bez, priorytet</translation>
    </message>
    <message>
        <source>what NPS would be if a theme&apos;s detractors (and passives) moved up</source>
        <translation>jaki byłby NPS, gdyby detraktorzy (i obojętni) tematu przesunęli się w górę</translation>
    </message>
    <message>
        <source>the root-cause taxonomy: list, edit, and tag comments with it</source>
        <translation>taksonomia przyczyn źródłowych: wypisz, edytuj i taguj nią komentarze</translation>
    </message>
    <message>
        <source>survey waves with invited, answers and response rate</source>
        <translation>fale badania z zaproszonymi, odpowiedziami i wskaźnikiem odpowiedzi</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 wymaga wartości.</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>nieznana opcja --%1</translation>
    </message>
    <message>
        <source>There is no staff member called &quot;%1&quot;.</source>
        <translation>Nie ma pracownika o nazwisku „%1”.</translation>
    </message>
    <message>
        <source>a case is named by its number, not &quot;%1&quot;</source>
        <translation>sprawę wskazuje się numerem, nie „%1”</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Nie ma sprawy %1.</translation>
    </message>
    <message>
        <source>--status is new, contacting, in_progress, resolved, closed, unreachable or reopened</source>
        <translation>--status to new, contacting, in_progress, resolved, closed, unreachable lub reopened</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5  %6</source>
        <translation>%1  %2  %3  %4  %5  %6</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>Contact due</source>
        <translation>Termin kontaktu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Customer / comment</source>
        <translation>Klient / komentarz</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nieprzydzielone)</translation>
    </message>
    <message>
        <source>%1 case(s)</source>
        <translation>Sprawy: %1</translation>
    </message>
    <message>
        <source>case needs an action and a case number</source>
        <translation>case wymaga czynności i numeru sprawy</translation>
    </message>
    <message>
        <source>Case %1: %2, first contact due %3, first contact %4, reassigned %5 time(s)</source>
        <translation>Sprawa %1: %2, pierwszy kontakt do %3, pierwszy kontakt %4, przekazana %5 raz(y)</translation>
    </message>
    <message>
        <source>outcome: %1; root cause: %2</source>
        <translation>wynik: %1; przyczyna źródłowa: %2</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>compensation: %1 %2</source>
        <translation>rekompensata: %1 %2</translation>
    </message>
    <message>
        <source>customer told what was done: %1</source>
        <translation>klient dowiedział się, co zrobiliśmy: %1</translation>
    </message>
    <message>
        <source>re-survey score: %1</source>
        <translation>ocena w ponownej ankiecie: %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>osiągnięto</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nie osiągnięto</translation>
    </message>
    <message>
        <source>case assign needs a case number and a staff name</source>
        <translation>case assign wymaga numeru sprawy i nazwiska pracownika</translation>
    </message>
    <message>
        <source>case log needs --mode phone|email|in_person|sms and --reached yes|no</source>
        <translation>case log wymaga --mode phone|email|in_person|sms i --reached yes|no</translation>
    </message>
    <message>
        <source>case close needs --outcome saved|not_saved|unreachable|declined</source>
        <translation>case close wymaga --outcome saved|not_saved|unreachable|declined</translation>
    </message>
    <message>
        <source>There is no root-cause theme called &quot;%1&quot;.</source>
        <translation>Nie ma tematu przyczyny źródłowej o nazwie „%1”.</translation>
    </message>
    <message>
        <source>case compensate needs --kind KIND (voucher, refund, ...) and --value AMOUNT</source>
        <translation>case compensate wymaga --kind RODZAJ (voucher, refund, ...) i --value KWOTA</translation>
    </message>
    <message>
        <source>case resurvey needs a case number and the new score (0-10)</source>
        <translation>case resurvey wymaga numeru sprawy i nowej oceny (0-10)</translation>
    </message>
    <message>
        <source>unknown case action &quot;%1&quot;</source>
        <translation>nieznana czynność sprawy „%1”</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>Sprawa %1 ma teraz status %2.</translation>
    </message>
    <message>
        <source>--by is owner or quarter</source>
        <translation>--by to owner lub quarter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <source>In SLA</source>
        <translation>W SLA</translation>
    </message>
    <message>
        <source>Median h</source>
        <translation>Mediana (godz.)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Uratowany</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Przekroczenia</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Przyczyna źródłowa</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Wszystkie sprawy</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>zostało %1 godz. %2 min</translation>
    </message>
    <message>
        <source>overdue by %1 h %2 min</source>
        <translation>po terminie o %1 godz. %2 min</translation>
    </message>
    <message>
        <source>%1 case(s) near or past their first-contact time; escalated now: %2</source>
        <translation>Sprawy blisko lub po terminie pierwszego kontaktu: %1; eskalowane teraz: %2</translation>
    </message>
    <message>
        <source>--by is round-robin, account-owner or segment:&lt;dimension&gt;</source>
        <translation>--by to round-robin, account-owner lub segment:&lt;wymiar&gt;</translation>
    </message>
    <message>
        <source>Assigned %1 open case(s).</source>
        <translation>Przydzielono otwarte sprawy: %1.</translation>
    </message>
    <message>
        <source>give every unassigned open case an owner</source>
        <translation>daj każdej nieprzydzielonej otwartej sprawie właściciela</translation>
    </message>
    <message>
        <source>list cases near or past their first-contact time and escalate them as the settings say</source>
        <translation>wypisz sprawy bliskie lub po terminie pierwszego kontaktu i eskaluj je zgodnie z ustawieniami</translation>
    </message>
    <message>
        <source>loop KPIs: contacted within SLA, time to first contact, closure and save rates, breaches</source>
        <translation>wskaźniki pętli: kontakt w ramach SLA, czas do pierwszego kontaktu, odsetek zamkniętych i uratowanych, przekroczenia</translation>
    </message>
    <message>
        <source>list follow-up cases by contact due time (open ones unless --status)</source>
        <translation>wypisz sprawy według terminu kontaktu (otwarte, chyba że podano --status)</translation>
    </message>
    <message>
        <source>show or change one case through the workflow</source>
        <translation>pokaż lub zmień jedną sprawę zgodnie z procesem</translation>
    </message>
    <message>
        <source>Usage: loopdesk-cli [--db PATH] [--json] COMMAND [options]</source>
        <translation>Użycie: loopdesk-cli [--db ŚCIEŻKA] [--json] POLECENIE [opcje]</translation>
    </message>
    <message>
        <source>The default database is %1 (set LOOPDESK_DB or --db to use another).</source>
        <translation>Domyślna baza danych to %1 (ustaw LOOPDESK_DB lub --db, aby użyć innej).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Polecenia:</translation>
    </message>
    <message>
        <source>loopdesk-cli: unknown or incomplete option %1</source>
        <translation>loopdesk-cli: nieznana lub niepełna opcja %1</translation>
    </message>
    <message>
        <source>loopdesk-cli: no command given</source>
        <translation>loopdesk-cli: nie podano polecenia</translation>
    </message>
    <message>
        <source>loopdesk-cli: unknown command &quot;%1&quot;</source>
        <translation>loopdesk-cli: nieznane polecenie „%1”</translation>
    </message>
    <message>
        <source>loopdesk-cli %1: %2</source>
        <translation>loopdesk-cli %1: %2</translation>
    </message>
    <message>
        <source>Usage: loopdesk-cli %1</source>
        <translation>Użycie: loopdesk-cli %1</translation>
    </message>
    <message>
        <source>a segment owner is set as assignment.segment_owner.DIMENSION.VALUE NAME</source>
        <translation>właściciela segmentu ustawia się jako assignment.segment_owner.WYMIAR.WARTOŚĆ IMIĘ</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; the settings are: %2, %3, %4&lt;dimension&gt;.&lt;value&gt;</source>
        <translation>nieznane ustawienie „%1”; ustawienia to: %2, %3, %4&lt;wymiar&gt;.&lt;wartość&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value %2 can take (it would be read as &quot;%3&quot;); nothing was changed.</source>
        <translation>„%1” nie jest wartością, jaką może przyjąć %2 (zostałoby odczytane jako „%3”); nic nie zmieniono.</translation>
    </message>
    <message>
        <source>config KEY --unset</source>
        <translation>config KLUCZ --unset</translation>
    </message>
    <message>
        <source>%1 is back to its default.</source>
        <translation>%1 ma z powrotem wartość domyślną.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>config [KEY [VALUE]] (quote a value with spaces)</source>
        <translation>config [KLUCZ [WARTOŚĆ]] (wartość ze spacjami w cudzysłowie)</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>nieznane ustawienie „%1”</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (domyślnie)</translation>
    </message>
    <message>
        <source>the team&apos;s settings: SLA hours and clock, case rules, escalation, fiscal year, segment owners</source>
        <translation>ustawienia zespołu: godziny i zegar SLA, zasady spraw, eskalacja, rok obrotowy, właściciele segmentów</translation>
    </message>
    <message>
        <source>customer takes export or erase, and a customer id</source>
        <translation>customer przyjmuje export lub erase oraz identyfikator klienta</translation>
    </message>
    <message>
        <source>There is no customer with the id or number &quot;%1&quot;.</source>
        <translation>Nie ma klienta o identyfikatorze lub numerze „%1”.</translation>
    </message>
    <message>
        <source>Customer %1 is erased: name, contact details, comments and notes are gone; their scores still count.</source>
        <translation>Klient %1 został usunięty: imię i nazwisko, dane kontaktowe, komentarze i notatki zniknęły; jego oceny nadal się liczą.</translation>
    </message>
    <message>
        <source>everything held about one customer as JSON, or erase them (GDPR)</source>
        <translation>wszystko, co przechowujemy o kliencie, jako JSON, albo usunięcie go (RODO)</translation>
    </message>
    <message>
        <source>--%1 takes FIELD=VALUE, not &quot;%2&quot;</source>
        <translation>--%1 przyjmuje POLE=WARTOŚĆ, nie „%2”</translation>
    </message>
    <message>
        <source>--metric is nps, csat or ces</source>
        <translation>--metric to nps, csat lub ces</translation>
    </message>
    <message>
        <source>--date-format is dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy, yyyy-MM-dd or epoch</source>
        <translation>--date-format to dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy, yyyy-MM-dd lub epoch</translation>
    </message>
    <message>
        <source>--timezone needs a zone name such as UTC or Europe/Warsaw</source>
        <translation>--timezone wymaga nazwy strefy, np. UTC lub Europe/Warsaw</translation>
    </message>
    <message>
        <source>--missing takes a whole number, such as 99</source>
        <translation>--missing przyjmuje liczbę całkowitą, np. 99</translation>
    </message>
    <message>
        <source>--encoding is UTF-8, UTF-16LE, UTF-16BE, Windows-1250 or Windows-1252</source>
        <translation>--encoding to UTF-8, UTF-16LE, UTF-16BE, Windows-1250 lub Windows-1252</translation>
    </message>
    <message>
        <source>--delimiter is one character: , ; or tab</source>
        <translation>--delimiter to jeden znak: , ; lub tab</translation>
    </message>
    <message>
        <source>import needs exactly one file</source>
        <translation>import wymaga dokładnie jednego pliku</translation>
    </message>
    <message>
        <source>%1: %2 export, %3, delimiter &quot;%4&quot;</source>
        <translation>%1: eksport %2, %3, separator „%4”</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <source>Recorded %1 invitations for wave &quot;%2&quot; (%3 already there, %4 rows rejected).</source>
        <translation>Zapisano %1 zaproszeń dla fali „%2” (%3 już było, odrzucone wiersze: %4).</translation>
    </message>
    <message>
        <source>Imported %1 answers from %2 rows into wave &quot;%3&quot;: %4 already there, %5 rejected; opened %6 follow-up cases.</source>
        <translation>Zaimportowano %1 odpowiedzi z %2 wierszy do fali „%3”: %4 już było, %5 odrzucono; otwarto %6 spraw.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation>wiersz %1, kolumna „%2”: %3</translation>
    </message>
    <message>
        <source>  … and %1 more; --rejects FILE.csv writes them all.</source>
        <translation>  … i jeszcze %1; --rejects PLIK.csv zapisze wszystkie.</translation>
    </message>
    <message>
        <source>import a survey export (or, with --invited, an invited list)</source>
        <translation>importuj eksport ankiety (lub, z --invited, listę zaproszonych)</translation>
    </message>
    <message>
        <source>%1 (95 %: %2 to %3, n = %4)%5</source>
        <translation>%1 (95 %: %2 do %3, n = %4)%5</translation>
    </message>
    <message>
        <source>, small sample</source>
        <translation>, mała próba</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nie ustawiono)</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(wszyscy)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>report needs --quarter, such as --quarter 2026Q3</source>
        <translation>report wymaga --quarter, np. --quarter 2026Q3</translation>
    </message>
    <message>
        <source>report writes one thing at a time: choose --pdf, --csv or --json</source>
        <translation>report zapisuje jedną rzecz naraz: wybierz --pdf, --csv lub --json</translation>
    </message>
    <message>
        <source>a review covers one segment or one account, not both</source>
        <translation>przegląd obejmuje jeden segment albo jedno konto, nie oba</translation>
    </message>
    <message>
        <source>--lang is en, pl or it, not &quot;%1&quot;</source>
        <translation>--lang to en, pl lub it, nie „%1”</translation>
    </message>
    <message>
        <source>this program cannot write PDF files; use loopdesk-cli</source>
        <translation>ten program nie zapisuje plików PDF; użyj loopdesk-cli</translation>
    </message>
    <message>
        <source>--quarter is a quarter such as 2026Q3 or FY2027Q1, not &quot;%1&quot;</source>
        <translation>--quarter to kwartał, np. 2026Q3 lub FY2027Q1, nie „%1”</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>Zapisano %1 do %2</translation>
    </message>
    <message>
        <source>NPS %1: %2</source>
        <translation>NPS %1: %2</translation>
    </message>
    <message>
        <source>Change: %1%2 points, %3</source>
        <translation>Zmiana: %1%2 pkt, %3</translation>
    </message>
    <message>
        <source>significant (|z| = %1)</source>
        <translation>istotna (|z| = %1)</translation>
    </message>
    <message>
        <source>not significant (|z| = %1 &lt; 1.96)</source>
        <translation>nieistotna (|z| = %1 &lt; 1,96)</translation>
    </message>
    <message>
        <source>Response rate: %1</source>
        <translation>Wskaźnik odpowiedzi: %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 invited)</source>
        <translation>%1 (%2 z %3 zaproszonych)</translation>
    </message>
    <message>
        <source>no invited list for this scope</source>
        <translation>brak listy zaproszonych dla tego zakresu</translation>
    </message>
    <message>
        <source>NPS by %1</source>
        <translation>NPS według: %1</translation>
    </message>
    <message>
        <source>Top themes (mentions, share of detractors, NPS points lost)</source>
        <translation>Najczęstsze tematy (wzmianki, udział wśród detraktorów, utracone punkty NPS)</translation>
    </message>
    <message>
        <source>What if the theme were fixed for everyone who named it</source>
        <translation>Co jeśli problem zostałby usunięty dla wszystkich, którzy go wymienili</translation>
    </message>
    <message>
        <source>detractors to passives: %1 (+%2); all to promoters: %3 (+%4)</source>
        <translation>detraktorzy na obojętnych: %1 (+%2); wszyscy na promotorów: %3 (+%4)</translation>
    </message>
    <message>
        <source>The loop (cases opened in the quarter)</source>
        <translation>Pętla (sprawy otwarte w kwartale)</translation>
    </message>
    <message>
        <source>  cases %1, contacted within the SLA %2, median hours to first contact %3, save rate %4, still open %5</source>
        <translation>  sprawy %1, kontakt w ramach SLA %2, mediana godzin do pierwszego kontaktu %3, odsetek uratowanych %4, nadal otwarte %5</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <source>owner %1, tasks %2/%3, expected +%4 NPS%5</source>
        <translation>właściciel %1, zadania %2/%3, oczekiwane +%4 NPS%5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <source>, OVERDUE</source>
        <translation>, PO TERMINIE</translation>
    </message>
    <message>
        <source>Declined, and what customers are told</source>
        <translation>Odrzucone i co usłyszą klienci</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Brak działań.</translation>
    </message>
    <message>
        <source>owner %1, tasks %2/%3, expected +%4 NPS</source>
        <translation>właściciel %1, zadania %2/%3, oczekiwane +%4 NPS</translation>
    </message>
    <message>
        <source>outreach needs --quarter 2026Q3 and --out FILE.csv</source>
        <translation>outreach wymaga --quarter 2026Q3 i --out PLIK.csv</translation>
    </message>
    <message>
        <source>LoopDesk could not write %1</source>
        <translation>LoopDesk nie mógł zapisać %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 respondents and %3 invited who did not answer; %4 changes and %5 declined suggestions to tell them about.</source>
        <translation>Zapisano %1: %2 respondentów i %3 zaproszonych, którzy nie odpowiedzieli; %4 zmian i %5 odrzuconych sugestii do przekazania.</translation>
    </message>
    <message>
        <source>Letters: %1</source>
        <translation>Listy: %1</translation>
    </message>
    <message>
        <source>the quarterly loop review: NPS and its change, segments, themes, what-if, the loop, actions; as text, JSON, an executive PDF or a CSV of every figure</source>
        <translation>kwartalny przegląd pętli: NPS i jego zmiana, segmenty, tematy, symulacja „co jeśli”, pętla, działania; jako tekst, JSON, PDF dla zarządu lub CSV ze wszystkimi liczbami</translation>
    </message>
    <message>
        <source>the action plan: every action with its status, owner, tasks and expected gain</source>
        <translation>plan działań: każde działanie ze statusem, właścicielem, zadaniami i oczekiwanym zyskiem</translation>
    </message>
    <message>
        <source>closing the outer loop: a mail-merge list of the quarter&apos;s respondents and invited non-responders with what we changed and declined, and the letter in en, pl and it</source>
        <translation>domykanie pętli zewnętrznej: lista do korespondencji seryjnej z respondentami kwartału i zaproszonymi, którzy nie odpowiedzieli, z tym, co zmieniliśmy i odrzuciliśmy, oraz list po angielsku, polsku i włosku</translation>
    </message>
    <message>
        <source>%1 (95% interval %2 to %3, n = %4)</source>
        <translation>%1 (przedział 95% od %2 do %3, n = %4)</translation>
    </message>
    <message>
        <source>[small sample]</source>
        <translation>[mała próba]</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init nie przyjmuje argumentów</translation>
    </message>
    <message>
        <source>Created a new LoopDesk database at %1 (schema version %2).</source>
        <translation>Utworzono nową bazę danych LoopDesk w %1 (wersja schematu %2).</translation>
    </message>
    <message>
        <source>Upgraded %1 from schema version %2 to %3; the previous file is kept at %4.</source>
        <translation>Zaktualizowano %1 z wersji schematu %2 do %3; poprzedni plik zachowano w %4.</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2); nothing changed.</source>
        <translation>%1 jest aktualna (wersja schematu %2); nic nie zmieniono.</translation>
    </message>
    <message>
        <source>info takes no arguments</source>
        <translation>info nie przyjmuje argumentów</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Baza danych:     %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this LoopDesk knows up to %2)</source>
        <translation>Wersja schematu: %1 (ten LoopDesk zna wersje do %2)</translation>
    </message>
    <message>
        <source>NPS, all answers: %1</source>
        <translation>NPS, wszystkie odpowiedzi: %1</translation>
    </message>
    <message>
        <source>NPS, %1: %2</source>
        <translation>NPS, %1: %2</translation>
    </message>
    <message>
        <source>Open cases: %1, of which %2 not contacted in time</source>
        <translation>Otwarte sprawy: %1, w tym %2 bez kontaktu na czas</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check nie przyjmuje argumentów</translation>
    </message>
    <message>
        <source>Rebuilt the score cube from the answers (%1 cell(s) were wrong).</source>
        <translation>Odbudowano kostkę ocen z odpowiedzi (błędne komórki: %1).</translation>
    </message>
    <message>
        <source>The NPS score cube disagrees with the answers in %1 cell(s); run &quot;check --repair&quot; to rebuild it from the answers.</source>
        <translation>Kostka ocen NPS nie zgadza się z odpowiedziami w %1 komórkach; uruchom „check --repair”, aby odbudować ją z odpowiedzi.</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: nie znaleziono problemów.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: znaleziono %n problem:</numerusform>
            <numerusform>%1: znaleziono %n problemy:</numerusform>
            <numerusform>%1: znaleziono %n problemów:</numerusform>
        </translation>
    </message>
    <message>
        <source>backup needs exactly one target file</source>
        <translation>backup wymaga dokładnie jednego pliku docelowego</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Skopiowano %1 do %2.</translation>
    </message>
    <message>
        <source>demo takes no arguments, only --responses and --seed</source>
        <translation>demo nie przyjmuje argumentów, tylko --responses i --seed</translation>
    </message>
    <message>
        <source>--responses takes a whole number</source>
        <translation>--responses przyjmuje liczbę całkowitą</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed przyjmuje liczbę całkowitą</translation>
    </message>
    <message>
        <source>Added demo data: %1 waves, %2 customers, %3 answers, %4 follow-up cases.</source>
        <translation>Dodano dane demonstracyjne: fale %1, klienci %2, odpowiedzi %3, sprawy %4.</translation>
    </message>
    <message>
        <source>create the database, or bring it to the current schema</source>
        <translation>utwórz bazę danych lub zaktualizuj ją do bieżącego schematu</translation>
    </message>
    <message>
        <source>schema version, counts per entity, NPS and open cases</source>
        <translation>wersja schematu, liczby rekordów, NPS i otwarte sprawy</translation>
    </message>
    <message>
        <source>full integrity, foreign-key and score-cube check; --repair rebuilds the cube</source>
        <translation>pełna kontrola integralności, kluczy obcych i kostki ocen; --repair odbudowuje kostkę</translation>
    </message>
    <message>
        <source>write a consistent copy of the database</source>
        <translation>zapisz spójną kopię bazy danych</translation>
    </message>
    <message>
        <source>fill a new database with realistic demo data</source>
        <translation>wypełnij nową bazę realistycznymi danymi demonstracyjnymi</translation>
    </message>
    <message>
        <source>digest needs --department NAME and --period, such as --period 2026Q3 or 2026-10</source>
        <translation>digest wymaga --department NAZWA i --period, np. --period 2026Q3 lub 2026-10</translation>
    </message>
    <message>
        <source>digest writes one thing at a time: choose --pdf, --csv or --json</source>
        <translation>digest zapisuje jedną rzecz naraz: wybierz --pdf, --csv lub --json</translation>
    </message>
    <message>
        <source>--period is a month, quarter or year (2026-10, 2026Q3, 2026), previous-month or previous-quarter, not &quot;%1&quot;</source>
        <translation>--period to miesiąc, kwartał lub rok (2026-10, 2026Q3, 2026), previous-month lub previous-quarter, nie „%1”</translation>
    </message>
    <message>
        <source>NPS of everyone in %1: %2</source>
        <translation>NPS wszystkich w %1: %2</translation>
    </message>
    <message>
        <source>NPS points lost to this department&apos;s themes: %1</source>
        <translation>Punkty NPS utracone przez tematy tego działu: %1</translation>
    </message>
    <message>
        <source>%1: %2 mentions (%3 before), %4 detractors, %5 points lost (%6 before)</source>
        <translation>%1: wzmianki %2 (wcześniej %3), detraktorzy %4, utracone punkty %5 (wcześniej %6)</translation>
    </message>
    <message>
        <source>Actions on these themes: %1</source>
        <translation>Działania w sprawie tych tematów: %1</translation>
    </message>
    <message>
        <source>Cases waiting on %1: %2</source>
        <translation>Sprawy czekające na: %1: %2</translation>
    </message>
    <message>
        <source>a department&apos;s digest: the themes routed to it with counts, trend and NPS points lost, customers&apos; words, actions on its themes and cases waiting on it</source>
        <translation>raport dla działu: kierowane do niego tematy z liczbami, trendem i utraconymi punktami NPS, słowa klientów, działania w sprawie jego tematów i sprawy, które na niego czekają</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Hasło do %1: </translation>
    </message>
    <message>
        <source>Roles and row security are set up in %1: agents (loopdesk_agent) work on their own and unassigned cases, managers (loopdesk_manager) on everything.</source>
        <translation>Role i zabezpieczenia wierszy są ustawione w %1: agenci (loopdesk_agent) pracują na swoich i nieprzypisanych sprawach, menedżerowie (loopdesk_manager) na wszystkich.</translation>
    </message>
    <message>
        <source>There is no member of staff called &quot;%1&quot;.</source>
        <translation>Nie ma pracownika o nazwisku „%1”.</translation>
    </message>
    <message>
        <source>The login %1 now works as %2 (%3).</source>
        <translation>Login %1 działa teraz jako %2 (%3).</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>menedżer</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>team setup | team grant LOGIN --staff NAME</source>
        <translation>team setup | team grant LOGIN --staff NAZWISKO</translation>
    </message>
    <message>
        <source>team database: set up roles and row security; let a server login work as a member of staff</source>
        <translation>baza zespołu: ustaw role i zabezpieczenia wierszy; przypisz login serwera do pracownika</translation>
    </message>
    <message>
        <source>migrate-to postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>migrate-to postgresql://UŻYTKOWNIK@HOST:PORT/BAZA</translation>
    </message>
    <message>
        <source>Copied %1 into %2: every table has the same rows and checksum on both sides, and the NPS counts and search words agree. The file was only read.</source>
        <translation>Skopiowano %1 do %2: każda tabela ma po obu stronach te same wiersze i sumę kontrolną, a liczniki NPS i słowa wyszukiwania się zgadzają. Plik był tylko odczytywany.</translation>
    </message>
    <message>
        <source>move this local database into a new team database, verified by counts and checksums</source>
        <translation>przenieś tę lokalną bazę do nowej bazy zespołu, ze sprawdzeniem liczby wierszy i sum kontrolnych</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CsvReader</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>pole w cudzysłowie zaczynające się w wierszu %1 nigdy się nie zamyka</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::CustomerDataRights</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Nie ma klienta %1.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::DashboardComposer</name>
    <message>
        <source>The dashboards show whole quarters, such as 2026Q3.</source>
        <translation>Pulpity pokazują pełne kwartały, np. 2026Q3.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Okres kończy się (%1) przed swoim początkiem (%2).</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Database</name>
    <message>
        <source>The database file %1 is damaged and was not changed (%2). Restore it from a backup or open another file.</source>
        <translation>Plik bazy danych %1 jest uszkodzony i nie został zmieniony (%2). Przywróć go z kopii zapasowej lub otwórz inny plik.</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>Pod ścieżką %1 nie ma pliku bazy danych.</translation>
    </message>
    <message>
        <source>LoopDesk could not create the database file %1. Check that the folder exists and that you may write to it.</source>
        <translation>LoopDesk nie mógł utworzyć pliku bazy danych %1. Sprawdź, czy folder istnieje i czy masz prawo do zapisu.</translation>
    </message>
    <message>
        <source>%1 is not a LoopDesk database (it is not an SQLite file at all). The file was not changed.</source>
        <translation>%1 nie jest bazą LoopDesk (to w ogóle nie jest plik SQLite). Plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a LoopDesk database. The file was not changed.</source>
        <translation>%1 to baza SQLite innego programu, nie baza LoopDesk. Plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of LoopDesk (database version %2; this version knows up to %3). Update LoopDesk to open it; the file was not changed.</source>
        <translation>%1 zapisała nowsza wersja LoopDesk (wersja bazy %2; ta wersja zna wersje do %3). Zaktualizuj LoopDesk, aby ją otworzyć; plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>LoopDesk could not open %1: %2</source>
        <translation>LoopDesk nie mógł otworzyć %1: %2</translation>
    </message>
    <message>
        <source>LoopDesk could not prepare %1: %2</source>
        <translation>LoopDesk nie mógł przygotować %1: %2</translation>
    </message>
    <message>
        <source>LoopDesk could not open %1 again: %2</source>
        <translation>LoopDesk nie mógł ponownie otworzyć %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 już istnieje; wybierz nową nazwę pliku kopii zapasowej.</translation>
    </message>
    <message>
        <source>LoopDesk could not create the backup file %1.</source>
        <translation>LoopDesk nie mógł utworzyć pliku kopii zapasowej %1.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Kopia zapasowa do %1 nie powiodła się: %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>Wiersz %1 tabeli %2 wskazuje na brakujący wiersz %3.</translation>
    </message>
    <message>
        <source>The team database %1 needs your password. Type it when asked, or keep it in ~/.pgpass or the PGPASSWORD variable (LoopDesk never stores it). The server said: %2</source>
        <translation>Baza zespołu %1 wymaga Twojego hasła. Wpisz je, gdy LoopDesk zapyta, albo trzymaj je w ~/.pgpass lub w zmiennej PGPASSWORD (LoopDesk nigdy go nie zapisuje). Serwer odpowiedział: %2</translation>
    </message>
    <message>
        <source>LoopDesk could not connect to the team database %1: %2</source>
        <translation>LoopDesk nie mógł połączyć się z bazą zespołu %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team database address. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„%1” nie jest adresem bazy zespołu. Zapisz go jako postgresql://UŻYTKOWNIK@HOST:PORT/BAZA.</translation>
    </message>
    <message>
        <source>Leave the password out of the address (it would be seen and kept): LoopDesk asks for it, or reads it from ~/.pgpass or the PGPASSWORD variable.</source>
        <translation>Nie wpisuj hasła w adres (byłoby widoczne i zapamiętane): LoopDesk zapyta o nie albo odczyta je z ~/.pgpass lub ze zmiennej PGPASSWORD.</translation>
    </message>
    <message>
        <source>This installation of LoopDesk cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is missing (on Debian, install libqt6sql6-psql).</source>
        <translation>Ta instalacja LoopDesk nie może połączyć się z PostgreSQL: brakuje sterownika PostgreSQL dla Qt (w Debianie zainstaluj libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team database address has an option LoopDesk does not pass on: %1.</source>
        <translation>Adres bazy zespołu zawiera opcję, której LoopDesk nie przekazuje: %1.</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a LoopDesk team database. Nothing was changed; give LoopDesk an empty database of its own.</source>
        <translation>%1 zawiera tabele innego programu, a nie bazę zespołu LoopDesk. Nic nie zostało zmienione; daj LoopDesk osobną, pustą bazę.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of LoopDesk (database version %2; this version knows up to %3). Update LoopDesk to open it; nothing was changed.</source>
        <translation>%1 została przygotowana przez nowszą wersję LoopDesk (wersja bazy %2; ta wersja zna wersje do %3). Zaktualizuj LoopDesk, aby ją otworzyć; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>LoopDesk could not prepare the team database %1: %2</source>
        <translation>LoopDesk nie mógł przygotować bazy zespołu %1: %2</translation>
    </message>
    <message>
        <source>A team database is backed up on its server (pg_dump), not copied to a file by LoopDesk.</source>
        <translation>Kopię zapasową bazy zespołu wykonuje się na jej serwerze (pg_dump); LoopDesk nie kopiuje jej do pliku.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::DateParser</name>
    <message>
        <source>&quot;%1&quot; is not a date LoopDesk understands</source>
        <translation>„%1” nie jest datą, którą LoopDesk rozumie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a yyyyMMdd date nor epoch seconds</source>
        <translation>„%1” nie jest ani datą yyyyMMdd, ani liczbą sekund epoki</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day; choose the date format</source>
        <translation>„%1” może być dzień/miesiąc lub miesiąc/dzień; wybierz format daty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid calendar date</source>
        <translation>„%1” nie jest prawidłową datą kalendarzową</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an hour that does not fit AM/PM</source>
        <translation>„%1” ma godzinę, która nie pasuje do AM/PM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an impossible time of day</source>
        <translation>„%1” ma niemożliwą porę dnia</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::DemoGenerator</name>
    <message>
        <source>The number of demo answers must be between 1 and 5,000,000.</source>
        <translation>Liczba odpowiedzi demonstracyjnych musi być od 1 do 5 000 000.</translation>
    </message>
    <message>
        <source>This database already holds survey answers; demo data goes into a new, empty database only.</source>
        <translation>Ta baza zawiera już odpowiedzi z ankiet; dane demonstracyjne trafiają tylko do nowej, pustej bazy.</translation>
    </message>
    <message>
        <source>Relationship NPS %1</source>
        <translation>NPS relacyjny %1</translation>
    </message>
    <message>
        <source>After-delivery survey %1</source>
        <translation>Ankieta po dostawie %1</translation>
    </message>
    <message>
        <source>Talked it through; agreed the next step.</source>
        <translation>Omówiliśmy sprawę; uzgodniono kolejny krok.</translation>
    </message>
    <message>
        <source>No answer; left a message.</source>
        <translation>Brak odpowiedzi; zostawiono wiadomość.</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Check the tracking before calling</source>
        <translation>Przed telefonem sprawdź śledzenie przesyłki</translation>
    </message>
    <message>
        <source>Apologise for the wait</source>
        <translation>Przeproś za czekanie</translation>
    </message>
    <message>
        <source>Offer a new slot or refund the delivery fee</source>
        <translation>Zaproponuj nowy termin lub zwrot opłaty za dostawę</translation>
    </message>
    <message>
        <source>Record the root cause for Logistics</source>
        <translation>Zapisz przyczynę źródłową dla Logistyki</translation>
    </message>
    <message>
        <source>The case owner, with the Logistics desk on hand</source>
        <translation>Właściciel sprawy, z pomocą działu Logistyki</translation>
    </message>
    <message>
        <source>When did you expect the parcel, and what did the delay cost you? Would a delivery slot you choose help next time?</source>
        <translation>Kiedy spodziewał(a) się Pan(i) paczki i ile kosztowało Pana(ią) opóźnienie? Czy następnym razem pomógłby wybrany przez Pana(ią) termin dostawy?</translation>
    </message>
    <message>
        <source>Apologise for the wait; check the tracking while you are on the call; offer a new slot or a refund of the delivery fee.</source>
        <translation>Przeproś za czekanie; sprawdź śledzenie w trakcie rozmowy; zaproponuj nowy termin albo zwrot opłaty za dostawę.</translation>
    </message>
    <message>
        <source>The parcel is on its way on a day the customer chose; the carrier&apos;s failure is recorded for Logistics.</source>
        <translation>Paczka jest w drodze na dzień wybrany przez klienta; błąd przewoźnika jest zapisany dla Logistyki.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Called the same day, apologised, rebooked the delivery for the morning and rang back when it arrived.</source>
        <translation>Zadzwoniłam tego samego dnia, przeprosiłam, przełożyłam dostawę na rano i oddzwoniłam, gdy dotarła.</translation>
    </message>
    <message>
        <source>Explained the bill line by line, refunded the double charge during the call and confirmed it by e-mail.</source>
        <translation>Wyjaśniłem rachunek pozycja po pozycji, zwróciłem podwójne obciążenie w trakcie rozmowy i potwierdziłem to e-mailem.</translation>
    </message>
    <message>
        <source>Called back within the hour, apologised for the wait, solved it on the call and left a direct number for next time.</source>
        <translation>Oddzwoniłam w ciągu godziny, przeprosiłam za czekanie, załatwiłam sprawę w trakcie rozmowy i zostawiłam bezpośredni numer na przyszłość.</translation>
    </message>
    <message>
        <source>Replaced the product the next day and called after it arrived to check that everything worked.</source>
        <translation>Następnego dnia wymieniłem produkt i zadzwoniłem po dostawie, by sprawdzić, czy wszystko działa.</translation>
    </message>
    <message>
        <source>Walked the customer through the app on the phone and reported the bug to IT with their screenshots.</source>
        <translation>Przeprowadziłam klienta przez aplikację przez telefon i zgłosiłam błąd do IT z jego zrzutami ekranu.</translation>
    </message>
    <message>
        <source>Two-hour delivery slots chosen by the customer</source>
        <translation>Dwugodzinne okna dostawy wybierane przez klienta</translation>
    </message>
    <message>
        <source>Parcel and pallet deliveries in Poland and Italy</source>
        <translation>Dostawy paczek i palet w Polsce i we Włoszech</translation>
    </message>
    <message>
        <source>Share of detractors naming late delivery</source>
        <translation>Odsetek detraktorów wymieniających opóźnioną dostawę</translation>
    </message>
    <message>
        <source>Half of what it was</source>
        <translation>Połowa dotychczasowego</translation>
    </message>
    <message>
        <source>You can now choose a two-hour delivery slot when you order.</source>
        <translation>Przy zamówieniu możesz teraz wybrać dwugodzinne okno dostawy.</translation>
    </message>
    <message>
        <source>Pilot with two carriers</source>
        <translation>Pilotaż z dwoma przewoźnikami</translation>
    </message>
    <message>
        <source>Roll out to every region</source>
        <translation>Wdrożenie we wszystkich regionach</translation>
    </message>
    <message>
        <source>Call back within the hour when the queue is long</source>
        <translation>Oddzwanianie w ciągu godziny przy długiej kolejce</translation>
    </message>
    <message>
        <source>Customer service, weekdays</source>
        <translation>Obsługa klienta, dni robocze</translation>
    </message>
    <message>
        <source>Detractors naming waiting time</source>
        <translation>Detraktorzy wymieniający czas oczekiwania</translation>
    </message>
    <message>
        <source>Below 10 %</source>
        <translation>Poniżej 10 %</translation>
    </message>
    <message>
        <source>Call-back option in the phone menu</source>
        <translation>Opcja oddzwonienia w menu telefonicznym</translation>
    </message>
    <message>
        <source>Staff the afternoon peak</source>
        <translation>Obsada popołudniowego szczytu</translation>
    </message>
    <message>
        <source>Report the waiting times weekly</source>
        <translation>Cotygodniowy raport czasów oczekiwania</translation>
    </message>
    <message>
        <source>Check every invoice against the order before it is sent</source>
        <translation>Sprawdzanie każdej faktury z zamówieniem przed wysyłką</translation>
    </message>
    <message>
        <source>Detractors naming wrong invoices</source>
        <translation>Detraktorzy wymieniający błędne faktury</translation>
    </message>
    <message>
        <source>Free returns for everyone</source>
        <translation>Darmowe zwroty dla wszystkich</translation>
    </message>
    <message>
        <source>It would raise prices for every customer to serve a few.</source>
        <translation>Podniosłoby to ceny wszystkim klientom, by obsłużyć nielicznych.</translation>
    </message>
    <message>
        <source>Returns stay free for faulty products; we are making faults rarer instead.</source>
        <translation>Zwroty wadliwych produktów pozostają darmowe; zamiast tego ograniczamy liczbę wad.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::DepartmentDigestComposer</name>
    <message>
        <source>There is no department called &quot;%1&quot;; the departments are: %2.</source>
        <translation>Nie ma działu o nazwie „%1”; działy to: %2.</translation>
    </message>
    <message>
        <source>%1: what customers said, %2</source>
        <translation>%1: co mówili klienci, %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Escalation</name>
    <message>
        <source>Escalated cases should go to &quot;%1&quot;, but there is no staff member of that name; fix the escalation setting.</source>
        <translation>Eskalowane sprawy mają trafiać do „%1”, ale nie ma pracownika o tym nazwisku; popraw ustawienie eskalacji.</translation>
    </message>
    <message>
        <source>Escalated: first contact was due %1</source>
        <translation>Eskalowana: pierwszy kontakt był do %1</translation>
    </message>
    <message>
        <source>Escalated: first contact due %1</source>
        <translation>Eskalowana: pierwszy kontakt do %1</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Importer</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Plik %1 jest pusty.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Nie ma szablonu „%1”.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in this file.</source>
        <translation>W tym pliku nie ma kolumny „%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field LoopDesk knows.</source>
        <translation>„%1” nie jest polem znanym LoopDesk.</translation>
    </message>
    <message>
        <source>The only column with scores from 0 to 10 is &quot;%1&quot;, but its header does not read like a recommendation question. If it is the score, say so with --map score=COLUMN.</source>
        <translation>Jedyna kolumna z ocenami od 0 do 10 to „%1”, ale jej nagłówek nie wygląda na pytanie o polecenie. Jeśli to ocena, wskaż ją przez --map score=KOLUMNA.</translation>
    </message>
    <message>
        <source>No column of %1 holds %2 scores (%3 to %4), so nothing was imported. Check that this is a survey export, or name the score column with --map score=COLUMN.</source>
        <translation>Żadna kolumna %1 nie zawiera ocen %2 (od %3 do %4), więc nic nie zaimportowano. Sprawdź, czy to eksport ankiety, albo wskaż kolumnę ocen przez --map score=KOLUMNA.</translation>
    </message>
    <message>
        <source>Several columns could be the score: %1. Choose one with --map score=COLUMN (or several, for a wide table).</source>
        <translation>Kilka kolumn może zawierać ocenę: %1. Wybierz jedną przez --map score=KOLUMNA (lub kilka dla tabeli szerokiej).</translation>
    </message>
    <message>
        <source>The dates in column &quot;%1&quot; mix day-first and month-first values; fix the file or choose the format with --date-format.</source>
        <translation>Daty w kolumnie „%1” mieszają zapis z dniem i z miesiącem na początku; popraw plik albo wybierz format przez --date-format.</translation>
    </message>
    <message>
        <source>The dates in column &quot;%1&quot; could be day/month or month/day (no day is over 12). Choose the format with --date-format dd/MM/yyyy or MM/dd/yyyy.</source>
        <translation>Daty w kolumnie „%1” mogą być w formacie dzień/miesiąc lub miesiąc/dzień (żaden dzień nie przekracza 12). Wybierz format przez --date-format dd/MM/yyyy lub MM/dd/yyyy.</translation>
    </message>
    <message>
        <source>The file has no date column: answers are dated at the time of import.</source>
        <translation>Plik nie ma kolumny z datą: odpowiedzi dostaną datę importu.</translation>
    </message>
    <message>
        <source>--set cannot give &quot;%1&quot; a value for every row.</source>
        <translation>--set nie może nadać „%1” wartości dla każdego wiersza.</translation>
    </message>
    <message>
        <source>--set answered_at: %1</source>
        <translation>--set answered_at: %1</translation>
    </message>
    <message>
        <source>the row is empty</source>
        <translation>wiersz jest pusty</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>brak daty</translation>
    </message>
    <message>
        <source>there is no score</source>
        <translation>brak oceny</translation>
    </message>
    <message>
        <source>%1 is the code for &quot;no answer&quot;</source>
        <translation>%1 to kod „brak odpowiedzi”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1” nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>the score %1 is outside %2 to %3</source>
        <translation>ocena %1 jest poza zakresem od %2 do %3</translation>
    </message>
    <message>
        <source>none of the score columns has an answer</source>
        <translation>żadna z kolumn ocen nie ma odpowiedzi</translation>
    </message>
    <message>
        <source>An invited list needs a customer id or e-mail column; name it with --map customer_id=COLUMN or --map email=COLUMN.</source>
        <translation>Lista zaproszonych wymaga kolumny z identyfikatorem klienta lub e-mailem; wskaż ją przez --map customer_id=KOLUMNA lub --map email=KOLUMNA.</translation>
    </message>
    <message>
        <source>the row names no customer</source>
        <translation>wiersz nie wskazuje klienta</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Nie można zapisać odrzuconych wierszy do %1: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>wiersz</translation>
    </message>
    <message>
        <source>column</source>
        <translation>kolumna</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>powód</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::NpsReporter</name>
    <message>
        <source>The share to move is between 0 and 1 (0.5 for half), not %1.</source>
        <translation>Część do przesunięcia jest między 0 a 1 (0.5 to połowa), nie %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>A fiscal year starts in a month from 1 to 12, not %1.</source>
        <translation>Rok obrotowy zaczyna się w miesiącu od 1 do 12, nie %1.</translation>
    </message>
    <message>
        <source>There is no wave called &quot;%1&quot;.</source>
        <translation>Nie ma fali o nazwie „%1”.</translation>
    </message>
    <message>
        <source>No answers are segmented by &quot;%1&quot;; the segment dimensions are %2.</source>
        <translation>Żadna odpowiedź nie jest podzielona według „%1”; wymiary segmentów to %2.</translation>
    </message>
    <message>
        <source>No answer has %1 &quot;%2&quot;.</source>
        <translation>Żadna odpowiedź nie ma %1 „%2”.</translation>
    </message>
    <message>
        <source>There is no account called &quot;%1&quot;.</source>
        <translation>Nie ma konta o nazwie „%1”.</translation>
    </message>
    <message>
        <source>There is no theme called &quot;%1&quot;.</source>
        <translation>Nie ma tematu o nazwie „%1”.</translation>
    </message>
    <message>
        <source>(wave %1)</source>
        <translation>(fala %1)</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(bez konta)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nie ustawiono)</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::OutreachComposer</name>
    <message>
        <source>LoopDesk could not write %1: %2</source>
        <translation>LoopDesk nie mógł zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Playbooks</name>
    <message>
        <source>The case owner; the team lead for key accounts</source>
        <translation>Właściciel sprawy; przy kluczowych klientach lider zespołu</translation>
    </message>
    <message>
        <source>Thank you for your answer: I am calling about it personally. What is the one thing we could have done better? What happened, step by step, and since when? What would put it right for you now?</source>
        <translation>Dziękuję za odpowiedź: dzwonię w tej sprawie osobiście. Jaka jedna rzecz mogła być zrobiona lepiej? Co się stało, krok po kroku, i od kiedy? Co teraz by to dla Pana(i) naprawiło?</translation>
    </message>
    <message>
        <source>Apologise once, sincerely, without excuses: &quot;I am sorry this happened; it should not have.&quot; Say what you will do and by when, then do it. When the cause is fixed, tell them what changed.</source>
        <translation>Przeproś raz, szczerze, bez wymówek: „Przykro mi, że tak się stało; nie powinno było.” Powiedz, co zrobisz i do kiedy, a potem to zrób. Gdy przyczyna zostanie usunięta, powiedz klientowi, co się zmieniło.</translation>
    </message>
    <message>
        <source>The customer knows we listened; the problem is fixed or has a date; the root cause is recorded for the department that can fix it.</source>
        <translation>Klient wie, że go wysłuchaliśmy; problem jest rozwiązany albo ma termin; przyczyna źródłowa jest zapisana dla działu, który może ją usunąć.</translation>
    </message>
    <message>
        <source>Read the answer and the customer&apos;s history before calling</source>
        <translation>Przed telefonem przeczytaj odpowiedź i historię klienta</translation>
    </message>
    <message>
        <source>Ask for the one thing we could have done better</source>
        <translation>Zapytaj o jedną rzecz, którą mogliśmy zrobić lepiej</translation>
    </message>
    <message>
        <source>Apologise and agree the next step with a date</source>
        <translation>Przeproś i uzgodnij następny krok z datą</translation>
    </message>
    <message>
        <source>Offer compensation within your limit if it is deserved</source>
        <translation>Zaproponuj rekompensatę w ramach swojego limitu, jeśli się należy</translation>
    </message>
    <message>
        <source>Record the root cause</source>
        <translation>Zapisz przyczynę źródłową</translation>
    </message>
    <message>
        <source>Tell the customer what was done</source>
        <translation>Powiedz klientowi, co zrobiono</translation>
    </message>
    <message>
        <source>The case owner</source>
        <translation>Właściciel sprawy</translation>
    </message>
    <message>
        <source>Thank you for your answer. What one or two things would make us a 9 or a 10 for you? Is there something we did that you liked?</source>
        <translation>Dziękujemy za odpowiedź. Jakie jedna lub dwie rzeczy sprawiłyby, że dałby(-aby) nam Pan(i) 9 lub 10? Czy coś się Panu(i) u nas podobało?</translation>
    </message>
    <message>
        <source>Thank them for their time; say what you will pass on, to whom, and that you will tell them what came of it.</source>
        <translation>Podziękuj za poświęcony czas; powiedz, co i komu przekażesz, i że dasz znać, co z tego wynikło.</translation>
    </message>
    <message>
        <source>One concrete improvement recorded as a root cause; the customer feels heard.</source>
        <translation>Jedno konkretne usprawnienie zapisane jako przyczyna źródłowa; klient czuje się wysłuchany.</translation>
    </message>
    <message>
        <source>Thank the customer</source>
        <translation>Podziękuj klientowi</translation>
    </message>
    <message>
        <source>Ask for the one or two things that would make it better</source>
        <translation>Zapytaj o jedną lub dwie rzeczy, które by to poprawiły</translation>
    </message>
    <message>
        <source>Tell the customer what happens next</source>
        <translation>Powiedz klientowi, co będzie dalej</translation>
    </message>
    <message>
        <source>Thank you! What did you like most? Would you tell others about us, in a review or to a friend?</source>
        <translation>Dziękujemy! Co się Panu(i) najbardziej podobało? Czy poleciłby(-aby) nas Pan(i) innym, w opinii albo znajomym?</translation>
    </message>
    <message>
        <source>Thank them personally and by name; invite a review or a referral, and never insist.</source>
        <translation>Podziękuj osobiście, po imieniu; zaproś do opinii lub polecenia, nigdy nie nalegaj.</translation>
    </message>
    <message>
        <source>A thanked customer, and a review, a referral or a quote where they agreed.</source>
        <translation>Klient, któremu podziękowano, oraz opinia, polecenie lub cytat, jeśli się zgodził.</translation>
    </message>
    <message>
        <source>Thank the customer personally</source>
        <translation>Podziękuj klientowi osobiście</translation>
    </message>
    <message>
        <source>Ask what they liked most</source>
        <translation>Zapytaj, co podobało się najbardziej</translation>
    </message>
    <message>
        <source>Invite a review or a referral</source>
        <translation>Zaproś do wystawienia opinii lub polecenia</translation>
    </message>
    <message>
        <source>Record what they liked</source>
        <translation>Zapisz, co się podobało</translation>
    </message>
    <message>
        <source>Choose the theme this playbook is for; each category already has its own.</source>
        <translation>Wybierz temat tego scenariusza; każda kategoria ma już własny.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a playbook for this category: edit that one.</source>
        <translation>„%1” ma już scenariusz dla tej kategorii: edytuj go.</translation>
    </message>
    <message>
        <source>This playbook no longer exists.</source>
        <translation>Ten scenariusz już nie istnieje.</translation>
    </message>
    <message>
        <source>Someone changed this playbook after you opened it. Your changes were not saved; reload it to see theirs.</source>
        <translation>Ktoś zmienił ten scenariusz po jego otwarciu. Twoje zmiany nie zostały zapisane; wczytaj go ponownie, aby zobaczyć nową wersję.</translation>
    </message>
    <message>
        <source>Only a category&apos;s own playbook has LoopDesk&apos;s words to go back to.</source>
        <translation>Tylko scenariusz kategorii może wrócić do słów LoopDesk.</translation>
    </message>
    <message>
        <source>A category always keeps its own playbook; edit it instead.</source>
        <translation>Kategoria zawsze ma własny scenariusz; zamiast usuwać, edytuj go.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Nie ma sprawy %1.</translation>
    </message>
    <message>
        <source>There is no such step.</source>
        <translation>Nie ma takiego kroku.</translation>
    </message>
    <message>
        <source>Mark a recovery as exemplary once the case is resolved or closed.</source>
        <translation>Oznacz odzyskanie klienta jako wzorowe, gdy sprawa jest rozwiązana lub zamknięta.</translation>
    </message>
    <message>
        <source>Say in a sentence or two what worked, for colleagues who meet the same problem.</source>
        <translation>Napisz w jednym–dwóch zdaniach, co zadziałało, dla kolegów, którzy trafią na ten sam problem.</translation>
    </message>
    <message>
        <source>Choose the case&apos;s root cause first: a recovery is shown in the playbook of its theme.</source>
        <translation>Najpierw wybierz przyczynę źródłową sprawy: odzyskanie klienta pokazujemy w scenariuszu jego tematu.</translation>
    </message>
    <message>
        <source>Case %1 was not marked as an exemplary recovery.</source>
        <translation>Sprawy %1 nie oznaczono jako wzorowego odzyskania klienta.</translation>
    </message>
    <message>
        <source>Only a manager can add a playbook.</source>
        <translation>Tylko kierownik może dodać scenariusz.</translation>
    </message>
    <message>
        <source>Only a manager can edit a playbook.</source>
        <translation>Tylko kierownik może edytować scenariusz.</translation>
    </message>
    <message>
        <source>Only a manager can remove a playbook.</source>
        <translation>Tylko kierownik może usunąć scenariusz.</translation>
    </message>
    <message>
        <source>Only a manager can feature or dismiss a recovery.</source>
        <translation>Tylko kierownik może wyróżnić lub odrzucić odzyskanie klienta.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::QuarterlyReviewComposer</name>
    <message>
        <source>A quarterly review covers a quarter, such as 2026Q3; %1 is not one.</source>
        <translation>Przegląd kwartalny obejmuje kwartał, np. 2026Q3; %1 nim nie jest.</translation>
    </message>
    <message>
        <source>Quarterly loop review %1</source>
        <translation>Kwartalny przegląd pętli %1</translation>
    </message>
    <message>
        <source>Quarterly loop review %1 · %2 = %3</source>
        <translation>Kwartalny przegląd pętli %1 · %2 = %3</translation>
    </message>
    <message>
        <source>Quarterly loop review %1 · account %2</source>
        <translation>Kwartalny przegląd pętli %1 · konto %2</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::ResponseBulkWriter</name>
    <message>
        <source>Fast import needs a local SQLite database.</source>
        <translation>Szybki import wymaga lokalnej bazy SQLite.</translation>
    </message>
    <message>
        <source>Database error while importing (%1): %2</source>
        <translation>Błąd bazy danych podczas importu (%1): %2</translation>
    </message>
    <message>
        <source>The database refused the customer %1, so none of this file was imported.</source>
        <translation>Baza danych odrzuciła klienta %1, więc nic z tego pliku nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>The database refused the answer %1, so none of this file was imported.</source>
        <translation>Baza danych odrzuciła odpowiedź %1, więc nic z tego pliku nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>The database refused a follow-up case, so none of this file was imported.</source>
        <translation>Baza danych odrzuciła sprawę do obsługi, więc nic z tego pliku nie zostało zaimportowane.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::ScoreCountStore</name>
    <message>
        <source>No such segment slot: %1</source>
        <translation>Nie ma takiego slotu segmentu: %1</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::SegmentDictionary</name>
    <message>
        <source>A database holds at most %1 segment dimensions; &quot;%2&quot; would be one more. Map it to an existing dimension or leave it out.</source>
        <translation>Baza mieści co najwyżej %1 wymiarów segmentów; „%2” byłby kolejnym. Przypisz go do istniejącego wymiaru albo pomiń.</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::Statement</name>
    <message>
        <source>Database error: %1</source>
        <translation>Błąd bazy danych: %1</translation>
    </message>
    <message>
        <source>Database error: no result</source>
        <translation>Błąd bazy danych: brak wyniku</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::TeamAccess</name>
    <message>
        <source>Roles and row security belong to a team database; a local file is one person&apos;s.</source>
        <translation>Role i zabezpieczenia wierszy dotyczą bazy zespołu; plik lokalny należy do jednej osoby.</translation>
    </message>
    <message>
        <source>There is no member of staff %1.</source>
        <translation>Nie ma pracownika %1.</translation>
    </message>
    <message>
        <source>The server has no login called &quot;%1&quot;; its administrator creates it first (CREATE ROLE ... LOGIN).</source>
        <translation>Serwer nie ma loginu „%1”; najpierw musi go utworzyć administrator (CREATE ROLE ... LOGIN).</translation>
    </message>
</context>
<context>
    <name>loopdesk::core::TeamMigration</name>
    <message>
        <source>migrate-to moves a local database file into a team database (postgresql://...).</source>
        <translation>migrate-to przenosi lokalny plik bazy do bazy zespołu (postgresql://...).</translation>
    </message>
    <message>
        <source>The file is at database version %1 and the team database at %2; open the file once with this LoopDesk (loopdesk-cli init) and try again.</source>
        <translation>Plik ma wersję bazy %1, a baza zespołu %2; otwórz plik raz tą wersją LoopDesk (loopdesk-cli init) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The team database already holds data (%1); migrate-to only fills a new, empty one. Nothing was changed.</source>
        <translation>Baza zespołu zawiera już dane (%1); migrate-to wypełnia tylko nową, pustą bazę. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the file (%2 rows, %3 on the server); nothing was kept on the server.</source>
        <translation>Kopia tabeli %1 nie zgadza się z plikiem (%2 wierszy, na serwerze %3); na serwerze nic nie zostało zachowane.</translation>
    </message>
    <message>
        <source>The team database&apos;s NPS counts or search words do not match its answers after the copy; nothing was kept on the server.</source>
        <translation>Po skopiowaniu liczniki NPS lub słowa wyszukiwania bazy zespołu nie zgadzają się z jej odpowiedziami; na serwerze nic nie zostało zachowane.</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ActionsPage</name>
    <message>
        <source>Proposed</source>
        <translation>Zaproponowane</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzone</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Zatwierdź</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Odrzuć…</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Oznacz jako &amp;zakończone</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Expected gain</source>
        <translation>Oczekiwany zysk</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Co zostanie zrobione</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Tactical (a fix within a quarter)</source>
        <translation>Taktyczne (poprawka w ciągu kwartału)</translation>
    </message>
    <message>
        <source>Strategic (a change of how we work)</source>
        <translation>Strategiczne (zmiana sposobu pracy)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Poziom:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>Who else takes part</source>
        <translation>Kto jeszcze bierze udział</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Uczestnicy:</translation>
    </message>
    <message>
        <source>Which customers, sites or products</source>
        <translation>Którzy klienci, lokalizacje lub produkty</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Zakres:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budżet:</translation>
    </message>
    <message>
        <source>How success is measured</source>
        <translation>Jak mierzymy sukces</translation>
    </message>
    <message>
        <source>Success &amp;metric:</source>
        <translation>&amp;Miara sukcesu:</translation>
    </message>
    <message>
        <source>The value that means success</source>
        <translation>Wartość oznaczająca sukces</translation>
    </message>
    <message>
        <source>Ta&amp;rget:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source> NPS points</source>
        <translation> pkt NPS</translation>
    </message>
    <message>
        <source>From the what-if: what NPS would gain if the themes this action addresses were fixed.</source>
        <translation>Z symulacji „co jeśli”: o ile wzrósłby NPS, gdyby usunąć problemy, których dotyczy to działanie.</translation>
    </message>
    <message>
        <source>E&amp;xpected gain:</source>
        <translation>&amp;Oczekiwany zysk:</translation>
    </message>
    <message>
        <source>Themes addressed</source>
        <translation>Tematy, których dotyczy</translation>
    </message>
    <message>
        <source>T&amp;hemes addressed:</source>
        <translation>&amp;Tematy, których dotyczy:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Tasks (double-click to edit; tick when done)</source>
        <translation>Zadania (kliknij dwukrotnie, aby edytować; zaznacz po wykonaniu)</translation>
    </message>
    <message>
        <source>Add tas&amp;k</source>
        <translation>Dodaj za&amp;danie</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nowe zadanie</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Usuń zadanie</translation>
    </message>
    <message>
        <source>&amp;New proposal</source>
        <translation>&amp;Nowa propozycja</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Expected NPS gain against cost: up and to the left first</source>
        <translation>Oczekiwany wzrost NPS wobec kosztu: najpierw te w lewym górnym rogu</translation>
    </message>
    <message>
        <source>Expected gain against cost</source>
        <translation>Oczekiwany zysk wobec kosztu</translation>
    </message>
    <message>
        <source>P&amp;rioritise</source>
        <translation>P&amp;riorytety</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— jeszcze nikt —</translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation>Po terminie realizacji</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Expected NPS gain (points)</source>
        <translation>Oczekiwany wzrost NPS (pkt)</translation>
    </message>
    <message>
        <source>A new proposal: save it to put it on the plan.</source>
        <translation>Nowa propozycja: zapisz ją, aby trafiła do planu.</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · wersja %2</translation>
    </message>
    <message>
        <source>
Why not: %1
Customers are told: %2</source>
        <translation>
Dlaczego nie: %1
Klienci usłyszą: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation>Teraz: %1.</translation>
    </message>
    <message>
        <source>Reject &quot;%1&quot;</source>
        <translation>Odrzuć „%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done</source>
        <translation>„%1” jest zakończone</translation>
    </message>
    <message>
        <source>What we tell customers, in plain words: what we decided and why</source>
        <translation>Co mówimy klientom prostymi słowami: co postanowiliśmy i dlaczego</translation>
    </message>
    <message>
        <source>What changed for customers, for the outreach letter</source>
        <translation>Co zmieniło się dla klientów, do listu w ramach pętli zewnętrznej</translation>
    </message>
    <message>
        <source>Why not (for the review):</source>
        <translation>Dlaczego nie (do przeglądu):</translation>
    </message>
    <message>
        <source>Customers are told:</source>
        <translation>Klienci usłyszą:</translation>
    </message>
    <message>
        <source>Measured since the action was approved against the %1 days before: everyone&apos;s NPS, and the share of detractors who name its themes.</source>
        <translation>Mierzone od zatwierdzenia działania wobec %1 dni wcześniej: NPS wszystkich oraz odsetek detraktorów wymieniających jego tematy.</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>Czy to zadziałało?</translation>
    </message>
    <message>
        <source>Measured from approval: approving it records what it is measured against.</source>
        <translation>Mierzone od zatwierdzenia: zatwierdzenie zapisuje punkt odniesienia.</translation>
    </message>
    <message>
        <source>Whose NPS measures it</source>
        <translation>Czyj NPS to mierzy</translation>
    </message>
    <message>
        <source>Whose NPS &quot;Did it work?&quot; follows: everyone&apos;s, or one segment&apos;s (a region, a channel…). Fixed when the action is approved.</source>
        <translation>Czyj NPS śledzi „Czy to zadziałało?”: wszystkich albo jednego segmentu (regionu, kanału…). Ustalane przy zatwierdzeniu działania.</translation>
    </message>
    <message>
        <source>Measured o&amp;n:</source>
        <translation>Mierzone &amp;na:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::CaseEditor</name>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Reload the case</source>
        <translation>Wczytaj sprawę ponownie</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Szczegóły sprawy</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Call or write</source>
        <translation>Zadzwoń lub napisz</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Próby kontaktu</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Jak</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Osiągnięto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Co powiedziano</translation>
    </message>
    <message>
        <source>&amp;Log attempt</source>
        <translation>&amp;Zapisz próbę kontaktu</translation>
    </message>
    <message>
        <source>Log attempt</source>
        <translation>Zapisz próbę kontaktu</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>&amp;Take this case</source>
        <translation>&amp;Przejmij tę sprawę</translation>
    </message>
    <message>
        <source>Take this case</source>
        <translation>Przejmij tę sprawę</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>Przekaż do</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Reason (cases should not bounce)</source>
        <translation>Powód (sprawy nie powinny krążyć)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Przekaż</translation>
    </message>
    <message>
        <source>Root cause and outcome</source>
        <translation>Przyczyna źródłowa i wynik</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Przyczyna źródłowa</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Uratowany</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nieosiągalny</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>Przyczyna źródłowa:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Wynik:</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Oznacz jako rozwiązaną</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Zamknij sprawę</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Zamknij sprawę</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Odzyskanie</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Rekompensata</translation>
    </message>
    <message>
        <source>voucher, refund, free delivery…</source>
        <translation>bon, zwrot, darmowa dostawa…</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Record compensation</source>
        <translation>Zapisz rekompensatę</translation>
    </message>
    <message>
        <source>Compensation:</source>
        <translation>Rekompensata:</translation>
    </message>
    <message>
        <source>Re-survey score</source>
        <translation>Ocena w ponownej ankiecie</translation>
    </message>
    <message>
        <source>Record re-survey</source>
        <translation>Zapisz ponowną ankietę</translation>
    </message>
    <message>
        <source>Re-survey score:</source>
        <translation>Ocena w ponownej ankiecie:</translation>
    </message>
    <message>
        <source>Customer told what we did</source>
        <translation>Klient wie, co zrobiliśmy</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>Klient poinformowany</translation>
    </message>
    <message>
        <source>Outer loop:</source>
        <translation>Pętla zewnętrzna:</translation>
    </message>
    <message>
        <source>This customer&apos;s answers and cases</source>
        <translation>Odpowiedzi i sprawy tego klienta</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Historia klienta</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Nie wybrano sprawy</translation>
    </message>
    <message>
        <source>Pick a case in the inbox to work on it.</source>
        <translation>Wybierz sprawę w skrzynce, aby nad nią pracować.</translation>
    </message>
    <message>
        <source>Anonymous customer</source>
        <translation>Anonimowy klient</translation>
    </message>
    <message>
        <source>%1 — score %2</source>
        <translation>%1 — ocena %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>jeszcze nikt</translation>
    </message>
    <message>
        <source>Status: %1 · owner: %2 · %3</source>
        <translation>Status: %1 · właściciel: %2 · %3</translation>
    </message>
    <message>
        <source>Status: %1 · owner: %2</source>
        <translation>Status: %1 · właściciel: %2</translation>
    </message>
    <message>
        <source>Answered %1 in &quot;%2&quot;</source>
        <translation>Odpowiedź z %1 w „%2”</translation>
    </message>
    <message>
        <source>First contact due %1; resolution due %2</source>
        <translation>Pierwszy kontakt do %1; rozwiązanie do %2</translation>
    </message>
    <message>
        <source>Account: %1 (key account)</source>
        <translation>Konto: %1 (kluczowy klient)</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Customer told what was done on %1</source>
        <translation>Klient dowiedział się %1, co zrobiliśmy</translation>
    </message>
    <message>
        <source>Compensation: %1 %2</source>
        <translation>Rekompensata: %1 %2</translation>
    </message>
    <message>
        <source>Re-survey score: %1</source>
        <translation>Ocena w ponownej ankiecie: %1</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(bez komentarza)</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Zadzwoń do %1</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Napisz do %1</translation>
    </message>
    <message>
        <source>No phone number or e-mail on file.</source>
        <translation>Brak numeru telefonu i e-maila w danych.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4</source>
        <translation>%1 · %2 · %3 %4</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>osiągnięto</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nie osiągnięto</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <translation>%1 · ocena %2 · %3</translation>
    </message>
    <message>
        <source>Case %1 · %2 · outcome %3</source>
        <translation>Sprawa %1 · %2 · wynik %3</translation>
    </message>
    <message>
        <source>Choose the root cause…</source>
        <translation>Wybierz przyczynę źródłową…</translation>
    </message>
    <message>
        <source>Your change was not saved: %1 Reload to see the case as it is now; what you typed stays.</source>
        <translation>Twoja zmiana nie została zapisana: %1 Wczytaj ponownie, aby zobaczyć sprawę w obecnym stanie; to, co wpisałeś, zostaje.</translation>
    </message>
    <message>
        <source>taken over by its new owner</source>
        <translation>przejęta przez nowego właściciela</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Who responds, how and how soon</source>
        <translation>Kto odpowiada, jak i jak szybko</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Kto:</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>O co zapytać</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Zapytaj:</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Co powiedzieć</translation>
    </message>
    <message>
        <source>Say:</source>
        <translation>Powiedz:</translation>
    </message>
    <message>
        <source>Intended outcome</source>
        <translation>Zamierzony efekt</translation>
    </message>
    <message>
        <source>Aim:</source>
        <translation>Cel:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <source>Tick each step when it is done: the case keeps who did it and when.</source>
        <translation>Zaznacz każdy wykonany krok: sprawa zapamięta, kto i kiedy go wykonał.</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Lista kontrolna:</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>Co zadziałało wcześniej</translation>
    </message>
    <message>
        <source>What worked:</source>
        <translation>Co zadziałało:</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Approve the compensation</source>
        <translation>Zatwierdź rekompensatę</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Odrzuć…</translation>
    </message>
    <message>
        <source>Decline the compensation</source>
        <translation>Odrzuć rekompensatę</translation>
    </message>
    <message>
        <source>Why (the agent tells the customer):</source>
        <translation>Dlaczego (konsultant przekaże to klientowi):</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Zgoda:</translation>
    </message>
    <message>
        <source>Exemplary recovery</source>
        <translation>Wzorowe odzyskanie klienta</translation>
    </message>
    <message>
        <source>Mark as exemplary…</source>
        <translation>Oznacz jako wzorowe…</translation>
    </message>
    <message>
        <source>Mark as an exemplary recovery</source>
        <translation>Oznacz jako wzorowe odzyskanie klienta</translation>
    </message>
    <message>
        <source>A recovery colleagues should learn from: managers can feature it in the playbook of its theme.</source>
        <translation>Odzyskanie klienta, z którego koledzy mogą się uczyć: kierownicy mogą je wyróżnić w scenariuszu jego tematu.</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Co zadziałało</translation>
    </message>
    <message>
        <source>What worked, in a sentence or two, for colleagues who meet the same problem:</source>
        <translation>Co zadziałało, w jednym–dwóch zdaniach, dla kolegów, którzy trafią na ten sam problem:</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>kierownik</translation>
    </message>
    <message>
        <source>%1 %2 is above the limit: it waits for a manager&apos;s approval, due %3.</source>
        <translation>%1 %2 przekracza limit: czeka na zgodę kierownika, termin %3.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Zatwierdził(a): %1.</translation>
    </message>
    <message>
        <source>Declined by %1; the compensation was withdrawn.</source>
        <translation>Odrzucił(a): %1; rekompensatę wycofano.</translation>
    </message>
    <message>
        <source>Not needed: within the limit, or nothing offered.</source>
        <translation>Niepotrzebna: w ramach limitu lub nic nie zaoferowano.</translation>
    </message>
    <message>
        <source>Marked by %1: %2</source>
        <translation>Oznaczył(a) %1: %2</translation>
    </message>
    <message>
        <source>Not marked.</source>
        <translation>Nie oznaczono.</translation>
    </message>
    <message>
        <source>Edit what worked…</source>
        <translation>Edytuj, co zadziałało…</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Detraktor</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Obojętny</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Playbook: %1 · %2</source>
        <translation>Scenariusz: %1 · %2</translation>
    </message>
    <message>
        <source>Playbook: %1</source>
        <translation>Scenariusz: %1</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonicznie</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>e-mailem</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>SMS-em</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>osobiście</translation>
    </message>
    <message numerus="yes">
        <source>%1 · within %n hour(s), %2</source>
        <translation>
            <numerusform>%1 · w ciągu %n godziny, %2</numerusform>
            <numerusform>%1 · w ciągu %n godzin, %2</numerusform>
            <numerusform>%1 · w ciągu %n godzin, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Done by %1, %2</source>
        <translation>Wykonał(a): %1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>• %1 — %2 (case %3)</source>
        <translation>• %1 — %2 (sprawa %3)</translation>
    </message>
    <message>
        <source>Nothing featured for these themes yet.</source>
        <translation>Nic jeszcze nie wyróżniono dla tych tematów.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Klient %1</translation>
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
        <translation>Nie można zapisać %1. Sprawdź, czy folder istnieje i czy masz prawo do zapisu.</translation>
    </message>
    <message>
        <source>NPS by quarter</source>
        <translation>NPS w kwartałach</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>Promotorzy, obojętni i detraktorzy</translation>
    </message>
    <message>
        <source>NPS by segment</source>
        <translation>NPS według segmentu</translation>
    </message>
    <message>
        <source>What detractors name</source>
        <translation>Co wymieniają detraktorzy</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Domykanie pętli</translation>
    </message>
    <message>
        <source>If we fix:</source>
        <translation>Jeśli naprawimy:</translation>
    </message>
    <message>
        <source>Share of those who named it</source>
        <translation>Udział tych, którzy go wymienili</translation>
    </message>
    <message>
        <source>For this share of them:</source>
        <translation>Dla takiej części z nich:</translation>
    </message>
    <message>
        <source>detractors become passives</source>
        <translation>detraktorzy stają się obojętni</translation>
    </message>
    <message>
        <source>detractors and passives become promoters</source>
        <translation>detraktorzy i obojętni stają się promotorami</translation>
    </message>
    <message>
        <source>So that:</source>
        <translation>Tak, aby:</translation>
    </message>
    <message>
        <source>Propose an action with this gain…</source>
        <translation>Zaproponuj działanie z tym zyskiem…</translation>
    </message>
    <message>
        <source>Opens a new action plan for this theme with the expected gain filled in.</source>
        <translation>Otwiera nowy plan działania dla tego tematu z wpisanym oczekiwanym zyskiem.</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Co jeśli</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>&amp;Answers of:</source>
        <translation>&amp;Odpowiedzi:</translation>
    </message>
    <message>
        <source>&amp;Break down by:</source>
        <translation>&amp;Podział według:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the chart as a picture</source>
        <translation>Skopiuj wykres jako obraz</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>Zapisz wykres jako PNG lub SVG</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>No answers yet: import a survey file to see the dashboards.</source>
        <translation>Brak odpowiedzi: zaimportuj plik ankiety, aby zobaczyć pulpity.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Czytanie…</translation>
    </message>
    <message>
        <source>%1 to %2: NPS %3 (95 % interval %4 to %5) from %6 answers.</source>
        <translation>%1 – %2: NPS %3 (przedział 95 % od %4 do %5) z %6 odpowiedzi.</translation>
    </message>
    <message>
        <source>Few answers: read the figures with care.</source>
        <translation>Mało odpowiedzi: czytaj te liczby ostrożnie.</translation>
    </message>
    <message>
        <source>No answers in this period for this choice.</source>
        <translation>Brak odpowiedzi w tym okresie dla tego wyboru.</translation>
    </message>
    <message>
        <source>NPS by %1</source>
        <translation>NPS według: %1</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>przedział 95 %</translation>
    </message>
    <message>
        <source>Significant rise</source>
        <translation>Istotny wzrost</translation>
    </message>
    <message>
        <source>Significant fall</source>
        <translation>Istotny spadek</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotorzy</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Obojętni</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detraktorzy</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Detractors naming it</source>
        <translation>Detraktorzy, którzy go wymieniają</translation>
    </message>
    <message>
        <source>Cumulative share of mentions</source>
        <translation>Skumulowany udział wzmianek</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>Utracone punkty</translation>
    </message>
    <message>
        <source>Where the theme is routed</source>
        <translation>Dokąd kierowany jest temat</translation>
    </message>
    <message>
        <source>Detractors naming the theme</source>
        <translation>Detraktorzy wymieniający temat</translation>
    </message>
    <message>
        <source>Detractors who name the theme, of all detractors (one answer may name several themes)</source>
        <translation>Detraktorzy wymieniający temat, spośród wszystkich detraktorów (jedna odpowiedź może wymieniać kilka tematów)</translation>
    </message>
    <message>
        <source>How much NPS would rise if everyone who named it and was a detractor became a passive</source>
        <translation>O ile wzrósłby NPS, gdyby każdy detraktor, który go wymienił, stał się obojętny</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Cases opened&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Detractors contacted within the SLA&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Median time to first contact&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save rate (of closed cases)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Still open&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Contact later than the SLA&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Otwarte sprawy&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Detraktorzy z kontaktem w ramach SLA&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mediana czasu do pierwszego kontaktu&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Odsetek uratowanych (z zamkniętych)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nadal otwarte&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kontakt po terminie SLA&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Open cases per owner</source>
        <translation>Otwarte sprawy według właściciela</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Na czas</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Jeszcze nikt</translation>
    </message>
    <message>
        <source>No theme named by detractors in this period.</source>
        <translation>Detraktorzy nie wymienili w tym okresie żadnego tematu.</translation>
    </message>
    <message>
        <source>NPS &lt;b&gt;%1 → %2&lt;/b&gt;: %3 points (± %4)&lt;br&gt;&lt;small&gt;%5 detractors and %6 passives named it; the margin comes from how many of them the survey reached.&lt;/small&gt;</source>
        <translation>NPS &lt;b&gt;%1 → %2&lt;/b&gt;: %3 pkt (± %4)&lt;br&gt;&lt;small&gt;Wymieniło go %5 detraktorów i %6 obojętnych; margines wynika z tego, do ilu z nich dotarła ankieta.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>NPS now</source>
        <translation>NPS teraz</translation>
    </message>
    <message>
        <source>NPS if fixed</source>
        <translation>NPS po naprawie</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Zapisz wykres</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Obraz PNG (*.png);;Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Nie zapisano wykresu</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::DigestDialog</name>
    <message>
        <source>Department digest</source>
        <translation>Raport dla działu</translation>
    </message>
    <message>
        <source>What customers said about the themes routed to one department: counts against the period before, NPS points lost, their own words, the actions on those themes and the cases still waiting on it.</source>
        <translation>Co klienci mówili o tematach kierowanych do jednego działu: liczby wobec poprzedniego okresu, utracone punkty NPS, ich własne słowa, działania w sprawie tych tematów i sprawy, które wciąż na niego czekają.</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Dział:</translation>
    </message>
    <message>
        <source>A quarter (2026Q3), a month (2026-10) or a year (2026)</source>
        <translation>Kwartał (2026Q3), miesiąc (2026-10) lub rok (2026)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <source>&amp;Anonymise: mask e-mail addresses, phone numbers and customer numbers in comments, list cases without names</source>
        <translation>&amp;Anonimizuj: ukryj adresy e-mail, numery telefonów i numery klientów w komentarzach, pokaż sprawy bez nazwisk</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Zapisz &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Zapisz &amp;CSV…</translation>
    </message>
    <message>
        <source>No department yet: give themes a department in Settings → Themes.</source>
        <translation>Nie ma jeszcze działów: przypisz tematom dział w Ustawienia → Tematy.</translation>
    </message>
    <message>
        <source>A period is a quarter (2026Q3), a month (2026-10) or a year (2026).</source>
        <translation>Okres to kwartał (2026Q3), miesiąc (2026-10) lub rok (2026).</translation>
    </message>
    <message>
        <source>%1 theme(s) routed here were named in %2, costing %3 NPS points; %4 action(s) on them; %5 case(s) waiting, %6 of them overdue.</source>
        <translation>Tematy kierowane tutaj wymienione w %2: %1, kosztem %3 pkt NPS; działania w ich sprawie: %4; sprawy czekające: %5, w tym po terminie: %6.</translation>
    </message>
    <message>
        <source>Save the department digest</source>
        <translation>Zapisz raport dla działu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ImportPage</name>
    <message>
        <source>&lt;h3&gt;Survey imports&lt;/h3&gt;Bring in a survey export: detractors land in the inbox with their due times, and every answer counts in the dashboards.</source>
        <translation>&lt;h3&gt;Import ankiet&lt;/h3&gt;Wczytaj eksport ankiety: detraktorzy trafiają do skrzynki z terminami, a każda odpowiedź liczy się w pulpitach.</translation>
    </message>
    <message>
        <source>&amp;Import a survey file…</source>
        <translation>&amp;Importuj plik ankiety…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Imports so far</source>
        <translation>Dotychczasowe importy</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Jeszcze nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(usunięty)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Fala</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Już są</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ImportWizard</name>
    <message>
        <source>Response id</source>
        <translation>Identyfikator odpowiedzi</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Identyfikator klienta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Data odpowiedzi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>średnik</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>kreska pionowa</translation>
    </message>
    <message>
        <source>day first (dd/MM/yyyy)</source>
        <translation>najpierw dzień (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>month first (MM/dd/yyyy)</source>
        <translation>najpierw miesiąc (MM/dd/yyyy)</translation>
    </message>
    <message>
        <source>ISO or unambiguous</source>
        <translation>ISO lub jednoznaczne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>brak oceny</translation>
    </message>
    <message>
        <source>score not a whole number</source>
        <translation>ocena nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>score out of range</source>
        <translation>ocena poza zakresem</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>nieczytelna data</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>pusty wiersz</translation>
    </message>
    <message>
        <source>malformed row</source>
        <translation>nieprawidłowy wiersz</translation>
    </message>
    <message>
        <source>no customer id or e-mail</source>
        <translation>brak identyfikatora klienta lub e-maila</translation>
    </message>
    <message>
        <source>&quot;no answer&quot; code</source>
        <translation>kod „brak odpowiedzi”</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Import odpowiedzi z ankiety</translation>
    </message>
    <message>
        <source>Choose the survey export</source>
        <translation>Wybierz eksport ankiety</translation>
    </message>
    <message>
        <source>A CSV or text export from Qualtrics, SurveyMonkey, Google Forms, Typeform, Delighted or any tool: LoopDesk recognises the format and shows you what it found before anything is written.</source>
        <translation>Eksport CSV lub tekstowy z Qualtrics, SurveyMonkey, Google Forms, Typeform, Delighted lub dowolnego narzędzia: LoopDesk rozpozna format i pokaże, co znalazł, zanim cokolwiek zapisze.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Plik do importu</translation>
    </message>
    <message>
        <source>Path of the exported file</source>
        <translation>Ścieżka wyeksportowanego pliku</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>Wave name</source>
        <translation>Nazwa fali</translation>
    </message>
    <message>
        <source>The file&apos;s name</source>
        <translation>Nazwa pliku</translation>
    </message>
    <message>
        <source>Answers go into this survey wave; an existing wave of this name gets the new answers.</source>
        <translation>Odpowiedzi trafiają do tej fali badania; istniejąca fala o tej nazwie otrzyma nowe odpowiedzi.</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>&amp;Fala:</translation>
    </message>
    <message>
        <source>Survey metric</source>
        <translation>Miara ankiety</translation>
    </message>
    <message>
        <source>NPS – likelihood to recommend, 0 to 10</source>
        <translation>NPS – skłonność do polecenia, od 0 do 10</translation>
    </message>
    <message>
        <source>CSAT – satisfaction, 1 to 5</source>
        <translation>CSAT – zadowolenie, od 1 do 5</translation>
    </message>
    <message>
        <source>CES – customer effort, 1 to 7</source>
        <translation>CES – wysiłek klienta, od 1 do 7</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Miara:</translation>
    </message>
    <message>
        <source>Check what LoopDesk found</source>
        <translation>Sprawdź, co znalazł LoopDesk</translation>
    </message>
    <message>
        <source>The first rows of the file as LoopDesk reads them. Change anything that is not right; nothing is written until you press Import.</source>
        <translation>Pierwsze wiersze pliku tak, jak odczytuje je LoopDesk. Zmień wszystko, co się nie zgadza; nic nie zostanie zapisane, dopóki nie naciśniesz Importuj.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>D&amp;aty:</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Rozpoznaj</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Wykryj</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which column is what&lt;/b&gt;</source>
        <translation>&lt;b&gt;Która kolumna jest czym&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Kolumna dla pola %1</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Podgląd pliku</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>Every row is checked and the good ones are written in one go: if you cancel, the database stays exactly as it was.</source>
        <translation>Każdy wiersz jest sprawdzany, a poprawne zapisywane za jednym razem: jeśli anulujesz, baza zostanie dokładnie taka, jak była.</translation>
    </message>
    <message>
        <source>Show summary</source>
        <translation>Pokaż podsumowanie</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Postęp importu</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Anuluj import</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written…</source>
        <translation>Anulowanie: cofanie tego, co zapisano…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Podsumowanie importu</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Odrzucone wiersze</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Zapisz odrzucone wiersze…</translation>
    </message>
    <message>
        <source>A CSV with the line, column and reason, then the row as it was: fix it and import it again.</source>
        <translation>Plik CSV z wierszem, kolumną i przyczyną, a potem wiersz w odczytanej postaci: popraw go i zaimportuj ponownie.</translation>
    </message>
    <message>
        <source>Choose a survey export</source>
        <translation>Wybierz eksport ankiety</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Eksporty ankiet (*.csv *.txt *.tsv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Recognise (found: %1)</source>
        <translation>Rozpoznaj (znaleziono: %1)</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>Wykryj (znaleziono: %1)</translation>
    </message>
    <message>
        <source>LoopDesk found no column of whole-number scores on the scale of this metric. Choose the score column under &quot;Score&quot;, or check the metric on the previous page.</source>
        <translation>LoopDesk nie znalazł kolumny z całkowitymi ocenami w skali tej miary. Wybierz kolumnę ocen w polu „Ocena” albo sprawdź miarę na poprzedniej stronie.</translation>
    </message>
    <message>
        <source>Which column holds the score? It could be: %1. Choose it under &quot;Score&quot;.</source>
        <translation>Która kolumna zawiera ocenę? Może to być: %1. Wybierz ją w polu „Ocena”.</translation>
    </message>
    <message>
        <source>The dates could be read day first or month first (%1). Choose the order under &quot;Dates&quot;; a date that does not fit it is rejected with its line.</source>
        <translation>Daty można odczytać z dniem lub miesiącem na początku (%1). Wybierz kolejność w polu „Daty”; data, która do niej nie pasuje, zostanie odrzucona z numerem wiersza.</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>No segment columns recognised. Columns named segment:REGION (or your dimension) become segments.</source>
        <translation>Nie rozpoznano kolumn segmentów. Kolumny o nazwie segment:REGION (lub twój wymiar) stają się segmentami.</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Segmenty: %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <source>— choose the score column —</source>
        <translation>— wybierz kolumnę ocen —</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— nie ma w tym pliku —</translation>
    </message>
    <message>
        <source>All %1 score columns (a wide table)</source>
        <translation>Wszystkie kolumny ocen (%1) (tabela szeroka)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Czytanie %1…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>Odczytano %1 z %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import stopped.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Nothing was written to the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Import został przerwany.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Nic nie zostało zapisane w bazie danych.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import was cancelled.&lt;/b&gt; Nothing was written to the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Import został anulowany.&lt;/b&gt; Nic nie zostało zapisane w bazie danych.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Answers imported: %1&lt;/b&gt;, into the wave &quot;%2&quot;, from %3 rows read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zaimportowane odpowiedzi: %1&lt;/b&gt;, do fali „%2”, z %3 odczytanych wierszy.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Already in the database, so not imported twice: %1.</source>
        <translation>Już w bazie, więc nie importowano ponownie: %1.</translation>
    </message>
    <message>
        <source>Comments given a theme by the taxonomy&apos;s keywords: %1.</source>
        <translation>Komentarze, którym słowa kluczowe taksonomii nadały temat: %1.</translation>
    </message>
    <message>
        <source>Follow-up cases opened in the inbox: %1.</source>
        <translation>Sprawy otwarte w skrzynce: %1.</translation>
    </message>
    <message>
        <source>Rows rejected: %1 (%2). Each is listed below with its line and reason.</source>
        <translation>Odrzucone wiersze: %1 (%2). Każdy jest wymieniony poniżej z numerem wiersza i przyczyną.</translation>
    </message>
    <message>
        <source>Only the first %1 rejected rows are listed.</source>
        <translation>Pokazano tylko pierwsze %1 odrzucone wiersze.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Nie odrzucono żadnego wiersza.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Wiersz w odczytanej postaci</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Zapisz odrzucone wiersze</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not saved:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nie zapisano:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::InboxModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 godz.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zamknięta</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>skontaktowano</translation>
    </message>
    <message>
        <source>contacted late</source>
        <translation>kontakt po terminie</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>zostało %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>po terminie: %1</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>%1 (key account)</source>
        <translation>%1 (kluczowy klient)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimowy</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nieprzydzielone</translation>
    </message>
    <message>
        <source>First contact due %1</source>
        <translation>Pierwszy kontakt do %1</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
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
        <translation>Moje sprawy</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzydzielone</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Termin dziś</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>Kluczowi klienci</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Wszystkie otwarte</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Zapisane widoki</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Search customer, number, e-mail or comment (Ctrl+F)</source>
        <translation>Szukaj klienta, numeru, e-maila lub komentarza (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Fala</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sprawa</numerusform>
            <numerusform>%n sprawy</numerusform>
            <numerusform>%n spraw</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Niezapisane notatki</translation>
    </message>
    <message>
        <source>You typed notes for case %1 that are not recorded yet. Leave them?</source>
        <translation>Wpisałeś notatki do sprawy %1, które nie zostały jeszcze zapisane. Porzucić je?</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Ktokolwiek</translation>
    </message>
    <message>
        <source>Any wave</source>
        <translation>Dowolna fala</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Dowolny segment</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>Dowolny: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Czekające na zgodę</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::MainWindow</name>
    <message>
        <source>LoopDesk databases (*.db *.loopdesk);;All files (*)</source>
        <translation>Bazy danych LoopDesk (*.db *.loopdesk);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>LoopDesk</source>
        <translation>LoopDesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Nawigacja</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Skrzynka</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Pulpity</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Przegląd kwartalny</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Żadna baza danych nie jest otwarta.</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Otwórz bazę danych…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Utwórz nową bazę danych…</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Kto pracuje</translation>
    </message>
    <message>
        <source>Working as: </source>
        <translation>Pracujesz jako: </translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>Pracujesz jako</translation>
    </message>
    <message>
        <source>%1 (manager)</source>
        <translation>%1 (kierownik)</translation>
    </message>
    <message>
        <source>Inbox (%1 due soon)</source>
        <translation>Skrzynka (%1 z bliskim terminem)</translation>
    </message>
    <message>
        <source>case %1 (%2) is due in %3 h %4 min</source>
        <translation>sprawa %1 (%2) ma termin za %3 godz. %4 min</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimowy</translation>
    </message>
    <message>
        <source>Call soon: %1.</source>
        <translation>Zadzwoń wkrótce: %1.</translation>
    </message>
    <message>
        <source>LoopDesk: cases about to breach</source>
        <translation>LoopDesk: sprawy bliskie przekroczenia terminu</translation>
    </message>
    <message>
        <source>%1 answers · %2 open cases</source>
        <translation>Odpowiedzi: %1 · otwarte sprawy: %2</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Niezapisane notatki</translation>
    </message>
    <message>
        <source>You typed notes for case %1 that are not recorded yet. Quit and lose them?</source>
        <translation>Wpisałeś notatki do sprawy %1, które nie zostały jeszcze zapisane. Zakończyć i je utracić?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <source>&amp;Import survey file…</source>
        <translation>&amp;Importuj plik ankiety…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Kopia zapasowa…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Wygląd</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Jak w &amp;systemie</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About LoopDesk</source>
        <translation>&amp;O programie LoopDesk</translation>
    </message>
    <message>
        <source>%1 – LoopDesk</source>
        <translation>%1 – LoopDesk</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Nie można odczytać bazy danych</translation>
    </message>
    <message>
        <source>Open a LoopDesk database</source>
        <translation>Otwórz bazę danych LoopDesk</translation>
    </message>
    <message>
        <source>Create a LoopDesk database</source>
        <translation>Utwórz bazę danych LoopDesk</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Plik istnieje</translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open to open it.</source>
        <translation>%1 już istnieje. Użyj Plik → Otwórz, aby go otworzyć.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Kopia zapasowa bazy danych</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Kopia zapisana w %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Kopia zapasowa nie powiodła się</translation>
    </message>
    <message>
        <source>About LoopDesk</source>
        <translation>O programie LoopDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LoopDesk %1&lt;/h3&gt;&lt;p&gt;Close the customer feedback loop: call every detractor back in time, route root causes to the teams that fix them, and review NPS with honest margins of error.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LoopDesk %1&lt;/h3&gt;&lt;p&gt;Domykaj pętlę opinii klientów: oddzwaniaj na czas do każdego detraktora, kieruj przyczyny źródłowe do zespołów, które je usuwają, i oceniaj NPS z uczciwym marginesem błędu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a team database…</source>
        <translation>Otwórz bazę zespołu…</translation>
    </message>
    <message>
        <source>Open &amp;team database…</source>
        <translation>Otwórz bazę &amp;zespołu…</translation>
    </message>
    <message>
        <source>%1 on %2 – LoopDesk</source>
        <translation>%1 na %2 – LoopDesk</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>Serwer prosi o hasło użytkownika %1.</translation>
    </message>
    <message>
        <source>The server did not accept that password for %1. Try again?</source>
        <translation>Serwer nie przyjął tego hasła dla %1. Spróbować ponownie?</translation>
    </message>
    <message>
        <source>Cannot open the team database</source>
        <translation>Nie można otworzyć bazy zespołu</translation>
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
        <translation>jeszcze brak odpowiedzi</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2</source>
        <translation>przedział 95 % od %1 do %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>Odpowiedzi: %1</translation>
    </message>
    <message>
        <source>Small sample: read with care</source>
        <translation>Mała próba: czytaj ostrożnie</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>NPS this quarter</source>
        <translation>NPS w tym kwartale</translation>
    </message>
    <message>
        <source>NPS, all answers</source>
        <translation>NPS, wszystkie odpowiedzi</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Odpowiedzi z ankiet</translation>
    </message>
    <message>
        <source>Open follow-up cases</source>
        <translation>Otwarte sprawy</translation>
    </message>
    <message>
        <source>Survey waves</source>
        <translation>Fale badania</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>%1 vs. %2: significant (z = %3)</source>
        <translation>%1 wobec %2: istotna (z = %3)</translation>
    </message>
    <message>
        <source>%1 vs. %2: within the noise (z = %3)</source>
        <translation>%1 wobec %2: w granicach szumu (z = %3)</translation>
    </message>
    <message>
        <source>Waves: %1</source>
        <translation>Fale: %1</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Klienci: %1</translation>
    </message>
    <message>
        <source>Not contacted within the SLA: %1</source>
        <translation>Bez kontaktu w ramach SLA: %1</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::PlaybooksTab</name>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detraktorzy (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Obojętni (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotorzy (9–10)</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>Wyróżnione</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Zgłoszone</translation>
    </message>
    <message>
        <source>Playbooks are the team&apos;s: only a manager changes them.</source>
        <translation>Scenariusze należą do zespołu: zmienia je tylko kierownik.</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <source>A playbook for one theme</source>
        <translation>Scenariusz dla jednego tematu</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dla:</translation>
    </message>
    <message>
        <source>&amp;Naming:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>&amp;Who responds:</source>
        <translation>&amp;Kto odpowiada:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>Odpowiedz w ciągu</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Jak</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonicznie</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>e-mailem</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>osobiście</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>SMS-em</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>W ciągu:</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>O co zapytać</translation>
    </message>
    <message>
        <source>What to &amp;ask:</source>
        <translation>O co &amp;zapytać:</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Co powiedzieć</translation>
    </message>
    <message>
        <source>What to &amp;say:</source>
        <translation>Co &amp;powiedzieć:</translation>
    </message>
    <message>
        <source>Intended outcome</source>
        <translation>Zamierzony efekt</translation>
    </message>
    <message>
        <source>Intended &amp;outcome:</source>
        <translation>Zamierzony &amp;efekt:</translation>
    </message>
    <message>
        <source>Checklist, one step per line</source>
        <translation>Lista kontrolna, jeden krok w wierszu</translation>
    </message>
    <message>
        <source>&amp;Checklist
(one step a line):</source>
        <translation>&amp;Lista kontrolna
(krok w wierszu):</translation>
    </message>
    <message>
        <source>Sa&amp;ve playbook</source>
        <translation>&amp;Zapisz scenariusz</translation>
    </message>
    <message>
        <source>&amp;Restore LoopDesk&apos;s words</source>
        <translation>&amp;Przywróć słowa LoopDesk</translation>
    </message>
    <message>
        <source>What worked: recoveries marked as exemplary</source>
        <translation>Co zadziałało: odzyskania klientów oznaczone jako wzorowe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Co zadziałało</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Oznaczył(a)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Featured recoveries appear in the playbook of their theme, beside every case about it.</source>
        <translation>Wyróżnione odzyskania klientów pojawiają się w scenariuszu ich tematu, obok każdej sprawy, która go dotyczy.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>O&amp;drzuć</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>LoopDesk&apos;s playbook, in the language you read it in. Saving it makes it the team&apos;s own words.</source>
        <translation>Scenariusz LoopDesk, w języku, w którym go czytasz. Zapisanie sprawia, że staje się własnymi słowami zespołu.</translation>
    </message>
    <message>
        <source>For cases whose root cause or answer names this theme (or one of its sub-themes).</source>
        <translation>Dla spraw, których przyczyna źródłowa lub odpowiedź wymienia ten temat (albo jeden z jego podtematów).</translation>
    </message>
    <message>
        <source>The team&apos;s own words, for every case of this category without a theme playbook.</source>
        <translation>Własne słowa zespołu, dla każdej sprawy tej kategorii bez scenariusza tematu.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Playbook saved: every case it matches shows it now.</source>
        <translation>Zapisano scenariusz: każda pasująca sprawa już go pokazuje.</translation>
    </message>
    <message>
        <source>Added, starting from the category&apos;s words: make it about the theme and save.</source>
        <translation>Dodano, zaczynając od słów kategorii: dopasuj go do tematu i zapisz.</translation>
    </message>
    <message>
        <source>LoopDesk&apos;s words are back.</source>
        <translation>Przywrócono słowa LoopDesk.</translation>
    </message>
    <message>
        <source>Removed: its cases follow their category&apos;s playbook.</source>
        <translation>Usunięto: jego sprawy korzystają ze scenariusza swojej kategorii.</translation>
    </message>
    <message>
        <source>Choose a recovery in the list first.</source>
        <translation>Najpierw wybierz odzyskanie klienta z listy.</translation>
    </message>
    <message>
        <source>Featured: it now shows in the playbook of its theme.</source>
        <translation>Wyróżniono: pojawia się teraz w scenariuszu swojego tematu.</translation>
    </message>
    <message>
        <source>Dismissed: it no longer shows in any playbook.</source>
        <translation>Odrzucono: nie pojawia się już w żadnym scenariuszu.</translation>
    </message>
    <message>
        <source>Add pla&amp;ybook</source>
        <translation>&amp;Dodaj scenariusz</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Feat&amp;ure in the playbook</source>
        <translation>&amp;Wyróżnij w scenariuszu</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ReviewDocument</name>
    <message>
        <source>no answers</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>zaproponowane</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>zatwierdzone</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odrzucone</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>done</source>
        <translation>zakończone</translation>
    </message>
    <message>
        <source>Net Promoter Score %1: %2</source>
        <translation>Net Promoter Score %1: %2</translation>
    </message>
    <message>
        <source>%1 points on %2 (%3)</source>
        <translation>%1 pkt względem %2 (%3)</translation>
    </message>
    <message>
        <source>a significant change</source>
        <translation>zmiana istotna</translation>
    </message>
    <message>
        <source>within the margin of error</source>
        <translation>w granicach błędu</translation>
    </message>
    <message>
        <source>Composed %1 by LoopDesk</source>
        <translation>Przygotował LoopDesk: %1</translation>
    </message>
    <message>
        <source>The score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>NPS %1 is %2, with a 95 % interval of %3 (%4 answers).%5</source>
        <translation>NPS %1 wynosi %2, z przedziałem 95 % %3 (odpowiedzi: %4).%5</translation>
    </message>
    <message>
        <source> The sample is small: read it as a range, not a point.</source>
        <translation> Próba jest mała: czytaj to jako przedział, nie jako punkt.</translation>
    </message>
    <message>
        <source>Against %1 (NPS %2): %3 points, z = %4 — %5.</source>
        <translation>Wobec %1 (NPS %2): %3 pkt, z = %4 — %5.</translation>
    </message>
    <message>
        <source>significant at 95 %</source>
        <translation>istotna na poziomie 95 %</translation>
    </message>
    <message>
        <source>not significant at 95 %</source>
        <translation>nieistotna na poziomie 95 %</translation>
    </message>
    <message>
        <source>Response rate: %1 (%2 answers of %3 invited).</source>
        <translation>Wskaźnik odpowiedzi: %1 (%2 odpowiedzi z %3 zaproszonych).</translation>
    </message>
    <message>
        <source>Response rate: no invited list for this scope.</source>
        <translation>Wskaźnik odpowiedzi: brak listy zaproszonych dla tego zakresu.</translation>
    </message>
    <message>
        <source>NPS per quarter; the band is the 95 % interval.</source>
        <translation>NPS w kwartałach; pasmo to przedział 95 %.</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotorzy (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Obojętni (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detraktorzy (0–6)</translation>
    </message>
    <message>
        <source>NPS by %1</source>
        <translation>NPS według: %1</translation>
    </message>
    <message>
        <source>small sample</source>
        <translation>mała próba</translation>
    </message>
    <message>
        <source>Bars: NPS; whiskers: 95 % interval.</source>
        <translation>Słupki: NPS; wąsy: przedział 95 %.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>przedział 95 %</translation>
    </message>
    <message>
        <source>What costs us NPS</source>
        <translation>Co kosztuje nas NPS</translation>
    </message>
    <message>
        <source>No answer of this quarter is tagged with a theme yet.</source>
        <translation>Żadna odpowiedź z tego kwartału nie ma jeszcze tematu.</translation>
    </message>
    <message>
        <source>NPS points lost: how much NPS would rise if the theme&apos;s detractors were passives.</source>
        <translation>Utracone punkty NPS: o ile wzrósłby NPS, gdyby detraktorzy tematu stali się obojętni.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Fixed by</source>
        <translation>Rozwiązuje</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Wzmianki</translation>
    </message>
    <message>
        <source>Of detractors</source>
        <translation>Wśród detraktorów</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>Utracone punkty</translation>
    </message>
    <message>
        <source>What if we fixed it</source>
        <translation>Co jeśli to naprawimy</translation>
    </message>
    <message>
        <source>If a theme were fixed for everyone who named it: its detractors become passives, or everyone naming it becomes a promoter.</source>
        <translation>Gdyby usunąć problem dla wszystkich, którzy go wymienili: jego detraktorzy stają się obojętni albo każdy, kto go wymienił, staje się promotorem.</translation>
    </message>
    <message>
        <source>NPS, detractors → passives</source>
        <translation>NPS, detraktorzy → obojętni</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Zysk</translation>
    </message>
    <message>
        <source>NPS, all → promoters</source>
        <translation>NPS, wszyscy → promotorzy</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Domykanie pętli</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Miara</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Otwarte sprawy</translation>
    </message>
    <message>
        <source>Detractors contacted within the SLA</source>
        <translation>Detraktorzy z kontaktem w ramach SLA</translation>
    </message>
    <message>
        <source>Median hours to first contact</source>
        <translation>Mediana godzin do pierwszego kontaktu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>Saved (of closed)</source>
        <translation>Uratowani (z zamkniętych)</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nadal otwarte</translation>
    </message>
    <message>
        <source>Missed first-contact times</source>
        <translation>Przekroczone terminy pierwszego kontaktu</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <source>Per owner</source>
        <translation>Według właściciela</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Na czas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Uratowany</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <source>past its deadline</source>
        <translation>po terminie realizacji</translation>
    </message>
    <message>
        <source>%1 task(s) overdue</source>
        <translation>Zadania po terminie: %1</translation>
    </message>
    <message>
        <source>No action is planned yet.</source>
        <translation>Nie zaplanowano jeszcze żadnego działania.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Oczekiwany</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>What we declined, and why</source>
        <translation>Co odrzuciliśmy i dlaczego</translation>
    </message>
    <message>
        <source>Nothing was declined.</source>
        <translation>Niczego nie odrzucono.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugestia</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Dlaczego nie</translation>
    </message>
    <message>
        <source>What customers are told</source>
        <translation>Co usłyszą klienci</translation>
    </message>
    <message>
        <source>In customers&apos; words</source>
        <translation>Słowami klientów</translation>
    </message>
    <message>
        <source>LoopDesk could not write %1.</source>
        <translation>LoopDesk nie mógł zapisać %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Everyone&apos;s NPS in %1: %2 (%3 answers)</source>
        <translation>NPS wszystkich w %1: %2 (odpowiedzi: %3)</translation>
    </message>
    <message>
        <source>What customers name</source>
        <translation>Co wymieniają klienci</translation>
    </message>
    <message>
        <source>No answer of this period names a theme routed to %1.</source>
        <translation>Żadna odpowiedź z tego okresu nie wymienia tematu kierowanego do: %1.</translation>
    </message>
    <message>
        <source>Mentions (before)</source>
        <translation>Wzmianki (wcześniej)</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detraktorzy</translation>
    </message>
    <message>
        <source>Points lost (before)</source>
        <translation>Utracone punkty (wcześniej)</translation>
    </message>
    <message>
        <source>Before: %1, the period of the same length before.</source>
        <translation>Wcześniej: %1, poprzedni okres tej samej długości.</translation>
    </message>
    <message>
        <source>Anonymised: e-mail addresses, phone numbers and customer numbers are masked, and cases are listed without names.</source>
        <translation>Zanonimizowano: adresy e-mail, numery telefonów i numery klientów są ukryte, a sprawy wymienione bez nazwisk.</translation>
    </message>
    <message>
        <source>No detractor wrote about these themes in this period.</source>
        <translation>Żaden detraktor nie pisał o tych tematach w tym okresie.</translation>
    </message>
    <message>
        <source>Actions on these themes</source>
        <translation>Działania w sprawie tych tematów</translation>
    </message>
    <message>
        <source>No action addresses these themes yet.</source>
        <translation>Żadne działanie nie dotyczy jeszcze tych tematów.</translation>
    </message>
    <message>
        <source>Cases waiting on %1</source>
        <translation>Sprawy czekające na: %1</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(nie pokazano)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <source>No open case is waiting on %1.</source>
        <translation>Żadna otwarta sprawa nie czeka na: %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Przyczyna źródłowa</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>NPS points lost to the themes of %1 in %2: %3 (%4 before)</source>
        <translation>Punkty NPS utracone przez tematy działu %1 w %2: %3 (wcześniej %4)</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>Czy to zadziałało?</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::ReviewPage</name>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kwartał:</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dla:</translation>
    </message>
    <message>
        <source>Customers the review covers</source>
        <translation>Klienci objęci przeglądem</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>An A4 PDF for the executives (Ctrl+Shift+P)</source>
        <translation>PDF A4 dla zarządu (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>The review</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>There are no answers yet: import a survey first.</source>
        <translation>Nie ma jeszcze odpowiedzi: najpierw zaimportuj ankietę.</translation>
    </message>
    <message>
        <source>There is no review to save yet.</source>
        <translation>Nie ma jeszcze przeglądu do zapisania.</translation>
    </message>
    <message>
        <source>Save the quarterly review</source>
        <translation>Zapisz przegląd kwartalny</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>&amp;Department digest…</source>
        <translation>&amp;Raport dla działu…</translation>
    </message>
    <message>
        <source>What one department&apos;s customers said in the quarter, as PDF or CSV</source>
        <translation>Co w kwartale mówili klienci o sprawach jednego działu, jako PDF lub CSV</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::SegmentScoreModel</name>
    <message>
        <source>(not set)</source>
        <translation>(nie ustawiono)</translation>
    </message>
    <message>
        <source>Few answers or a wide interval: read this NPS with care.</source>
        <translation>Mało odpowiedzi lub szeroki przedział: czytaj ten NPS ostrożnie.</translation>
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
        <translation>%1 do %2</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotorzy</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Obojętni</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detraktorzy</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>przedział 95 %</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::SettingsPage</name>
    <message>
        <source>Manager</source>
        <translation>Kierownik</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Follow-up rules</source>
        <translation>&amp;Zasady obsługi</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Pracownicy</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>&amp;Tematy</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Time to first contact</source>
        <translation>Czas do pierwszego kontaktu</translation>
    </message>
    <message>
        <source>Calendar hours (every hour counts)</source>
        <translation>Godziny kalendarzowe (liczy się każda godzina)</translation>
    </message>
    <message>
        <source>Working days (weekends and holidays pause it)</source>
        <translation>Dni robocze (weekendy i święta wstrzymują zegar)</translation>
    </message>
    <message>
        <source>Business hours (only opening hours count)</source>
        <translation>Godziny pracy (liczą się tylko godziny otwarcia)</translation>
    </message>
    <message>
        <source>SLA &amp;clock:</source>
        <translation>&amp;Zegar SLA:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <source>First contact &amp;within:</source>
        <translation>Pierwszy kontakt &amp;w ciągu:</translation>
    </message>
    <message>
        <source>Key accounts and high-value customers are called back sooner.</source>
        <translation>Do kluczowych klientów i klientów o wysokiej wartości oddzwaniamy szybciej.</translation>
    </message>
    <message>
        <source>&amp;Key accounts within:</source>
        <translation>&amp;Kluczowi klienci w ciągu:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wył.</translation>
    </message>
    <message>
        <source>Customers worth at least this much get the key-account time; 0 turns it off.</source>
        <translation>Klienci o co najmniej takiej wartości dostają czas kluczowych klientów; 0 wyłącza.</translation>
    </message>
    <message>
        <source>&amp;High-value customers from:</source>
        <translation>Klienci o &amp;wysokiej wartości od:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>&amp;Resolved within:</source>
        <translation>&amp;Rozwiązanie w ciągu:</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Otwarcie o</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Zamknięcie o</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>&amp;Godziny otwarcia:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Strefa &amp;czasowa:</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Dni wolne</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Włochy</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Public &amp;holidays of:</source>
        <translation>Święta &amp;państwowe:</translation>
    </message>
    <message>
        <source>Company days off</source>
        <translation>Dni wolne firmy</translation>
    </message>
    <message>
        <source>Company days off:</source>
        <translation>Dni wolne firmy:</translation>
    </message>
    <message>
        <source>Day off to add</source>
        <translation>Dzień wolny do dodania</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>&amp;Dodaj dzień</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <source>Open a case for &amp;passives too (7–8)</source>
        <translation>Otwieraj sprawę także dla &amp;obojętnych (7–8)</translation>
    </message>
    <message>
        <source>Open a case for p&amp;romoters too (9–10): thank them</source>
        <translation>Otwieraj sprawę także dla p&amp;romotorów (9–10): podziękuj im</translation>
    </message>
    <message>
        <source> failed attempts</source>
        <translation> nieudanych prób</translation>
    </message>
    <message>
        <source>&amp;Unreachable after:</source>
        <translation>&amp;Nieosiągalny po:</translation>
    </message>
    <message>
        <source> h before due</source>
        <translation> godz. przed terminem</translation>
    </message>
    <message>
        <source>&amp;Escalate from:</source>
        <translation>&amp;Eskaluj od:</translation>
    </message>
    <message>
        <source>Hand escalated cases &amp;to:</source>
        <translation>Przekazuj eskalowane sprawy &amp;do:</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Cofnij zmiany</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>&amp;Zapisz zasady</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>Active (works cases; can be assigned)</source>
        <translation>Aktywny (obsługuje sprawy; można mu je przydzielać)</translation>
    </message>
    <message>
        <source>A&amp;dd as new</source>
        <translation>&amp;Dodaj jako nowy</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>Za&amp;pisz zmiany</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>The department that fixes what this theme is about: closing a case with it as the root cause routes it there.</source>
        <translation>Dział, który usuwa przyczyny z tego tematu: zamknięcie sprawy z tą przyczyną źródłową kieruje ją do niego.</translation>
    </message>
    <message>
        <source>Fixed by &amp;department:</source>
        <translation>Rozwiązuje &amp;dział:</translation>
    </message>
    <message>
        <source>New theme, e.g. Parking</source>
        <translation>Nowy temat, np. Parking</translation>
    </message>
    <message>
        <source>New theme name</source>
        <translation>Nazwa nowego tematu</translation>
    </message>
    <message>
        <source>under the selected theme</source>
        <translation>pod wybranym tematem</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Dodaj &amp;temat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keywords&lt;/b&gt; – a word stem (&quot;deliver&quot; matches &quot;delivery&quot;) or a phrase of stems; a comment is read with the keywords of its language.</source>
        <translation>&lt;b&gt;Słowa kluczowe&lt;/b&gt; – rdzeń słowa („dostaw” pasuje do „dostawa”) lub fraza z rdzeni; komentarz czytany jest słowami kluczowymi swojego języka.</translation>
    </message>
    <message>
        <source>Keywords of the selected theme</source>
        <translation>Słowa kluczowe wybranego tematu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Słowo kluczowe</translation>
    </message>
    <message>
        <source>Keyword language</source>
        <translation>Język słowa kluczowego</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Włoski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>New keyword</source>
        <translation>Nowe słowo kluczowe</translation>
    </message>
    <message>
        <source>e.g. parking</source>
        <translation>np. parking</translation>
    </message>
    <message>
        <source>Add &amp;keyword</source>
        <translation>Dodaj &amp;słowo kluczowe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Re-tag all &amp;comments</source>
        <translation>Otaguj ponownie wszystkie &amp;komentarze</translation>
    </message>
    <message>
        <source>Reads every comment again with the current keywords. Themes set or removed by hand stay as they are.</source>
        <translation>Czyta ponownie każdy komentarz z aktualnymi słowami kluczowymi. Tematy nadane lub usunięte ręcznie zostają bez zmian.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Jak w systemie (%1)</translation>
    </message>
    <message>
        <source>The language of LoopDesk on this computer. It applies from the next start; the team&apos;s data and settings do not change.</source>
        <translation>Język LoopDesk na tym komputerze. Obowiązuje od następnego uruchomienia; dane i ustawienia zespołu się nie zmieniają.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Język interfejsu:</translation>
    </message>
    <message>
        <source>These settings are the team&apos;s: only a manager changes them. You are working as %1.</source>
        <translation>Te ustawienia należą do zespołu: zmienia je tylko kierownik. Pracujesz jako %1.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <source>nobody – flag them only</source>
        <translation>nikt – tylko oznacz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone LoopDesk knows; pick one from the list, such as Europe/Warsaw.</source>
        <translation>„%1” nie jest strefą czasową znaną LoopDesk; wybierz jedną z listy, np. Europe/Warsaw.</translation>
    </message>
    <message>
        <source>Opening hours must start before they end (%1 to %2).</source>
        <translation>Godziny otwarcia muszą zaczynać się przed końcem (%1 do %2).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <source>Saved. Answers imported from now on get these rules; open cases keep their due times.</source>
        <translation>Zapisano. Odpowiedzi importowane od teraz podlegają tym zasadom; otwarte sprawy zachowują swoje terminy.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>A staff member needs a name.</source>
        <translation>Pracownik musi mieć imię i nazwisko.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>%1 is already on the staff list.</source>
        <translation>%1 jest już na liście pracowników.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Dodano: %1.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Zapisano: %1.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— brak —</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>Type the new theme&apos;s name first.</source>
        <translation>Najpierw wpisz nazwę nowego tematu.</translation>
    </message>
    <message>
        <source>There is already a theme called %1 here.</source>
        <translation>Jest tu już temat o nazwie %1.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nie dodano: %1</translation>
    </message>
    <message>
        <source>Theme %1 added: give it keywords, then re-tag the comments.</source>
        <translation>Dodano temat %1: nadaj mu słowa kluczowe, a potem otaguj komentarze ponownie.</translation>
    </message>
    <message>
        <source>Select the theme the keyword belongs to.</source>
        <translation>Wybierz temat, do którego należy słowo kluczowe.</translation>
    </message>
    <message>
        <source>Type the keyword first.</source>
        <translation>Najpierw wpisz słowo kluczowe.</translation>
    </message>
    <message>
        <source>This theme already has the keyword &quot;%1&quot;.</source>
        <translation>Ten temat ma już słowo kluczowe „%1”.</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; added. Re-tag the comments to apply it to past answers.</source>
        <translation>Dodano słowo kluczowe „%1”. Otaguj komentarze ponownie, aby objąć nim wcześniejsze odpowiedzi.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nie usunięto: %1</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; removed.</source>
        <translation>Usunięto słowo kluczowe „%1”.</translation>
    </message>
    <message>
        <source>%1 is now fixed by %2.</source>
        <translation>%1 rozwiązuje teraz %2.</translation>
    </message>
    <message>
        <source>Comments read: %1; answers with a theme: %2; themes set by hand kept: %3.</source>
        <translation>Przeczytane komentarze: %1; odpowiedzi z tematem: %2; zachowane tematy nadane ręcznie: %3.</translation>
    </message>
    <message>
        <source>Re-tagging failed and changed nothing: %1</source>
        <translation>Ponowne tagowanie nie powiodło się i niczego nie zmieniło: %1</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Scenariusze</translation>
    </message>
    <message>
        <source>Compensation limits</source>
        <translation>Limity rekompensat</translation>
    </message>
    <message>
        <source>What each role may offer a customer on its own. Above it, the case waits for a manager&apos;s approval and cannot be closed before.</source>
        <translation>Ile każda rola może sama zaoferować klientowi. Powyżej tego sprawa czeka na zgodę kierownika i nie można jej wcześniej zamknąć.</translation>
    </message>
    <message>
        <source>nothing without approval</source>
        <translation>nic bez zgody</translation>
    </message>
    <message>
        <source>A&amp;gents may offer up to:</source>
        <translation>Konsul&amp;tanci mogą zaoferować do:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>Counted on the same clock as first contact.</source>
        <translation>Liczone według tego samego zegara co pierwszy kontakt.</translation>
    </message>
    <message>
        <source>Ma&amp;nagers may offer up to:</source>
        <translation>&amp;Kierownicy mogą zaoferować do:</translation>
    </message>
    <message>
        <source>A manager deci&amp;des within:</source>
        <translation>Kierownik &amp;decyduje w ciągu:</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::TeamDatabaseDialog</name>
    <message>
        <source>Open a team database</source>
        <translation>Otwórz bazę zespołu</translation>
    </message>
    <message>
        <source>A team shares one LoopDesk database on a PostgreSQL server. Your administrator gives you its server, its name and your login.</source>
        <translation>Zespół dzieli jedną bazę LoopDesk na serwerze PostgreSQL. Administrator poda Ci jej serwer, nazwę i Twój login.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>for example loopdesk</source>
        <translation>na przykład loopdesk</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>LoopDesk asks for your password when the server wants it and never stores it; a password in ~/.pgpass or the PGPASSWORD variable is used without asking.</source>
        <translation>LoopDesk pyta o hasło, gdy serwer go wymaga, i nigdy go nie zapisuje; hasło z ~/.pgpass lub zmiennej PGPASSWORD jest używane bez pytania.</translation>
    </message>
    <message>
        <source>Give the server, the database and your login.</source>
        <translation>Podaj serwer, bazę danych i swój login.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Password for the team database</source>
        <translation>Hasło do bazy zespołu</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Hasło do %1:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
</context>
<context>
    <name>loopdesk::ui::WaveTableModel</name>
    <message>
        <source>95 % interval %1 to %2 (adjusted Wald), %3 answers</source>
        <translation>przedział 95 % od %1 do %2 (skorygowany Wald), odpowiedzi: %3</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transakcyjna</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacyjna</translation>
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
        <translation>b.d.</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Fala</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Wskaźnik odpowiedzi</translation>
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
        <translation>Brak kwartału do przeglądu: podaj --quarter 2026Q3 (baza może nie mieć jeszcze odpowiedzi).</translation>
    </message>
    <message>
        <source>Close the customer feedback loop.</source>
        <translation>Domykaj pętlę opinii klientów.</translation>
    </message>
    <message>
        <source>Open the database at PATH instead of the default one.</source>
        <translation>Otwórz bazę danych ze ŚCIEŻKI zamiast domyślnej.</translation>
    </message>
    <message>
        <source>Quit as soon as the inbox is shown.</source>
        <translation>Zakończ, gdy tylko pojawi się skrzynka.</translation>
    </message>
    <message>
        <source>Write the quarterly loop review as a PDF to FILE and quit, without a window.</source>
        <translation>Zapisz kwartalny przegląd pętli jako PDF do PLIKU i zakończ, bez okna.</translation>
    </message>
    <message>
        <source>The review&apos;s quarter (default: the latest with answers).</source>
        <translation>Kwartał przeglądu (domyślnie: ostatni z odpowiedziami).</translation>
    </message>
    <message>
        <source>Review one segment only, DIMENSION=VALUE.</source>
        <translation>Przegląd tylko jednego segmentu, WYMIAR=WARTOŚĆ.</translation>
    </message>
</context>
</TS>
