package io.lrpg.nn;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Pins ND4J's native code to one thread so that a run is bit-reproducible and concurrent runs do not
 * oversubscribe the cores. Sets, process-wide and idempotently,
 * <ul>
 *   <li>{@code Nd4j.getEnvironment().setMaxThreads(1)}: libnd4j's OpenMP parallel regions;</li>
 *   <li>{@code Nd4j.getEnvironment().setMaxMasterThreads(1)};</li>
 *   <li>{@code Nd4j.factory().blas().setMaxThreads(1)}: OpenBLAS (gemm in forward and backward);</li>
 *   <li>{@code NativeOps.setOmpNumThreads(1)}: the OpenMP runtime itself. This one matters most: without
 *       it the idle OpenMP worker spins, and when another process occupies the cores (2-core machine
 *       shared with other builds) an update took 25–45 ms instead of 2–3 ms. Equivalent to starting
 *       the JVM with {@code OMP_NUM_THREADS=1}.</li>
 * </ul>
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
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
            configured = true;
        }
    }
}
