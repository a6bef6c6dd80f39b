<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CliWords</name>
    <message>
        <source>Backed up the journal to %1.
</source>
        <translation>Tagebuch in %1 gesichert.
</translation>
    </message>
    <message>
        <source>Restored the journal from %1; what it replaced is backed up in %2.
</source>
        <translation>Tagebuch aus %1 wiederhergestellt; was es ersetzt hat, ist in %2 gesichert.
</translation>
    </message>
    <message>
        <source>The journal is intact.
</source>
        <translation>Das Tagebuch ist in Ordnung.
</translation>
    </message>
    <message>
        <source> (see stridelog-cli --help)</source>
        <translation> (siehe stridelog-cli --help)</translation>
    </message>
    <message>
        <source>stridelog-cli: error: </source>
        <translation>stridelog-cli: Fehler: </translation>
    </message>
    <message>
        <source>option --db needs a value</source>
        <translation>Option --db braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2</source>
        <translation>%1 braucht einen Unterbefehl: %2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;; %1 takes: %3</source>
        <translation>unbekannter Befehl &apos;%1 %2&apos;; %1 kennt: %3</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>--seed: must be a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>--seed: muss eine ganze Zahl von 0 bis %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the journal is not empty; demo fills only an empty journal</source>
        <translation>das Tagebuch ist nicht leer; demo füllt nur ein leeres Tagebuch</translation>
    </message>
    <message>
        <source>Added a demo history: %1 runs, %2 shoes, %3 pain entries.
</source>
        <translation>Erfundene Geschichte hinzugefügt: %1 Läufe, %2 Schuhe, %3 Schmerzeinträge.
</translation>
    </message>
    <message>
        <source>--out: cannot write &apos;%1&apos;: %2</source>
        <translation>--out: &apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the journal to %1.
</source>
        <translation>Tagebuch nach %1 exportiert.
</translation>
    </message>
    <message>
        <source>stridelog-cli %1
</source>
        <translation>stridelog-cli %1
</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 skipped, %4 errors%5.
</source>
        <translation>%1 importiert, %2 doppelt, %3 übersprungen, %4 Fehler%5.
</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>no such file or folder: %1; nothing was imported</source>
        <translation>keine solche Datei und kein solcher Ordner: %1; nichts wurde importiert</translation>
    </message>
    <message>
        <source>missing argument; usage: %1</source>
        <translation>Argument fehlt; Aufruf: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; usage: %2</source>
        <translation>unerwartetes Argument &apos;%1&apos;; Aufruf: %2</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; usage: %2</source>
        <translation>unbekannte Option &apos;%1&apos;; Aufruf: %2</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>--run: there is no run with id %1 (see run list)</source>
        <translation>--run: Es gibt keinen Lauf mit der ID %1 (siehe run list)</translation>
    </message>
    <message>
        <source>Logged pain %1.
</source>
        <translation>Schmerz %1 eingetragen.
</translation>
    </message>
    <message>
        <source>Pain %1 resolved at %2.
</source>
        <translation>Schmerz %1 abgeklungen am %2.
</translation>
    </message>
    <message>
        <source>--shoe: there is no shoe with id %1 (see shoe list --all)</source>
        <translation>--shoe: Es gibt keinen Schuh mit der ID %1 (siehe shoe list --all)</translation>
    </message>
    <message>
        <source>Logged run %1.
</source>
        <translation>Lauf %1 eingetragen.
</translation>
    </message>
    <message>
        <source>Updated run %1.</source>
        <translation>Lauf %1 geändert.</translation>
    </message>
    <message>
        <source>Deleted run %1.</source>
        <translation>Lauf %1 gelöscht.</translation>
    </message>
    <message>
        <source>STRIDELOG_NOW: </source>
        <translation>STRIDELOG_NOW: </translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; settings are: %2</source>
        <translation>unbekannte Einstellung &apos;%1&apos;; Einstellungen sind: %2</translation>
    </message>
    <message>
        <source>Added shoe %1.</source>
        <translation>Schuh %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Retired shoe %1.</source>
        <translation>Schuh %1 ausgemustert.</translation>
    </message>
    <message>
        <source>Updated shoe %1.</source>
        <translation>Schuh %1 geändert.</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>shoe %1</source>
        <translation>Schuh %1</translation>
    </message>
    <message>
        <source>pain %1</source>
        <translation>Schmerz %1</translation>
    </message>
    <message>
        <source>No shoes.
</source>
        <translation>Keine Schuhe.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DISTANCE</source>
        <translation>STRECKE</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>GRENZE</translation>
    </message>
    <message>
        <source>WORN</source>
        <translation>ABGENUTZT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>RUNS</source>
        <translation>LÄUFE</translation>
    </message>
    <message>
        <source>No runs.
</source>
        <translation>Keine Läufe.
</translation>
    </message>
    <message>
        <source>, hilly</source>
        <translation>, hügelig</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>PACE</source>
        <translation>TEMPO</translation>
    </message>
    <message>
        <source>SHOE</source>
        <translation>SCHUH</translation>
    </message>
    <message>
        <source>SURFACE</source>
        <translation>UNTERGRUND</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>SPIKE</source>
        <translation>SPRUNG</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>NOTIZEN</translation>
    </message>
    <message>
        <source>No pain entries.
</source>
        <translation>Keine Schmerzeinträge.
</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source> (adaptation)</source>
        <translation> (Anpassung)</translation>
    </message>
    <message>
        <source>END</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>KNEE/SITE</source>
        <translation>KNIE/STELLE</translation>
    </message>
    <message>
        <source>PAIN</source>
        <translation>SCHMERZ</translation>
    </message>
    <message>
        <source>ONSET</source>
        <translation>AUFTRETEN</translation>
    </message>
    <message>
        <source>LASTED</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>COMMONLY ASSOCIATED WITH</source>
        <translation>HÄUFIG VERBUNDEN MIT</translation>
    </message>
    <message>
        <source>No runs yet.
</source>
        <translation>Noch keine Läufe.
</translation>
    </message>
    <message>
        <source> OVER</source>
        <translation> ÜBER</translation>
    </message>
    <message>
        <source> (%1 left)</source>
        <translation> (noch %1)</translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation>WOCHE</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>UMFANG</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>ACWR</source>
        <translation>ACWR</translation>
    </message>
    <message>
        <source>No warnings.
</source>
        <translation>Keine Warnungen.
</translation>
    </message>
    <message>
        <source>    reasons: %1
</source>
        <translation>    Gründe: %1
</translation>
    </message>
    <message>
        <source>    source: %1
</source>
        <translation>    Quelle: %1
</translation>
    </message>
    <message>
        <source>SETTING</source>
        <translation>EINSTELLUNG</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>%1 id must be a whole number above 0, not &apos;%2&apos;</source>
        <translation>%1: Die ID muss eine ganze Zahl über 0 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no pair in use</source>
        <translation>kein Paar in Gebrauch</translation>
    </message>
    <message>
        <source>%1 (shoe %2)</source>
        <translation>%1 (Schuh %2)</translation>
    </message>
    <message>
        <source>Run today:</source>
        <translation>Heute laufen:</translation>
    </message>
    <message>
        <source>Left this week:</source>
        <translation>Diese Woche noch:</translation>
    </message>
    <message>
        <source>no limit this week</source>
        <translation>diese Woche keine Grenze</translation>
    </message>
    <message>
        <source>Longest run:</source>
        <translation>Längster Lauf:</translation>
    </message>
    <message>
        <source>%1 without a spike</source>
        <translation>%1 ohne Sprung</translation>
    </message>
    <message>
        <source>no run in the last 30 days</source>
        <translation>kein Lauf in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Knee pain:</source>
        <translation>Knieschmerz:</translation>
    </message>
    <message>
        <source>stage %1 of 4</source>
        <translation>Stufe %1 von 4</translation>
    </message>
    <message>
        <source>none in the last 14 days</source>
        <translation>keiner in den letzten 14 Tagen</translation>
    </message>
    <message>
        <source>Pair to wear:</source>
        <translation>Zu tragendes Paar:</translation>
    </message>
    <message>
        <source>As of %1, week of %2
</source>
        <translation>Stand %1, Woche vom %2
</translation>
    </message>
    <message>
        <source>%1  %2  %3 bytes  %4
</source>
        <translation>%1  %2  %3 Bytes  %4
</translation>
    </message>
    <message>
        <source>No automatic backups yet.
</source>
        <translation>Noch keine automatischen Sicherungen.
</translation>
    </message>
    <message>
        <source>option %1 is given twice</source>
        <translation>Option %1 ist zweimal angegeben</translation>
    </message>
    <message>
        <source>must not be after tomorrow (%1), not %2</source>
        <translation>darf nicht nach morgen (%1) liegen, nicht %2</translation>
    </message>
    <message>
        <source>usage: stridelog-cli [--db PATH] [--json] COMMAND [ARGS]

A training journal for runners with sore knees. The journal is --db PATH, else
$STRIDELOG_DB, else the desktop app&apos;s journal. --json prints one JSON document.

commands:
</source>
        <translation>Aufruf: stridelog-cli [--db PFAD] [--json] BEFEHL [ARGUMENTE]

Ein Trainingstagebuch für Läuferinnen und Läufer mit schmerzenden Knien. Das Tagebuch ist
--db PFAD, sonst $STRIDELOG_DB, sonst das Tagebuch der Desktop-App. --json gibt ein
JSON-Dokument aus.

Befehle:
</translation>
    </message>
    <message>
        <source>
values:
  dates YYYY-MM-DD; times HH:MM; instants YYYY-MM-DD, YYYY-MM-DDTHH:MM or
  &quot;YYYY-MM-DD HH:MM&quot; (a bare date is the end of that day); distances 10.2, 10.2km,
  6.3mi, 800m; durations 55:10, 1:02:03, 45m, 1h2m, 3600s; --lasted 3h, 36h, 2d, ongoing
  surface: road trail track treadmill grass sand mixed
  type: easy long tempo interval race recovery
  knee: left right both   site: front below outside inside behind whole
  onset: start during late after next-day rest

exit codes: 0 done, 1 usage error, 2 invalid input (nothing written),
            3 the journal cannot be used
</source>
        <translation>
Werte:
  Daten YYYY-MM-DD; Uhrzeiten HH:MM; Zeitpunkte YYYY-MM-DD, YYYY-MM-DDTHH:MM oder
  &quot;YYYY-MM-DD HH:MM&quot; (ein bloßes Datum ist das Ende dieses Tages); Strecken 10.2, 10.2km,
  6.3mi, 800m; Dauern 55:10, 1:02:03, 45m, 1h2m, 3600s; --lasted 3h, 36h, 2d, ongoing
  surface: road trail track treadmill grass sand mixed
  type: easy long tempo interval race recovery
  knee: left right both   site: front below outside inside behind whole
  onset: start during late after next-day rest

Exit-Codes: 0 erledigt, 1 Aufruffehler, 2 ungültige Eingabe (nichts geschrieben),
            3 das Tagebuch kann nicht benutzt werden
</translation>
    </message>
    <message>
        <source>No pair was worn in the period.
</source>
        <translation>In diesem Zeitraum wurde kein Paar getragen.
</translation>
    </message>
    <message>
        <source>IN PERIOD</source>
        <translation>IM ZEITRAUM</translation>
    </message>
    <message>
        <source>IN ALL</source>
        <translation>INSGESAMT</translation>
    </message>
    <message>
        <source>Report for %1 to %2
</source>
        <translation>Bericht vom %1 bis %2
</translation>
    </message>
    <message>
        <source>Weeks, warnings and shoes as of %1; pain assessed as of %2.
</source>
        <translation>Wochen, Warnungen und Schuhe mit Stand %1; Schmerz beurteilt mit Stand %2.
</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Pain entries</source>
        <translation>Schmerzeinträge</translation>
    </message>
    <message>
        <source>Weeks over their limit</source>
        <translation>Wochen über ihrer Grenze</translation>
    </message>
    <message>
        <source>Weeks
</source>
        <translation>Wochen
</translation>
    </message>
    <message>
        <source>Knee pain
</source>
        <translation>Knieschmerz
</translation>
    </message>
    <message>
        <source>Warnings
</source>
        <translation>Warnungen
</translation>
    </message>
    <message>
        <source>Shoes
</source>
        <translation>Schuhe
</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2 to %3.
</source>
        <translation>Bericht vom %1 bis %2 nach %3 geschrieben.
</translation>
    </message>
    <message>
        <source>Track: none kept
</source>
        <translation>Aufzeichnung: keine gespeichert
</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>cadence</source>
        <translation>Schrittfrequenz</translation>
    </message>
    <message>
        <source>elevation</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Track: %1
</source>
        <translation>Aufzeichnung: %1
</translation>
    </message>
    <message>
        <source>Laps</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>lap</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>hr</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>Splits</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>ascent</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>Pain after it: %1
</source>
        <translation>Schmerz danach: %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Over the last %1 weeks: %2 a week.
</source>
        <translation>In den letzten %1 Wochen: %2 pro Woche.
</translation>
    </message>
    <message>
        <source>At that rate it reaches its limit around %1.
</source>
        <translation>Bei diesem Umfang erreicht das Paar seine Grenze etwa am %1.
</translation>
    </message>
    <message>
        <source>At that rate it does not reach its limit.
</source>
        <translation>Bei diesem Umfang erreicht das Paar seine Grenze nicht.
</translation>
    </message>
    <message>
        <source>the end of %1</source>
        <translation>Ende des Tages %1</translation>
    </message>
    <message>
        <source>--out %1: the PDF is drawn by the desktop app, stridelog, which was not found beside stridelog-cli or on PATH; nothing was written. stridelog-cli writes the report&apos;s content to any other file name (the text, or JSON with --json).</source>
        <translation>--out %1: Das PDF zeichnet die Desktop-App stridelog, die weder neben stridelog-cli noch im PATH gefunden wurde; nichts wurde geschrieben. stridelog-cli schreibt den Inhalt des Berichts in jeden anderen Dateinamen (als Text oder mit --json als JSON).</translation>
    </message>
    <message>
        <source>--out %1: the desktop app could not draw the PDF: %2</source>
        <translation>--out %1: Die Desktop-App konnte das PDF nicht zeichnen: %2</translation>
    </message>
    <message>
        <source>run %1: skipped, %2 is already there
</source>
        <translation>Lauf %1: übersprungen, %2 gibt es schon
</translation>
    </message>
    <message>
        <source>run %1: not written: %2
</source>
        <translation>Lauf %1: nicht geschrieben: %2
</translation>
    </message>
    <message>
        <source>run %1: %2 (no track: the run&apos;s summary only)
</source>
        <translation>Lauf %1: %2 (keine Strecke: nur die Zusammenfassung des Laufs)
</translation>
    </message>
    <message>
        <source>run %1: %2 (%3 points)
</source>
        <translation>Lauf %1: %2 (%3 Punkte)
</translation>
    </message>
    <message>
        <source>export --format %1 writes one file per run and needs --out FOLDER</source>
        <translation>export --format %1 schreibt eine Datei je Lauf und braucht --out ORDNER</translation>
    </message>
    <message>
        <source>%1 of %2 runs could not be written to %3 (%4 written)</source>
        <translation>%1 von %2 Läufen konnten nicht nach %3 geschrieben werden (%4 geschrieben)</translation>
    </message>
    <message>
        <source>Exported %1 runs to %2; %3 skipped because their file is already there.
</source>
        <translation>%1 Läufe nach %2 exportiert; %3 übersprungen, weil ihre Datei schon da ist.
</translation>
    </message>
    <message>
        <source>Exported run %1 to %2 (%3 points).
</source>
        <translation>Lauf %1 nach %2 exportiert (%3 Punkte).
</translation>
    </message>
    <message>
        <source>Exported run %1 to %2 (no track: the run&apos;s summary only).
</source>
        <translation>Lauf %1 nach %2 exportiert (keine Strecke: nur die Zusammenfassung des Laufs).
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2026-03-14</source>
        <translation>„%1“ ist kein Datum wie 2026-03-14</translation>
    </message>
    <message>
        <source>Saved the morning check of %1.
</source>
        <translation>Morgenwert vom %1 gespeichert.
</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>limp</source>
        <translation>Hinken</translation>
    </message>
    <message>
        <source>%1  %2/10  %3
</source>
        <translation>%1  %2/10  %3
</translation>
    </message>
    <message>
        <source>No morning checks.
</source>
        <translation>Keine Morgenwerte.
</translation>
    </message>
    <message>
        <source>Deleted the morning check of %1.
</source>
        <translation>Morgenwert vom %1 gelöscht.
</translation>
    </message>
    <message>
        <source>Started way back %1 at level 1 (%2).
</source>
        <translation>Weg zurück %1 auf Stufe 1 begonnen (%2).
</translation>
    </message>
    <message>
        <source>No way back started. %1
</source>
        <translation>Kein Weg zurück begonnen. %1
</translation>
    </message>
    <message>
        <source>no way back is under way</source>
        <translation>es läuft kein Weg zurück</translation>
    </message>
    <message>
        <source>Ended way back %1.</source>
        <translation>Weg zurück %1 beendet.</translation>
    </message>
    <message>
        <source>Way back %1 (%2), started %3: %4, level %5 of 6, today: %6
</source>
        <translation>Weg zurück %1 (%2), begonnen %3: %4, Stufe %5 von 6, heute: %6
</translation>
    </message>
    <message>
        <source>Next session on %1: %2
</source>
        <translation>Nächste Einheit am %1: %2
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder; sources add takes an existing folder</source>
        <translation>&apos;%1&apos; ist kein Ordner; sources add nimmt einen vorhandenen Ordner</translation>
    </message>
    <message>
        <source>Watching %1 for new runs.
</source>
        <translation>%1 wird auf neue Läufe beobachtet.
</translation>
    </message>
    <message>
        <source>%1 is already watched.
</source>
        <translation>%1 wird schon beobachtet.
</translation>
    </message>
    <message>
        <source>No longer watching %1.
</source>
        <translation>%1 wird nicht mehr beobachtet.
