/**
 * Notifications for every module: a module calls {@link dev.launchdesk.notify.Notifications#send} inside its own
 * transaction, which writes the in-app notifications and an outbox of e-mails and signed webhooks (Standard Webhooks);
 * a scheduled worker, once per cluster, sends the outbox with retries. Each user chooses channels per kind and an
 * immediate, daily or weekly e-mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify")
package dev.launchdesk.notify;
