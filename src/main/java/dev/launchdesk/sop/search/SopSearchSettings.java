package dev.launchdesk.sop.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param indexFolder where the search index lives on local disk (default {@code ./data/search-index});
 *                    the index can always be rebuilt from the database, so it needs no backup
 */
@ConfigurationProperties("launchdesk.search")
public record SopSearchSettings(Path indexFolder) {

    public SopSearchSettings {
        if (indexFolder == null) {
            indexFolder = Path.of("data", "search-index");
        }
    }
}
