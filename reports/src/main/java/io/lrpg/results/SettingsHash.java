package io.lrpg.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * A short, stable name for a tree of resolved settings: {@value #PREFIX} followed by the first
 * {@value #HEX_DIGITS} hex digits of the SHA-256 of the tree's canonical text.
 *
 * <p>The canonical text is JSON with object keys sorted, no white space, integers in decimal, other numbers as
 * the exact decimal value of the binary double ({@code new BigDecimal(d).toString()}, the same on every JDK, where
 * {@code Double.toString} changed in JDK 19), ±infinity and NaN as {@code "Infinity"}, {@code "-Infinity"},
 * {@code "NaN"}. Equal settings therefore get equal names on every machine and JVM; any change to a setting gives
 * another name (up to hash collisions, about one in 10¹² for two settings).
 */
public final class SettingsHash {

    /** The prefix that marks a hash-named variant; user labels may not start with it. */
    public static final String PREFIX = "cfg-";

    /** Hex digits kept (40 bits). */
    public static final int HEX_DIGITS = 10;

    private SettingsHash() {
    }

    /** The variant name of a settings tree. */
    public static String of(JsonNode settings) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(settings).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The canonical text of a tree (see the class comment). */
    public static String canonical(JsonNode node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString();
    }

    private static void append(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            Collections.sort(keys);
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                quote(keys.get(i), out);
                out.append(':');
                append(node.get(keys.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(node.get(i), out);
            }
            out.append(']');
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            double d = node.doubleValue();
            if (Double.isFinite(d)) {
                out.append(new BigDecimal(d));
            } else {
                quote(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity", out);
            }
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else {
            quote(node.asText(), out);
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
