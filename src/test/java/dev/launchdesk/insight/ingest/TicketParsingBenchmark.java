package dev.launchdesk.insight.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * Benchmark, not a test (a {@code main}, no database): the Java side of a PostgreSQL ticket import on its own — the
 * importing thread's work per row in {@link TicketCopyLoad}: read the CSV, check and parse the row
 * ({@link TicketParser}), encode it in binary COPY format ({@link BinaryCopyRows}, written to a sink here instead of the
 * socket and the spool) and add it to the roll-up sums ({@link TicketDayDeltas}, spilled and folded as in an import).
 * Prints CPU time of the thread per row for each pass; the first passes warm the JIT up. The file is the one
 * {@code TicketIngestBenchmark} writes, with the demo markets, vendors and sites it uses and SLA hours that change once
 * in its 90 days, so the reference look-ups cost what they cost in an import.
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
 * java -cp target/test-classes:target/classes:$(cat target/benchmark.classpath) \
 *     dev.launchdesk.insight.ingest.TicketParsingBenchmark target/bench-tickets-1000000.csv 6
 * </pre>
 */
final class TicketParsingBenchmark {

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private TicketParsingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench-tickets-1000000.csv");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        TicketReference reference = DemoReference.tickets();
        double[] micros = new double[passes];
        double[] processMicros = new double[passes];
        long allocated = 0;
        for (int pass = 0; pass < passes; pass++) {
            long process = PROCESS.getProcessCpuTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long bytes = THREADS.getCurrentThreadAllocatedBytes();
            long wall = System.nanoTime();
            long rows = run(file, reference);
            cpu = THREADS.getCurrentThreadCpuTime() - cpu;
            process = PROCESS.getProcessCpuTime() - process;
            processMicros[pass] = process / 1000.0 / rows;
            allocated = (THREADS.getCurrentThreadAllocatedBytes() - bytes) / rows;
            wall = System.nanoTime() - wall;
            micros[pass] = cpu / 1000.0 / rows;
            System.out.printf("pass %d: %,d rows, thread CPU %,d ms = %.2f µs a row (process %.2f µs a row, with GC and JIT),"
                            + " %,d bytes allocated a row (wall %,d ms), load %.1f%n",
                    pass + 1, rows, cpu / 1_000_000, micros[pass], processMicros[pass], allocated, wall / 1_000_000,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        double[] warm = warm(micros);
        double[] warmProcess = warm(processMicros);
        System.out.printf("after warm-up: thread median %.2f µs a row, best %.2f; process median %.2f µs a row, best %.2f;"
                + " %,d bytes allocated a row%n", warm[warm.length / 2], warm[0], warmProcess[warmProcess.length / 2], warmProcess[0], allocated);
    }

    /** The passes after the first two (JIT warm-up), sorted. */
    private static double[] warm(double[] passes) {
        double[] warm = Arrays.copyOfRange(passes, Math.min(2, passes.length - 1), passes.length);
        Arrays.sort(warm);
        return warm;
    }

    private static long run(Path file, TicketReference reference) throws IOException {
        TicketParser parser = new TicketParser(reference, Instant.parse("2100-01-01T00:00:00Z"));
        BinaryCopyRows buffer = new BinaryCopyRows((1 << 18) + 8192);
        OutputStream sink = OutputStream.nullOutputStream();
        long rows = 0;
        try (InputStream in = Files.newInputStream(file);
             RecordReader reader = RecordReader.open(FileFormat.CSV, in, TicketParser.COLUMNS);
             TicketDayDeltas deltas = new TicketDayDeltas(0)) {
            RawRecord record;
            while ((record = reader.next()) != null) {
                TicketRow row = parser.parse(record);
                buffer.add(row, 1);
                deltas.add(row);
                rows++;
                if (buffer.length() >= 1 << 18) {
                    sink.write(buffer.bytes(), 0, buffer.length());
                    buffer.clear();
                }
            }
            deltas.finish();
            if (deltas.categoryDaysCopy().length + deltas.valueDaysCopy().length == 0 || deltas.vendorDays().isEmpty()) {
                throw new IllegalStateException("no roll-up sums");
            }
        }
        return rows;
    }
}
