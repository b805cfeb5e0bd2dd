package io.lrpg.results;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

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

    /** Bytes written to the file at a time. */
    private static final int BUFFER = 1 << 16;

    /**
     * Temporary files are created with the process's umask, which may make them owner-only; results are meant to be
     * shared, so they are opened to 0644 before they are renamed into place.
     */
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

    /**
     * As {@link #write(Path, Body)}, for binary content (images).
     *
     * <p>The temporary file is {@code .NAME.<random>.partial}, created exclusively (a name taken by another writer is
     * never reused) and written through one channel with a {@value #BUFFER}-byte buffer, so a result file of up to
     * that size costs, besides making sure of its folder, one open, one write, one chmod and one rename. ({@code Files.createTempFile} followed by
     * {@code Files.newOutputStream} opened the file twice and wrote it in 8 KiB pieces: 60–80 µs more per file on
     * the development machine, where a run writes three.)
     */
    public static void writeBinary(Path target, BinaryBody body) {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            FileChannel channel = null;
            while (channel == null) {
                temporary = folder.resolve("." + target.getFileName() + "."
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".partial");
                try {
                    channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException taken) {
                    temporary = null; // another writer's: draw another name
                }
            }
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER)) {
                body.writeTo(out);
            } finally {
                channel.close();
            }
            readableByAll(temporary);
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
