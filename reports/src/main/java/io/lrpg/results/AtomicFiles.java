package io.lrpg.results;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files so that a reader sees either the old content or the complete new one, never a part. */
public final class AtomicFiles {

    /** Writes the body of a text file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer writer) throws IOException;
    }

    /** Writes the body of a binary file. */
    @FunctionalInterface
    public interface BinaryBody {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Temporary files are created owner-only (0600); results are meant to be shared, so open them to 0644. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /**
     * Writes {@code target} through a temporary file in the same folder, then renames it into place.
     * If writing fails the temporary file is removed and {@code target} is untouched.
     */
    public static void write(Path target, Body body) {
        writeBinary(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.writeTo(writer);
            writer.flush();
        });
    }

    /** As {@link #write(Path, Body)}, for binary content (images). */
    public static void writeBinary(Path target, BinaryBody body) {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".partial");
            readableByAll(temporary);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
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
