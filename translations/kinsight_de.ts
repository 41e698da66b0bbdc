<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppMetricLayout</name>
    <message>
        <source>Opens</source>
        <translation>Öffnungen</translation>
    </message>
    <message>
        <source>VFS bytes</source>
        <translation>VFS-Bytes</translation>
    </message>
    <message>
        <source>Network bytes</source>
        <translation>Netzwerk-Bytes</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>Forks</translation>
    </message>
    <message>
        <source>Page-cache misses</source>
        <translation>Seitencache-Fehltreffer</translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation>OOM-Kills</translation>
    </message>
    <message>
        <source>Processes killed due to out of memory</source>
        <translation>Wegen Speichermangels beendete Prozesse</translation>
    </message>
    <message>
        <source>Processes created with do_fork</source>
        <translation>Mit do_fork erzeugte Prozesse</translation>
    </message>
    <message>
        <source>Threads created with do_fork or clone(2)</source>
        <translation>Mit do_fork oder clone(2) erzeugte Threads</translation>
    </message>
    <message>
        <source>Calls to do_exit</source>
        <translation>Aufrufe von do_exit</translation>
    </message>
    <message>
        <source>Calls to release_task</source>
        <translation>Aufrufe von release_task</translation>
    </message>
    <message>
        <source>Errors creating a thread or process</source>
        <translation>Fehler beim Erzeugen eines Threads oder Prozesses</translation>
    </message>
    <message>
        <source>Calls to swap_readpage</source>
        <translation>Aufrufe von swap_readpage</translation>
    </message>
    <message>
        <source>Calls to swap_writepage</source>
        <translation>Aufrufe von swap_writepage</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>Gesendete Bytes</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Empfangene Bytes</translation>
    </message>
    <message>
        <source>Calls to tcp_sendmsg</source>
        <translation>Aufrufe von tcp_sendmsg</translation>
    </message>
    <message>
        <source>Calls to tcp_cleanup_rbuf</source>
        <translation>Aufrufe von tcp_cleanup_rbuf</translation>
    </message>
    <message>
        <source>Calls to tcp_retransmit_skb</source>
        <translation>Aufrufe von tcp_retransmit_skb</translation>
    </message>
    <message>
        <source>Calls to udp_sendmsg</source>
        <translation>Aufrufe von udp_sendmsg</translation>
    </message>
    <message>
        <source>Calls to udp_recvmsg</source>
        <translation>Aufrufe von udp_recvmsg</translation>
    </message>
    <message>
        <source>Calls to open files</source>
        <translation>Aufrufe zum Öffnen von Dateien</translation>
    </message>
    <message>
        <source>Calls to open files that returned errors</source>
        <translation>Aufrufe zum Öffnen von Dateien, die Fehler lieferten</translation>
    </message>
    <message>
        <source>Files closed</source>
        <translation>Geschlossene Dateien</translation>
    </message>
    <message>
        <source>Calls to close files that returned errors</source>
        <translation>Aufrufe zum Schließen von Dateien, die Fehler lieferten</translation>
    </message>
    <message>
        <source>Calls to vfs_unlink</source>
        <translation>Aufrufe von vfs_unlink</translation>
    </message>
    <message>
        <source>Calls to vfs_write</source>
        <translation>Aufrufe von vfs_write</translation>
    </message>
    <message>
        <source>Calls to write a file that returned errors</source>
        <translation>Aufrufe zum Schreiben einer Datei, die Fehler lieferten</translation>
    </message>
    <message>
        <source>Calls to vfs_read</source>
        <translation>Aufrufe von vfs_read</translation>
    </message>
    <message>
        <source>Bytes written with vfs_write</source>
        <translation>Mit vfs_write geschriebene Bytes</translation>
    </message>
    <message>
        <source>Bytes read with vfs_read</source>
        <translation>Mit vfs_read gelesene Bytes</translation>
    </message>
    <message>
        <source>Calls to read a file that returned errors</source>
        <translation>Aufrufe zum Lesen einer Datei, die Fehler lieferten</translation>
    </message>
    <message>
        <source>Calls to vfs_fsync</source>
        <translation>Aufrufe von vfs_fsync</translation>
    </message>
    <message>
        <source>Calls to sync a file that returned errors</source>
        <translation>Aufrufe zum Synchronisieren einer Datei, die Fehler lieferten</translation>
    </message>
    <message>
        <source>Calls to vfs_open</source>
        <translation>Aufrufe von vfs_open</translation>
    </message>
    <message>
        <source>Calls to vfs_open that returned errors</source>
        <translation>Aufrufe von vfs_open, die Fehler lieferten</translation>
    </message>
    <message>
        <source>Calls to vfs_create</source>
        <translation>Aufrufe von vfs_create</translation>
    </message>
    <message>
        <source>Calls to vfs_create that returned errors</source>
        <translation>Aufrufe von vfs_create, die Fehler lieferten</translation>
    </message>
    <message>
        <source>Ratio of pages accessed that were in the page cache</source>
        <translation>Anteil der zugegriffenen Seiten, die im Seitencache waren</translation>
    </message>
    <message>
        <source>Modified (dirty) pages</source>
        <translation>Geänderte (dirty) Seiten</translation>
    </message>
    <message>
        <source>Accessed pages</source>
        <translation>Zugegriffene Seiten</translation>
    </message>
    <message>
        <source>Pages brought from disk</source>
        <translation>Von der Platte geholte Seiten</translation>
    </message>
    <message>
        <source>Ratio of files available in the directory cache</source>
        <translation>Anteil der Dateien, die im Verzeichniscache verfügbar waren</translation>
    </message>
    <message>
        <source>Files accessed</source>
        <translation>Zugegriffene Dateien</translation>
    </message>
    <message>
        <source>Files accessed that were not in the cache</source>
        <translation>Zugegriffene Dateien, die nicht im Cache waren</translation>
    </message>
    <message>
        <source>Files not found</source>
        <translation>Nicht gefundene Dateien</translation>
    </message>
    <message>
        <source>Calls to shmget</source>
        <translation>Aufrufe von shmget</translation>
    </message>
    <message>
        <source>Calls to shmat</source>
        <translation>Aufrufe von shmat</translation>
    </message>
    <message>
        <source>Calls to shmdt</source>
        <translation>Aufrufe von shmdt</translation>
    </message>
    <message>
        <source>Calls to shmctl</source>
        <translation>Aufrufe von shmctl</translation>
    </message>
    <message>
        <source>not collected in this session (the %1 collector is not running)</source>
        <translation>in dieser Sitzung nicht erfasst (der Kollektor %1 läuft nicht)</translation>
    </message>
    <message>
        <source>%1 is not collected in this session</source>
        <translation>%1 wird in dieser Sitzung nicht erfasst</translation>
    </message>
</context>
<context>
    <name>AttachSummary</name>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>no hook attached</source>
        <translation>kein Hook angehängt</translation>
    </message>
    <message>
        <source>, %1 of %2 hooks</source>
        <translation>, %1 von %2 Hooks</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Nicht geladen: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not attached</source>
        <translation>%1: nicht angehängt</translation>
    </message>
    <message>
        <source>Session → Attach details… lists every rejected variant.</source>
        <translation>Sitzung → Attach-Details… listet jede abgelehnte Variante auf.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Bytes written and read</source>
        <translation>Geschriebene und gelesene Bytes</translation>
    </message>
    <message>
        <source>Calls to IO</source>
        <translation>E/A-Aufrufe</translation>
    </message>
    <message>
        <source>Calls to access swap memory</source>
        <translation>Aufrufe für den Zugriff auf Swap-Speicher</translation>
    </message>
    <message>
        <source>Calls to internal functions</source>
        <translation>Aufrufe interner Funktionen</translation>
    </message>
    <message>
        <source>Calls to mount and umount syscalls</source>
        <translation>Aufrufe der Syscalls mount und umount</translation>
    </message>
    <message>
        <source>Calls to shared memory system calls</source>
        <translation>Aufrufe der Systemaufrufe für gemeinsamen Speicher</translation>
    </message>
    <message>
        <source>Calls to vfs_create</source>
        <translation>Aufrufe von vfs_create</translation>
    </message>
    <message>
        <source>Calls to vfs_fsync</source>
        <translation>Aufrufe von vfs_fsync</translation>
    </message>
    <message>
        <source>Calls to vfs_open</source>
        <translation>Aufrufe von vfs_open</translation>
    </message>
    <message>
        <source>Directory cache</source>
        <translation>Verzeichnis-Cache</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Errors to mount and umount file systems</source>
        <translation>Fehler beim Ein- und Aushängen von Dateisystemen</translation>
    </message>
    <message>
        <source>Exit process</source>
        <translation>Prozessende</translation>
    </message>
    <message>
        <source>Fails to create a file</source>
        <translation>Fehler beim Anlegen einer Datei</translation>
    </message>
    <message>
        <source>Fails to create process</source>
        <translation>Fehler beim Erzeugen eines Prozesses</translation>
    </message>
    <message>
        <source>Fails to open a file</source>
        <translation>Fehler beim Öffnen einer Datei</translation>
    </message>
    <message>
        <source>Fails to synchronize</source>
        <translation>Fehler beim Synchronisieren</translation>
    </message>
    <message>
        <source>Fails to write or read</source>
        <translation>Fehler beim Schreiben oder Lesen</translation>
    </message>
    <message>
        <source>File descriptor</source>
        <translation>Dateideskriptor</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>Flush</source>
        <translation>Flush</translation>
    </message>
    <message>
        <source>Hardware IRQ handler runs</source>
        <translation>Ausführungen von Hardware-IRQ-Handlern</translation>
    </message>
    <message>
        <source>Hardware IRQ latency</source>
        <translation>Hardware-IRQ-Latenz</translation>
    </message>
    <message>
        <source>IPC shared memory</source>
        <translation>IPC-Shared-Memory</translation>
    </message>
    <message>
        <source>Inbound connections</source>
        <translation>Eingehende Verbindungen</translation>
    </message>
    <message>
        <source>Interrupts</source>
        <translation>Interrupts</translation>
    </message>
    <message>
        <source>MD flush</source>
        <translation>MD-Flush</translation>
    </message>
    <message>
        <source>MD flushes</source>
        <translation>MD-Flushes</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Monitor calls to fsync(2) and fdatasync(2)</source>
        <translation>Aufrufe von fsync(2) und fdatasync(2)</translation>
    </message>
    <message>
        <source>Monitor calls to msync(2)</source>
        <translation>Aufrufe von msync(2)</translation>
    </message>
    <message>
        <source>Monitor calls to sync(2) and syncfs(2)</source>
        <translation>Aufrufe von sync(2) und syncfs(2)</translation>
    </message>
    <message>
        <source>Monitor calls to sync_file_range(2)</source>
        <translation>Aufrufe von sync_file_range(2)</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Einhängen</translation>
    </message>
    <message>
        <source>Mount Points</source>
        <translation>Einhängepunkte</translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation>OOM-Kills</translation>
    </message>
    <message>
        <source>Open and close calls</source>
        <translation>Öffnen- und Schließen-Aufrufe</translation>
    </message>
    <message>
        <source>Open fails</source>
        <translation>Fehlgeschlagenes Öffnen</translation>
    </message>
    <message>
        <source>Out of memory kills</source>
        <translation>Durch Speichermangel beendete Prozesse</translation>
    </message>
    <message>
        <source>Packages retransmitted</source>
        <translation>Erneut übertragene Pakete</translation>
    </message>
    <message>
        <source>Page cache</source>
        <translation>Seiten-Cache</translation>
    </message>
    <message>
        <source>Page cache hit ratio</source>
        <translation>Trefferquote des Seiten-Caches</translation>
    </message>
    <message>
        <source>Page cache hits</source>
        <translation>Treffer im Seiten-Cache</translation>
    </message>
    <message>
        <source>Page cache misses (pages read in)</source>
        <translation>Fehlgriffe im Seiten-Cache (eingelesene Seiten)</translation>
    </message>
    <message>
        <source>Pages dirtied</source>
        <translation>Geänderte Seiten</translation>
    </message>
    <message>
        <source>Percentage of files inside directory cache</source>
        <translation>Anteil der Dateien im Verzeichnis-Cache</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Process not closed</source>
        <translation>Nicht beendete Prozesse</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Dateien löschen</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Softirqs</source>
        <translation>Softirqs</translation>
    </message>
    <message>
        <source>Software IRQ latency</source>
        <translation>Software-IRQ-Latenz</translation>
    </message>
    <message>
        <source>Software IRQ runs</source>
        <translation>Software-IRQ-Ausführungen</translation>
    </message>
    <message>
        <source>Start process</source>
        <translation>Prozessstart</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>System Overview</source>
        <translation>Systemübersicht</translation>
    </message>
    <message>
        <source>TCP bandwidth</source>
        <translation>TCP-Bandbreite</translation>
    </message>
    <message>
        <source>TCP errors</source>
        <translation>TCP-Fehler</translation>
    </message>
    <message>
        <source>TCP outbound connections</source>
        <translation>Ausgehende TCP-Verbindungen</translation>
    </message>
    <message>
        <source>UDP bandwidth</source>
        <translation>UDP-Bandbreite</translation>
    </message>
    <message>
        <source>UDP calls</source>
        <translation>UDP-Aufrufe</translation>
    </message>
    <message>
        <source>UDP errors</source>
        <translation>UDP-Fehler</translation>
    </message>
    <message>
        <source>VFS</source>
        <translation>VFS</translation>
    </message>
    <message>
        <source>Variables used to calculate hit ratio</source>
        <translation>Werte zur Berechnung der Trefferquote</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation>Aufrufe/s</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>connected_V4</source>
        <translation>connected_V4</translation>
    </message>
    <message>
        <source>connected_V6</source>
        <translation>connected_V6</translation>
    </message>
    <message>
        <source>connected_tcp</source>
        <translation>connected_tcp</translation>
    </message>
    <message>
        <source>connected_udp</source>
        <translation>connected_udp</translation>
    </message>
    <message>
        <source>connections/s</source>
        <translation>Verbindungen/s</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>ctl</source>
        <translation>ctl</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>dirty</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>dt</source>
        <translation>dt</translation>
    </message>
    <message>
        <source>eBPF</source>
        <translation>eBPF</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>exit</translation>
    </message>
    <message>
        <source>fdatasync</source>
        <translation>fdatasync</translation>
    </message>
    <message>
        <source>flushes/s</source>
        <translation>Flushes/s</translation>
    </message>
    <message>
        <source>fsync</source>
        <translation>fsync</translation>
    </message>
    <message>
        <source>get</source>
        <translation>get</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>hits/s</source>
        <translation>Treffer/s</translation>
    </message>
    <message>
        <source>kills</source>
        <translation>Kills</translation>
    </message>
    <message>
        <source>kills/s</source>
        <translation>Kills/s</translation>
    </message>
    <message>
        <source>kilobits/s</source>
        <translation>Kilobit/s</translation>
    </message>
    <message>
        <source>lookups/s</source>
        <translation>Suchen/s</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>Fehlgriff</translation>
    </message>
    <message>
        <source>misses/s</source>
        <translation>Fehlgriffe/s</translation>
    </message>
    <message>
        <source>mount</source>
        <translation>mount</translation>
    </message>
    <message>
        <source>msync</source>
        <translation>msync</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>pages/s</source>
        <translation>Seiten/s</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>retransmitted</source>
        <translation>erneut übertragen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>langsam</translation>
    </message>
    <message>
        <source>started - exited</source>
        <translation>gestartet - beendet</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>sync_file_range</source>
        <translation>sync_file_range</translation>
    </message>
    <message>
        <source>syncfs</source>
        <translation>syncfs</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>umount</source>
        <translation>umount</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <source>Disk latency of {key}</source>
        <translation>Latenz der Festplatte {key}</translation>
    </message>
    <message>
        <source>{key} attribute latency</source>
        <translation>{key}: Latenz der Attributabfragen</translation>
    </message>
    <message>
        <source>{key} open latency</source>
        <translation>{key}: Latenz beim Öffnen</translation>
    </message>
    <message>
        <source>{key} read latency</source>
        <translation>{key}: Leselatenz</translation>
    </message>
    <message>
        <source>{key} sync latency</source>
        <translation>{key}: Sync-Latenz</translation>
    </message>
    <message>
        <source>{key} write latency</source>
        <translation>{key}: Schreiblatenz</translation>
    </message>
