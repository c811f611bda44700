/**
 * Reference data every other module stands on: markets (with their policy parameters in force on
 * a date), BPO vendors, their sites and the agent roster.
 */
package dev.launchdesk.reference;
