/**
 * The SOP module's part of the home page's work queue: reviews, conflicts, drafts sent back, versions to publish or
 * past review-by, and SOPs an agent has not acknowledged. Reads the library and the acknowledgements; nothing depends
 * on it.
 */
package dev.launchdesk.sop.work;