</translation>
    </message>
</context>
<context>
    <name>EntryWords</name>
    <message>
        <source>Road</source>
        <comment>surface label</comment>
        <translation>Straße</translation>
    </message>
    <message>
        <source>road runs</source>
        <comment>runs on a surface</comment>
        <translation>Straßenläufen</translation>
    </message>
    <message>
        <source>Trail</source>
        <comment>surface label</comment>
        <translation>Trail</translation>
    </message>
    <message>
        <source>trail runs</source>
        <comment>runs on a surface</comment>
        <translation>Trailläufen</translation>
    </message>
    <message>
        <source>Track</source>
        <comment>surface label</comment>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>track runs</source>
        <comment>runs on a surface</comment>
        <translation>Bahnläufen</translation>
    </message>
    <message>
        <source>Treadmill</source>
        <comment>surface label</comment>
        <translation>Laufband</translation>
    </message>
    <message>
        <source>treadmill runs</source>
        <comment>runs on a surface</comment>
        <translation>Laufbandläufen</translation>
    </message>
    <message>
        <source>Grass</source>
        <comment>surface label</comment>
        <translation>Gras</translation>
    </message>
    <message>
        <source>runs on grass</source>
        <comment>runs on a surface</comment>
        <translation>Läufen auf Gras</translation>
    </message>
    <message>
        <source>Sand</source>
        <comment>surface label</comment>
        <translation>Sand</translation>
    </message>
    <message>
        <source>runs on sand</source>
        <comment>runs on a surface</comment>
        <translation>Läufen auf Sand</translation>
    </message>
    <message>
        <source>Mixed</source>
        <comment>surface label</comment>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>runs on mixed surfaces</source>
        <comment>runs on a surface</comment>
        <translation>Läufen auf gemischtem Untergrund</translation>
    </message>
    <message>
        <source>Easy</source>
        <comment>run type label</comment>
        <translation>Locker</translation>
    </message>
    <message>
        <source>easy runs</source>
        <comment>runs of a type</comment>
        <translation>lockeren Läufen</translation>
    </message>
    <message>
        <source>Long</source>
        <comment>run type label</comment>
        <translation>Lang</translation>
    </message>
    <message>
        <source>long runs</source>
        <comment>runs of a type</comment>
        <translation>langen Läufen</translation>
    </message>
    <message>
        <source>Tempo</source>
        <comment>run type label</comment>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>tempo runs</source>
        <comment>runs of a type</comment>
        <translation>Tempoläufen</translation>
    </message>
    <message>
        <source>Interval</source>
        <comment>run type label</comment>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>interval runs</source>
        <comment>runs of a type</comment>
        <translation>Intervallläufen</translation>
    </message>
    <message>
        <source>Race</source>
        <comment>run type label</comment>
        <translation>Wettkampf</translation>
    </message>
    <message>
        <source>races</source>
        <comment>runs of a type</comment>
        <translation>Wettkämpfen</translation>
    </message>
    <message>
        <source>Recovery</source>
        <comment>run type label</comment>
        <translation>Regeneration</translation>
    </message>
    <message>
        <source>recovery runs</source>
        <comment>runs of a type</comment>
        <translation>Regenerationsläufen</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>knee label</comment>
        <translation>Links</translation>
    </message>
    <message>
        <source>left</source>
        <comment>knee in a sentence</comment>
        <translation>links</translation>
    </message>
    <message>
        <source>the left knee</source>
        <comment>knee in a warning</comment>
        <translation>linkes Knie</translation>
    </message>
    <message>
        <source>left</source>
        <comment>knee in the clinician report</comment>
        <translation>links</translation>
    </message>
    <message>
        <source>Right</source>
        <comment>knee label</comment>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>right</source>
        <comment>knee in a sentence</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>the right knee</source>
        <comment>knee in a warning</comment>
        <translation>rechtes Knie</translation>
    </message>
    <message>
        <source>right</source>
        <comment>knee in the clinician report</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <comment>knee label</comment>
        <translation>Beide</translation>
    </message>
    <message>
        <source>both</source>
        <comment>knee in a sentence</comment>
        <translation>beide</translation>
    </message>
    <message>
        <source>both knees</source>
        <comment>knee in a warning</comment>
        <translation>beide Knie</translation>
    </message>
    <message>
        <source>both</source>
        <comment>knee in the clinician report</comment>
        <translation>beide</translation>
    </message>
    <message>
        <source>Front (kneecap)</source>
        <comment>site label</comment>
        <translation>Vorne (Kniescheibe)</translation>
    </message>
    <message>
        <source>front (kneecap)</source>
        <comment>site in a sentence</comment>
        <translation>vorne (Kniescheibe)</translation>
    </message>
    <message>
        <source>at the front</source>
        <comment>site in a warning</comment>
        <translation>vorne</translation>
    </message>
    <message>
        <source>front, at the kneecap</source>
        <comment>site in the clinician report</comment>
        <translation>vorne, an der Kniescheibe</translation>
    </message>
    <message>
        <source>kneecap</source>
        <comment>site on the knee drawing</comment>
        <translation>Kniescheibe</translation>
    </message>
    <message>
        <source>Below the kneecap</source>
        <comment>site label</comment>
        <translation>Unter der Kniescheibe</translation>
    </message>
    <message>
        <source>below the kneecap</source>
        <comment>site in a sentence</comment>
        <translation>unter der Kniescheibe</translation>
    </message>
    <message>
        <source>below the kneecap</source>
        <comment>site in a warning</comment>
        <translation>unter der Kniescheibe</translation>
    </message>
    <message>
        <source>just below the kneecap</source>
        <comment>site in the clinician report</comment>
        <translation>knapp unter der Kniescheibe</translation>
    </message>
    <message>
        <source>below</source>
        <comment>site on the knee drawing</comment>
        <translation>unten</translation>
    </message>
    <message>
        <source>Outside</source>
        <comment>site label</comment>
        <translation>Außen</translation>
    </message>
    <message>
        <source>outside</source>
        <comment>site in a sentence</comment>
        <translation>außen</translation>
    </message>
    <message>
        <source>on the outside</source>
        <comment>site in a warning</comment>
        <translation>außen</translation>
    </message>
    <message>
        <source>outer side</source>
        <comment>site in the clinician report</comment>
        <translation>Außenseite</translation>
    </message>
    <message>
        <source>outside</source>
        <comment>site on the knee drawing</comment>
        <translation>außen</translation>
    </message>
    <message>
        <source>Inside</source>
        <comment>site label</comment>
        <translation>Innen</translation>
    </message>
    <message>
        <source>inside</source>
        <comment>site in a sentence</comment>
        <translation>innen</translation>
    </message>
    <message>
        <source>on the inner side</source>
        <comment>site in a warning</comment>
        <translation>innen</translation>
    </message>
    <message>
        <source>inner side</source>
        <comment>site in the clinician report</comment>
        <translation>Innenseite</translation>
    </message>
    <message>
        <source>inside</source>
        <comment>site on the knee drawing</comment>
        <translation>innen</translation>
    </message>
    <message>
        <source>Behind</source>
        <comment>site label</comment>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>behind</source>
        <comment>site in a sentence</comment>
        <translation>hinten</translation>
    </message>
    <message>
        <source>behind the knee</source>
        <comment>site in a warning</comment>
        <translation>hinten</translation>
    </message>
    <message>
        <source>behind the knee</source>
        <comment>site in the clinician report</comment>
        <translation>hinten</translation>
    </message>
    <message>
        <source>behind</source>
        <comment>site on the knee drawing</comment>
        <translation>hinten</translation>
    </message>
    <message>
        <source>Whole knee</source>
        <comment>site label</comment>
        <translation>Ganzes Knie</translation>
    </message>
    <message>
        <source>whole knee</source>
        <comment>site in a sentence</comment>
        <translation>ganzes Knie</translation>
    </message>
    <message>
        <source>over the whole knee</source>
        <comment>site in a warning</comment>
        <translation>ganzes Knie</translation>
    </message>
    <message>
        <source>whole knee, diffuse</source>
        <comment>site in the clinician report</comment>
        <translation>ganzes Knie, diffus</translation>
    </message>
    <message>
        <source>Whole knee (diffuse)</source>
        <comment>site on the knee drawing</comment>
        <translation>Ganzes Knie (diffus)</translation>
    </message>
    <message>
        <source>from the very start</source>
        <comment>onset label</comment>
        <translation>von Anfang an</translation>
    </message>
    <message>
        <source>from the start of the run</source>
        <comment>onset in the report</comment>
        <translation>ab Laufbeginn</translation>
    </message>
    <message>
        <source>earlier in the run</source>
        <comment>onset label</comment>
        <translation>früher im Lauf</translation>
    </message>
    <message>
        <source>during the run</source>
        <comment>onset in the report</comment>
        <translation>während des Laufs</translation>
    </message>
    <message>
        <source>towards the end / on long runs</source>
        <comment>onset label</comment>
        <translation>gegen Ende / bei langen Läufen</translation>
    </message>
    <message>
        <source>late in long or fast runs</source>
        <comment>onset in the report</comment>
        <translation>spät in langen oder schnellen Läufen</translation>
    </message>
    <message>
        <source>only after the run</source>
        <comment>onset label</comment>
        <translation>erst nach dem Lauf</translation>
    </message>
    <message>
        <source>after the run</source>
        <comment>onset in the report</comment>
        <translation>nach dem Lauf</translation>
    </message>
    <message>
        <source>the next day</source>
        <comment>onset label</comment>
        <translation>am nächsten Tag</translation>
    </message>
    <message>
        <source>the next day</source>
        <comment>onset in the report</comment>
        <translation>am nächsten Tag</translation>
    </message>
    <message>
        <source>also at rest</source>
        <comment>onset label</comment>
        <translation>auch in Ruhe</translation>
    </message>
    <message>
        <source>also at rest</source>
        <comment>onset in the report</comment>
        <translation>auch in Ruhe</translation>
    </message>
    <message>
        <source>Strict (kneecap)</source>
        <comment>profile label</comment>
        <translation>Streng (Kniescheibe)</translation>
    </message>
    <message>
        <source>at most 2/10 during, back to your usual within an hour, and no worse the next morning</source>
        <comment>profile ceilings</comment>
        <translation>höchstens 2/10 beim Laufen, binnen einer Stunde zurück beim üblichen Wert und am nächsten Morgen nicht schlechter</translation>
    </message>
    <message>
        <source>Tendon</source>
        <comment>profile label</comment>
        <translation>Sehne</translation>
    </message>
    <message>
        <source>at most 5/10 during and after, and no worse the next morning</source>
        <comment>profile ceilings</comment>
        <translation>höchstens 5/10 beim Laufen und danach und am nächsten Morgen nicht schlechter</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Shoe: %1</source>
        <translation>Schuh: %1</translation>
    </message>
    <message>
        <source>Surface: %1</source>
        <translation>Untergrund: %1</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-Datei</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>guide.html</source>
        <translation>guide_de.html</translation>
    </message>
