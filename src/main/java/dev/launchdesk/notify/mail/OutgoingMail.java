package dev.launchdesk.notify.mail;

/** One e-mail to send; messageId (msg_...) becomes its Message-ID and, without a mail server, its file name. */
public record OutgoingMail(String messageId, String to, String subject, String text) {
}
