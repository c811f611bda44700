/**
 * Full-text search over every published SOP in its own language and its translations: the Lucene index on local disk
 * ({@link dev.launchdesk.sop.search.SopSearchIndex}), language analysers and snippets, the service that keeps the
 * index current from the database's change feed ({@link dev.launchdesk.sop.search.SopSearch}), and its page and API.
 */
package dev.launchdesk.sop.search;