</context>
<context>
    <name>InputWords</name>
    <message>
        <source>%1 must be from %2 to %3%4, not %5</source>
        <translation>%1 muss zwischen %2 und %3%4 liegen, nicht %5</translation>
    </message>
    <message>
        <source>date must not be after tomorrow (%1), not %2</source>
        <translation>das Datum darf nicht nach morgen (%1) liegen, nicht %2</translation>
    </message>
    <message>
        <source>notes must be at most %1 characters, not %2</source>
        <translation>Notizen dürfen höchstens %1 Zeichen haben, nicht %2</translation>
    </message>
    <message>
        <source>pace must be no faster than 2:00 min/km; %1 km in %2 s is faster</source>
        <translation>das Tempo darf nicht schneller als 2:00 min/km sein; %1 km in %2 s ist schneller</translation>
    </message>
    <message>
        <source>steps per minute</source>
        <translation>Schritte pro Minute</translation>
    </message>
    <message>
        <source>beats per minute</source>
        <translation>Schläge pro Minute</translation>
    </message>
    <message>
        <source>the end must not be after tomorrow (%1), not %2</source>
        <translation>das Ende darf nicht nach morgen (%1) liegen, nicht %2</translation>
    </message>
    <message>
        <source>the pain must end at or after it started (%1)</source>
        <translation>der Schmerz muss bei oder nach seinem Beginn (%1) enden</translation>
    </message>
    <message>
        <source>name must be 1 to 200 characters, not %1</source>
        <translation>der Name muss 1 bis 200 Zeichen haben, nicht %1</translation>
    </message>
    <message>
        <source>limit must be more than 0 and at most 100000 km</source>
        <translation>die Grenze muss mehr als 0 und höchstens 100000 km sein</translation>
    </message>
    <message>
        <source>start km must be from 0 to 100000 km</source>
        <translation>die Anfangs-km müssen zwischen 0 und 100000 km liegen</translation>
    </message>
    <message>
        <source>a pair cannot be retired before it was first used</source>
        <translation>ein Paar kann nicht vor seinem ersten Gebrauch ausgemustert werden</translation>
    </message>
    <message>
        <source>a distance like 10.2, 10.2km, 6.3mi or 800m (no unit = km)</source>
        <translation>keine Strecke wie 10.2, 10.2km, 6.3mi oder 800m (ohne Einheit = km)</translation>
    </message>
    <message>
        <source>a duration like 55:10, 1:02:03, 45m, 1h2m or 3600s</source>
        <translation>keine Dauer wie 55:10, 1:02:03, 45m, 1h2m oder 3600s</translation>
    </message>
    <message>
        <source>a duration like 3h, 36h, 2d, 1d12h or ongoing</source>
        <translation>keine Dauer wie 3h, 36h, 2d, 1d12h oder ongoing</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2</source>
        <translation>&apos;%1&apos; ist %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2026-03-14 (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum wie 2026-03-14 (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time like 07:30 (HH:MM)</source>
        <translation>&apos;%1&apos; ist keine Uhrzeit wie 07:30 (HH:MM)</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1 must be a number of kilometres like 1000 or 250.5, not &apos;%2&apos;</source>
        <translation>%1 muss eine Zahl von Kilometern wie 1000 oder 250.5 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an instant like 2026-03-14, 2026-03-14T07:30 or &quot;2026-03-14 07:30&quot;</source>
        <translation>&apos;%1&apos; ist kein Zeitpunkt wie 2026-03-14, 2026-03-14T07:30 oder &quot;2026-03-14 07:30&quot;</translation>
    </message>
    <message>
        <source>a distance like 10,2 or 10.2, 10,2km, 6,3mi or 800m (no unit = km)</source>
        <translation>keine Strecke wie 10,2 oder 10.2, 10,2km, 6,3mi oder 800m (ohne Einheit = km)</translation>
    </message>
    <message>
        <source>%1 must be a number of kilometres like 1000, 250,5 or 250.5, not &apos;%2&apos;</source>
        <translation>%1 muss eine Zahl von Kilometern wie 1000, 250,5 oder 250.5 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>distance must be more than 0 and at most %1 km, not %2 km</source>
        <translation>die Strecke muss mehr als 0 und höchstens %1 km sein, nicht %2 km</translation>
    </message>
    <message>
        <source>duration must be more than 0 and at most %1 hours, not %2 s</source>
        <translation>die Dauer muss mehr als 0 und höchstens %1 Stunden sein, nicht %2 s</translation>
    </message>
    <message>
        <source>the date is not a valid date</source>
        <translation>das Datum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>the way back must end at or after it started (%1)</source>
        <translation>der Weg zurück muss bei oder nach seinem Beginn enden (%1)</translation>
    </message>
</context>
<context>
    <name>Load</name>
    <message>
        <source>%1
Run that day: %2
Acute (7-day): %3 per day
Chronic (28-day): %4 per day</source>
        <translation>%1
Lauf an diesem Tag: %2
Akut (7 Tage): %3 pro Tag
Chronisch (28 Tage): %4 pro Tag</translation>
    </message>
    <message>
        <source>
Acute to chronic ratio: %1</source>
        <translation>
Verhältnis akut zu chronisch: %1</translation>
    </message>
</context>
<context>
    <name>OptionWords</name>
    <message>
        <source>Stridelog: a training journal for runners</source>
        <translation>Stridelog: ein Trainingstagebuch für Läuferinnen und Läufer</translation>
    </message>
    <message>
        <source>Journal file.</source>
        <translation>Tagebuchdatei.</translation>
    </message>
    <message>
        <source>Evaluate the rules as of this instant.</source>
        <translation>Die Regeln mit diesem Zeitpunkt als Stand auswerten.</translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation>Das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Page for --screenshot: %1.</source>
        <translation>Seite für --screenshot: %1.</translation>
    </message>
    <message>
        <source>Write the report for a clinician and exit.</source>
        <translation>Den Bericht für die Ärztin/den Arzt schreiben und beenden.</translation>
    </message>
    <message>
        <source>First day of the report (YYYY-MM-DD).</source>
        <translation>Erster Tag des Berichts (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Last day of the report (YYYY-MM-DD).</source>
        <translation>Letzter Tag des Berichts (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The run of --page run.</source>
        <translation>Der Lauf für --page run.</translation>
    </message>
    <message>
        <source>The pair of --page shoe.</source>
        <translation>Das Paar für --page shoe.</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export the journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The journal was not exported: %1</source>
        <translation>Das Tagebuch wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Der Bericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Exported the journal to %1.</source>
        <translation>Tagebuch nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report %1 (%n page(s)).</source>
        <translation>
            <numerusform>Bericht %1 gespeichert (%n Seite).</numerusform>
            <numerusform>Bericht %1 gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Der Bericht wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>Den Lauf exportieren</translation>
    </message>
    <message>
        <source>The run was not exported: %1</source>
        <translation>Der Lauf wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported the run to %1.</source>
        <translation>Der Lauf ist nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported the run&apos;s summary to %1 (it has no track).</source>
        <translation>Die Zusammenfassung des Laufs ist nach %1 exportiert (er hat keine Strecke).</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>the period needs a first and a last day (YYYY-MM-DD)</source>
        <translation>der Zeitraum braucht einen ersten und einen letzten Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>the period&apos;s first day %1 is after its last day %2</source>
        <translation>der erste Tag %1 des Zeitraums liegt nach seinem letzten Tag %2</translation>
    </message>
    <message>
        <source>Stridelog — training and knee pain, %1 to %2</source>
        <translation>Stridelog — Training und Knieschmerz, %1 bis %2</translation>
    </message>
    <message>
        <source>Weekly running volume</source>
        <translation>Wöchentlicher Laufumfang</translation>
    </message>
    <message>
        <source>No runs were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Läufe eingetragen.</translation>
    </message>
    <message>
        <source>Stridelog · a training journal kept by the runner, not a medical record</source>
        <translation>Stridelog · ein Trainingstagebuch, selbst geführt, keine medizinische Akte</translation>
    </message>
    <message>
        <source>cannot start painting the report</source>
        <translation>der Bericht kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Week starting; under it, the worst knee pain logged that week (0–10)</source>
        <translation>Wochenbeginn; darunter der stärkste eingetragene Knieschmerz der Woche (0–10)</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Wochenbeginn</translation>
    </message>
    <message>
        <source>km per week</source>
        <translation>km pro Woche</translation>
    </message>
    <message>
        <source>km run</source>
        <translation>gelaufene km</translation>
    </message>
    <message>
        <source>over the week&apos;s limit</source>
        <translation>über der Wochengrenze</translation>
    </message>
    <message>
        <source>the week&apos;s limit (+%1% rule)</source>
        <translation>die Wochengrenze (+%1-%-Regel)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begann</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Came on</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>looks like adaptation pain</source>
        <translation>sieht nach Anpassungsschmerz aus</translation>
    </message>
    <message>
        <source>Where it hurt — location hints, never a diagnosis</source>
        <translation>Wo es wehtat — Ortshinweise, nie eine Diagnose</translation>
    </message>
    <message>
        <source>Knee pain in the period</source>
        <translation>Knieschmerz im Zeitraum</translation>
    </message>
    <message>
        <source>No knee pain was logged in this period.</source>
        <translation>In diesem Zeitraum wurde kein Knieschmerz eingetragen.</translation>
    </message>
    <message>
        <source>Warnings the journal showed at the end of the period</source>
        <translation>Warnungen des Tagebuchs am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>No warnings for this period.</source>
        <translation>Keine Warnungen für diesen Zeitraum.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>What the journal saw</source>
        <translation>Was das Tagebuch sah</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>over</source>
        <translation>über</translation>
    </message>
    <message>
        <source>This is a training journal kept by the runner, not a medical record. Printed %1. Weeks run Monday to Sunday; distances in km.</source>
        <translation>Dies ist ein selbst geführtes Trainingstagebuch, keine medizinische Akte. Gedruckt am %1. Wochen laufen von Montag bis Sonntag; Strecken in km.</translation>
    </message>
    <message>
        <source>%1 runs, %2 in %3 weeks; %4 over the weekly limit.</source>
        <translation>%1 Läufe, %2 in %3 Wochen; %4 über der Wochengrenze.</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>none logged.</source>
        <translation>keiner eingetragen.</translation>
    </message>
    <message>
        <source>%1 entries, worst %2/10, highest stage %3 of 4.</source>
        <translation>%1 Einträge, stärkster %2/10, höchste Stufe %3 von 4.</translation>
    </message>
    <message>
        <source>%1 stop, %2 caution, %3 for information.</source>
        <translation>%1 Stopp, %2 Vorsicht, %3 zur Information.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>Knee pain</source>
        <translation>Knieschmerz</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Limit: the most the week could hold by the journal&apos;s rules (+%1% on the week before, or %2% of the usual volume after a break of two weeks or more). Change: against the week before. Pain: the worst intensity logged that week, 0–10.</source>
        <translation>Grenze: das Höchste, was die Woche nach den Regeln des Tagebuchs enthalten durfte (+%1 % auf die Vorwoche oder %2 % des üblichen Umfangs nach einer Pause von zwei Wochen oder mehr). Änderung: gegenüber der Vorwoche. Schmerz: die stärkste eingetragene Intensität der Woche, 0–10.</translation>
    </message>
    <message>
        <source>Shoes worn in the period</source>
        <translation>Im Zeitraum getragene Schuhe</translation>
    </message>
    <message>
        <source>No pair was recorded for the runs of this period.</source>
        <translation>Für die Läufe dieses Zeitraums wurde kein Paar eingetragen.</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>km in period</source>
        <translation>km im Zeitraum</translation>
    </message>
    <message>
        <source>km in total</source>
        <translation>km insgesamt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ongoing, %1 so far</source>
        <translation>andauernd, bisher %1</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>locking</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>stechend</translation>
    </message>
    <message>
        <source>commonly associated with %1 — discuss with a clinician</source>
        <translation>häufig verbunden mit %1 — mit einer Ärztin oder einem Arzt besprechen</translation>
    </message>
    <message>
        <source>Stage (overuse pain, after Blazina and Nirschl), the higher of when it came on and how long it lasted: 1 late in or after runs, or under %1 h; 2 during runs, or %2–%3 days; 3 from the start of runs, or %3–%4 days; 4 also at rest, or more than %4 days. Durations and stages as of %5.</source>
        <translation>Stufe (Überlastungsschmerz, nach Blazina und Nirschl), die höhere aus Auftreten und Dauer: 1 spät im oder nach dem Lauf oder unter %1 h; 2 während des Laufs oder %2–%3 Tage; 3 ab Laufbeginn oder %3–%4 Tage; 4 auch in Ruhe oder mehr als %4 Tage. Dauern und Stufen mit Stand %5.</translation>
    </message>
</context>
<context>
    <name>RunPreview</name>
    <message>
        <source>Nothing to watch: this run stays within your limits.</source>
        <translation>Nichts zu beachten: Dieser Lauf bleibt innerhalb deiner Grenzen.</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>this week %1 of %2 allowed</source>
        <translation>diese Woche %1 von %2 erlaubt</translation>
    </message>
    <message>
        <source>this week %1, without a limit yet</source>
        <translation>diese Woche %1, noch ohne Grenze</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message>
        <source>Last week: %1; </source>
        <translation>Letzte Woche: %1; </translation>
    </message>
    <message>
        <source>Last %1 weeks: %2; </source>
        <translation>Letzte %1 Wochen: %2; </translation>
    </message>
    <message>
        <source>no week over its limit.</source>
        <translation>keine Woche über ihrer Grenze.</translation>
    </message>
    <message>
        <source>the latest the week of %1, %2% over the week before.</source>
        <translation>zuletzt die Woche vom %1, %2 % über der Vorwoche.</translation>
    </message>
    <message>
        <source>1 week over its limit, %1</source>
        <translation>1 Woche über ihrer Grenze, %1</translation>
    </message>
    <message>
        <source>%1 weeks over their limit, %2</source>
        <translation>%1 Wochen über ihrer Grenze, %2</translation>
    </message>
    <message>
        <source>No training load yet.</source>
        <translation>Noch keine Trainingslast.</translation>
    </message>
    <message>
        <source>Training load on %1: acute %2 a day, chronic %3 a day</source>
        <translation>Trainingslast am %1: akut %2 pro Tag, chronisch %3 pro Tag</translation>
    </message>
    <message>
        <source>; the ratio shows from the 28th day.</source>
        <translation>; das Verhältnis zeigt sich ab dem 28. Tag.</translation>
    </message>
    <message>
        <source>, ratio %1.</source>
        <translation>, Verhältnis %1.</translation>
    </message>
    <message>
        <source>No pair in use.</source>
        <translation>Kein Paar in Gebrauch.</translation>
    </message>
    <message>
        <source>, past its limit</source>
        <translation>, über seiner Grenze</translation>
    </message>
    <message>
        <source>, plan a replacement</source>
        <translation>, Ersatz einplanen</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4%)%5</source>
        <translation>%1 %2 von %3 (%4 %)%5</translation>
    </message>
    <message>
        <source>1 pair in use: %1.</source>
        <translation>1 Paar in Gebrauch: %1.</translation>
    </message>
    <message>
        <source>%1 pairs in use: %2.</source>
        <translation>%1 Paare in Gebrauch: %2.</translation>
    </message>
    <message>
        <source>No knee pain in the last 180 days.</source>
        <translation>Kein Knieschmerz in den letzten 180 Tagen.</translation>
    </message>
    <message>
        <source>the highest at stage %1; the latest on %2 at %3/10.</source>
        <translation>der höchste in Stufe %1; der letzte am %2 mit %3/10.</translation>
    </message>
    <message>
        <source>1 pain entry in the last 180 days, %1</source>
        <translation>1 Schmerzeintrag in den letzten 180 Tagen, %1</translation>
    </message>
    <message>
        <source>%1 pain entries in the last 180 days, %2</source>
        <translation>%1 Schmerzeinträge in den letzten 180 Tagen, %2</translation>
    </message>
    <message>
        <source>No way back started.</source>
        <translation>Kein Weg zurück begonnen.</translation>
    </message>
    <message>
        <source>No sessions yet; the way back stands at level %1 of 6.</source>
        <translation>Noch keine Einheiten; der Weg zurück steht auf Stufe %1 von 6.</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 sessions, now at level %2 of 6; the latest on %3: %4 during, %5 an hour after, %6 the next morning; the limit during is %7/10.</source>
        <translation>%1 Einheiten, jetzt auf Stufe %2 von 6; die letzte am %3: %4 währenddessen, %5 eine Stunde danach, %6 am nächsten Morgen; die Grenze währenddessen ist %7/10.</translation>
    </message>
</context>
<context>
    <name>WarningWords</name>
    <message>
        <source>patellofemoral pain (&quot;runner&apos;s knee&quot;)</source>
        <translation>patellofemoralem Schmerz („Läuferknie“)</translation>
    </message>
    <message>
        <source>starts early in the run; worse on stairs, squats, long sitting</source>
        <translation>beginnt früh im Lauf; schlimmer auf Treppen, bei Kniebeugen, langem Sitzen</translation>
    </message>
    <message>
        <source>patellar tendinopathy (&quot;jumper&apos;s knee&quot;)</source>
        <translation>Patellasehnen-Tendinopathie („Springerknie“)</translation>
    </message>
    <message>
        <source>during the run and the next day; worse accelerating, downhill, stairs down</source>
        <translation>während des Laufs und am nächsten Tag; schlimmer beim Beschleunigen, bergab, Treppe hinunter</translation>
    </message>
    <message>
        <source>iliotibial band syndrome</source>
        <translation>Iliotibialband-Syndrom</translation>
    </message>
    <message>
        <source>towards the end of the run; worse accelerating; stairs down next day</source>
        <translation>gegen Ende des Laufs; schlimmer beim Beschleunigen; Treppe hinunter am nächsten Tag</translation>
    </message>
    <message>
        <source>pes anserine tendinitis or bursitis (&quot;cyclist&apos;s knee&quot;)</source>
        <translation>Pes-anserinus-Tendinitis oder -Bursitis („Radfahrerknie“)</translation>
    </message>
    <message>
        <source>eases after warm-up, returns towards the end; worse next day</source>
        <translation>lässt nach dem Aufwärmen nach, kommt gegen Ende wieder; schlimmer am nächsten Tag</translation>
    </message>
    <message>
        <source>hamstring strain, Baker&apos;s cyst, meniscus</source>
        <translation>Zerrung der hinteren Oberschenkelmuskeln, Baker-Zyste, Meniskus</translation>
    </message>
    <message>
        <source>see a clinician</source>
        <translation>ärztlich abklären lassen</translation>
    </message>
    <message>
        <source>load adaptation, if in both knees and short-lived</source>
        <translation>Anpassung an die Belastung, wenn in beiden Knien und kurz</translation>
    </message>
    <message>
        <source>rest and cool the knee (ice wrapped in cloth, at most about 20 minutes, several times a day)</source>
        <translation>schone und kühle das Knie (Eis in ein Tuch gewickelt, höchstens etwa 20 Minuten, mehrmals am Tag)</translation>
    </message>
    <message>
        <source>raise the leg if it is swollen</source>
        <translation>lagere das Bein hoch, wenn es geschwollen ist</translation>
    </message>
    <message>
        <source>swap running for swimming, cycling or the elliptical while it heals</source>
        <translation>ersetze das Laufen durch Schwimmen, Radfahren oder den Crosstrainer, solange es heilt</translation>
    </message>
    <message>
        <source>warm up 5–10 minutes before each run</source>
        <translation>wärm dich vor jedem Lauf 5–10 Minuten auf</translation>
    </message>
    <message>
        <source>choose flat, soft surfaces over asphalt and rough or downhill trails</source>
        <translation>wähle flache, weiche Untergründe statt Asphalt und unebener oder abschüssiger Wege</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>The week of %1</source>
        <translation>Die Woche vom %1</translation>
    </message>
    <message>
        <source>large</source>
        <translation>großer</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittlerer</translation>
    </message>
    <message>
        <source>small</source>
        <translation>kleiner</translation>
    </message>
    <message>
        <source>the %1 of the week before the missed week</source>
        <translation>die %1 der Woche vor der ausgelassenen Woche</translation>
    </message>
    <message>
        <source>the previous week&apos;s %1</source>
        <translation>die %1 der Vorwoche</translation>
    </message>
    <message>
        <source>%1: %2, %3 over %4; the limit is %5.</source>
        <translation>%1: %2, %3 mehr als %4; die Grenze liegt bei %5.</translation>
    </message>
    <message>
        <source>Hold your volume at or under the limit and raise it by no more than %1% a week; %2, and %3.</source>
        <translation>Halte deinen Umfang bei oder unter der Grenze und steigere ihn um nicht mehr als %1 % pro Woche; %2 und %3.</translation>
    </message>
    <message>
        <source>after %1 empty weeks</source>
        <translation>nach %1 leeren Wochen</translation>
    </message>
    <message>
        <source>after a break for knee pain</source>
        <translation>nach einer Pause wegen Knieschmerzen</translation>
    </message>
    <message>
        <source>%1: %2 %3; a comeback week should stay within %4% of your normal %5 a week, %6.</source>
        <translation>%1: %2 %3; eine Wiedereinstiegswoche sollte innerhalb von %4 % deiner normalen %5 pro Woche bleiben, also höchstens %6.</translation>
    </message>
    <message>
        <source>Start again at about %1% of your normal volume and build up gradually; leave out accelerations and hills at first, and %2.</source>
        <translation>Fang mit etwa %1 % deines normalen Umfangs wieder an und steigere allmählich; lass Beschleunigungen und Hügel zunächst weg und %2.</translation>
    </message>
    <message>
        <source>%1 has %2, %3 of its %4 limit.</source>
        <translation>%1 hat %2, %3 seiner Grenze von %4.</translation>
    </message>
    <message>
        <source>Plan a replacement pair; check the sole and heel for wear and lost cushioning, and change the pair once it loses its shape.</source>
        <translation>Plane ein Ersatzpaar ein; prüfe Sohle und Ferse auf Abnutzung und nachlassende Dämpfung und wechsle das Paar, sobald es seine Form verliert.</translation>
    </message>
    <message>
        <source>Replace the pair: worn shoes that no longer fit or support your foot are a common source of knee trouble.</source>
        <translation>Ersetze das Paar: Abgenutzte Schuhe, die nicht mehr passen oder den Fuß nicht mehr stützen, sind eine häufige Quelle von Knieproblemen.</translation>
    </message>
    <message>
        <source>All %1 runs of the last 8 weeks were in %2.</source>
        <translation>Alle %1 Läufe der letzten 8 Wochen waren in %2.</translation>
    </message>
    <message>
        <source>Consider alternating two or more pairs.</source>
        <translation>Überlege, zwei oder mehr Paare abzuwechseln.</translation>
    </message>
    <message>
        <source>The %1 run on %2 was %3 longer than your longest run of the 30 days before it (%4): a %5 spike.</source>
        <translation>Der Lauf über %1 am %2 war %3 länger als dein längster Lauf der 30 Tage davor (%4): ein %5 Sprung.</translation>
    </message>
    <message>
        <source>Lengthen your longest run in small steps rather than one jump; %1, and %2.</source>
        <translation>Verlängere deinen längsten Lauf in kleinen Schritten statt mit einem Sprung; %1 und %2.</translation>
    </message>
    <message>
        <source>Frandsen et al., BJSM 2025 (5,205 runners): a run more than 10% longer than the longest of the 30 days before raised the injury hazard, about 1.6× for 10–30%, 1.5× for 30–100% and 2.3× above 100%.</source>
        <translation>Frandsen et al., BJSM 2025 (5.205 Läuferinnen und Läufer): Ein Lauf, der mehr als 10 % länger war als der längste der 30 Tage davor, erhöhte das Verletzungsrisiko, etwa 1,6× bei 10–30 %, 1,5× bei 30–100 % und 2,3× über 100 %.</translation>
    </message>
    <message>
        <source>Keep training but watch it: drop accelerations and your longest runs until it stays away, and %1.</source>
        <translation>Trainiere weiter, aber beobachte es: Lass Beschleunigungen und deine längsten Läufe weg, bis es wegbleibt, und %1.</translation>
    </message>
    <message>
        <source>Cut your volume and intensity, leave out hills, and %1.</source>
        <translation>Senke Umfang und Intensität, lass Hügel weg und %1.</translation>
    </message>
    <message>
        <source>Stop running until you have been pain-free for 1–2 days; %1; %2, and %3.</source>
        <translation>Pausiere mit dem Laufen, bis du 1–2 Tage schmerzfrei warst; %1; %2 und %3.</translation>
    </message>
    <message>
        <source>Stop running and see a doctor; until then %1, and %2.</source>
        <translation>Hör mit dem Laufen auf und geh zum Arzt; bis dahin %1 und %2.</translation>
    </message>
    <message>
        <source>Pain in %1 (%2/10) from %3 has lasted %4: stage %5 of 4.</source>
        <translation>Schmerz (%1, %2/10) vom %3 hält seit %4 an: Stufe %5 von 4.</translation>
    </message>
    <message>
        <source>Diffuse pain in both knees from %1, %2 so far, looks like adaptation pain.</source>
        <translation>Diffuser Schmerz in beiden Knien vom %1, bisher %2, sieht nach Anpassungsschmerz aus.</translation>
    </message>
    <message>
        <source>This pain is tolerable while your joints adapt; it should be gone within 24–48 h. If it lasts longer, or swells, locks or turns sharp, treat it as overuse pain.</source>
        <translation>Dieser Schmerz ist erträglich, während sich deine Gelenke anpassen; er sollte innerhalb von 24–48 h weg sein. Hält er länger an, schwillt das Knie, blockiert es oder wird der Schmerz stechend, behandle ihn als Überlastungsschmerz.</translation>
    </message>
    <message>
        <source>Pain at one point of %1 (%2/10) from %3: commonly associated with %4 — discuss with a clinician.</source>
        <translation>Schmerz an einer Stelle (%1, %2/10) vom %3: häufig verbunden mit %4 — besprich das mit einer Ärztin oder einem Arzt.</translation>
    </message>
    <message>
        <source>One-sided pain at a point should not be run through: %1, and %2.</source>
        <translation>Einseitigen Schmerz an einer Stelle solltest du nicht weglaufen: %1 und %2.</translation>
    </message>
    <message>
        <source>swelling or locking for 3 days or more</source>
        <translation>Schwellung oder Blockieren seit 3 Tagen oder länger</translation>
    </message>
    <message>
        <source>pain for 2 weeks or more</source>
        <translation>Schmerz seit 2 Wochen oder länger</translation>
    </message>
    <message>
        <source>sharp pain inside the knee or along the joint line</source>
        <translation>stechender Schmerz im Knie oder entlang des Gelenkspalts</translation>
    </message>
    <message>
        <source>stage 4 pain that does not go away</source>
        <translation>Schmerz der Stufe 4, der nicht weggeht</translation>
    </message>
    <message>
        <source>pain behind the knee</source>
        <translation>Schmerz hinten am Knie</translation>
    </message>
    <message>
        <source>Stop running and have the knee examined by a doctor; until then %1, and %2.</source>
        <translation>Hör mit dem Laufen auf und lass das Knie ärztlich untersuchen; bis dahin %1 und %2.</translation>
    </message>
    <message>
        <source>Have the knee examined by a doctor: nagging pain behind the knee has many possible causes that are hard to tell apart yourself.</source>
        <translation>Lass das Knie ärztlich untersuchen: Anhaltender Schmerz hinten am Knie hat viele mögliche Ursachen, die man selbst kaum unterscheiden kann.</translation>
    </message>
    <message>
        <source>Pain in %1 from %2 is a reason to see a doctor: %3.</source>
        <translation>Schmerz (%1) vom %2 ist ein Grund, zum Arzt zu gehen: %3.</translation>
    </message>
    <message>
        <source>Pain followed %1 of your last %2 runs and grew from %3/10 to %4/10.</source>
        <translation>Schmerz folgte %1 deiner letzten %2 Läufe und stieg von %3/10 auf %4/10.</translation>
    </message>
    <message>
        <source>See a doctor: pain after almost every run that slowly but steadily grows is typical of inflammation. Meanwhile cut back, and %1.</source>
        <translation>Geh zum Arzt: Schmerz nach fast jedem Lauf, der langsam, aber stetig zunimmt, ist typisch für eine Entzündung. Fahr bis dahin zurück und %1.</translation>
    </message>
    <message>
        <source>Pain in %1 on %2 was %3/10, above 5/10.</source>
        <translation>Schmerz (%1) am %2 lag bei %3/10, über 5/10.</translation>
    </message>
    <message>
        <source>The load was too high: reduce it until pain stays at or below 5/10 and settles by the next morning; meanwhile %1.</source>
        <translation>Die Belastung war zu hoch: Verringere sie, bis der Schmerz bei höchstens 5/10 bleibt und bis zum nächsten Morgen abklingt; bis dahin %1.</translation>
    </message>
    <message>
        <source>Pain followed %1 of %2 %3 (%4) and %5 of %6 other runs (%7) in the last 180 days.</source>
        <translation>Schmerz folgte in den letzten 180 Tagen %1 von %2 %3 (%4) und %5 von %6 anderen Läufen (%7).</translation>
    </message>
    <message>
        <source>Try doing less of it for a few weeks and see whether the pain follows; %1, and keep your shoes in good shape.</source>
        <translation>Mach davon ein paar Wochen weniger und schau, ob der Schmerz trotzdem folgt; %1 und halte deine Schuhe in gutem Zustand.</translation>
    </message>
    <message>
        <source>hilly runs</source>
        <translation>hügeligen Läufen</translation>
    </message>
    <message>
        <source>runs not marked hilly</source>
        <translation>nicht als hügelig markierten Läufen</translation>
    </message>
    <message>
        <source>runs in %1</source>
        <translation>Läufen in %1</translation>
    </message>
    <message>
        <source>Your median cadence over %1 runs of the last 28 days is %2 steps per minute, below %3.</source>
        <translation>Deine mittlere Schrittfrequenz (Median) über %1 Läufe der letzten 28 Tage liegt bei %2 Schritten pro Minute, unter %3.</translation>
    </message>
    <message>
        <source>Raise your step rate by 5–10%, to %1–%2 steps per minute, over the coming weeks: shorter, quicker steps keep your feet from landing ahead of you.</source>
        <translation>Erhöhe deine Schrittfrequenz in den kommenden Wochen um 5–10 %, auf %1–%2 Schritte pro Minute: Kürzere, schnellere Schritte verhindern, dass deine Füße weit vor dir aufsetzen.</translation>
    </message>
    <message>
        <source>Your recent load (%1 %4 a day) is %2 times your longer-term load (%3 %4 a day).</source>
        <translation>Deine jüngste Belastung (%1 %4 pro Tag) ist %2-mal so hoch wie deine längerfristige (%3 %4 pro Tag).</translation>
    </message>
    <message>
        <source>Let the coming days be easier rather than adding more; build up gradually.</source>
        <translation>Lass die kommenden Tage leichter werden, statt mehr draufzulegen; steigere allmählich.</translation>
    </message>
    <message>
        <source>Your body weight of %1 kg is above 90 kg, one of the risk zones for knee trouble in runners.</source>
        <translation>Dein Körpergewicht von %1 kg liegt über 90 kg, einem der Risikobereiche für Knieprobleme beim Laufen.</translation>
    </message>
    <message>
        <source>Progress more gradually than the limits allow; %1, and %2.</source>
        <translation>Steigere behutsamer, als die Grenzen erlauben; %1 und %2.</translation>
    </message>
    <message>
        <source>After a stage 1 knee pain, drop accelerations and your longest runs until it stays away.</source>
        <translation>Nach einem Knieschmerz der Stufe 1: Lass Beschleunigungen und deine längsten Läufe weg, bis er wegbleibt.</translation>
    </message>
    <message>
        <source>After a stage 2 knee pain, cut your volume and intensity and leave out hills.</source>
        <translation>Nach einem Knieschmerz der Stufe 2: Senke Umfang und Intensität und lass Hügel weg.</translation>
    </message>
    <message>
        <source>No running today after a stage 3 knee pain: stop running until you have been pain-free for 1–2 days; swim, cycle or use the elliptical instead.</source>
        <translation>Heute kein Laufen nach einem Knieschmerz der Stufe 3: Pausiere, bis du 1–2 Tage schmerzfrei warst; schwimm, fahr Rad oder nimm stattdessen den Crosstrainer.</translation>
    </message>
    <message>
        <source>No running today after a stage 4 knee pain: stop running and see a doctor.</source>
        <translation>Heute kein Laufen nach einem Knieschmerz der Stufe 4: Hör mit dem Laufen auf und geh zum Arzt.</translation>
    </message>
    <message>
        <source>This week has no limit yet: build up gradually.</source>
        <translation>Diese Woche hat noch keine Grenze: Steigere allmählich.</translation>
    </message>
    <message>
        <source>This week&apos;s limit is reached: rest or cross-train until the week is over.</source>
        <translation>Die Grenze dieser Woche ist erreicht: Ruh dich aus oder trainiere bis zum Wochenende anders.</translation>
    </message>
    <message>
        <source>Up to %1 left this week.</source>
        <translation>Diese Woche noch bis zu %1.</translation>
    </message>
    <message>
        <source>A run of up to %1 is not a spike.</source>
        <translation>Ein Lauf bis %1 ist kein Sprung.</translation>
    </message>
    <message>
        <source>Wear %1, the pair with the most of its limit left.</source>
        <translation>Trag %1, das Paar mit dem meisten Rest bis zu seiner Grenze.</translation>
    </message>
    <message>
        <source>the running-injury article &quot;Knee pain after running: causes, prevention&quot;</source>
        <translation>der Artikel über Laufverletzungen „Knee pain after running: causes, prevention“</translation>
    </message>
    <message>
        <source>the runners&apos; article &quot;My knees hurt after running. What is the reason and what to do?&quot;</source>
        <translation>der Läuferartikel „My knees hurt after running. What is the reason and what to do?“</translation>
    </message>
    <message>
        <source>the article &quot;Why does the knee hurt after running&quot;</source>
        <translation>der Artikel „Why does the knee hurt after running“</translation>
    </message>
    <message>
        <source>the orthopaedic clinic article &quot;Knee Pain After Running&quot; (an orthopaedic surgeon&apos;s advice, 2021)</source>
        <translation>der Artikel der orthopädischen Klinik „Knee Pain After Running“ (Rat eines Orthopäden, 2021)</translation>
    </message>
    <message>
        <source>the article &quot;Knees Hurt After Running&quot;</source>
        <translation>der Artikel „Knees Hurt After Running“</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: &quot;Increase your running volume gradually, each week by no more than 10% compared to the previous one&quot;. Evidence note: the one randomised trial of the 10% rule (Buist 2008, American Journal of Sports Medicine) found no protective effect; bigger jumps (more than 30% over two weeks) were linked to knee-type overuse injuries in novices (Nielsen 2014, Journal of Orthopaedic &amp; Sports Physical Therapy).</source>
        <translation>%1: „Steigere deinen Laufumfang allmählich, jede Woche um nicht mehr als 10 % gegenüber der vorherigen“. Zur Beweislage: Die einzige randomisierte Studie zur 10-%-Regel (Buist 2008, American Journal of Sports Medicine) fand keine schützende Wirkung; größere Sprünge (mehr als 30 % in zwei Wochen) hingen bei Anfängern mit Überlastungsverletzungen des Knies zusammen (Nielsen 2014, Journal of Orthopaedic &amp; Sports Physical Therapy).</translation>
    </message>
    <message>
        <source>%1: &quot;sneakers need to be changed after 1000 kilometers. However, be critical of these characteristics&quot;. Evidence note: no study ties a mileage to injury; shoes lose cushioning mostly early on; the limit is about wear and comfort, so you set it per pair.</source>
        <translation>%1: „Laufschuhe sollten nach 1000 Kilometern gewechselt werden. Sei aber kritisch gegenüber diesen Angaben“. Zur Beweislage: Keine Studie verbindet eine Laufleistung mit Verletzungen; Schuhe verlieren Dämpfung vor allem am Anfang; die Grenze betrifft Verschleiß und Komfort, daher setzt du sie je Paar.</translation>
    </message>
    <message>
        <source>%1: the four stages of overuse pain, from pain only on long runs or when accelerating to pain that does not go away; they match the published Blazina and Nirschl overuse pain scales.</source>
        <translation>%1: die vier Stufen des Überlastungsschmerzes, von Schmerz nur bei langen Läufen oder beim Beschleunigen bis zu Schmerz, der nicht weggeht; sie entsprechen den veröffentlichten Überlastungsskalen von Blazina und Nirschl.</translation>
    </message>
    <message>
        <source>%1: &quot;Should I tolerate knee pain?&quot; (adaptation pain versus pain at one point of one knee).</source>
        <translation>%1: „Sollte ich Knieschmerzen aushalten?“ (Anpassungsschmerz gegenüber Schmerz an einer Stelle eines Knies).</translation>
    </message>
    <message>
        <source>%1: &quot;You should start running at about 30% of your normal volume&quot; after a break.</source>
        <translation>%1: Nach einer Pause „solltest du mit etwa 30 % deines normalen Umfangs wieder anfangen“.</translation>
    </message>
    <message>
        <source>Malisoux 2015, Scandinavian Journal of Medicine &amp; Science in Sports: runners who alternated pairs had about 39% fewer injuries.</source>
        <translation>Malisoux 2015, Scandinavian Journal of Medicine &amp; Science in Sports: Wer Paare abwechselte, hatte etwa 39 % weniger Verletzungen.</translation>
    </message>
    <message>
        <source>%1: swelling or locking that persists after three days of rest, pain that persists after two weeks, and sharp pain inside the knee or along the joint lines are signs of a more serious injury; %2: nagging pain behind the knee is a reason to consult a doctor.</source>
        <translation>%1: Schwellung oder Blockieren, das nach drei Tagen Ruhe anhält, Schmerz, der nach zwei Wochen anhält, und stechender Schmerz im Knie oder entlang der Gelenkspalten sind Zeichen einer ernsteren Verletzung; %2: Anhaltender Schmerz hinten am Knie ist ein Grund, ärztlichen Rat einzuholen.</translation>
    </message>
    <message>
        <source>%1: be wary &quot;if pain in the knee joint occurs after almost every run, and their severity slowly but steadily increases&quot;.</source>
        <translation>%1: Vorsicht, „wenn Schmerzen im Kniegelenk nach fast jedem Lauf auftreten und ihre Stärke langsam, aber stetig zunimmt“.</translation>
    </message>
    <message>
        <source>Pain-monitoring model (Silbernagel 2007, American Journal of Sports Medicine; Thomeé 1997 for patellofemoral pain): pain up to 5/10 that settles by the next morning is acceptable.</source>
        <translation>Schmerz-Monitoring-Modell (Silbernagel 2007, American Journal of Sports Medicine; Thomeé 1997 für patellofemorale Schmerzen): Schmerz bis 5/10, der bis zum nächsten Morgen abklingt, ist annehmbar.</translation>
    </message>
    <message>
        <source>What the knee-pain articles say of surface, terrain and shoes (%1). A pattern in your own journal, not proof of a cause.</source>
        <translation>Was die Artikel über Knieschmerzen zu Untergrund, Gelände und Schuhen sagen (%1). Ein Muster in deinem eigenen Tagebuch, kein Beweis für eine Ursache.</translation>
    </message>
    <message>
        <source>%1: below 160 steps per minute, increase it by 5 to 10 percent. Evidence note: +5–10% over one&apos;s own step rate lowers knee load (Heiderscheit 2011, Medicine &amp; Science in Sports &amp; Exercise; Lenhart 2014, same journal); evidence for pain relief is limited.</source>
        <translation>%1: Unter 160 Schritten pro Minute um 5 bis 10 Prozent steigern. Zur Beweislage: 5–10 % über der eigenen Schrittfrequenz senkt die Kniebelastung (Heiderscheit 2011, Medicine &amp; Science in Sports &amp; Exercise; Lenhart 2014, dieselbe Zeitschrift); Belege für weniger Schmerz sind begrenzt.</translation>
    </message>
    <message>
        <source>Acute:chronic workload ratio (Williams et al., BJSM 2017; Gabbett 2016, BJSM). Evidence note: a team-sport measure; in runners it has not predicted injury (Frandsen 2025), so it is shown for information only.</source>
        <translation>Verhältnis akuter zu chronischer Belastung (Williams et al., BJSM 2017; Gabbett 2016, BJSM). Zur Beweislage: ein Maß aus dem Mannschaftssport; bei Läufern hat es keine Verletzungen vorhergesagt (Frandsen 2025), daher nur zur Information.</translation>
    </message>
    <message>
        <source>%1, &quot;Risk zones&quot;: people with high weight, more than 90 kilograms.</source>
        <translation>%1, „Risikozonen“: Menschen mit hohem Gewicht, mehr als 90 Kilogramm.</translation>
    </message>
    <message>
        <source>Info</source>
        <comment>severity label</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>Caution</source>
        <comment>severity label</comment>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>severity label</comment>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>shoe status label</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>fine</source>
        <comment>shoe status advice</comment>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>shoe status in the clinician report</comment>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>Replace soon</source>
        <comment>shoe status label</comment>
        <translation>Bald ersetzen</translation>
    </message>
    <message>
        <source>plan a replacement</source>
        <comment>shoe status advice</comment>
        <translation>Ersatz einplanen</translation>
    </message>
    <message>
        <source>replace soon</source>
        <comment>shoe status in the clinician report</comment>
        <translation>bald ersetzen</translation>
    </message>
    <message>
        <source>Replace</source>
        <comment>shoe status label</comment>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>past its limit: replace the pair</source>
        <comment>shoe status advice</comment>
        <translation>über seiner Grenze: Paar ersetzen</translation>
    </message>
    <message>
        <source>due for replacement</source>
        <comment>shoe status in the clinician report</comment>
        <translation>zu ersetzen</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>shoe status label</comment>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>shoe status in the clinician report</comment>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>%1; warm up 10–15 minutes first.</source>
        <translation>%1; vorher 10–15 Minuten aufwärmen.</translation>
    </message>
    <message>
        <source>Rest today; next, on %1: %2.</source>
        <translation>Heute Pause; als Nächstes am %1: %2.</translation>
    </message>
    <message>
        <source>Rate this morning&apos;s knee first; then: %1.</source>
        <translation>Bewerte zuerst das Knie heute Morgen; dann: %1.</translation>
    </message>
    <message>
        <source>See a clinician before running again: the way back is paused.</source>
        <translation>Lass dich ärztlich untersuchen, bevor du wieder läufst: der Weg zurück ist angehalten.</translation>
    </message>
    <message>
        <source>a pain of %1 reached stage 3 or more</source>
        <translation>ein Schmerz vom %1 erreichte Stufe 3 oder mehr</translation>
    </message>
    <message>
        <source>a pain of %1 is a reason to see a doctor</source>
        <translation>ein Schmerz vom %1 ist ein Grund für einen Arztbesuch</translation>
    </message>
    <message>
        <source>a third session over the limits within 14 days</source>
        <translation>eine dritte Einheit über den Grenzen binnen 14 Tagen</translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation>Noch nicht: %1.</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>somewhat easy</source>
        <translation>eher leicht</translation>
    </message>
    <message>
        <source>somewhat hard</source>
        <translation>etwas anstrengend</translation>
    </message>
    <message>
        <source>Pain-monitoring model (Silbernagel et al. 2007, American Journal of Sports Medicine; Thomeé 1997, Physical Therapy, for kneecap pain); levels from the standard return-to-run programme of a randomised trial protocol for overuse knee injuries (Trials 2023); ceilings for kneecap pain from La Trobe University&apos;s patellofemoral pain education and Esculier et al. 2018, British Journal of Sports Medicine.</source>
        <translation>Schmerz-Monitoring-Modell (Silbernagel et al. 2007, American Journal of Sports Medicine; Thomeé 1997, Physical Therapy, für Kniescheibenschmerz); Stufen aus dem üblichen Wiedereinstiegsprogramm eines randomisierten Studienprotokolls zu Überlastungsverletzungen des Knies (Trials 2023); Grenzen bei Kniescheibenschmerz aus der Patientenschulung der La Trobe University zum patellofemoralen Schmerz und Esculier et al. 2018, British Journal of Sports Medicine.</translation>
    </message>
    <message>
        <source>%1/10 during, the limit is %2/10</source>
        <translation>%1/10 beim Laufen, die Grenze ist %2/10</translation>
    </message>
    <message>
        <source>%1/10 an hour after, the limit is %2/10</source>
        <translation>%1/10 eine Stunde danach, die Grenze ist %2/10</translation>
    </message>
    <message>
        <source>%1/10 this morning, your usual is %2/10</source>
        <translation>%1/10 heute Morgen, dein üblicher Wert ist %2/10</translation>
    </message>
    <message>
        <source>swelling the next morning</source>
        <translation>Schwellung am nächsten Morgen</translation>
    </message>
    <message>
        <source>a limp the next morning</source>
        <translation>Hinken am nächsten Morgen</translation>
    </message>
    <message>
        <source>a pain entry of %1/10 after the run, the limit is %2/10</source>
        <translation>ein Schmerzeintrag von %1/10 nach dem Lauf, die Grenze ist %2/10</translation>
    </message>
    <message>
        <source>less than 90% of the level&apos;s distance</source>
        <translation>weniger als 90 % der Strecke der Stufe</translation>
    </message>
    <message>
        <source>before its day (%1)</source>
        <translation>vor ihrem Tag (%1)</translation>
    </message>
    <message>
        <source>not rated: the ratings during, after or the next morning are missing</source>
        <translation>nicht bewertet: die Werte beim Laufen, danach oder am nächsten Morgen fehlen</translation>
    </message>
    <message>
        <source>Level %1 of 6: run all of it, for %2, %3, on flat ground</source>
        <translation>Stufe %1 von 6: alles laufen, %2, %3, auf flachem Boden</translation>
    </message>
    <message>
        <source>Level %1 of 6: walk %2 min, run %3 min, for %4, %5, on flat ground</source>
        <translation>Stufe %1 von 6: %2 min gehen, %3 min laufen, %4, %5, auf flachem Boden</translation>
    </message>
    <message>
        <source>a pain of stage 3 or more is still there or ended less than 48 h ago: wait until the knee has been pain-free for 2 days</source>
        <translation>ein Schmerz der Stufe 3 oder mehr besteht noch oder endete vor weniger als 48 h: warte, bis das Knie 2 Tage schmerzfrei war</translation>
    </message>
    <message>
        <source>a reason to see a doctor holds: start once a clinician has cleared you to run (--cleared)</source>
        <translation>ein Grund für einen Arztbesuch besteht: beginne, sobald eine Ärztin oder ein Arzt das Laufen freigegeben hat (--cleared)</translation>
    </message>
    <message>
        <source>first walk briskly for 30 minutes; start once that was free of pain and limp (--walk-ok)</source>
        <translation>geh zuerst 30 Minuten zügig; beginne, sobald das ohne Schmerz und Hinken ging (--walk-ok)</translation>
    </message>
    <message>
        <source>a way back is already under way: stop it first</source>
        <translation>ein Weg zurück läuft bereits: beende ihn zuerst</translation>
    </message>
    <message>
        <source>The way back can start at level 1.</source>
        <translation>Der Weg zurück kann auf Stufe 1 beginnen.</translation>
    </message>
    <message>
        <source>The pain of %1 has been gone for at least 2 days: the way back can start.</source>
        <translation>Der Schmerz vom %1 ist seit mindestens 2 Tagen weg: der Weg zurück kann beginnen.</translation>
    </message>
    <message>
        <source>Start the way back at level 1 once a brisk 30-minute walk is free of pain and limp; warm up 10–15 minutes first and keep to flat ground.</source>
        <translation>Beginne den Weg zurück auf Stufe 1, sobald 30 Minuten zügiges Gehen ohne Schmerz und Hinken gehen; wärm dich vorher 10–15 Minuten auf und bleib auf flachem Boden.</translation>
    </message>
    <message>
        <source>Back to level %1: the session of %2 went over the limits (%3).</source>
        <translation>Zurück auf Stufe %1: die Einheit vom %2 ging über die Grenzen (%3).</translation>
    </message>
    <message>
        <source>Rest two days before the next session; cool the knee and keep to flat ground.</source>
        <translation>Mach zwei Tage Pause vor der nächsten Einheit; kühl das Knie und bleib auf flachem Boden.</translation>
    </message>
    <message>
        <source>The session of %1 came before its day (%2).</source>
        <translation>Die Einheit vom %1 kam vor ihrem Tag (%2).</translation>
    </message>
    <message>
        <source>Keep a rest day between sessions (two after a step back): the knee needs them to adapt. A session too soon never counts towards going up.</source>
        <translation>Halte einen Ruhetag zwischen den Einheiten (zwei nach einem Schritt zurück): das Knie braucht sie, um sich anzupassen. Eine zu frühe Einheit zählt nie für den Aufstieg.</translation>
    </message>
    <message>
        <source>Rate this morning&apos;s knee: the session of %1 is decided by it.</source>
        <translation>Bewerte das Knie heute Morgen: davon hängt die Einheit vom %1 ab.</translation>
    </message>
    <message>
        <source>Give the pain on getting up (0–10), and whether the knee is swollen or you limp.</source>
        <translation>Gib den Schmerz beim Aufstehen an (0–10) und ob das Knie geschwollen ist oder du hinkst.</translation>
    </message>
    <message>
        <source>The way back is paused: %1.</source>
        <translation>Der Weg zurück ist angehalten: %1.</translation>
    </message>
    <message>
        <source>Stop running and see a clinician; start again at level 1 once they have cleared you.</source>
        <translation>Hör auf zu laufen und lass dich ärztlich untersuchen; beginne wieder auf Stufe 1, sobald du freigegeben bist.</translation>
    </message>
    <message>
        <source>This week %1/10 in the mornings, the week before %2/10: the load is more than the knee can take; hold or reduce it.</source>
        <translation>Diese Woche morgens %1/10, die Woche davor %2/10: die Belastung ist mehr, als das Knie verträgt; halte oder verringere sie.</translation>
    </message>
    <message>
        <source>Hold or reduce the load until the morning pain is back where it was.</source>
        <translation>Halte oder verringere die Belastung, bis der Morgenschmerz wieder dort ist, wo er war.</translation>
    </message>
    <message>
        <source>Pain-monitoring model (Silbernagel et al. 2007, American Journal of Sports Medicine): pain must not grow from week to week.</source>
        <translation>Schmerz-Monitoring-Modell (Silbernagel et al. 2007, American Journal of Sports Medicine): der Schmerz darf nicht von Woche zu Woche zunehmen.</translation>
    </message>
    <message>
        <source>during the run of %1</source>
        <translation>beim Lauf vom %1</translation>
    </message>
    <message>
        <source>an hour after the run of %1</source>
        <translation>eine Stunde nach dem Lauf vom %1</translation>
    </message>
    <message>
        <source>The knee hurt %1/10 %2, above 5/10.</source>
        <translation>Das Knie schmerzte %1/10 %2, über 5/10.</translation>
    </message>
    <message>
        <source>The load was too high: reduce it until pain stays at or below 5/10 and settles by the next morning.</source>
        <translation>Die Belastung war zu hoch: verringere sie, bis der Schmerz bei höchstens 5/10 bleibt und bis zum nächsten Morgen abklingt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>stridelog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>stridelog::gui</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1
%2 of its %3 in %n run(s): %4</source>
        <translation>%1
%2 von %3 (Läufe: %n): %4</translation>
    </message>
    <message>
        <source>%1 has %2 of its %3, past its limit: replace the pair.</source>
        <translation>%1 hat %2 von %3, über seiner Grenze: Ersetze das Paar.</translation>
    </message>
    <message>
        <source>%1 has %2 of its %3: plan a replacement.</source>
        <translation>%1 hat %2 von %3: Plane Ersatz ein.</translation>
    </message>
    <message>
        <source>Show the week of %1</source>
        <translation>Woche vom %1 zeigen</translation>
    </message>
    <message>
        <source>Show the run</source>
        <translation>Lauf zeigen</translation>
    </message>
    <message>
        <source>Show the pair</source>
        <translation>Paar zeigen</translation>
    </message>
    <message>
        <source>Show the pain entry</source>
        <translation>Schmerzeintrag zeigen</translation>
    </message>
    <message>
        <source>%1: %2 %3 Source: %4</source>
        <translation>%1: %2 %3 Quelle: %4</translation>
    </message>
    <message>
        <source>No warnings as of %1.</source>
        <translation>Keine Warnungen, Stand %1.</translation>
    </message>
    <message>
        <source>weekly increase, +%1%</source>
        <translation>Wochensteigerung, +%1 %</translation>
    </message>
    <message>
        <source>comeback week, %1% of your usual volume</source>
        <translation>Wiedereinstiegswoche, %1 % deines üblichen Umfangs</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>%1 in %n run(s)</source>
        <translation>%1 (Läufe: %n)</translation>
    </message>
    <message>
        <source>%1%2% on the week before (%3)</source>
        <translation>%1%2 % gegenüber der Vorwoche (%3)</translation>
    </message>
    <message>
        <source>Limit %1 (%2)</source>
        <translation>Grenze %1 (%2)</translation>
    </message>
    <message>
        <source>Over the limit by %1</source>
        <translation>Über der Grenze um %1</translation>
    </message>
    <message>
        <source>No limit this week</source>
        <translation>Diese Woche keine Grenze</translation>
    </message>
    <message>
        <source>Left this week: %1</source>
        <translation>Diese Woche noch: %1</translation>
    </message>
    <message>
        <source>Worst knee pain: %1/10 (stage %2)</source>
        <translation>Stärkster Knieschmerz: %1/10 (Stufe %2)</translation>
    </message>
    <message>
        <source>Load: acute %1, chronic %2 per day</source>
        <translation>Belastung: akut %1, chronisch %2 pro Tag</translation>
    </message>
    <message>
        <source>%1 in %2, %3 %4</source>
        <translation>%1 in %2, %3 %4</translation>
    </message>
    <message>
        <source>no pair logged</source>
        <translation>kein Paar eingetragen</translation>
    </message>
    <message>
        <source>Pair: %1</source>
        <translation>Paar: %1</translation>
    </message>
    <message>
        <source>surface not logged</source>
        <translation>Untergrund nicht eingetragen</translation>
    </message>
    <message>
        <source>, hilly</source>
        <translation>, hügelig</translation>
    </message>
    <message>
        <source>Surface: %1</source>
        <translation>Untergrund: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>average heart rate %1</source>
        <translation>Durchschnittspuls %1</translation>
    </message>
    <message>
        <source>cadence %1 steps/min</source>
        <translation>Schrittfrequenz %1 Schritte/min</translation>
    </message>
    <message>
        <source>effort %1/10</source>
        <translation>Anstrengung %1/10</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>%1: %2/10, %3 of the %4 knee, %5 (stage %6)</source>
        <translation>%1: %2/10, %3 (Knie: %4), %5 (Stufe %6)</translation>
    </message>
    <message>
        <source>A spike: %1% longer than the longest run of the 30 days before it.</source>
        <translation>Ein Sprung: %1 % länger als der längste Lauf der 30 Tage davor.</translation>
    </message>
    <message>
        <source>No spike: within 10% of the longest run of the 30 days before it (%1%).</source>
        <translation>Kein Sprung: höchstens 10 % länger als der längste Lauf der 30 Tage davor (%1 %).</translation>
    </message>
    <message>
        <source>No run in the 30 days before it to compare its length with.</source>
        <translation>Kein Lauf in den 30 Tagen davor, mit dem sich seine Länge vergleichen ließe.</translation>
    </message>
    <message>
        <source>Its week (from %1) went over the limit: %2 of %3.</source>
        <translation>Seine Woche (ab %1) ging über die Grenze: %2 von %3.</translation>
    </message>
    <message>
        <source>Its week (from %1) stayed within the limit: %2 of %3.</source>
        <translation>Seine Woche (ab %1) blieb innerhalb der Grenze: %2 von %3.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>At its rate of the last 8 weeks it reaches its limit around %1.</source>
        <translation>Beim Umfang der letzten 8 Wochen erreicht das Paar seine Grenze etwa am %1.</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 Lauf</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufen</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of its %2 limit (%3%), %4 runs.</source>
        <translation>%1 seiner Grenze von %2 (%3 %), %4 Läufe.</translation>
    </message>
    <message>
        <source>Retired on %1.</source>
        <translation>Ausgemustert am %1.</translation>
    </message>
    <message>
        <source>It has reached its limit: time to replace it.</source>
        <translation>Das Paar hat seine Grenze erreicht: Zeit, es zu ersetzen.</translation>
    </message>
    <message>
        <source>Past 80% of its limit: plan a replacement.</source>
        <translation>Über 80 % seiner Grenze: Plane Ersatz ein.</translation>
    </message>
    <message>
        <source>Over the last %1 weeks: %2 a week.</source>
        <translation>In den letzten %1 Wochen: %2 pro Woche.</translation>
    </message>
    <message>
        <source>At that rate it reaches its limit around %1.</source>
        <translation>Bei diesem Umfang erreicht das Paar seine Grenze etwa am %1.</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>Grenze %1</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <source>paused: see a clinician before running again</source>
        <translation>pausiert: Geh zu einer Ärztin oder einem Arzt, bevor du wieder läufst</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>The session of %1 kept within the limits: the way back is complete.</source>
        <translation>Die Einheit vom %1 blieb innerhalb der Grenzen: Der Weg zurück ist geschafft.</translation>
    </message>
    <message>
        <source>The session of %1 kept within the limits: level %2 is next.</source>
        <translation>Die Einheit vom %1 blieb innerhalb der Grenzen: Als Nächstes kommt Stufe %2.</translation>
    </message>
    <message>
        <source>The session of %1 does not count: %2.</source>
        <translation>Die Einheit vom %1 zählt nicht: %2.</translation>
    </message>
    <message>
        <source>No session yet: the first one is at level 1.</source>
        <translation>Noch keine Einheit: Die erste ist auf Stufe 1.</translation>
    </message>
    <message>
        <source>Next session: %1. Not before %2; warm up 10–15 minutes with a brisk walk first.</source>
        <translation>Nächste Einheit: %1. Nicht vor dem %2; wärm dich vorher 10–15 Minuten mit zügigem Gehen auf.</translation>
    </message>
    <message>
        <source>The way back is a walk–run return in six levels after a knee pain of stage 3. Each session is rated during the run, an hour after and the next morning; while the ratings stay within the limits the next session goes one level up, and when they go over, it goes one level back. It does not replace a clinician: if the knee keeps answering badly, the way back pauses and asks you to see one.</source>
        <translation>Der Weg zurück ist ein Wiedereinstieg mit Gehen und Laufen in sechs Stufen nach einem Knieschmerz der Stufe 3. Jede Einheit bewertest du während des Laufs, eine Stunde danach und am nächsten Morgen; solange die Werte innerhalb der Grenzen bleiben, geht die nächste Einheit eine Stufe höher, gehen sie darüber, eine Stufe zurück. Er ersetzt keine ärztliche Behandlung: Antwortet das Knie weiter schlecht, pausiert der Weg zurück und bittet dich, eine Ärztin oder einen Arzt aufzusuchen.</translation>
    </message>
    <message>
        <source>The way back can start</source>
        <translation>Der Weg zurück kann beginnen</translation>
    </message>
    <message>
        <source>The way back opens after a pain of stage 3</source>
        <translation>Der Weg zurück öffnet sich nach einem Schmerz der Stufe 3</translation>
    </message>
    <message>
        <source>It opens once a pain of stage 3 or more has been gone for 2 days. Until then there is nothing to start.</source>
        <translation>Er öffnet sich, sobald ein Schmerz der Stufe 3 oder höher seit 2 Tagen vorbei ist. Bis dahin gibt es nichts zu beginnen.</translation>
    </message>
    <message>
        <source>Level %1 of 6, %2</source>
        <translation>Stufe %1 von 6, %2</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Knee: %1 during, %2 about an hour after</source>
        <translation>Knie: %1 beim Laufen, %2 etwa eine Stunde danach</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::AboutDialog</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>About Stridelog</source>
        <translation>Über Stridelog</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Stridelog %1&lt;/h2&gt;&lt;p&gt;A training journal for runners with sore knees.&lt;/p&gt;&lt;p&gt;&lt;b&gt;A journal, not medical advice.&lt;/b&gt; It explains and names its sources; for pain that worries you, see a clinician.&lt;/p&gt;&lt;p&gt;Your journal: %2&lt;/p&gt;&lt;p&gt;Qt %3 · SQLite %4&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later. You may share and change it under its terms; it comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Stridelog %1&lt;/h2&gt;&lt;p&gt;Ein Trainingstagebuch für Läuferinnen und Läufer mit schmerzenden Knien.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ein Tagebuch, keine medizinische Beratung.&lt;/b&gt; Es erklärt und nennt seine Quellen; bei Schmerzen, die dich beunruhigen, geh zu einer Ärztin oder einem Arzt.&lt;/p&gt;&lt;p&gt;Dein Tagebuch: %2&lt;/p&gt;&lt;p&gt;Qt %3 · SQLite %4&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später. Du darfst es unter ihren Bedingungen weitergeben und ändern; es kommt ohne jede Gewährleistung.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::CalendarPage</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::DashboardPage</name>
    <message>
        <source>Drag or use the arrow keys to go back in time, the wheel or +/− to zoom, Home for the last 16 weeks. Hover a bar for its numbers.</source>
        <translation>Ziehen oder Pfeiltasten, um zurückzugehen, Mausrad oder +/− zum Zoomen, Pos1 für die letzten 16 Wochen. Zeig auf einen Balken für seine Zahlen.</translation>
    </message>
    <message>
        <source>Weekly distance</source>
        <translation>Wochenumfang</translation>
    </message>
    <message>
        <source>Training load</source>
        <translation>Trainingsbelastung</translation>
    </message>
    <message>
        <source>No pairs in use. Add one on the Shoes page to track its wear.</source>
        <translation>Keine Paare in Gebrauch. Füge auf der Seite Schuhe eines hinzu, um seinen Verschleiß zu verfolgen.</translation>
    </message>
    <message>
        <source>Shoes in use</source>
        <translation>Schuhe in Gebrauch</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::DateTimeField</name>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Im Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Type the date as year-month-day, like %1, or choose it on the calendar</source>
        <translation>Gib das Datum als Jahr-Monat-Tag ein, etwa %1, oder wähle es im Kalender</translation>
    </message>
    <message>
        <source>Type the time as hours:minutes, like 08:00 or 18:45</source>
        <translation>Gib die Uhrzeit als Stunden:Minuten ein, etwa 08:00 oder 18:45</translation>
    </message>
    <message>
        <source>%1, time</source>
        <translation>%1, Uhrzeit</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::EditDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Das Eingegebene verwerfen?</translation>
    </message>
    <message>
        <source>Nothing of it has been saved.</source>
        <translation>Nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::EntryTablePage</name>
    <message>
        <source>Show entries from</source>
        <translation>Einträge zeigen ab</translation>
    </message>
    <message>
        <source>Show entries up to</source>
        <translation>Einträge zeigen bis</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1?

Edit ▸ Undo brings it back.</source>
        <translation>%1 löschen?

Bearbeiten ▸ Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>Nur &amp;zwischen</translation>
    </message>
    <message>
        <source>Show only the entries dated between these two days (inclusive)</source>
        <translation>Nur die Einträge zwischen diesen beiden Tagen zeigen (einschließlich)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>%1 of %2 match the search, at any date</source>
        <translation>%1 von %2 passen zur Suche, an jedem Datum</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::HelpWindow</name>
    <message>
        <source>Stridelog Help</source>
        <translation>Stridelog-Hilfe</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::ImportController</name>
    <message>
        <source>Importing activities…</source>
        <translation>Aktivitäten werden importiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Halte nach der aktuellen Datei an …</translation>
    </message>
    <message>
        <source>Imported %1 of %2 files…</source>
        <translation>%1 von %2 Dateien importiert …</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::ImportResultsDialog</name>
    <message>
        <source>already in the journal</source>
        <translation>schon im Tagebuch</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import fertig</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the journal, %3 skipped, %4 could not be read.</source>
        <translation>%1 importiert, %2 schon im Tagebuch, %3 übersprungen, %4 nicht lesbar.</translation>
    </message>
    <message>
        <source>The import was cancelled; files not finished left nothing behind.</source>
        <translation>Der Import wurde abgebrochen; nicht fertige Dateien haben nichts hinterlassen.</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde angehalten: %1</translation>
    </message>
    <message>
        <source>1 imported run has no pair.</source>
        <translation>1 importierter Lauf hat kein Paar.</translation>
    </message>
    <message>
        <source>%1 imported runs have no pair.</source>
        <translation>%1 importierte Läufe haben kein Paar.</translation>
    </message>
    <message>
        <source>Add your pair on the Shoes page to count their distance on it.</source>
        <translation>Füge dein Paar auf der Seite Schuhe hinzu, damit die Strecke darauf zählt.</translation>
    </message>
    <message>
        <source>Were they run in:</source>
        <translation>Gelaufen mit:</translation>
    </message>
    <message>
        <source>Assign the pair</source>
        <translation>Paar zuordnen</translation>
    </message>
    <message>
        <source>They now count on %1. Edit ▸ Undo takes it back.</source>
        <translation>Sie zählen jetzt für %1. Bearbeiten ▸ Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a run: its date and time, its distance</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the same run appears earlier in the file</source>
        <translation>derselbe Lauf steht weiter oben in der Datei</translation>
    </message>
    <message>
        <source>Imported: 1 run</source>
        <translation>Importiert: 1 Lauf</translation>
    </message>
    <message>
        <source>Imported: %1 runs</source>
        <translation>Importiert: %1 Läufe</translation>
    </message>
    <message>
        <source>Already in the journal: 1 run</source>
        <translation>Schon im Tagebuch: 1 Lauf</translation>
    </message>
    <message>
        <source>Already in the journal: %1 runs</source>
        <translation>Schon im Tagebuch: %1 Läufe</translation>
    </message>
    <message>
        <source>Skipped: 1 activity</source>
        <translation>Übersprungen: 1 Aktivität</translation>
    </message>
    <message>
        <source>Skipped: %1 activities</source>
        <translation>Übersprungen: %1 Aktivitäten</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::JournalProblemDialog</name>
    <message>
        <source>This file is not a Stridelog journal.</source>
        <translation>Diese Datei ist kein Stridelog-Tagebuch.</translation>
    </message>
    <message>
        <source>This journal is damaged: the database inside it does not read back correctly.</source>
        <translation>Dieses Tagebuch ist beschädigt: Die Datenbank darin lässt sich nicht korrekt lesen.</translation>
    </message>
    <message>
        <source>This journal was written by a newer Stridelog. Update the app to open it.</source>
        <translation>Dieses Tagebuch wurde von einem neueren Stridelog geschrieben. Aktualisiere die App, um es zu öffnen.</translation>
    </message>
    <message>
        <source>This journal is in use by another program. Close it there and try again.</source>
        <translation>Dieses Tagebuch wird von einem anderen Programm benutzt. Schließe es dort und versuche es erneut.</translation>
    </message>
    <message>
        <source>This journal cannot be written: check the folder&apos;s permissions and free space.</source>
        <translation>In dieses Tagebuch kann nicht geschrieben werden: Prüfe die Rechte des Ordners und den freien Platz.</translation>
    </message>
    <message>
        <source>This journal cannot be used.</source>
        <translation>Dieses Tagebuch kann nicht benutzt werden.</translation>
    </message>
    <message>
        <source>The journal cannot be opened</source>
        <translation>Das Tagebuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

The file was not changed. Details: %2</source>
        <translation>%1

Die Datei wurde nicht verändert. Einzelheiten: %2</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Open another journal…</source>
        <translation>Anderes Tagebuch ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Stridelog journals (*.sqlite);;All files (*)</source>
        <translation>Stridelog-Tagebücher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a backup or a JSON export</source>
        <translation>Sicherung oder JSON-Export wählen</translation>
    </message>
    <message>
        <source>Backups and exports (*.sqlite *.json);;All files (*)</source>
        <translation>Sicherungen und Exporte (*.sqlite *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the restored journal as</source>
        <translation>Wiederhergestelltes Tagebuch speichern als</translation>
    </message>
    <message>
        <source>the restored journal must go to a new file, not over the one that cannot be used</source>
        <translation>das wiederhergestellte Tagebuch muss in eine neue Datei, nicht über die unbrauchbare</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Restore the &amp;newest backup (%1)…</source>
        <translation>Die &amp;neueste Sicherung wiederherstellen (%1) …</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::KneePage</name>
    <message>
        <source>Knee pain over time, by intensity and stage, over the weekly distance</source>
        <translation>Knieschmerz im Zeitverlauf, nach Stärke und Stufe, über dem Wochenumfang</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Followed by pain</source>
        <translation>Mit Schmerz danach</translation>
    </message>
    <message>
        <source>Other runs</source>
        <translation>Andere Läufe</translation>
    </message>
    <message>
        <source>Where it hurt, and how often</source>
        <translation>Wo es wehtat und wie oft</translation>
    </message>
    <message>
        <source>What the pain follows (last 180 days)</source>
        <translation>Worauf der Schmerz folgt (letzte 180 Tage)</translation>
    </message>
    <message>
        <source>Share of runs followed by pain within 24 hours, for each kind of run, against all other runs. &quot;Pattern&quot; marks where the journal warns (at least 5 runs, 3 followed, and twice the rate of the others).</source>
        <translation>Anteil der Läufe, auf die innerhalb von 24 Stunden Schmerz folgte, für jede Art von Lauf, gegenüber allen anderen Läufen. „Muster“ markiert, wo das Tagebuch warnt (mindestens 5 Läufe, davon 3 mit Schmerz danach, und doppelt so häufig wie bei den anderen).</translation>
    </message>
    <message>
        <source>Weekly distance</source>
        <translation>Wochenumfang</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>%1 pro Woche</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Knee in the morning</source>
        <translation>Knie am Morgen</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::KneeSiteCounts</name>
    <message>
        <source>How often each site of the knee hurt</source>
        <translation>Wie oft jede Stelle des Knies wehtat</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::KneeSitePicker</name>
    <message>
        <source>Where on the knee</source>
        <translation>Wo am Knie</translation>
    </message>
    <message>
        <source>No site chosen; use the arrow keys to choose one</source>
        <translation>Keine Stelle gewählt; wähle eine mit den Pfeiltasten</translation>
    </message>
    <message>
        <source>Click where it hurts: front or back view, or the whole knee</source>
        <translation>Klicke, wo es wehtut: Ansicht von vorne oder hinten, oder das ganze Knie</translation>
    </message>
    <message>
        <source>No site chosen</source>
        <translation>Keine Stelle gewählt</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Left knee, front</source>
        <translation>Linkes Knie, vorn</translation>
    </message>
    <message>
        <source>Right knee, front</source>
        <translation>Rechtes Knie, vorn</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::LoadChart</name>
    <message>
        <source>Training load chart</source>
        <translation>Diagramm der Trainingsbelastung</translation>
    </message>
    <message>
        <source>Acute (7-day) and chronic (28-day) training load, on the weekly chart&apos;s dates.</source>
        <translation>Akute (7 Tage) und chronische (28 Tage) Trainingsbelastung, auf den Daten des Wochendiagramms.</translation>
    </message>
    <message>
        <source>Acute (7-day)</source>
        <translation>Akut (7 Tage)</translation>
    </message>
    <message>
        <source>Chronic (28-day)</source>
        <translation>Chronisch (28 Tage)</translation>
    </message>
    <message>
        <source>Your training load shows here once you have logged a few runs.</source>
        <translation>Deine Trainingsbelastung erscheint hier, sobald du ein paar Läufe eingetragen hast.</translation>
    </message>
    <message>
        <source>Load (%1/day)</source>
        <translation>Belastung (%1/Tag)</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::LogRunDialog</name>
    <message>
        <source>Edit run</source>
        <translation>Lauf bearbeiten</translation>
    </message>
    <message>
        <source>Log a run</source>
        <translation>Lauf eintragen</translation>
    </message>
    <message>
        <source>Date and time of the run</source>
        <translation>Datum und Uhrzeit des Laufs</translation>
    </message>
    <message>
        <source>Distance in %1</source>
        <translation>Strecke in %1</translation>
    </message>
    <message>
        <source>e.g. 6.2</source>
        <translation>z. B. 6.2</translation>
    </message>
    <message>
        <source>e.g. 10.2</source>
        <translation>z. B. 10.2</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>e.g. 55:10 or 1:02:03</source>
        <translation>z. B. 55:10 oder 1:02:03</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Untergrund</translation>
    </message>
    <message>
        <source>Run type</source>
        <translation>Laufart</translation>
    </message>
    <message>
        <source>Perceived exertion from 1 to 10</source>
        <translation>Gefühlte Anstrengung von 1 bis 10</translation>
    </message>
    <message>
        <source>Cadence in steps per minute</source>
        <translation>Schrittfrequenz in Schritten pro Minute</translation>
    </message>
    <message>
        <source> spm</source>
        <translation> Schritte/min</translation>
    </message>
    <message>
        <source>Average heart rate in beats per minute</source>
        <translation>Durchschnittlicher Puls in Schlägen pro Minute</translation>
    </message>
    <message>
        <source> bpm</source>
        <translation> Schläge/min</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Knee pain after this run?</source>
        <translation>&amp;Knieschmerz nach diesem Lauf?</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Distance:</source>
        <translation>S&amp;trecke:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>R&amp;PE (1–10):</source>
        <translation>Anstren&amp;gung (1–10):</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>Schritt&amp;frequenz:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>Before you save</source>
        <translation>Bevor du speicherst</translation>
    </message>
    <message>
        <source>What this run would trigger</source>
        <translation>Was dieser Lauf auslösen würde</translation>
    </message>
    <message>
        <source>Enter a distance and a duration to see what this run would trigger.</source>
        <translation>Gib Strecke und Dauer ein, um zu sehen, was dieser Lauf auslösen würde.</translation>
    </message>
    <message>
        <source>Log run with knee pain</source>
        <translation>Lauf mit Knieschmerz eintragen</translation>
    </message>
    <message>
        <source>&amp;Hilly</source>
        <translation>&amp;Hügelig</translation>
    </message>
    <message>
        <source>Sh&amp;oe:</source>
        <translation>S&amp;chuh:</translation>
    </message>
    <message>
        <source>Sur&amp;face:</source>
        <translation>&amp;Untergrund:</translation>
    </message>
    <message>
        <source>Heart r&amp;ate:</source>
        <translation>&amp;Puls:</translation>
    </message>
    <message>
        <source>Not saved as it is: %1</source>
        <translation>So kann der Lauf nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;margin:4px 0 0 0&quot;&gt;Choose where the knee hurts and say how long it lasted to see what the pain means.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;margin:4px 0 0 0&quot;&gt;Wähle, wo das Knie wehtut, und gib an, wie lange der Schmerz anhielt, um zu sehen, was er bedeutet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edit run and its knee pain</source>
        <translation>Lauf und seinen Knieschmerz bearbeiten</translation>
    </message>
    <message>
        <source>When the pain began</source>
        <translation>Wann der Schmerz begann</translation>
    </message>
    <message>
        <source>Pain &amp;began:</source>
        <translation>Schmerz &amp;begann:</translation>
    </message>
    <message>
        <source>Distance must be a number like 10.2 (in %1), or with its unit: 10.2km, 6.3mi, 800m; more than 0 and at most %2 km</source>
        <translation>Die Strecke muss eine Zahl wie 10,2 oder 10.2 sein (in %1) oder mit Einheit: 10,2km, 6,3mi, 800m; mehr als 0 und höchstens %2 km</translation>
    </message>
    <message>
        <source>Duration must be like 55:10, 1:02:03, 45m or 1h2m; more than 0 and at most %1 hours</source>
        <translation>Die Dauer muss wie 55:10, 1:02:03, 45m oder 1h2m aussehen; mehr als 0 und höchstens %1 Stunden</translation>
    </message>
    <message>
        <source>Worst knee pain during the run, 0 to 10</source>
        <translation>Stärkster Knieschmerz beim Laufen, 0 bis 10</translation>
    </message>
    <message>
        <source>Knee pain about an hour after the run, 0 to 10</source>
        <translation>Knieschmerz etwa eine Stunde nach dem Lauf, 0 bis 10</translation>
    </message>
    <message>
        <source>The limit on the way back is %1/10 during a run</source>
        <translation>Die Grenze auf dem Weg zurück ist %1/10 beim Laufen</translation>
    </message>
    <message>
        <source>%1, and %2/10 an hour after.</source>
        <translation>%1 und %2/10 eine Stunde danach.</translation>
    </message>
    <message>
        <source>%1, and no more than your usual an hour after.</source>
        <translation>%1 und eine Stunde danach nicht mehr als sonst.</translation>
    </message>
    <message>
        <source>Pain during e&amp;xercise:</source>
        <translation>Schmerz beim Laufen (&amp;0–10):</translation>
    </message>
    <message>
        <source>Pain about &amp;1 hour after:</source>
        <translation>Schmerz nach etwa &amp;1 Stunde:</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::MainWindow</name>
    <message>
        <source>Stridelog</source>
        <translation>Stridelog</translation>
    </message>
    <message>
        <source>Stridelog is a training journal, not medical advice. For pain that worries you, see a clinician.</source>
        <translation>Stridelog ist ein Trainingstagebuch, keine medizinische Beratung. Bei Schmerzen, die dich beunruhigen, geh zu einer Ärztin oder einem Arzt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New journal…</source>
        <translation>&amp;Neues Tagebuch …</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>Tagebuch ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern …</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source>Log run</source>
        <translation>Lauf eintragen</translation>
    </message>
    <message>
        <source>Log a run and any knee pain after it (Ctrl+N)</source>
        <translation>Einen Lauf und Knieschmerzen danach eintragen (Strg+N)</translation>
    </message>
    <message>
        <source>Log knee pain</source>
        <translation>Knieschmerz eintragen</translation>
    </message>
    <message>
        <source>Log knee pain without a run (Ctrl+K)</source>
        <translation>Knieschmerz ohne Lauf eintragen (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>%1 — Stridelog</source>
        <translation>%1 — Stridelog</translation>
    </message>
    <message>
        <source>&amp;Import activities…</source>
        <translation>Aktivitäten &amp;importieren …</translation>
    </message>
    <message>
        <source>GPX, TCX, FIT, Strava or Garmin Connect CSV, and .gz of them</source>
        <translation>GPX, TCX, FIT, CSV von Strava oder Garmin Connect, auch als .gz</translation>
    </message>
    <message>
        <source>Import a &amp;folder of activities…</source>
        <translation>Einen &amp;Ordner mit Aktivitäten importieren …</translation>
    </message>
    <message>
        <source>&amp;Export journal…</source>
        <translation>Tagebuch e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Report for a &amp;clinician…</source>
        <translation>Bericht für die Ärztin/den &amp;Arzt …</translation>
    </message>
    <message>
        <source>Import activities</source>
        <translation>Aktivitäten importieren</translation>
    </message>
    <message>
        <source>Activity files (*.gpx *.tcx *.fit *.csv *.gz);;All files (*)</source>
        <translation>Aktivitätsdateien (*.gpx *.tcx *.fit *.csv *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Stridelog journals (*.sqlite);;All files (*)</source>
        <translation>Stridelog-Tagebücher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Neues Tagebuch</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or use File ▸ Open.</source>
        <translation>%1 gibt es schon. Wähle einen neuen Namen oder nimm Datei ▸ Öffnen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Back up the journal</source>
        <translation>Tagebuch sichern</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Restore from a backup or a JSON export</source>
        <translation>Aus einer Sicherung oder einem JSON-Export wiederherstellen</translation>
    </message>
    <message>
        <source>Backups and exports (*.sqlite *.json);;All files (*)</source>
        <translation>Sicherungen und Exporte (*.sqlite *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in this journal with %1?

A backup of the journal as it is now is kept next to it.</source>
        <translation>Alles in diesem Tagebuch durch %1 ersetzen?

Eine Sicherung des jetzigen Tagebuchs bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>The journal was restored. What it held before is saved in %1.</source>
        <translation>Das Tagebuch wurde wiederhergestellt. Was es vorher enthielt, ist in %1 gesichert.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Stridelog &amp;Help</source>
        <translation>Stridelog-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Stridelog</source>
        <translation>&amp;Über Stridelog</translation>
    </message>
    <message>
        <source>The made-up journal could not be opened: %1</source>
        <translation>Das erfundene Tagebuch konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Created the journal %1.</source>
        <translation>Tagebuch %1 angelegt.</translation>
    </message>
    <message>
        <source>Opened the journal %1.</source>
        <translation>Tagebuch %1 geöffnet.</translation>
    </message>
    <message>
        <source>Backed up the journal to %1.</source>
        <translation>Tagebuch in %1 gesichert.</translation>
    </message>
    <message>
        <source>Restored the journal from %1.</source>
        <translation>Tagebuch aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Journal file missing</source>
        <translation>Tagebuchdatei fehlt</translation>
    </message>
    <message>
        <source>The journal file %1 is no longer there. If you quit now, everything in it is lost. Save the journal elsewhere first?</source>
        <translation>Die Tagebuchdatei %1 ist nicht mehr da. Wenn du jetzt beendest, ist alles darin verloren. Das Tagebuch vorher woanders speichern?</translation>
    </message>
    <message>
        <source>The journal file %1 was deleted or replaced while Stridelog had it open. What you log is kept only until you quit: save the journal elsewhere to keep it.</source>
        <translation>Die Tagebuchdatei %1 wurde gelöscht oder ersetzt, während Stridelog sie geöffnet hatte. Was du einträgst, bleibt nur bis zum Beenden erhalten: Speichere das Tagebuch woanders, um es zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Save elsewhere…</source>
        <translation>&amp;Woanders speichern…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Save the journal elsewhere</source>
        <translation>Tagebuch woanders speichern</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name.</source>
        <translation>%1 gibt es schon. Wähle einen neuen Namen.</translation>
    </message>
    <message>
        <source>The journal could not be saved to %1: %2</source>
        <translation>Das Tagebuch konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the journal to %1; it is open there now.</source>
        <translation>Das Tagebuch wurde unter %1 gespeichert und ist jetzt dort geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Runs as &amp;GPX/TCX…</source>
        <translation>Läufe als &amp;GPX/TCX…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Morning check…</source>
        <translation>&amp;Morgencheck…</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::MonthGrid</name>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <source>pain %1/10</source>
        <translation>Schmerz %1/10</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::MorningCheckStrip</name>
    <message>
        <source>Morning check</source>
        <translation>Morgencheck</translation>
    </message>
    <message>
        <source>Type a digit from 0 to 9 for your knee pain this morning, or Escape for not now.</source>
        <translation>Tippe eine Ziffer von 0 bis 9 für deinen Knieschmerz heute Morgen, oder Escape für „nicht jetzt“.</translation>
    </message>
    <message>
        <source>How is your knee this morning?</source>
        <translation>Wie geht es deinem Knie heute Morgen?</translation>
    </message>
    <message>
        <source>Knee pain this morning: %1 of 10</source>
        <translation>Knieschmerz heute Morgen: %1 von 10</translation>
    </message>
    <message>
        <source>0: no pain</source>
        <translation>0: kein Schmerz</translation>
    </message>
    <message>
        <source>10: the worst pain imaginable</source>
        <translation>10: der schlimmste vorstellbare Schmerz</translation>
    </message>
    <message>
        <source>S&amp;welling</source>
        <translation>&amp;Schwellung</translation>
    </message>
    <message>
        <source>The knee is swollen this morning</source>
        <translation>Das Knie ist heute Morgen geschwollen</translation>
    </message>
    <message>
        <source>&amp;Limp</source>
        <translation>Ich &amp;hinke</translation>
    </message>
    <message>
        <source>I limp this morning</source>
        <translation>Ich hinke heute Morgen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now: ask again tomorrow</source>
        <translation>Nicht jetzt: morgen wieder fragen</translation>
    </message>
    <message>
        <source>Ask again tomorrow (Escape)</source>
        <translation>Morgen wieder fragen (Escape)</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::PageStack</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Knee pain</source>
        <translation>Knieschmerz</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Way back</source>
        <translation>Weg zurück</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::PainCheckInDialog</name>
    <message>
        <source>Is the pain from %1&apos;s run still there?</source>
        <translation>Ist der Schmerz vom Lauf am %1 noch da?</translation>
    </message>
    <message>
        <source>Is the knee pain from %1 still there?</source>
        <translation>Ist der Knieschmerz vom %1 noch da?</translation>
    </message>
    <message>
        <source>Knee pain check-in</source>
        <translation>Nachfrage zum Knieschmerz</translation>
    </message>
    <message>
        <source>It&apos;s &amp;gone, since:</source>
        <translation>Er ist &amp;weg, seit:</translation>
    </message>
    <message>
        <source>When the pain went away</source>
        <translation>Wann der Schmerz verschwunden ist</translation>
    </message>
    <message>
        <source>How strong the pain is now, 0 to 10</source>
        <translation>Wie stark der Schmerz jetzt ist, 0 bis 10</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Ask me &amp;later</source>
        <translation>&amp;Später fragen</translation>
    </message>
    <message>
        <source>Is the pain from the run of %1 still there?</source>
        <translation>Ist der Schmerz vom Lauf am %1 noch da?</translation>
    </message>
    <message>
        <source>after the run of %1</source>
        <translation>nach dem Lauf vom %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>%1 knee, %2, %3/10, %4: %5 so far.</source>
        <translation>Knie: %1, %2, %3/10, %4: bisher %5.</translation>
    </message>
    <message>
        <source>Are these knee pains still there?</source>
        <translation>Sind diese Knieschmerzen noch da?</translation>
    </message>
    <message>
        <source>&amp;Save answer</source>
        <translation>&amp;Antwort speichern</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>&amp;Antworten speichern</translation>
    </message>
    <message>
        <source>S&amp;till there, this strong now:</source>
        <translation>&amp;Noch da, jetzt so stark:</translation>
    </message>
    <message>
        <source>Still there, this strong now:</source>
        <translation>Noch da, jetzt so stark:</translation>
    </message>
    <message>
        <source>It&apos;s gone, since:</source>
        <translation>Er ist weg, seit:</translation>
    </message>
    <message>
        <source>It cannot be gone before it started (%1)</source>
        <translation>Der Schmerz kann nicht vor seinem Beginn (%1) verschwunden sein</translation>
    </message>
    <message>
        <source>Gone since must not be later than now</source>
        <translation>Der Zeitpunkt, seit dem er weg ist, darf nicht in der Zukunft liegen</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::PainDialog</name>
    <message>
        <source>Edit knee pain</source>
        <translation>Knieschmerz bearbeiten</translation>
    </message>
    <message>
        <source>Log knee pain</source>
        <translation>Knieschmerz eintragen</translation>
    </message>
    <message>
        <source>When the pain started</source>
        <translation>Wann der Schmerz begann</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>St&amp;arted:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::PainFields</name>
    <message>
        <source>Which knee</source>
        <translation>Welches Knie</translation>
    </message>
    <message>
        <source>Click where it hurts</source>
        <translation>Klicke, wo es wehtut</translation>
    </message>
    <message>
        <source>Pain intensity from 0 to 10</source>
        <translation>Schmerzstärke von 0 bis 10</translation>
    </message>
    <message>
        <source>When the pain came on</source>
        <translation>Wann der Schmerz kam</translation>
    </message>
    <message>
        <source>How long the pain lasted</source>
        <translation>Wie lange der Schmerz anhielt</translation>
    </message>
    <message>
        <source>Unit of how long it lasted</source>
        <translation>Einheit der Dauer</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Außerdem:</translation>
    </message>
    <message>
        <source>Choose where on the knee it hurts: click the drawing, or the whole knee</source>
        <translation>Wähle, wo am Knie es wehtut: Klicke in die Zeichnung oder wähle das ganze Knie</translation>
    </message>
    <message>
        <source>Still the&amp;re</source>
        <translation>&amp;Noch da</translation>
    </message>
    <message>
        <source>Swellin&amp;g</source>
        <translation>Schw&amp;ellung</translation>
    </message>
    <message>
        <source>Locking or catching</source>
        <translation>Blockieren oder Hängenbleiben</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Stechender Schmerz</translation>
    </message>
    <message>
        <source>Kn&amp;ee:</source>
        <translation>Kn&amp;ie:</translation>
    </message>
    <message>
        <source>Where &amp;it hurts:</source>
        <translation>W&amp;o es wehtut:</translation>
    </message>
    <message>
        <source>In&amp;tensity:</source>
        <translation>Stä&amp;rke:</translation>
    </message>
    <message>
        <source>Ca&amp;me on:</source>
        <translation>Ka&amp;m:</translation>
    </message>
    <message>
        <source>How &amp;long did it last?</source>
        <translation>Wie &amp;lange hielt er an?</translation>
    </message>
    <message>
        <source>Say how long the pain lasted, or tick Still there</source>
        <translation>Gib an, wie lange der Schmerz anhielt, oder kreuze „Noch da“ an</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::PainPage</name>
    <message>
        <source>Knee pain entries</source>
        <translation>Knieschmerz-Einträge</translation>
    </message>
    <message>
        <source>Location hints are what such pain is commonly associated with, never a diagnosis: discuss them with a clinician.</source>
        <translation>Ortshinweise sagen, womit solcher Schmerz häufig in Verbindung gebracht wird, und sind nie eine Diagnose: Besprich sie mit einer Ärztin oder einem Arzt.</translation>
    </message>
    <message>
        <source>&amp;Log knee pain…</source>
        <translation>Knieschmerz &amp;eintragen …</translation>
    </message>
    <message>
        <source>Pain is &amp;gone…</source>
        <translation>Schmerz ist &amp;weg …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>the knee pain of %1 (%2 knee, %3, %4/10)</source>
        <translation>den Knieschmerz vom %1 (Knie: %2, %3, %4/10)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::PainRatingField</name>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>/10</source>
        <translation>/10</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittlerer</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>schlimmster vorstellbarer</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::PainTableModel</name>
    <message>
        <source>swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>locking</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>stechend</translation>
    </message>
    <message>
        <source>adaptation</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Intensity
(0–10)</source>
        <translation>Stärke
(0–10)</translation>
    </message>
    <message>
        <source>Came on</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Außerdem</translation>
    </message>
    <message>
        <source>After the run</source>
        <translation>Nach dem Lauf</translation>
    </message>
    <message>
        <source>Commonly associated with</source>
        <translation>Häufig verbunden mit</translation>
    </message>
    <message>
        <source>still there (%1)</source>
        <translation>noch da (%1)</translation>
    </message>
    <message>
        <source>Commonly associated with %1 — discuss with a clinician. Typical: %2</source>
        <translation>Häufig verbunden mit %1 — besprich das mit einer Ärztin oder einem Arzt. Typisch: %2</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::ReportPeriodDialog</name>
    <message>
        <source>Report for a clinician</source>
        <translation>Bericht für die Ärztin/den Arzt</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Letzte 8 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Gewählte Daten</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The last day must not be before the first</source>
        <translation>Der letzte Tag darf nicht vor dem ersten liegen</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::RouteView</name>
    <message>
        <source>Route outline</source>
        <translation>Umriss der Route</translation>
    </message>
    <message>
        <source>No positions were recorded.</source>
        <translation>Es wurden keine Positionen aufgezeichnet.</translation>
    </message>
    <message>
        <source>The route&apos;s outline, north up.</source>
        <translation>Der Umriss der Route, Norden oben.</translation>
    </message>
    <message>
        <source>No positions were recorded for this run.</source>
        <translation>Für diesen Lauf wurden keine Positionen aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::RunPage</name>
    <message>
        <source>Lap</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>What the rules say of it</source>
        <translation>Was die Regeln dazu sagen</translation>
    </message>
    <message>
        <source>Knee pain after it</source>
        <translation>Knieschmerz danach</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Laps</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Splits</source>
        <translation>Zwischenzeiten</translation>
    </message>
    <message>
        <source>This run is not in the journal.</source>
        <translation>Dieser Lauf ist nicht im Tagebuch.</translation>
    </message>
    <message>
        <source>Reading the run&apos;s track</source>
        <translation>Die Aufzeichnung des Laufs lesen</translation>
    </message>
    <message>
        <source>No pain was logged in the 24 hours after it.</source>
        <translation>In den 24 Stunden danach wurde kein Schmerz eingetragen.</translation>
    </message>
    <message>
        <source>Edit r&amp;un and pain…</source>
        <translation>La&amp;uf und Schmerz bearbeiten …</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>This run as a GPX or TCX file for another program</source>
        <translation>Dieser Lauf als GPX- oder TCX-Datei für ein anderes Programm</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>&amp;Log run…</source>
        <translation>Lauf &amp;eintragen …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>the run of %1 (%2)</source>
        <translation>den Lauf vom %1 (%2)</translation>
    </message>
    <message>
        <source>Search notes and pairs</source>
        <translation>Notizen und Paare durchsuchen</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Läufe durchsuchen</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::RunsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Distance
(%1)</source>
        <translation>Strecke
(%1)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Pace
(%1)</source>
        <translation>Tempo
(%1)</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Untergrund</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Hilly</source>
        <translation>Hügelig</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>Anstr.</translation>
    </message>
    <message>
        <source>Cadence
(spm)</source>
        <translation>Frequenz
(Schr./min)</translation>
    </message>
    <message>
        <source>HR
(bpm)</source>
        <translation>Puls
(1/min)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Over 30-day
longest</source>
        <translation>Über längstem
Lauf (30 Tage)</translation>
    </message>
    <message>
        <source>How much longer the run was than the longest of the 30 days before it. Over 10% is a spike: a common cause of overuse injury.</source>
        <translation>Wie viel länger der Lauf war als der längste der 30 Tage davor. Über 10 % ist ein Sprung: eine häufige Ursache von Überlastungsverletzungen.</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Weekly increase limit in percent</source>
        <translation>Grenze der Wochensteigerung in Prozent</translation>
    </message>
    <message>
        <source>Comeback week limit in percent of normal</source>
        <translation>Grenze der Wiedereinstiegswoche in Prozent des Normalen</translation>
    </message>
    <message>
        <source>Wear limit for new pairs in km</source>
        <translation>Verschleißgrenze für neue Paare in km</translation>
    </message>
    <message>
        <source>Lowest cadence before a note</source>
        <translation>Niedrigste Schrittfrequenz vor einem Hinweis</translation>
    </message>
    <message>
        <source> spm</source>
        <translation> Schritte/min</translation>
    </message>
    <message>
        <source>Body weight in kg, optional</source>
        <translation>Körpergewicht in kg, freiwillig</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Distance units</source>
        <translation>Streckeneinheit</translation>
    </message>
    <message>
        <source>Kilometres (km)</source>
        <translation>Kilometer (km)</translation>
    </message>
    <message>
        <source>Miles (mi)</source>
        <translation>Meilen (mi)</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>&amp;Woche beginnt am:</translation>
    </message>
    <message>
        <source>Weekly &amp;increase limit:</source>
        <translation>&amp;Grenze der Wochensteigerung:</translation>
    </message>
    <message>
        <source>A week may hold at most this much more than the week before (the 10% rule)</source>
        <translation>Eine Woche darf höchstens so viel mehr enthalten als die Vorwoche (die 10-%-Regel)</translation>
    </message>
    <message>
        <source>&amp;Comeback week:</source>
        <translation>Wieder&amp;einstiegswoche:</translation>
    </message>
    <message>
        <source>After a break, the first week may hold this share of your normal volume</source>
        <translation>Nach einer Pause darf die erste Woche diesen Anteil deines normalen Umfangs enthalten</translation>
    </message>
    <message>
        <source>Ca&amp;dence below which to note it:</source>
        <translation>Schritt&amp;frequenz, unter der es einen Hinweis gibt:</translation>
    </message>
    <message>
        <source>&amp;Body weight:</source>
        <translation>&amp;Körpergewicht:</translation>
    </message>
    <message>
        <source>Optional; above 90 kg the journal suggests progressing more gradually</source>
        <translation>Freiwillig; über 90 kg rät das Tagebuch, behutsamer zu steigern</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>Ein&amp;heiten:</translation>
    </message>
    <message>
        <source>How distances are shown and typed; the journal keeps metres</source>
        <translation>Wie Strecken angezeigt und eingegeben werden; das Tagebuch speichert Meter</translation>
    </message>
    <message>
        <source>S&amp;hoe limit for new pairs:</source>
        <translation>&amp;Verschleißgrenze für neue Paare:</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::ShoeBanner</name>
    <message>
        <source>Open &amp;shoes</source>
        <translation>&amp;Schuhe öffnen</translation>
    </message>
    <message>
        <source>Open the shoes page</source>
        <translation>Die Seite Schuhe öffnen</translation>
    </message>
    <message>
        <source>Shoe reminder: %1</source>
        <translation>Schuh-Erinnerung: %1</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::ShoeDialog</name>
    <message>
        <source>Edit pair</source>
        <translation>Paar bearbeiten</translation>
    </message>
    <message>
        <source>Add a pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <source>Name of the pair</source>
        <translation>Name des Paares</translation>
    </message>
    <message>
        <source>e.g. Pegasus 40</source>
        <translation>z. B. Pegasus 40</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>In use since</source>
        <translation>In Gebrauch seit</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Ausgemustert am</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Wear &amp;limit:</source>
        <translation>Verschleiß&amp;grenze:</translation>
    </message>
    <message>
        <source>&amp;Already run:</source>
        <translation>S&amp;chon gelaufen:</translation>
    </message>
    <message>
        <source>&amp;Retired:</source>
        <translation>&amp;Ausgemustert:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Retire a pair</source>
        <translation>Paar ausmustern</translation>
    </message>
    <message>
        <source>Retire %1 &amp;on:</source>
        <translation>%1 aus&amp;mustern am:</translation>
    </message>
    <message>
        <source>In &amp;use since:</source>
        <translation>&amp;In Gebrauch seit:</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Ausmustern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A pair cannot be retired before it was first used (%1)</source>
        <translation>Ein Paar kann nicht vor seinem ersten Gebrauch (%1) ausgemustert werden</translation>
    </message>
    <message>
        <source>Wear limit in %1</source>
        <translation>Verschleißgrenze in %1</translation>
    </message>
    <message>
        <source>Distance before the journal, in %1</source>
        <translation>Strecke vor dem Tagebuch, in %1</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::ShoePage</name>
    <message>
        <source>Distance of the pair over time</source>
        <translation>Strecke des Paares im Zeitverlauf</translation>
    </message>
    <message>
        <source>Distance a week, last 8 weeks</source>
        <translation>Strecke pro Woche, letzte 8 Wochen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Untergrund</translation>
    </message>
    <message>
        <source>Runs in this pair, newest first</source>
        <translation>Läufe in diesem Paar, neueste zuerst</translation>
    </message>
    <message>
        <source>This pair is not in the journal.</source>
        <translation>Dieses Paar ist nicht im Tagebuch.</translation>
    </message>
    <message>
        <source>80%: plan a replacement</source>
        <translation>80 %: Ersatz einplanen</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>%1 pro Woche</translation>
    </message>
    <message>
        <source>from %1: %2 %3</source>
        <translation>ab %1: %2 %3</translation>
    </message>
    <message>
        <source>No runs on this pair in the last 8 weeks.</source>
        <translation>In den letzten 8 Wochen keine Läufe mit diesem Paar.</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::ShoeWearChart</name>
    <message>
        <source>Shoe wear chart</source>
        <translation>Diagramm des Schuhverschleißes</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Plan a replacement</source>
        <translation>Ersatz einplanen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>80%</source>
        <translation>80 %</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Distance on the pair (%1)</source>
        <translation>Strecke auf dem Paar (%1)</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::ShoesPage</name>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Ausmustern …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>the pair %1 (its runs are kept, without a pair)</source>
        <translation>das Paar %1 (seine Läufe bleiben, ohne Paar)</translation>
    </message>
    <message>
        <source>Add &amp;pair…</source>
        <translation>&amp;Paar hinzufügen …</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::ShoesTableModel</name>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Distance
(%1)</source>
        <translation>Strecke
(%1)</translation>
    </message>
    <message>
        <source>Limit
(%1)</source>
        <translation>Grenze
(%1)</translation>
    </message>
    <message>
        <source>Worn</source>
        <translation>Abgenutzt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Left this week</source>
        <translation>Diese Woche noch</translation>
    </message>
    <message>
        <source>Longest run, no spike</source>
        <translation>Längster Lauf ohne Sprung</translation>
    </message>
    <message>
        <source>Pair to wear</source>
        <translation>Zu tragendes Paar</translation>
    </message>
    <message>
        <source>no pair in use</source>
        <translation>kein Paar in Gebrauch</translation>
    </message>
    <message>
        <source>No running today</source>
        <translation>Heute kein Laufen</translation>
    </message>
    <message>
        <source>Run, but cut back</source>
        <translation>Laufen, aber weniger</translation>
    </message>
    <message>
        <source>You can run today</source>
        <translation>Du kannst heute laufen</translation>
    </message>
    <message>
        <source>no limit yet</source>
        <translation>noch keine Grenze</translation>
    </message>
    <message>
        <source>no run in 30 days</source>
        <translation>kein Lauf in 30 Tagen</translation>
    </message>
    <message>
        <source>Left this week: %1</source>
        <translation>Diese Woche noch: %1</translation>
    </message>
    <message>
        <source>Longest run, no spike: %1</source>
        <translation>Längster Lauf ohne Sprung: %1</translation>
    </message>
    <message>
        <source>Pair to wear: %1</source>
        <translation>Zu tragendes Paar: %1</translation>
    </message>
    <message>
        <source>The way back: level %1 of %2 today</source>
        <translation>Der Weg zurück: heute Stufe %1 von %2</translation>
    </message>
    <message>
        <source>Rest today</source>
        <translation>Heute Ruhetag</translation>
    </message>
    <message>
        <source>Rate this morning&apos;s knee first</source>
        <translation>Zuerst das Knie heute Morgen bewerten</translation>
    </message>
    <message>
        <source>See a clinician before running again</source>
        <translation>Vor dem nächsten Lauf ärztlich abklären lassen</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::TrackChart</name>
    <message>
        <source>Pace, heart rate, cadence and elevation against distance</source>
        <translation>Tempo, Puls, Schrittfrequenz und Höhe über der Strecke</translation>
    </message>
    <message>
        <source>Pace (%1)</source>
        <translation>Tempo (%1)</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Schrittfrequenz</translation>
    </message>
    <message>
        <source>Elevation (m)</source>
        <translation>Höhe (m)</translation>
    </message>
    <message>
        <source>No track was kept for this run: it was logged by hand or imported from a summary.</source>
        <translation>Für diesen Lauf gibt es keine Aufzeichnung: Er wurde von Hand eingetragen oder aus einer Zusammenfassung importiert.</translation>
    </message>
    <message>
        <source>pace %1 to %2 %3</source>
        <translation>Tempo %1 bis %2 %3</translation>
    </message>
    <message>
        <source>heart rate %1 to %2 bpm</source>
        <translation>Herzfrequenz %1 bis %2 Schläge pro Minute</translation>
    </message>
    <message>
        <source>cadence %1 to %2 steps a minute</source>
        <translation>Schrittfrequenz %1 bis %2 Schritte pro Minute</translation>
    </message>
    <message>
        <source>elevation %1 to %2 m</source>
        <translation>Höhe %1 bis %2 m</translation>
    </message>
    <message>
        <source>Over %1 %2: %3.</source>
        <translation>Auf %1 %2: %3.</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::TrackExportDialog</name>
    <message>
        <source>Export runs as GPX or TCX</source>
        <translation>Läufe als GPX oder TCX exportieren</translation>
    </message>
    <message>
        <source>GPX 1.1 (most programs)</source>
        <translation>GPX 1.1 (die meisten Programme)</translation>
    </message>
    <message>
        <source>TCX (Garmin, with laps)</source>
        <translation>TCX (Garmin, mit Runden)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message numerus="yes">
        <source>The %n run(s) selected in the runs table</source>
        <translation>
            <numerusform>Der %n in der Lauftabelle gewählte Lauf</numerusform>
            <numerusform>Die %n in der Lauftabelle gewählten Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>The runs &amp;between</source>
        <translation>Die Läufe &amp;zwischen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Export into a folder</source>
        <translation>In einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Wähle einen Ordner für die Dateien.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message>
        <source>There are no runs to export: choose runs or a period with runs.</source>
        <translation>Es gibt keine Läufe zum Exportieren: Wähle Läufe oder einen Zeitraum mit Läufen.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written with the run&apos;s track</source>
        <translation>
            <numerusform>%n Datei mit der Strecke des Laufs geschrieben</numerusform>
            <numerusform>%n Dateien mit der Strecke des Laufs geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without a track, written as the summary only</source>
        <translation>
            <numerusform>%n Lauf ohne Strecke, nur als Zusammenfassung geschrieben</numerusform>
            <numerusform>%n Läufe ohne Strecke, nur als Zusammenfassung geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: a file of that name was already there</source>
        <translation>
            <numerusform>%n ausgelassen: Eine Datei dieses Namens gab es schon</numerusform>
            <numerusform>%n ausgelassen: Dateien dieser Namen gab es schon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be written</source>
        <translation>
            <numerusform>%n konnte nicht geschrieben werden</numerusform>
            <numerusform>%n konnten nicht geschrieben werden</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1.</source>
        <translation>, in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n run(s); every file written is complete.</source>
        <translation>
            <numerusform>Abgebrochen nach %n Lauf; jede geschriebene Datei ist vollständig.</numerusform>
            <numerusform>Abgebrochen nach %n Läufen; jede geschriebene Datei ist vollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run is selected in the runs table</source>
        <translation>In der Lauftabelle ist kein Lauf gewählt</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::TrayNotifier</name>
    <message>
        <source>Stridelog</source>
        <translation>Stridelog</translation>
    </message>
    <message>
        <source>Shoe reminder</source>
        <translation>Schuh-Erinnerung</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::WarningCard</name>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::WarningsPanel</name>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::WayBackPage</name>
    <message>
        <source>The way back&apos;s sessions: ratings against the limits</source>
        <translation>Die Einheiten des Wegs zurück: Bewertungen gegen die Grenzen</translation>
    </message>
    <message>
        <source>The six levels</source>
        <translation>Die sechs Stufen</translation>
    </message>
    <message>
        <source>Paused because: %1.</source>
        <translation>Pausiert, weil: %1.</translation>
    </message>
    <message>
        <source>The latest step back: %1</source>
        <translation>Der letzte Schritt zurück: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 ◀ you are here&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 ◀ hier stehst du&lt;/b&gt;</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Währenddessen</translation>
    </message>
    <message>
        <source>An hour after</source>
        <translation>Eine Stunde danach</translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Am nächsten Morgen</translation>
    </message>
    <message>
        <source>Limit during (%1/10)</source>
        <translation>Grenze währenddessen (%1/10)</translation>
    </message>
    <message>
        <source>Limit after and next morning</source>
        <translation>Grenze danach und am nächsten Morgen</translation>
    </message>
    <message>
        <source>%1
level %2</source>
        <translation>%1
Stufe %2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::WeeklyVolumeChart</name>
    <message>
        <source>Weekly distance chart</source>
        <translation>Diagramm des Wochenumfangs</translation>
    </message>
    <message>
        <source>One bar per week with its limit; drag or use the arrow keys to move through the weeks, the wheel or plus and minus to zoom, Home for the last 16 weeks.</source>
        <translation>Ein Balken pro Woche mit ihrer Grenze; ziehen oder Pfeiltasten, um durch die Wochen zu gehen, Mausrad oder Plus und Minus zum Zoomen, Pos1 für die letzten 16 Wochen.</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Innerhalb der Grenze</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Über der Grenze</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Left this week</source>
        <translation>Diese Woche noch</translation>
    </message>
    <message>
        <source>Weekly limit</source>
        <translation>Wochengrenze</translation>
    </message>
    <message>
        <source>Pain, stage %1</source>
        <translation>Schmerz, Stufe %1</translation>
    </message>
    <message>
        <source>No runs yet. Log one (Ctrl+N) and its week appears here.</source>
        <translation>Noch keine Läufe. Trag einen ein (Strg+N), dann erscheint seine Woche hier.</translation>
    </message>
    <message>
        <source>Worst pain (0–10)</source>
        <translation>Max. Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Worst pain, stage 1–4</source>
        <translation>Stärkster Schmerz, Stufe 1–4</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 pro Woche</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::WelcomePage</name>
    <message>
        <source>Welcome to Stridelog</source>
        <translation>Willkommen bei Stridelog</translation>
    </message>
    <message>
        <source>A journal of your runs, your knees and your shoes. Two settings first; you can change them at any time in Edit ▸ Settings.</source>
        <translation>Ein Tagebuch deiner Läufe, deiner Knie und deiner Schuhe. Zuerst zwei Einstellungen; du kannst sie jederzeit unter Bearbeiten ▸ Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Three ways on</source>
        <translation>Drei Wege weiter</translation>
    </message>
    <message>
        <source>Go to the empty dashboard</source>
        <translation>Zur leeren Übersicht</translation>
    </message>
    <message>
        <source>Kilometres (km)</source>
        <translation>Kilometer (km)</translation>
    </message>
    <message>
        <source>Miles (mi)</source>
        <translation>Meilen (mi)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>&amp;Distances in:</source>
        <translation>&amp;Strecken in:</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>&amp;Wochen beginnen am:</translation>
    </message>
    <message>
        <source>Your first pair of shoes (optional): the journal keeps each pair&apos;s distance against its own wear limit.</source>
        <translation>Dein erstes Paar Schuhe (freiwillig): Das Tagebuch führt die Strecke jedes Paares gegen seine eigene Verschleißgrenze.</translation>
    </message>
    <message>
        <source>Name, for example Pegasus 40</source>
        <translation>Name, zum Beispiel Pegasus 40</translation>
    </message>
    <message>
        <source>Name of your first pair</source>
        <translation>Name deines ersten Paares</translation>
    </message>
    <message>
        <source>&amp;Add the pair</source>
        <translation>Paar &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Log your first run…</source>
        <translation>Ersten Lauf eintragen …</translation>
    </message>
    <message>
        <source>Date, distance and time, the pair you wore, and any knee pain after it.</source>
        <translation>Datum, Strecke und Zeit, das getragene Paar und Knieschmerzen danach.</translation>
    </message>
    <message>
        <source>Import from your watch…</source>
        <translation>Von der Uhr importieren …</translation>
    </message>
    <message>
        <source>GPX, TCX and FIT files, Strava&apos;s or Garmin Connect&apos;s CSV, also gzipped; the same as File ▸ Import activities.</source>
        <translation>GPX-, TCX- und FIT-Dateien, CSV von Strava oder Garmin Connect, auch gezippt; wie Datei ▸ Aktivitäten importieren.</translation>
    </message>
    <message>
        <source>Import the watch&apos;s folder…</source>
        <translation>Ordner der Uhr importieren …</translation>
    </message>
    <message>
        <source>Every activity file in a folder, for example the watch&apos;s own folder or a Strava export; files imported twice are recognised.</source>
        <translation>Alle Aktivitätsdateien eines Ordners, zum Beispiel des Ordners der Uhr oder eines Strava-Exports; doppelt importierte Dateien werden erkannt.</translation>
    </message>
    <message>
        <source>Explore a made-up journal</source>
        <translation>Ein erfundenes Tagebuch erkunden</translation>
    </message>
    <message>
        <source>A year of invented runs, pain and shoes in a separate file, to see what the dashboard and the warnings show. Your own journal stays empty; File ▸ Open journal brings you back to it.</source>
        <translation>Ein Jahr erfundener Läufe, Schmerzen und Schuhe in einer eigenen Datei, um zu sehen, was Übersicht und Warnungen zeigen. Dein eigenes Tagebuch bleibt leer; Datei ▸ Tagebuch öffnen bringt dich zurück.</translation>
    </message>
    <message>
        <source>Added %1. Add more pairs on the Shoes page.</source>
        <translation>%1 hinzugefügt. Weitere Paare auf der Seite Schuhe.</translation>
    </message>
    <message>
        <source>a&amp;lready run:</source>
        <translation>bereits ge&amp;laufen:</translation>
    </message>
    <message>
        <source>How far the pair has already run, in %1</source>
        <translation>Wie weit das Paar schon gelaufen ist, in %1</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::YearChart</name>
    <message>
        <source>Distance by month</source>
        <translation>Strecke nach Monaten</translation>
    </message>
    <message>
        <source>%1 by month: %2 in all</source>
        <translation>%1 nach Monaten: %2 insgesamt</translation>
    </message>
    <message>
        <source>%1 by month: %2</source>
        <translation>%1 nach Monaten: %2</translation>
    </message>
    <message>
        <source>Distance (%1)</source>
        <translation>Strecke (%1)</translation>
    </message>
</context>
<context>
    <name>stridelog::gui::edits</name>
    <message>
        <source>Import activities</source>
        <translation>Aktivitäten importieren</translation>
    </message>
    <message>
        <source>Log run</source>
        <translation>Lauf eintragen</translation>
    </message>
    <message>
        <source>Change run</source>
        <translation>Lauf ändern</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Log knee pain</source>
        <translation>Knieschmerz eintragen</translation>
    </message>
    <message>
        <source>Change pain entry</source>
        <translation>Schmerzeintrag ändern</translation>
    </message>
    <message>
        <source>Delete pain entry</source>
        <translation>Schmerzeintrag löschen</translation>
    </message>
    <message>
        <source>Pain is gone</source>
        <translation>Schmerz ist weg</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <source>Change pair</source>
        <translation>Paar ändern</translation>
    </message>
    <message>
        <source>Delete pair</source>
        <translation>Paar löschen</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>Assign a pair to runs</source>
        <translation>Läufen ein Paar zuordnen</translation>
    </message>
    <message>
        <source>Morning check</source>
        <translation>Morgencheck</translation>
    </message>
</context>
</TS>
