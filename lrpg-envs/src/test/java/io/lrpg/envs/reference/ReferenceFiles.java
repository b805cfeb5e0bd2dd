package io.lrpg.envs.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The reference CSV files shipped as test resources under {@code reference/envs/}. */
final class ReferenceFiles {

    /** The number of files listed in the README. */
    static final int COUNT = 26;

    private ReferenceFiles() {}

    static Path directory() {
        URL url = ReferenceFiles.class.getClassLoader().getResource("reference/envs/README.md");
        if (url == null) {
            throw new IllegalStateException("reference/envs/README.md is not on the test classpath");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String name) {
        return directory().resolve(name);
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> withPrefix(String prefix) {
        return all().stream().filter(p -> p.getFileName().toString().startsWith(prefix));
    }
}
