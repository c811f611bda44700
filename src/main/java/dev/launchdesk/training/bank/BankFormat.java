package dev.launchdesk.training.bank;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.training.bank.formats.BankCsv;
import dev.launchdesk.training.bank.formats.BankDefaults;
import dev.launchdesk.training.bank.formats.BankReading;
import dev.launchdesk.training.bank.formats.BankWorkbook;
import dev.launchdesk.training.bank.formats.GiftReader;
import dev.launchdesk.training.bank.formats.GiftWriter;
import dev.launchdesk.training.bank.formats.QuestionDraft;

/** The files a question bank comes and goes in: Moodle GIFT text, CSV and XLSX (docs/training-bank-formats.md). */
public enum BankFormat {
    GIFT("text/plain; charset=UTF-8", "gift.txt"),
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    BankFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format a request names ({@code gift}, {@code csv}, {@code xlsx}, any case). */
    public static Optional<BankFormat> named(String name) {
        String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (BankFormat format : values()) {
            if (format.name().equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a request names, else the one its file name ends in ({@code .gift} or {@code .txt}, {@code .csv}, {@code .xlsx}). */
    public static BankFormat of(String name, String fileName) {
        if (name != null && !name.isBlank()) {
            return named(name).orElseThrow(() -> InvalidInputException.of("format", UserTexts.of("problem.training.bank.import.format", name.trim())));
        }
        String file = fileName == null ? "" : fileName.trim().toLowerCase(Locale.ROOT);
        if (file.endsWith(".gift") || file.endsWith(".txt")) {
            return GIFT;
        }
        int dot = file.lastIndexOf('.');
        return (dot < 0 ? Optional.<BankFormat>empty() : named(file.substring(dot + 1))).orElseThrow(() -> InvalidInputException.of("format",
                UserTexts.of("problem.training.bank.import.format-unknown", fileName == null ? "" : fileName.trim())));
    }

    public String contentType() {
        return contentType;
    }

    /** The name of an exported file: {@code question-bank-SPS-RFD-001.xlsx}. */
    public String fileName(String sopKey) {
        return "question-bank-" + sopKey.replaceAll("[^A-Za-z0-9_-]", "_") + "." + extension;
    }

    BankReading read(byte[] content, BankDefaults defaults) {
        return switch (this) {
            case GIFT -> GiftReader.read(content, defaults);
            case CSV -> BankCsv.read(content, defaults);
            case XLSX -> BankWorkbook.read(content, defaults);
        };
    }

    byte[] write(List<QuestionDraft> questions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (this) {
            case GIFT -> out.writeBytes(GiftWriter.write(questions).getBytes(StandardCharsets.UTF_8));
            case CSV -> BankCsv.write(questions, out);
            case XLSX -> BankWorkbook.write(questions, out);
        }
        return out.toByteArray();
    }
}
