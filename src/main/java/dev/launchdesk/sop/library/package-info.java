/**
 * The SOP library: documents (masters and regional variants) and their immutable versions with the rules of their
 * life cycle ({@link dev.launchdesk.sop.library.SopVersion}), the repositories, and reading the library in a
 * reader's vendor scope. Every other SOP capability builds on it; it depends on none of them (the translation
 * status of the SOP × market matrix comes in through {@link dev.launchdesk.sop.library.TranslationProgress}).
 */
package dev.launchdesk.sop.library;
