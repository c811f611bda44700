/**
 * Training (KMT): modules built from SOP sections, a versioned question bank, quizzes scored on the server,
 * assignments by rule or by name, certifications with expiry kept as history, delta retraining after SOP changes,
 * and readiness per market, vendor, site, language and module.
 *
 * <p>The module root holds only what other modules see: the events it publishes ({@link AgentCertified},
 * {@link CertificationExpired}, {@link DeltaRetrainingAssigned}) and the query interface {@link CertifiedAgents}.
 * The capabilities live in sub-packages, each with its API beside it:
 * <pre>
 * catalog        modules (SOP sections by anchor, pinned SOP version, quiz policy) and the study text
 * bank           the question bank per SOP section, versioned questions, review flags
 * assignment     assignments by rule (live: roster changes) or by name, vendor-scoped
 * certification  the certification state machine per agent and module, expiry reminders
 * quiz           attempts: questions without answers, server-side scoring and deadlines, the agent's API
 * delta          delta modules and retraining when an SOP version is published
 * readiness      readiness per market and vendor, the assignment lists, the work queue, {@link CertifiedAgents}
 * </pre>
 * Dependencies point down this list only, never in a cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package dev.launchdesk.training;
