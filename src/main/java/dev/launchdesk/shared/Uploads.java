package dev.launchdesk.shared;

import java.io.IOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads read whole into memory (rosters, XLIFF files, RCA cubes) are capped here, below the multipart limit that
 * streamed ticket imports need; an upload over the cap is a 400 naming the field, before any byte is read.
 */
public final class Uploads {

    /** The cap for uploads read into memory: 20 MB. */
    public static final long IN_MEMORY_LIMIT = 20L * 1024 * 1024;

    private Uploads() {
    }

    public static byte[] bytes(MultipartFile file, String field) throws IOException {
        if (file.getSize() > IN_MEMORY_LIMIT) {
            throw InvalidInputException.of(field, UserTexts.of("problem.shared.upload.too-large", "20 MB",
                    String.valueOf(file.getSize() / (1024 * 1024))));
        }
        return file.getBytes();
    }
}
