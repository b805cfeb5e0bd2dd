package io.lrpg.report.figure;

/**
 * A colour: sRGB components 0–255 and an opacity 0–1 (1 = opaque).
 *
 * @param red   red, 0–255
 * @param green green, 0–255
 * @param blue  blue, 0–255
 * @param alpha opacity, 0 (transparent) to 1 (opaque)
 */
public record Rgba(int red, int green, int blue, double alpha) {

    /** Black. */
    public static final Rgba BLACK = rgb(0, 0, 0);
    /** White. */
    public static final Rgba WHITE = rgb(255, 255, 255);

    /** Validates the components. */
    public Rgba {
        checkComponent("red", red);
        checkComponent("green", green);
        checkComponent("blue", blue);
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1], was " + alpha);
        }
    }

    /** An opaque colour. */
    public static Rgba rgb(int red, int green, int blue) {
        return new Rgba(red, green, blue, 1);
    }

    /** The same colour with another opacity. */
    public Rgba withAlpha(double newAlpha) {
        return new Rgba(red, green, blue, newAlpha);
    }

    /** The colour mixed with black: each component times (1 − amount), opacity kept. */
    public Rgba darker(double amount) {
        if (!(amount >= 0 && amount <= 1)) {
            throw new IllegalArgumentException("amount must be in [0, 1], was " + amount);
        }
        return new Rgba((int) Math.round(red * (1 - amount)), (int) Math.round(green * (1 - amount)),
                (int) Math.round(blue * (1 - amount)), alpha);
    }

    /** {@code #rrggbb}, lower-case (the opacity is written separately). */
    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    /** Whether the colour is fully opaque. */
    public boolean opaque() {
        return alpha == 1;
    }

    private static void checkComponent(String name, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(name + " must be in [0, 255], was " + value);
        }
    }
}
