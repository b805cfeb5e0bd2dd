package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.report.figure.Primitive.Polygon;
import io.lrpg.report.figure.Primitive.Polyline;
import io.lrpg.report.figure.Primitive.Text;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Both renderers draw one display list: the SVG element for element, the PNG primitive for primitive. */
class RenderersTest {

    @TempDir
    Path folder;

    private static Figure threePanels() {
        List<CurvePanel> panels = List.of(
                CurvePanel.of("Pendulum", new double[] {0, 100}, TestCurves.noisy(2, 1000, 1)),
                CurvePanel.of("Acrobot", new double[] {0, 100}, TestCurves.noisy(2, 1000, 2)),
                new CurvePanel("Goddard rocket", new double[] {0, 100}, Zoom.inset(6000),
                        TestCurves.noisy(2, 30_000, 3)));
        return LearningCurves.figure(panels, CurveOptions.clean(XUnit.EPISODES));
    }

    @Test
    void theSvgHoldsExactlyTheDisplayListsPrimitivesInOrder() throws Exception {
        DisplayList list = FigureCompiler.compile(threePanels());
        SvgDocument doc = SvgDocument.parse(SvgRenderer.toSvg(list));
        List<Element> elements = doc.drawing();
        assertEquals(list.primitives().size(), elements.size());
        for (int i = 0; i < elements.size(); i++) {
            Primitive p = list.primitives().get(i);
            Element e = elements.get(i);
            assertEquals(p.role().cssClass(), e.getAttribute("class"), "element " + i);
            if (p instanceof Polyline line) {
                assertEquals("polyline", e.getLocalName(), "element " + i);
                assertArrayEquals(line.points(), SvgDocument.points(e), 0, "element " + i);
                assertEquals(line.stroke().colour().hex(), e.getAttribute("stroke"));
                assertEquals(line.stroke().width(), Double.parseDouble(e.getAttribute("stroke-width")), 1e-3);
            } else if (p instanceof Polygon polygon) {
                assertEquals("polygon", e.getLocalName(), "element " + i);
                assertArrayEquals(polygon.points(), SvgDocument.points(e), 0, "element " + i);
                assertEquals(polygon.fill().hex(), e.getAttribute("fill"));
            } else {
                Text text = (Text) p;
                assertEquals("text", e.getLocalName(), "element " + i);
                assertEquals(text.text(), e.getTextContent());
                assertEquals(text.x(), Double.parseDouble(e.getAttribute("x")), 0);
                assertEquals(text.y(), Double.parseDouble(e.getAttribute("y")), 0);
                assertEquals(text.size(), Double.parseDouble(e.getAttribute("font-size")), 1e-3);
            }
        }
        // one clip path per plot area (three panels and the inset)
        assertEquals(list.clips().size(), doc.elements("clipPath").size());
        assertEquals(4, list.clips().size());
    }

    @Test
    void thePngDrawsEveryPrimitiveOfTheSameList() {
        DisplayList list = FigureCompiler.compile(threePanels());
        BufferedImage image = new BufferedImage(list.width(), list.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int drawn = PngRenderer.paint(list, g);
        g.dispose();
        assertEquals(list.primitives().size(), drawn);
    }

    @Test
    void thePngIsDecodableAndOfTheStatedSize() throws Exception {
        Figure figure = threePanels();
        DisplayList list = FigureCompiler.compile(figure);
        List<Path> written = FigureFiles.write(folder, "three", list, 2);
        BufferedImage png = ImageIO.read(written.get(1).toFile());
        assertNotNull(png, "ImageIO decodes the PNG");
        assertEquals(2 * list.width(), png.getWidth());
        assertEquals(2 * list.height(), png.getHeight());
        assertEquals(3 * Figure.PANEL_WIDTH, list.width());
        assertTrue(list.height() > Figure.PANEL_HEIGHT, "panels plus the legend below them");
        SvgDocument svg = SvgDocument.read(written.get(0));
        assertEquals(Integer.toString(list.width()), svg.root.getAttribute("width"));
        assertEquals(Integer.toString(list.height()), svg.root.getAttribute("height"));
    }

    /**
     * Where the display list puts a thick line, the PNG has the line's colour: the PNG's geometry is the list's. A
     * 7 px horizontal line at y = 50 of a 0–100 panel, in pure blue; at the middle of its polyline, scaled by 2, the
     * pixel is fully covered.
     */
    @Test
    void thePngDrawsTheListsGeometry() {
        Rgba blue = Rgba.rgb(0, 0, 255);
        Series line = new Series("flat", new double[] {0, 100}, new double[] {50, 50}, Stroke.solid(blue, 7));
        Panel panel = Panel.of("", Axis.linear("x", 0, 100), Axis.linear("y", 0, 100)).withSeries(List.of(line));
        DisplayList list = FigureCompiler.compile(Figure.row(List.of(panel)));
        Polyline drawn = (Polyline) list.withRole(Role.SERIES).get(0);
        double[] p = drawn.points();
        assertEquals(4, p.length);
        assertEquals(p[1], p[3], 0);
        BufferedImage image = PngRenderer.render(list, 2);
        int cx = (int) Math.round((p[0] + p[2]) / 2 * 2);
        int cy = (int) Math.round(p[1] * 2);
        assertEquals(0x0000ff, image.getRGB(cx, cy) & 0xffffff);
        // 7 px (14 image px) above the line's centre the background shows
        assertEquals(0xffffff, image.getRGB(cx, cy - 14) & 0xffffff);
    }
}
