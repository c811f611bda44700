/**
 * Demo data for the embedded default: markets, policy parameters, BPO vendors with sites, a few hundred
 * agents and one user per role (password "demo"). Never loaded in the postgres profile.
 */
package dev.launchdesk.demo;
