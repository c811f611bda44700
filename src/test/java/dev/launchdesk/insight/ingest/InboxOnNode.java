package dev.launchdesk.insight.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;

/** For the two-node test: ticket files dropped into a shared inbox, and a node's look into it. */
public final class InboxOnNode {

    private InboxOnNode() {
    }

    /** A settled ticket file of one good row in {@code <inbox>/tickets/}. */
    public static void drop(Path inbox, String name) throws IOException {
        LocalDate day = TicketFiles.freshDay();
        Path file = Files.createDirectories(inbox.resolve("tickets")).resolve(name);
        Files.writeString(file, TicketFiles.HEADER + TicketFiles.prefix() + "-1," + day + "T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    /** The files this node imported in one look into the inbox, as "name STATUS". */
    public static List<String> poll(ApplicationContext node) throws IOException {
        return node.getBean(ImportInbox.class).pollOnce(Instant.now()).stream().map(i -> i.fileName() + " " + i.status()).toList();
    }
}
