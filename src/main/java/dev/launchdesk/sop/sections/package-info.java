/**
 * The published sections of SOP versions for other modules ({@link dev.launchdesk.sop.PublishedSections}): which
 * version is in force for a market and vendor, its sections by anchor, in the source language or a translation.
 */
package dev.launchdesk.sop.sections;
