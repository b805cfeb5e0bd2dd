package io.lrpg.analysis;

import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The states at which a rebuilt function is evaluated: a regular grid over the state space, and the grouping of its
 * dimensions into the rows and columns of a matrix, both given by a core {@link GridLayout} whose axes' "buckets"
 * are the numbers of points.
 *
 * <p>Point q of the n points of an axis on [lo, hi] is, exactly as the low-rank grid discretizes ({@link Axis#index}
 * maps it back to q):
 * <pre>
 *   s_q = lo + q (hi − lo) / (n − 1),   q = 0 … n − 1        (n = 1: the single point lo)
 * </pre>
 *
 * <p>Two arrangements of the same evaluations:
 * <ul>
 *   <li>the <b>tensor</b>, one mode per state dimension in state order, n₀ × n₁ × … × n_{D−1}, row-major (the last
 *       dimension varies fastest): entry t = Σ_d q_d Π_{e&gt;d} n_e;</li>
 *   <li>the <b>matrix</b>, N × M row-major, with the layout's mixed-radix row and column indices
 *       i = Σ_a q_{r_a} Π_{b&gt;a} n_{r_b}, j = Σ_a q_{c_a} Π_{b&gt;a} n_{c_b} (first listed dimension most
 *       significant), the cell a low-rank model with this layout stores the state in.</li>
 * </ul>
 *
 * @param layout the axes (range and number of points per state dimension) and the row and column groups
 */
public record StateGrid(GridLayout layout) {

    public StateGrid {
        Objects.requireNonNull(layout, "layout");
    }

    /**
     * The grid of {@code points} points per dimension over the ranges, and with the grouping, of {@code model}.
     *
     * @throws IllegalArgumentException if points &lt; 2
     */
    public static StateGrid withPoints(GridLayout model, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("need at least 2 points per dimension, was " + points);
        }
        List<Axis> axes = new ArrayList<>();
        for (Axis axis : model.axes()) {
            axes.add(new Axis(axis.low(), axis.high(), points));
        }
        return new StateGrid(new GridLayout(axes, model.rowDimensions(), model.columnDimensions()));
    }

    /** D. */
    public int dimension() {
        return layout.stateDimension();
    }

    /** The tensor's shape: the number of points of each state dimension. */
    public int[] shape() {
        int[] shape = new int[dimension()];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = layout.axes().get(d).buckets();
        }
        return shape;
    }

    /** The number of grid points, Π_d n_d (= N·M). */
    public long size() {
        return (long) layout.rows() * layout.columns();
    }

    /** N. */
    public int rows() {
        return layout.rows();
    }

    /** M. */
    public int columns() {
        return layout.columns();
    }

    /** s_q of state dimension d (class comment). */
    public double coordinate(int d, int q) {
        Axis axis = layout.axes().get(d);
        int n = axis.buckets();
        if (q < 0 || q >= n) {
            throw new IndexOutOfBoundsException("point " + q + " of " + n);
        }
        return n == 1 ? axis.low() : axis.low() + q * (axis.high() - axis.low()) / (n - 1);
    }

    /**
     * The function's values at every grid point, as the tensor (class comment).
     *
     * @throws IllegalArgumentException if the grid has more than {@link Integer#MAX_VALUE} points
     */
    public double[] evaluate(StateFunction function) {
        if (size() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid of " + size() + " points is too large");
        }
        int[] shape = shape();
        int dimensions = shape.length;
        double[][] coordinates = new double[dimensions][];
        for (int d = 0; d < dimensions; d++) {
            coordinates[d] = new double[shape[d]];
            for (int q = 0; q < shape[d]; q++) {
                coordinates[d][q] = coordinate(d, q);
            }
        }
        double[] tensor = new double[(int) size()];
        int[] q = new int[dimensions];
        double[] state = new double[dimensions];
        for (int d = 0; d < dimensions; d++) {
            state[d] = coordinates[d][0];
        }
        for (int t = 0; t < tensor.length; t++) {
            tensor[t] = function.at(state);
            // odometer: the last dimension fastest
            for (int d = dimensions - 1; d >= 0; d--) {
                if (++q[d] < shape[d]) {
                    state[d] = coordinates[d][q[d]];
                    break;
                }
                q[d] = 0;
                state[d] = coordinates[d][0];
            }
        }
        return tensor;
    }

    /**
     * The tensor rearranged as the N × M matrix (class comment), row-major.
     *
     * @param tensor (input) the evaluations in tensor order, of length {@link #size()}; not modified
     */
    public double[] toMatrix(double[] tensor) {
        if (tensor.length != size()) {
            throw new IllegalArgumentException("expected " + size() + " values, got " + tensor.length);
        }
        int[] shape = shape();
        int dimensions = shape.length;
        int[] rowGroup = layout.rowDimensions();
        int[] columnGroup = layout.columnDimensions();
        int columns = columns();
        double[] matrix = new double[tensor.length];
        int[] q = new int[dimensions];
        for (int t = 0; t < tensor.length; t++) {
            // i = Σ_a q_{r_a} Π_{b>a} n_{r_b}, j likewise, by Horner
            int i = 0;
            for (int d : rowGroup) {
                i = i * shape[d] + q[d];
            }
            int j = 0;
            for (int d : columnGroup) {
                j = j * shape[d] + q[d];
            }
            matrix[i * columns + j] = tensor[t];
            for (int d = dimensions - 1; d >= 0; d--) {
                if (++q[d] < shape[d]) {
                    break;
                }
                q[d] = 0;
            }
        }
        return matrix;
    }

    /** {@code 50 × 50}, the tensor's shape. */
    public String shapeText() {
        StringBuilder text = new StringBuilder();
        for (int n : shape()) {
            text.append(text.length() == 0 ? "" : " × ").append(n);
        }
        return text.toString();
    }
}
