package dev.launchdesk.insight.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import dev.launchdesk.insight.TicketsImported;
import dev.launchdesk.reference.MarketCode;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.UserTexts;

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

    /**
     * What to import: kind, file name (for the log), format and mode, where it came from, and the column mapping that
     * reads a helpdesk's own export ({@code null}: the file has LaunchDesk's columns).
     */
    public record Request(ImportKind kind, String fileName, FileFormat format, ImportMode mode, ImportSource source,
                          TicketMapping mapping) {

        public Request(ImportKind kind, String fileName, FileFormat format, ImportMode mode, ImportSource source) {
            this(kind, fileName, format, mode, source, null);
        }
    }

    /**
     * The import as logged, the first rejected rows and the columns that were ignored; {@code conflicted} when it
     * failed only because the database was busy with other writers (sending it again is the remedy).
     */
    public record Outcome(TicketImport record, List<RowProblem> rejections, List<String> ignoredColumns, boolean conflicted) {
    }

    private final ImportRecords records;
    private final TicketStore store;
    private final MarketDirectory markets;
    private final VendorDirectory vendors;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final ImportSettings settings;
    private final ImportMetrics metrics;
    private final Semaphore slots;
    private final Clock clock;

    TicketImports(ImportRecords records, TicketStore store, MarketDirectory markets, VendorDirectory vendors, DataSource dataSource,
                  JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events, ImportSettings settings,
                  ImportMetrics metrics, Clock clock) {
        this.records = records;
        this.store = store;
        this.markets = markets;
        this.vendors = vendors;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.settings = settings;
        this.metrics = metrics;
        this.slots = new Semaphore(settings.maxRunning(), true);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedImports() {
        int interrupted = records.failInterrupted(clock.instant());
        if (interrupted > 0) {
            log.warn("{} import(s) were running when the server stopped; marked as failed (nothing of them was imported)", interrupted);
        }
        List<Long> cleaned = records.dropStagedOfFinishedImports();
        if (!cleaned.isEmpty()) {
            log.info("Staging rows of interrupted import(s) {} deleted", cleaned);
        }
    }

    /**
     * Imports one file; the stream is read to its end (or to the size limit, or until the file is refused) but not
     * closed. At most {@code max-running} imports run at once on this server: a request through the API or the page
     * beyond that is refused at once ({@link ImportsBusyException}, nothing read); the inbox and the demo data wait
     * for their turn.
     */
    public Outcome importFile(Request request, InputStream in, String importedBy) {
        takeSlot(request);
        try {
            return run(request, in, importedBy);
        } finally {
            slots.release();
        }
    }

    private void takeSlot(Request request) {
        if (request.source() == ImportSource.FOLDER || request.source() == ImportSource.DEMO) {
            slots.acquireUninterruptibly();
            return;
        }
        if (!slots.tryAcquire()) {
            metrics.refused(request.kind());
            throw new ImportsBusyException(settings.maxRunning());
        }
    }

    private Outcome run(Request request, InputStream in, String importedBy) {
        long started = System.nanoTime();
        if (request.mapping() != null && request.kind() != ImportKind.TICKETS) {
            throw new ImportRejectedException("mapping", UserTexts.of("problem.insight.import.mapping-for-tickets-only"));
        }
        RowLoader<?> loader = loader(request);
        long id = records.start(request.kind(), request.fileName(), request.format(), request.mode(), request.source(),
                importedBy, clock.instant());
        log.info("Import {} of {} ({}, {}) started by {}", id, request.fileName(), request.kind(), request.mode().parameter(), importedBy);
        SizeLimitedInputStream counted = new SizeLimitedInputStream(in, settings.maxBytes());
        Run<?> run = new Run<>(id, request, loader, counted);
        boolean conflicted = false;
        try {
            transaction.executeWithoutResult(status -> run.execute(counted, status));
            run.recordUnlessCompleted();
        } catch (ImportRejectedException e) {
            run.fileProblem = e.getMessage();
            run.recordUnlessCompleted();
        } catch (RuntimeException e) {
            log.warn("Import {} of {} broke off", id, request.fileName(), e);
            conflicted = busyDatabase(e);
            records.finish(id, ImportStatus.FAILED, run.read, 0, run.rejected, counted.count(),
                    brokeOff(e), run.header, clock.instant());
        } finally {
            records.dropStaged(id);
        }
        Outcome outcome = outcome(id, run, conflicted);
        metrics.finished(request.kind(), outcome.record().status(), Duration.ofNanos(System.nanoTime() - started),
                outcome.record().rowsImported(), outcome.record().rowsRejected());
        return outcome;
    }

    public TicketImport find(long id) {
        return records.find(id).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.insight.import.what"), id));
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

    private Outcome outcome(long id, Run<?> run, boolean conflicted) {
        List<RowProblem> shown = run.problems.isEmpty() ? records.rejections(id, settings.maxReported()) : run.problems;
        return new Outcome(find(id), shown, run.ignored, conflicted);
    }

    private RowLoader<?> loader(Request request) {
        return request.kind() == ImportKind.ORDERS
                ? new OrderVolumeLoader(store, dataSource, jdbc, markets)
                : new TicketLoader(store, markets, vendors, clock, request.mapping());
    }

    /** The state of one import while it runs. */
    private final class Run<R> {
        final long id;
        final Request request;
        final RowLoader<R> loader;
        final SizeLimitedInputStream bytes;
        final List<RowProblem> problems = new ArrayList<>();
        final List<String> raws = new ArrayList<>();
        List<String> ignored = List.of();
        RejectionSpool spool;
        String header;
        String fileProblem;
        long read;
        long rejected;
        long imported;
        boolean completed;

        Run(long id, Request request, RowLoader<R> loader, SizeLimitedInputStream bytes) {
            this.id = id;
            this.request = request;
            this.loader = loader;
            this.bytes = bytes;
        }

        void execute(InputStream in, TransactionStatus status) {
            boolean allOrNothing = request.mode() == ImportMode.ALL_OR_NOTHING;
            try (RecordReader reader = request.mapping() == null ? RecordReader.open(request.format(), in, loader.columns())
                    : MappedRecordReader.open(request.format(), in, request.mapping());
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
                        if (!allOrNothing && rejected > settings.keptRejections() && mostlyRejected()) {
                            throw new ImportRejectedException("file", notATicketFile(
                                    UserTexts.of("problem.insight.import.of-first-rows", String.valueOf(read))));
                        }
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
                throw new ImportRejectedException("file",
                        UserTexts.of(loader.kind() == ImportKind.ORDERS ? "problem.insight.import.no-order-rows" : "problem.insight.import.no-ticket-rows"));
            }
            if (allOrNothing && rejected > 0) {
                status.setRollbackOnly();
                return;
            }
            if (mostlyRejected()) {
                throw new ImportRejectedException("file", notATicketFile(
                        UserTexts.of("problem.insight.import.of-rows", String.valueOf(read))));
            }
            if (read > rejected) {
                merge();
            }
            // in the transaction of the rows: a committed import is never left RUNNING (nor later marked FAILED)
            String message = imported + " of " + read + " rows imported" + (rejected > 0 ? ", " + rejected + " rejected" : "")
                    + (rejected > settings.keptRejections() ? " (the first " + settings.keptRejections() + " kept for download)" : "");
            records.finish(id, ImportStatus.COMPLETED, read, imported, rejected, bytes.count(), message, header, clock.instant());
            completed = true;
        }

        /**
         * Counts a rejected row; keeps the first {@code max-reported} for the answer and, in good-rows mode, the first
         * {@code kept-rejections} for the download (a file of garbage must not fill the database).
         */
        private void reject(RawRecord record, RowProblem.Rejected e, boolean allOrNothing) {
            rejected++;
            RowProblem problem = new RowProblem(record.rowNumber(), e.column, e.getMessage());
            if (!allOrNothing && rejected <= settings.keptRejections()) {
                spool.add(problem, record.raw());
            }
            if (problems.size() < settings.maxReported()) {
                problems.add(problem);
                raws.add(record.raw());
            }
        }

        /** Good-rows mode refuses a file in which more than {@code max-rejected-share} of the rows are bad. */
        private boolean mostlyRejected() {
            return request.mode() == ImportMode.GOOD_ROWS && rejected > read * settings.maxRejectedShare();
        }

        private String notATicketFile(String ofRows) {
            return UserTexts.of(loader.kind() == ImportKind.ORDERS ? "problem.insight.import.mostly-rejected-orders"
                    : "problem.insight.import.mostly-rejected-tickets", String.valueOf(rejected), ofRows,
                    String.valueOf(Math.round(settings.maxRejectedShare() * 100)));
        }

        private void merge() {
            RowLoader.Merged merged = loader.merge(id);
            imported = merged.rows();
            String what = loader.kind() == ImportKind.ORDERS ? "order volumes" : "tickets";
            events.publishEvent(EntityChanged.created("ticket_import", id, "Imported " + merged.rows() + " " + what + " from "
                    + request.fileName() + " (" + merged.updated() + " updated, " + rejected + " rows rejected)", null));
            if (loader.kind() == ImportKind.TICKETS) {
                events.publishEvent(new TicketsImported(id, merged.markets().stream().map(MarketCode::of).collect(java.util.stream.Collectors.toSet()), merged.firstDay(), merged.lastDay(), merged.rows()));
            }
        }

        /** Logs a rejected file or rejected rows (a completed import was logged in its own transaction). */
        void recordUnlessCompleted() {
            if (completed) {
                return;
            }
            if (fileProblem != null) {
                transaction.executeWithoutResult(s -> {
                    records.reject(id, problems, raws);
                    records.finish(id, ImportStatus.REJECTED, read, 0, rejected, bytes.count(), fileProblem + "; nothing was imported",
                            header, clock.instant());
                });
                return;
            }
            transaction.executeWithoutResult(s -> {
                records.reject(id, problems, raws);
                records.finish(id, ImportStatus.REJECTED, read, 0, rejected, bytes.count(), rejected + " of " + read
                        + " rows are not valid; nothing was imported (fix them, or import the good rows only)", header, clock.instant());
            });
        }
    }

    /** Whether the import failed only because other writers held what it needed (locks, deadlock, no free connection). */
    private static boolean busyDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof java.sql.SQLTransientException
                    || cause instanceof java.sql.SQLException sql && isConcurrencyState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Lock timeout, deadlock, serialization failure (PostgreSQL), concurrent update / lock timeout (H2). */
    private static boolean isConcurrencyState(String state) {
        return state != null && (state.equals("40001") || state.equals("40P01") || state.equals("55P03") || state.equals("HYT00")
                || state.equals("90131"));
    }

    /** A message for the log entry that says what happened without exposing server internals. */
    private static String brokeOff(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return UserTexts.of("problem.insight.import.broke-off");
            }
        }
        if (busyDatabase(e)) {
            return UserTexts.of("problem.insight.import.database-busy");
        }
        return UserTexts.of("problem.insight.import.server-error");
    }
}
