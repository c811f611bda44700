package dev.launchdesk.sop.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Indexes generated SOP versions in a temporary folder and times realistic queries. A command, not a
 * test: it prints figures and asserts nothing (the target is p95 below 50 ms).
 *
 * <pre>
 * ./mvnw -q test-compile
 * ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
 * java -cp target/test-classes:target/classes:$(cat target/benchmark.classpath) dev.launchdesk.sop.search.SearchBenchmark [versions] [queries]
 * </pre>
 *
 * <p>Versions (default 5,000) mix the six languages of {@link SopCorpus}; each is one of its SOPs
 * with 3 to 300 sentences (about 0.3 to 30 kB of text, log-uniform), most from its own topic, some
 * from the others. Queries (default 2,000, after 500 unmeasured warm-up queries) are the agents'
 * queries of the language tests: half with a language filter, a quarter with a market filter, one in
 * five cut mid-word as if still being typed. Fixed seed: runs are comparable. Generated text reuses
 * a few hundred sentences, so words are far more frequent than in real SOPs and each query matches
 * more versions: a harder case than real text.
 */
public final class SearchBenchmark {

    private static final long SEED = 12_12L;
    private static final int WARM_UP = 500;

    private static final Map<String, List<String>> MARKETS = Map.of(
            "en", List.of("SG", "PH"), "id", List.of("ID"), "ms", List.of("MY"),
            "th", List.of("TH"), "vi", List.of("VN"), "es", List.of("MX", "CO", "CL"));

    private static final Map<String, List<String>> QUERIES = Map.of(
            "en", List.of("refunding a damaged item", "my shop was suspended, how to appeal", "parcel not shipped on time",
                    "fake branded goods", "voucher not applied at checkout", "payout failed", "refund evidence dispute",
                    "late shipment penalty points", "income statement download", "counterfeit report brand"),
            "id", List.of("pengembalian dana barang rusak", "akun ditangguhkan", "pesanan terlambat dikirim", "barang palsu",
                    "voucher tidak terpakai saat checkout", "dana belum cair", "banding penangguhan", "batas waktu pengiriman"),
            "ms", List.of("bayaran balik barang rosak", "pulangkan barang", "akaun digantung", "penghantaran lewat",
                    "barang tiruan", "baucar tidak digunakan", "pembayaran gagal"),
            "th", List.of("คืนเงิน", "อุทธรณ์", "บัญชีถูกระงับ", "จัดส่งล่าช้า", "สินค้าปลอม", "โค้ดส่วนลด", "โอนเงินไม่สำเร็จ"),
            "vi", List.of("hoàn tiền", "hoan tien", "tài khoản bị đình chỉ", "tai khoan bi dinh chi", "giao hang tre",
                    "hàng giả", "ma giam gia", "chuyển tiền thất bại"),
            "es", List.of("reembolsos", "devolucion de producto dañado", "suspension de cuenta", "pedido retrasado",
                    "producto falsificado", "cupón no aplicado", "pagos retenidos"));

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int versions = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Random random = new Random(SEED);
        List<SearchableSop> sops = generated(versions, random);
        long characters = sops.stream().mapToLong(sop -> sop.markdownBody().length()).sum();

        Path folder = Files.createTempDirectory("launchdesk-search-benchmark");
        try (SopSearchIndex index = new SopSearchIndex(new SopSearchSettings(folder))) {
            long started = System.nanoTime();
            index.rebuild(sops.stream());
            long indexMs = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("indexed %,d versions (%,d characters of Markdown) in %,d ms; index on disk %,d kB%n",
                    index.size(), characters, indexMs, sizeOf(folder) / 1024);

            List<SopQuery> workload = IntStream.range(0, WARM_UP + queries).mapToObj(i -> query(random)).toList();
            workload.subList(0, WARM_UP).forEach(index::search);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] millis = new double[queries];
            double[] cpuMillis = new double[queries];
            long hits = 0;
            for (int i = 0; i < queries; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                hits += index.search(workload.get(WARM_UP + i)).totalHits();
                millis[i] = (System.nanoTime() - start) / 1e6;
                cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
            System.out.printf("%,d queries (after %,d warm-up), %.0f matching versions on average, one thread%n",
                    queries, WARM_UP, (double) hits / queries);
            print("latency ms", millis);
            print("CPU ms    ", cpuMillis);
        } finally {
            deleteTree(folder);
        }
    }

    private static List<SearchableSop> generated(int versions, Random random) {
        Map<String, List<SearchableSop>> corpus = SopCorpus.all().stream().collect(Collectors.groupingBy(SearchableSop::language));
        List<String> languages = List.of("en", "en", "id", "id", "ms", "th", "th", "vi", "vi", "es", "es");
        List<SearchableSop> sops = new ArrayList<>(versions);
        for (int i = 0; i < versions; i++) {
            String language = languages.get(random.nextInt(languages.size()));
            List<SearchableSop> topics = corpus.get(language);
            SearchableSop topic = topics.get(random.nextInt(topics.size()));
            List<String> markets = MARKETS.get(language);
            String market = markets.get(random.nextInt(markets.size()));
            String vendor = random.nextInt(5) == 0 ? "V" + (1 + random.nextInt(5)) : null;
            String status = random.nextInt(10) == 0 ? "DUE_FOR_REVIEW" : "PUBLISHED";
            sops.add(new SearchableSop("v" + i, topic.sopKey(), topic.title() + " (" + market + " " + (i % 7 + 1) + ")",
                    topic.category(), market, vendor, language, status, body(topic, topics, random),
                    LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700))));
        }
        return sops;
    }

    /** 3 to 300 sentences, log-uniform; four in five from the SOP's own topic. */
    private static String body(SearchableSop topic, List<SearchableSop> topics, Random random) {
        int sentences = (int) Math.round(Math.exp(Math.log(3) + random.nextDouble() * (Math.log(300) - Math.log(3))));
        StringBuilder markdown = new StringBuilder("# ").append(topic.title()).append("\n\n");
        for (int i = 0; i < sentences; i++) {
            SearchableSop source = random.nextInt(5) == 0 ? topics.get(random.nextInt(topics.size())) : topic;
            List<String> lines = lines(source);
            markdown.append(lines.get(random.nextInt(lines.size()))).append(i % 4 == 3 ? "\n\n" : "\n");
        }
        return markdown.toString();
    }

    private static List<String> lines(SearchableSop sop) {
        return sop.markdownBody().lines().filter(line -> !line.isBlank()).toList();
    }

    private static SopQuery query(Random random) {
        List<String> languages = List.copyOf(QUERIES.keySet()).stream().sorted().toList();
        String language = languages.get(random.nextInt(languages.size()));
        List<String> texts = QUERIES.get(language);
        String text = texts.get(random.nextInt(texts.size()));
        if (random.nextInt(5) == 0 && text.length() > 3) {
            text = text.substring(0, text.length() - 1 - random.nextInt(Math.min(3, text.length() - 3)));
        }
        String filterLanguage = random.nextBoolean() ? language : null;
        List<String> markets = MARKETS.get(language);
        String market = random.nextInt(4) == 0 ? markets.get(random.nextInt(markets.size())) : null;
        return new SopQuery(text, market, filterLanguage, null, null, 10);
    }

    /** Percentiles; wall-clock latency is what an agent waits, CPU time is what the search costs on a busy machine. */
    private static void print(String label, double[] millis) {
        Arrays.sort(millis);
        System.out.printf("%s: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f  mean %.2f%n", label, percentile(millis, 50),
                percentile(millis, 95), percentile(millis, 99), millis[millis.length - 1], Arrays.stream(millis).average().orElse(0));
    }

    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
