package dev.launchdesk.insight.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The watched folder: files dropped into {@code <inbox>/tickets/} or {@code <inbox>/orders/} are imported (as user
 * "inbox"), then moved to {@code done/} or {@code failed/} beside a {@code .report.txt}. A file is taken only once it
 * has not changed for two seconds, so a copy still in progress is left alone. Several app nodes may watch one shared
 * folder: the poll runs on one node at a time (a database lock), and each file is claimed by an atomic rename.
 */
@Component
class ImportInbox {

    static final String IMPORTER = "inbox";
    private static final Logger log = LoggerFactory.getLogger(ImportInbox.class);
    private static final long SETTLE_MILLIS = 2_000;

    private final TicketImports imports;
    private final ImportSettings settings;
    private final Clock clock;

    ImportInbox(TicketImports imports, ImportSettings settings, Clock clock) {
        this.imports = imports;
        this.settings = settings;
        this.clock = clock;
    }

    // a 1 GB file can take longer than minutes to import; were the lock to lapse anyway, the claim by rename still
    // gives each file to one node
    @SchedulerLock(name = "import-inbox", lockAtMostFor = "PT2H")
    @Scheduled(initialDelayString = "${launchdesk.insight.import.watch-every:10s}", fixedDelayString = "${launchdesk.insight.import.watch-every:10s}")
    void poll() {
        if (!settings.watching()) {
            return;
        }
        try {
            pollOnce(clock.instant());
        } catch (IOException | RuntimeException e) {
            log.warn("The import inbox {} could not be read: {}", settings.inbox(), e.getMessage());
        }
    }

    /** Imports every settled file of the inbox; answers the imports that ran. */
    List<TicketImport> pollOnce(Instant now) throws IOException {
        List<TicketImport> done = new ArrayList<>();
        for (ImportKind kind : ImportKind.values()) {
            Path folder = settings.inbox().resolve(kind == ImportKind.ORDERS ? "orders" : "tickets");
            Files.createDirectories(folder);
            for (Path file : settled(folder, now)) {
                Optional<Path> working = claim(folder, file);
                if (working.isPresent()) {
                    done.add(importOne(kind, folder, working.get()));
                }
            }
        }
        return done;
    }

    private static List<Path> settled(Path folder, Instant now) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isRegularFile(entry) && !name.startsWith(".") && !name.endsWith(".report.txt")
                        && Files.getLastModifiedTime(entry).toMillis() <= now.toEpochMilli() - SETTLE_MILLIS) {
                    files.add(entry);
                }
            }
        }
        files.sort(null);
        return files;
    }

    /**
     * Takes the file by renaming it into {@code processing/}: a rename is atomic, so of several nodes watching one shared
     * folder exactly one gets it; the others find it gone and leave it.
     */
    private static Optional<Path> claim(Path folder, Path file) throws IOException {
        Path working = Files.createDirectories(folder.resolve("processing")).resolve(file.getFileName());
        try {
            Files.move(file, working, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(working);
        } catch (NoSuchFileException takenByAnotherNode) {
            return Optional.empty();
        }
    }

    private TicketImport importOne(ImportKind kind, Path folder, Path working) throws IOException {
        String name = working.getFileName().toString();
        FileFormat format = FileFormat.detect(null, null, name);
        var request = new TicketImports.Request(kind, name, format, ImportMode.parse(settings.watchMode()), ImportSource.FOLDER);
        TicketImports.Outcome outcome;
        try (InputStream in = Files.newInputStream(working)) {
            outcome = imports.importFile(request, in, IMPORTER);
        }
        boolean ok = outcome.record().status() == ImportStatus.COMPLETED;
        Path target = Files.createDirectories(folder.resolve(ok ? "done" : "failed"));
        Files.move(working, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(target.resolve(name + ".report.txt"), report(outcome));
        log.info("Inbox file {} imported: {}", name, outcome.record().message());
        return outcome.record();
    }

    private static String report(TicketImports.Outcome outcome) {
        TicketImport i = outcome.record();
        StringBuilder text = new StringBuilder()
                .append("Import #").append(i.id()).append(" of ").append(i.fileName()).append(": ").append(i.status()).append('\n')
                .append(i.message()).append('\n');
        if (!outcome.rejections().isEmpty()) {
            text.append("\nRejected rows (row, column, reason):\n");
            outcome.rejections().forEach(p -> text.append(String.format(Locale.ROOT, "%d\t%s\t%s%n", p.rowNumber(), p.column(), p.reason())));
        }
        return text.toString();
    }
}