</context>
<context>
    <name>LaunchCheck</name>
    <message>
        <source>Enter the program to run.</source>
        <translation>Geben Sie das auszuführende Programm ein.</translation>
    </message>
    <message>
        <source>The working directory “%1” does not exist. Choose an existing folder, or leave the field empty.</source>
        <translation>Das Arbeitsverzeichnis „%1“ existiert nicht. Wählen Sie einen vorhandenen Ordner oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name (letters, digits and _, not starting with a digit).</source>
        <translation>„%1“ ist kein gültiger Name für eine Umgebungsvariable (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend).</translation>
    </message>
    <message>
        <source>Choose at least one module to measure with (for example process, fd, vfs).</source>
        <translation>Wählen Sie mindestens ein Modul zum Messen (zum Beispiel process, fd, vfs).</translation>
    </message>
    <message>
        <source>Command not found: “%1” does not exist. Check the path.</source>
        <translation>Befehl nicht gefunden: „%1“ existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>“%1” is not an executable file. Make it executable (chmod +x) or choose another program.</source>
        <translation>„%1“ ist keine ausführbare Datei. Machen Sie sie ausführbar (chmod +x) oder wählen Sie ein anderes Programm.</translation>
    </message>
    <message>
        <source>Command not found: “%1” is not in PATH. Check the spelling, give its full path, or install it.</source>
        <translation>Befehl nicht gefunden: „%1“ ist nicht im PATH. Prüfen Sie die Schreibweise, geben Sie den vollständigen Pfad an oder installieren Sie ihn.</translation>
    </message>
    <message>
        <source>The arguments have an unterminated quote. Close it, or put a backslash before a quote that is part of an argument.</source>
        <translation>Die Argumente enthalten ein nicht geschlossenes Anführungszeichen. Schließen Sie es, oder setzen Sie einen Backslash vor ein Anführungszeichen, das zu einem Argument gehört.</translation>
    </message>
