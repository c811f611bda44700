/**
 * SOP handbooks: a market's (or a vendor's) SOPs exported as one HTML page and as a PDF with contents, page numbers,
 * running headers and bookmarks. Plain records in, a string or bytes out.
 */
package dev.launchdesk.sop.handbook;
