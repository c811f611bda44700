/**
 * Users, roles and vendor scope; form login for people, personal API tokens and HTTP Basic for scripts.
 */
package dev.launchdesk.identity;
