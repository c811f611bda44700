package dev.launchdesk.insight.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import dev.launchdesk.insight.TicketsImported;
import dev.launchdesk.reference.MarketCatalog;
import dev.launchdesk.reference.VendorNetwork;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.PageOf;

/**
 * Imports ticket and order-volume files. A file is read as a stream (constant memory), each row checked, the good
 * rows staged and then merged in one transaction: all-or-nothing mode rolls everything back when any row is bad and
 * reports the rejected rows; good-rows mode commits the good rows together with the rejected ones for download. A
 * broken-off upload, a file over the size limit or a crash rolls the transaction back, so nothing is half-imported.
 * The import log entry is written in its own transactions, so its report survives a rollback.
 */
@Service
public class TicketImports {

    private static final Logger log = LoggerFactory.getLogger(TicketImports.class);
    private static final int REJECTION_CHUNK = 500;

    /** What to import: kind, file name (for the log), format and mode, and where it came from. */
    public record Request(ImportKind kind, String fileName, FileFormat format, ImportMode mode, ImportSource source) {
    }

    /** The import as logged, the first rejected rows and the columns that were ignored. */
    public record Outcome(TicketImport record, List<RowProblem> rejections, List<String> ignoredColumns) {
    }

    private final ImportRecords records;
    private final TicketStore store;
    private final MarketCatalog markets;
    private final VendorNetwork vendors;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final ImportSettings settings;
    private final Clock clock;

