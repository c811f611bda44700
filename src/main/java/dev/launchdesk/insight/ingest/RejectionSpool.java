package dev.launchdesk.insight.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rejected rows of a good-rows import, kept in a temporary file while the good rows stream into the database
 * (no other statement may run on the connection during a COPY, and memory must not grow with the file). After
 * the file is read, they are replayed in chunks into {@code ticket_import_rejection}.
 */
final class RejectionSpool implements AutoCloseable {


    interface Sink {
        void accept(List<RowProblem> problems, List<String> raws);
    }

    private final Path file;
    private final DataOutputStream out;

    RejectionSpool() {
        try {
            file = Files.createTempFile("launchdesk-rejections-", ".bin");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(RowProblem problem, String raw) {
        try {
            out.writeLong(problem.rowNumber());
            out.writeUTF(ImportRecords.cut(problem.column(), 64));
            out.writeUTF(ImportRecords.cut(problem.reason(), 500));
            // writeUTF takes at most 65,535 bytes; the cuts keep every string far below that
            out.writeUTF(raw == null ? "" : ImportRecords.cut(raw, ImportRecords.RAW_LIMIT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void replay(int chunk, Sink sink) {
        try {
            out.flush();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                List<RowProblem> problems = new ArrayList<>(chunk);
                List<String> raws = new ArrayList<>(chunk);
                while (true) {
                    long row;
                    try {
                        row = in.readLong();
                    } catch (EOFException end) {
                        break;
                    }
                    problems.add(new RowProblem(row, in.readUTF(), in.readUTF()));
                    raws.add(in.readUTF());
                    if (problems.size() == chunk) {
                        sink.accept(problems, raws);
                        problems.clear();
                        raws.clear();
                    }
                }
                if (!problems.isEmpty()) {
                    sink.accept(problems, raws);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the OS cleans it up
        }
    }
}