</context>
<context>
    <name>LaunchParser</name>
    <message>
        <source>Shows, every second, how applications interact with the Linux kernel.</source>
        <translation>Zeigt Sekunde für Sekunde, wie Anwendungen mit dem Linux-Kernel interagieren.</translation>
    </message>
    <message>
        <source>Replay the recording &lt;file&gt; instead of measuring live.</source>
        <translation>Die Aufzeichnung &lt;Datei&gt; abspielen, statt live zu messen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Replay &lt;fps&gt; frames per second (default 0: all at once).</source>
        <translation>&lt;fps&gt; Frames pro Sekunde abspielen (Standard 0: alle auf einmal).</translation>
    </message>
    <message>
        <source>fps</source>
        <translation>fps</translation>
    </message>
    <message>
        <source>Seconds between samples of a live session (default 1).</source>
        <translation>Sekunden zwischen den Messwerten einer Live-Sitzung (Standard 1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Comma-separated modules to load (default process,fd,vfs).</source>
        <translation>Zu ladende Module, durch Kommas getrennt (Standard process,fd,vfs).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>entry counts calls; return also counts errors (default entry).</source>
        <translation>entry zählt Aufrufe; return zählt auch Fehler (Standard entry).</translation>
    </message>
    <message>
        <source>entry|return</source>
        <translation>entry|return</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--replay-speed must be a number of frames per second from 0 to 1000</source>
        <translation>--replay-speed muss eine Zahl von Frames pro Sekunde zwischen 0 und 1000 sein</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0.1 to 3600</source>
        <translation>--interval muss eine Zahl von Sekunden zwischen 0.1 und 3600 sein</translation>
    </message>
    <message>
        <source>--modules: &quot;%1&quot; is not a module name</source>
        <translation>--modules: „%1“ ist kein Modulname</translation>
    </message>
    <message>
        <source>--modules needs at least one module</source>
        <translation>--modules braucht mindestens ein Modul</translation>
    </message>
    <message>
        <source>--load-mode must be entry or return</source>
        <translation>--load-mode muss entry oder return sein</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the recording</source>
        <translation>Die Aufzeichnung kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>RulesStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>SessionExport</name>
    <message>
        <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot encode the chart as PNG.</source>
        <translation>Das Diagramm kann nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <source>Exported by Kinsight</source>
        <translation>Exportiert von Kinsight</translation>
    </message>
    <message>
        <source>Cannot draw the chart as SVG.</source>
        <translation>Das Diagramm kann nicht als SVG gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>StatePresenter</name>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>Start a live session to measure this system, or open a recording made earlier.</source>
        <translation>Starten Sie eine Live-Sitzung, um dieses System zu messen, oder öffnen Sie eine frühere Aufzeichnung.</translation>
    </message>
    <message>
        <source>Connecting to the Kinsight helper…</source>
        <translation>Verbindung zum Kinsight-Helfer wird hergestellt…</translation>
    </message>
    <message>
        <source>If a password dialog is open, authenticate to allow measuring the kernel.</source>
        <translation>Wenn ein Passwortdialog offen ist, authentifizieren Sie sich, um das Messen des Kernels zu erlauben.</translation>
    </message>
    <message>
        <source>Replaying a recording</source>
        <translation>Eine Aufzeichnung wird abgespielt</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Messung läuft</translation>
    </message>
    <message>
        <source>The Kinsight helper is not available</source>
        <translation>Der Kinsight-Helfer ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Without the helper you can still open a recording made on another machine.</source>
        <translation>Ohne den Helfer können Sie weiterhin eine auf einem anderen Rechner erstellte Aufzeichnung öffnen.</translation>
    </message>
    <message>
        <source>Not authorized to measure this system</source>
        <translation>Keine Berechtigung, dieses System zu messen</translation>
    </message>
    <message>
        <source>Retry to be asked again.</source>
        <translation>Versuchen Sie es erneut, um wieder gefragt zu werden.</translation>
    </message>
    <message>
        <source>This kernel cannot run Kinsight&apos;s probes</source>
        <translation>Dieser Kernel kann die Messfühler von Kinsight nicht ausführen</translation>
    </message>
    <message>
        <source>Kinsight needs a kernel with BPF and BTF type information (/sys/kernel/btf/vmlinux) and without lockdown in confidentiality mode. Diagnostics shows what this one lacks.</source>
        <translation>Kinsight braucht einen Kernel mit BPF und BTF-Typinformationen (/sys/kernel/btf/vmlinux) und ohne Lockdown im Modus „confidentiality“. Die Diagnose zeigt, was diesem fehlt.</translation>
    </message>
    <message>
        <source>The session failed</source>
        <translation>Die Sitzung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The helper went away — reconnecting by itself</source>
        <translation>Der Helfer ist weg — die Verbindung wird selbsttätig wiederhergestellt</translation>
    </message>
    <message>
        <source>The charts continue when the helper is back.</source>
        <translation>Die Diagramme laufen weiter, sobald der Helfer zurück ist.</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>Ende der Aufzeichnung</translation>
    </message>
    <message>
        <source>The session ended</source>
        <translation>Die Sitzung ist beendet</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Start a &amp;live session</source>
        <translation>&amp;Live-Sitzung starten</translation>
    </message>
    <message>
        <source>&amp;Open a recording…</source>
        <translation>Aufzeichnung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Replay &amp;again</source>
        <translation>&amp;Nochmals abspielen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Run &amp;diagnostics</source>
        <translation>&amp;Diagnose ausführen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Replaying</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Helper not available</source>
        <translation>Helfer nicht verfügbar</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Kernel unsupported</source>
        <translation>Kernel nicht unterstützt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Recording replayed</source>
        <translation>Aufzeichnung abgespielt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>kinsight::apps::ui::AppDashboard</name>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>inspected process tree</source>
        <translation>untersuchter Prozessbaum</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>← &amp;Applications</source>
        <translation>← &amp;Anwendungen</translation>
    </message>
    <message>
        <source>Back to the list of applications (Alt+Left)</source>
        <translation>Zurück zur Liste der Anwendungen (Alt+Links)</translation>
    </message>
    <message>
        <source>Totals since selection</source>
        <translation>Summen seit der Auswahl</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Choose an application, a process or a cgroup on the Applications page.</source>
        <translation>Wählen Sie auf der Seite „Anwendungen“ eine Anwendung, einen Prozess oder eine cgroup.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>ended: its totals until then stay</source>
        <translation>beendet: seine Summen bis dahin bleiben</translation>
    </message>
    <message>
        <source>gone: its totals until then stay</source>
        <translation>verschwunden: seine Summen bis dahin bleiben</translation>
    </message>
    <message>
        <source>totals since selection, %1 ago</source>
        <translation>Summen seit der Auswahl, vor %1</translation>
    </message>
    <message>
        <source>waiting for the first sample</source>
        <translation>warten auf den ersten Messwert</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>live processes: %1</source>
        <translation>laufende Prozesse: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — unavailable: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Inspect this cgroup in the &amp;kernel…</source>
        <translation>Diese cgroup im Kernel &amp;untersuchen…</translation>
    </message>
    <message>
        <source>Inspect this process tree in the &amp;kernel…</source>
        <translation>Diesen Prozessbaum im Kernel &amp;untersuchen…</translation>
    </message>
    <message>
        <source>Count this cgroup alone, in a window of its own: per-process counting in the kernel is restricted to it, other processes pay only the hook</source>
        <translation>Nur diese cgroup zählen, in einem eigenen Fenster: die Zählung pro Prozess im Kernel ist auf sie beschränkt, andere Prozesse zahlen nur den Hook</translation>
    </message>
    <message>
        <source>Count this process and every process it starts, in a window of its own: per-process counting in the kernel is restricted to them</source>
        <translation>Diesen Prozess und jeden von ihm gestarteten Prozess zählen, in einem eigenen Fenster: die Zählung pro Prozess im Kernel ist auf sie beschränkt</translation>
    </message>
</context>
<context>
    <name>kinsight::apps::ui::AppsPage</name>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Cgroups</source>
        <translation>Cgroups</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Processes grouped by executable name and your grouping rules</source>
        <translation>Prozesse, gruppiert nach Name der ausführbaren Datei und Ihren Gruppierungsregeln</translation>
    </message>
    <message>
        <source>Systemd services, sessions and containers, by name</source>
        <translation>Systemd-Dienste, Sitzungen und Container, nach Name</translation>
    </message>
    <message>
        <source>Every process with counts, like a system monitor</source>
        <translation>Jeder Prozess mit Zählwerten, wie in einer Systemüberwachung</translation>
    </message>
    <message>
        <source>Search: name, executable, PID, cgroup (Ctrl+F)</source>
        <translation>Suchen: Name, ausführbare Datei, PID, cgroup (Strg+F)</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Anwendungen suchen</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>since the session began</source>
        <translation>seit Beginn der Sitzung</translation>
    </message>
    <message>
        <source>&amp;Children count for:</source>
        <translation>&amp;Kindprozesse zählen für:</translation>
    </message>
    <message>
        <source>themselves (collect pid = all)</source>
        <translation>sich selbst (collect pid = all)</translation>
    </message>
    <message>
        <source>their real parent (real parent)</source>
        <translation>ihren echten Elternprozess (real parent)</translation>
    </message>
    <message>
        <source>their parent, or tracer (parent)</source>
        <translation>ihren Elternprozess oder Tracer (parent)</translation>
    </message>
    <message>
        <source>Netdata&apos;s &apos;collect pid&apos;: whose application a process&apos;s counts go to. Counts already made stay where they went; new ones follow the choice.</source>
        <translation>„collect pid“ von Netdata: welcher Anwendung die Zählwerte eines Prozesses zugerechnet werden. Bereits Gezähltes bleibt, wo es ist; neue Zählwerte folgen der Wahl.</translation>
    </message>
    <message>
        <source>&amp;Grouping rules…</source>
        <translation>&amp;Gruppierungsregeln…</translation>
    </message>
    <message>
        <source>&amp;Pick a process…</source>
        <translation>Prozess &amp;auswählen…</translation>
    </message>
    <message>
        <source>Per-cgroup counters are off in this session.
Turn on &apos;cgroups = yes&apos; in Settings (ebpf.d.conf [global]) and start the session again to see systemd services and containers here.</source>
        <translation>Zähler pro cgroup sind in dieser Sitzung ausgeschaltet.
Schalten Sie „cgroups = yes“ in den Einstellungen ein (ebpf.d.conf [global]) und starten Sie die Sitzung neu, um hier Systemd-Dienste und Container zu sehen.</translation>
    </message>
    <message>
        <source>The session&apos;s setting comes from %1.</source>
        <translation>Die Einstellung der Sitzung stammt aus %1.</translation>
    </message>
    <message>
        <source>No session yet. Applications appear once a session with per-process counters runs.</source>
        <translation>Noch keine Sitzung. Anwendungen erscheinen, sobald eine Sitzung mit Zählern pro Prozess läuft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This session keeps no per-process counters&lt;/b&gt;, so it cannot tell applications apart. Set &lt;code&gt;apps = yes&lt;/code&gt; in Settings (ebpf.d.conf, [global]) and start the session again.</source>
        <translation>&lt;b&gt;Diese Sitzung führt keine Zähler pro Prozess&lt;/b&gt; und kann daher Anwendungen nicht unterscheiden. Setzen Sie &lt;code&gt;apps = yes&lt;/code&gt; in den Einstellungen (ebpf.d.conf, [global]) und starten Sie die Sitzung neu.</translation>
    </message>
    <message>
        <source>Open &amp;dashboard</source>
        <translation>&amp;Dashboard öffnen</translation>
    </message>
    <message>
        <source>Open its &amp;application&apos;s dashboard (%1)</source>
        <translation>Dashboard seiner &amp;Anwendung öffnen (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>Namen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy cgroup &amp;path</source>
        <translation>cgroup-&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>applications: %1</source>
        <translation>Anwendungen: %1</translation>
    </message>
    <message>
        <source>cgroups: %1</source>
        <translation>cgroups: %1</translation>
    </message>
    <message>
        <source>processes: %1</source>
        <translation>Prozesse: %1</translation>
    </message>
    <message>
        <source>%1, %2 shown</source>
        <translation>%1, %2 angezeigt</translation>
    </message>
    <message>
        <source>live processes counted: %1</source>
        <translation>gezählte laufende Prozesse: %1</translation>
    </message>
    <message>
        <source>events that found the process table full (pid table size), counted for no application: %1</source>
        <translation>Ereignisse, die die Prozesstabelle voll fanden (pid table size) und für keine Anwendung zählen: %1</translation>
    </message>
    <message>
        <source>final records of ended processes lost: %1</source>
        <translation>verlorene Abschlussdatensätze beendeter Prozesse: %1</translation>
    </message>
    <message>
        <source>Inspect this cgroup in the &amp;kernel…</source>
        <translation>Diese cgroup im Kernel &amp;untersuchen…</translation>
    </message>
    <message>
        <source>Inspect this process tree in the &amp;kernel…</source>
        <translation>Diesen Prozessbaum im Kernel &amp;untersuchen…</translation>
    </message>
</context>
<context>
    <name>kinsight::apps::ui::AppsTableModel</name>
    <message>
        <source>Grouped by a rule of yours (see Grouping rules…)</source>
        <translation>Durch eine Ihrer Regeln gruppiert (siehe Gruppierungsregeln…)</translation>
    </message>
    <message>
        <source>Processes running the executable %1</source>
        <translation>Prozesse, die die ausführbare Datei %1 ausführen</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 is unavailable in this session: %2</source>
        <translation>%1 ist in dieser Sitzung nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>%1 events per second</source>
        <translation>%1 Ereignisse pro Sekunde</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>Cgroup</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unavailable in this session: %1</source>
        <translation>In dieser Sitzung nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Events per second over the last %1 samples (calls, pages, lookups; bytes left out)</source>
        <translation>Ereignisse pro Sekunde über die letzten %1 Messwerte (Aufrufe, Seiten, Suchvorgänge; ohne Bytes)</translation>
    </message>
</context>
<context>
    <name>kinsight::apps::ui::MetricTotalsModel</name>
    <message>
        <source>Counted since this dashboard was opened</source>
        <translation>Gezählt, seit diese Übersicht geöffnet wurde</translation>
    </message>
    <message>
        <source>Per second over the last interval</source>
        <translation>Pro Sekunde im letzten Intervall</translation>
    </message>
    <message>
        <source>Counted since the session began (for a process: since it started, if later)</source>
        <translation>Gezählt seit Beginn der Sitzung (bei einem Prozess: seit seinem Start, falls später)</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Seit Beginn</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Since selection</source>
        <translation>Seit der Auswahl</translation>
    </message>
    <message>
        <source>Last interval</source>
        <translation>Letztes Intervall</translation>
    </message>
</context>
<context>
    <name>kinsight::apps::ui::ProcessPickerDialog</name>
    <message>
        <source>Pick a process</source>
        <translation>Einen Prozess auswählen</translation>
    </message>
    <message>
        <source>Search: PID, name, executable, application, cgroup</source>
        <translation>Suchen: PID, Name, ausführbare Datei, Anwendung, cgroup</translation>
    </message>
    <message>
        <source>Search processes</source>
        <translation>Prozesse suchen</translation>
    </message>
    <message>
        <source>Open &amp;dashboard</source>
        <translation>&amp;Dashboard öffnen</translation>
    </message>
</context>
<context>
    <name>kinsight::apps::ui::RulesEditorDialog</name>
    <message>
        <source>Grouping rules</source>
        <translation>Gruppierungsregeln</translation>
    </message>
    <message>
        <source>Processes are grouped into applications by executable name. Each line &lt;code&gt;application: pattern pattern …&lt;/code&gt; merges names into one application; patterns are shell globs (&lt;code&gt;*&lt;/code&gt; &lt;code&gt;?&lt;/code&gt; &lt;code&gt;[…]&lt;/code&gt;) on the task or executable name, or on the executable&apos;s path when they contain a &lt;code&gt;/&lt;/code&gt;. The first matching line wins; &lt;code&gt;#&lt;/code&gt; starts a comment.</source>
        <translation>Prozesse werden nach dem Namen der ausführbaren Datei zu Anwendungen gruppiert. Jede Zeile &lt;code&gt;anwendung: muster muster …&lt;/code&gt; fasst Namen zu einer Anwendung zusammen; Muster sind Shell-Globs (&lt;code&gt;*&lt;/code&gt; &lt;code&gt;?&lt;/code&gt; &lt;code&gt;[…]&lt;/code&gt;) auf den Task- oder Programmnamen, oder auf den Pfad der ausführbaren Datei, wenn sie ein &lt;code&gt;/&lt;/code&gt; enthalten. Die erste passende Zeile gewinnt; &lt;code&gt;#&lt;/code&gt; leitet einen Kommentar ein.</translation>
    </message>
    <message>
        <source>a task name (cc1plus) or an executable path (/usr/bin/gcc-12)</source>
        <translation>ein Task-Name (cc1plus) oder ein Programmpfad (/usr/bin/gcc-12)</translation>
    </message>
    <message>
        <source>&amp;Test a process:</source>
        <translation>Einen Prozess &amp;testen:</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Kinsight&apos;s defaults; Save writes them to %1</source>
        <translation>Standardwerte von Kinsight; Speichern schreibt sie nach %1</translation>
    </message>
    <message>
        <source>Regroup the Applications page now, without saving</source>
        <translation>Die Seite „Anwendungen“ jetzt neu gruppieren, ohne zu speichern</translation>
    </message>
    <message>
        <source>Regroup now and keep these rules for next time</source>
        <translation>Jetzt neu gruppieren und diese Regeln für das nächste Mal behalten</translation>
    </message>
    <message>
        <source>Lines that will be skipped:
%1</source>
        <translation>Zeilen, die übersprungen werden:
%1</translation>
    </message>
    <message>
        <source>→ %1 (rule on line %2)</source>
        <translation>→ %1 (Regel in Zeile %2)</translation>
    </message>
    <message>
        <source>→ %1 (no rule: its executable&apos;s name)</source>
        <translation>→ %1 (keine Regel: der Name seiner ausführbaren Datei)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Rules: %1, no problems.</source>
        <translation>Regeln: %1, keine Probleme.</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::AttachDetailsDialog</name>
    <message>
        <source>Attach details</source>
        <translation>Attach-Details</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Kernel %1, attach policy &quot;%2&quot;, load mode &quot;%3&quot;. Each hook uses the first variant that loads and attaches, cheapest first; the rejected ones are listed under it.</source>
        <translation>Kernel %1, Attach-Strategie „%2“, Lademodus „%3“. Jeder Hook verwendet die erste Variante, die lädt und sich anhängt, die günstigste zuerst; die abgelehnten stehen darunter.</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::AttachDetailsModel</name>
    <message>
        <source>Module / hook / variant</source>
        <translation>Modul / Hook / Variante</translation>
    </message>
    <message>
        <source>Attached with</source>
        <translation>Angehängt mit</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Note or reason</source>
        <translation>Hinweis oder Grund</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>nicht angehängt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>Zähler %1</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::AttachMatrixModel</name>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>angehängt</translation>
    </message>
    <message>
        <source>attached, partly</source>
        <translation>teilweise angehängt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 has no hooks in the %2 family.</source>
        <translation>%1 hat keine Hooks in der Familie %2.</translation>
    </message>
    <message>
        <source>%1 loads and attaches through the %2 family.</source>
        <translation>%1 lädt und hängt sich über die Familie %2 an.</translation>
    </message>
    <message>
        <source>%1 fails in the %2 family.</source>
        <translation>%1 scheitert in der Familie %2.</translation>
    </message>
    <message>
        <source>Unavailable in this family:</source>
        <translation>In dieser Familie nicht verfügbar:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>%1 via %2: %3</source>
        <translation>%1 über %2: %3</translation>
    </message>
    <message>
        <source>Trampoline (fentry)</source>
        <translation>Trampolin (fentry)</translation>
    </message>
    <message>
        <source>Tracepoint (tp_btf, raw_tp, classic)</source>
        <translation>Tracepoint (tp_btf, raw_tp, klassisch)</translation>
    </message>
    <message>
        <source>Probe (kprobe)</source>
        <translation>Probe (kprobe)</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::ChartCard</name>
    <message>
        <source>Chart %1 of module %2: how long each event took, counted per latency bin (%3)</source>
        <translation>Diagramm %1 des Moduls %2: wie lange jedes Ereignis dauerte, gezählt pro Latenzklasse (%3)</translation>
    </message>
    <message>
        <source>Chart %1 of module %2: percentages of each interval, not rates</source>
        <translation>Diagramm %1 des Moduls %2: Prozentwerte jedes Intervalls, keine Raten</translation>
    </message>
    <message>
        <source>Chart %1 of module %2: values in %3, not rates</source>
        <translation>Diagramm %1 des Moduls %2: Werte in %3, keine Raten</translation>
    </message>
    <message>
        <source>Chart %1 of module %2: rates in %3</source>
        <translation>Diagramm %1 des Moduls %2: Raten in %3</translation>
    </message>
    <message>
        <source>One line per key of table &quot;%1&quot;; new keys join as they are seen.</source>
        <translation>Eine Linie pro Schlüssel der Tabelle „%1“; neue Schlüssel kommen hinzu, sobald sie auftauchen.</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::ChartCatalog</name>
    <message>
        <source>%1: a chart for each key of table &quot;%2&quot; appears here once the collector has seen one.</source>
        <translation>%1: Für jeden Schlüssel der Tabelle „%2“ erscheint hier ein Diagramm, sobald der Kollektor einen gesehen hat.</translation>
    </message>
    <message>
        <source>%1: not measured in this session: %2</source>
        <translation>%1: in dieser Sitzung nicht gemessen: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>errors are counted only in load mode &quot;return&quot;; this session uses &quot;%1&quot;</source>
        <translation>Fehler werden nur im Lademodus „return“ gezählt; diese Sitzung verwendet „%1“</translation>
    </message>
    <message>
        <source>module %1 is not loaded</source>
        <translation>Modul %1 ist nicht geladen</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::ChartWidget</name>
    <message>
        <source>Choose the lines this chart draws; the largest ones in the window are drawn until you choose</source>
        <translation>Wählen Sie die Linien, die dieses Diagramm zeichnet; bis dahin werden die größten im Zeitfenster gezeichnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — unavailable: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Not measured in this session.</source>
        <translation>In dieser Sitzung nicht gemessen.</translation>
    </message>
    <message>
        <source>Lines: %1 of %2, as chosen</source>
        <translation>Linien: %1 von %2, wie gewählt</translation>
    </message>
    <message>
        <source>Lines: the top %1 of %2 by average in the window</source>
        <translation>Linien: die %1 größten von %2 nach Durchschnitt im Zeitfenster</translation>
    </message>
    <message>
        <source>Draw the top %1 by average</source>
        <translation>Die %1 größten nach Durchschnitt zeichnen</translation>
    </message>
    <message>
        <source>%1 — average %2</source>
        <translation>%1 — Durchschnitt %2</translation>
    </message>
    <message>
        <source>No key of table &quot;%1&quot; seen yet</source>
        <translation>Noch kein Schlüssel der Tabelle „%1“ gesehen</translation>
    </message>
    <message>
        <source>No samples in this time window</source>
        <translation>Keine Messwerte in diesem Zeitfenster</translation>
    </message>
    <message>
        <source>Waiting for the first interval…</source>
        <translation>Warten auf das erste Intervall…</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message numerus="yes">
        <source>%n more not drawn</source>
        <translation>
            <numerusform>%n weitere nicht gezeichnet</numerusform>
            <numerusform>%n weitere nicht gezeichnet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinsight::gui::CheckDetailsPanel</name>
    <message>
        <source>Check details</source>
        <translation>Prüfungsdetails</translation>
    </message>
    <message>
        <source>&amp;Mount tracefs now</source>
        <translation>tracefs jetzt &amp;einhängen</translation>
    </message>
    <message>
        <source>&amp;Mount debugfs now</source>
        <translation>debugfs jetzt &amp;einhängen</translation>
    </message>
    <message>
        <source>&amp;Mount securityfs now</source>
        <translation>securityfs jetzt &amp;einhängen</translation>
    </message>
    <message>
        <source>&amp;Fix now</source>
        <translation>Jetzt &amp;beheben</translation>
    </message>
    <message>
        <source>Working… (authenticate if asked)</source>
        <translation>In Arbeit… (authentifizieren Sie sich, wenn Sie gefragt werden)</translation>
    </message>
    <message>
        <source>Select a check to see what it found, why it matters and how to fix it.</source>
        <translation>Wählen Sie eine Prüfung, um zu sehen, was sie gefunden hat, warum es wichtig ist und wie man es behebt.</translation>
    </message>
    <message>
        <source>Check id: %1</source>
        <translation>Prüfungs-ID: %1</translation>
    </message>
    <message>
        <source>Unknown until kinsight-helper answers: reading this needs root, which the helper has once polkit allows the action %1.</source>
        <translation>Unbekannt, bis kinsight-helper antwortet: Das Lesen erfordert root, was der Helfer hat, sobald polkit die Aktion %1 erlaubt.</translation>
    </message>
    <message>
        <source>Ask the helper</source>
        <translation>Den Helfer fragen</translation>
    </message>
    <message>
        <source>Ask kinsight-helper for what only root can read; you may be asked to authenticate.</source>
        <translation>kinsight-helper nach dem fragen, was nur root lesen kann; eventuell müssen Sie sich authentifizieren.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>kinsight-helper does this as root (fix %1) once polkit allows the action %2.</source>
        <translation>kinsight-helper erledigt das als root (Korrektur %1), sobald polkit die Aktion %2 erlaubt.</translation>
    </message>
    <message>
        <source>Done by kinsight-helper as root; you may be asked to authenticate (polkit action %1). A mount lasts until the next reboot: the fstab line below makes it permanent.</source>
        <translation>Wird von kinsight-helper als root erledigt; eventuell müssen Sie sich authentifizieren (polkit-Aktion %1). Ein Einhängen gilt bis zum nächsten Neustart: Die fstab-Zeile unten macht es dauerhaft.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Kopieren: %1</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::CheckListModel</name>
    <message>
        <source>Kernel and BTF</source>
        <translation>Kernel und BTF</translation>
    </message>
    <message>
        <source>Kernel configuration</source>
        <translation>Kernel-Konfiguration</translation>
    </message>
    <message>
        <source>Tracing file systems</source>
        <translation>Tracing-Dateisysteme</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Live attach matrix</source>
        <translation>Live-Attach-Matrix</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown until the helper answers</source>
        <translation>
            <numerusform>%n unbekannt, bis der Helfer antwortet</numerusform>
            <numerusform>%n unbekannt, bis der Helfer antwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>%n OK</numerusform>
            <numerusform>%n OK</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Needs the helper</source>
        <translation>Braucht den Helfer</translation>
    </message>
    <message>
        <source>Needs kinsight-helper (polkit action %1) to be known.</source>
        <translation>Braucht kinsight-helper (polkit-Aktion %1), um bekannt zu werden.</translation>
    </message>
    <message>
        <source>The helper can fix this (%1).</source>
        <translation>Der Helfer kann das beheben (%1).</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::CostHistory</name>
    <message>
        <source>CPU used by measuring</source>
        <translation>CPU-Verbrauch des Messens</translation>
    </message>
    <message>
        <source>BPF programs</source>
        <translation>BPF-Programme</translation>
    </message>
    <message>
        <source>helper process</source>
        <translation>Helferprozess</translation>
    </message>
    <message>
        <source>Memory used by measuring</source>
        <translation>Speicherverbrauch des Messens</translation>
    </message>
    <message>
        <source>BPF maps (kernel)</source>
        <translation>BPF-Maps (Kernel)</translation>
    </message>
    <message>
        <source>helper RSS</source>
        <translation>Helfer-RSS</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::CostModuleModel</name>
    <message>
        <source>%1: %2, up to %3 entries</source>
        <translation>%1: %2, bis zu %3 Einträge</translation>
    </message>
    <message>
        <source>No run in the last interval</source>
        <translation>Kein Lauf im letzten Intervall</translation>
    </message>
    <message>
        <source>Not measured: the kernel is not recording BPF run-time statistics</source>
        <translation>Nicht gemessen: Der Kernel zeichnet keine BPF-Laufzeitstatistik auf</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Runs/s</source>
        <translation>Läufe/s</translation>
    </message>
    <message>
        <source>ns/run</source>
        <translation>ns/Lauf</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Maps</translation>
    </message>
    <message>
        <source>Kernel memory</source>
        <translation>Kernel-Speicher</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::CostPage</name>
    <message>
        <source>Collector cost</source>
        <translation>Kosten der Kollektoren</translation>
    </message>
    <message>
        <source>BPF programs</source>
        <translation>BPF-Programme</translation>
    </message>
    <message>
        <source>Kernel memory (BPF maps)</source>
        <translation>Kernel-Speicher (BPF-Maps)</translation>
    </message>
    <message>
        <source>Helper process</source>
        <translation>Helferprozess</translation>
    </message>
    <message>
        <source>Process table</source>
        <translation>Prozesstabelle</translation>
    </message>
    <message>
        <source>Process table fill</source>
        <translation>Füllstand der Prozesstabelle</translation>
    </message>
    <message>
        <source>Per module</source>
        <translation>Pro Modul</translation>
    </message>
    <message>
        <source>Cost per module</source>
        <translation>Kosten pro Modul</translation>
    </message>
    <message>
        <source>Per BPF program</source>
        <translation>Pro BPF-Programm</translation>
    </message>
    <message>
        <source>Cost per BPF program</source>
        <translation>Kosten pro BPF-Programm</translation>
    </message>
    <message>
        <source>No session: the cost of measuring shows here while one runs.</source>
        <translation>Keine Sitzung: Die Kosten des Messens erscheinen hier, während eine läuft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cost data in this stream.&lt;/b&gt; A recording made without &lt;tt&gt;--cost&lt;/tt&gt;, or a helper that does not report what measuring costs, has none to show.</source>
        <translation>&lt;b&gt;Keine Kostendaten in diesem Datenstrom.&lt;/b&gt; Eine ohne &lt;tt&gt;--cost&lt;/tt&gt; erstellte Aufzeichnung oder ein Helfer, der die Kosten des Messens nicht meldet, hat keine zu zeigen.</translation>
    </message>
    <message>
        <source>Asking the helper what measuring costs… the first numbers come after two intervals.</source>
        <translation>Der Helfer wird nach den Kosten des Messens gefragt… die ersten Zahlen kommen nach zwei Intervallen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;BPF run-time statistics are unavailable:&lt;/b&gt; the kernel is not counting the programs&apos; runs (that needs Linux 5.8 or later for BPF_ENABLE_STATS, or kernel.bpf_stats_enabled = 1). Runs, time per run and CPU of the programs are not shown; kernel memory, the helper and the process table are.</source>
        <translation>&lt;b&gt;BPF-Laufzeitstatistik ist nicht verfügbar:&lt;/b&gt; Der Kernel zählt die Läufe der Programme nicht (dafür braucht es Linux 5.8 oder neuer für BPF_ENABLE_STATS, oder kernel.bpf_stats_enabled = 1). Läufe, Zeit pro Lauf und CPU der Programme werden nicht angezeigt; Kernel-Speicher, Helfer und Prozesstabelle schon.</translation>
    </message>
    <message>
        <source>&lt;b&gt;BPF run-time statistics are on while this page is shown&lt;/b&gt; and off when you leave it: counting adds about 20 ns to every program run. The time is the programs&apos; bodies only, not the attach mechanism (trampoline, tracepoint or kprobe entry) around them.</source>
        <translation>&lt;b&gt;Die BPF-Laufzeitstatistik ist eingeschaltet, solange diese Seite angezeigt wird,&lt;/b&gt; und aus, wenn Sie sie verlassen: Das Zählen kostet etwa 20 ns pro Programmlauf. Die Zeit umfasst nur die Programmrümpfe, nicht den Attach-Mechanismus (Trampolin, Tracepoint oder kprobe-Einstieg) um sie herum.</translation>
    </message>
    <message>
        <source>%1 CPU · %2 runs/s</source>
        <translation>%1 CPU · %2 Läufe/s</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>All BPF programs of this session together, as a share of one CPU core</source>
        <translation>Alle BPF-Programme dieser Sitzung zusammen, als Anteil eines CPU-Kerns</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n maps</source>
        <translation>
            <numerusform>%1 in %n Map</numerusform>
            <numerusform>%1 in %n Maps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 CPU · %2 RSS</source>
        <translation>%1 CPU · %2 RSS</translation>
    </message>
    <message>
        <source>The process that reads the maps every interval: its CPU as a share of one core, and its resident memory</source>
        <translation>Der Prozess, der die Maps in jedem Intervall liest: seine CPU als Anteil eines Kerns und sein residenter Speicher</translation>
    </message>
    <message>
        <source>%1 of %2 rows (%3 %)</source>
        <translation>%1 von %2 Zeilen (%3 %)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Processes with a row in the per-process tables (the fullest module) against the pid table size; a full table leaves new processes uncounted</source>
        <translation>Prozesse mit einer Zeile in den Prozesstabellen (das vollste Modul) im Verhältnis zu „pid table size“; eine volle Tabelle lässt neue Prozesse ungezählt</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::CostProgramModel</name>
    <message>
        <source>Not measured: the kernel is not recording BPF run-time statistics</source>
        <translation>Nicht gemessen: Der Kernel zeichnet keine BPF-Laufzeitstatistik auf</translation>
    </message>
    <message>
        <source>No run in the last interval</source>
        <translation>Kein Lauf im letzten Intervall</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>BPF program</source>
        <translation>BPF-Programm</translation>
    </message>
    <message>
        <source>Runs/s</source>
        <translation>Läufe/s</translation>
    </message>
    <message>
        <source>ns/run</source>
        <translation>ns/Lauf</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Times the program ran per second in the last interval</source>
        <translation>Wie oft das Programm im letzten Intervall pro Sekunde lief</translation>
    </message>
    <message>
        <source>Average time of one run of the program&apos;s body (not the attach mechanism)</source>
        <translation>Durchschnittliche Zeit eines Laufs des Programmrumpfs (ohne Attach-Mechanismus)</translation>
    </message>
    <message>
        <source>Time in the program&apos;s body as a share of one CPU core</source>
        <translation>Zeit im Programmrumpf als Anteil eines CPU-Kerns</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::Diagnostics</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::DiagnosticsController</name>
    <message numerus="yes">
        <source>kinsight-helper is not used here: %n check(s) stay unknown.</source>
        <translation>
            <numerusform>kinsight-helper wird hier nicht verwendet: %n Prüfung bleibt unbekannt.</numerusform>
            <numerusform>kinsight-helper wird hier nicht verwendet: %n Prüfungen bleiben unbekannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need kinsight-helper (polkit action %1).</source>
        <translation>
            <numerusform>%n Prüfung braucht kinsight-helper (polkit-Aktion %1).</numerusform>
            <numerusform>%n Prüfungen brauchen kinsight-helper (polkit-Aktion %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>kinsight-helper has not been asked.</source>
        <translation>kinsight-helper wurde nicht gefragt.</translation>
    </message>
    <message>
        <source>Asking kinsight-helper… you may be asked to authenticate as an administrator.</source>
        <translation>kinsight-helper wird gefragt… eventuell müssen Sie sich als Administrator authentifizieren.</translation>
    </message>
    <message>
        <source>Asking kinsight-helper…</source>
        <translation>kinsight-helper wird gefragt…</translation>
    </message>
    <message>
        <source>kinsight-helper answered at %1: lockdown, SELinux audit log and the live attach matrix (load mode %2) are included.</source>
        <translation>kinsight-helper hat um %1 geantwortet: Lockdown, SELinux-Audit-Protokoll und die Live-Attach-Matrix (Lademodus %2) sind enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) still need the helper.</source>
        <translation>
            <numerusform>%n Prüfung braucht noch den Helfer.</numerusform>
            <numerusform>%n Prüfungen brauchen noch den Helfer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need kinsight-helper, which needs you to authenticate first (polkit action %1).</source>
        <translation>
            <numerusform>%n Prüfung braucht kinsight-helper, wofür Sie sich zuerst authentifizieren müssen (polkit-Aktion %1).</numerusform>
            <numerusform>%n Prüfungen brauchen kinsight-helper, wofür Sie sich zuerst authentifizieren müssen (polkit-Aktion %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinsight::gui::DiagnosticsPage</name>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Read this machine&apos;s state again and rerun every check</source>
        <translation>Den Zustand dieses Rechners neu lesen und jede Prüfung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy every check as Markdown, to paste into a bug report</source>
        <translation>Alle Prüfungen als Markdown kopieren, zum Einfügen in einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the report as Markdown, JSON or plain text</source>
        <translation>Den Bericht als Markdown, JSON oder reinen Text speichern</translation>
    </message>
    <message>
        <source>&amp;Ask the helper…</source>
        <translation>Den &amp;Helfer fragen…</translation>
    </message>
    <message>
        <source>Ask kinsight-helper for the lockdown mode, the audit log&apos;s BPF denials and the live attach matrix; you may be asked to authenticate</source>
        <translation>kinsight-helper nach dem Lockdown-Modus, den BPF-Verweigerungen im Audit-Protokoll und der Live-Attach-Matrix fragen; eventuell müssen Sie sich authentifizieren</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Load mode:</source>
        <translation>&amp;Lademodus:</translation>
    </message>
    <message>
        <source>entry (counts calls)</source>
        <translation>entry (zählt Aufrufe)</translation>
    </message>
    <message>
        <source>return (also counts errors)</source>
        <translation>return (zählt auch Fehler)</translation>
    </message>
    <message>
        <source>The matrix is measured per load mode: &apos;return&apos; also attaches the return hooks</source>
        <translation>Die Matrix wird pro Lademodus gemessen: „return“ hängt auch die Rücksprung-Hooks an</translation>
    </message>
    <message>
        <source>Attach matrix</source>
        <translation>Attach-Matrix</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Reason of the selected cell</source>
        <translation>Grund der ausgewählten Zelle</translation>
    </message>
    <message>
        <source>Select a cell to read why the module attached, or did not, in that family.</source>
        <translation>Wählen Sie eine Zelle, um zu lesen, warum sich das Modul in dieser Familie angehängt hat oder nicht.</translation>
    </message>
    <message>
        <source>Attach ma&amp;trix</source>
        <translation>Attach-&amp;Matrix</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>In die Zwischenablage kopiert: %1</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Die Prüfungen laufen…</translation>
    </message>
    <message>
        <source>Monitoring is possible on this machine</source>
        <translation>Überwachung ist auf diesem Rechner möglich</translation>
    </message>
    <message>
        <source>Monitoring is blocked by: %1</source>
        <translation>Überwachung wird verhindert durch: %1</translation>
    </message>
    <message>
        <source>%1 OK, %2 warning(s), %3 error(s), %4 unknown — checked at %5</source>
        <translation>%1 OK, %2 Warnung(en), %3 Fehler, %4 unbekannt — geprüft um %5</translation>
    </message>
    <message>
        <source>(running again…)</source>
        <translation>(läuft erneut…)</translation>
    </message>
    <message>
        <source>&amp;Ask the helper again</source>
        <translation>Den &amp;Helfer erneut fragen</translation>
    </message>
    <message>
        <source>%1: asking kinsight-helper… you may be asked to authenticate.</source>
        <translation>%1: kinsight-helper wird gefragt… eventuell müssen Sie sich authentifizieren.</translation>
    </message>
    <message>
        <source>%1 failed. %2</source>
        <translation>%1 fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>Mounting tracefs</source>
        <translation>Einhängen von tracefs</translation>
    </message>
    <message>
        <source>Mounting debugfs</source>
        <translation>Einhängen von debugfs</translation>
    </message>
    <message>
        <source>Mounting securityfs</source>
        <translation>Einhängen von securityfs</translation>
    </message>
    <message>
        <source>The fix %1</source>
        <translation>Die Korrektur %1</translation>
    </message>
    <message>
        <source>What kinsight-helper actually loaded and attached on kernel %1 (load mode %2): %3 modules. Select a cell for the reason.</source>
        <translation>Was kinsight-helper auf Kernel %1 tatsächlich geladen und angehängt hat (Lademodus %2): %3 Module. Wählen Sie eine Zelle für den Grund.</translation>
    </message>
    <message>
        <source>Not built into this helper: %1.</source>
        <translation>Nicht in diesen Helfer eingebaut: %1.</translation>
    </message>
    <message>
        <source>kinsight-helper loads nothing on this kernel: no usable BTF (%1).</source>
        <translation>kinsight-helper lädt auf diesem Kernel nichts: kein brauchbares BTF (%1).</translation>
    </message>
    <message>
        <source>Asking kinsight-helper to load and attach every module in each family…</source>
        <translation>kinsight-helper wird gebeten, jedes Modul in jeder Familie zu laden und anzuhängen…</translation>
    </message>
    <message>
        <source>No attach matrix yet: only kinsight-helper can load BPF programs to find out which module attaches through which family (polkit action %1). %2</source>
        <translation>Noch keine Attach-Matrix: Nur kinsight-helper kann BPF-Programme laden, um herauszufinden, welches Modul sich über welche Familie anhängt (polkit-Aktion %1). %2</translation>
    </message>
    <message numerus="yes">
        <source>The report (Markdown, %n check(s)) is on the clipboard.</source>
        <translation>
            <numerusform>Der Bericht (Markdown, %n Prüfung) ist in der Zwischenablage.</numerusform>
            <numerusform>Der Bericht (Markdown, %n Prüfungen) ist in der Zwischenablage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert in %1</translation>
    </message>
    <message>
        <source>Save the diagnostics report</source>
        <translation>Den Diagnosebericht speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;Plain text (*.txt)</source>
        <translation>Markdown (*.md);;JSON (*.json);;Reiner Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::DiffDialog</name>
    <message>
        <source>Review changes before saving</source>
        <translation>Änderungen vor dem Speichern prüfen</translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation>Zu speichernde Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s)</source>
        <translation>
            <numerusform>%1 hat %n Fehler</numerusform>
            <numerusform>%1 hat %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 change: </source>
        <translation>
            <numerusform>%n Datei in %1 ändert sich: </numerusform>
            <numerusform>%n Dateien in %1 ändern sich: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added, </source>
        <translation>
            <numerusform>%n Zeile hinzugefügt, </numerusform>
            <numerusform>%n Zeilen hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n entfernt.</numerusform>
            <numerusform>%n entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible yet: %1. Fix them in the Text view.</source>
        <translation>Noch nicht möglich: %1. Beheben Sie sie in der Textansicht.</translation>
    </message>
    <message>
        <source>Saving asks kinsight-helper to write them (you may be asked to authenticate); the previous version of each file is kept as .bak, and running sessions apply the change at once.</source>
        <translation>Beim Speichern schreibt kinsight-helper die Dateien (eventuell müssen Sie sich authentifizieren); die vorherige Fassung jeder Datei bleibt als .bak erhalten, und laufende Sitzungen übernehmen die Änderung sofort.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::HeatmapView</name>
    <message>
        <source>+∞</source>
        <translation>+∞</translation>
    </message>
    <message>
        <source>Latency %1 (bin %2)</source>
        <translation>Latenz %1 (Klasse %2)</translation>
    </message>
    <message>
        <source>%1 events in %2 s (%3)</source>
        <translation>%1 Ereignisse in %2 s (%3)</translation>
    </message>
    <message>
        <source>This interval: %1 events, p50 in %2, p99 in %3</source>
        <translation>Dieses Intervall: %1 Ereignisse, p50 in %2, p99 in %3</translation>
    </message>
    <message>
        <source>Waiting for the first interval…</source>
        <translation>Warten auf das erste Intervall…</translation>
    </message>
    <message>
        <source>No samples in this time window</source>
        <translation>Keine Messwerte in diesem Zeitfenster</translation>
    </message>
    <message>
        <source>No events in this time window</source>
        <translation>Keine Ereignisse in diesem Zeitfenster</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>share of the window</source>
        <translation>Anteil am Zeitfenster</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>weniger</translation>
    </message>
    <message>
        <source>more, up to %1 per bin</source>
        <translation>mehr, bis zu %1 pro Klasse</translation>
    </message>
    <message>
        <source>more events per bin</source>
        <translation>mehr Ereignisse pro Klasse</translation>
    </message>
    <message>
        <source>p50 bin</source>
        <translation>p50-Klasse</translation>
    </message>
    <message>
        <source>p99 bin</source>
        <translation>p99-Klasse</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::HistogramBins</name>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::HistogramWidget</name>
    <message>
        <source>Latency distribution of %1 over time</source>
        <translation>Latenzverteilung von %1 über die Zeit</translation>
    </message>
    <message>
        <source>In the window: %1 events · p50 in %2 · p99 in %3 · slowest in %4</source>
        <translation>Im Zeitfenster: %1 Ereignisse · p50 in %2 · p99 in %3 · langsamste in %4</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::MainWindow</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>Aufzeichnung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Replay from the start</source>
        <translation>Von vorn &amp;abspielen</translation>
    </message>
    <message>
        <source>Start a &amp;live session</source>
        <translation>&amp;Live-Sitzung starten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Freeze the charts; samples keep arriving and show on resume (Ctrl+P)</source>
        <translation>Diagramme anhalten; Messwerte treffen weiter ein und erscheinen beim Fortsetzen (Strg+P)</translation>
    </message>
    <message>
        <source>Collector &amp;cost</source>
        <translation>&amp;Kosten der Kollektoren</translation>
    </message>
    <message>
        <source>What measuring costs: BPF programs, kernel memory, the helper (Ctrl+Shift+C)</source>
        <translation>Was das Messen kostet: BPF-Programme, Kernel-Speicher, der Helfer (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Edit the collector settings, ebpf.d.conf (Ctrl+,)</source>
        <translation>Die Einstellungen der Kollektoren bearbeiten, ebpf.d.conf (Strg+,)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>Check this kernel&apos;s eBPF readiness and fix what is missing (Ctrl+Shift+D)</source>
        <translation>Prüfen, ob dieser Kernel für eBPF bereit ist, und beheben, was fehlt (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Time &amp;window</source>
        <translation>&amp;Zeitfenster</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>How much history the charts show (Ctrl+1 … Ctrl+4)</source>
        <translation>Wie viel Verlauf die Diagramme zeigen (Strg+1 … Strg+4)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Attach details…</source>
        <translation>&amp;Attach-Details…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kinsight</source>
        <translation>Ü&amp;ber Kinsight</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>Eine Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>Kinsight recordings (*.ksrec);;All files (*)</source>
        <translation>Kinsight-Aufzeichnungen (*.ksrec);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the recording</source>
        <translation>Die Aufzeichnung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Waiting for the session&apos;s description…</source>
        <translation>Warten auf die Beschreibung der Sitzung…</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>Aufzeichnung %1</translation>
    </message>
    <message>
        <source>live, kernel %1</source>
        <translation>live, Kernel %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>Kinsight — %1</source>
        <translation>Kinsight — %1</translation>
    </message>
    <message>
        <source>About Kinsight</source>
        <translation>Über Kinsight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kinsight %1&lt;/h3&gt;&lt;p&gt;How applications interact with the Linux kernel, live, measured with eBPF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kinsight %1&lt;/h3&gt;&lt;p&gt;Wie Anwendungen mit dem Linux-Kernel interagieren, live, gemessen mit eBPF.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Anwendungen</translation>
    </message>
    <message>
        <source>Applications, cgroups and processes, and one application&apos;s dashboard (Ctrl+Shift+A)</source>
        <translation>Anwendungen, cgroups und Prozesse, und das Dashboard einer Anwendung (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Launch and &amp;inspect…</source>
        <translation>Starten und &amp;untersuchen…</translation>
    </message>
    <message>
        <source>Run a program as you and count it and every process it starts, from its exec on (Ctrl+L)</source>
        <translation>Ein Programm als Sie ausführen und es samt jedem Prozess, den es startet, ab seinem exec zählen (Strg+L)</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::NavigationModel</name>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The collector settings (ebpf.d.conf)</source>
        <translation>Die Einstellungen der Kollektoren (ebpf.d.conf)</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Is this kernel ready for eBPF, and how to fix what is missing</source>
        <translation>Ist dieser Kernel bereit für eBPF, und wie behebt man, was fehlt</translation>
    </message>
    <message>
        <source>Charts: %1</source>
        <translation>Diagramme: %1</translation>
    </message>
    <message>
        <source>System Overview</source>
        <translation>Systemübersicht</translation>
    </message>
    <message>
        <source>The headline charts of this session</source>
        <translation>Die wichtigsten Diagramme dieser Sitzung</translation>
    </message>
    <message>
        <source>Collector cost</source>
        <translation>Kosten der Kollektoren</translation>
    </message>
    <message>
        <source>What measuring costs: BPF program run time, kernel memory, the helper</source>
        <translation>Was das Messen kostet: Laufzeit der BPF-Programme, Kernel-Speicher, der Helfer</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>What each application, cgroup and process does with the kernel</source>
        <translation>Was jede Anwendung, cgroup und jeder Prozess mit dem Kernel macht</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::OverviewPage</name>
    <message>
        <source>System Overview</source>
        <translation>Systemübersicht</translation>
    </message>
    <message>
        <source>Kernel &lt;b&gt;%1&lt;/b&gt; · load mode &lt;b&gt;%2&lt;/b&gt; · attach &lt;b&gt;%3&lt;/b&gt; · every &lt;b&gt;%4 s&lt;/b&gt;&lt;br&gt;Modules: %5</source>
        <translation>Kernel &lt;b&gt;%1&lt;/b&gt; · Lademodus &lt;b&gt;%2&lt;/b&gt; · Attach &lt;b&gt;%3&lt;/b&gt; · alle &lt;b&gt;%4 s&lt;/b&gt;&lt;br&gt;Module: %5</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::PatternRuleModel</name>
    <message>
        <source>no effect: rule %1 covers it</source>
        <translation>keine Wirkung: Regel %1 deckt es ab</translation>
    </message>
    <message>
        <source>not used: &apos;resolve hostnames&apos; is no</source>
        <translation>nicht verwendet: „resolve hostnames“ ist no</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>ports</translation>
    </message>
    <message>
        <source>ips</source>
        <translation>ips</translation>
    </message>
    <message>
        <source>hostnames</source>
        <translation>hostnames</translation>
    </message>
    <message>
        <source>drops</source>
        <translation>verwirft</translation>
    </message>
    <message>
        <source>keeps</source>
        <translation>behält</translation>
    </message>
    <message>
        <source>would keep, but host names are not used</source>
        <translation>würde behalten, aber Hostnamen werden nicht verwendet</translation>
    </message>
    <message>
        <source>would drop, but host names are not used</source>
        <translation>würde verwerfen, aber Hostnamen werden nicht verwendet</translation>
    </message>
    <message>
        <source>decides: kept</source>
        <translation>entscheidet: behalten</translation>
    </message>
    <message>
        <source>decides: dropped</source>
        <translation>entscheidet: verworfen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::PatternTester</name>
    <message>
        <source>e.g. 443 or https</source>
        <translation>z. B. 443 oder https</translation>
    </message>
    <message>
        <source>e.g. 10.1.2.3 or 2001:db8::1</source>
        <translation>z. B. 10.1.2.3 oder 2001:db8::1</translation>
    </message>
    <message>
        <source>e.g. www.example.com</source>
        <translation>z. B. www.example.com</translation>
    </message>
    <message>
        <source>Destination &amp;port:</source>
        <translation>Ziel&amp;port:</translation>
    </message>
    <message>
        <source>Destination &amp;address:</source>
        <translation>Ziel&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Rules of the connection filter</source>
        <translation>Regeln des Verbindungsfilters</translation>
    </message>
    <message>
        <source>Rules of ebpf.d/network.conf as edited, [network connections]: ports = %1; ips = %2; hostnames = %3. A connection is kept when its destination port, its address and (only when &apos;resolve hostnames&apos; is yes) its host name are all kept.</source>
        <translation>Regeln von ebpf.d/network.conf in der bearbeiteten Fassung, [network connections]: ports = %1; ips = %2; hostnames = %3. Eine Verbindung wird behalten, wenn ihr Zielport, ihre Adresse und (nur wenn „resolve hostnames“ yes ist) ihr Hostname alle behalten werden.</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>Port %1: %2</translation>
    </message>
    <message>
        <source>Address %1: %2</source>
        <translation>Adresse %1: %2</translation>
    </message>
    <message>
        <source>Host name %1: %2</source>
        <translation>Hostname %1: %2</translation>
    </message>
    <message>
        <source>Host name %1: %2 (not applied: &apos;resolve hostnames&apos; is no, so connections have no host name to test)</source>
        <translation>Hostname %1: %2 (nicht angewendet: „resolve hostnames“ ist no, also haben Verbindungen keinen Hostnamen zum Prüfen)</translation>
    </message>
    <message>
        <source>Type a port, an address or a host name to test.</source>
        <translation>Geben Sie einen Port, eine Adresse oder einen Hostnamen zum Testen ein.</translation>
    </message>
    <message>
        <source>Cannot test that</source>
        <translation>Das lässt sich nicht testen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>(so far: a connection also needs its %1 kept)</source>
        <translation>(bisher: Eine Verbindung braucht außerdem, dass %1 behalten wird)</translation>
    </message>
    <message>
        <source>port and address</source>
        <translation>Port und Adresse</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::SettingsFileModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The file exists.</source>
        <translation>Die Datei existiert.</translation>
    </message>
    <message>
        <source>The file does not exist: defaults apply.</source>
        <translation>Die Datei existiert nicht: Es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>The module is on.</source>
        <translation>Das Modul ist eingeschaltet.</translation>
    </message>
    <message>
        <source>The module is off in [ebpf programs].</source>
        <translation>Das Modul ist in [ebpf programs] ausgeschaltet.</translation>
    </message>
    <message>
        <source>Unsaved edits.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s).</source>
        <translation>
            <numerusform>%n Fehler.</numerusform>
            <numerusform>%n Fehler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinsight::gui::SettingsForm</name>
    <message>
        <source>Turn the module &amp;on</source>
        <translation>Modul &amp;einschalten</translation>
    </message>
    <message>
        <source>Help on the selected option</source>
        <translation>Hilfe zur ausgewählten Option</translation>
    </message>
    <message>
        <source>%1 — this module&apos;s settings, and its own values of ebpf.d.conf&apos;s</source>
        <translation>%1 — die Einstellungen dieses Moduls und seine eigenen Werte für die von ebpf.d.conf</translation>
    </message>
    <message>
        <source>Port labels are lines of the form &apos;&lt;port&gt; = &lt;label&gt;&apos; (e.g. &apos;19999 = Netdata&apos;); add or change them in the Text view.</source>
        <translation>Port-Bezeichnungen sind Zeilen der Form „&lt;port&gt; = &lt;label&gt;“ (z. B. „19999 = Netdata“); fügen Sie sie in der Textansicht hinzu oder ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this file</source>
        <translation>„%1“ aus dieser Datei entfernen</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this file, so that the inherited value applies.</source>
        <translation>„%1“ aus dieser Datei entfernen, damit der geerbte Wert gilt.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Not set (%1)</source>
        <translation>Nicht gesetzt (%1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>In effect: %1, set in this file (line %2).</source>
        <translation>Wirksam: %1, gesetzt in dieser Datei (Zeile %2).</translation>
    </message>
    <message>
        <source>In effect: %1, from %2 (line %3).</source>
        <translation>Wirksam: %1, aus %2 (Zeile %3).</translation>
    </message>
    <message>
        <source>In effect: %1, Kinsight&apos;s default.</source>
        <translation>Wirksam: %1, Standardwert von Kinsight.</translation>
    </message>
    <message>
        <source>Not set anywhere.</source>
        <translation>Nirgends gesetzt.</translation>
    </message>
    <message>
        <source>Netdata&apos;s default is %1.</source>
        <translation>Der Standardwert von Netdata ist %1.</translation>
    </message>
    <message>
        <source>A session uses one value for all its modules: ebpf.d.conf&apos;s.</source>
        <translation>Eine Sitzung verwendet einen Wert für alle ihre Module: den aus ebpf.d.conf.</translation>
    </message>
    <message>
        <source>The %1 module is off in [ebpf programs] of ebpf.d.conf: this file is read only when the module is on.</source>
        <translation>Das Modul %1 ist in [ebpf programs] von ebpf.d.conf ausgeschaltet: Diese Datei wird nur gelesen, wenn das Modul eingeschaltet ist.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Settings every module inherits, and which modules run. A module&apos;s own file can override the [global] options for that module.</source>
        <translation>Einstellungen, die jedes Modul erbt, und welche Module laufen. Die eigene Datei eines Moduls kann die Optionen unter [global] für dieses Modul überschreiben.</translation>
    </message>
    <message>
        <source>The file does not exist yet; saving creates it.</source>
        <translation>Die Datei existiert noch nicht; beim Speichern wird sie angelegt.</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes oder no</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 bis %2 %3</translation>
    </message>
    <message>
        <source>In Kinsight:</source>
        <translation>In Kinsight:</translation>
    </message>
    <message>
        <source>Kinsight&apos;s default: %1</source>
        <translation>Standardwert von Kinsight: %1</translation>
    </message>
    <message>
        <source>Netdata&apos;s default: %1</source>
        <translation>Standardwert von Netdata: %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>A running session uses one value of this option for all its modules, the one in ebpf.d.conf; a different value here is listed in the session&apos;s notes.</source>
        <translation>Eine laufende Sitzung verwendet einen Wert dieser Option für alle ihre Module, den aus ebpf.d.conf; ein abweichender Wert hier wird in den Hinweisen der Sitzung aufgeführt.</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::SettingsPage</name>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>Settings files</source>
        <translation>Einstellungsdateien</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Remove every setting from this file (comments stay), so that ebpf.d.conf&apos;s values or Kinsight&apos;s defaults apply. Nothing is saved until you save.</source>
        <translation>Jede Einstellung aus dieser Datei entfernen (Kommentare bleiben), damit die Werte aus ebpf.d.conf oder die Standardwerte von Kinsight gelten. Gespeichert wird erst, wenn Sie speichern.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Drop the unsaved edits of this file.</source>
        <translation>Die ungespeicherten Änderungen dieser Datei verwerfen.</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>F&amp;ormular</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Pattern tester</source>
        <translation>&amp;Mustertester</translation>
    </message>
    <message>
        <source>Which rule of network.conf&apos;s connection filter decides a port, address or host name</source>
        <translation>Welche Regel des Verbindungsfilters in network.conf über einen Port, eine Adresse oder einen Hostnamen entscheidet</translation>
    </message>
    <message>
        <source>Details of the last save</source>
        <translation>Details des letzten Speicherns</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the settings files again</source>
        <translation>Die Einstellungsdateien erneut lesen</translation>
    </message>
    <message>
        <source>Review and &amp;save…</source>
        <translation>Prüfen und &amp;speichern…</translation>
    </message>
    <message>
        <source>Show what would change, then save through kinsight-helper (Ctrl+S)</source>
        <translation>Zeigen, was sich ändern würde, dann über kinsight-helper speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Settings are read from kinsight-helper.</source>
        <translation>Die Einstellungen werden von kinsight-helper gelesen.</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Die Einstellungen werden gelesen…</translation>
    </message>
    <message>
        <source>Kinsight has no settings of its own yet, so running sessions use Netdata&apos;s from %1. Saving here creates Kinsight&apos;s own files in %2; from then on only those are read.</source>
        <translation>Kinsight hat noch keine eigenen Einstellungen, daher verwenden laufende Sitzungen die von Netdata aus %1. Speichern legt hier die eigenen Dateien von Kinsight in %2 an; ab dann werden nur diese gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n settings file(s) in %1.</source>
        <translation>
            <numerusform>%n Einstellungsdatei in %1.</numerusform>
            <numerusform>%n Einstellungsdateien in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Save or revert the edits first: reloading would drop them</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen: Neu laden würde sie verwerfen</translation>
    </message>
    <message>
        <source>Edits of %1 dropped.</source>
        <translation>Änderungen an %1 verworfen.</translation>
    </message>
    <message>
        <source>Every setting of %1 removed: ebpf.d.conf&apos;s values and Kinsight&apos;s defaults apply to this module once saved.</source>
        <translation>Alle Einstellungen von %1 entfernt: Nach dem Speichern gelten für dieses Modul die Werte aus ebpf.d.conf und die Standardwerte von Kinsight.</translation>
    </message>
    <message>
        <source>Every setting of ebpf.d.conf removed: Kinsight&apos;s defaults apply once saved.</source>
        <translation>Alle Einstellungen von ebpf.d.conf entfernt: Nach dem Speichern gelten die Standardwerte von Kinsight.</translation>
    </message>
    <message>
        <source>Nothing to save: no file has edits.</source>
        <translation>Nichts zu speichern: Keine Datei wurde geändert.</translation>
    </message>
    <message>
        <source>Saving is under way.</source>
        <translation>Das Speichern läuft.</translation>
    </message>
    <message>
        <source>Not saved: fix the errors shown in the Text view first. Your edits are kept.</source>
        <translation>Nicht gespeichert: Beheben Sie zuerst die in der Textansicht gezeigten Fehler. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Not saved: the preview was closed. Your edits are kept.</source>
        <translation>Nicht gespeichert: Die Vorschau wurde geschlossen. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Saving %1 through kinsight-helper; you may be asked to authenticate…</source>
        <translation>%1 wird über kinsight-helper gespeichert; eventuell müssen Sie sich authentifizieren…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Your edits of %1 are kept.</source>
        <translation>Ihre Änderungen an %1 bleiben erhalten.</translation>
    </message>
    <message>
        <source>(Saved before the refusal: %1.)</source>
        <translation>(Vor der Ablehnung gespeichert: %1.)</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::SettingsTextView</name>
    <message>
        <source>Settings file text</source>
        <translation>Text der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Findings in this file</source>
        <translation>Befunde in dieser Datei</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before saving</source>
        <translation>
            <numerusform>%n Fehler, der vor dem Speichern zu beheben ist</numerusform>
            <numerusform>%n Fehler, die vor dem Speichern zu beheben sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n other finding(s)</source>
        <translation>
            <numerusform>, und %n weiterer Befund</numerusform>
            <numerusform>, und %n weitere Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>. Enter on a finding shows its place.</source>
        <translation>. Eingabe auf einem Befund zeigt seine Stelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); none prevents saving.</source>
        <translation>
            <numerusform>%n Befund; keiner verhindert das Speichern.</numerusform>
            <numerusform>%n Befunde; keiner verhindert das Speichern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinsight::gui::SettingsWorkspace</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::StatusBarPanel</name>
    <message>
        <source>Paused — new samples are kept</source>
        <translation>Angehalten — neue Messwerte werden aufbewahrt</translation>
    </message>
    <message>
        <source>Attach details…</source>
        <translation>Attach-Details…</translation>
    </message>
    <message>
        <source>How every hook attached on this kernel, and why other variants were rejected</source>
        <translation>Wie sich jeder Hook auf diesem Kernel angehängt hat und warum andere Varianten abgelehnt wurden</translation>
    </message>
    <message>
        <source>Dropped frames: %1</source>
        <translation>Verworfene Frames: %1</translation>
    </message>
    <message>
        <source>%1 frames received, %2 dropped by the helper because this window read too slowly; the charts have a gap there</source>
        <translation>%1 Frames empfangen, %2 vom Helfer verworfen, weil dieses Fenster zu langsam gelesen hat; die Diagramme haben dort eine Lücke</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::TimeLabeler</name>
    <message>
        <source>m:ss since start</source>
        <translation>m:ss seit Beginn</translation>
    </message>
</context>
<context>
    <name>kinsight::inspect::InspectRun</name>
    <message>
        <source>Cannot start the program: %1.</source>
        <translation>Das Programm kann nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <source>Cannot start “%1”: %2.</source>
        <translation>„%1“ kann nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>Starting a measuring session with kinsight-helper (you may be asked to authenticate); “%1” starts as soon as it is counted.</source>
        <translation>Eine Messsitzung mit kinsight-helper wird gestartet (eventuell müssen Sie sich authentifizieren); „%1“ startet, sobald es gezählt wird.</translation>
    </message>
    <message>
        <source>Measuring was not authorized, so “%1” was not started.</source>
        <translation>Das Messen wurde nicht erlaubt, daher wurde „%1“ nicht gestartet.</translation>
    </message>
    <message>
        <source>Measuring could not start, so “%1” was not started.</source>
        <translation>Das Messen konnte nicht beginnen, daher wurde „%1“ nicht gestartet.</translation>
    </message>
    <message>
        <source>Measuring stopped before the program ended: %1 The totals below are incomplete.</source>
        <translation>Das Messen endete vor dem Programm: %1 Die Summen unten sind unvollständig.</translation>
    </message>
    <message numerus="yes">
        <source>The program exited with %1; %n process(es) it started still run and are counted until they end. Stop ends the count now.</source>
        <translation>
            <numerusform>Das Programm endete mit %1; %n von ihm gestarteter Prozess läuft noch und wird gezählt, bis er endet. „Stopp“ beendet die Zählung jetzt.</numerusform>
            <numerusform>Das Programm endete mit %1; %n von ihm gestartete Prozesse laufen noch und werden gezählt, bis sie enden. „Stopp“ beendet die Zählung jetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running “%1” (PID %2); counting it and every process it starts.</source>
        <translation>„%1“ läuft (PID %2); es und jeder von ihm gestartete Prozess werden gezählt.</translation>
    </message>
    <message>
        <source>The program exited with %1; reading the last counts.</source>
        <translation>Das Programm endete mit %1; die letzten Zählwerte werden gelesen.</translation>
    </message>
    <message>
        <source>Cannot run “%1”: %2. Check that it is an executable program you may run.</source>
        <translation>„%1“ kann nicht ausgeführt werden: %2. Prüfen Sie, ob es ein ausführbares Programm ist, das Sie ausführen dürfen.</translation>
    </message>
    <message>
        <source>“%1” exited with %2 after %3 s.</source>
        <translation>„%1“ endete nach %3 s mit %2.</translation>
    </message>
    <message>
        <source>Not every count was folded in when measuring ended; the totals may miss the last events.</source>
        <translation>Nicht alle Zählwerte wurden beim Ende des Messens übernommen; den Summen fehlen eventuell die letzten Ereignisse.</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) of the tree were not tracked (the PID table was full).</source>
        <translation>
            <numerusform>%n Prozess des Baums wurde nicht verfolgt (die PID-Tabelle war voll).</numerusform>
            <numerusform>%n Prozesse des Baums wurden nicht verfolgt (die PID-Tabelle war voll).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the program started.</source>
        <translation>Angehalten, bevor das Programm startete.</translation>
    </message>
    <message>
        <source>Counted cgroup “%1” for %2 s (stopped).</source>
        <translation>cgroup „%1“ %2 s lang gezählt (angehalten).</translation>
    </message>
    <message>
        <source>Counted %1 and its descendants for %2 s (stopped; they run on).</source>
        <translation>%1 und seine Nachkommen %2 s lang gezählt (angehalten; sie laufen weiter).</translation>
    </message>
    <message>
        <source>%1 and every process it started ended; counted for %2 s.</source>
        <translation>%1 und jeder von ihm gestartete Prozess sind beendet; %2 s lang gezählt.</translation>
    </message>
    <message>
        <source>No cgroup given to count.</source>
        <translation>Keine cgroup zum Zählen angegeben.</translation>
    </message>
    <message>
        <source>Starting a measuring session with kinsight-helper for cgroup “%1” (you may be asked to authenticate).</source>
        <translation>Eine Messsitzung mit kinsight-helper für die cgroup „%1“ wird gestartet (eventuell müssen Sie sich authentifizieren).</translation>
    </message>
    <message>
        <source>Process %1 is gone: nothing to count.</source>
        <translation>Prozess %1 ist beendet: nichts zu zählen.</translation>
    </message>
    <message>
        <source>Starting a measuring session with kinsight-helper for %1 (you may be asked to authenticate).</source>
        <translation>Eine Messsitzung mit kinsight-helper für %1 wird gestartet (eventuell müssen Sie sich authentifizieren).</translation>
    </message>
    <message>
        <source>cgroup %1</source>
        <translation>cgroup %1</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>%1 (PID %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>Counting cgroup “%1” since %2; Stop ends the count.</source>
        <translation>cgroup „%1“ wird seit %2 gezählt; „Stopp“ beendet die Zählung.</translation>
    </message>
    <message>
        <source>Counting %1 and every process it starts since %2; the count ends when all of them are gone, or with Stop.</source>
        <translation>%1 und jeder von ihm gestartete Prozess werden seit %2 gezählt; die Zählung endet, wenn alle beendet sind, oder mit „Stopp“.</translation>
    </message>
    <message>
        <source>Stopped before counting began.</source>
        <translation>Angehalten, bevor die Zählung begann.</translation>
    </message>
    <message>
        <source>Reading the last counts…</source>
        <translation>Die letzten Zählwerte werden gelesen…</translation>
    </message>
    <message>
        <source>Measuring could not start: %1</source>
        <translation>Das Messen konnte nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Measuring stopped: %1 The totals below are incomplete.</source>
        <translation>Das Messen endete: %1 Die Summen unten sind unvollständig.</translation>
    </message>
    <message>
        <source>There is no cgroup “%1” below %2 (it may have ended). %3</source>
        <translation>Es gibt keine cgroup „%1“ unter %2 (vielleicht ist sie beendet). %3</translation>
    </message>
    <message>
        <source>Process %1 belongs to another user: you can count only your own processes&apos; trees.</source>
        <translation>Prozess %1 gehört einem anderen Benutzer: Sie können nur die Bäume Ihrer eigenen Prozesse zählen.</translation>
    </message>
</context>
<context>
    <name>kinsight::inspect::InspectView</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>End the program (SIGTERM to its process group, SIGKILL 3 s later) and keep what was counted</source>
        <translation>Das Programm beenden (SIGTERM an seine Prozessgruppe, SIGKILL 3 s später) und das Gezählte behalten</translation>
    </message>
    <message>
        <source>Run again…</source>
        <translation>Erneut ausführen…</translation>
    </message>
    <message>
        <source>Launch and inspect again, with the same settings to start from</source>
        <translation>Erneut starten und untersuchen, ausgehend von denselben Einstellungen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Session as CSV…</source>
        <translation>Sitzung als CSV…</translation>
    </message>
    <message>
        <source>Session as JSON (kinsight-cli stat)…</source>
        <translation>Sitzung als JSON (kinsight-cli stat)…</translation>
    </message>
    <message>
        <source>Charts of the program&apos;s process tree appear once measuring has started.</source>
        <translation>Diagramme des Prozessbaums des Programms erscheinen, sobald das Messen begonnen hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output&lt;/b&gt; (stdout; stderr in red)</source>
        <translation>&lt;b&gt;Ausgabe&lt;/b&gt; (stdout; stderr in Rot)</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Noch nichts ausgegeben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt; of the process tree, from its exec on</source>
        <translation>&lt;b&gt;Summen&lt;/b&gt; des Prozessbaums, ab seinem exec</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Same measurement in a terminal: %1</source>
        <translation>Dieselbe Messung in einem Terminal: %1</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>duration %1 s</source>
        <translation>Dauer %1 s</translation>
    </message>
    <message>
        <source>%1 mode, kernel %2</source>
        <translation>Modus %1, Kernel %2</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) of the tree still running</source>
        <translation>
            <numerusform>%n Prozess des Baums läuft noch</numerusform>
            <numerusform>%n Prozesse des Baums laufen noch</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the tree (%2)</source>
        <translation>%1 des Baums (%2)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Export session as CSV</source>
        <translation>Sitzung als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export session as JSON</source>
        <translation>Sitzung als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saving the chart failed</source>
        <translation>Speichern des Diagramms fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Diagramm als SVG speichern…</translation>
    </message>
    <message>
        <source>The program wrote nothing to stdout or stderr.</source>
        <translation>Das Programm hat nichts auf stdout oder stderr ausgegeben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt; of the cgroup, since counting began</source>
        <translation>&lt;b&gt;Summen&lt;/b&gt; der cgroup, seit Beginn der Zählung</translation>
    </message>
    <message>
        <source>Charts of the cgroup appear once counting has begun.</source>
        <translation>Diagramme der cgroup erscheinen, sobald die Zählung begonnen hat.</translation>
    </message>
    <message>
        <source>End the count and keep what was counted; the cgroup&apos;s processes run on</source>
        <translation>Die Zählung beenden und das Gezählte behalten; die Prozesse der cgroup laufen weiter</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Erneut zählen</translation>
    </message>
    <message>
        <source>Count the same cgroup again, from now on</source>
        <translation>Dieselbe cgroup erneut zählen, ab jetzt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt; of the process tree, since counting began</source>
        <translation>&lt;b&gt;Summen&lt;/b&gt; des Prozessbaums, seit Beginn der Zählung</translation>
    </message>
    <message>
        <source>Charts of the process tree appear once counting has begun.</source>
        <translation>Diagramme des Prozessbaums erscheinen, sobald die Zählung begonnen hat.</translation>
    </message>
    <message>
        <source>End the count and keep what was counted; the processes run on</source>
        <translation>Die Zählung beenden und das Gezählte behalten; die Prozesse laufen weiter</translation>
    </message>
    <message>
        <source>Count the same process tree again, from now on</source>
        <translation>Denselben Prozessbaum erneut zählen, ab jetzt</translation>
    </message>
    <message>
        <source>Cgroup %1</source>
        <translation>cgroup %1</translation>
    </message>
    <message>
        <source>%1 (PID %2) and its descendants</source>
        <translation>%1 (PID %2) und seine Nachkommen</translation>
    </message>
    <message>
        <source>hierarchy %1</source>
        <translation>Hierarchie %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>counted for %1 s</source>
        <translation>%1 s lang gezählt</translation>
    </message>
    <message>
        <source>%1 of the cgroup (%2)</source>
        <translation>%1 der cgroup (%2)</translation>
    </message>
</context>
<context>
    <name>kinsight::inspect::InspectWindow</name>
    <message>
        <source>Inspect — Kinsight</source>
        <translation>Untersuchen — Kinsight</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Launch and inspect…</source>
        <translation>&amp;Starten und untersuchen…</translation>
    </message>
    <message>
        <source>Export session as &amp;CSV…</source>
        <translation>Sitzung als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export session as &amp;JSON…</source>
        <translation>Sitzung als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Save c&amp;hart as image</source>
        <translation>Dia&amp;gramm als Bild speichern</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>%1 — Inspect — Kinsight</source>
        <translation>%1 — Untersuchen — Kinsight</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Stop the program?</source>
        <translation>Programm beenden?</translation>
    </message>
    <message>
        <source>“%1” is still being inspected. Closing this window ends it and its measurement.</source>
        <translation>„%1“ wird noch untersucht. Das Schließen dieses Fensters beendet es und seine Messung.</translation>
    </message>
    <message>
        <source>Cgroup %1 — Inspect — Kinsight</source>
        <translation>cgroup %1 — Untersuchen — Kinsight</translation>
    </message>
    <message>
        <source>%1 (PID %2) — Inspect — Kinsight</source>
        <translation>%1 (PID %2) — Untersuchen — Kinsight</translation>
    </message>
    <message>
        <source>Stop counting?</source>
        <translation>Zählung beenden?</translation>
    </message>
    <message>
        <source>%1 is still being counted. Closing this window ends the count; its processes run on.</source>
        <translation>%1 wird noch gezählt. Das Schließen dieses Fensters beendet die Zählung; seine Prozesse laufen weiter.</translation>
    </message>
</context>
<context>
    <name>kinsight::inspect::LaunchDialog</name>
    <message>
        <source>Launch and inspect</source>
        <translation>Starten und untersuchen</translation>
    </message>
    <message>
        <source>Kinsight starts the program as you and counts it and every process it starts, from its exec on: nothing it does is missed, nothing of the launcher is counted.</source>
        <translation>Kinsight startet das Programm als Sie und zählt es und jeden von ihm gestarteten Prozess ab seinem exec: Nichts, was es tut, wird übersehen, nichts vom Starter wird mitgezählt.</translation>
    </message>
    <message>
        <source>a program in PATH, or its path</source>
        <translation>ein Programm im PATH oder sein Pfad</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the program</source>
        <translation>Programm auswählen</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>quoted like in a shell: -o &quot;my file&quot;</source>
        <translation>wie in einer Shell quotiert: -o &quot;meine Datei&quot;</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <source>Kinsight&apos;s own working directory</source>
        <translation>Das Arbeitsverzeichnis von Kinsight selbst</translation>
    </message>
    <message>
        <source>Choose the working directory</source>
        <translation>Arbeitsverzeichnis auswählen</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>A&amp;rbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>Environment changes (the rest is inherited from Kinsight)</source>
        <translation>Änderungen der Umgebung (der Rest wird von Kinsight geerbt)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unset</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Messung läuft</translation>
    </message>
    <message>
        <source>Comma-separated collectors: process, fd, vfs, socket, cachestat, dcstat, swap, shm, sync, mount, oomkill…</source>
        <translation>Kollektoren, durch Kommas getrennt: process, fd, vfs, socket, cachestat, dcstat, swap, shm, sync, mount, oomkill…</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Count &amp;errors too (return mode)</source>
        <translation>Auch &amp;Fehler zählen (return-Modus)</translation>
    </message>
    <message>
        <source>Return mode also counts failed calls (open_error, vfs_read_error…), at a small extra cost per call.</source>
        <translation>Der return-Modus zählt auch fehlgeschlagene Aufrufe (open_error, vfs_read_error…), mit geringen Zusatzkosten pro Aufruf.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the charts get a new point. Totals do not depend on it.</source>
        <translation>Wie oft die Diagramme einen neuen Punkt bekommen. Die Summen hängen nicht davon ab.</translation>
    </message>
    <message>
        <source>&amp;Sample every:</source>
        <translation>&amp;Messen alle:</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Same measurement in a terminal: %1</source>
        <translation>Dieselbe Messung in einem Terminal: %1</translation>
    </message>
</context>
</TS>
