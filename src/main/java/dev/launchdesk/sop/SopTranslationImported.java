package dev.launchdesk.sop;

import java.util.UUID;

/** A translation of a variant's version in force was imported (the search index re-reads it). */
public record SopTranslationImported(UUID documentId, String language) {
}
