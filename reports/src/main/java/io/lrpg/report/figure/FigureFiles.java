package io.lrpg.report.figure;

import io.lrpg.results.AtomicFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a figure as {@code NAME.svg} and {@code NAME.png} from one {@link DisplayList}, each file atomically
 * (written to a temporary file in the same folder, then renamed into place; {@link AtomicFiles}).
 */
public final class FigureFiles {

    private FigureFiles() {
    }

    /** Writes {@code folder/name.svg} and {@code folder/name.png} (PNG at {@link PngRenderer#DEFAULT_SCALE}). */
    public static List<Path> write(Path folder, String name, Figure figure) {
        return write(folder, name, FigureCompiler.compile(figure), PngRenderer.DEFAULT_SCALE);
    }

    /**
     * Writes {@code folder/name.svg} and {@code folder/name.png} and returns their paths, SVG first.
     *
     * @param name     the file name without extension (no path separators)
     * @param pngScale PNG pixels per figure pixel
     */
    public static List<Path> write(Path folder, String name, DisplayList list, double pngScale) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("figure name must be a plain file name, was '" + name + "'");
        }
        Path svg = folder.resolve(name + ".svg");
        Path png = folder.resolve(name + ".png");
        AtomicFiles.write(svg, writer -> SvgRenderer.write(list, writer));
        AtomicFiles.writeBinary(png, out -> PngRenderer.write(list, pngScale, out));
        return List.of(svg, png);
    }
}
