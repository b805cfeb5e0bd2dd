package io.lrpg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing through a temporary file: complete files only, and temporary names the store recognises. (The 0644 mode is
 * not tested: under the usual umask 022 a new file has it anyway, so such a test could not fail here.)
 */
class AtomicFilesTest {

    @TempDir
    Path temp;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileLargerThanTheBufferIsWrittenWhole() throws IOException {
        Path target = temp.resolve("a/b/c.csv"); // folders are created
        String text = "x,".repeat(100_000) + "é\n"; // 200 kB, beyond the 64 KiB buffer; UTF-8
        AtomicFiles.write(target, writer -> writer.write(text));
        assertEquals(text, Files.readString(target));
        assertEquals(List.of("c.csv"), names(target.getParent()), "no temporary file is left");
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = temp.resolve("seed-3.csv");
        AtomicFiles.write(target, writer -> writer.write("old"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, writer -> {
            writer.write("half");
            throw new IOException("disk full");
        }));
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("seed-3.csv"), names(temp));
    }

    /** A writer killed mid-file leaves its temporary file; the store must recognise it as this run's and remove it. */
    @Test
    void theTemporaryNameIsOneTheStoreRemoves() throws IOException {
        StoreLayout layout = new StoreLayout(temp);
        RunId run = new RunId("pendulum", "lowrank", "paper", 3);
        Path[] seen = new Path[1];
        AtomicFiles.write(layout.csv(run), writer -> {
            List<String> during = names(layout.cellFolder(run));
            assertEquals(1, during.size(), during.toString());
            seen[0] = layout.cellFolder(run).resolve(during.get(0));
        });
        String name = seen[0].getFileName().toString();
        assertTrue(name.startsWith(".seed-3.csv.") && name.endsWith(".partial"), name);
        Files.writeString(seen[0], "as a killed writer left it");
        assertEquals(0, layout.removePartialFiles(new RunId("pendulum", "lowrank", "paper", 30)));
        assertEquals(1, layout.removePartialFiles(run));
        assertEquals(List.of("seed-3.csv"), names(layout.cellFolder(run)));
    }
}
