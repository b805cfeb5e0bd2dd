package io.lrpg.report;

import io.lrpg.experiment.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Atomic writes of binary files (images), with the same temporary-file-then-rename contract as {@link AtomicFiles},
 * which only writes text.
 */
final class BinaryFiles {

    /** Writes the body of a binary file. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private BinaryFiles() {
    }

    /** Writes {@code target} through a temporary file in the same folder, then renames it into place. */
    static void write(Path target, Body body) {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".partial");
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary))) {
                body.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the original failure is what matters
                }
            }
        }
    }
}
