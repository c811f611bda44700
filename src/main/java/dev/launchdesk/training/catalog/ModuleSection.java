package dev.launchdesk.training.catalog;

/**
 * A section of an SOP a module teaches, by its anchor; {@code heading} as it was when linked. A delta module keeps the
 * section's text before the change ({@code oldText}, empty for a section the change added) for the redline.
 */
public record ModuleSection(String anchor, String heading, String oldText) {
}
