<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <source>The database was upgraded; a copy of the old one is at %s</source>
        <translation>Databasen ble oppgradert; en kopi av den gamle ligger i %s</translation>
    </message>
    <message>
        <source>Creating the demo project…</source>
        <translation>Oppretter demoprosjektet…</translation>
    </message>
    <message>
        <source>Cannot add the demo project</source>
        <translation>Kan ikke legge til demoprosjektet</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message numerus="yes">
        <source>Move %n card(s) to “%1”</source>
        <translation>
            <numerusform>Flytt %n kort til «%1»</numerusform>
            <numerusform>Flytt %n kort til «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>The cards could not be moved</source>
        <translation>Kortene kunne ikke flyttes</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) moved to “%1”. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n kort er flyttet til «%1». Angre med Ctrl+Z.</numerusform>
            <numerusform>%n kort er flyttet til «%1». Angre med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Flytt til tema</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to which theme? Type a few letters of its name, or a new name.</source>
        <translation>
            <numerusform>Hvilket tema skal %n kort flyttes til? Skriv noen bokstaver av navnet, eller skriv et nytt navn.</numerusform>
            <numerusform>Hvilket tema skal %n kort flyttes til? Skriv noen bokstaver av navnet, eller skriv et nytt navn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new theme could not be made</source>
        <translation>Det nye temaet kunne ikke opprettes</translation>
    </message>
    <message>
        <source>Split “%1” into “%2”</source>
        <translation>Del opp «%1»: nytt tema «%2»</translation>
    </message>
    <message numerus="yes">
        <source>New theme “%1” with %n card(s)</source>
        <translation>
            <numerusform>Nytt tema «%1» med %n kort</numerusform>
            <numerusform>Nytt tema «%1» med %n kort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New theme “%1” with %n card(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Nytt tema «%1» med %n kort. Angre med Ctrl+Z.</numerusform>
            <numerusform>Nytt tema «%1» med %n kort. Angre med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>New theme “%1”</source>
        <translation>Nytt tema «%1»</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation>Navn på det nye temaet:</translation>
    </message>
    <message>
        <source>Theme added. Drag cards to it, or select cards and press M.</source>
        <translation>Temaet er lagt til. Dra kort til det, eller velg kort og trykk M.</translation>
    </message>
    <message>
        <source>Rename theme “%1”</source>
        <translation>Endre navn på tema «%1»</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Endre navn på tema</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nytt navn på «%1»:</translation>
    </message>
    <message>
        <source>Theme renamed. Undo with Ctrl+Z.</source>
        <translation>Temaet har fått nytt navn. Angre med Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into which theme? Its %n idea(s) move there (in every workshop of the project) and “%1” is removed. The theme you choose keeps its name.</source>
        <translation>
            <numerusform>Hvilket tema skal «%1» slås sammen med? Temaets %n idé flyttes dit (i alle verkstedene i prosjektet), og «%1» fjernes. Temaet du velger, beholder navnet sitt.</numerusform>
            <numerusform>Hvilket tema skal «%1» slås sammen med? Temaets %n idéer flyttes dit (i alle verkstedene i prosjektet), og «%1» fjernes. Temaet du velger, beholder navnet sitt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge theme</source>
        <translation>Slå sammen tema</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Slå sammen «%1» med «%2»</translation>
    </message>
    <message>
        <source>The themes could not be merged</source>
        <translation>Temaene kunne ikke slås sammen</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”. Undo with Ctrl+Z.</source>
        <translation>«%1» er slått sammen med «%2». Angre med Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Name of the new theme for the %n selected card(s):</source>
        <translation>
            <numerusform>Navn på det nye temaet for %n valgt kort:</numerusform>
            <numerusform>Navn på det nye temaet for de %n valgte kortene:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name of the new theme for the %n selected card(s) of “%1”:</source>
        <translation>
            <numerusform>Navn på det nye temaet for %n valgt kort fra «%1»:</numerusform>
            <numerusform>Navn på det nye temaet for de %n valgte kortene fra «%1»:</numerusform>
        </translation>
    </message>
    <message>
        <source>Split into new theme</source>
        <translation>Del opp i nytt tema</translation>
    </message>
    <message>
        <source>Delete theme “%1”</source>
        <translation>Slett tema «%1»</translation>
    </message>
    <message>
        <source>The theme could not be deleted</source>
        <translation>Temaet kunne ikke slettes</translation>
    </message>
    <message numerus="yes">
        <source>Theme “%1” deleted; its %n idea(s) have no theme now. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Temaet «%1» er slettet; %n idé er nå uten tema. Angre med Ctrl+Z.</numerusform>
            <numerusform>Temaet «%1» er slettet; %n idéer er nå uten tema. Angre med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>This step cannot be undone or redone</source>
        <translation>Dette steget kan ikke angres eller gjøres om</translation>
    </message>
</context>
<context>
    <name>BoardMenu</name>
    <message>
        <source>Move &amp;to</source>
        <translation>Flytt &amp;til</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Uten tema</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>%1: %2
From: %3</source>
        <translation>%1: %2
Fra: %3</translation>
    </message>
    <message>
        <source>SDGs: %1</source>
        <translation>Bærekraftsmål: %1</translation>
    </message>
    <message>
        <source>No card here matches the filter.</source>
        <translation>Ingen kort her passer med filteret.</translation>
    </message>
    <message>
        <source>Every card has a theme. Drop a card here to take it out of its theme.</source>
        <translation>Alle kortene har et tema. Slipp et kort her for å ta det ut av temaet sitt.</translation>
    </message>
    <message>
        <source>No cards yet. Drag cards here, or select cards and press M.</source>
        <translation>Ingen kort ennå. Dra kort hit, eller velg kort og trykk M.</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Temanavn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Uten tema</translation>
    </message>
    <message>
        <source>New theme “%1”</source>
        <translation>Nytt tema «%1»</translation>
    </message>
    <message>
        <source>&amp;Move to theme…</source>
        <translation>&amp;Flytt til tema…</translation>
    </message>
    <message>
        <source>Move the selected cards to a theme you pick by typing its name</source>
        <translation>Flytt de valgte kortene til et tema du velger ved å skrive navnet på det</translation>
    </message>
    <message>
        <source>&amp;New theme…</source>
        <translation>&amp;Nytt tema…</translation>
    </message>
    <message>
        <source>Add an empty theme</source>
        <translation>Legg til et tomt tema</translation>
    </message>
    <message>
        <source>&amp;Rename theme…</source>
        <translation>&amp;Endre navn på tema…</translation>
    </message>
    <message>
        <source>Rename the current theme</source>
        <translation>Endre navn på det gjeldende temaet</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>Slå sa&amp;mmen med…</translation>
    </message>
    <message>
        <source>Merge the current theme into another one: its ideas move there and it is removed</source>
        <translation>Slå sammen det gjeldende temaet med et annet: idéene flyttes dit, og temaet fjernes</translation>
    </message>
    <message>
        <source>&amp;Split into new theme…</source>
        <translation>&amp;Del opp i nytt tema…</translation>
    </message>
    <message>
        <source>Make a new theme of the selected cards</source>
        <translation>Lag et nytt tema av de valgte kortene</translation>
    </message>
    <message>
        <source>&amp;Delete theme</source>
        <translation>&amp;Slett tema</translation>
    </message>
    <message>
        <source>Remove the current theme; its ideas go to “No theme”</source>
        <translation>Fjern det gjeldende temaet; idéene havner i «Uten tema»</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Endre navn</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Del opp</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Show only cards with…</source>
        <translation>Vis bare kort med…</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrer kort</translation>
    </message>
    <message>
        <source>Show only the cards whose text, title, participant code or table group contains this</source>
        <translation>Vis bare kortene der teksten, tittelen, deltakerkoden eller bordgruppen inneholder dette</translation>
    </message>
    <message>
        <source>Number of cards</source>
        <translation>Antall kort</translation>
    </message>
    <message>
        <source>Choose a project or a workshop on the left to sort its ideas into themes.</source>
        <translation>Velg et prosjekt eller et verksted til venstre for å sortere idéene i temaer.</translation>
    </message>
    <message>
        <source>Drag cards to another theme, or select them and press M. Ctrl+Shift+←/→ moves them one theme over, Ctrl+←/→ goes there. Enter opens a card, Ctrl+Z undoes.</source>
        <translation>Dra kort til et annet tema, eller velg dem og trykk M. Ctrl+Shift+←/→ flytter dem ett tema til siden, Ctrl+←/→ går dit. Enter åpner et kort, Ctrl+Z angrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kort</numerusform>
            <numerusform>%n kort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s)</source>
        <translation>
            <numerusform>%1 av %n kort</numerusform>
            <numerusform>%1 av %n kort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Keep %s for the next idea</source>
        <translation>Behold %s til neste idé</translation>
    </message>
    <message>
        <source>Pinned: %s is kept for the next idea. Click to clear it after each save.</source>
        <translation>Festet: %s beholdes til neste idé. Klikk for å tømme feltet etter hver lagring.</translation>
    </message>
    <message>
        <source>Not pinned: %s is cleared after each save. Click to keep it.</source>
        <translation>Ikke festet: %s tømmes etter hver lagring. Klikk for å beholde feltet.</translation>
    </message>
    <message>
        <source>Need  %s</source>
        <translation>Behov  %s</translation>
    </message>
    <message>
        <source>A need or a problem (%s)</source>
        <translation>Et behov eller et problem (%s)</translation>
    </message>
    <message>
        <source>Need or problem</source>
        <translation>Behov eller problem</translation>
    </message>
    <message>
        <source>Idea  %s</source>
        <translation>Idé  %s</translation>
    </message>
    <message>
        <source>An idea or a solution (%s)</source>
        <translation>En idé eller en løsning (%s)</translation>
    </message>
    <message>
        <source>Idea or solution</source>
        <translation>Idé eller løsning</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>typen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kilde:</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>kilden</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Idea text</source>
        <translation>Idétekst</translation>
    </message>
    <message>
        <source>What did the participant say or write? Enter saves · Shift+Enter starts a new line</source>
        <translation>Hva sa eller skrev deltakeren? Enter lagrer · Shift+Enter gir ny linje</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Deltakerkode</translation>
    </message>
    <message>
        <source>e.g. W1-007 or 7</source>
        <translation>f.eks. W1-007 eller 7</translation>
    </message>
    <message>
        <source>The code on the participant&apos;s card. A number alone means this workshop&apos;s participant with that number.</source>
        <translation>Koden på deltakerens kort. Et tall alene betyr deltakeren med det nummeret i dette verkstedet.</translation>
    </message>
    <message>
        <source>Table group</source>
        <translation>Bordgruppe</translation>
    </message>
    <message>
        <source>e.g. Table 3</source>
        <translation>f.eks. Bord 3</translation>
    </message>
    <message>
        <source>For ideas of a whole table: leave the participant code empty.</source>
        <translation>For idéer fra et helt bord: la deltakerkoden stå tom.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Pick a theme, or type a new name to create it.</source>
        <translation>Velg et tema, eller skriv et nytt navn for å opprette det.</translation>
    </message>
    <message>
        <source>Pick or type a new one</source>
        <translation>Velg, eller skriv et nytt</translation>
    </message>
    <message>
        <source>the participant code</source>
        <translation>deltakerkoden</translation>
    </message>
    <message>
        <source>or table group:</source>
        <translation>eller bordgruppe:</translation>
    </message>
    <message>
        <source>the table group</source>
        <translation>bordgruppen</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>the theme</source>
        <translation>temaet</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Deltaker:</translation>
    </message>
    <message>
        <source>SDGs:</source>
        <translation>Bærekraftsmål:</translation>
    </message>
    <message>
        <source>the SDGs</source>
        <translation>bærekraftsmålene</translation>
    </message>
    <message>
        <source>Strategy goals</source>
        <translation>Strategimål</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Optional short title</source>
        <translation>Valgfri kort tittel</translation>
    </message>
    <message>
        <source>the strategy goals</source>
        <translation>strategimålene</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter new line · %1 need · %2 idea · pinned fields are kept for the next idea · Ctrl+Z undoes a save</source>
        <translation>Enter lagrer · Shift+Enter ny linje · %1 behov · %2 idé · festede felt beholdes til neste idé · Ctrl+Z angrer en lagring</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Tastaturhjelp</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Resultat av lagring</translation>
    </message>
    <message>
        <source>Save idea</source>
        <translation>Lagre idé</translation>
    </message>
    <message>
        <source>Save the idea (Enter)</source>
        <translation>Lagre idéen (Enter)</translation>
    </message>
    <message>
        <source>Strategy goal %1: %2</source>
        <translation>Strategimål %1: %2</translation>
    </message>
</context>
<context>
    <name>CaptureIdeaList</name>
    <message>
        <source>Number of ideas in this workshop</source>
        <translation>Antall idéer i dette verkstedet</translation>
    </message>
    <message>
        <source>Ideas of this workshop</source>
        <translation>Idéer i dette verkstedet</translation>
    </message>
    <message>
        <source>&amp;Edit idea…</source>
        <translation>&amp;Rediger idé…</translation>
    </message>
    <message>
        <source>Edit the selected idea (F2)</source>
        <translation>Rediger den valgte idéen (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete idea</source>
        <translation>&amp;Slett idé</translation>
    </message>
    <message>
        <source>Delete the selected ideas (Delete); Ctrl+Z brings them back</source>
        <translation>Slett de valgte idéene (Delete); Ctrl+Z henter dem tilbake</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) in this workshop</source>
        <translation>
            <numerusform>%n idé i dette verkstedet</numerusform>
            <numerusform>%n idéer i dette verkstedet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n idé slettet. Angre med Ctrl+Z.</numerusform>
            <numerusform>%n idéer slettet. Angre med Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureSaving</name>
    <message>
        <source>Add idea</source>
        <translation>Legg til idé</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Lagret ✓</translation>
    </message>
    <message>
        <source>Idea saved: “%1”. Ctrl+Z undoes it.</source>
        <translation>Idéen er lagret: «%1». Ctrl+Z angrer.</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Ikke lagret: %s</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Choose a workshop in the list on the left: ideas are captured into one workshop.</source>
        <translation>Velg et verksted i listen til venstre: idéene noteres i ett verksted om gangen.</translation>
    </message>
    <message>
        <source>No workshop chosen</source>
        <translation>Ikke noe verksted valgt</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <source>Capture ideas · %1 %2</source>
        <translation>Noter idéer · %1 %2</translation>
    </message>
</context>
<context>
    <name>ChosenDelegate</name>
    <message>
        <source>Chosen value</source>
        <translation>Valgt verdi</translation>
    </message>
</context>
<context>
    <name>ColoursDialog</name>
    <message>
        <source>Dot colours</source>
        <translation>Prikkfarger</translation>
    </message>
    <message>
        <source>At the wall, each dot colour can stand for one group of people, e.g. red for residents and blue for local businesses. Choose the question and tick the groups that have a colour. Leave everything unticked to count all dots together.</source>
        <translation>På veggen kan hver prikkfarge stå for én gruppe mennesker, f.eks. rød for beboere og blå for lokalt næringsliv. Velg spørsmålet, og kryss av for gruppene som skal ha en farge. La alt stå uten kryss for å telle alle prikkene samlet.</translation>
    </message>
    <message>
        <source>Question the colours stand for</source>
        <translation>Spørsmålet fargene står for</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Spørsmål:</translation>
    </message>
    <message>
        <source>Groups with a dot colour</source>
        <translation>Grupper med en prikkfarge</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Population (reference)</source>
        <translation>Befolkning (referanse)</translation>
    </message>
    <message>
        <source>%1: participants and population</source>
        <translation>%1: deltakere og befolkning</translation>
    </message>
    <message>
        <source>%1: participants %2, population %3</source>
        <translation>%1: deltakere %2, befolkning %3</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts to review</source>
        <extracomment>the number of open conflicts after every refresh (for a tab title or a badge)</extracomment>
        <translation>Konflikter å gå gjennom</translation>
    </message>
    <message>
        <source>Number of open conflicts</source>
        <translation>Antall åpne konflikter</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts too</source>
        <translation>Ta &amp;med løste konflikter</translation>
    </message>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>Vis også løste konflikter</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>The conflict</source>
        <translation>Konflikten</translation>
    </message>
    <message>
        <source>About the two versions</source>
        <translation>Om de to versjonene</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Begge versjonene, felt for felt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>This device&apos;s version</source>
        <translation>Versjonen på denne maskinen</translation>
    </message>
    <message>
        <source>Incoming version</source>
        <translation>Innkommende versjon</translation>
    </message>
    <message>
        <source>To combine, click (or press Enter on) the value to keep in each highlighted row, then choose Combine.</source>
        <translation>For å kombinere: klikk på (eller trykk Enter på) verdien du vil beholde i hver uthevet rad, og velg deretter Kombiner.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Keep this device&apos;s version</source>
        <translation>&amp;Behold versjonen på denne maskinen</translation>
    </message>
    <message>
        <source>Keep this device&apos;s version</source>
        <translation>Behold versjonen på denne maskinen</translation>
    </message>
    <message>
        <source>&amp;Take incoming version</source>
        <translation>Bruk &amp;innkommende versjon</translation>
    </message>
    <message>
        <source>Take the incoming version</source>
        <translation>Bruk den innkommende versjonen</translation>
    </message>
    <message>
        <source>&amp;Combine chosen fields</source>
        <translation>&amp;Kombiner valgte felt</translation>
    </message>
    <message>
        <source>Combine the chosen fields</source>
        <translation>Kombiner de valgte feltene</translation>
    </message>
    <message>
        <source>No conflicts to review. When an imported package changes a record that was also changed here, it appears in this list.</source>
        <translation>Ingen konflikter å gå gjennom. Når en importert pakke endrer en post som også er endret her, vises den i denne listen.</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Ingen konflikter</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n åpen</numerusform>
            <numerusform>%n åpne</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved: %1</source>
        <translation>løst: %1</translation>
    </message>
    <message>
        <source>from %1 · %2</source>
        <translation>fra %1 · %2</translation>
    </message>
    <message>
        <source>kept this device&apos;s version</source>
        <translation>beholdt versjonen på denne maskinen</translation>
    </message>
    <message>
        <source>took the incoming version</source>
        <translation>brukte den innkommende versjonen</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>kombinert</translation>
    </message>
    <message>
        <source>%1 “%2” was changed on this device and on %3</source>
        <translation>%1 «%2» ble endret både på denne maskinen og på %3</translation>
    </message>
    <message>
        <source>The two versions differ in this field</source>
        <translation>De to versjonene er ulike i dette feltet</translation>
    </message>
    <message>
        <source>the incoming version</source>
        <translation>den innkommende versjonen</translation>
    </message>
    <message>
        <source>this device&apos;s version</source>
        <translation>versjonen på denne maskinen</translation>
    </message>
    <message>
        <source>a later version</source>
        <translation>en senere versjon</translation>
    </message>
    <message>
        <source>This device&apos;s version: changed %1 on %2.</source>
        <translation>Versjonen på denne maskinen: endret %1 på %2.</translation>
    </message>
    <message>
        <source>Incoming version: changed %1 on %2.</source>
        <translation>Innkommende versjon: endret %1 på %2.</translation>
    </message>
    <message>
        <source>Until you choose, the database holds %1 (the later change).</source>
        <translation>Inntil du velger, inneholder databasen %1 (den seneste endringen).</translation>
    </message>
    <message>
        <source>Resolved %1: %2.</source>
        <translation>Løst %1: %2.</translation>
    </message>
    <message>
        <source>Choose values from both versions to combine them</source>
        <translation>Velg verdier fra begge versjonene for å kombinere dem</translation>
    </message>
    <message>
        <source>Combine both versions</source>
        <translation>Kombiner begge versjonene</translation>
    </message>
    <message>
        <source>Conflict resolved. Undo with Ctrl+Z.</source>
        <translation>Konflikten er løst. Angre med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>no ideas yet</source>
        <translation>ingen idéer ennå</translation>
    </message>
    <message>
        <source>%1 · %2 in plan</source>
        <translation>%1 · %2 i planen</translation>
    </message>
    <message>
        <source>No ideas yet.</source>
        <translation>Ingen idéer ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Coverage summary</source>
        <translation>Sammendrag av dekningen</translation>
    </message>
    <message>
        <source>Dark: accepted, in progress or implemented</source>
        <translation>Mørk: tatt inn i planen, under arbeid eller gjennomført</translation>
    </message>
    <message>
        <source>Light: other ideas</source>
        <translation>Lys: andre idéer</translation>
    </message>
    <message>
        <source>Ideas per SDG</source>
        <translation>Idéer per bærekraftsmål</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>FNs bærekraftsmål</translation>
    </message>
    <message>
        <source>Ideas per strategy goal</source>
        <translation>Idéer per strategimål</translation>
    </message>
    <message>
        <source>Strategy goals</source>
        <translation>Strategimål</translation>
    </message>
    <message>
        <source>This project has no strategy goals yet. Add them to the project to see which of them the ideas support.</source>
        <translation>Prosjektet har ingen strategimål ennå. Legg dem til i prosjektet for å se hvilke av dem idéene støtter.</translation>
    </message>
    <message>
        <source>Strategy goals of the project</source>
        <translation>Prosjektets strategimål</translation>
    </message>
    <message>
        <source>What the ideas of %1 cover</source>
        <translation>Hva idéene i %1 dekker</translation>
    </message>
    <message>
        <source>Every goal has at least one idea.</source>
        <translation>Hvert mål har minst én idé.</translation>
    </message>
    <message>
        <source>No ideas yet: %1</source>
        <translation>Ingen idéer ennå: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 17 SDGs have ideas</source>
        <translation>%1 av 17 bærekraftsmål har idéer</translation>
    </message>
    <message>
        <source>%1 of %2 strategy goals have ideas</source>
        <translation>%1 av %2 strategimål har idéer</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) without an SDG</source>
        <translation>
            <numerusform>%n idé uten bærekraftsmål</numerusform>
            <numerusform>%n idéer uten bærekraftsmål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) without a strategy goal</source>
        <translation>
            <numerusform>%n idé uten strategimål</numerusform>
            <numerusform>%n idéer uten strategimål</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Idea to score</source>
        <translation>Idé som skal få poeng</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deltaker</translation>
    </message>
    <message>
        <source>&amp;Table group</source>
        <translation>&amp;Bordgruppe</translation>
    </message>
    <message>
        <source>e.g. W1-007</source>
        <translation>f.eks. W1-007</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Deltakerkode</translation>
    </message>
    <message>
        <source>e.g. Table 3</source>
        <translation>f.eks. Bord 3</translation>
    </message>
    <message>
        <source>Table group</source>
        <translation>Bordgruppe</translation>
    </message>
    <message>
        <source>Scored by:</source>
        <translation>Poeng gitt av:</translation>
    </message>
    <message>
        <source>Idea being scored</source>
        <translation>Idéen som får poeng</translation>
    </message>
    <message>
        <source>&amp;Save scores</source>
        <translation>&amp;Lagre poeng</translation>
    </message>
    <message>
        <source>Save scores</source>
        <translation>Lagre poeng</translation>
    </message>
    <message>
        <source>Save the scores of this idea (Enter)</source>
        <translation>Lagre poengene for denne idéen (Enter)</translation>
    </message>
    <message>
        <source>Score sets recorded</source>
        <translation>Registrerte poengsett</translation>
    </message>
    <message>
        <source>Keys: 1–5 give a score and move on, 0 clears, Enter on the last field saves.</source>
        <translation>Taster: 1–5 gir poeng og går videre, 0 tømmer, Enter i det siste feltet lagrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n score set(s) recorded</source>
        <translation>
            <numerusform>%n poengsett registrert</numerusform>
            <numerusform>%n poengsett registrert</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no criteria to score on.</source>
        <translation>Prosjektet har ingen kriterier å gi poeng etter.</translation>
    </message>
    <message>
        <source>Choose an idea</source>
        <translation>Velg en idé</translation>
    </message>
    <message>
        <source>Choose the idea to score.</source>
        <translation>Velg idéen som skal få poeng.</translation>
    </message>
    <message>
        <source>Type the participant code, or choose Table group.</source>
        <translation>Skriv inn deltakerkoden, eller velg Bordgruppe.</translation>
    </message>
    <message>
        <source>Type the name of the table group.</source>
        <translation>Skriv inn navnet på bordgruppen.</translation>
    </message>
    <message>
        <source>Give at least one score from 1 to 5.</source>
        <translation>Gi poeng fra 1 til 5 på minst ett kriterium.</translation>
    </message>
    <message>
        <source>Scores by %1 saved for “%2”.</source>
        <translation>Poengene fra %1 er lagret for «%2».</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>ikke avgjort ennå</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <source>Change &amp;status…</source>
        <translation>Endre &amp;status…</translation>
    </message>
    <message>
        <source>Change the status of the selected ideas, with a reason and a date (Ctrl+Shift+D)</source>
        <translation>Endre statusen for de valgte idéene, med begrunnelse og dato (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Søk i idéer</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer etter status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Number of ideas shown</source>
        <translation>Antall idéer som vises</translation>
    </message>
    <message>
        <source>Ideas and their status</source>
        <translation>Idéer og deres status</translation>
    </message>
    <message>
        <source>Select an idea to see its strategy goals, its SDGs and its path to a decision.</source>
        <translation>Velg en idé for å se strategimålene, bærekraftsmålene og veien fram til et vedtak.</translation>
    </message>
    <message>
        <source>Selected idea</source>
        <translation>Valgt idé</translation>
    </message>
    <message>
        <source>Status of the selected idea</source>
        <translation>Status for den valgte idéen</translation>
    </message>
    <message>
        <source>Strategy goals of the selected idea</source>
        <translation>Strategimål for den valgte idéen</translation>
    </message>
    <message>
        <source>SDGs of the selected idea</source>
        <translation>Bærekraftsmål for den valgte idéen</translation>
    </message>
    <message>
        <source>Path to a decision</source>
        <translation>Veien til et vedtak</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Endre status…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Endre status</translation>
    </message>
    <message>
        <source>Strategy goals</source>
        <translation>Strategimål</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>FNs bærekraftsmål</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change status of %n ideas…</source>
        <translation>
            <numerusform>Endre status for %n idé…</numerusform>
            <numerusform>Endre status for %n idéer…</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>lagt til %1</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Lagt til (%1)</translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation>skrevet inn av %1</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>vedtatt av %1</translation>
    </message>
    <message>
        <source>Select one or more ideas first.</source>
        <translation>Velg én eller flere idéer først.</translation>
    </message>
    <message numerus="yes">
        <source>Status changed for %n idea(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Status endret for %n idé. Angre med Ctrl+Z.</numerusform>
            <numerusform>Status endret for %n idéer. Angre med Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DimensionPanel</name>
    <message>
        <source>R-score of %1</source>
        <translation>R-indeks for %1</translation>
    </message>
    <message>
        <source>The lowest participation ratio divided by the highest. 1 = every group takes part in proportion to the population; 0 = a group is missing.</source>
        <translation>Den laveste deltakelsesraten delt på den høyeste. 1 = alle grupper deltar i samme forhold som i befolkningen; 0 = en gruppe mangler.</translation>
    </message>
    <message>
        <source>Under-represented groups in %1</source>
        <translation>Underrepresenterte grupper i %1</translation>
    </message>
    <message>
        <source>%1: numbers</source>
        <translation>%1: tall</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Participants in the group (groups of 1 to 4 are shown as &lt;5)</source>
        <translation>Deltakere i gruppen (grupper på 1 til 4 vises som &lt;5)</translation>
    </message>
    <message>
        <source>Share among the participants compared with the population</source>
        <translation>Andel blant deltakerne, sammenlignet med befolkningen</translation>
    </message>
    <message>
        <source>Share of the reference population</source>
        <translation>Andel av referansebefolkningen</translation>
    </message>
    <message>
        <source>Participation ratio: share ÷ population share (below %1 = under-represented)</source>
        <translation>Deltakelsesrate: andel ÷ befolkningsandel (under %1 = underrepresentert)</translation>
    </message>
    <message>
        <source>Not compared in %1</source>
        <translation>Ikke sammenlignet i %1</translation>
    </message>
    <message>
        <source>R-score &lt;b style=&apos;font-size: 15pt&apos;&gt;%1&lt;/b&gt;</source>
        <translation>R-indeks &lt;b style=&apos;font-size: 15pt&apos;&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Under-represented: %1</source>
        <translation>Underrepresentert: %1</translation>
    </message>
    <message>
        <source>No group under-represented (every ratio is %1 or more).</source>
        <translation>Ingen grupper er underrepresentert (alle ratene er %1 eller høyere).</translation>
    </message>
    <message>
        <source>Prefer not to say: %1</source>
        <translation>Vil ikke oppgi: %1</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Ikke besvart: %1</translation>
    </message>
    <message>
        <source>No population figure: %1</source>
        <translation>Mangler befolkningstall: %1</translation>
    </message>
    <message>
        <source>Not compared — %1</source>
        <translation>Ikke sammenlignet – %1</translation>
    </message>
    <message>
        <source>%1 is under-represented: %2 of its share of the population</source>
        <translation>%1 er underrepresentert: %2 av gruppens andel av befolkningen</translation>
    </message>
    <message>
        <source>%1, under-represented</source>
        <translation>%1, underrepresentert</translation>
    </message>
</context>
<context>
    <name>DotBallotEntry</name>
    <message>
        <source>e.g. W1-007</source>
        <translation>f.eks. W1-007</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Deltakerkode</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Deltaker:</translation>
    </message>
    <message>
        <source>Ideas (Enter adds a dot)</source>
        <translation>Idéer (Enter legger til en prikk)</translation>
    </message>
    <message>
        <source>Dots on this ballot</source>
        <translation>Prikker på denne stemmeseddelen</translation>
    </message>
    <message>
        <source>Delete or Backspace takes one dot off the selected idea</source>
        <translation>Delete eller Backspace fjerner én prikk fra den valgte idéen</translation>
    </message>
    <message>
        <source>Add dot →</source>
        <translation>Legg til prikk →</translation>
    </message>
    <message>
        <source>Add a dot to the chosen idea</source>
        <translation>Legg til en prikk på den valgte idéen</translation>
    </message>
    <message>
        <source>← Remove dot</source>
        <translation>← Fjern prikk</translation>
    </message>
    <message>
        <source>Take a dot off the selected idea</source>
        <translation>Fjern en prikk fra den valgte idéen</translation>
    </message>
    <message>
        <source>&amp;Record ballot</source>
        <translation>Re&amp;gistrer stemmeseddel</translation>
    </message>
    <message>
        <source>Record ballot</source>
        <translation>Registrer stemmeseddel</translation>
    </message>
    <message>
        <source>Save this ballot (Ctrl+Enter)</source>
        <translation>Lagre denne stemmeseddelen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <source>Clear the ballot</source>
        <translation>Tøm stemmeseddelen</translation>
    </message>
    <message>
        <source>Ballots recorded</source>
        <translation>Registrerte stemmesedler</translation>
    </message>
    <message>
        <source>This ballot</source>
        <translation>Denne stemmeseddelen</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) recorded</source>
        <translation>
            <numerusform>%n stemmeseddel registrert</numerusform>
            <numerusform>%n stemmesedler registrert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) on</source>
        <translation>
            <numerusform>%n prikk på</numerusform>
            <numerusform>%n prikker på</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the participant code from the ballot.</source>
        <translation>Skriv inn deltakerkoden fra stemmeseddelen.</translation>
    </message>
    <message>
        <source>The ballot has no dots yet: choose the ideas with Enter.</source>
        <translation>Stemmeseddelen har ingen prikker ennå: velg idéene med Enter.</translation>
    </message>
    <message numerus="yes">
        <source>Ballot of %1 recorded: %n dot(s).</source>
        <translation>
            <numerusform>Stemmeseddelen fra %1 er registrert: %n prikk.</numerusform>
            <numerusform>Stemmeseddelen fra %1 er registrert: %n prikker.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DotCounter</name>
    <message>
        <source>Dots left</source>
        <translation>Prikker igjen</translation>
    </message>
    <message>
        <source>%1 of %2 dots left</source>
        <translation>%1 av %2 prikker igjen</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) too many</source>
        <translation>
            <numerusform>%n prikk for mye</numerusform>
            <numerusform>%n prikker for mange</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DotsPanel</name>
    <message>
        <source>How the dots are entered</source>
        <translation>Hvordan prikkene registreres</translation>
    </message>
    <message>
        <source>Ballots (one per person)</source>
        <translation>Stemmesedler (én per person)</translation>
    </message>
    <message>
        <source>Wall tallies (dots counted per idea)</source>
        <translation>Opptelling fra veggen (prikker telt per idé)</translation>
    </message>
