/**
 * xAPI (Experience API 1.0.3) statements of finished training modules, for customers' learning record stores.
 *
 * <pre>
 * XapiStatements statements = new XapiStatements(new XapiSettings(URI.create("https://launchdesk.example.com/xapi/activities/"), "LaunchDesk"));
 * statements.json(new XapiCompletion(XapiStatements.statementId(attemptId.toString()),
 *         new XapiActor.Account(URI.create("https://lms.customer.example/"), agent.externalId(), agent.name()),
 *         "modules/" + module.id(), module.title(), module.language(),
 *         XapiOutcome.PASSED, XapiScore.of(9, 10), Duration.ofMinutes(14), attempt.submittedAt()));
 * </pre>
 * The output is checked against the specification's required fields and formats, and the checker against the
 * specification's own example statements (tests).
 */
package dev.launchdesk.training.xapi;
