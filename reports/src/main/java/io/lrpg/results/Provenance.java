package io.lrpg.results;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Where a result came from: code version, JVM, libraries and machine, gathered once per command.
 *
 * @param gitCommit   the commit the running code was built from (see {@link #ofThisProcess}), or {@code "unknown"}
 * @param gitDirty    whether that build had uncommitted changes to tracked files ({@code null} if unknown)
 * @param java        JVM vendor, name and version
 * @param jvmArguments the JVM's input arguments (for example {@code -Xmx})
 * @param os          operating system and architecture
 * @param processors  available processors
 * @param maxHeapMiB  the JVM's maximum heap
 * @param host        the machine's host name
 * @param libraries   versions of the libraries on the class path that affect results
 */
public record Provenance(String gitCommit, Boolean gitDirty, String java, java.util.List<String> jvmArguments,
        String os, int processors, long maxHeapMiB, String host, Map<String, String> libraries) {

    private static final String[][] LIBRARIES = {
        {"org.ejml", "ejml-core"},
        {"org.apache.commons", "commons-math3"},
        {"info.picocli", "picocli"},
        {"com.fasterxml.jackson.core", "jackson-databind"},
        {"org.deeplearning4j", "deeplearning4j-nn"},
        {"org.nd4j", "nd4j-native"},
    };

    /** The resource the build writes (git-commit-id-maven-plugin in reports/pom.xml, at the initialize phase). */
    static final String BUILD_COMMIT_RESOURCE = "build-commit.properties";

    /**
     * Gathers the provenance of this process. The commit is the one the code was built from, written into the jar
     * by the build ({@value #BUILD_COMMIT_RESOURCE}): a jar copied elsewhere, or run while the working tree has
     * moved on, still names the code that ran. Only where the build recorded none (a source tree without
     * {@code .git}) is the working tree of the current directory asked instead, and failing that it is
     * {@code "unknown"}.
     */
    public static Provenance ofThisProcess() {
        String[] built = buildCommit();
        String commit = built != null ? built[0] : git("rev-parse", "HEAD");
        Boolean dirty = built != null ? (built[1] == null ? null : Boolean.valueOf(built[1]))
                : dirtyWorkingTree(commit);
        return of(commit, dirty);
    }

    private static Boolean dirtyWorkingTree(String commit) {
        String status = commit == null ? null : git("status", "--porcelain", "--untracked-files=no");
        return status == null ? null : !status.isBlank();
    }

    /** {commit, dirty or null} from the build's resource, or null if the build recorded no commit. */
    static String[] buildCommit() {
        try (InputStream in = Provenance.class.getResourceAsStream(BUILD_COMMIT_RESOURCE)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            String commit = properties.getProperty("git.commit.id", "").trim();
            if (!commit.matches("[0-9a-f]{40}")) {
                return null;
            }
            String dirty = properties.getProperty("git.dirty", "").trim();
            return new String[] {commit, dirty.equals("true") || dirty.equals("false") ? dirty : null};
        } catch (IOException e) {
            return null;
        }
    }

    private static Provenance of(String commit, Boolean dirty) {
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("lrpg", versionOf("io.lrpg", "reports"));
        for (String[] library : LIBRARIES) {
            String version = versionOf(library[0], library[1]);
            if (version != null) {
                libraries.put(library[1], version);
            }
        }
        return new Provenance(commit == null ? "unknown" : commit,
                dirty,
                System.getProperty("java.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                hostName(),
                libraries);
    }

    /** The process's peak resident memory (VmHWM of /proc/self/status) in MiB, or {@code null} if unknown. */
    public static Long peakResidentMiB() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    String[] fields = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(fields[0]) >> 10; // kB → MiB
                }
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static String versionOf(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Provenance.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    private static String git(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "git";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Path output = Files.createTempFile("lrpg-git", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(false)
                        .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return null;
                }
                if (process.exitValue() != 0) {
                    return null;
                }
                return Files.readString(output, StandardCharsets.UTF_8).trim();
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
