/**
 * SOP handbooks: a market's (or a vendor's) SOPs exported as one HTML page and as a PDF with contents, page numbers,
 * running headers and bookmarks. {@link dev.launchdesk.sop.handbook.SopHandbooks} gathers the SOPs in force and their
 * translations, the renderer turns plain records into a string or bytes; the page and API sit beside them.
 */
package dev.launchdesk.sop.handbook;
