package io.lrpg.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Spectrum} against NumPy: singular values and Eckart–Young errors of three fixed matrices (tall, wide, square)
 * with spectra spanning nine orders of magnitude, from {@code analysis/svd-reference.txt}, written by
 * {@code analysis/svd_reference.py} with {@code numpy.linalg.svd(X, compute_uv=False)}.
 */
class SpectrumTest {

    private record Case(String name, int rows, int columns, double[] matrix, double[] sigma, double[] errors) {
    }

    private static List<Case> reference() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SpectrumTest.class.getResourceAsStream("/analysis/svd-reference.txt"), StandardCharsets.UTF_8))) {
            String line;
            String[] header = null;
            double[] matrix = null;
            double[] sigma = null;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(" ");
                double[] numbers = fields[0].equals("case") ? null
                        : Arrays.stream(fields, 1, fields.length).mapToDouble(Double::parseDouble).toArray();
                switch (fields[0]) {
                    case "case" -> header = fields;
                    case "matrix" -> matrix = numbers;
                    case "sigma" -> sigma = numbers;
                    case "errors" -> cases.add(new Case(header[1], Integer.parseInt(header[2]),
                            Integer.parseInt(header[3]), matrix, sigma, numbers));
                    default -> throw new IllegalStateException("unknown line " + fields[0]);
                }
            }
        }
        assertEquals(3, cases.size());
        return cases;
    }

    @Test
    void singularValuesAndErrorsEqualNumpys() throws IOException {
        for (Case c : reference()) {
            Spectrum spectrum = Spectrum.of(c.matrix(), c.rows(), c.columns());
            double[] sigma = spectrum.singularValues();
            assertEquals(c.sigma().length, sigma.length, c.name());
            for (int i = 0; i < sigma.length; i++) {
                // backward-stable SVDs agree to a few ulps of σ₁
                assertEquals(c.sigma()[i], sigma[i], 1e-14 * c.sigma()[0], c.name() + " σ_" + (i + 1));
            }
            double[] errors = spectrum.errors();
            assertEquals(c.errors().length, errors.length, c.name());
            for (int r = 0; r < errors.length; r++) {
                assertEquals(c.errors()[r], errors[r], 1e-14 + 1e-9 * c.errors()[r], c.name() + " e_" + r);
            }
        }
    }

    @Test
    void numericalRankIsTheFirstRankWithinTheTolerance() throws IOException {
        Case tall = reference().get(0); // e = 1, 0.30, 0.096, 0.0095, 9.5e-5, 9.5e-8, 0
        Spectrum spectrum = Spectrum.of(tall.matrix(), tall.rows(), tall.columns());
        assertEquals(3, spectrum.numericalRank(0.01));
        assertEquals(2, spectrum.numericalRank(0.1));
        assertEquals(5, spectrum.numericalRank(1e-6));
        assertEquals(6, spectrum.numericalRank(0.0));
    }

    @Test
    void theZeroMatrixIsExactlyOfRankZero() {
        Spectrum spectrum = Spectrum.of(new double[12], 3, 4);
        assertArrayEquals(new double[4], spectrum.errors());
        assertEquals(0, spectrum.numericalRank(0.01));
    }

    @Test
    void aRankOneMatrixHasNoTail() {
        double[] u = {1, -2, 3};
        double[] v = {0.5, 4, -1, 2};
        double[] x = new double[12];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                x[i * 4 + j] = u[i] * v[j];
            }
        }
        double[] errors = Spectrum.of(x, 3, 4).errors();
        assertEquals(1.0, errors[0]);
        assertTrue(errors[1] < 1e-15, () -> Arrays.toString(errors));
        // σ₁ = ‖u‖‖v‖
        assertEquals(Math.sqrt(14) * Math.sqrt(21.25), Spectrum.of(x, 3, 4).singularValues()[0], 1e-13);
    }

    @Test
    void rejectsWhatAnSvdCannotTake() {
        assertThrows(IllegalArgumentException.class, () -> Spectrum.of(new double[] {1, Double.NaN}, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> Spectrum.of(new double[5], 2, 3));
        assertThrows(IllegalArgumentException.class, () -> new Spectrum(new double[] {1, 2}));
    }
}
