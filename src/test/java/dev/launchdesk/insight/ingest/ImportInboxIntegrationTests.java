package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.unit.DataSize;

@SpringBootTest
class ImportInboxIntegrationTests {

    @Autowired
    TicketImports imports;

    @TempDir
    Path inbox;

    @Test
    void settledFilesAreImportedAndMovedBesideAReport() throws Exception {
        ImportInbox watcher = new ImportInbox(imports, new ImportSettings(DataSize.ofMegabytes(8), 100, inbox.toString(),
                Duration.ofSeconds(10), "all-or-nothing", 1, 10_000, 0.5), Clock.systemUTC());
        watcher.pollOnce(Instant.now());
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        Path good = write(inbox.resolve("tickets/good.csv"), TicketFiles.HEADER + p + "-1," + day + "T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n", true);
        Path bad = write(inbox.resolve("tickets/bad.csv"), TicketFiles.HEADER + p + "-2,yesterday,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n", true);
        Path fresh = write(inbox.resolve("orders/fresh.csv"), "market,date,orders\nID," + day + ",10\n", false);

        List<TicketImport> ran = watcher.pollOnce(Instant.now());

        assertThat(ran).extracting(TicketImport::fileName, TicketImport::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("bad.csv", ImportStatus.REJECTED),
                org.assertj.core.groups.Tuple.tuple("good.csv", ImportStatus.COMPLETED));
        assertThat(ran).allSatisfy(i -> assertThat(i.source()).isEqualTo(ImportSource.FOLDER));
        assertThat(inbox.resolve("tickets/done/good.csv")).exists();
        assertThat(Files.readString(inbox.resolve("tickets/failed/bad.csv.report.txt"))).contains("REJECTED").contains("2\tcreated_at");
        assertThat(good).doesNotExist();
        assertThat(bad).doesNotExist();
        assertThat(fresh).as("a file still being written is left alone").exists();
    }

    private static Path write(Path file, String text, boolean settled) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        if (settled) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        }
        return file;
    }
}
