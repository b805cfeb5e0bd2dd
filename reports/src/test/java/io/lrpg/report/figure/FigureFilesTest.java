package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureFilesTest {

    @TempDir
    Path folder;

    private static Figure small(double level) {
        Series s = new Series("s", new double[] {0, 1}, new double[] {level, level}, Stroke.solid(Rgba.BLACK, 1));
        return Figure.row(List.of(Panel.of("t", Axis.linear("x", 0, 1), Axis.linear("y", 0, 1))
                .withSeries(List.of(s))));
    }

    @Test
    void writesBothFilesReplacesThemAndLeavesNoTemporaryFiles() throws Exception {
        List<Path> first = FigureFiles.write(folder.resolve("sub"), "fig", small(0.2));
        String before = Files.readString(first.get(0));
        List<Path> second = FigureFiles.write(folder.resolve("sub"), "fig", small(0.8));
        assertEquals(first, second);
        String after = Files.readString(second.get(0));
        assertTrue(!before.equals(after), "the SVG was replaced");
        try (Stream<Path> files = Files.list(folder.resolve("sub"))) {
            assertEquals(List.of("fig.png", "fig.svg"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void rejectsANameThatIsNotAPlainFileName() {
        assertThrows(IllegalArgumentException.class, () -> FigureFiles.write(folder, "a/b", small(0.5)));
        assertThrows(IllegalArgumentException.class, () -> FigureFiles.write(folder, "", small(0.5)));
    }
}
