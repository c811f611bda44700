package dev.launchdesk.sop.handbook;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample handbook as a PDF to the file named by the first argument; run in a separate JVM by tests. */
final class WriteSampleHandbookPdf {

    private WriteSampleHandbookPdf() {
    }

    public static void main(String[] args) throws Exception {
        Files.write(Path.of(args[0]), new HandbookRenderer().toPdf(SampleHandbook.thailand()));
    }
}
