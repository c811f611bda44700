package dev.launchdesk.notify.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import dev.launchdesk.notify.settings.NotifySettings;
import dev.launchdesk.shared.UserTexts;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** The folder the e-mails go to without a mail server: one {@code msg_....eml} file each, written whole or not at all. */
@Component
public class MailOutboxFolder {

    /** An .eml file of the folder, with what its headers say. */
    public record StoredMail(String name, String to, String subject, Instant writtenAt, long size) {
    }

    private static final Pattern NAME = Pattern.compile("msg_[A-Za-z0-9]{1,36}\\.eml");

    private final Path folder;

    MailOutboxFolder(NotifySettings settings) {
        this.folder = settings.outboxFolder().toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** Writes the mail as {@code <messageId>.eml}; written again (a retry after a stop) it replaces itself, never a second file. */
    void write(String messageId, MimeMessage message) throws IOException, MessagingException {
        Files.createDirectories(folder);
        MailChannel.writeAtomically(folder.resolve(messageId + ".eml"), message);
    }

    /** The newest mails first, at most limit. */
    public List<StoredMail> newest(int limit) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(MailOutboxFolder::modified).reversed()).limit(limit).toList();
        }
        List<StoredMail> mails = new ArrayList<>();
        for (Path file : files) {
            mails.add(stored(file));
        }
        return mails;
    }

    public long count() throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).count();
        }
    }

    /** The raw text of one mail by its file name; empty for a name that is not one of the folder's mails. */
    public Optional<String> read(String name) throws IOException {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(file, StandardCharsets.ISO_8859_1));
    }

    /** The subject and recipient of one mail, decoded. */
    public Optional<StoredMail> describe(String name) throws IOException {
        if (name == null || !NAME.matcher(name).matches() || !Files.isRegularFile(folder.resolve(name))) {
            return Optional.empty();
        }
        return Optional.of(stored(folder.resolve(name)));
    }

    /** The decoded text part of one mail. */
    public Optional<String> text(String name) throws IOException {
        if (name == null || !NAME.matcher(name).matches() || !Files.isRegularFile(folder.resolve(name))) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(folder.resolve(name))) {
            Object content = new MimeMessage(Session.getInstance(new Properties()), in).getContent();
            return Optional.of(content.toString());
        } catch (MessagingException e) {
            return Optional.of(UserTexts.of("problem.notify.mail.unreadable", e.getMessage()));
        }
    }

    private static StoredMail stored(Path file) throws IOException {
        String to = "";
        String subject = "";
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            to = message.getHeader("To", ", ");
            subject = message.getSubject();
        } catch (MessagingException e) {
            subject = "(unreadable: " + e.getMessage() + ")";
        }
        return new StoredMail(file.getFileName().toString(), to, subject, modified(file), Files.size(file));
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