</context>
<context>
    <name>EarlierInput</name>
    <message>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <source>Being done</source>
        <translation>Under arbeid</translation>
    </message>
    <message>
        <source>Accepted into the plan</source>
        <translation>Tatt inn i planen</translation>
    </message>
    <message>
        <source>Being looked at</source>
        <translation>Under vurdering</translation>
    </message>
    <message>
        <source>Not taken forward</source>
        <translation>Ikke videreført</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Ingen vedtak ennå</translation>
    </message>
</context>
<context>
    <name>EarlierInputView</name>
    <message>
        <source>What happened to earlier input</source>
        <translation>Hva skjedde med tidligere innspill</translation>
    </message>
    <message>
        <source>Summary of the decisions</source>
        <translation>Oppsummering av vedtakene</translation>
    </message>
    <message>
        <source>Show ideas without a decision &amp;yet</source>
        <translation>Vis idéer uten vedtak enn&amp;å</translation>
    </message>
    <message>
        <source>Show ideas without a decision yet</source>
        <translation>Vis idéer uten vedtak ennå</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekststørrelse</translation>
    </message>
    <message>
        <source>Larger text for a projector</source>
        <translation>Større tekst for prosjektor</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>Tekstst&amp;ørrelse:</translation>
    </message>
    <message>
        <source>Earlier ideas and their decisions</source>
        <translation>Tidligere idéer og vedtakene om dem</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Vedtaksdato</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>No earlier ideas</source>
        <translation>Ingen tidligere idéer</translation>
    </message>
    <message>
        <source>Choose the workshop you are preparing to see what happened to the ideas of the workshops before it.</source>
        <translation>Velg verkstedet du forbereder, for å se hva som skjedde med idéene fra verkstedene før det.</translation>
    </message>
    <message>
        <source>Before %1: what happened to your ideas</source>
        <translation>Før %1: dette har skjedd med idéene deres</translation>
    </message>
    <message>
        <source>What happened to the ideas so far</source>
        <translation>Dette har skjedd med idéene så langt</translation>
    </message>
    <message>
        <source>This is the first workshop of the project: there are no earlier ideas to report on.</source>
        <translation>Dette er det første verkstedet i prosjektet: det finnes ingen tidligere idéer å rapportere om.</translation>
    </message>
    <message>
        <source>The earlier workshops have no ideas.</source>
        <translation>De tidligere verkstedene har ingen idéer.</translation>
    </message>
    <message numerus="yes">
        <source>No decisions yet on the %n idea(s) of the earlier workshops. Tick “Show ideas without a decision yet” to list them.</source>
        <translation>
            <numerusform>Det er ennå ikke gjort vedtak om %n idé fra de tidligere verkstedene. Kryss av for «Vis idéer uten vedtak ennå» for å vise den.</numerusform>
            <numerusform>Det er ennå ikke gjort vedtak om noen av de %n idéene fra de tidligere verkstedene. Kryss av for «Vis idéer uten vedtak ennå» for å vise dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) from %1</source>
        <translation>
            <numerusform>%n idé fra %1</numerusform>
            <numerusform>%n idéer fra %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a decision</source>
        <translation>
            <numerusform>%n med vedtak</numerusform>
            <numerusform>%n med vedtak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done, being done or in the plan</source>
        <translation>
            <numerusform>%n gjennomført, under arbeid eller i planen</numerusform>
            <numerusform>%n gjennomført, under arbeid eller i planen</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Ingen vedtak ennå</translation>
    </message>
