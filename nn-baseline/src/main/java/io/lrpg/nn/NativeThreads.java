package io.lrpg.nn;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Pins ND4J's native code to one thread so that a run is bit-reproducible and concurrent runs do not
 * oversubscribe the cores. Sets, process-wide and idempotently,
 * <ul>
 *   <li>{@code Nd4j.getEnvironment().setMaxThreads(1)}: libnd4j's OpenMP parallel regions;</li>
 *   <li>{@code Nd4j.getEnvironment().setMaxMasterThreads(1)};</li>
 *   <li>{@code Nd4j.factory().blas().setMaxThreads(1)}: OpenBLAS (gemm in forward and backward).</li>
 * </ul>
 * The same can be achieved before start-up with {@code OMP_NUM_THREADS=1} and
 * {@code OPENBLAS_NUM_THREADS=1}.
 */
final class NativeThreads {

    private static volatile boolean configured;

    private NativeThreads() {
    }

    /** Applies the settings once per process. */
    static synchronized void useOne() {
        if (!configured) {
            Nd4j.getEnvironment().setMaxThreads(1);
            Nd4j.getEnvironment().setMaxMasterThreads(1);
            Nd4j.factory().blas().setMaxThreads(1);
            configured = true;
        }
    }
}
