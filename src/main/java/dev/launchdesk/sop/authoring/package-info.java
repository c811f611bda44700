/**
 * Writing SOPs: new masters, drafts, submitting for review, four-eyes approval, publishing (which raises
 * {@link dev.launchdesk.sop.SopVersionPublished}) and withdrawing; the SOP pages, version pages, diffs and the SOP API.
 */
package dev.launchdesk.sop.authoring;
