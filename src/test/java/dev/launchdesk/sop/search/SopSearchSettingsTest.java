package dev.launchdesk.sop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

/** The index as a Spring bean: configured by {@code launchdesk.search.*}, closed with the context. */
class SopSearchSettingsTest {

    /** Not a {@code @Configuration}, so component scanning leaves it out of the other tests' applications. */
    @EnableConfigurationProperties(SopSearchSettings.class)
    @Import(SopSearchIndex.class)
    static class SearchOnly {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(SearchOnly.class);

    @Test
    void theDefaultFolderIsUnderData() {
        assertThat(new SopSearchSettings(null).indexFolder()).isEqualTo(Path.of("data", "search-index"));
    }

    @Test
    void theFolderIsConfigurable(@TempDir Path folder) {
        context.withPropertyValues("launchdesk.search.index-folder=" + folder.resolve("index"))
                .run(started -> {
                    assertThat(started.getBean(SopSearchSettings.class).indexFolder()).isEqualTo(folder.resolve("index"));
                    assertThat(started.getBean(SopSearchIndex.class).size()).isZero();
                    assertThat(folder.resolve("index/CURRENT")).exists();
                });
    }

    @Test
    void closingTheContextReleasesTheIndex(@TempDir Path folder) {
        String property = "launchdesk.search.index-folder=" + folder;
        context.withPropertyValues(property).run(first -> first.getBean(SopSearchIndex.class).upsert(SopCorpus.english().get(0)));

        context.withPropertyValues(property).run(second -> assertThat(second.getBean(SopSearchIndex.class).size()).isEqualTo(1));
        assertThat(Files.exists(folder.resolve("CURRENT"))).isTrue();
    }
}
