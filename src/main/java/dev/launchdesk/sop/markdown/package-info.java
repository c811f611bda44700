/**
 * SOP Markdown: safe HTML rendering, policy parameter resolution and the outline of sections, for every page,
 * export and diff of the SOP module.
 */
package dev.launchdesk.sop.markdown;
