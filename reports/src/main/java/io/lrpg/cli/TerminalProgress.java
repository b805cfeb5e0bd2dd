package io.lrpg.cli;

import io.lrpg.experiment.Runner;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on standard error, redrawn at most every 200 ms:
 * {@code [#####.....] 52% 5200/10000 episodes, 3/10 runs, ETA 0:12}. Used only when a console is attached
 * ({@link #forConsole}); otherwise the command prints nothing while it works.
 */
final class TerminalProgress implements Runner.Listener {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long start = System.nanoTime();
    private final AtomicInteger runsDone = new AtomicInteger();
    private final AtomicLong episodesDone = new AtomicLong();
    private volatile long totalEpisodes;
    private volatile int totalRuns;
    private volatile long lastDraw;

    private TerminalProgress(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    /** A progress bar if a console is attached, else a silent listener. */
    static Runner.Listener forConsole(String label) {
        return System.console() == null ? Runner.SILENT : new TerminalProgress(System.err, label);
    }

    @Override
    public void started(Runner.Started started) {
        totalEpisodes = started.episodesToTrain();
        totalRuns = started.toTrain();
    }

    @Override
    public void episodeDone() {
        episodesDone.incrementAndGet();
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(false);
        }
    }

    @Override
    public void runWritten(Runner.RunOutcome outcome) {
        draw(runsDone.incrementAndGet() == totalRuns);
    }

    private synchronized void draw(boolean last) {
        long done = episodesDone.get();
        double fraction = totalEpisodes == 0 ? 1.0 : Math.min(1.0, (double) done / totalEpisodes);
        int filled = (int) Math.round(fraction * WIDTH);
        double elapsed = (System.nanoTime() - start) * 1e-9;
        String eta = fraction > 0 ? clock(elapsed / fraction - elapsed) : "?";
        out.print(String.format(Locale.ROOT, "\r%s [%s%s] %3.0f%% %d/%d episodes, %d/%d runs, ETA %s ", label,
                "#".repeat(filled), ".".repeat(WIDTH - filled), 100 * fraction, done, totalEpisodes, runsDone.get(),
                totalRuns, eta));
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
}