    TicketImports(ImportRecords records, TicketStore store, MarketCatalog markets, VendorNetwork vendors, DataSource dataSource,
                  JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events, ImportSettings settings,
                  Clock clock) {
        this.records = records;
        this.store = store;
        this.markets = markets;
        this.vendors = vendors;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedImports() {
        int interrupted = records.failInterrupted(clock.instant());
        if (interrupted > 0) {
            log.warn("{} import(s) were running when the server stopped; marked as failed (nothing of them was imported)", interrupted);
        }
    }

    /** Imports one file; the stream is read to its end (or to the size limit) but not closed. */
    public Outcome importFile(Request request, InputStream in, String importedBy) {
        RowLoader<?> loader = loader(request.kind());
        long id = records.start(request.kind(), request.fileName(), request.format(), request.mode(), request.source(),
                importedBy, clock.instant());
        SizeLimitedInputStream counted = new SizeLimitedInputStream(in, settings.maxBytes());
        Run<?> run = new Run<>(id, request, loader);
        try {
            transaction.executeWithoutResult(status -> run.execute(counted, status));
        } catch (ImportRejectedException e) {
            run.fileProblem = e.getMessage();
        } catch (RuntimeException e) {
            log.warn("Import {} of {} broke off", id, request.fileName(), e);
            records.finish(id, ImportStatus.FAILED, run.read, 0, run.rejected, counted.count(),
                    brokeOff(e), run.header, clock.instant());
            return outcome(id, run);
        }
        run.record(counted.count());
        return outcome(id, run);
    }

    public TicketImport find(long id) {
        return records.find(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    public PageOf<TicketImport> imports(int page, int size) {
        return records.page(page, size);
    }

    public List<RowProblem> rejections(long id, int limit) {
        find(id);
        return records.rejections(id, limit);
    }

    /** Writes the rejected rows of an import as CSV: the file's own columns (when CSV) plus row, column and reason. */
    public void writeRejectedRows(long id, java.io.Writer out) throws IOException {
        RejectedRowsFile.write(find(id), records, out);
    }

    /** Sends the rejected rows of an import as a CSV download. */
    public void sendRejectedRows(long id, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        find(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-rejected-rows.csv\"");
        writeRejectedRows(id, new java.io.OutputStreamWriter(response.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private Outcome outcome(long id, Run<?> run) {
        List<RowProblem> shown = run.problems.isEmpty() ? records.rejections(id, settings.maxReported()) : run.problems;
        return new Outcome(find(id), shown, run.ignored);
    }

    private RowLoader<?> loader(ImportKind kind) {
        return kind == ImportKind.ORDERS
                ? new OrderVolumeLoader(store, dataSource, jdbc, markets)
                : new TicketLoader(store, markets, vendors, clock);
    }

    /** The state of one import while it runs. */
    private final class Run<R> {
        final long id;
        final Request request;
        final RowLoader<R> loader;
        final List<RowProblem> problems = new ArrayList<>();
        final List<String> raws = new ArrayList<>();
        List<String> ignored = List.of();
        RejectionSpool spool;
        String header;
        String fileProblem;
        long read;
        long rejected;
        long imported;
        boolean rolledBack;

        Run(long id, Request request, RowLoader<R> loader) {
            this.id = id;
            this.request = request;
            this.loader = loader;
        }

        void execute(InputStream in, TransactionStatus status) {
            boolean allOrNothing = request.mode() == ImportMode.ALL_OR_NOTHING;
            try (RecordReader reader = RecordReader.open(request.format(), in, loader.columns());
                 RejectionSpool spool = new RejectionSpool();
                 Staging<R> staging = loader.openStaging(id)) {
                this.spool = spool;
                long start = System.nanoTime();
                header = reader.headerLine();
                RawRecord record;
                while ((record = reader.next()) != null) {
                    read++;
                    try {
                        R row = loader.parse(record);
                        if (rejected == 0 || !allOrNothing) {
                            staging.add(row);
                        }
                    } catch (RowProblem.Rejected e) {
                        reject(record, e, allOrNothing);
                    }
                }
                ignored = reader.ignoredColumns();
                staging.finish();
                log.debug("Import {}: {} rows read, checked and staged in {} ms", id, read, (System.nanoTime() - start) / 1_000_000);
                if (!allOrNothing) {
                    spool.replay(REJECTION_CHUNK, records.rejectionsOf(id));
                }
            } catch (IOException e) {
                throw RecordReader.unreadable(e, read);
            }
            if (read == 0) {
                throw new ImportRejectedException("file", "the file has no " + (loader.kind() == ImportKind.ORDERS ? "order" : "ticket") + " rows");
            }
            if (allOrNothing && rejected > 0) {
                status.setRollbackOnly();
                rolledBack = true;
                return;
            }
            if (read > rejected) {
                merge();
            }
        }

        private void reject(RawRecord record, RowProblem.Rejected e, boolean allOrNothing) {
            rejected++;
            RowProblem problem = new RowProblem(record.rowNumber(), e.column, e.getMessage());
            if (!allOrNothing) {
                spool.add(problem, record.raw());
            } else if (problems.size() < settings.maxReported()) {
                problems.add(problem);
                raws.add(record.raw());
            }
        }

        private void merge() {
            RowLoader.Merged merged = loader.merge(id);
            imported = merged.rows();
            String what = loader.kind() == ImportKind.ORDERS ? "order volumes" : "tickets";
            events.publishEvent(EntityChanged.created("ticket_import", id, "Imported " + merged.rows() + " " + what + " from "
                    + request.fileName() + " (" + merged.updated() + " updated, " + rejected + " rows rejected)", null));
            if (loader.kind() == ImportKind.TICKETS) {
                events.publishEvent(new TicketsImported(id, merged.markets(), merged.firstDay(), merged.lastDay(), merged.rows()));
            }
        }

        void record(long bytes) {
            if (fileProblem != null) {
                records.finish(id, ImportStatus.REJECTED, read, 0, rejected, bytes, fileProblem + "; nothing was imported", header, clock.instant());
                return;
            }
            if (rolledBack) {
                transaction.executeWithoutResult(s -> records.reject(id, problems, raws));
                records.finish(id, ImportStatus.REJECTED, read, 0, rejected, bytes, rejected + " of " + read
                        + " rows are not valid; nothing was imported (fix them, or import the good rows only)", header, clock.instant());
                return;
            }
            String message = imported + " of " + read + " rows imported" + (rejected > 0 ? ", " + rejected + " rejected" : "");
            records.finish(id, ImportStatus.COMPLETED, read, imported, rejected, bytes, message, header, clock.instant());
        }
    }

    /** A message for the log entry that says what happened without exposing server internals. */
    private static String brokeOff(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return "the upload broke off before the end of the file; nothing was imported";
            }
        }
        return "a server error stopped the import (details are in the server log); nothing was imported";
    }
}
