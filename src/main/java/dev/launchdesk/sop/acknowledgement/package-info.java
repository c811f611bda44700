/**
 * Acknowledgements: the SOPs in force for an agent (every market their site serves, their vendor's own variants),
 * agents acknowledging each new version, and who has not yet, per vendor and site.
 */
package dev.launchdesk.sop.acknowledgement;
