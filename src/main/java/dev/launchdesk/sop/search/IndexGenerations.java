package dev.launchdesk.sop.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index folder: one sub-folder per generation ({@code generation-7}) and a {@code CURRENT} file
 * naming the one in use. A rebuild writes a new generation next to the current one and then
 * replaces {@code CURRENT} by an atomic rename, so after a crash the index is either the old or the
 * new generation, never half of one.
 */
final class IndexGenerations {

    private static final String CURRENT = "CURRENT";
    private static final String PREFIX = "generation-";

    private final Path root;

    IndexGenerations(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search index folder " + this.root, e);
        }
    }

    /** The generation in use, if {@code CURRENT} names one that exists. */
    Optional<Path> current() throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        Path generation = root.resolve(name);
        return name.startsWith(PREFIX) && Files.isDirectory(generation) ? Optional.of(generation) : Optional.empty();
    }

    /** A new, empty generation folder, numbered after every existing one. */
    Path next() throws IOException {
        long number = generations().stream().mapToLong(IndexGenerations::number).max().orElse(0) + 1;
        return Files.createDirectories(root.resolve(PREFIX + number));
    }

    void makeCurrent(Path generation) throws IOException {
        Path written = root.resolve(CURRENT + ".tmp");
        Files.writeString(written, generation.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(written, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Deletes every generation but {@code kept}. Best effort: a file still open (on Windows) stays
     * until the next call; on Linux searches still running on an old generation keep their open files.
     */
    void deleteAllBut(Path kept) {
        try {
            for (Path generation : generations()) {
                if (!generation.equals(kept)) {
                    deleteTree(generation);
                }
            }
        } catch (IOException e) {
            // left for the next call
        }
    }

    private List<Path> generations() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(child -> Files.isDirectory(child) && number(child) > 0).toList();
        }
    }

    private static long number(Path generation) {
        String name = generation.getFileName().toString();
        if (!name.startsWith(PREFIX)) {
            return 0;
        }
        try {
            return Long.parseLong(name.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
