/**
 * SOPs: global master procedures, regional variants per market (and vendor), immutable versions with
 * four-eyes review, and three-way propagation of master changes into every variant.
 */
package dev.launchdesk.sop;