</context>
<context>
    <name>EntryBatchDialog</name>
    <message>
        <source>New batch of cards</source>
        <translation>Ny kortbunke</translation>
    </message>
    <message>
        <source>&amp;Name of the stack:</source>
        <translation>&amp;Navn på bunken:</translation>
    </message>
    <message>
        <source>e.g. Table 3 stack</source>
        <translation>f.eks. Bunken fra bord 3</translation>
    </message>
    <message>
        <source>Name of the stack</source>
        <translation>Navn på bunken</translation>
    </message>
    <message>
        <source>&amp;Double entry: two volunteers type every card</source>
        <translation>&amp;Dobbel inntasting: to frivillige skriver inn hvert kort</translation>
    </message>
    <message>
        <source>Double entry</source>
        <translation>Dobbel inntasting</translation>
    </message>
    <message>
        <source>The two passes are compared field by field, and only what both agree on (or what you choose) becomes ideas. Without double entry, each card becomes an idea as soon as it is saved.</source>
        <translation>De to rundene sammenlignes felt for felt, og bare det begge er enige om (eller det du velger), blir idéer. Uten dobbel inntasting blir hvert kort en idé så snart det er lagret.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No %1 with id %2.</source>
        <extracomment>reason -&gt; (the translated sentence, the details that fill %1, %2, …). A detail name may say how to show its value after a colon: ``:mb`` (bytes as megabytes), ``:workshop_status``, ``:.3f`` (a number format). ``what`` and ``field`` are translated nouns, ``status`` an idea status, ``message`` the English message (for technical details). Lists are joined.</extracomment>
        <translation>Det finnes ingen %1 med id %2.</translation>
    </message>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>%1 mangler.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; the limit is %3.</source>
        <translation>%1 har %2 tegn; grensen er %3.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>«%1» er ikke blant valgene: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» er ikke et tall.</translation>
    </message>
    <message>
        <source>The %1 must be a whole number, not “%2”.</source>
        <translation>%1 må være et helt tall, ikke «%2».</translation>
    </message>
    <message>
        <source>The %1 must be from %2 to %3; %4 is not.</source>
        <translation>%1 må være fra %2 til %3; %4 er utenfor.</translation>
    </message>
    <message>
        <source>The %1 must be at least %2; %3 is not.</source>
        <translation>%1 må være minst %2; %3 er for lite.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose an existing folder.</source>
        <translation>Mappen %1 finnes ikke; velg en mappe som finnes.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; choose another folder.</source>
        <translation>Mappen %1 er skrivebeskyttet; velg en annen mappe.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new folder name.</source>
        <translation>Mappen %1 er ikke tom; velg et nytt mappenavn.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 er en mappe; oppgi et filnavn.</translation>
    </message>
    <message>
        <source>%1 is a file; give a name for a new folder.</source>
        <translation>%1 er en fil; oppgi navnet på en ny mappe.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); nothing was saved.</source>
        <translation>Kunne ikke skrive %1 (%2); ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>Kan ikke lese %1 (%2).</translation>
    </message>
    <message>
        <source>Give a file name for the PDF.</source>
        <translation>Oppgi et filnavn for PDF-filen.</translation>
    </message>
    <message>
        <source>The PDF needs a file name that does not end in .md.</source>
        <translation>PDF-filen trenger et filnavn som ikke slutter på .md.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksporten ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Rapporten ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>The process making the report stopped unexpectedly; nothing was written.</source>
        <translation>Prosessen som lagde rapporten, stoppet uventet; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Skriveren kunne ikke startes.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan ikke lese %1.</translation>
    </message>
    <message>
        <source>The file is %1 MB; files up to %2 MB can be read. Split it into smaller files.</source>
        <translation>Filen er på %1 MB; filer på opptil %2 MB kan leses. Del den opp i mindre filer.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>Filen har mer enn %1 rader; del den opp i mindre filer.</translation>
    </message>
    <message>
        <source>The file has more than %1 columns.</source>
        <translation>Filen har mer enn %1 kolonner.</translation>
    </message>
    <message>
        <source>The file has a cell too large to be an idea near line %1.</source>
        <translation>Filen har en celle som er for stor til å være en idé, nær linje %1.</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file. Save it as CSV (UTF-8) or Excel (.xlsx) and load that file.</source>
        <translation>Filen er ikke en tekstfil (CSV). Lagre den som CSV (UTF-8) eller Excel (.xlsx), og last inn den filen.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8” in Excel or as UTF-8 in LibreOffice and load it again.</source>
        <translation>Filen er ikke UTF-8-tekst. Lagre den som «CSV UTF-8» i Excel eller som UTF-8 i LibreOffice, og last den inn på nytt.</translation>
    </message>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>«%1» er ikke en kjent tekstkoding.</translation>
    </message>
    <message>
        <source>The file is not valid CSV near line %1: check the quotes (&quot;) on that line.</source>
        <translation>Filen er ikke gyldig CSV nær linje %1: sjekk anførselstegnene (&quot;) på den linjen.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx) or it is damaged. Open it in Excel or LibreOffice and save it again as .xlsx or CSV.</source>
        <translation>Filen er ikke en Excel-arbeidsbok (.xlsx), eller den er skadet. Åpne den i Excel eller LibreOffice og lagre den på nytt som .xlsx eller CSV.</translation>
    </message>
    <message>
        <source>The file is in the old Excel format (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>Filen er i det gamle Excel-formatet (.xls). Åpne den i Excel eller LibreOffice og lagre den som .xlsx eller CSV.</translation>
    </message>
    <message>
        <source>The file is not an Excel or CSV file. Save it as .xlsx or CSV (UTF-8) and import that file.</source>
        <translation>Filen er verken en Excel- eller CSV-fil. Lagre den som .xlsx eller CSV (UTF-8), og importer den filen.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”; its sheets are: %2.</source>
        <translation>Arbeidsboken har ikke noe ark «%1»; arkene er: %2.</translation>
    </message>
    <message>
        <source>The file holds no data.</source>
        <translation>Filen inneholder ingen data.</translation>
    </message>
    <message>
        <source>The file does not name its columns. The first line that is not a comment must read dimension,category,count (or share).</source>
        <translation>Filen oppgir ikke navnene på kolonnene. Den første linjen som ikke er en kommentar, må være dimension,category,count (eller share).</translation>
    </message>
    <message>
        <source>The file has neither a count nor a share column.</source>
        <translation>Filen har verken kolonnen count (antall) eller kolonnen share (andel).</translation>
    </message>
    <message>
        <source>%1 is not a Smart City database. Nothing was changed in it.</source>
        <translation>%1 er ikke en Smart City-database. Ingenting ble endret i den.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of the app. Update the app to open it. Nothing was changed in it.</source>
        <translation>%1 er laget av en nyere versjon av appen. Oppdater appen for å åpne den. Ingenting ble endret i den.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be opened. Nothing was changed in it; a backup copy may help.</source>
        <translation>Databasen %1 er skadet og kan ikke åpnes. Ingenting ble endret i den; en sikkerhetskopi kan hjelpe.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Får ikke kontakt med %1: %2</translation>
    </message>
    <message>
        <source>Workshop code “%1” must be 1 to 8 letters A-Z or digits, e.g. W3.</source>
        <translation>Verkstedkoden «%1» må være 1 til 8 bokstaver A–Z eller sifre, f.eks. W3.</translation>
    </message>
    <message>
        <source>A workshop with code %1 already exists.</source>
        <translation>Det finnes allerede et verksted med koden %1.</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>Det finnes ikke noe verksted %1.</translation>
    </message>
    <message>
        <source>The workshop belongs to another project.</source>
        <translation>Verkstedet hører til et annet prosjekt.</translation>
    </message>
    <message>
        <source>A workshop that is “%1” cannot become “%2”.</source>
        <translation>Et verksted med status «%1» kan ikke få status «%2».</translation>
    </message>
    <message>
        <source>Workshop %1 is closed; its agenda can no longer change.</source>
        <translation>Verksted %1 er avsluttet; programmet kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>Workshop %1 has not started yet; start its first activity before closing it.</source>
        <translation>Verksted %1 har ikke startet ennå; start den første aktiviteten før du avslutter det.</translation>
    </message>
    <message>
        <source>Workshop %1 has no ideas yet; there is nothing to report back.</source>
        <translation>Verksted %1 har ingen idéer ennå; det er ingenting å rapportere tilbake.</translation>
    </message>
    <message>
        <source>The agenda is empty: add an activity first.</source>
        <translation>Programmet er tomt: legg til en aktivitet først.</translation>
    </message>
    <message>
        <source>Every activity on the agenda has been run.</source>
        <translation>Alle aktivitetene i programmet er gjennomført.</translation>
    </message>
    <message>
        <source>“%1” is still running.</source>
        <translation>«%1» pågår fortsatt.</translation>
    </message>
    <message>
        <source>No activity is running.</source>
        <translation>Ingen aktivitet pågår.</translation>
    </message>
    <message>
        <source>“%1” has already started; it can no longer be changed.</source>
        <translation>«%1» har allerede startet; den kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>An activity cannot go before the ones that have already started.</source>
        <translation>En aktivitet kan ikke komme før dem som allerede har startet.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of minutes.</source>
        <translation>«%1» er ikke et helt antall minutter.</translation>
    </message>
    <message>
        <source>%1 minutes is not between %2 and %3.</source>
        <translation>%1 minutter er ikke mellom %2 og %3.</translation>
    </message>
    <message>
        <source>“%1” is not a participant code like W3-017.</source>
        <translation>«%1» er ikke en deltakerkode på formen W3-017.</translation>
    </message>
    <message>
        <source>There is no participant %1.</source>
        <translation>Det finnes ingen deltaker %1.</translation>
    </message>
    <message>
        <source>Participant %1 belongs to workshop %2.</source>
        <translation>Deltaker %1 hører til verksted %2.</translation>
    </message>
    <message>
        <source>%1 is not a code of this workshop: there is no workshop %2.</source>
        <translation>%1 er ikke en kode i dette verkstedet: det finnes ikke noe verksted %2.</translation>
    </message>
    <message>
        <source>The code %1 is given twice.</source>
        <translation>Koden %1 er oppgitt to ganger.</translation>
    </message>
    <message>
        <source>At most %1 codes at a time.</source>
        <translation>Høyst %1 koder om gangen.</translation>
    </message>
    <message>
        <source>Nothing to print: ask for at least one registration form or idea card.</source>
        <translation>Ingenting å skrive ut: be om minst ett registreringsskjema eller ett idékort.</translation>
    </message>
    <message>
        <source>Contact details can only be recorded when the participant agreed to be contacted.</source>
        <translation>Kontaktopplysninger kan bare registreres når deltakeren har samtykket til å bli kontaktet.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>“%1” is not a demographic question of this project (the questions are %2).</source>
        <translation>«%1» er ikke et demografisk spørsmål i dette prosjektet (spørsmålene er %2).</translation>
    </message>
    <message>
        <source>“%1” is not a category of %2 (the categories are %3).</source>
        <translation>«%1» er ikke en kategori under %2 (kategoriene er %3).</translation>
    </message>
    <message>
        <source>The idea has been deleted meanwhile.</source>
        <translation>Idéen er slettet i mellomtiden.</translation>
    </message>
    <message>
        <source>The idea belongs to another workshop.</source>
        <translation>Idéen hører til et annet verksted.</translation>
    </message>
    <message>
        <source>Choose at least one idea.</source>
        <translation>Velg minst én idé.</translation>
    </message>
    <message>
        <source>Choose the new status.</source>
        <translation>Velg den nye statusen.</translation>
    </message>
    <message>
        <source>Choose the date of the decision.</source>
        <translation>Velg datoen for vedtaket.</translation>
    </message>
    <message>
        <source>Nothing to change: the status is already “%1”.</source>
        <translation>Ingenting å endre: statusen er allerede «%1».</translation>
    </message>
    <message>
        <source>The idea&apos;s status has changed since; undo the later change first.</source>
        <translation>Statusen til idéen er endret siden; angre den senere endringen først.</translation>
    </message>
    <message>
        <source>Cannot sort by “%1”.</source>
        <translation>Kan ikke sortere etter «%1».</translation>
    </message>
    <message>
        <source>There is no SDG %1: SDGs are numbered 1 to 17.</source>
        <translation>Bærekraftsmål %1 finnes ikke: bærekraftsmålene er nummerert fra 1 til 17.</translation>
    </message>
    <message>
        <source>Cannot read SDG numbers from “%1”.</source>
        <translation>Kan ikke tolke «%1» som numre på bærekraftsmål.</translation>
    </message>
    <message>
        <source>The project already has a theme called “%1”. Choose another name, or merge the two themes.</source>
        <translation>Prosjektet har allerede et tema som heter «%1». Velg et annet navn, eller slå sammen de to temaene.</translation>
    </message>
    <message>
        <source>Ideas and themes of different projects cannot be combined.</source>
        <translation>Idéer og temaer fra ulike prosjekter kan ikke kombineres.</translation>
    </message>
    <message>
        <source>The ideas belong to different projects.</source>
        <translation>Idéene hører til ulike prosjekter.</translation>
    </message>
    <message>
        <source>A theme the ideas were in has been removed.</source>
        <translation>Et tema som idéene lå i, er fjernet.</translation>
    </message>
    <message>
        <source>A theme cannot be merged into itself.</source>
        <translation>Et tema kan ikke slås sammen med seg selv.</translation>
    </message>
    <message>
        <source>%1 of the chosen ideas are not in the theme “%2”.</source>
        <translation>%1 av de valgte idéene ligger ikke i temaet «%2».</translation>
    </message>
    <message>
        <source>Some ideas have left the theme since.</source>
        <translation>Noen idéer har forlatt temaet siden.</translation>
    </message>
    <message>
        <source>The theme “%1” has no ideas yet; there is nothing to put in a brief.</source>
        <translation>Temaet «%1» har ingen idéer ennå; det er ingenting å ta med i et oppdragsnotat.</translation>
    </message>
    <message>
        <source>Choose a theme or a set of ideas (exactly one).</source>
        <translation>Velg et tema eller et utvalg idéer (nøyaktig ett av delene).</translation>
    </message>
    <message>
        <source>Choose either a project or a workshop to export.</source>
        <translation>Velg enten et prosjekt eller et verksted som skal eksporteres.</translation>
    </message>
    <message>
        <source>Say how many of the round&apos;s top ideas to export.</source>
        <translation>Oppgi hvor mange av rundens øverste idéer som skal eksporteres.</translation>
    </message>
    <message>
        <source>A top N needs a prioritisation round.</source>
        <translation>En topp N-liste trenger en prioriteringsrunde.</translation>
    </message>
    <message>
        <source>No idea matches the selection; nothing to export.</source>
        <translation>Ingen idé passer med utvalget; ingenting å eksportere.</translation>
    </message>
    <message>
        <source>Give at least one language.</source>
        <translation>Oppgi minst ett språk.</translation>
    </message>
    <message>
        <source>“%1” is a round of another kind; these votes do not fit it.</source>
        <translation>«%1» er en runde av en annen type; disse stemmene passer ikke til den.</translation>
    </message>
    <message>
        <source>The round “%1” is closed: no more votes are taken. Reopen it to change its votes.</source>
        <translation>Runden «%1» er lukket: ingen flere stemmer tas imot. Åpne den igjen for å endre stemmene.</translation>
    </message>
    <message>
        <source>A ballot needs the participant who voted (a tally from the wall has no participant).</source>
        <translation>En stemmeseddel trenger deltakeren som stemte (en opptelling fra veggen har ingen deltaker).</translation>
    </message>
    <message>
        <source>A ballot needs at least one idea.</source>
        <translation>En stemmeseddel trenger minst én idé.</translation>
    </message>
    <message>
        <source>Name the ballot (a ballot number) or its participant.</source>
        <translation>Oppgi stemmeseddelen (et seddelnummer) eller deltakeren.</translation>
    </message>
    <message>
        <source>Ballot “%1” has been entered already in this round.</source>
        <translation>Stemmeseddel «%1» er allerede registrert i denne runden.</translation>
    </message>
    <message>
        <source>%1 has a ranking ballot in this round already.</source>
        <translation>%1 har allerede en rangeringsseddel i denne runden.</translation>
    </message>
    <message>
        <source>A ranking ballot lists each idea once; one idea appears twice.</source>
        <translation>En rangeringsseddel har hver idé bare én gang; én idé står to ganger.</translation>
    </message>
    <message>
        <source>Each participant has %1 dots in this round; this ballot gives %2.</source>
        <translation>Hver deltaker har %1 prikker i denne runden; denne stemmeseddelen gir %2.</translation>
    </message>
    <message>
        <source>Each participant has %1 dots in this round; this ballot gives %2. They have used %3 already.</source>
        <translation>Hver deltaker har %1 prikker i denne runden; denne stemmeseddelen gir %2. Deltakeren har allerede brukt %3.</translation>
    </message>
    <message>
        <source>A tally is a whole number of dots from 0 to %1, not “%2”.</source>
        <translation>En opptelling er et helt antall prikker fra 0 til %1, ikke «%2».</translation>
    </message>
    <message>
        <source>A row without participant is a wall tally and needs its number of dots.</source>
        <translation>En rad uten deltaker er en opptelling fra veggen og trenger antall prikker.</translation>
    </message>
    <message>
        <source>The same idea and group has a tally on row %1 already.</source>
        <translation>Samme idé og gruppe har allerede en opptelling på rad %1.</translation>
    </message>
    <message>
        <source>The dot colour must stand for a group (a demographic or stakeholder category) of this project.</source>
        <translation>Prikkfargen må stå for en gruppe (en demografisk kategori eller interessentkategori) i dette prosjektet.</translation>
    </message>
    <message>
        <source>A dot colour group belongs on a wall tally (a row without participant); a ballot is split by the participant&apos;s own answers.</source>
        <translation>En prikkfargegruppe hører til en opptelling fra veggen (en rad uten deltaker); en stemmeseddel fordeles etter deltakerens egne svar.</translation>
    </message>
    <message>
        <source>“%1” is not a group (category) of this project&apos;s demographic or stakeholder questions.</source>
        <translation>«%1» er ikke en gruppe (kategori) under prosjektets demografiske spørsmål eller interessentspørsmål.</translation>
    </message>
    <message>
        <source>“%1” is a group of several questions (%2); write question:group, e.g. %3.</source>
        <translation>«%1» er en gruppe under flere spørsmål (%2); skriv spørsmål:gruppe, f.eks. %3.</translation>
    </message>
    <message>
        <source>Scores are given by a participant or by a table group: name exactly one of them.</source>
        <translation>Poeng gis av en deltaker eller av en bordgruppe: oppgi nøyaktig én av dem.</translation>
    </message>
    <message>
        <source>Give at least one criterion score.</source>
        <translation>Gi poeng på minst ett kriterium.</translation>
    </message>
    <message>
        <source>A score must be a whole number from %1 to %2, not “%3”.</source>
        <translation>Poengsummen må være et helt tall fra %1 til %2, ikke «%3».</translation>
    </message>
    <message>
        <source>The same scorer scored this idea on row %1 already.</source>
        <translation>Samme poenggiver har allerede gitt denne idéen poeng på rad %1.</translation>
    </message>
    <message>
        <source>“%1” is not a criterion of this project.</source>
        <translation>«%1» er ikke et kriterium i dette prosjektet.</translation>
    </message>
    <message>
        <source>An idea cannot be compared with itself.</source>
        <translation>En idé kan ikke sammenlignes med seg selv.</translation>
    </message>
    <message>
        <source>The winner must be a, b or cant_decide (or the idea as written in idea_a or idea_b), not “%1”.</source>
        <translation>Vinneren må være a, b eller cant_decide (eller idéen slik den står i idea_a eller idea_b), ikke «%1».</translation>
    </message>
    <message>
        <source>%1 has no idea number %2 (its ideas are numbered 1 to %3).</source>
        <translation>%1 har ingen idé nummer %2 (idéene er nummerert fra 1 til %3).</translation>
    </message>
    <message>
        <source>“%1” is neither an idea number of %2 nor the id of one of its ideas.</source>
        <translation>«%1» er verken et idénummer i %2 eller id-en til en av idéene der.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it has %2 problem(s).</source>
        <translation>Ingenting ble importert fra %1: filen har %2 problem(er).</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1 has %2 problem(s).</source>
        <translation>Ingenting ble lastet inn: %1 har %2 problem(er).</translation>
    </message>
    <message>
        <source>Some reference rows are not part of this project.</source>
        <translation>Noen referanserader hører ikke til dette prosjektet.</translation>
    </message>
    <message>
        <source>The dimension is empty.</source>
        <translation>Dimensjonen (kolonnen «dimension») er tom.</translation>
    </message>
    <message>
        <source>The category is empty.</source>
        <translation>Kategorien (kolonnen «category») er tom.</translation>
    </message>
    <message>
        <source>“Prefer not to say” is an answer, not a group of the population: leave it out.</source>
        <translation>«Vil ikke oppgi» er et svar, ikke en gruppe i befolkningen: utelat denne raden.</translation>
    </message>
    <message>
        <source>The count %1 is below 0.</source>
        <translation>Antallet %1 er mindre enn 0.</translation>
    </message>
    <message>
        <source>“%1” is not a share like 0.25 or 25%.</source>
        <translation>«%1» er ikke en andel som 0,25 eller 25 %.</translation>
    </message>
    <message>
        <source>The share %1 is not between 0 and 1 (write a percentage with %, e.g. 25%).</source>
        <translation>Andelen %1 er ikke mellom 0 og 1 (skriv prosent med %-tegn, f.eks. 25 %).</translation>
    </message>
    <message>
        <source>The row has no count and no share.</source>
        <translation>Raden har verken antall (count) eller andel (share).</translation>
    </message>
    <message>
        <source>“%1” is not a year like 2014.</source>
        <translation>«%1» er ikke et årstall som 2014.</translation>
    </message>
    <message>
        <source>The source is %1 characters long; the limit is %2.</source>
        <translation>Kilden er på %1 tegn; grensen er %2.</translation>
    </message>
    <message>
        <source>The same category is already on line %1.</source>
        <translation>Den samme kategorien står allerede på linje %1.</translation>
    </message>
    <message>
        <source>%1 mixes counts and shares: give every category a count, or every category a share.</source>
        <translation>%1 blander antall og andeler: gi alle kategoriene et antall, eller alle kategoriene en andel.</translation>
    </message>
    <message>
        <source>The shares of %1 add up to %2, not 1.</source>
        <translation>Andelene for %1 blir til sammen %2, ikke 1.</translation>
    </message>
    <message>
        <source>The counts of %1 add up to 0.</source>
        <translation>Antallene for %1 blir til sammen 0.</translation>
    </message>
    <message>
        <source>The idea text is empty.</source>
        <translation>Idéteksten er tom.</translation>
    </message>
    <message>
        <source>“%1” is not a kind: write need or idea.</source>
        <translation>«%1» er ikke en type: skriv behov eller idé.</translation>
    </message>
    <message>
        <source>“%1” is not a source: write paper, sticky, live or kiosk.</source>
        <translation>«%1» er ikke en kilde: skriv papirskjema, klistrelapp, direkte eller kiosk.</translation>
    </message>
    <message>
        <source>Unknown strategy goal code: %1.</source>
        <translation>Ukjent kode for strategimål: %1.</translation>
    </message>
    <message>
        <source>An idea has a participant or a table group as author, not both.</source>
        <translation>En idé har enten en deltaker eller en bordgruppe som forfatter, ikke begge deler.</translation>
    </message>
    <message>
        <source>“%1” is not a field that can be imported.</source>
        <translation>«%1» er ikke et felt som kan importeres.</translation>
    </message>
    <message>
        <source>There is no column “%1”.</source>
        <translation>Det finnes ingen kolonne «%1».</translation>
    </message>
    <message>
        <source>The column “%1” is chosen for two fields.</source>
        <translation>Kolonnen «%1» er valgt for to felt.</translation>
    </message>
    <message>
        <source>Choose the column that holds the text of the ideas.</source>
        <translation>Velg kolonnen som inneholder teksten til idéene.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Disken er full: ingenting ble lagret. Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only: nothing was saved. Open a copy you may write to.</source>
        <translation>Databasefilen %1 er skrivebeskyttet: ingenting ble lagret. Åpne en kopi du kan skrive til.</translation>
    </message>
    <message>
        <source>Another program is writing to the database %1: nothing was saved. Try again in a moment.</source>
        <translation>Et annet program skriver til databasen %1: ingenting ble lagret. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be reached (a removed USB stick?): nothing was saved.</source>
        <translation>Databasefilen %1 kan ikke nås (en USB-pinne som er tatt ut?): ingenting ble lagret.</translation>
    </message>
    <message>
        <source>The database refused the change (%1); nothing was saved.</source>
        <translation>Databasen avviste endringen (%1); ingenting ble lagret.</translation>
    </message>
    <message>
        <source>%1 cannot be opened because the disk is full. The file is not damaged: free some space and open it again.</source>
        <translation>%1 kan ikke åpnes fordi disken er full. Filen er ikke skadet: frigjør litt plass og åpne den igjen.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the file or its folder is read-only. The file is not damaged: copy it to a folder you may write to.</source>
        <translation>%1 kan ikke åpnes for skriving: filen eller mappen er skrivebeskyttet. Filen er ikke skadet: kopier den til en mappe du kan skrive i.</translation>
    </message>
    <message>
        <source>%1 is in use by another program. The file is not damaged: close the other program and open it again.</source>
        <translation>%1 brukes av et annet program. Filen er ikke skadet: lukk det andre programmet og åpne den igjen.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its folder cannot be read or written (a removed USB stick?). The file is not damaged.</source>
        <translation>%1 kan ikke åpnes: mappen kan ikke leses eller skrives (en USB-pinne som er tatt ut?). Filen er ikke skadet.</translation>
    </message>
    <message>
        <source>There is no key yet: create one first under Keys.</source>
        <translation>Det finnes ingen nøkkel ennå: lag en først under Nøkler.</translation>
    </message>
    <message>
        <source>This computer already has such a key.</source>
        <translation>Denne datamaskinen har allerede en slik nøkkel.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the key could not be unlocked. Check the passphrase (and the keyboard layout) and try again.</source>
        <translation>Feil passordfrase: nøkkelen kunne ikke låses opp. Sjekk passordfrasen (og tastaturoppsettet) og prøv igjen.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Velg en passordfrase på minst %1 tegn.</translation>
    </message>
    <message>
        <source>The key file is damaged.</source>
        <translation>Nøkkelfilen er skadet.</translation>
    </message>
    <message>
        <source>This file is not a key file of that kind.</source>
        <translation>Denne filen er ikke en nøkkelfil av den typen.</translation>
    </message>
    <message>
        <source>This key file was made by a newer version of the app.</source>
        <translation>Denne nøkkelfilen er laget av en nyere versjon av appen.</translation>
    </message>
    <message>
        <source>This QR code is not a Smart City office key.</source>
        <translation>Denne QR-koden er ikke en kontornøkkel for Smart City.</translation>
    </message>
    <message>
        <source>“%1” is not a key fingerprint (32 hex digits).</source>
        <translation>«%1» er ikke et nøkkelfingeravtrykk (32 heksadesimale sifre).</translation>
    </message>
    <message>
        <source>This is not an Ed25519 public key.</source>
        <translation>Dette er ikke en offentlig Ed25519-nøkkel.</translation>
    </message>
    <message>
        <source>A trusted key needs the device id it belongs to.</source>
        <translation>En klarert nøkkel trenger id-en til enheten den hører til.</translation>
    </message>
    <message>
        <source>The package would be too large; export an incremental package or one per project instead.</source>
        <translation>Pakken ville blitt for stor; eksporter heller en tilleggspakke eller én pakke per prosjekt.</translation>
    </message>
    <message>
        <source>Give a starting date or an HLC stamp, not both.</source>
        <translation>Oppgi en startdato eller et HLC-stempel, ikke begge.</translation>
    </message>
    <message>
        <source>A full package holds everything; a starting point needs an incremental (or return) package.</source>
        <translation>En full pakke inneholder alt; et startpunkt krever en tilleggspakke (eller returpakke).</translation>
    </message>
    <message>
        <source>Return packages never carry contact details.</source>
        <translation>Returpakker inneholder aldri kontaktopplysninger.</translation>
    </message>
    <message>
        <source>“%1” is not a clock stamp.</source>
        <translation>«%1» er ikke et klokkestempel.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>Denne konflikten er allerede løst.</translation>
    </message>
    <message>
        <source>The record has changed again since the conflict was resolved; the resolution cannot be undone.</source>
        <translation>Posten er endret igjen etter at konflikten ble løst; løsningen kan ikke angres.</translation>
    </message>
    <message>
        <source>Combined values are given with the choice “combined”, and only then.</source>
        <translation>Kombinerte verdier oppgis sammen med valget «combined», og bare da.</translation>
    </message>
    <message>
        <source>“%1” cannot be changed here.</source>
        <translation>«%1» kan ikke endres her.</translation>
    </message>
    <message>
        <source>The package holds a record that is not valid; nothing was imported. (%1)</source>
        <translation>Pakken inneholder en ugyldig post; ingenting ble importert. (%1)</translation>
    </message>
    <message>
        <source>The package holds a value that is not valid; nothing was imported. (%1)</source>
        <translation>Pakken inneholder en ugyldig verdi; ingenting ble importert. (%1)</translation>
    </message>
    <message>
        <source>The package&apos;s description is not valid; nothing was imported. (%1)</source>
        <translation>Beskrivelsen av pakken er ugyldig; ingenting ble importert. (%1)</translation>
    </message>
    <message>
        <source>“%1” is not a table this app synchronises.</source>
        <translation>«%1» er ikke en tabell som denne appen synkroniserer.</translation>
    </message>
    <message>
        <source>The package lacks a column; nothing was imported. (%1)</source>
        <translation>Pakken mangler en kolonne; ingenting ble importert. (%1)</translation>
    </message>
    <message>
        <source>The package holds a record twice; nothing was imported. (%1)</source>
        <translation>Pakken inneholder en post to ganger; ingenting ble importert. (%1)</translation>
    </message>
    <message>
        <source>A record refers to another record that is missing. (%1)</source>
        <translation>En post viser til en annen post som mangler. (%1)</translation>
    </message>
    <message>
        <source>The package carries personal data it may not carry; nothing was imported. (%1)</source>
        <translation>Pakken inneholder personopplysninger den ikke kan inneholde; ingenting ble importert. (%1)</translation>
    </message>
    <message>
        <source>The records break a rule of the database; nothing was imported. (%1)</source>
        <translation>Postene bryter en regel i databasen; ingenting ble importert. (%1)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finnes ikke.</translation>
    </message>
    <message>
        <source>The file is not a package (it is not a ZIP archive).</source>
        <translation>Filen er ikke en pakke (den er ikke et ZIP-arkiv).</translation>
    </message>
    <message>
        <source>The package is damaged or incomplete (was the copy interrupted?).</source>
        <translation>Pakken er skadet eller ufullstendig (ble kopieringen avbrutt?).</translation>
    </message>
    <message>
        <source>The package is larger than a package may be.</source>
        <translation>Pakken er større enn en pakke kan være.</translation>
    </message>
    <message>
        <source>The package has too many entries; it was not made by this app.</source>
        <translation>Pakken har for mange oppføringer; den er ikke laget av denne appen.</translation>
    </message>
    <message>
        <source>The package expands far too much: it was not made by this app.</source>
        <translation>Pakken pakkes ut til altfor mye: den er ikke laget av denne appen.</translation>
    </message>
    <message>
        <source>The package contains an absolute path; it was not made by this app.</source>
        <translation>Pakken inneholder en absolutt sti; den er ikke laget av denne appen.</translation>
    </message>
    <message>
        <source>The package contains a path that leads outside it.</source>
        <translation>Pakken inneholder en sti som fører ut av den.</translation>
    </message>
    <message>
        <source>The package contains a link; packages hold only plain files.</source>
        <translation>Pakken inneholder en lenke; pakker inneholder bare vanlige filer.</translation>
    </message>
    <message>
        <source>The package contains an unexpected entry; it was not made by this app.</source>
        <translation>Pakken inneholder en uventet oppføring; den er ikke laget av denne appen.</translation>
    </message>
    <message>
        <source>The package contains %1 more than once.</source>
        <translation>Pakken inneholder %1 mer enn én gang.</translation>
    </message>
    <message>
        <source>This is not a valid Smart City package. (%1)</source>
        <translation>Dette er ikke en gyldig Smart City-pakke. (%1)</translation>
    </message>
    <message>
        <source>The package is damaged: %1 is not valid.</source>
        <translation>Pakken er skadet: %1 er ugyldig.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of the app. Update the app to import it.</source>
        <translation>Pakken er laget av en nyere versjon av appen. Oppdater appen for å importere den.</translation>
    </message>
    <message>
        <source>The package comes from a newer version of the app. Update the app to import it.</source>
        <translation>Pakken kommer fra en nyere versjon av appen. Oppdater appen for å importere den.</translation>
    </message>
    <message>
        <source>The package has no signature, so nobody can vouch for where it came from. It was not made by this app, or it was altered.</source>
        <translation>Pakken har ingen signatur, så ingen kan gå god for hvor den kommer fra. Den er ikke laget av denne appen, eller den er endret.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its contents: it was altered after it was signed, or damaged.</source>
        <translation>Signaturen stemmer ikke med innholdet i pakken: den er endret etter at den ble signert, eller skadet.</translation>
    </message>
    <message>
        <source>The package is signed with a key that was revoked (fingerprint %1).</source>
        <translation>Pakken er signert med en nøkkel som er trukket tilbake (fingeravtrykk %1).</translation>
    </message>
    <message>
        <source>The package is signed with a key this database does not trust yet (fingerprint %1). Compare the fingerprint with the sender and trust the key to import it.</source>
        <translation>Pakken er signert med en nøkkel som denne databasen ikke klarerer ennå (fingeravtrykk %1). Sammenlign fingeravtrykket med avsenderen og klarer nøkkelen for å importere pakken.</translation>
    </message>
    <message>
        <source>The package&apos;s key (fingerprint %1) is registered for another device.</source>
        <translation>Nøkkelen til pakken (fingeravtrykk %1) er registrert for en annen enhet.</translation>
    </message>
    <message>
        <source>The package arrived in another envelope than it was signed for: it was altered.</source>
        <translation>Pakken kom i en annen konvolutt enn den ble signert for: den er endret.</translation>
    </message>
    <message>
        <source>%1 is in the package but not in its signed manifest.</source>
        <translation>%1 ligger i pakken, men ikke i det signerte manifestet.</translation>
    </message>
    <message>
        <source>The manifest lists %1 but the package does not contain it.</source>
        <translation>Manifestet oppgir %1, men pakken inneholder den ikke.</translation>
    </message>
    <message>
        <source>%1 was changed or damaged after the package was made.</source>
        <translation>%1 er endret eller skadet etter at pakken ble laget.</translation>
    </message>
    <message>
        <source>The package holds another number of %1 records than its manifest says.</source>
        <translation>Pakken inneholder et annet antall %1-poster enn manifestet sier.</translation>
    </message>
    <message>
        <source>The package is encrypted for the office with key %1; unlock this office&apos;s key to read it.</source>
        <translation>Pakken er kryptert for kontoret med nøkkel %1; lås opp dette kontorets nøkkel for å lese den.</translation>
    </message>
    <message>
        <source>The package is encrypted for another office. Send it to the office it was made for, or ask the facilitator to export it again.</source>
        <translation>Pakken er kryptert for et annet kontor. Send den til kontoret den ble laget for, eller be fasilitatoren eksportere den på nytt.</translation>
    </message>
    <message>
        <source>The encrypted package cannot be opened with this office&apos;s key: it is damaged or was altered.</source>
        <translation>Den krypterte pakken kan ikke åpnes med dette kontorets nøkkel: den er skadet eller endret.</translation>
    </message>
    <message>
        <source>An idea was deleted meanwhile, so nothing was changed.</source>
        <extracomment>(reason, field or what) -&gt; a sentence that says more than the generic one.</extracomment>
        <translation>En idé ble slettet i mellomtiden, så ingenting ble endret.</translation>
    </message>
    <message>
        <source>The theme does not belong to this project.</source>
        <translation>Temaet hører ikke til dette prosjektet.</translation>
    </message>
    <message>
        <source>A strategy goal is not of this project.</source>
        <translation>Et strategimål hører ikke til dette prosjektet.</translation>
    </message>
    <message>
        <source>Sorry, your idea could not be saved. Please ask the facilitator for help.</source>
        <translation>Beklager, idéen din kunne ikke lagres. Spør tilretteleggeren om hjelp.</translation>
    </message>
    <message>
        <source>The batch “%1” is closed; start a new one for more cards.</source>
        <translation>Bunken «%1» er lukket; start en ny for flere kort.</translation>
    </message>
    <message>
        <source>A single-entry batch has one pass only.</source>
        <translation>En bunke med enkel registrering har bare én runde.</translation>
    </message>
    <message>
        <source>The pass is 1 or 2.</source>
        <translation>Runden er 1 eller 2.</translation>
    </message>
    <message>
        <source>Type a name for the theme.</source>
        <translation>Skriv inn et navn på temaet.</translation>
    </message>
    <message>
        <source>Write down why: a status change needs a reason.</source>
        <translation>Skriv hvorfor: en statusendring må ha en begrunnelse.</translation>
    </message>
    <message>
        <source>Unexpected problem: %1</source>
        <translation>Uventet problem: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Export dialog</source>
        <translation>Eksportdialog</translation>
    </message>
    <message>
        <source>Exporting: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Eksporterer: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What is exported</source>
        <translation>Hva som eksporteres</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Eksporter som</translation>
    </message>
    <message>
        <source>&amp;CSV files (one per table, into a folder)</source>
        <translation>&amp;CSV-filer (én per tabell, i en mappe)</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV-filer</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx, one sheet per table)</source>
        <translation>E&amp;xcel-arbeidsbok (.xlsx, ett ark per tabell)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>&amp;Decidim proposals file (CSV or JSON)</source>
        <translation>&amp;Decidim-fil med forslag (CSV eller JSON)</translation>
    </message>
    <message>
        <source>Decidim proposals</source>
        <translation>Decidim-forslag</translation>
    </message>
    <message>
        <source>&amp;Open-data package (anonymised, for publication)</source>
        <translation>Pakke med å&amp;pne data (anonymisert, for publisering)</translation>
    </message>
    <message>
        <source>Open-data package</source>
        <translation>Pakke med åpne data</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Valg</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Lagre i</translation>
    </message>
    <message>
        <source>Export target</source>
        <translation>Eksportmål</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Velg hvor det skal lagres…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Velg hvor det skal lagres</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Eksportfremdrift</translation>
    </message>
    <message>
        <source>Export error</source>
        <translation>Eksportfeil</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Eksportresultat</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>Start the export</source>
        <translation>Start eksporten</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Avbryt eksporten</translation>
    </message>
    <message>
        <source>Cancel the running export</source>
        <translation>Avbryt eksporten som pågår</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Lukk dialogen</translation>
    </message>
    <message>
        <source>Include the de&amp;mographic answers</source>
        <translation>Ta med svarene på de&amp;mografiske spørsmål</translation>
    </message>
    <message>
        <source>Include demographics</source>
        <translation>Ta med demografiske svar</translation>
    </message>
    <message>
        <source>Include contact de&amp;tails</source>
        <translation>Ta med &amp;kontaktopplysninger</translation>
    </message>
    <message>
        <source>Include contact details</source>
        <translation>Ta med kontaktopplysninger</translation>
    </message>
    <message>
        <source>Only participants who agreed to be contacted are ever included. Contact details are personal data: keep the file safe.</source>
        <translation>Bare deltakere som har samtykket til å bli kontaktet, blir tatt med. Kontaktopplysninger er personopplysninger: oppbevar filen trygt.</translation>
    </message>
    <message>
        <source>Note on contact details</source>
        <translation>Merknad om kontaktopplysninger</translation>
    </message>
    <message>
        <source>Decidim file format</source>
        <translation>Filformat for Decidim</translation>
    </message>
    <message>
        <source>CSV (semicolon separated)</source>
        <translation>CSV (semikolonseparert)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Ideas with the &amp;status</source>
        <translation>Idéer med &amp;statusen</translation>
    </message>
    <message>
        <source>Choose ideas by status</source>
        <translation>Velg idéer etter status</translation>
    </message>
    <message>
        <source>Idea status</source>
        <translation>Idéstatus</translation>
    </message>
    <message>
        <source>Top ideas of a &amp;round</source>
        <translation>De beste idéene fra en &amp;runde</translation>
    </message>
    <message>
        <source>Choose the top ideas of a round</source>
        <translation>Velg de beste idéene fra en runde</translation>
    </message>
    <message>
        <source>Prioritisation round</source>
        <translation>Prioriteringsrunde</translation>
    </message>
    <message>
        <source>Number of top ideas</source>
        <translation>Antall toppidéer</translation>
    </message>
    <message>
        <source>top </source>
        <translation>topp </translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>No prioritisation round yet.</source>
        <translation>Ingen prioriteringsrunder ennå.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Lisens:</translation>
    </message>
    <message>
        <source>&amp;Include the ideas&apos; titles and texts</source>
        <translation>&amp;Ta med titlene og tekstene til idéene</translation>
    </message>
    <message>
        <source>Include idea texts</source>
        <translation>Ta med idétekstene</translation>
    </message>
    <message>
        <source>⚠ What people wrote may name someone. Read every idea before publishing its text. Without it, the package holds only codes, counts and results; no group of fewer than 5 people is ever shown.</source>
        <translation>⚠ Det folk har skrevet, kan nevne noen ved navn. Les hver idé før du publiserer teksten. Uten tekstene inneholder pakken bare koder, antall og resultater; ingen grupper med færre enn 5 personer vises noen gang.</translation>
    </message>
    <message>
        <source>Warning about idea texts</source>
        <translation>Advarsel om idétekstene</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Velg en mappe…</translation>
    </message>
    <message>
        <source>Choose a name for the new package folder…</source>
        <translation>Velg et navn på den nye pakkemappen…</translation>
    </message>
    <message>
        <source>Choose a file name…</source>
        <translation>Velg et filnavn…</translation>
    </message>
    <message>
        <source>Choose where to save first.</source>
        <translation>Velg først hvor det skal lagres.</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Mappe for CSV-filene</translation>
    </message>
    <message>
        <source>Name of the new open-data package folder</source>
        <translation>Navn på den nye mappen for pakken med åpne data</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Decidim CSV (*.csv)</source>
        <translation>Decidim CSV (*.csv)</translation>
    </message>
    <message>
        <source>Decidim JSON (*.json)</source>
        <translation>Decidim JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Lagre eksporten som</translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to %1</source>
        <translation>
            <numerusform>%n CSV-fil er skrevet til %1</numerusform>
            <numerusform>%n CSV-filer er skrevet til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) written to %1</source>
        <translation>
            <numerusform>%n forslag er skrevet til %1</numerusform>
            <numerusform>%n forslag er skrevet til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export written to %1</source>
        <translation>Eksporten er skrevet til %1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksporten ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Kunne ikke eksportere: %1</translation>
    </message>
    <message>
        <source>Unexpected problem; nothing was written: %1</source>
        <translation>Uventet problem; ingenting ble skrevet: %1</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export a sync package</source>
        <translation>Eksporter en synkroniseringspakke</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Hva som skal sendes</translation>
    </message>
    <message>
        <source>&amp;Full package: everything in this database</source>
        <translation>&amp;Full pakke: alt i denne databasen</translation>
    </message>
    <message>
        <source>Full package</source>
        <translation>Full pakke</translation>
    </message>
    <message>
        <source>&amp;Incremental package: only what changed</source>
        <translation>&amp;Trinnvis pakke: bare det som er endret</translation>
    </message>
    <message>
        <source>Incremental package</source>
        <translation>Trinnvis pakke</translation>
    </message>
    <message>
        <source>&amp;Return package (central office → facilitators): decisions, themes and settings, no personal data</source>
        <translation>&amp;Returpakke (sentralkontoret → tilretteleggerne): vedtak, temaer og innstillinger, ingen personopplysninger</translation>
    </message>
    <message>
        <source>Return package</source>
        <translation>Returpakke</translation>
    </message>
    <message>
        <source>Since the last package</source>
        <translation>Siden forrige pakke</translation>
    </message>
    <message>
        <source>Since &amp;date:</source>
        <translation>Siden &amp;dato:</translation>
    </message>
    <message>
        <source>Since a date</source>
        <translation>Siden en dato</translation>
    </message>
    <message>
        <source>Changes since this date</source>
        <translation>Endringer siden denne datoen</translation>
    </message>
    <message>
        <source>Protection and privacy</source>
        <translation>Beskyttelse og personvern</translation>
    </message>
    <message>
        <source>Encrypt to the office key</source>
        <translation>Krypter med sentralkontorets nøkkel</translation>
    </message>
    <message>
        <source>Include contact de&amp;tails (only of participants who agreed to be contacted)</source>
        <translation>Ta &amp;med kontaktopplysninger (bare for deltakere som har samtykket til å bli kontaktet)</translation>
    </message>
    <message>
        <source>Include contact details</source>
        <translation>Ta med kontaktopplysninger</translation>
    </message>
    <message>
        <source>⚠ Contact details are personal data. They will be in the package file: send it only to the central office, encrypted, and delete copies you no longer need.</source>
        <translation>⚠ Kontaktopplysninger er personopplysninger. De kommer med i pakkefilen: send den bare til sentralkontoret, kryptert, og slett kopier du ikke lenger trenger.</translation>
    </message>
    <message>
        <source>Warning about contact details</source>
        <translation>Advarsel om kontaktopplysninger</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Passordfrasen for signeringsnøkkelen</translation>
    </message>
    <message>
        <source>Signing key &amp;passphrase:</source>
        <translation>&amp;Passordfrase for signeringsnøkkelen:</translation>
    </message>
    <message>
        <source>This computer has no signing key yet. Create one under Keys first.</source>
        <translation>Denne maskinen har ingen signeringsnøkkel ennå. Opprett en under Nøkler først.</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Nøkler…</translation>
    </message>
    <message>
        <source>Open the keys dialog</source>
        <translation>Åpne dialogen for nøkler</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Lagre i</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Pakkefil</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Velg hvor pakken skal lagres…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Choose where to save the package</source>
        <translation>Velg hvor pakken skal lagres</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Eksportfremdrift</translation>
    </message>
    <message>
        <source>Export error</source>
        <translation>Eksportfeil</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Eksportresultat</translation>
    </message>
    <message>
        <source>&amp;Export package</source>
        <translation>&amp;Eksporter pakken</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>Skriv pakken</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Avbryt eksporten</translation>
    </message>
    <message>
        <source>Cancel the running export</source>
        <translation>Avbryt eksporten som pågår</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Lukk dialogen</translation>
    </message>
    <message>
        <source>Since the &amp;last package (%1)</source>
        <translation>Siden f&amp;orrige pakke (%1)</translation>
    </message>
    <message>
        <source>Since the &amp;last package (none yet: everything)</source>
        <translation>Siden f&amp;orrige pakke (ingen ennå: alt)</translation>
    </message>
    <message>
        <source>&amp;Encrypt to the office key: %1</source>
        <translation>&amp;Krypter med sentralkontorets nøkkel: %1</translation>
    </message>
    <message>
        <source>&amp;Encrypt to the office key</source>
        <translation>&amp;Krypter med sentralkontorets nøkkel</translation>
    </message>
    <message>
        <source>Return packages go to facilitators: signed, not encrypted, and they never carry participants&apos; data.</source>
        <translation>Returpakker går til tilretteleggerne: de er signert, ikke kryptert, og inneholder aldri opplysninger om deltakere.</translation>
    </message>
    <message>
        <source>No office key loaded: the package can be read by anyone who gets the file. Demographic answers are left out. Load the office&apos;s key under Keys to encrypt.</source>
        <translation>Ingen nøkkel for sentralkontoret er lastet inn: alle som får tak i filen, kan lese pakken. Demografiske svar blir utelatt. Last inn sentralkontorets nøkkel under Nøkler for å kryptere.</translation>
    </message>
    <message>
        <source>Only the office can open the package. Demographic answers of participants who consented are included.</source>
        <translation>Bare sentralkontoret kan åpne pakken. Demografiske svar fra deltakere som har samtykket, blir tatt med.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who gets the file can read it. Demographic answers are left out.</source>
        <translation>Ikke kryptert: alle som får tak i filen, kan lese den. Demografiske svar blir utelatt.</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Lagre pakken</translation>
    </message>
    <message>
        <source>Sync package (*.scpkg)</source>
        <translation>Synkroniseringspakke (*.scpkg)</translation>
    </message>
    <message>
        <source>Package written to %1</source>
        <translation>Pakken er skrevet til %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted to the office key %1</source>
        <translation>kryptert med sentralkontorets nøkkel %1</translation>
    </message>
    <message>
        <source>signed, not encrypted</source>
        <translation>signert, ikke kryptert</translation>
    </message>
    <message>
        <source>with contact details</source>
        <translation>med kontaktopplysninger</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksporten ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Could not write the package: %1</source>
        <translation>Kunne ikke skrive pakken: %1</translation>
    </message>
