package dev.launchdesk.sop.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Writes the sample handbook to target/ for a person to look at. */
class HandbookSampleTest {

    @Test
    void writesTheSampleHandbook() throws Exception {
        HandbookRenderer renderer = new HandbookRenderer();
        Path target = Path.of("target");
        Files.createDirectories(target);

        Files.writeString(target.resolve("handbook-sample.html"), renderer.toHtml(SampleHandbook.thailand()), StandardCharsets.UTF_8);
        Files.write(target.resolve("handbook-sample.pdf"), renderer.toPdf(SampleHandbook.thailand()));

        assertThat(target.resolve("handbook-sample.pdf")).isNotEmptyFile();
    }
}
