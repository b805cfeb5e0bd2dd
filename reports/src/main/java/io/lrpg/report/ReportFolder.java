package io.lrpg.report;

import io.lrpg.results.ResultsFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The folder a report is written to. A report replaces only its own earlier output, and as a whole: every file is
 * first written into a hidden sibling folder, which then takes the place of the old one by renaming (the old one is
 * renamed aside first and deleted after), so a reader finds the old report or the new one, never a mix. Each report
 * lists its files in {@value #MARKER}; a folder that holds anything not so listed is someone else's, and the report
 * refuses to write there.
 */
public final class ReportFolder {

    /** The file that marks a folder as a report and lists its files. */
    public static final String MARKER = ".lrpg-report";

    private ReportFolder() {
    }

    /** Something that writes a report's files into a (new, empty) folder and returns them. */
    @FunctionalInterface
    public interface Writer {
        List<Path> writeInto(Path folder);
    }

    /**
     * Checks that {@code out} may receive a report: absent, an empty folder, or an earlier report.
     *
     * @throws ResultsFormatException naming the first file that is not part of an earlier report
     */
    public static void check(Path out) {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new ResultsFormatException("--out " + out + " is not a folder");
        }
        TreeSet<String> listed = listed(out);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(p -> !p.equals(out)).sorted().toList()) {
                String name = out.relativize(file).toString().replace('\\', '/');
                if (name.equals(MARKER) || Files.isDirectory(file) && listedBelow(listed, name)) {
                    continue;
                }
                if (!listed.contains(name)) {
                    throw new ResultsFormatException(out + " holds " + name + ", which is not part of an earlier lrpg "
                            + "report; choose an empty or new folder for --out");
                }
            }
        } catch (IOException e) {
            throw new ResultsFormatException("cannot list " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a report into {@code out}, replacing an earlier report there.
     *
     * @return the files of the new report, at their final paths
     */
    public static List<Path> replace(Path out, Writer writer) {
        check(out);
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path fresh = null;
        Path old = null;
        try {
            Files.createDirectories(parent);
            fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            openToAll(fresh);
            List<Path> written = writer.writeInto(fresh);
            List<String> names = new ArrayList<>();
            for (Path file : written) {
                names.add(fresh.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'));
            }
            names.sort(null);
            Files.writeString(fresh.resolve(MARKER), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
            if (Files.exists(target)) {
                old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
            }
            move(fresh, target);
            fresh = null;
            List<Path> result = new ArrayList<>();
            for (String name : names) {
                result.add(out.resolve(name));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(fresh);
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Temporary folders are created owner-only (0700); a report is meant to be shared, so open it to 0755. */
    private static void openToAll(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static TreeSet<String> listed(Path out) {
        Path marker = out.resolve(MARKER);
        TreeSet<String> names = new TreeSet<>();
        if (Files.isRegularFile(marker)) {
            try {
                for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        names.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new ResultsFormatException("cannot read " + marker + ": " + e.getMessage(), e);
            }
        }
        return names;
    }

    private static boolean listedBelow(TreeSet<String> listed, String folder) {
        String prefix = folder + "/";
        String next = listed.ceiling(prefix);
        return next != null && next.startsWith(prefix);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover hidden folder is harmless; the report itself is complete
        }
    }
}
