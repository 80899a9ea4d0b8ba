<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded; a copy of the old one is at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the demo project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Choose a workshop in the list on the left: ideas are captured into one workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of ideas in this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas of this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit idea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected idea (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected ideas (Delete); Ctrl+Z brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %s for the next idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: %s is kept for the next idea. Click to clear it after each save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pinned: %s is cleared after each save. Click to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need  %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A need or a problem (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need or problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea  %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idea or a solution (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea or solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the participant say or write? Enter saves · Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. W1-007 or 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code on the participant&apos;s card. A number alone means this workshop&apos;s participant with that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Table 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For ideas of a whole table: leave the participant code empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a theme, or type a new name to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or table group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the strategy goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter new line · %1 need · %2 idea · pinned fields are kept for the next idea · Ctrl+Z undoes a save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the idea (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture ideas · %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy goal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea saved: “%1”. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) in this workshop</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChosenDelegate</name>
    <message>
        <source>Chosen value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryBatchDialog</name>
    <message>
        <source>New batch of cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the stack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Table 3 stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Double entry: two volunteers type every card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passes are compared field by field, and only what both agree on (or what you choose) becomes ideas. Without double entry, each card becomes an idea as soon as it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaActions</name>
    <message>
        <source>Edit idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n idea(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Edit idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New idea in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the participant write? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Need or problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need or problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea or &amp;solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea or solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a theme, or type a new name to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy &amp;goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. W1-007 (leave empty for a table group or anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Table 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaForm</name>
    <message>
        <source>There is no participant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1 belongs to another workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a participant code like W3-017.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idea has a participant or a table group as author, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message>
        <source>&amp;New idea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an idea to the selected workshop (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit idea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ideas (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in the text and title of the ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by SDG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by demographic group of the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas by participants who gave this answer on the registration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of ideas shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a workshop first: ideas belong to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIdeasDialog</name>
    <message>
        <source>Import ideas into %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column of the file that holds the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file with ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was read as Western European text (Windows-1252). Check that letters such as æ, ø and å look right below before you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Th&amp;eme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;DGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy go&amp;als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idea text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind: write need or idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a source: write paper, sticky, live or kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SDG %1: SDGs are numbered 1 to 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read SDG numbers from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown strategy goal code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no participant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1 belongs to workshop %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a participant code like W3-017.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idea has a participant or a table group as author, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a highlighted row to read all of its problems here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the text of the ideas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors (highlighted)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to import</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all ready to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New themes to create: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no row to import yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the rows with errors in the file, or tick “Skip rows with errors”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n idea(s) in one step (undo with Ctrl+Z).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n idea(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n idea(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) imported into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop first: imported ideas belong to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file whose first row holds the column names. Check which column holds what, look at the rows below, then press Import. Nothing is saved before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;only rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors (import only the rows without errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read it as Western European (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file as Western European text (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindField</name>
    <message>
        <source>Need or idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>key that ticks &apos;need&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>key that ticks &apos;idea&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need or problem  (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea or solution  (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ticked. Press %1 for need, %2 for idea.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Share your idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk: share your idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode (facilitator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode (facilitator PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would make your neighbourhood smarter, greener or better for everyone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here, in your own words and in any language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it a need or an idea?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need or idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A need or a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idea or a solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which theme fits best? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next  →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questions help us see who took part, so that every group is heard. Answer only what you like. We never ask for your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree that my answers are used for this project&apos;s analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this tick we cannot keep your answers about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←  Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip these questions and send my idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your idea without answers about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send  ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your idea has been saved. The screen is ready for the next person in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your idea has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN to leave kiosk mode. Participants: please press “Back to the form”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write your idea first. A few words are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is %1 characters long. Please shorten it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: please remove %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for answering! We can only keep your answers if you agree: tick the box above. Or press Skip to send your idea without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, your idea could not be saved. Please ask the facilitator for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still there? The form will be cleared in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Tries left: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop in the list first: the kiosk collects ideas for one workshop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted into plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Smart City database. Nothing was changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of the app. Update the app to open it. Nothing was changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database file is damaged and cannot be opened. Nothing was changed in it; a backup copy may help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Projects and workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card en&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import ideas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let participants type their own ideas on this computer, for the selected workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper &amp;forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print registration forms and idea cards for the selected workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart City database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart City database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline tool for community co-creation workshops about smarter, greener and more inclusive cities and regions.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;&lt;p&gt;Icons: Material Design Icons via QtAwesome. SDG colours: United Nations.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Participants by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas by SDG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperFormsDialog</name>
    <message>
        <source>Paper forms for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration forms and idea cards for workshop %1 · %2, in %3 (the project&apos;s language). Print them, hand them out, and type them in afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the forms as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages; the first %2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%s paper forms.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save paper forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 page(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s paper forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print paper forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank &amp;registration forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of blank registration forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idea cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of idea cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two idea cards are printed on each A4 page; cut along the dashed line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop making the forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to processing of their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be contacted for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed, but no contact details recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>&amp;Register participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a participant in this workshop (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected participant&apos;s answers (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected participant (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop to register participants. Below are the participants of all the project&apos;s workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of participants shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is registered yet. Press Ctrl+R to register the first participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Register participant %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %s registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %s changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop first: participants are registered in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete participant %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answers and contact details are removed. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>They wrote %n idea(s). What should happen to them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep their ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ideas stay, still linked to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ideas, &amp;anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ideas stay, with no author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete ideas too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ideas are deleted as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete participant %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %s deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Green mobility 2030, District X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of forms, category labels and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector — Smart City Co-Creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen on the chosen screen (F11; Esc leaves full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the projector window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen for the projector window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen (projector) to show this window on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11 full screen · Esc leaves · right-click for options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest ideas appear here as they are captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting soon: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Newest ideas · %n so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No theme yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterParticipantDialog</name>
    <message>
        <source>Edit participant %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register participant in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About them (every question is optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-&amp;description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to &amp;processing of their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to processing of their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be &amp;contacted for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be contacted for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details (kept separately, only with consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close (Enter or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and register the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and clear the form for the next person (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next participant gets this code. Write it on their paper forms and name tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code stays the same when you change the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Who is in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to the other questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workshops of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunClock</name>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next activity (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the timer; the activity goes on in the record (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the current activity one more minute (Ctrl+= or +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this activity and start the next one (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the meeting: the workshop&apos;s status becomes closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timer and the newest ideas to the room on a second screen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saving state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to follow up, questions from the room, what to change next time… Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an activity that has not started to change its name or minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected activity up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected activity down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected activity off the agenda (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the new activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the activity at the end of the agenda (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add activities to the agenda on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another activity, or close the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded times are in the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity times were recorded for this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the last activity (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer running again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer paused. Press Space or Resume to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last activity has ended. Close the workshop when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close workshop %s? Its status becomes closed and the agenda can no longer change. Notes stay editable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” is still running; it ends now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the agenda: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the agenda: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SdgChips</name>
    <message>
        <source>Sustainable Development Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 11 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the numbers of the SDGs, separated by spaces; the chips follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartKioskDialog</name>
    <message>
        <source>Workshop: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants type their own idea on this computer, and if they like a few answers about themselves. Nothing else of the database can be seen or changed while the kiosk runs. Choose a PIN of 4 to 8 digits: you need it to leave kiosk mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerEntry</name>
    <message>
        <source>Participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need or idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerEntryView</name>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it once; it is remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch of cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new stack of paper cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass &amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first volunteer types the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass &amp;2 (blind check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second volunteer types the same stack again, without seeing pass 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare and resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where the two passes differ and decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single entry: each card becomes an idea when saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant code check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text as written. Enter starts a new line; Tab goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 11 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of the SDG boxes ticked on the card, with spaces between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need or idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last card saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last card saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the card saved last (also Edit ▸ Undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Tab / Shift+Tab: next / previous field&lt;br&gt;N / I: need or idea&lt;br&gt;Ctrl+Enter: save the card&lt;br&gt;Enter on the theme: save the card&lt;br&gt;Alt+U: undo the last card saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the cards both passes agree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use pass 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use pass 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use pass 1  (key 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the pass 1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use pass 2  (key 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the pass 2 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the decided cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected difference in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancy rate and entry speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %s-007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop in the list on the left: paper cards are typed in per workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name first, so that the cards you enter are counted for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a batch for the stack of cards in front of you: New batch… (Alt+W).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is closed. Start a new batch for more cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the right value for each difference (keys 1 and 2, or type it in the Chosen column), then Resolve (Ctrl+Enter). Cards both passes agree on can be accepted all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass 2: type the same stack again from the first card, exactly as written. You do not see pass 1; the passes are compared afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each card as written, field by field in the order of the card. Ctrl+Enter saves it and starts the next card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 in batch “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s cards/hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate after the next card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Discrepancy rate&lt;/b&gt;&lt;br&gt;%1 of %2 cards differ (%3)&lt;br&gt;%4 of %5 fields differ (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Discrepancy rate&lt;/b&gt;&lt;br&gt;No card typed in both passes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank if the card has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %s-007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to workshop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a code of workshop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a participant code. Format: %s-007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG %s does not exist; they are numbered 1 to 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” is not a number from 1 to 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme is too long (%1 characters; the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter card %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %s saved as an idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 saved in pass %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %s taken back; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty: type what is written on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch “%s” started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pass %s only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cards typed in pass 1, &lt;b&gt;%2&lt;/b&gt; in pass 2. &lt;b&gt;%3&lt;/b&gt; need a decision, &lt;b&gt;%4&lt;/b&gt; agree and wait to be accepted, &lt;b&gt;%5&lt;/b&gt; already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Accept %n agreeing card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pass %1 has no value for %n of the selected row(s); choose another or type one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a value for every difference of a card first (keys 1 and 2, or type it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Turning the cards into ideas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) resolved and added as ideas.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 not resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) still need a decision.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n agreeing card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Smart City Co-Creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan workshops, register who came, capture every idea and follow each one to a decision — all offline. Everything you enter is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kick-off at the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short code printed on the paper forms, e.g. W3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Main library, room 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent te&amp;xt version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
