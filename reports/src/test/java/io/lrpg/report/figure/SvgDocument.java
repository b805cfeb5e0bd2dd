package io.lrpg.report.figure;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** An SVG file read back with the JDK's XML parser, for tests: the file's elements, independent of the writer. */
public final class SvgDocument {

    public static final String SVG_NS = "http://www.w3.org/2000/svg";

    public final Document document;
    public final Element root;

    private SvgDocument(Document document) {
        this.document = document;
        this.root = document.getDocumentElement();
    }

    public static SvgDocument read(Path file) throws Exception {
        return parse(Files.readAllBytes(file));
    }

    public static SvgDocument parse(String svg) throws Exception {
        return parse(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static SvgDocument parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return new SvgDocument(builder.parse(new ByteArrayInputStream(bytes)));
    }

    /** All elements with a local name, in document order. */
    public List<Element> elements(String localName) {
        return list(document.getElementsByTagNameNS(SVG_NS, localName));
    }

    /** All elements (any name) with a class, in document order. */
    public List<Element> withClass(String cssClass) {
        List<Element> out = new ArrayList<>();
        for (Element e : list(document.getElementsByTagNameNS(SVG_NS, "*"))) {
            if (cssClass.equals(e.getAttribute("class"))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The text contents of the {@code <text>} elements with a class. */
    public List<String> texts(String cssClass) {
        List<String> out = new ArrayList<>();
        for (Element e : withClass(cssClass)) {
            if (e.getLocalName().equals("text")) {
                out.add(e.getTextContent());
            }
        }
        return out;
    }

    /** The distinct data-name values of the elements with a class. */
    public Set<String> names(String cssClass) {
        Set<String> out = new LinkedHashSet<>();
        for (Element e : withClass(cssClass)) {
            out.add(e.getAttribute("data-name"));
        }
        return out;
    }

    /** The element with an id, or null. */
    public Element group(String id) {
        for (Element g : elements("g")) {
            if (id.equals(g.getAttribute("id"))) {
                return g;
            }
        }
        return null;
    }

    /** The drawing elements (polyline, polygon, text) outside {@code <defs>}, in document order. */
    public List<Element> drawing() {
        List<Element> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Element e, List<Element> out) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                String name = child.getLocalName();
                if (name.equals("defs")) {
                    continue;
                }
                if (name.equals("polyline") || name.equals("polygon") || name.equals("text")) {
                    out.add(child);
                } else {
                    collect(child, out);
                }
            }
        }
    }

    /** The numbers of a {@code points} attribute: x0, y0, x1, y1, … */
    public static double[] points(Element e) {
        String[] pairs = e.getAttribute("points").trim().split(" ");
        double[] out = new double[2 * pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            out[2 * i] = Double.parseDouble(xy[0]);
            out[2 * i + 1] = Double.parseDouble(xy[1]);
        }
        return out;
    }

    public static List<Element> list(NodeList nodes) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
