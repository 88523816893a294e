package nl.cmostamm.portal.method.sroi.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Input;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Outcome;

/**
 * How long the impact map pages wait for their figures: {@link SroiEngine#calculate} plus {@link
 * Sensitivity#of} with the standard variation, on a large map (200 outcomes of 10 years, 20 inputs,
 * every outcome with its own drop-off, so nothing is shared between them). Prints p50, p95, mean and
 * max per calculation, in milliseconds; not a test, as the figures depend on the machine.
 *
 * <p>A plain harness rather than JMH, which the build cannot fetch offline: a warm-up by the clock so
 * that the JIT has compiled the hot paths, then single calculations timed one by one. Run it with
 * {@code mvn -o -Pbench-sroi test -pl portal-ejb}; {@code -Dbench.warmupSeconds=} and {@code
 * -Dbench.runs=} change the defaults of 2 s and 2000 runs.
 */
public final class SroiEngineBenchmark {

    private SroiEngineBenchmark() {}

    public static void main(String[] args) {
        long warmupSeconds = Long.getLong("bench.warmupSeconds", 2);
        int runs = Integer.getInteger("bench.runs", 2000);
        Calculation map = largeMap();
        System.out.printf(
                Locale.ROOT,
                "SROI engine on %d outcomes × 10 years, %d inputs; warm-up %d s and %d runs each%n",
                map.outcomes().size(),
                map.inputs().size(),
                warmupSeconds,
                runs);

        ToIntFunction<Calculation> engine =
                calculation -> SroiEngine.calculate(calculation).presentValue().hashCode();
        ToIntFunction<Calculation> sensitivity = calculation ->
                Sensitivity.of(calculation, Sensitivity.STANDARD).swings().size();
        ToIntFunction<Calculation> both =
                calculation -> engine.applyAsInt(calculation) + sensitivity.applyAsInt(calculation);

        // each warmed up on its own, just before it is timed, so that what the JIT settled on is for it
        int sink = 0;
        sink += report("calculate", map, engine, warmupSeconds, runs);
        sink += report("sensitivity", map, sensitivity, warmupSeconds, runs);
        sink += report("calculate + sensitivity", map, both, warmupSeconds, runs);
        // printing what was computed keeps the JIT from leaving it out
        System.out.println("(checksum " + sink + ")");
    }

    private static int warmUp(Calculation map, ToIntFunction<Calculation> work, long seconds) {
        int sink = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            sink += work.applyAsInt(map);
        }
        return sink;
    }

    private static int report(
            String name, Calculation map, ToIntFunction<Calculation> work, long warmupSeconds, int runs) {
        int sink = warmUp(map, work, warmupSeconds);
        long[] nanos = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            sink += work.applyAsInt(map);
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "%-24s p50 %.3f ms   p95 %.3f ms   mean %.3f ms   max %.3f ms%n",
                name,
                nanos[runs / 2] / 1e6,
                nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6,
                Arrays.stream(nanos).average().orElse(0) / 1e6,
                nanos[runs - 1] / 1e6);
        return sink;
    }

    /** Deterministic: outcome i has quantity, proxy and rates that follow from i alone. */
    static Calculation largeMap() {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            outcomes.add(new Outcome(
                    "outcome " + i,
                    "stakeholder " + (i % 7),
                    BigDecimal.valueOf(1 + i % 40),
                    BigDecimal.valueOf(12550 + 317L * i, 2),
                    BigDecimal.valueOf(i % 5 * 5, 2),
                    BigDecimal.valueOf(i % 3 * 10, 2),
                    BigDecimal.valueOf(i % 4 * 10, 2),
                    BigDecimal.valueOf(1 + i, 3),
                    10,
                    false));
        }
        List<Input> inputs = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            inputs.add(new Input("input " + k, null, BigDecimal.valueOf(250000 + 13745L * k, 2)));
        }
        return new Calculation(Calculation.DUTCH_DISCOUNT_RATE, true, inputs, outcomes);
    }
}
