/**
 * Insights: ticket data, KPIs, anomalies and multi-dimensional root-cause analysis. So far: the RiskLoc
 * root-cause engine ({@code insight.rca}) and its standalone API.
 */
package dev.launchdesk.insight;
