package io.lrpg.cli;

import io.lrpg.experiment.ExperimentRunner;
import io.lrpg.experiment.RunResult;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on standard error, redrawn at most every 200 ms:
 * {@code [#####.....] 52% 5200/10000 episodes, 3/10 runs, ETA 0:12}. Used only when a console is attached
 * ({@link #forConsole}); otherwise the command prints nothing while it works.
 */
final class TerminalProgress implements ExperimentRunner.Progress, AutoCloseable {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long totalEpisodes;
    private final int totalRuns;
    private final long start = System.nanoTime();
    private final AtomicInteger runsDone = new AtomicInteger();
    private volatile long lastDraw;
    private volatile long episodesDone;

    private TerminalProgress(PrintStream out, String label, long totalEpisodes, int totalRuns) {
        this.out = out;
        this.label = label;
        this.totalEpisodes = totalEpisodes;
        this.totalRuns = totalRuns;
    }

    /** A progress bar if standard error is a terminal, else a silent listener. */
    static ExperimentRunner.Progress forConsole(String label, long totalEpisodes, int totalRuns) {
        if (System.console() == null) {
            return ExperimentRunner.SILENT;
        }
        return new TerminalProgress(System.err, label, totalEpisodes, totalRuns);
    }

    @Override
    public void episodeDone(long episodesDoneInAll) {
        episodesDone = episodesDoneInAll;
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(false);
        }
    }

    @Override
    public void runDone(RunResult result) {
        runsDone.incrementAndGet();
        draw(runsDone.get() == totalRuns);
    }

    private synchronized void draw(boolean last) {
        double fraction = totalEpisodes == 0 ? 1.0 : Math.min(1.0, (double) episodesDone / totalEpisodes);
        int filled = (int) Math.round(fraction * WIDTH);
        double elapsed = (System.nanoTime() - start) * 1e-9;
        String eta = fraction > 0 ? clock(elapsed / fraction - elapsed) : "?";
        out.print(String.format(Locale.ROOT, "\r%s [%s%s] %3.0f%% %d/%d episodes, %d/%d runs, ETA %s ", label,
                "#".repeat(filled), ".".repeat(WIDTH - filled), 100 * fraction, episodesDone, totalEpisodes,
                runsDone.get(), totalRuns, eta));
        if (last) {
            out.println();
        }
        out.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Override
    public void close() {
        out.flush();
    }
}
