package dev.launchdesk.notify.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import dev.launchdesk.notify.settings.NotifySettings;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends an e-mail through SMTP when a mail server is configured ({@code spring.mail.host}); otherwise writes it as an
 * .eml file named by its message id to the outbox folder, where admins read it — nothing is lost without a mail server.
 * Either way its Message-ID is the delivery's own, so a mail sent again after a stop is recognisably the same.
 */
@Component
public class MailChannel {

    /** A MIME message whose Message-ID is the one given, not a new one on every save. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + messageId + "@launchdesk>");
        }
    }

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailOutboxFolder folder;
    private final NotifySettings settings;

    MailChannel(ObjectProvider<JavaMailSender> mailSender, MailOutboxFolder folder, NotifySettings settings) {
        this.mailSender = mailSender;
        this.folder = folder;
        this.settings = settings;
    }

    /** "smtp" or "outbox folder": where mails go. */
    public String destination() {
        return mailSender.getIfAvailable() == null ? "outbox folder" : "smtp";
    }

    /** Sends (or writes) the mail; throws when it could not. */
    public void send(OutgoingMail mail) throws MessagingException, IOException {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            MimeMessage message = message(Session.getInstance(new Properties()), mail);
            message.saveChanges();
            folder.write(mail.messageId(), message);
            return;
        }
        MimeMessage message = message(sender.createMimeMessage().getSession(), mail);
        try {
            sender.send(message);
        } catch (org.springframework.mail.MailException e) {
            throw new MessagingException(e.getMessage(), e);
        }
    }

    private MimeMessage message(Session session, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, mail.messageId());
        message.setFrom(new InternetAddress(settings.mailFrom()));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.text(), "UTF-8");
        message.setSentDate(new Date());
        return message;
    }

    static void writeAtomically(Path target, MimeMessage message) throws IOException, MessagingException {
        Path temporary = Files.createTempFile(target.getParent(), ".mail-", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            message.writeTo(out);
        } catch (IOException | MessagingException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
