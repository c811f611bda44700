/**
 * The application shell: layout model, home page, error pages and problem details for the API.
 */
package dev.launchdesk.web;
