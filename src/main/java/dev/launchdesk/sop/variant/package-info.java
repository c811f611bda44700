/**
 * Regional variants of a master SOP per market (optionally per vendor) and the three-way propagation of every
 * published master version into them: clean merges become drafts, conflicts are resolved per hunk. Also the merge as a
 * standalone tool ({@code POST /api/v1/sop-merges/preview}). The merge engine itself is {@code sop.merge}.
 */
package dev.launchdesk.sop.variant;