</context>
<context>
    <name>IdeaActions</name>
    <message>
        <source>Edit idea</source>
        <translation>Rediger idé</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Slett %n idé</numerusform>
            <numerusform>Slett %n idéer</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Kunne ikke slette</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Edit idea</source>
        <translation>Rediger idé</translation>
    </message>
    <message>
        <source>New idea in %s</source>
        <translation>Ny idé i %s</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Lagre (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>What did the participant write? (required)</source>
        <translation>Hva skrev deltakeren? (påkrevd)</translation>
    </message>
    <message>
        <source>Idea text</source>
        <translation>Idétekst</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Titt&amp;el:</translation>
    </message>
    <message>
        <source>Optional short title</source>
        <translation>Valgfri kort tittel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>&amp;Need or problem</source>
        <translation>&amp;Behov eller problem</translation>
    </message>
    <message>
        <source>Need or problem</source>
        <translation>Behov eller problem</translation>
    </message>
    <message>
        <source>Idea or &amp;solution</source>
        <translation>&amp;Idé eller løsning</translation>
    </message>
    <message>
        <source>Idea or solution</source>
        <translation>Idé eller løsning</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Pick a theme, or type a new name to create it.</source>
        <translation>Velg et tema, eller skriv et nytt navn for å opprette det.</translation>
    </message>
    <message>
        <source>SDGs:</source>
        <translation>Bærekraftsmål:</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>FNs bærekraftsmål</translation>
    </message>
    <message>
        <source>Strategy &amp;goals:</source>
        <translation>&amp;Strategimål:</translation>
    </message>
    <message>
        <source>Strategy goals</source>
        <translation>Strategimål</translation>
    </message>
    <message>
        <source>&amp;Participant code:</source>
        <translation>&amp;Deltakerkode:</translation>
    </message>
    <message>
        <source>e.g. W1-007 (leave empty for a table group or anonymous)</source>
        <translation>f.eks. W1-007 (la stå tomt for en bordgruppe eller en anonym idé)</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Deltakerkode</translation>
    </message>
    <message>
        <source>Table &amp;group:</source>
        <translation>Bord&amp;gruppe:</translation>
    </message>
    <message>
        <source>e.g. Table 3</source>
        <translation>f.eks. Bord 3</translation>
    </message>
    <message>
        <source>Table group</source>
        <translation>Bordgruppe</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Kilde:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
</context>
<context>
    <name>IdeaPicker</name>
    <message>
        <source>Find an idea…</source>
        <translation>Finn en idé…</translation>
    </message>
    <message>
        <source>Find an idea</source>
        <translation>Finn en idé</translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message>
        <source>&amp;New idea…</source>
        <translation>&amp;Ny idé…</translation>
    </message>
    <message>
        <source>Add an idea to the selected workshop (Ctrl+Shift+N)</source>
        <translation>Legg til en idé i det valgte verkstedet (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit idea…</source>
        <translation>&amp;Rediger idé…</translation>
    </message>
    <message>
        <source>&amp;Delete idea</source>
        <translation>&amp;Slett idé</translation>
    </message>
    <message>
        <source>Search ideas (Ctrl+F)</source>
        <translation>Søk i idéer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Søk i idéer</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrer etter tema</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer etter type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Filtrer etter kilde</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle kilder</translation>
    </message>
    <message>
        <source>Filter by SDG</source>
        <translation>Filtrer etter bærekraftsmål</translation>
    </message>
    <message>
        <source>All SDGs</source>
        <translation>Alle bærekraftsmål</translation>
    </message>
    <message>
        <source>Filter by demographic group of the author</source>
        <translation>Filtrer etter forfatterens demografiske gruppe</translation>
    </message>
    <message>
        <source>Ideas by participants who gave this answer on the registration form</source>
        <translation>Idéer fra deltakere som ga dette svaret på registreringsskjemaet</translation>
    </message>
    <message>
        <source>Number of ideas shown</source>
        <translation>Antall idéer som vises</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a workshop first: ideas belong to one.</source>
        <translation>Velg et verksted først: en idé hører alltid til et verksted.</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Legg til idé</translation>
    </message>
    <message>
        <source>Idea saved.</source>
        <translation>Idéen er lagret.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n idé slettet. Angre med Ctrl+Z.</numerusform>
            <numerusform>%n idéer slettet. Angre med Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIdeasDialog</name>
    <message>
        <source>Import ideas into %1 · %2</source>
        <translation>Importer idéer til %1 · %2</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Kolonne for %1</translation>
    </message>
    <message>
        <source>The column of the file that holds the %1</source>
        <translation>Kolonnen i filen som inneholder %1</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (påkrevd)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finnes ikke i filen)</translation>
    </message>
    <message>
        <source>Choose a file with ideas</source>
        <translation>Velg en fil med idéer</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.tsv *.txt);;All files (*)</source>
        <translation>Regneark (*.csv *.xlsx *.xlsm *.tsv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerer radene…</translation>
    </message>
    <message>
        <source>The file was read as Western European text (Windows-1252). Check that letters such as æ, ø and å look right below before you import.</source>
        <translation>Filen ble lest som vesteuropeisk tekst (Windows-1252). Kontroller at bokstaver som æ, ø og å ser riktige ut nedenfor før du importerer.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Titt&amp;el</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Th&amp;eme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>S&amp;DGs</source>
        <translation>&amp;Bærekraftsmål</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deltaker</translation>
    </message>
    <message>
        <source>Table &amp;group</source>
        <translation>Bord&amp;gruppe</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Kilde</translation>
    </message>
    <message>
        <source>Strategy go&amp;als</source>
        <translation>&amp;Strategimål</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nytt)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>Select a highlighted row to read all of its problems here.</source>
        <translation>Velg en uthevet rad for å se alle problemene i den her.</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Ingen fil er valgt ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file</source>
        <translation>
            <numerusform>%n rad i filen</numerusform>
            <numerusform>%n rader i filen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors (highlighted)</source>
        <translation>
            <numerusform>%n med feil (uthevet)</numerusform>
            <numerusform>%n med feil (uthevet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to import</source>
        <translation>
            <numerusform>%n klar til import</numerusform>
            <numerusform>%n klare til import</numerusform>
        </translation>
    </message>
    <message>
        <source>all ready to import</source>
        <translation>alle er klare til import</translation>
    </message>
    <message>
        <source>New themes to create: %1.</source>
        <translation>Nye temaer som opprettes: %1.</translation>
    </message>
    <message>
        <source>There is no row to import yet.</source>
        <translation>Det er ingen rader å importere ennå.</translation>
    </message>
    <message>
        <source>Correct the rows with errors in the file, or tick “Skip rows with errors”.</source>
        <translation>Rett opp radene med feil i filen, eller kryss av for «Hopp over rader med feil».</translation>
    </message>
    <message numerus="yes">
        <source>Import %n idea(s) in one step (undo with Ctrl+Z).</source>
        <translation>
            <numerusform>Importer %n idé i ett steg (angre med Ctrl+Z).</numerusform>
            <numerusform>Importer %n idéer i ett steg (angre med Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n idea(s)…</source>
        <translation>
            <numerusform>Importerer %n idé…</numerusform>
            <numerusform>Importerer %n idéer…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was saved.</source>
        <translation>Importen ble avbrutt: ingenting ble lagret.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n idea(s)</source>
        <translation>
            <numerusform>Importer %n idé</numerusform>
            <numerusform>Importer %n idéer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) imported into %1.</source>
        <translation>
            <numerusform>%n idé importert til %1.</numerusform>
            <numerusform>%n idéer importert til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors skipped.</source>
        <translation>
            <numerusform>%n rad med feil ble hoppet over.</numerusform>
            <numerusform>%n rader med feil ble hoppet over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Angre med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Choose a workshop first: imported ideas belong to one.</source>
        <translation>Velg et verksted først: importerte idéer hører alltid til et verksted.</translation>
    </message>
    <message>
        <source>Import ideas</source>
        <translation>Importer idéer</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file whose first row holds the column names. Check which column holds what, look at the rows below, then press Import. Nothing is saved before that.</source>
        <translation>Velg en CSV- eller Excel-fil (.xlsx) der den første raden inneholder kolonnenavnene. Kontroller hvilken kolonne som inneholder hva, se over radene nedenfor, og trykk deretter på Importer. Ingenting lagres før det.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil som skal importeres</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Velg fil…</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Velg en fil som skal importeres</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Regneark</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Hvilken kolonne inneholder hva</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolonnene i filen</translation>
    </message>
    <message>
        <source>Summary of the rows</source>
        <translation>Sammendrag av radene</translation>
    </message>
    <message>
        <source>Show &amp;only rows with errors</source>
        <translation>Vis bare rader med &amp;feil</translation>
    </message>
    <message>
        <source>Show only rows with errors</source>
        <translation>Vis bare rader med feil</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Radene i filen</translation>
    </message>
    <message>
        <source>Problems of the selected row</source>
        <translation>Problemer i den valgte raden</translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors (import only the rows without errors)</source>
        <translation>&amp;Hopp over rader med feil (importer bare radene uten feil)</translation>
    </message>
    <message>
        <source>Skip rows with errors</source>
        <translation>Hopp over rader med feil</translation>
    </message>
    <message>
        <source>&amp;Read it as Western European (Windows-1252)</source>
        <translation>&amp;Les filen som vesteuropeisk tekst (Windows-1252)</translation>
    </message>
    <message>
        <source>Read the file as Western European text (Windows-1252)</source>
        <translation>Les filen som vesteuropeisk tekst (Windows-1252)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fremdrift for importen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the rows</source>
        <translation>Importer radene</translation>
    </message>
</context>
<context>
    <name>ImportPackagesDialog</name>
    <message>
        <source>Import sync packages</source>
        <translation>Importer synkroniseringspakker</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakker</translation>
    </message>
    <message>
        <source>Package files to import</source>
        <translation>Pakkefiler som skal importeres</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Legg til filer…</translation>
    </message>
    <message>
        <source>Add package files</source>
        <translation>Legg til pakkefiler</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Fjern de valgte filene</translation>
    </message>
    <message>
        <source>Add the .scpkg files from a USB stick, an e-mail or a shared folder with Add files…, or drag them here. Each package is checked completely before anything is written.</source>
        <translation>Legg til .scpkg-filene fra en minnepinne, en e-post eller en delt mappe med Legg til filer…, eller dra dem hit. Hver pakke kontrolleres fullstendig før noe blir lagret.</translation>
    </message>
    <message>
        <source>Passphrase of the office key</source>
        <translation>Passordfrasen for sentralkontorets nøkkel</translation>
    </message>
    <message>
        <source>Office key &amp;passphrase:</source>
        <translation>&amp;Passordfrase for sentralkontorets nøkkel:</translation>
    </message>
    <message>
        <source>Needed for packages encrypted to this office.</source>
        <translation>Trengs for pakker som er kryptert med nøkkelen til dette kontoret.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fremdrift for importen</translation>
    </message>
    <message>
        <source>What each package did</source>
        <translation>Resultatet for hver pakke</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Sammendrag av importen</translation>
    </message>
    <message>
        <source>Import error</source>
        <translation>Importfeil</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the packages</source>
        <translation>Importer pakkene</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <source>Cancel the running import</source>
        <translation>Avbryt importen som pågår</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Lukk dialogen</translation>
    </message>
    <message>
        <source>Choose sync packages</source>
        <translation>Velg synkroniseringspakker</translation>
    </message>
    <message>
        <source>Sync packages (*.scpkg);;All files (*)</source>
        <translation>Synkroniseringspakker (*.scpkg);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 of %2 packages</source>
        <translation>%1 av %2 pakker</translation>
    </message>
    <message>
        <source>Trust a new key?</source>
        <translation>Stole på en ny nøkkel?</translation>
    </message>
    <message>
        <source>A package is signed with a key this database does not know yet.</source>
        <translation>En pakke er signert med en nøkkel som denne databasen ikke kjenner ennå.</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Maskin: %1</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeravtrykk:</translation>
    </message>
    <message>
        <source>Trust it only if the fingerprint is the same as the one the facilitator reads to you, group by group.</source>
        <translation>Stol bare på den hvis fingeravtrykket er det samme som det tilretteleggeren leser opp for deg, gruppe for gruppe.</translation>
    </message>
    <message>
        <source>&amp;Trust and import</source>
        <translation>&amp;Stol på nøkkelen og importer</translation>
    </message>
    <message>
        <source>&amp;Refuse the package</source>
        <translation>&amp;Avvis pakken</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Allerede importert</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <source>Not imported (cancelled)</source>
        <translation>Ikke importert (avbrutt)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Nothing changed: this package was imported before.</source>
        <translation>Ingenting er endret: denne pakken er importert tidligere.</translation>
    </message>
    <message>
        <source>Key trusted on import</source>
        <translation>Nøkkelen ble godtatt som pålitelig ved importen</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) imported</source>
        <translation>
            <numerusform>%n pakke importert</numerusform>
            <numerusform>%n pakker importert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported before</source>
        <translation>
            <numerusform>%n var allerede importert</numerusform>
            <numerusform>%n var allerede importert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (nothing from them was saved)</source>
        <translation>
            <numerusform>%n avvist (ingenting fra den ble lagret)</numerusform>
            <numerusform>%n avvist (ingenting fra dem ble lagret)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (cancelled)</source>
        <translation>
            <numerusform>%n ikke importert (avbrutt)</numerusform>
            <numerusform>%n ikke importert (avbrutt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review in the Conflicts tab</source>
        <translation>
            <numerusform>%n konflikt å gå gjennom i fanen Konflikter</numerusform>
            <numerusform>%n konflikter å gå gjennom i fanen Konflikter</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting ble importert: %1</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys for sync packages</source>
        <translation>Nøkler for synkroniseringspakker</translation>
    </message>
    <message>
        <source>Key pages</source>
        <translation>Nøkkelsider</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>&amp;Denne datamaskinen</translation>
    </message>
    <message>
        <source>Central &amp;office</source>
        <translation>Sentral&amp;kontoret</translation>
    </message>
    <message>
        <source>&amp;Trusted keys</source>
        <translation>Godkjente &amp;nøkler</translation>
    </message>
    <message>
        <source>Working on the key</source>
        <translation>Arbeider med nøkkelen</translation>
    </message>
    <message>
        <source>Key problem</source>
        <translation>Problem med nøkkelen</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Resultat for nøkkelen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Lukk dialogen</translation>
    </message>
    <message>
        <source>This computer signs every package it writes with its own key, so that the office can tell the package really comes from here and was not changed on the way. Give the office your public key file, or read the fingerprint to them.</source>
        <translation>Denne datamaskinen signerer hver pakke den lager, med sin egen nøkkel, slik at sentralkontoret kan se at pakken virkelig kommer herfra og ikke er endret underveis. Gi sentralkontoret filen med den offentlige nøkkelen din, eller les opp fingeravtrykket for dem.</translation>
    </message>
    <message>
        <source>Signing key status</source>
        <translation>Status for signeringsnøkkelen</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signeringsnøkkel:</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Enhets-ID</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Enhets-ID:</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>Fingeravtrykk for signeringsnøkkelen</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeravtrykk:</translation>
    </message>
    <message>
        <source>Create &amp;signing key…</source>
        <translation>Opprett &amp;signeringsnøkkel…</translation>
    </message>
    <message>
        <source>Create the signing key</source>
        <translation>Opprett signeringsnøkkelen</translation>
    </message>
    <message>
        <source>Save my &amp;public key file…</source>
        <translation>Lagre min &amp;offentlige nøkkel som fil…</translation>
    </message>
    <message>
        <source>Save this computer&apos;s public key file</source>
        <translation>Lagre den offentlige nøkkelen til denne datamaskinen som fil</translation>
    </message>
    <message>
        <source>The office this computer sends packages to</source>
        <translation>Sentralkontoret som denne datamaskinen sender pakker til</translation>
    </message>
    <message>
        <source>Office packages are encrypted to</source>
        <translation>Sentralkontoret som pakkene krypteres for</translation>
    </message>
    <message>
        <source>Office key fingerprint</source>
        <translation>Fingeravtrykk for sentralkontorets nøkkel</translation>
    </message>
    <message>
        <source>&amp;Load the office&apos;s key file…</source>
        <translation>Last &amp;inn sentralkontorets nøkkelfil…</translation>
    </message>
    <message>
        <source>Load the office&apos;s public key file</source>
        <translation>Last inn filen med sentralkontorets offentlige nøkkel</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Glem</translation>
    </message>
    <message>
        <source>Forget the office key</source>
        <translation>Glem sentralkontorets nøkkel</translation>
    </message>
    <message>
        <source>Only on the central office&apos;s computer. Facilitators encrypt their packages to the office key, so that nobody else can read them. Share the public key file or let them scan the QR code, then compare the fingerprint by reading it aloud.</source>
        <translation>Bare på sentralkontorets datamaskin. Tilretteleggerne krypterer pakkene sine for sentralkontorets nøkkel, slik at ingen andre kan lese dem. Del filen med den offentlige nøkkelen, eller la dem skanne QR-koden, og sammenlign deretter fingeravtrykket ved å lese det høyt.</translation>
    </message>
    <message>
        <source>Office key status</source>
        <translation>Status for sentralkontorets nøkkel</translation>
    </message>
    <message>
        <source>Office key:</source>
        <translation>Sentralkontorets nøkkel:</translation>
    </message>
    <message>
        <source>Office signing key fingerprint</source>
        <translation>Fingeravtrykk for sentralkontorets signeringsnøkkel</translation>
    </message>
    <message>
        <source>Signs with:</source>
        <translation>Signerer med:</translation>
    </message>
    <message>
        <source>Create office &amp;key…</source>
        <translation>&amp;Opprett sentralkontorets nøkkel…</translation>
    </message>
    <message>
        <source>Create the office key</source>
        <translation>Opprett sentralkontorets nøkkel</translation>
    </message>
    <message>
        <source>Save the office&apos;s &amp;public key file…</source>
        <translation>&amp;Lagre sentralkontorets offentlige nøkkel som fil…</translation>
    </message>
    <message>
        <source>Save the office&apos;s public key file</source>
        <translation>Lagre sentralkontorets offentlige nøkkel som fil</translation>
    </message>
    <message>
        <source>QR code of the office&apos;s public key</source>
        <translation>QR-kode for sentralkontorets offentlige nøkkel</translation>
    </message>
    <message>
        <source>Packages are only imported when they are signed by a key in this list (or one you agree to trust when it first arrives). Revoke a key when a laptop is lost.</source>
        <translation>Pakker importeres bare når de er signert med en nøkkel i denne listen (eller en nøkkel du godtar å stole på når den kommer første gang). Tilbakekall en nøkkel hvis en bærbar PC blir borte.</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>Godkjente nøkler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtrykk</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trust a &amp;key file…</source>
        <translation>&amp;Godkjenn en nøkkelfil…</translation>
    </message>
    <message>
        <source>Trust a facilitator&apos;s key file</source>
        <translation>Godkjenn nøkkelfilen til en tilrettelegger</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Tilbakekall</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>Tilbakekall den valgte nøkkelen</translation>
    </message>
    <message>
        <source>None yet. Create one before writing packages.</source>
        <translation>Ingen ennå. Opprett en før du lager pakker.</translation>
    </message>
    <message>
        <source>Ready (protected by a passphrase)</source>
        <translation>Klar (beskyttet med passordfrase)</translation>
    </message>
    <message>
        <source>No office key loaded: packages are written unencrypted. Load the key file the office gave you to encrypt them.</source>
        <translation>Ingen nøkkel fra sentralkontoret er lastet inn: pakkene lagres ukryptert. Last inn nøkkelfilen du har fått fra sentralkontoret, for å kryptere dem.</translation>
    </message>
    <message>
        <source>Packages are encrypted to: %1</source>
        <translation>Pakkene krypteres for: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>This computer is not the central office (no office key).</source>
        <translation>Denne datamaskinen er ikke sentralkontoret (har ikke sentralkontorets nøkkel).</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Tilbakekalt</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Choose a passphrase for this computer&apos;s signing key. You will type it each time you write a package.</source>
        <translation>Velg en passordfrase for signeringsnøkkelen til denne datamaskinen. Du må skrive den inn hver gang du lager en pakke.</translation>
    </message>
    <message>
        <source>Signing key created. Fingerprint: %1</source>
        <translation>Signeringsnøkkelen er opprettet. Fingeravtrykk: %1</translation>
    </message>
    <message>
        <source>Choose a passphrase for the office key. You will type it to open the encrypted packages facilitators send.</source>
        <translation>Velg en passordfrase for sentralkontorets nøkkel. Du må skrive den inn for å åpne de krypterte pakkene som tilretteleggerne sender.</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Sentralkontoret</translation>
    </message>
    <message>
        <source>Office key created. Fingerprint: %1</source>
        <translation>Sentralkontorets nøkkel er opprettet. Fingeravtrykk: %1</translation>
    </message>
    <message>
        <source>Key file (*.json)</source>
        <translation>Nøkkelfil (*.json)</translation>
    </message>
    <message>
        <source>Save this computer&apos;s public key</source>
        <translation>Lagre den offentlige nøkkelen til denne datamaskinen</translation>
    </message>
    <message>
        <source>Public key written to %1</source>
        <translation>Den offentlige nøkkelen er lagret i %1</translation>
    </message>
    <message>
        <source>Save the office&apos;s public key</source>
        <translation>Lagre sentralkontorets offentlige nøkkel</translation>
    </message>
    <message>
        <source>Office public key written to %1</source>
        <translation>Sentralkontorets offentlige nøkkel er lagret i %1</translation>
    </message>
    <message>
        <source>Fingerprint:
%1

Compare it with the one read to you, group by group.</source>
        <translation>Fingeravtrykk:
%1

Sammenlign det med fingeravtrykket som ble lest opp for deg, gruppe for gruppe.</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Stol på denne nøkkelen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Load the office&apos;s public key</source>
        <translation>Last inn sentralkontorets offentlige nøkkel</translation>
    </message>
    <message>
        <source>Key file (*.json);;All files (*)</source>
        <translation>Nøkkelfil (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Encrypt packages to this office?</source>
        <translation>Vil du kryptere pakkene for dette sentralkontoret?</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Sentralkontor: %1</translation>
    </message>
    <message>
        <source>Packages are now encrypted to %1.</source>
        <translation>Pakkene krypteres nå for %1.</translation>
    </message>
    <message>
        <source>Forget the office key?</source>
        <translation>Vil du glemme sentralkontorets nøkkel?</translation>
    </message>
    <message>
        <source>Packages will no longer be encrypted unless you load the key again.</source>
        <translation>Pakkene blir ikke lenger kryptert med mindre du laster inn nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>Trust a facilitator&apos;s key</source>
        <translation>Godkjenn nøkkelen til en tilrettelegger</translation>
    </message>
    <message>
        <source>Trust packages from this computer?</source>
        <translation>Vil du stole på pakker fra denne datamaskinen?</translation>
    </message>
    <message>
        <source>%1
Device id: %2</source>
        <translation>%1
Enhets-ID: %2</translation>
    </message>
    <message>
        <source>Key trusted: %1</source>
        <translation>Nøkkelen er godkjent: %1</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>Vil du tilbakekalle denne nøkkelen?</translation>
    </message>
    <message>
        <source>Packages signed with %1 will be refused from now on.</source>
        <translation>Pakker som er signert med %1, blir avvist fra nå av.</translation>
    </message>
    <message>
        <source>Key revoked: %1</source>
        <translation>Nøkkelen er tilbakekalt: %1</translation>
    </message>
</context>
<context>
    <name>KindField</name>
    <message>
        <source>Need or idea</source>
        <translation>Behov eller idé</translation>
    </message>
    <message>
        <source>N</source>
        <comment>key that ticks &apos;need&apos;</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>I</source>
        <comment>key that ticks &apos;idea&apos;</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Need or problem  (%s)</source>
        <translation>Behov eller problem  (%s)</translation>
    </message>
    <message>
        <source>Idea or solution  (%s)</source>
        <translation>Idé eller løsning  (%s)</translation>
    </message>
    <message>
        <source>Not ticked. Press %1 for need, %2 for idea.</source>
        <translation>Ikke krysset av. Trykk %1 for behov, %2 for idé.</translation>
    </message>
</context>
<context>
    <name>KioskPages</name>
    <message>
        <source>Workshop</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <source>Leave kiosk mode (facilitator)</source>
        <translation>Avslutt kiosk-modus (tilrettelegger)</translation>
    </message>
    <message>
        <source>Leave kiosk mode (facilitator PIN)</source>
        <translation>Avslutt kiosk-modus (tilretteleggerens PIN-kode)</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Er du der fortsatt?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Jeg er her fortsatt</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>Idéen din</translation>
    </message>
    <message>
        <source>Step 1 of 2</source>
        <translation>Steg 1 av 2</translation>
    </message>
    <message>
        <source>What would make your neighbourhood smarter, greener or better for everyone?</source>
        <translation>Hva ville gjort nabolaget ditt smartere, grønnere eller bedre for alle?</translation>
    </message>
    <message>
        <source>Write here, in your own words and in any language…</source>
        <translation>Skriv her, med dine egne ord og på det språket du vil…</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>Tegn igjen</translation>
    </message>
    <message>
        <source>Is it a need or an idea?</source>
        <translation>Er det et behov eller en idé?</translation>
    </message>
    <message>
        <source>Need or idea</source>
        <translation>Behov eller idé</translation>
    </message>
    <message>
        <source>A need or a problem</source>
        <translation>Et behov eller et problem</translation>
    </message>
    <message>
        <source>An idea or a solution</source>
        <translation>En idé eller en løsning</translation>
    </message>
    <message>
        <source>Which theme fits best? (optional)</source>
        <translation>Hvilket tema passer best? (valgfritt)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Next  →</source>
        <translation>Neste  →</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Next (Ctrl+Enter)</source>
        <translation>Neste (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Om deg (valgfritt)</translation>
    </message>
    <message>
        <source>Step 2 of 2</source>
        <translation>Steg 2 av 2</translation>
    </message>
    <message>
        <source>These questions help us see who took part, so that every group is heard. Answer only what you like. We never ask for your name.</source>
        <translation>Disse spørsmålene hjelper oss å se hvem som har deltatt, slik at alle grupper blir hørt. Svar bare på det du vil. Vi spør aldri om navnet ditt.</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Med egne ord</translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation>Med egne ord (valgfritt)</translation>
    </message>
    <message>
        <source>I agree that my answers are used for this project&apos;s analysis</source>
        <translation>Jeg samtykker i at svarene mine brukes i analysen i dette prosjektet</translation>
    </message>
    <message>
        <source>Without this tick we cannot keep your answers about you.</source>
        <translation>Uten dette krysset kan vi ikke ta vare på svarene dine om deg selv.</translation>
    </message>
    <message>
        <source>←  Back</source>
        <translation>←  Tilbake</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <source>Skip these questions and send my idea</source>
        <translation>Hopp over disse spørsmålene og send idéen min</translation>
    </message>
    <message>
        <source>Send your idea without answers about you</source>
        <translation>Send idéen din uten svar om deg selv</translation>
    </message>
    <message>
        <source>Send  ✓</source>
        <translation>Send  ✓</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Send (Enter)</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Tusen takk!</translation>
    </message>
    <message>
        <source>Your idea has been saved. The screen is ready for the next person in a moment.</source>
        <translation>Idéen din er lagret. Om et øyeblikk er skjermen klar for neste person.</translation>
    </message>
    <message>
        <source>Your idea has been saved.</source>
        <translation>Idéen din er lagret.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Neste person</translation>
    </message>
    <message>
        <source>Start again for the next person</source>
        <translation>Start på nytt for neste person</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>Tilretteleggerens PIN-kode</translation>
    </message>
    <message>
        <source>Enter the PIN to leave kiosk mode. Participants: please press “Back to the form”.</source>
        <translation>Skriv inn PIN-koden for å avslutte kiosk-modus. Deltakere: trykk på «Tilbake til skjemaet».</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Tilbake til skjemaet</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Slett det siste sifferet</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, leave kiosk mode</source>
        <translation>OK, avslutt kiosk-modus</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Share your idea</source>
        <translation>Del idéen din</translation>
    </message>
    <message>
        <source>Kiosk: share your idea</source>
        <translation>Kiosk: del idéen din</translation>
    </message>
    <message>
        <source>Please write your idea first. A few words are enough.</source>
        <translation>Skriv idéen din først. Noen få ord er nok.</translation>
    </message>
    <message>
        <source>Your text is %1 characters long. Please shorten it to %2.</source>
        <translation>Teksten din er på %1 tegn. Kort den ned til %2 tegn.</translation>
    </message>
    <message>
        <source>Characters left: %1</source>
        <translation>Tegn igjen: %1</translation>
    </message>
    <message>
        <source>Too long: please remove %1 characters</source>
        <translation>For lang: fjern %1 tegn</translation>
    </message>
    <message>
        <source>Thank you for answering! We can only keep your answers if you agree: tick the box above. Or press Skip to send your idea without them.</source>
        <translation>Takk for at du svarte! Vi kan bare ta vare på svarene dine hvis du samtykker: kryss av i boksen ovenfor. Eller trykk på «Hopp over» for å sende idéen din uten dem.</translation>
    </message>
    <message>
        <source>Sorry, your idea could not be saved. Please ask the facilitator for help.</source>
        <translation>Beklager, idéen din kunne ikke lagres. Spør tilretteleggeren om hjelp.</translation>
    </message>
    <message>
        <source>Still there? The form will be cleared in %1 s.</source>
        <translation>Er du der fortsatt? Skjemaet tømmes om %1 s.</translation>
    </message>
    <message>
        <source>That PIN is not right. Tries left: %1.</source>
        <translation>Feil PIN-kode. Gjenstående forsøk: %1.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>For mange feil forsøk. Prøv igjen om %1 s.</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Kiosk-modus</translation>
    </message>
    <message>
        <source>Choose a workshop in the list first: the kiosk collects ideas for one workshop.</source>
        <translation>Velg først et verksted i listen: kiosken samler inn idéer til ett verksted.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Direkte</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Papirskjema</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Klistrelapp</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under vurdering</translation>
    </message>
    <message>
        <source>Accepted into plan</source>
        <translation>Tatt inn i planen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Under arbeid</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Utrydde fattigdom</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Utrydde sult</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>God helse og livskvalitet</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>God utdanning</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Likestilling mellom kjønnene</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Rent vann og gode sanitærforhold</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Ren energi for alle</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Anstendig arbeid og økonomisk vekst</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Innovasjon og infrastruktur</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Mindre ulikhet</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Bærekraftige byer og lokalsamfunn</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Ansvarlig forbruk og produksjon</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Stoppe klimaendringene</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Livet i havet</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Livet på land</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Fred, rettferdighet og velfungerende institusjoner</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Samarbeid for å nå målene</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>Bærekraftsmål</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>agenda item</source>
        <comment>no … with id</comment>
        <translation>programpost</translation>
    </message>
    <message>
        <source>batch</source>
        <comment>no … with id</comment>
        <translation>bunke</translation>
    </message>
    <message>
        <source>card entry</source>
        <comment>no … with id</comment>
        <translation>kortregistrering</translation>
    </message>
    <message>
        <source>conflict</source>
        <comment>no … with id</comment>
        <translation>konflikt</translation>
    </message>
    <message>
        <source>idea</source>
        <comment>no … with id</comment>
        <translation>idé</translation>
    </message>
    <message>
        <source>participant</source>
        <comment>no … with id</comment>
        <translation>deltaker</translation>
    </message>
    <message>
        <source>project</source>
        <comment>no … with id</comment>
        <translation>prosjekt</translation>
    </message>
    <message>
        <source>round</source>
        <comment>no … with id</comment>
        <translation>runde</translation>
    </message>
    <message>
        <source>status change</source>
        <comment>no … with id</comment>
        <translation>statusendring</translation>
    </message>
    <message>
        <source>theme</source>
        <comment>no … with id</comment>
        <translation>tema</translation>
    </message>
    <message>
        <source>trusted key</source>
        <comment>no … with id</comment>
        <translation>klarert nøkkel</translation>
    </message>
    <message>
        <source>vote</source>
        <comment>no … with id</comment>
        <translation>stemme</translation>
    </message>
    <message>
        <source>workshop</source>
        <comment>no … with id</comment>
        <translation>verksted</translation>
    </message>
    <message>
        <source>record</source>
        <comment>no … with id</comment>
        <translation>post</translation>
    </message>
    <message>
        <source>activity</source>
        <comment>the …</comment>
        <translation>aktiviteten</translation>
    </message>
    <message>
        <source>ballot</source>
        <comment>the …</comment>
        <translation>stemmeseddelen</translation>
    </message>
    <message>
        <source>code</source>
        <comment>the …</comment>
        <translation>koden</translation>
    </message>
    <message>
        <source>description</source>
        <comment>the …</comment>
        <translation>beskrivelsen</translation>
    </message>
    <message>
        <source>facilitators</source>
        <comment>the …</comment>
        <translation>fasilitatorfeltet</translation>
    </message>
    <message>
        <source>label</source>
        <comment>the …</comment>
        <translation>etiketten</translation>
    </message>
    <message>
        <source>name</source>
        <comment>the …</comment>
        <translation>navnet</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>the …</comment>
        <translation>notatene</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>the …</comment>
        <translation>telefonnummeret</translation>
    </message>
    <message>
        <source>reason</source>
        <comment>the …</comment>
        <translation>begrunnelsen</translation>
    </message>
    <message>
        <source>self-description</source>
        <comment>the …</comment>
        <translation>selvbeskrivelsen</translation>
    </message>
    <message>
        <source>session</source>
        <comment>the …</comment>
        <translation>økten</translation>
    </message>
    <message>
        <source>table group</source>
        <comment>the …</comment>
        <translation>bordgruppen</translation>
    </message>
    <message>
        <source>text</source>
        <comment>the …</comment>
        <translation>teksten</translation>
    </message>
    <message>
        <source>theme</source>
        <comment>the …</comment>
        <translation>temaet</translation>
    </message>
    <message>
        <source>title</source>
        <comment>the …</comment>
        <translation>tittelen</translation>
    </message>
    <message>
        <source>venue</source>
        <comment>the …</comment>
        <translation>stedet</translation>
    </message>
    <message>
        <source>dots</source>
        <comment>the …</comment>
        <translation>antall prikker</translation>
    </message>
    <message>
        <source>dots per participant</source>
        <comment>the …</comment>
        <translation>antall prikker per deltaker</translation>
    </message>
    <message>
        <source>impact</source>
        <comment>the …</comment>
        <translation>virkningen</translation>
    </message>
    <message>
        <source>effort</source>
        <comment>the …</comment>
        <translation>innsatsen</translation>
    </message>
    <message>
        <source>rank</source>
        <comment>the …</comment>
        <translation>plasseringen</translation>
    </message>
    <message>
        <source>score</source>
        <comment>the …</comment>
        <translation>poengsummen</translation>
    </message>
    <message>
        <source>idea cards</source>
        <comment>the …</comment>
        <translation>antall idékort</translation>
    </message>
    <message>
        <source>registration forms</source>
        <comment>the …</comment>
        <translation>antall registreringsskjemaer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Projects and workshops</source>
        <translation>Prosjekter og verksteder</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Oversikt</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deltakere</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Idéer</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Gjennomføring</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Notering</translation>
    </message>
    <message>
        <source>Card en&amp;try</source>
        <translation>&amp;Kortinntasting</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Tav&amp;le</translation>
    </message>
    <message>
        <source>Ro&amp;unds</source>
        <translation>R&amp;under</translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation>Re&amp;sultater</translation>
    </message>
    <message>
        <source>Represe&amp;ntativeness</source>
        <translation>Represen&amp;tativitet</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Vedt&amp;ak</translation>
    </message>
    <message>
        <source>Covera&amp;ge</source>
        <translation>D&amp;ekning</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>Hva sk&amp;jedde</translation>
    </message>
    <message>
        <source>Centr&amp;al office</source>
        <translation>Sen&amp;tralkontoret</translation>
    </message>
    <message>
        <source>Conf&amp;licts</source>
        <translation>Konf&amp;likter</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Å&amp;pne database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Find ideas</source>
        <translation>&amp;Finn idéer</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>Nytt &amp;prosjekt…</translation>
    </message>
    <message>
        <source>New &amp;workshop…</source>
        <translation>Nytt &amp;verksted…</translation>
    </message>
    <message>
        <source>Add the &amp;demo project</source>
        <translation>Legg til &amp;demoprosjektet</translation>
    </message>
    <message>
        <source>&amp;Import ideas…</source>
        <translation>&amp;Importer idéer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>Export the selected project or workshop: CSV, Excel, Decidim or open data</source>
        <translation>Eksporter det valgte prosjektet eller verkstedet: CSV, Excel, Decidim eller åpne data</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Nøkler…</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Eksporter pakke…</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Importer pakker…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapporter…</translation>
    </message>
    <message>
        <source>PDF reports: workshop, project, “You said, we did”, challenge brief</source>
        <translation>PDF-rapporter: verksted, prosjekt, «Dere sa, vi gjorde», utfordringsnotat</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>&amp;Kiosk-modus…</translation>
    </message>
    <message>
        <source>Let participants type their own ideas on this computer, for the selected workshop</source>
        <translation>La deltakerne skrive inn sine egne idéer på denne datamaskinen, for det valgte verkstedet</translation>
    </message>
    <message>
        <source>Paper &amp;forms…</source>
        <translation>Papir&amp;skjemaer…</translation>
    </message>
    <message>
        <source>Print registration forms and idea cards for the selected workshop</source>
        <translation>Skriv ut registreringsskjemaer og idékort for det valgte verkstedet</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Endre stat&amp;us…</translation>
    </message>
    <message>
        <source>Change the status of the selected ideas, with a reason and a date</source>
        <translation>Endre statusen for de valgte idéene, med begrunnelse og dato</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>&amp;Om…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åpne nylig &amp;brukte</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Synkronisering</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Prosjekt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone</source>
        <translation>Dette steget kan ikke angres eller gjøres om</translation>
    </message>
    <message>
        <source>Project created.</source>
        <translation>Prosjektet er opprettet.</translation>
    </message>
    <message>
        <source>Workshop created.</source>
        <translation>Verkstedet er opprettet.</translation>
    </message>
    <message>
        <source>Conf&amp;licts (%1)</source>
        <translation>Konf&amp;likter (%1)</translation>
    </message>
    <message>
        <source>Select one or more ideas first, in the Ideas or Decisions tab.</source>
        <translation>Velg først én eller flere idéer i fanen Idéer eller Vedtak.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>Smart City database (*.sqlite)</source>
        <translation>Smart City-database (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <source>Smart City database (*.sqlite);;All files (*)</source>
        <translation>Smart City-database (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>About %s</source>
        <translation>Om %s</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline tool for community co-creation workshops about smarter, greener and more inclusive cities and regions.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;&lt;p&gt;Icons: Material Design Icons via QtAwesome. SDG colours: United Nations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Et verktøy uten behov for nettilkobling, for medskapingsverksteder i lokalsamfunnet om smartere, grønnere og mer inkluderende byer og regioner.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;&lt;p&gt;Ikoner: Material Design Icons via QtAwesome. Farger på bærekraftsmålene: FN.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>Quick wins</source>
        <translation>Raske gevinster</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>Store prosjekter</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Småoppgaver</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>Utakknemlige oppgaver</translation>
    </message>
    <message>
        <source>high impact, low effort</source>
        <translation>stor effekt, liten innsats</translation>
    </message>
    <message>
        <source>high impact, high effort</source>
        <translation>stor effekt, stor innsats</translation>
    </message>
    <message>
        <source>low impact, low effort</source>
        <translation>liten effekt, liten innsats</translation>
    </message>
    <message>
        <source>low impact, high effort</source>
        <translation>liten effekt, stor innsats</translation>
    </message>
    <message>
        <source>Impact and effort matrix</source>
        <translation>Matrise for effekt og innsats</translation>
    </message>
    <message>
        <source>Tab to an idea, then move it with the arrow keys (Shift for small steps). Ideas not placed yet are in the tray on the right.</source>
        <translation>Gå til en idé med Tab, og flytt den med piltastene (Shift for små steg). Idéer som ikke er plassert ennå, ligger i feltet til høyre.</translation>
    </message>
    <message>
        <source>Effort: low  →  high</source>
        <translation>Innsats: liten  →  stor</translation>
    </message>
    <message>
        <source>Impact: low  →  high</source>
        <translation>Effekt: liten  →  stor</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Ikke plassert ennå</translation>
    </message>
    <message>
        <source>Drag onto the matrix, or Tab to a card and press an arrow key</source>
        <translation>Dra kortet til matrisen, eller gå til et kort med Tab og trykk på en piltast</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New round</source>
        <translation>Ny runde</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Name of the round</source>
        <translation>Navn på runden</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Prikker per deltaker</translation>
    </message>
    <message>
        <source>&amp;Dots per participant:</source>
        <translation>&amp;Prikker per deltaker:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
</context>
<context>
    <name>OfficeView</name>
    <message>
        <source>Dashboard heading</source>
        <translation>Overskrift på dashbordet</translation>
    </message>
    <message>
        <source>Dashboard summary</source>
        <translation>Sammendrag på dashbordet</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Teller opp</translation>
    </message>
    <message>
        <source>Re&amp;count</source>
        <translation>Tell på n&amp;ytt</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Tell på nytt</translation>
    </message>
    <message>
        <source>Count again, e.g. after importing packages</source>
        <translation>Tell på nytt, f.eks. etter at du har importert pakker</translation>
    </message>
    <message>
        <source>Participants by group per workshop</source>
        <translation>Deltakere etter gruppe per verksted</translation>
    </message>
    <message>
        <source>About the hidden counts</source>
        <translation>Om tallene som er skjult</translation>
    </message>
    <message>
        <source>Participation by group</source>
        <translation>Deltakelse etter gruppe</translation>
    </message>
    <message>
        <source>Top priorities of every round</source>
        <translation>De høyest prioriterte idéene i hver runde</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plass</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Top priorities across rounds</source>
        <translation>Høyest prioriterte idéer i alle runder</translation>
    </message>
    <message>
        <source>Ideas per SDG, all workshops</source>
        <translation>Idéer per bærekraftsmål, alle verksteder</translation>
    </message>
    <message>
        <source>SDGs without ideas</source>
        <translation>Bærekraftsmål uten idéer</translation>
    </message>
    <message>
        <source>SDG coverage, all workshops</source>
        <translation>Dekning av bærekraftsmålene, alle verksteder</translation>
    </message>
    <message>
        <source>Choose a project to see its dashboard.</source>
        <translation>Velg et prosjekt for å se dashbordet for det.</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Kunne ikke telle opp: %1</translation>
    </message>
    <message>
        <source>Central office: %1</source>
        <translation>Sentralkontoret: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n verksted</numerusform>
            <numerusform>%n verksteder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 deltakere</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) with votes</source>
        <translation>
            <numerusform>%n runde med stemmer</numerusform>
            <numerusform>%n runder med stemmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown: fewer than %1 people, or a count that would reveal such a group.</source>
        <translation>Vises ikke: færre enn %1 personer, eller et tall som ville avsløre en slik gruppe.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message numerus="yes">
        <source>%1 = not shown: fewer than %2 people, or a count from which such a small group could be worked out. %n count(s) hidden.</source>
        <translation>
            <numerusform>%1 = vises ikke: færre enn %2 personer, eller et tall som en så liten gruppe kan regnes ut fra. %n tall er skjult.</numerusform>
            <numerusform>%1 = vises ikke: færre enn %2 personer, eller et tall som en så liten gruppe kan regnes ut fra. %n tall er skjult.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group has fewer than %1 people: every count is shown.</source>
        <translation>Ingen grupper har færre enn %1 personer: alle tallene vises.</translation>
    </message>
    <message>
        <source>could not be counted: %1</source>
        <translation>kunne ikke telles opp: %1</translation>
    </message>
    <message>
        <source>fewer than 5 participants</source>
        <translation>færre enn 5 deltakere</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltaker</numerusform>
            <numerusform>%n deltakere</numerusform>
        </translation>
    </message>
    <message>
        <source>The ideas ranked 1 to %1 in each round (ties share a rank, marked =).</source>
        <translation>Idéene på plass 1 til %1 i hver runde (idéer med likt resultat deler plass, merket med =).</translation>
    </message>
    <message>
        <source>No round of this project has votes yet.</source>
        <translation>Ingen runder i dette prosjektet har stemmer ennå.</translation>
    </message>
    <message>
        <source>%1 of 17 SDGs have ideas.</source>
        <translation>%1 av 17 bærekraftsmål har idéer.</translation>
    </message>
    <message>
        <source>No ideas yet: %1</source>
        <translation>Ingen idéer ennå: %1</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Participants by group</source>
        <translation>Deltakere etter gruppe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Ideas by theme</source>
        <translation>Idéer etter tema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Ideas by SDG</source>
        <translation>Idéer etter bærekraftsmål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Hvem er her</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>FNs bærekraftsmål</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(uten tema)</translation>
    </message>
</context>
<context>
    <name>PairwiseScreen</name>
    <message>
        <source>Pairwise comparison</source>
        <translation>Parvis sammenligning</translation>
    </message>
    <message>
        <source>Which of the two ideas matters more? Left arrow: the left idea. Right arrow: the right idea. Down arrow: can&apos;t decide.</source>
        <translation>Hvilken av de to idéene betyr mest? Venstre pil: idéen til venstre. Høyre pil: idéen til høyre. Pil ned: kan ikke velge.</translation>
    </message>
    <message>
        <source>Which of these two matters more to you?</source>
        <translation>Hvilken av disse to betyr mest for deg?</translation>
    </message>
    <message>
        <source>Left idea</source>
        <translation>Idéen til venstre</translation>
    </message>
    <message>
        <source>Right idea</source>
        <translation>Idéen til høyre</translation>
    </message>
    <message>
        <source>or</source>
        <translation>eller</translation>
    </message>
    <message>
        <source>← Left</source>
        <translation>← Venstre</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Venstre</translation>
    </message>
    <message>
        <source>The left idea matters more (Left arrow)</source>
        <translation>Idéen til venstre betyr mest (venstre pil)</translation>
    </message>
    <message>
        <source>↓ Can&apos;t decide</source>
        <translation>↓ Kan ikke velge</translation>
    </message>
    <message>
        <source>Can&apos;t decide</source>
        <translation>Kan ikke velge</translation>
    </message>
    <message>
        <source>Both matter as much, or I can&apos;t tell (Down arrow)</source>
        <translation>Begge betyr like mye, eller jeg vet ikke (pil ned)</translation>
    </message>
    <message>
        <source>Right →</source>
        <translation>Høyre →</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Høyre</translation>
    </message>
    <message>
        <source>The right idea matters more (Right arrow)</source>
        <translation>Idéen til høyre betyr mest (høyre pil)</translation>
    </message>
    <message>
        <source>Comparisons in this session</source>
        <translation>Sammenligninger i denne økten</translation>
    </message>
    <message>
        <source>Participant code (optional)</source>
        <translation>Deltakerkode (valgfritt)</translation>
    </message>
    <message>
        <source>Participant code for this session (optional)</source>
        <translation>Deltakerkode for denne økten (valgfritt)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny økt</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Start en ny økt</translation>
    </message>
    <message>
        <source>The next person sits down: start counting again</source>
        <translation>Neste person setter seg: begynn tellingen på nytt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Økt</translation>
    </message>
    <message>
        <source>Session: %s</source>
        <translation>Økt: %s</translation>
    </message>
    <message>
        <source>No more pairs to compare. Thank you!</source>
        <translation>Ingen flere par å sammenligne. Tusen takk!</translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s) in this session</source>
        <translation>
            <numerusform>%n sammenligning i denne økten</numerusform>
            <numerusform>%n sammenligninger i denne økten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperFormsDialog</name>
    <message>
        <source>Paper forms for %s</source>
        <translation>Papirskjemaer for %s</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>norsk bokmål</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>Registration forms and idea cards for workshop %1 · %2, in %3 (the project&apos;s language). Print them, hand them out, and type them in afterwards.</source>
        <translation>Registreringsskjemaer og idékort for verksted %1 · %2, på %3 (prosjektets språk). Skriv dem ut, del dem ut, og skriv dem inn i appen etterpå.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Lagre PDF…</translation>
    </message>
    <message>
        <source>Save the forms as a PDF file</source>
        <translation>Lagre skjemaene som en PDF-fil</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Print the forms</source>
        <translation>Skriv ut skjemaene</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Noe gikk galt: %s</translation>
    </message>
    <message>
        <source>Choose at least one form.</source>
        <translation>Velg minst ett skjema.</translation>
    </message>
    <message>
        <source>Making the forms…</source>
        <translation>Lager skjemaene…</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Tegner forhåndsvisningen…</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registreringsskjema</translation>
    </message>
    <message>
        <source>Idea cards</source>
        <translation>Idékort</translation>
    </message>
    <message>
        <source>Page %1 · %2</source>
        <translation>Side %1 · %2</translation>
    </message>
    <message>
        <source>%1 pages; the first %2 are shown.</source>
        <translation>%1 sider; de første %2 vises.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n side.</numerusform>
            <numerusform>%n sider.</numerusform>
        </translation>
    </message>
    <message>
        <source>%s paper forms.pdf</source>
        <translation>%s papirskjemaer.pdf</translation>
    </message>
    <message>
        <source>Save paper forms</source>
        <translation>Lagre papirskjemaer</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Lagrer PDF-en…</translation>
    </message>
    <message>
        <source>Saved %1 page(s) to %2.</source>
        <translation>Lagret %1 side(r) i %2.</translation>
    </message>
    <message>
        <source>%s paper forms</source>
        <translation>%s papirskjemaer</translation>
    </message>
    <message>
        <source>Print paper forms</source>
        <translation>Skriv ut papirskjemaer</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sendte %n side til skriveren.</numerusform>
            <numerusform>Sendte %n sider til skriveren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Papirskjemaer</translation>
    </message>
    <message>
        <source>Blank &amp;registration forms:</source>
        <translation>Tomme &amp;registreringsskjemaer:</translation>
    </message>
    <message>
        <source>Number of blank registration forms</source>
        <translation>Antall tomme registreringsskjemaer</translation>
    </message>
    <message>
        <source>&amp;Idea cards:</source>
        <translation>&amp;Idékort:</translation>
    </message>
    <message>
        <source>Number of idea cards</source>
        <translation>Antall idékort</translation>
    </message>
    <message>
        <source>Two idea cards are printed on each A4 page; cut along the dashed line.</source>
        <translation>Det skrives ut to idékort på hver A4-side; klipp langs den stiplede linjen.</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Forhåndsvisning av sidene</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Stop making the forms</source>
        <translation>Stopp arbeidet med å lage skjemaene</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Agrees to processing of their answers</source>
        <translation>Samtykker til behandling av svarene sine</translation>
    </message>
    <message>
        <source>Agrees to be contacted for follow-up</source>
        <translation>Samtykker til å bli kontaktet for oppfølging</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Contact details recorded</source>
        <translation>Kontaktopplysninger er registrert</translation>
    </message>
    <message>
        <source>Agreed, but no contact details recorded</source>
        <translation>Har samtykket, men ingen kontaktopplysninger er registrert</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>&amp;Register participant…</source>
        <translation>Registrer &amp;deltaker…</translation>
    </message>
    <message>
        <source>Register a participant in this workshop (Ctrl+R)</source>
        <translation>Registrer en deltaker i dette verkstedet (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Endre deltaker…</translation>
    </message>
    <message>
        <source>Change the selected participant&apos;s answers (F2)</source>
        <translation>Endre svarene til den valgte deltakeren (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete participant…</source>
        <translation>Sle&amp;tt deltaker…</translation>
    </message>
    <message>
        <source>Delete the selected participant (Delete)</source>
        <translation>Slett den valgte deltakeren (Delete)</translation>
    </message>
    <message>
        <source>Choose a workshop to register participants. Below are the participants of all the project&apos;s workshops.</source>
        <translation>Velg et verksted for å registrere deltakere. Nedenfor ser du deltakerne fra alle verkstedene i prosjektet.</translation>
    </message>
    <message>
        <source>Number of participants shown</source>
        <translation>Antall deltakere som vises</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Who is in the room</source>
        <translation>Hvem er til stede</translation>
    </message>
    <message>
        <source>No one is registered yet. Press Ctrl+R to register the first participant.</source>
        <translation>Ingen er registrert ennå. Trykk Ctrl+R for å registrere den første deltakeren.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltaker</numerusform>
            <numerusform>%n deltakere</numerusform>
        </translation>
    </message>
    <message>
        <source>Register participant %s</source>
        <translation>Registrer deltaker %s</translation>
    </message>
    <message>
        <source>Participant %s registered.</source>
        <translation>Deltaker %s er registrert.</translation>
    </message>
    <message>
        <source>Edit participant %s</source>
        <translation>Endre deltaker %s</translation>
    </message>
    <message>
        <source>Participant %s changed.</source>
        <translation>Deltaker %s er endret.</translation>
    </message>
    <message>
        <source>Choose a workshop first: participants are registered in one.</source>
        <translation>Velg et verksted først: deltakere registreres i ett bestemt verksted.</translation>
    </message>
    <message>
        <source>Could not edit</source>
        <translation>Kunne ikke endre</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Slett deltaker</translation>
    </message>
    <message>
        <source>Delete participant %s?</source>
        <translation>Vil du slette deltaker %s?</translation>
    </message>
    <message>
        <source>Their answers and contact details are removed. You can undo this with Ctrl+Z.</source>
        <translation>Svarene og kontaktopplysningene til deltakeren fjernes. Du kan angre dette med Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>They wrote %n idea(s). What should happen to them?</source>
        <translation>
            <numerusform>Deltakeren skrev %n idé. Hva skal skje med den?</numerusform>
            <numerusform>Deltakeren skrev %n idéer. Hva skal skje med dem?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep their ideas</source>
        <translation>&amp;Behold idéene</translation>
    </message>
    <message>
        <source>The ideas stay, still linked to %s.</source>
        <translation>Idéene blir liggende, fortsatt koblet til %s.</translation>
    </message>
    <message>
        <source>Keep ideas, &amp;anonymous</source>
        <translation>Behold idéene &amp;anonymt</translation>
    </message>
    <message>
        <source>The ideas stay, with no author.</source>
        <translation>Idéene blir liggende, uten forfatter.</translation>
    </message>
    <message>
        <source>&amp;Delete ideas too</source>
        <translation>&amp;Slett idéene også</translation>
    </message>
    <message>
        <source>The ideas are deleted as well.</source>
        <translation>Idéene slettes også.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete participant %s</source>
        <translation>Slett deltaker %s</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Kunne ikke slette</translation>
    </message>
    <message>
        <source>Participant %s deleted. Undo with Ctrl+Z.</source>
        <translation>Deltaker %s er slettet. Angre med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Name shown with the key</source>
        <translation>Navn som vises sammen med nøkkelen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passordfrasen på nytt</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Vis passordfrasen</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Vis passordfrasen</translation>
    </message>
    <message>
        <source>At least %1 characters. Nobody can recover a forgotten passphrase: write it down and keep it somewhere safe.</source>
        <translation>Minst %1 tegn. Ingen kan gjenopprette en glemt passordfrase: skriv den ned og oppbevar den på et trygt sted.</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problem med passordfrasen</translation>
    </message>
    <message>
        <source>Confirm the passphrase</source>
        <translation>Bekreft passordfrasen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Skriv inn passordfrasen.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Passordfrasen må ha minst %1 tegn.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to passordfrasene er ikke like.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>e.g. Green mobility 2030, District X</source>
        <translation>f.eks. Grønn mobilitet 2030, Bydel X</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Prosjektnavn</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Project language</source>
        <translation>Prosjektspråk</translation>
    </message>
    <message>
        <source>The language of forms, category labels and reports.</source>
        <translation>Språket i skjemaer, kategorinavn og rapporter.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Prosjektbeskrivelse</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector — Smart City Co-Creation</source>
        <translation>Prosjektor — Smart City Co-Creation</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Fullskjerm</translation>
    </message>
    <message>
        <source>Full screen on the chosen screen (F11; Esc leaves full screen)</source>
        <translation>Fullskjerm på den valgte skjermen (F11; Esc avslutter fullskjerm)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Avslutt fullskjerm</translation>
    </message>
    <message>
        <source>Close the projector window</source>
        <translation>Lukk prosjektorvinduet</translation>
    </message>
    <message>
        <source>Show on:</source>
        <translation>Vis på:</translation>
    </message>
    <message>
        <source>Screen for the projector window</source>
        <translation>Skjerm for prosjektorvinduet</translation>
    </message>
    <message>
        <source>The screen (projector) to show this window on</source>
        <translation>Skjermen (prosjektoren) som dette vinduet skal vises på</translation>
    </message>
    <message>
        <source>F11 full screen · Esc leaves · right-click for options</source>
        <translation>F11 fullskjerm · Esc avslutter · høyreklikk for valg</translation>
    </message>
    <message>
        <source>Current activity</source>
        <translation>Pågående aktivitet</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid igjen</translation>
    </message>
    <message>
        <source>The newest ideas appear here as they are captured.</source>
        <translation>De nyeste idéene vises her etter hvert som de registreres.</translation>
    </message>
    <message>
        <source>Ideas per theme</source>
        <translation>Idéer per tema</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Skjerm</translation>
    </message>
    <message>
        <source>Starting soon: %s</source>
        <translation>Starter snart: %s</translation>
    </message>
    <message>
        <source>Up next: %s</source>
        <translation>Deretter: %s</translation>
    </message>
    <message numerus="yes">
        <source>Newest ideas · %n so far</source>
        <translation>
            <numerusform>Nyeste idéer · %n så langt</numerusform>
            <numerusform>Nyeste idéer · %n så langt</numerusform>
        </translation>
    </message>
    <message>
        <source>No theme yet</source>
        <translation>Uten tema ennå</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <translation>QR-kode</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>code or ballot no.</source>
        <translation>kode eller seddelnr.</translation>
    </message>
    <message>
        <source>Participant code or ballot number</source>
        <translation>Deltakerkode eller nummer på stemmeseddelen</translation>
    </message>
    <message>
        <source>&amp;Ballot of:</source>
        <translation>&amp;Stemmeseddel fra:</translation>
    </message>
    <message>
        <source>Ideas (Enter puts one on the list)</source>
        <translation>Idéer (Enter setter idéen på listen)</translation>
    </message>
    <message>
        <source>Short list, first choice at the top</source>
        <translation>Kortliste, førstevalget øverst</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move the selected idea up (Alt+Up)</source>
        <translation>Flytt den valgte idéen opp (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Move the selected idea down (Alt+Down)</source>
        <translation>Flytt den valgte idéen ned (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Take the selected idea off the list (Delete)</source>
        <translation>Ta den valgte idéen av listen (Delete)</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Fjern fra listen</translation>
    </message>
    <message>
        <source>&amp;Record ballot</source>
        <translation>Re&amp;gistrer stemmeseddel</translation>
    </message>
    <message>
        <source>Record ballot</source>
        <translation>Registrer stemmeseddel</translation>
    </message>
    <message>
        <source>Save this ranking (Ctrl+Enter)</source>
        <translation>Lagre denne rangeringen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Tøm listen</translation>
    </message>
    <message>
        <source>Ballots recorded</source>
        <translation>Registrerte stemmesedler</translation>
    </message>
    <message>
        <source>Short list (drag, or Alt+Up / Alt+Down)</source>
        <translation>Kortliste (dra, eller Alt+Up / Alt+Down)</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) recorded</source>
        <translation>
            <numerusform>%n stemmeseddel registrert</numerusform>
            <numerusform>%n stemmesedler registrert</numerusform>
        </translation>
    </message>
    <message>
        <source>That idea is on the list already.</source>
        <translation>Den idéen står allerede på listen.</translation>
    </message>
    <message>
        <source>Type the participant code or the number on the ballot.</source>
        <translation>Skriv inn deltakerkoden eller nummeret på stemmeseddelen.</translation>
    </message>
    <message>
        <source>The list is empty: choose ideas with Enter.</source>
        <translation>Listen er tom: velg idéer med Enter.</translation>
    </message>
    <message numerus="yes">
        <source>Ranking of %1 recorded: %n idea(s).</source>
        <translation>
            <numerusform>Rangeringen fra %1 er registrert: %n idé.</numerusform>
            <numerusform>Rangeringen fra %1 er registrert: %n idéer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterParticipantDialog</name>
    <message>
        <source>Edit participant %s</source>
        <translation>Endre deltaker %s</translation>
    </message>
    <message>
        <source>Register participant in %s</source>
        <translation>Registrer deltaker i %s</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Deltakerkode</translation>
    </message>
    <message>
        <source>About them (every question is optional)</source>
        <translation>Om deltakeren (alle spørsmål er valgfrie)</translation>
    </message>
    <message>
        <source>Self-description</source>
        <translation>Selvbeskrivelse</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Med egne ord</translation>
    </message>
    <message>
        <source>Self-&amp;description:</source>
        <translation>&amp;Selvbeskrivelse:</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Agrees to &amp;processing of their answers</source>
        <translation>Samtykker til be&amp;handling av svarene sine</translation>
    </message>
    <message>
        <source>Agrees to processing of their answers</source>
        <translation>Samtykker til behandling av svarene sine</translation>
    </message>
    <message>
        <source>Agrees to be &amp;contacted for follow-up</source>
        <translation>Samtykker til å bli &amp;kontaktet for oppfølging</translation>
    </message>
    <message>
        <source>Agrees to be contacted for follow-up</source>
        <translation>Samtykker til å bli kontaktet for oppfølging</translation>
    </message>
    <message>
        <source>Contact details (kept separately, only with consent)</source>
        <translation>Kontaktopplysninger (lagres separat, bare med samtykke)</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktnavn</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontakt-e-post</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>navn@example.org</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Sist lagret</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save and close (Enter or Ctrl+Enter)</source>
        <translation>Lagre og lukk (Enter eller Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save and ne&amp;xt</source>
        <translation>Lagre o&amp;g neste</translation>
    </message>
    <message>
        <source>Save and register the next person</source>
        <translation>Lagre og registrer neste person</translation>
    </message>
    <message>
        <source>Save and clear the form for the next person (Ctrl+Shift+Enter)</source>
        <translation>Lagre og tøm skjemaet for neste person (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The next participant gets this code. Write it on their paper forms and name tag.</source>
        <translation>Neste deltaker får denne koden. Skriv den på deltakerens papirskjemaer og navnelapp.</translation>
    </message>
    <message>
        <source>The code stays the same when you change the answers.</source>
        <translation>Koden forblir den samme når du endrer svarene.</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>Lagret %s.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports · %1</source>
        <translation>Rapporter · %1</translation>
    </message>
    <message>
        <source>Reports dialog</source>
        <translation>Rapportdialog</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lagre rapporten</translation>
    </message>
    <message>
        <source>The project has no workshop yet.</source>
        <translation>Prosjektet har ingen verksteder ennå.</translation>
    </message>
    <message>
        <source>Select ideas in the Ideas tab first, or choose a theme.</source>
        <translation>Velg idéer i fanen Idéer først, eller velg et tema.</translation>
    </message>
    <message>
        <source>The project has no themes yet: select ideas instead.</source>
        <translation>Prosjektet har ingen temaer ennå: velg idéer i stedet.</translation>
    </message>
    <message>
        <source>Agenda as planned and as run, attendance and representativeness, ideas by theme and SDG, prioritisation results, decisions, and every idea in an appendix.</source>
        <translation>Agendaen slik den var planlagt og slik den ble gjennomført, oppmøte og representativitet, idéer etter tema og bærekraftsmål, resultater fra prioriteringen, vedtak og alle idéene i et vedlegg.</translation>
    </message>
    <message>
        <source>The same across every workshop of the project, with how participation changed from one workshop to the next.</source>
        <translation>Det samme for alle verkstedene i prosjektet, og i tillegg hvordan deltakelsen endret seg fra ett verksted til det neste.</translation>
    </message>
    <message>
        <source>A short report for participants and the public: what was heard, what was decided and why, and what happens next. No personal data.</source>
        <translation>En kort rapport for deltakerne og offentligheten: hva som kom fram, hva som ble bestemt og hvorfor, og hva som skjer videre. Ingen personopplysninger.</translation>
    </message>
    <message>
        <source>The need in the participants&apos; own words, the evidence, SDG and strategy links, and empty fields for success criteria. A Markdown file is saved next to the PDF.</source>
        <translation>Behovet med deltakernes egne ord, kunnskapsgrunnlaget, koblinger til bærekraftsmål og strategier, og tomme felt for suksesskriterier. En Markdown-fil lagres ved siden av PDF-filen.</translation>
    </message>
    <message>
        <source>The choices changed: generate the preview again.</source>
        <translation>Valgene er endret: lag forhåndsvisningen på nytt.</translation>
    </message>
    <message>
        <source>Choose a report and press Generate preview.</source>
        <translation>Velg en rapport og trykk på Lag forhåndsvisning.</translation>
    </message>
    <message>
        <source>No preview yet.
Press Generate preview (Ctrl+G) to make the report and see its pages here.</source>
        <translation>Ingen forhåndsvisning ennå.
Trykk på Lag forhåndsvisning (Ctrl+G) for å lage rapporten og se sidene her.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Lager rapporten…</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Tegner forhåndsvisningen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Side %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>thumbnails of the first %1</source>
        <translation>miniatyrbilder av de første %1</translation>
    </message>
    <message>
        <source>Ready. Look through the pages, then save the report.</source>
        <translation>Ferdig. Se gjennom sidene, og lagre deretter rapporten.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was made.</source>
        <translation>Stoppet. Ingenting ble laget.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Rapporten kunne ikke lages: %1</translation>
    </message>
    <message>
        <source>Unexpected problem; the report could not be made: %1</source>
        <translation>Uventet problem; rapporten kunne ikke lages: %1</translation>
    </message>
    <message>
        <source>Nothing was made.</source>
        <translation>Ingenting ble laget.</translation>
    </message>
    <message>
        <source>This page cannot be shown: %1</source>
        <translation>Denne siden kan ikke vises: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>%1 workshop report</source>
        <translation>%1 verkstedsrapport</translation>
    </message>
    <message>
        <source>%1 project report</source>
        <translation>%1 prosjektrapport</translation>
    </message>
    <message>
        <source>%1 you said, we did</source>
        <translation>%1 dere sa, vi gjorde</translation>
    </message>
    <message>
        <source>(large print)</source>
        <translation>(stor skrift)</translation>
    </message>
    <message>
        <source>selected ideas</source>
        <translation>valgte idéer</translation>
    </message>
    <message>
        <source>%1 challenge brief - %2</source>
        <translation>%1 utfordringsnotat - %2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was saved.</source>
        <translation>Mappen %1 finnes ikke. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>You may not write in the folder %1. Nothing was saved.</source>
        <translation>Du har ikke tillatelse til å skrive i mappen %1. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Saved to %1, with the Markdown file %2.</source>
        <translation>Lagret i %1, sammen med Markdown-filen %2.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Lagret i %1.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Which report</source>
        <translation>Hvilken rapport</translation>
    </message>
    <message>
        <source>&amp;Workshop report</source>
        <translation>&amp;Verkstedsrapport</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>Verkstedsrapport</translation>
    </message>
    <message>
        <source>&amp;Project report (every workshop)</source>
        <translation>&amp;Prosjektrapport (alle verksteder)</translation>
    </message>
    <message>
        <source>Project report</source>
        <translation>Prosjektrapport</translation>
    </message>
    <message>
        <source>“&amp;You said, we did” for participants</source>
        <translation>«&amp;Dere sa, vi gjorde» for deltakerne</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dere sa, vi gjorde</translation>
    </message>
    <message>
        <source>&amp;Challenge brief for procurement</source>
        <translation>&amp;Utfordringsnotat for innovative anskaffelser</translation>
    </message>
    <message>
        <source>Challenge brief</source>
        <translation>Utfordringsnotat</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Stor skrift</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Stor skrift</translation>
    </message>
    <message>
        <source>Body text of at least 16 points</source>
        <translation>Brødtekst på minst 16 punkter</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <source>W&amp;orkshop:</source>
        <translation>V&amp;erksted:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Språket i rapporten</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>norsk bokmål</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>What the report contains</source>
        <translation>Hva rapporten inneholder</translation>
    </message>
    <message>
        <source>&amp;Generate preview</source>
        <translation>Lag &amp;forhåndsvisning</translation>
    </message>
    <message>
        <source>Generate the report and preview it</source>
        <translation>Lag rapporten og forhåndsvis den</translation>
    </message>
    <message>
        <source>Make the report and show its pages (Ctrl+G)</source>
        <translation>Lag rapporten og vis sidene (Ctrl+G)</translation>
    </message>
    <message>
        <source>Pages of the report</source>
        <translation>Sidene i rapporten</translation>
    </message>
    <message>
        <source>The chosen page, large</source>
        <translation>Den valgte siden i stor størrelse</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Forhåndsvisning av sidene</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Antall sider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Stop making the report</source>
        <translation>Stopp arbeidet med å lage rapporten</translation>
    </message>
    <message>
        <source>Stop making the report (Esc); nothing is saved</source>
        <translation>Stopp arbeidet med å lage rapporten (Esc); ingenting blir lagret</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Lagre…</translation>
    </message>
    <message>
        <source>Save the previewed report (Ctrl+S)</source>
        <translation>Lagre rapporten som forhåndsvises (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Lukk dialogen</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>A brief for one theme</source>
        <translation>Et utfordringsnotat for ett tema</translation>
    </message>
    <message>
        <source>Theme of the brief</source>
        <translation>Tema for utfordringsnotatet</translation>
    </message>
    <message numerus="yes">
        <source>The s&amp;elected ideas (%n)</source>
        <translation>
            <numerusform>Den valgte &amp;idéen (%n)</numerusform>
            <numerusform>De valgte &amp;idéene (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>A brief for the selected ideas</source>
        <translation>Et utfordringsnotat for de valgte idéene</translation>
    </message>
    <message>
        <source>Select ideas in the Ideas tab first.</source>
        <translation>Velg idéer i fanen Idéer først.</translation>
    </message>
    <message>
        <source>The project has no themes yet.</source>
        <translation>Prosjektet har ingen temaer ennå.</translation>
    </message>
</context>
<context>
    <name>RepresentativenessView</name>
    <message>
        <source>&amp;Load reference profile…</source>
        <translation>&amp;Last inn referanseprofil…</translation>
    </message>
    <message>
        <source>Load reference profile</source>
        <translation>Last inn referanseprofil</translation>
    </message>
    <message>
        <source>A CSV file with the columns dimension, category and count (or share), e.g. census figures for your municipality</source>
        <translation>En CSV-fil med kolonnene dimension, category og count (eller share), f.eks. befolkningstall for kommunen din</translation>
    </message>
    <message>
        <source>Load the &amp;sample (Norway 2014)</source>
        <translation>Last inn &amp;eksempelet (Norge 2014)</translation>
    </message>
    <message>
        <source>Load the sample reference profile</source>
        <translation>Last inn eksempelet på en referanseprofil</translation>
    </message>
    <message>
        <source>Residents of Norway on 1 January 2014 by age (16 and over) and sex, from Statistics Norway. National figures, not a municipality&apos;s.</source>
        <translation>Bosatte i Norge per 1. januar 2014 etter alder (16 år og eldre) og kjønn, fra Statistisk sentralbyrå (SSB). Tall for hele landet, ikke for en enkelt kommune.</translation>
    </message>
    <message>
        <source>Source of the reference figures</source>
        <translation>Kilde for referansetallene</translation>
    </message>
    <message>
        <source>Problems in the reference file</source>
        <translation>Problemer i referansefilen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close the list of problems</source>
        <translation>Lukk listen over problemer</translation>
    </message>
    <message>
        <source>Weighting summary</source>
        <translation>Sammendrag av vektingen</translation>
    </message>
    <message>
        <source>Raking gives every participant a weight so that the weighted groups match the reference population. The effective n is how many unweighted participants the weighted group is worth: (Σw)² ÷ Σw². Participants who prefer not to say, or did not answer, are not weighted on that question.</source>
        <translation>Raking (vekting mot marginer) gir hver deltaker en vekt, slik at de vektede gruppene stemmer med referansebefolkningen. Effektiv n er hvor mange uvektede deltakere den vektede gruppen tilsvarer: (Σw)² ÷ Σw². Deltakere som ikke vil oppgi svar, eller som ikke har svart, vektes ikke på det spørsmålet.</translation>
    </message>
    <message>
        <source>Groups of fewer than %1 people are shown as “&lt;%1”, as in published figures. A group is under-represented (▼) when its share among the participants is below %2 × its share of the population. “Prefer not to say” and unanswered questions are counted apart, not as groups.</source>
        <translation>Grupper med færre enn %1 personer vises som «&lt;%1», slik som i publisert statistikk. En gruppe er underrepresentert (▼) når andelen blant deltakerne er under %2 × gruppens andel av befolkningen. «Vil ikke oppgi» og ubesvarte spørsmål telles for seg, ikke som grupper.</translation>
    </message>
    <message>
        <source>How to read this view</source>
        <translation>Slik leser du denne visningen</translation>
    </message>
    <message>
        <source>No reference profile</source>
        <translation>Ingen referanseprofil</translation>
    </message>
    <message>
        <source>Representativeness</source>
        <translation>Representativitet</translation>
    </message>
    <message>
        <source>Choose a project or a workshop on the left.</source>
        <translation>Velg et prosjekt eller et verksted til venstre.</translation>
    </message>
    <message>
        <source>No reference figures for: %1.</source>
        <translation>Ingen referansetall for: %1.</translation>
    </message>
    <message>
        <source>This project has no reference profile yet. Load the population figures of your municipality (a CSV file with the columns dimension, category and count or share), or the sample: Norway&apos;s residents in 2014 by age and sex.</source>
        <translation>Dette prosjektet har ingen referanseprofil ennå. Last inn befolkningstallene for kommunen din (en CSV-fil med kolonnene dimension, category og count eller share), eller eksempelet: Norges befolkning i 2014 etter alder og kjønn.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referanse: %1</translation>
    </message>
    <message>
        <source>No weighting: there is no reference profile.</source>
        <translation>Ingen vekting: det finnes ingen referanseprofil.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weighting&lt;/b&gt; to the reference on %1: n = %2 participants · effective n = %3 · weights at the cap (%5): %4</source>
        <translation>&lt;b&gt;Vekting&lt;/b&gt; mot referansen etter %1: n = %2 deltakere · effektiv n = %3 · vekter som har nådd taket (%5): %4</translation>
    </message>
    <message>
        <source>Nobody in %1: no weight can make up for a group that is not in the room.</source>
        <translation>Ingen deltakere i %1: ingen vekt kan veie opp for en gruppe som ikke er til stede.</translation>
    </message>
    <message>
        <source>The weights cannot match the reference exactly: some combinations of groups are missing, or the cap is in the way.</source>
        <translation>Vektene kan ikke få gruppene til å stemme helt med referansen: noen kombinasjoner av grupper mangler, eller taket for vektene står i veien.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Load reference profile %1</source>
        <translation>Last inn referanseprofil %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing loaded: %n problem(s) in %1. Correct the file and load it again.</source>
        <translation>
            <numerusform>Ingenting ble lastet inn: %n problem i %1. Rett opp filen og last den inn på nytt.</numerusform>
            <numerusform>Ingenting ble lastet inn: %n problemer i %1. Rett opp filen og last den inn på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing loaded from %1.</source>
        <translation>Ingenting ble lastet inn fra %1.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n reference figure(s) from %1.</source>
        <translation>
            <numerusform>Lastet inn %n referansetall fra %1.</numerusform>
            <numerusform>Lastet inn %n referansetall fra %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>%1, tied</source>
        <translation>%1, delt plass</translation>
    </message>
    <message>
        <source>cannot be measured (too few ideas in common, or everything tied)</source>
        <translation>kan ikke måles (for få felles idéer, eller alle har delt plass)</translation>
    </message>
    <message>
        <source>strong agreement</source>
        <translation>sterkt samsvar</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation>middels samsvar</translation>
    </message>
    <message>
        <source>weak agreement</source>
        <translation>svakt samsvar</translation>
    </message>
    <message>
        <source>no real agreement</source>
        <translation>ikke noe reelt samsvar</translation>
    </message>
    <message>
        <source>they disagree</source>
        <translation>de er uenige</translation>
    </message>
    <message>
        <source>Nobody in the workshop is in the reference group %1, so it cannot be weighted up.</source>
        <translation>Ingen i verkstedet hører til referansegruppen %1, så den kan ikke vektes opp.</translation>
    </message>
    <message>
        <source>Nobody answered the question “%1”; it is left out of the weighting.</source>
        <translation>Ingen svarte på spørsmålet «%1»; det er utelatt fra vektingen.</translation>
    </message>
    <message>
        <source>Dots counted on the wall have no voter attached: they are in the scores, but not in the number of voters.</source>
        <translation>Prikker som er talt opp på veggen, er ikke knyttet til noen velger: de er med i poengene, men ikke i antallet velgere.</translation>
    </message>
    <message>
        <source>Some ideas were not scored on every criterion; their score uses the criteria that were scored.</source>
        <translation>Noen idéer ble ikke vurdert på alle kriteriene; poengsummen deres bygger på kriteriene som ble vurdert.</translation>
    </message>
    <message>
        <source>The project has no criteria, so nothing can be scored.</source>
        <translation>Prosjektet har ingen kriterier, så ingenting kan vurderes.</translation>
    </message>
    <message>
        <source>“Can&apos;t decide” answers are counted as comparisons made, but not in the scores.</source>
        <translation>«Vet ikke»-svar telles som gjennomførte sammenligninger, men ikke i poengene.</translation>
    </message>
    <message>
        <source>Dots counted on the wall have no voter, so they are not weighted.</source>
        <translation>Prikker som er talt opp på veggen, har ingen velger, så de blir ikke vektet.</translation>
    </message>
    <message>
        <source>Scores by table groups have no single voter, so they are not weighted.</source>
        <translation>Poeng fra bordgrupper har ikke én enkelt velger, så de blir ikke vektet.</translation>
    </message>
    <message>
        <source>Votes without a participant code count with weight 1.</source>
        <translation>Stemmer uten deltakerkode teller med vekt 1.</translation>
    </message>
    <message>
        <source>The project has no reference population, so nothing is weighted.</source>
        <translation>Prosjektet har ingen referansebefolkning, så ingenting blir vektet.</translation>
    </message>
    <message>
        <source>Some weights reached the cap, so the weighted groups match the reference population only approximately.</source>
        <translation>Noen vekter nådde den øvre grensen, så de vektede gruppene samsvarer bare omtrentlig med referansebefolkningen.</translation>
    </message>
    <message>
        <source>The weighting did not settle; the weighted result is approximate.</source>
        <translation>Vektingen stabiliserte seg ikke; det vektede resultatet er omtrentlig.</translation>
    </message>
    <message>
        <source>Dots counted on the wall without a colour for this question cannot be split into groups; they are only in “Everyone”.</source>
        <translation>Prikker som er talt opp på veggen uten en farge for dette spørsmålet, kan ikke deles inn i grupper; de er bare med under «Alle».</translation>
    </message>
    <message>
        <source>Scores by table groups cannot be split into groups; they are only in “Everyone”.</source>
        <translation>Poeng fra bordgrupper kan ikke deles inn i grupper; de er bare med under «Alle».</translation>
    </message>
    <message>
        <source>Votes without a participant code cannot be split into groups; they are only in “Everyone”.</source>
        <translation>Stemmer uten deltakerkode kan ikke deles inn i grupper; de er bare med under «Alle».</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <source>Other (small groups combined)</source>
        <translation>Annet (små grupper slått sammen)</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n place(s) higher than everyone</source>
        <translation>
            <numerusform>▲ %n plass høyere enn alle</numerusform>
            <numerusform>▲ %n plasser høyere enn alle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ %n place(s) lower than everyone</source>
        <translation>
            <numerusform>▼ %n plass lavere enn alle</numerusform>
            <numerusform>▼ %n plasser lavere enn alle</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>nr. %1</translation>
    </message>
</context>
<context>
    <name>ResultsCompareTab</name>
    <message>
        <source>Rounds to compare</source>
        <translation>Runder som skal sammenlignes</translation>
    </message>
    <message>
        <source>Rank of each idea in each round</source>
        <translation>Plasseringen til hver idé i hver runde</translation>
    </message>
    <message>
        <source>Agreement between the methods</source>
        <translation>Samsvar mellom metodene</translation>
    </message>
    <message>
        <source>Rounds compared</source>
        <translation>Runder som sammenlignes</translation>
    </message>
    <message>
        <source>Only the ideas that every ticked round ranked are compared.</source>
        <translation>Bare idéene som er rangert i alle de avkryssede rundene, blir sammenlignet.</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Tick at least two rounds to compare their rankings.</source>
        <translation>Kryss av for minst to runder for å sammenligne rangeringene deres.</translation>
    </message>
    <message>
        <source>These rounds have no ranked ideas in common.</source>
        <translation>Disse rundene har ingen rangerte idéer felles.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) ranked in every ticked round.</source>
        <translation>
            <numerusform>%n idé er rangert i alle de avkryssede rundene.</numerusform>
            <numerusform>%n idéer er rangert i alle de avkryssede rundene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rounds disagree on this idea by %n place(s)</source>
        <translation>
            <numerusform>Rundene plasserer denne idéen %n plass fra hverandre</numerusform>
            <numerusform>Rundene plasserer denne idéen %n plasser fra hverandre</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: Kendall’s τ = %3 — %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; og &lt;b&gt;%2&lt;/b&gt;: Kendalls τ = %3 — %4</translation>
    </message>
    <message numerus="yes">
        <source>Only %n idea(s) in common: with so few, agreement can swing from −1 to +1 by chance. Treat it with care.</source>
        <translation>
            <numerusform>Bare %n felles idé: med så få kan samsvaret svinge fra −1 til +1 ved en tilfeldighet. Tolk det med forsiktighet.</numerusform>
            <numerusform>Bare %n felles idéer: med så få kan samsvaret svinge fra −1 til +1 ved en tilfeldighet. Tolk det med forsiktighet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement (1 = the same order, 0 = unrelated, −1 = reversed):</source>
        <translation>Samsvar (1 = samme rekkefølge, 0 = ingen sammenheng, −1 = omvendt rekkefølge):</translation>
    </message>
</context>
<context>
    <name>ResultsGroupsTab</name>
    <message>
        <source>Group people by</source>
        <translation>Grupper personene etter</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>Grup&amp;per etter:</translation>
    </message>
    <message>
        <source>Groups with fewer than %1 participants are combined into “Other” or hidden to protect privacy.</source>
        <translation>Grupper med færre enn %1 deltakere slås sammen til «Annet» eller skjules av hensyn til personvernet.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Merknad om personvern</translation>
    </message>
    <message>
        <source>Groups not shown</source>
        <translation>Grupper som ikke vises</translation>
    </message>
    <message>
        <source>Top ideas of each group</source>
        <translation>Toppidéene i hver gruppe</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Tegnforklaring</translation>
    </message>
    <message>
        <source>Ideas the groups see differently</source>
        <translation>Idéer som gruppene ser ulikt på</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) hidden to protect privacy.</source>
        <translation>
            <numerusform>%n gruppe er skjult av hensyn til personvernet.</numerusform>
            <numerusform>%n grupper er skjult av hensyn til personvernet.</numerusform>
        </translation>
    </message>
    <message>
        <source>A larger group is hidden too, so that a small group cannot be worked out by subtracting the groups shown from the total.</source>
        <translation>En større gruppe er også skjult, slik at ingen kan regne seg fram til en liten gruppe ved å trekke gruppene som vises, fra totalen.</translation>
    </message>
    <message>
        <source>No group is large enough to be shown on its own in this round.</source>
        <translation>Ingen gruppe er stor nok til å vises for seg selv i denne runden.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>n = %s</source>
        <translation>n = %s</translation>
    </message>
    <message>
        <source>(no votes)</source>
        <translation>(ingen stemmer)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;▲ higher&lt;/b&gt;&lt;/span&gt; / &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;▼ lower&lt;/b&gt;&lt;/span&gt;: the group ranks the idea at least %3 places higher or lower than everyone together.</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;▲ høyere&lt;/b&gt;&lt;/span&gt; / &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;▼ lavere&lt;/b&gt;&lt;/span&gt;: gruppen rangerer idéen minst %3 plasser høyere eller lavere enn alle samlet.</translation>
    </message>
    <message>
        <source>%1: “%2” — %3 in this group, %4 for everyone</source>
        <translation>%1: «%2» — %3 i denne gruppen, %4 for alle</translation>
    </message>
    <message>
        <source>No group ranks an idea much higher or lower than everyone together.</source>
        <translation>Ingen gruppe rangerer en idé mye høyere eller lavere enn alle samlet.</translation>
    </message>
</context>
<context>
    <name>ResultsMatrixTab</name>
    <message>
        <source>How many top ideas to place</source>
        <translation>Hvor mange av toppidéene som skal plasseres</translation>
    </message>
    <message>
        <source>&amp;Top ideas shown:</source>
        <translation>Toppidéer på &amp;matrisen:</translation>
    </message>
    <message>
        <source>Ideas by quadrant</source>
        <translation>Idéer etter kvadrant</translation>
    </message>
    <message>
        <source>Matrix message</source>
        <translation>Melding om matrisen</translation>
    </message>
    <message>
        <source>Drag the cards, or Tab to a card and use the arrow keys (Shift: small steps). Every move is saved.</source>
        <translation>Dra kortene, eller gå til et kort med Tab og bruk piltastene (Shift: små steg). Hver flytting lagres.</translation>
    </message>
    <message>
        <source>No ideas have votes in this round yet: the matrix shows the ranked ideas.</source>
        <translation>Ingen idéer har fått stemmer i denne runden ennå: matrisen viser de rangerte idéene.</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Ikke plassert ennå</translation>
    </message>
    <message>
        <source>Move idea on the matrix</source>
        <translation>Flytt idé i matrisen</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Ikke lagret: %s</translation>
    </message>
    <message>
        <source>Saved: “%1” in %2.</source>
        <translation>Lagret: «%1» i %2.</translation>
    </message>
</context>
<context>
    <name>ResultsRankingTab</name>
    <message>
        <source>Ranking of the round</source>
        <translation>Rangeringen i runden</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plass</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>“=2” means two or more ideas share rank 2</source>
        <translation>«=2» betyr at to eller flere idéer deler 2. plass</translation>
    </message>
    <message>
        <source>The idea&apos;s number in the workshop (as on the tally sheets)</source>
        <translation>Idéens nummer i verkstedet (som på opptellingsarkene)</translation>
    </message>
    <message>
        <source>How many ballots, scorers or comparisons the score rests on</source>
        <translation>Hvor mange stemmesedler, poenggivere eller sammenligninger poengene bygger på</translation>
    </message>
    <message>
        <source>About this result</source>
        <translation>Om dette resultatet</translation>
    </message>
    <message>
        <source>Bar chart of the top ideas</source>
        <translation>Stolpediagram over toppidéene</translation>
    </message>
    <message>
        <source>Tied: shares rank %s with another idea</source>
        <translation>Delt plass: deler %s. plass med en annen idé</translation>
    </message>
    <message>
        <source>No votes</source>
        <translation>Ingen stemmer</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s).</source>
        <translation>
            <numerusform>%n velger.</numerusform>
            <numerusform>%n velgere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted to the reference population: each voter counts with their weight.</source>
        <translation>Vektet etter referansebefolkningen: hver velger teller med sin vekt.</translation>
    </message>
    <message>
        <source>Effective n = %1 of %2 voters</source>
        <translation>Effektiv n = %1 av %2 velgere</translation>
    </message>
    <message>
        <source>“=” marks ideas that share a rank.</source>
        <translation>«=» markerer idéer som deler plass.</translation>
    </message>
    <message>
        <source>No votes have been entered in this round yet.</source>
        <translation>Ingen stemmer er registrert i denne runden ennå.</translation>
    </message>
    <message>
        <source>Score = dots.</source>
        <translation>Poeng = prikker.</translation>
    </message>
    <message>
        <source>Score = the criteria scores (1–5) combined with the criteria&apos;s weights.</source>
        <translation>Poeng = poengene for kriteriene (1–5), veid med vektene til kriteriene.</translation>
    </message>
    <message>
        <source>Score = Borda points (on a list of k ideas the first gets k points, the last 1).</source>
        <translation>Poeng = Borda-poeng (på en liste med k idéer får den første k poeng, den siste 1).</translation>
    </message>
    <message>
        <source>Score = the chance (0–100) that the idea wins against an average idea (Bradley–Terry).</source>
        <translation>Poeng = sjansen (0–100) for at idéen vinner over en gjennomsnittlig idé (Bradley–Terry).</translation>
    </message>
    <message>
        <source>Top ideas — %s</source>
        <translation>Toppidéer — %s</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Ingen stemmer ennå</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Choose a workshop to see the results of its prioritisation rounds.</source>
        <translation>Velg et verksted for å se resultatene av prioriteringsrundene i det.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;Weighted to the reference population</source>
        <translation>Vektet etter referanse&amp;befolkningen</translation>
    </message>
    <message>
        <source>Weighted to the reference population</source>
        <translation>Vektet etter referansebefolkningen</translation>
    </message>
    <message>
        <source>Give each voter a weight so that the groups match the project&apos;s reference population (e.g. census figures). The effective number of voters shows how much information is left after weighting.</source>
        <translation>Gi hver velger en vekt slik at gruppene samsvarer med referansebefolkningen i prosjektet (f.eks. befolkningsstatistikk). Det effektive antallet velgere viser hvor mye informasjon som er igjen etter vektingen.</translation>
    </message>
    <message>
        <source>Effective number of voters</source>
        <translation>Effektivt antall velgere</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <source>Methods compared</source>
        <translation>Sammenligning av metoder</translation>
    </message>
    <message>
        <source>Impact / effort</source>
        <translation>Effekt / innsats</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Etter gruppe</translation>
    </message>
    <message>
        <source>This workshop has no prioritisation rounds yet. Create one in the Rounds view.</source>
        <translation>Dette verkstedet har ingen prioriteringsrunder ennå. Opprett en i fanen Runder.</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Who is in the room</source>
        <translation>Hvem er til stede</translation>
    </message>
    <message>
        <source>People registered</source>
        <translation>Registrerte personer</translation>
    </message>
    <message>
        <source>Answers to the other questions</source>
        <translation>Svar på de andre spørsmålene</translation>
    </message>
    <message>
        <source>All workshops of the project</source>
        <translation>Alle verkstedene i prosjektet</translation>
    </message>
    <message>
        <source>person registered</source>
        <translation>person registrert</translation>
    </message>
    <message>
        <source>people registered</source>
        <translation>personer registrert</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n stemmeseddel</numerusform>
            <numerusform>%n stemmesedler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) counted</source>
        <translation>
            <numerusform>%n prikk telt</numerusform>
            <numerusform>%n prikker telt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score set(s)</source>
        <translation>
            <numerusform>%n poengsett</numerusform>
            <numerusform>%n poengsett</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comparison(s)</source>
        <translation>
            <numerusform>%n sammenligning</numerusform>
            <numerusform>%n sammenligninger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>Choose a workshop: prioritisation rounds belong to one workshop.</source>
        <translation>Velg et verksted: en prioriteringsrunde hører alltid til ett verksted.</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Ny runde…</translation>
    </message>
    <message>
        <source>Start a prioritisation round in this workshop (Ctrl+Shift+R)</source>
        <translation>Start en prioriteringsrunde i dette verkstedet (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>C&amp;lose round</source>
        <translation>&amp;Lukk runden</translation>
    </message>
    <message>
        <source>No more votes are taken in the selected round</source>
        <translation>Den valgte runden tar ikke imot flere stemmer</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runder</translation>
    </message>
    <message>
        <source>Rounds of the workshop</source>
        <translation>Rundene i verkstedet</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>About the method</source>
        <translation>Om metoden</translation>
    </message>
    <message>
        <source>This round is closed: no more votes are taken. Its results are in the Results view.</source>
        <translation>Denne runden er lukket: den tar ikke imot flere stemmer. Resultatene finner du under Resultater.</translation>
    </message>
    <message>
        <source>No rounds yet. Press “New round…” (Ctrl+Shift+R) to start one: dot voting, criteria scoring, ranking or pairwise comparison.</source>
        <translation>Ingen runder ennå. Trykk på «Ny runde…» (Ctrl+Shift+R) for å starte en: prikkstemming, poenggivning etter kriterier, rangering eller parvis sammenligning.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>No round chosen</source>
        <translation>Ingen runde valgt</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per participant</source>
        <translation>
            <numerusform>%n prikk per deltaker</numerusform>
            <numerusform>%n prikker per deltaker</numerusform>
        </translation>
    </message>
    <message>
        <source>Dot ballot</source>
        <translation>Stemmeseddel for prikkstemming</translation>
    </message>
    <message>
        <source>Dot tally</source>
        <translation>Opptelling av prikker</translation>
    </message>
    <message>
        <source>Criteria scores</source>
        <translation>Poeng etter kriterier</translation>
    </message>
    <message>
        <source>Ranking ballot</source>
        <translation>Stemmeseddel for rangering</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>There is no participant %s in this workshop. Correct the code or leave it empty.</source>
        <translation>Det finnes ingen deltaker %s i dette verkstedet. Rett koden, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>Pairwise answer</source>
        <translation>Svar i parvis sammenligning</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Ikke lagret: %s</translation>
    </message>
    <message>
        <source>New round %s</source>
        <translation>Ny runde %s</translation>
    </message>
    <message>
        <source>Round not created</source>
        <translation>Runden ble ikke opprettet</translation>
    </message>
    <message>
        <source>Round “%s” created.</source>
        <translation>Runden «%s» er opprettet.</translation>
    </message>
    <message>
        <source>Close round</source>
        <translation>Lukk runden</translation>
    </message>
    <message>
        <source>Close the round “%s”? No more votes can be entered in it; its results stay.</source>
        <translation>Vil du lukke runden «%s»? Da kan det ikke registreres flere stemmer i den; resultatene blir stående.</translation>
    </message>
    <message>
        <source>Close round %s</source>
        <translation>Lukk runden %s</translation>
    </message>
    <message>
        <source>Round not closed</source>
        <translation>Runden ble ikke lukket</translation>
    </message>
    <message>
        <source>Round closed.</source>
        <translation>Runden er lukket.</translation>
    </message>
</context>
<context>
    <name>RunClock</name>
    <message>
        <source>Time is up</source>
        <translation>Tiden er ute</translation>
    </message>
    <message>
        <source>Time is up · paused</source>
        <translation>Tiden er ute · satt på pause</translation>
    </message>
    <message>
        <source>Choose a workshop to run</source>
        <translation>Velg et verksted å gjennomføre</translation>
    </message>
    <message>
        <source>The agenda is empty</source>
        <translation>Agendaen er tom</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Klar til å starte</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Satt på pause</translation>
    </message>
    <message>
        <source>All activities done</source>
        <translation>Alle aktivitetene er ferdige</translation>
    </message>
    <message>
        <source>Workshop closed</source>
        <translation>Verkstedet er avsluttet</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planlagte minutter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Next activity</source>
        <translation>Neste aktivitet</translation>
    </message>
    <message>
        <source>End this activity and start the next one (Ctrl+Right)</source>
        <translation>Avslutt denne aktiviteten og start den neste (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Close workshop</source>
        <translation>Avslutt verkstedet</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Pågår nå</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min planlagt</numerusform>
            <numerusform>%n min planlagt</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %s</source>
        <translation>Neste: %s</translation>
    </message>
    <message>
        <source>Activity %1 of %2</source>
        <translation>Aktivitet %1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%n min)</source>
        <translation>
            <numerusform>(+%n min)</numerusform>
            <numerusform>(+%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add activities to the agenda on the right.</source>
        <translation>Legg til aktiviteter i agendaen til høyre.</translation>
    </message>
    <message>
        <source>Add another activity, or close the workshop.</source>
        <translation>Legg til en aktivitet til, eller avslutt verkstedet.</translation>
    </message>
    <message>
        <source>The recorded times are in the agenda.</source>
        <translation>De registrerte tidene står i agendaen.</translation>
    </message>
    <message>
        <source>No activity times were recorded for this workshop.</source>
        <translation>Ingen aktivitetstider ble registrert for dette verkstedet.</translation>
    </message>
    <message>
        <source>Up next: %s</source>
        <translation>Deretter: %s</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>End activity</source>
        <translation>Avslutt aktiviteten</translation>
    </message>
    <message>
        <source>End the last activity (Ctrl+Right)</source>
        <translation>Avslutt den siste aktiviteten (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Timer running again.</source>
        <translation>Tidtakeren går igjen.</translation>
    </message>
    <message>
        <source>Started: %s</source>
        <translation>Startet: %s</translation>
    </message>
    <message>
        <source>Timer paused. Press Space or Resume to go on.</source>
        <translation>Tidtakeren står på pause. Trykk Space eller Fortsett for å gå videre.</translation>
    </message>
    <message>
        <source>The last activity has ended. Close the workshop when you are done.</source>
        <translation>Den siste aktiviteten er avsluttet. Avslutt verkstedet når dere er ferdige.</translation>
    </message>
    <message>
        <source>Close workshop %s? Its status becomes closed and the agenda can no longer change. Notes stay editable.</source>
        <translation>Vil du avslutte verkstedet %s? Det får status som avsluttet, og agendaen kan ikke lenger endres. Notatene kan fortsatt redigeres.</translation>
    </message>
    <message>
        <source>“%s” is still running; it ends now.</source>
        <translation>«%s» pågår fortsatt; den avsluttes nå.</translation>
    </message>
    <message>
        <source>Workshop closed.</source>
        <translation>Verkstedet er avsluttet.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Ikke mulig</translation>
    </message>
    <message>
        <source>Agenda not changed</source>
        <translation>Agendaen ble ikke endret</translation>
    </message>
    <message>
        <source>Added to the agenda: %s</source>
        <translation>Lagt til i agendaen: %s</translation>
    </message>
    <message>
        <source>Removed from the agenda: %s</source>
        <translation>Fjernet fra agendaen: %s</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>Lagres automatisk</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigerer…</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Ikke lagret: %s</translation>
    </message>
    <message>
        <source>Saved at %s</source>
        <translation>Lagret kl. %s</translation>
    </message>
</context>
<context>
    <name>RunViewLayout</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the next activity (Space)</source>
        <translation>Start neste aktivitet (Space)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the timer; the activity goes on in the record (Space)</source>
        <translation>Sett tidtakeren på pause; aktiviteten står fortsatt som pågående i loggen (Space)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Give the current activity one more minute (Ctrl+= or +)</source>
        <translation>Gi den pågående aktiviteten ett minutt til (Ctrl+= eller +)</translation>
    </message>
    <message>
        <source>Next activity</source>
        <translation>Neste aktivitet</translation>
    </message>
    <message>
        <source>End this activity and start the next one (Ctrl+Right)</source>
        <translation>Avslutt denne aktiviteten og start den neste (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Close workshop…</source>
        <translation>Avslutt verkstedet…</translation>
    </message>
    <message>
        <source>End the meeting: the workshop&apos;s status becomes closed</source>
        <translation>Avslutt møtet: verkstedet får status som avsluttet</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;Prosjektorvindu</translation>
    </message>
    <message>
        <source>Show the timer and the newest ideas to the room on a second screen (F5)</source>
        <translation>Vis tidtakeren og de nyeste idéene for salen på en ekstra skjerm (F5)</translation>
    </message>
    <message>
        <source>Choose a workshop to run</source>
        <translation>Velg et verksted som skal gjennomføres</translation>
    </message>
    <message>
        <source>Workshop status</source>
        <translation>Verkstedstatus</translation>
    </message>
    <message>
        <source>Projector window</source>
        <translation>Prosjektorvindu</translation>
    </message>
    <message>
        <source>Current activity</source>
        <translation>Pågående aktivitet</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid igjen</translation>
    </message>
    <message>
        <source>Timer state</source>
        <translation>Status for tidtakeren</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Deretter</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Tilretteleggerens notater</translation>
    </message>
    <message>
        <source>Notes saving state</source>
        <translation>Lagringsstatus for notatene</translation>
    </message>
    <message>
        <source>What to follow up, questions from the room, what to change next time… Saved as you type.</source>
        <translation>Hva som skal følges opp, spørsmål fra salen, hva som bør endres neste gang… Lagres mens du skriver.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Double-click an activity that has not started to change its name or minutes</source>
        <translation>Dobbeltklikk på en aktivitet som ikke har startet, for å endre navnet eller minuttene</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move the selected activity up (Ctrl+Up)</source>
        <translation>Flytt den valgte aktiviteten opp (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Move the selected activity down (Ctrl+Down)</source>
        <translation>Flytt den valgte aktiviteten ned (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Take the selected activity off the agenda (Delete)</source>
        <translation>Ta den valgte aktiviteten ut av agendaen (Delete)</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Name of the new activity</source>
        <translation>Navn på den nye aktiviteten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of the new activity</source>
        <translation>Minutter for den nye aktiviteten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Add the activity at the end of the agenda (Enter)</source>
        <translation>Legg til aktiviteten sist i agendaen (Enter)</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Legg til aktivitet</translation>
    </message>
    <message>
        <source>Close workshop</source>
        <translation>Avslutt verkstedet</translation>
    </message>
    <message>
        <source>Agenda total</source>
        <translation>Sum for agendaen</translation>
    </message>
</context>
<context>
    <name>ScopedView</name>
    <message>
        <source>No workshop chosen</source>
        <translation>Ikke noe verksted valgt</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <source>weight %1 %</source>
        <translation>vekt %1 %</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ikke vurdert</translation>
    </message>
</context>
<context>
    <name>SdgChips</name>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>FNs bærekraftsmål</translation>
    </message>
    <message>
        <source>SDG numbers</source>
        <translation>Numre på bærekraftsmål</translation>
    </message>
    <message>
        <source>e.g. 11 13</source>
        <translation>f.eks. 11 13</translation>
    </message>
    <message>
        <source>Type the numbers of the SDGs, separated by spaces; the chips follow.</source>
        <translation>Skriv inn numrene på bærekraftsmålene, atskilt med mellomrom; merkene under oppdateres automatisk.</translation>
    </message>
    <message>
        <source>SDG %1: %2</source>
        <translation>Bærekraftsmål %1: %2</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Tøm søket</translation>
    </message>
</context>
<context>
    <name>StartKioskDialog</name>
    <message>
        <source>Workshop: %s</source>
        <translation>Verksted: %s</translation>
    </message>
    <message>
        <source>&amp;Start kiosk mode</source>
        <translation>&amp;Start kiosk-modus</translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>Start kiosk-modus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN-koden må ha 4 til 8 sifre.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>De to PIN-kodene er ikke like. Skriv inn PIN-koden på nytt.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <source>Participants type their own idea on this computer, and if they like a few answers about themselves. Nothing else of the database can be seen or changed while the kiosk runs. Choose a PIN of 4 to 8 digits: you need it to leave kiosk mode.</source>
        <translation>Deltakerne skriver inn sin egen idé på denne datamaskinen, og om de vil, også noen svar om seg selv. Ingenting annet i databasen kan ses eller endres mens kiosken er i gang. Velg en PIN-kode på 4 til 8 sifre: du trenger den for å gå ut av kiosk-modus.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-kode:</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 til 8 sifre</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN:</source>
        <translation>&amp;Gjenta PIN-koden:</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>Gjenta PIN-koden</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <extracomment>The name typed under &quot;Decided by&quot; last time. The statuses an idea can be moved to, in the order they are offered.</extracomment>
        <translation>Endre status</translation>
    </message>
    <message>
        <source>Change the status (Ctrl+Enter)</source>
        <translation>Endre statusen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The selected ideas already have this status.</source>
        <translation>De valgte idéene har allerede denne statusen.</translation>
    </message>
    <message>
        <source>Now: %1, since %2</source>
        <translation>Nå: %1, siden %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nå: %1</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n idea(s)</source>
        <translation>
            <numerusform>Endre statusen til %n idé</numerusform>
            <numerusform>Endre statusen til %n idéer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n til</numerusform>
            <numerusform>%n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s): </source>
        <translation>
            <numerusform>%n idé: </numerusform>
            <numerusform>%n idéer: </numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. District council (optional)</source>
        <translation>f.eks. bydelsutvalget (valgfritt)</translation>
    </message>
    <message>
        <source>Change status to “%1”</source>
        <translation>Endre status til «%1»</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>Kan ikke endre statusen</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>Ny &amp;status:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Why was this decided? e.g. Included in next year&apos;s budget for street lighting. (required)</source>
        <translation>Hvorfor ble dette vedtatt? F.eks. tatt med i neste års budsjett for gatelys. (må fylles ut)</translation>
    </message>
    <message>
        <source>Reason for the status change</source>
        <translation>Begrunnelse for statusendringen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Dato for vedtaket</translation>
    </message>
    <message>
        <source>When the decision was taken (today unless you change it)</source>
        <translation>Når vedtaket ble gjort (i dag, hvis du ikke endrer det)</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Vedtatt &amp;av:</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Vedtatt av</translation>
    </message>
    <message>
        <source>Who took the decision, e.g. the district council. Remembered for next time.</source>
        <translation>Hvem som gjorde vedtaket, f.eks. bydelsutvalget. Huskes til neste gang.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>TallyEntry</name>
    <message>
        <source>&amp;Colours…</source>
        <translation>F&amp;arger…</translation>
    </message>
    <message>
        <source>Set up dot colours</source>
        <translation>Angi prikkfarger</translation>
    </message>
    <message>
        <source>Let each dot colour stand for a group, e.g. a stakeholder group</source>
        <translation>La hver prikkfarge stå for en gruppe, f.eks. en interessentgruppe</translation>
    </message>
    <message>
        <source>What the dot colours stand for</source>
        <translation>Hva prikkfargene står for</translation>
    </message>
    <message>
        <source>Dots counted per idea</source>
        <translation>Prikker telt per idé</translation>
    </message>
    <message>
        <source>Dots counted in all</source>
        <translation>Prikker telt totalt</translation>
    </message>
    <message>
        <source>Type the number of dots and press Enter or Tab. 0 removes a count.</source>
        <translation>Skriv inn antall prikker og trykk Enter eller Tab. 0 fjerner en opptelling.</translation>
    </message>
    <message>
        <source>Colours that already have counts stay on the sheet; set their counts to 0 first.</source>
        <translation>Farger som allerede har opptellinger, blir stående på arket; sett opptellingene deres til 0 først.</translation>
    </message>
    <message>
        <source>Dots counted without a colour stay in the “All dots” column.</source>
        <translation>Prikker som er telt uten farge, blir stående i kolonnen «Alle prikker».</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>All dots</source>
        <translation>Alle prikker</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Each colour stands for a group: %s</source>
        <translation>Hver farge står for en gruppe: %s</translation>
    </message>
    <message>
        <source>All dots are counted together. Use Colours… to count the colours of the dots separately.</source>
        <translation>Alle prikkene telles samlet. Bruk Farger… for å telle hver prikkfarge for seg.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) counted</source>
        <translation>
            <numerusform>%n prikk telt</numerusform>
            <numerusform>%n prikker telt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n dot(s) on</source>
        <translation>
            <numerusform>Lagret: %n prikk på</numerusform>
            <numerusform>Lagret: %n prikker på</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskControls</name>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>ThemeColumn</name>
    <message>
        <source>No theme</source>
        <translation>Uten tema</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Ideas without a theme yet: drag them to a theme, or select them and press M.</source>
        <translation>Idéer som ikke har fått et tema ennå: dra dem til et tema, eller velg dem og trykk M.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n idea(s) here</source>
        <translation>
            <numerusform>%1
%n idé her</numerusform>
            <numerusform>%1
%n idéer her</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) in the whole project</source>
        <translation>
            <numerusform>%n idé i hele prosjektet</numerusform>
            <numerusform>%n idéer i hele prosjektet</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme actions</source>
        <translation>Temahandlinger</translation>
    </message>
    <message>
        <source>Actions for the theme %1</source>
        <translation>Handlinger for temaet %1</translation>
    </message>
    <message numerus="yes">
        <source>Theme %1, %n card(s)</source>
        <translation>
            <numerusform>Tema %1, %n kort</numerusform>
            <numerusform>Tema %1, %n kort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <source>Type to find a theme</source>
        <translation>Skriv for å finne et tema</translation>
    </message>
</context>
<context>
    <name>VolunteerCardEntry</name>
    <message>
        <source>Enter card %1 of “%2”</source>
        <translation>Skriv inn kort %1 i «%2»</translation>
    </message>
    <message>
        <source>Card %s saved as an idea.</source>
        <translation>Kort %s er lagret som en idé.</translation>
    </message>
    <message>
        <source>Card %1 saved in pass %2.</source>
        <translation>Kort %1 er lagret i runde %2.</translation>
    </message>
    <message>
        <source>Card %s taken back; type it again.</source>
        <translation>Kort %s er tatt tilbake; skriv det inn på nytt.</translation>
    </message>
    <message>
        <source>The text is empty: type what is written on the card.</source>
        <translation>Teksten er tom: skriv inn det som står på kortet.</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Ikke lagret: %s</translation>
    </message>
    <message>
        <source>Card not saved: %s</source>
        <translation>Kortet ble ikke lagret: %s</translation>
    </message>
</context>
<context>
    <name>VolunteerCardForm</name>
    <message>
        <source>Card number</source>
        <translation>Kortnummer</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Deltakerkode</translation>
    </message>
    <message>
        <source>Participant code check</source>
        <translation>Kontroll av deltakerkode</translation>
    </message>
    <message>
        <source>Text of the card</source>
        <translation>Teksten på kortet</translation>
    </message>
    <message>
        <source>Type the text as written. Enter starts a new line; Tab goes on.</source>
        <translation>Skriv teksten slik den står. Enter gir ny linje; Tab går videre.</translation>
    </message>
    <message>
        <source>Text check</source>
        <translation>Kontroll av tekst</translation>
    </message>
    <message>
        <source>SDGs ticked</source>
        <translation>Avkryssede bærekraftsmål</translation>
    </message>
    <message>
        <source>e.g. 11 13</source>
        <translation>f.eks. 11 13</translation>
    </message>
    <message>
        <source>The numbers of the SDG boxes ticked on the card, with spaces between them</source>
        <translation>Numrene på bærekraftsmålene som er krysset av på kortet, med mellomrom mellom</translation>
    </message>
    <message>
        <source>SDGs check</source>
        <translation>Kontroll av bærekraftsmål</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfritt</translation>
    </message>
    <message>
        <source>Theme check</source>
        <translation>Kontroll av tema</translation>
    </message>
    <message>
        <source>Problem with the card</source>
        <translation>Problem med kortet</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>&amp;Lagre kort</translation>
    </message>
    <message>
        <source>Save card  (Ctrl+Enter)</source>
        <translation>Lagre kort  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Lagre kort</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Tøm skjemaet</translation>
    </message>
    <message>
        <source>Need or idea</source>
        <translation>Behov eller idé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>Bærekraftsmål</translation>
    </message>
    <message>
        <source>Entry speed</source>
        <translation>Inntastingstempo</translation>
    </message>
    <message>
        <source>Last card saved</source>
        <translation>Sist lagrede kort</translation>
    </message>
    <message>
        <source>&amp;Undo last card</source>
        <translation>&amp;Angre siste kort</translation>
    </message>
    <message>
        <source>Undo the last card saved</source>
        <translation>Angre det sist lagrede kortet</translation>
    </message>
    <message>
        <source>Take back the card saved last (also Edit ▸ Undo)</source>
        <translation>Ta tilbake det sist lagrede kortet (også Rediger ▸ Angre)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Tab / Shift+Tab: next / previous field&lt;br&gt;N / I: need or idea&lt;br&gt;Ctrl+Enter: save the card&lt;br&gt;Enter on the theme: save the card&lt;br&gt;Alt+U: undo the last card saved</source>
        <translation>&lt;b&gt;Taster&lt;/b&gt;&lt;br&gt;Tab / Shift+Tab: neste / forrige felt&lt;br&gt;B / I: behov eller idé&lt;br&gt;Ctrl+Enter: lagre kortet&lt;br&gt;Enter i temafeltet: lagre kortet&lt;br&gt;Alt+A: angre det sist lagrede kortet</translation>
    </message>
    <message>
        <source>Blank if the card has no code.</source>
        <translation>La stå tomt hvis kortet ikke har noen kode.</translation>
    </message>
    <message>
        <source>Format: %s-007</source>
        <translation>Format: %s-007</translation>
    </message>
    <message>
        <source>%1 belongs to workshop %2</source>
        <translation>%1 hører til verksted %2</translation>
    </message>
    <message>
        <source>No participant %s</source>
        <translation>Deltaker %s finnes ikke</translation>
    </message>
    <message>
        <source>%1 is not a code of workshop %2</source>
        <translation>%1 er ikke en kode i verksted %2</translation>
    </message>
    <message>
        <source>Not a participant code. Format: %s-007</source>
        <translation>Ikke en deltakerkode. Format: %s-007</translation>
    </message>
    <message>
        <source>%1 characters; the limit is %2.</source>
        <translation>%1 tegn; grensen er %2.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tegn</translation>
    </message>
    <message>
        <source>SDG %s does not exist; they are numbered 1 to 17.</source>
        <translation>Bærekraftsmål %s finnes ikke; målene er nummerert fra 1 til 17.</translation>
    </message>
    <message>
        <source>“%s” is not a number from 1 to 17.</source>
        <translation>«%s» er ikke et tall fra 1 til 17.</translation>
    </message>
    <message>
        <source>The theme is too long (%1 characters; the limit is %2).</source>
        <translation>Temaet er for langt (%1 tegn; grensen er %2).</translation>
    </message>
</context>
<context>
    <name>VolunteerComparison</name>
    <message>
        <source>Comparison summary</source>
        <translation>Sammendrag av sammenligningen</translation>
    </message>
    <message>
        <source>Accept the cards both passes agree on</source>
        <translation>Godta kortene som begge rundene er enige om</translation>
    </message>
    <message>
        <source>Use pass 1</source>
        <translation>Bruk runde 1</translation>
    </message>
    <message>
        <source>Use pass 2</source>
        <translation>Bruk runde 2</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Avklar</translation>
    </message>
    <message>
        <source>Use pass 1  (key 1)</source>
        <translation>Bruk runde 1  (tast 1)</translation>
    </message>
    <message>
        <source>Use the pass 1 value</source>
        <translation>Bruk verdien fra runde 1</translation>
    </message>
    <message>
        <source>Use pass 2  (key 2)</source>
        <translation>Bruk runde 2  (tast 2)</translation>
    </message>
    <message>
        <source>Use the pass 2 value</source>
        <translation>Bruk verdien fra runde 2</translation>
    </message>
    <message>
        <source>Resolve  (Ctrl+Enter)</source>
        <translation>Avklar  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Resolve the decided cards</source>
        <translation>Avklar kortene der alle verdier er valgt</translation>
    </message>
    <message>
        <source>Differences between the passes</source>
        <translation>Forskjeller mellom rundene</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Pass 1</source>
        <translation>Runde 1</translation>
    </message>
    <message>
        <source>Pass 2</source>
        <translation>Runde 2</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Valgt</translation>
    </message>
    <message>
        <source>The selected difference in full</source>
        <translation>Hele den valgte forskjellen</translation>
    </message>
    <message>
        <source>Discrepancy rate and entry speed</source>
        <translation>Avviksandel og inntastingstempo</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultat av siste handling</translation>
    </message>
    <message>
        <source>(pass %s only)</source>
        <translation>(bare runde %s)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cards typed in pass 1, &lt;b&gt;%2&lt;/b&gt; in pass 2. &lt;b&gt;%3&lt;/b&gt; need a decision, &lt;b&gt;%4&lt;/b&gt; agree and wait to be accepted, &lt;b&gt;%5&lt;/b&gt; already resolved.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kort er skrevet inn i runde 1, &lt;b&gt;%2&lt;/b&gt; i runde 2. &lt;b&gt;%3&lt;/b&gt; trenger en avgjørelse, &lt;b&gt;%4&lt;/b&gt; er like og venter på å bli godtatt, &lt;b&gt;%5&lt;/b&gt; er allerede avklart.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Accept %n agreeing card(s)</source>
        <translation>
            <numerusform>&amp;Godta %n samsvarende kort</numerusform>
            <numerusform>&amp;Godta %n samsvarende kort</numerusform>
        </translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>velg…</translation>
    </message>
    <message numerus="yes">
        <source>Pass %1 has no value for %n of the selected row(s); choose another or type one.</source>
        <translation>
            <numerusform>Runde %1 har ingen verdi for %n av de valgte radene; velg den andre runden eller skriv inn en verdi.</numerusform>
            <numerusform>Runde %1 har ingen verdi for %n av de valgte radene; velg den andre runden eller skriv inn en verdi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 · %2</source>
        <translation>Kort %1 · %2</translation>
    </message>
</context>
<context>
    <name>VolunteerEntry</name>
    <message>
        <source>Participant code</source>
        <translation>Deltakerkode</translation>
    </message>
    <message>
        <source>Need or idea</source>
        <translation>Behov eller idé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>Bærekraftsmål</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>(not typed)</source>
        <translation>(ikke skrevet inn)</translation>
    </message>
    <message>
        <source>(no tick)</source>
        <translation>(ikke krysset av)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(tomt)</translation>
    </message>
</context>
<context>
    <name>VolunteerEntryView</name>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Navnet ditt:</translation>
    </message>
    <message>
        <source>Type it once; it is remembered</source>
        <translation>Skriv det én gang, så blir det husket</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Bunke:</translation>
    </message>
    <message>
        <source>Batch of cards</source>
        <translation>Kortbunke</translation>
    </message>
    <message>
        <source>Ne&amp;w batch…</source>
        <translation>N&amp;y bunke…</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Ny bunke</translation>
    </message>
    <message>
        <source>Start a new stack of paper cards</source>
        <translation>Start en ny bunke med papirkort</translation>
    </message>
    <message>
        <source>Pass &amp;1</source>
        <translation>Runde &amp;1</translation>
    </message>
    <message>
        <source>The first volunteer types the stack</source>
        <translation>Den første frivillige skriver inn bunken</translation>
    </message>
    <message>
        <source>Pass &amp;2 (blind check)</source>
        <translation>Runde &amp;2 (blindkontroll)</translation>
    </message>
    <message>
        <source>A second volunteer types the same stack again, without seeing pass 1</source>
        <translation>En annen frivillig skriver inn den samme bunken på nytt, uten å se runde 1</translation>
    </message>
    <message>
        <source>&amp;Compare and resolve</source>
        <translation>&amp;Sammenlign og avklar</translation>
    </message>
    <message>
        <source>Show where the two passes differ and decide</source>
        <translation>Vis hvor de to rundene er ulike, og bestem hva som gjelder</translation>
    </message>
    <message>
        <source>Pass 1</source>
        <translation>Runde 1</translation>
    </message>
    <message>
        <source>Pass 2</source>
        <translation>Runde 2</translation>
    </message>
    <message>
        <source>Compare and resolve</source>
        <translation>Sammenlign og avklar</translation>
    </message>
    <message>
        <source>Single entry: each card becomes an idea when saved.</source>
        <translation>Enkel inntasting: hvert kort blir en idé når det lagres.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>e.g. %s-007</source>
        <translation>f.eks. %s-007</translation>
    </message>
    <message>
        <source>double entry</source>
        <translation>dobbel inntasting</translation>
    </message>
    <message>
        <source>single entry</source>
        <translation>enkel inntasting</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>kontrollert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>Choose a workshop in the list on the left: paper cards are typed in per workshop.</source>
        <translation>Velg et verksted i listen til venstre: papirkort skrives inn per verksted.</translation>
    </message>
    <message>
        <source>Type your name first, so that the cards you enter are counted for you.</source>
        <translation>Skriv inn navnet ditt først, slik at kortene du skriver inn, blir registrert på deg.</translation>
    </message>
    <message>
        <source>Start a batch for the stack of cards in front of you: New batch… (Alt+W).</source>
        <translation>Start en bunke for kortstabelen foran deg: Ny bunke… (Alt+Y).</translation>
    </message>
    <message>
        <source>This batch is closed. Start a new batch for more cards.</source>
        <translation>Denne bunken er lukket. Start en ny bunke for flere kort.</translation>
    </message>
    <message>
        <source>Pick the right value for each difference (keys 1 and 2, or type it in the Chosen column), then Resolve (Ctrl+Enter). Cards both passes agree on can be accepted all at once.</source>
        <translation>Velg riktig verdi for hver forskjell (tast 1 og 2, eller skriv den inn i kolonnen Valgt), og velg deretter Avklar (Ctrl+Enter). Kort som begge rundene er enige om, kan godtas samlet.</translation>
    </message>
    <message>
        <source>Pass 2: type the same stack again from the first card, exactly as written. You do not see pass 1; the passes are compared afterwards.</source>
        <translation>Runde 2: skriv inn den samme bunken på nytt fra første kort, nøyaktig slik det står. Du ser ikke runde 1; rundene sammenlignes etterpå.</translation>
    </message>
    <message>
        <source>Type each card as written, field by field in the order of the card. Ctrl+Enter saves it and starts the next card.</source>
        <translation>Skriv inn hvert kort slik det står, felt for felt i samme rekkefølge som på kortet. Ctrl+Enter lagrer kortet og starter neste.</translation>
    </message>
    <message>
        <source>Batch “%s” started.</source>
        <translation>Bunken «%s» er startet.</translation>
    </message>
</context>
<context>
    <name>VolunteerFigures</name>
    <message>
        <source>No batch chosen</source>
        <translation>Ingen bunke valgt</translation>
    </message>
    <message>
        <source>Card %1 in batch “%2”</source>
        <translation>Kort %1 i bunken «%2»</translation>
    </message>
    <message>
        <source>pass %s</source>
        <translation>runde %s</translation>
    </message>
    <message>
        <source>%s cards/hour</source>
        <translation>%s kort/time</translation>
    </message>
    <message>
        <source>rate after the next card</source>
        <translation>tempoet vises etter neste kort</translation>
    </message>
    <message>
        <source>No cards yet.</source>
        <translation>Ingen kort ennå.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Discrepancy rate&lt;/b&gt;&lt;br&gt;%1 of %2 cards differ (%3)&lt;br&gt;%4 of %5 fields differ (%6)</source>
        <translation>&lt;b&gt;Avviksandel&lt;/b&gt;&lt;br&gt;%1 av %2 kort er ulike (%3)&lt;br&gt;%4 av %5 felt er ulike (%6)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Discrepancy rate&lt;/b&gt;&lt;br&gt;No card typed in both passes yet.</source>
        <translation>&lt;b&gt;Avviksandel&lt;/b&gt;&lt;br&gt;Ingen kort er skrevet inn i begge rundene ennå.</translation>
    </message>
</context>
<context>
    <name>VolunteerResolution</name>
    <message>
        <source>Choose a value for every difference of a card first (keys 1 and 2, or type it).</source>
        <translation>Velg først en verdi for hver forskjell på et kort (tast 1 og 2, eller skriv den inn).</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n card(s)</source>
        <translation>
            <numerusform>Avklar %n kort</numerusform>
            <numerusform>Avklar %n kort</numerusform>
        </translation>
    </message>
    <message>
        <source>Turning the cards into ideas…</source>
        <translation>Gjør kortene om til idéer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Resolving cards</source>
        <translation>Avklarer kort</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) resolved and added as ideas.</source>
        <translation>
            <numerusform>%n kort er avklart og lagt til som idé.</numerusform>
            <numerusform>%n kort er avklart og lagt til som idéer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 not resolved: %2</source>
        <translation>Kort %1 ble ikke avklart: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) still need a decision.</source>
        <translation>
            <numerusform>%n kort trenger fortsatt en avgjørelse.</numerusform>
            <numerusform>%n kort trenger fortsatt en avgjørelse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing resolved.</source>
        <translation>Ingenting ble avklart.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n agreeing card(s)</source>
        <translation>
            <numerusform>Godta %n samsvarende kort</numerusform>
            <numerusform>Godta %n samsvarende kort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteEntry</name>
    <message>
        <source>red</source>
        <translation>rød</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blå</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grønn</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>lilla</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>oransje</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>rosa</translation>
    </message>
    <message>
        <source>brown</source>
        <translation>brun</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikkstemming</translation>
    </message>
    <message>
        <source>Criteria scoring</source>
        <translation>Poenggivning etter kriterier</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <source>Pairwise comparison</source>
        <translation>Parvis sammenligning</translation>
    </message>
    <message>
        <source>Each participant places a number of dots on the ideas they support. Type in each person&apos;s ballot, or count the dots on the wall (optionally one count per dot colour).</source>
        <translation>Hver deltaker setter et antall prikker på idéene de støtter. Skriv inn stemmeseddelen til hver person, eller tell prikkene på veggen (eventuelt én opptelling per prikkfarge).</translation>
    </message>
    <message>
        <source>Participants or table groups score ideas from 1 to 5 on the project&apos;s criteria; the weights of the criteria combine the scores.</source>
        <translation>Deltakere eller bordgrupper gir idéene poeng fra 1 til 5 etter prosjektets kriterier; vekten til hvert kriterium avgjør hvordan poengene slås sammen.</translation>
    </message>
    <message>
        <source>Each participant puts a short list of ideas in order, first choice at the top (Borda count).</source>
        <translation>Hver deltaker setter en kortliste med idéer i rekkefølge, med førstevalget øverst (Borda-metoden).</translation>
    </message>
    <message>
        <source>People at the screen see two ideas at a time and pick the one that matters more, or say they can&apos;t decide.</source>
        <translation>Folk ved skjermen ser to idéer om gangen og velger den som betyr mest, eller sier at de ikke kan velge.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Ikke lagret: %s</translation>
    </message>
    <message>
        <source>There is no participant %1 in this workshop. Check the code on the paper.</source>
        <translation>Det finnes ingen deltaker %1 i dette verkstedet. Kontroller koden på papiret.</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Smart City Co-Creation</source>
        <translation>Velkommen til Smart City Co-Creation</translation>
    </message>
    <message>
        <source>Plan workshops, register who came, capture every idea and follow each one to a decision — all offline. Everything you enter is saved at once.</source>
        <translation>Planlegg verksteder, registrer hvem som kom, fang opp hver idé og følg hver av dem fram til en beslutning – helt uten internett. Alt du skriver inn, lagres med en gang.</translation>
    </message>
    <message>
        <source>&amp;Create a project</source>
        <translation>&amp;Opprett et prosjekt</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Opprett et prosjekt</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Åpne &amp;demoprosjektet</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Åpne demoprosjektet</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nytt verksted</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>e.g. Kick-off at the library</source>
        <translation>f.eks. Oppstartsmøte på biblioteket</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Tittel på verkstedet</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>A short code printed on the paper forms, e.g. W3.</source>
        <translation>En kort kode som skrives ut på papirskjemaene, f.eks. W3.</translation>
    </message>
    <message>
        <source>Workshop code</source>
        <translation>Verkstedkode</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation>Dato for verkstedet</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>e.g. Main library, room 2</source>
        <translation>f.eks. Hovedbiblioteket, rom 2</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>Ti&amp;lretteleggere:</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ett navn per linje</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Tilretteleggere</translation>
    </message>
    <message>
        <source>Consent te&amp;xt version:</source>
        <translation>&amp;Versjon av samtykketekst:</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>Versjon av samtykketekst</translation>
    </message>
</context>
</TS>
