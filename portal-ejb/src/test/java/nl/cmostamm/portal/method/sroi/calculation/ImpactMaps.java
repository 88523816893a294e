package nl.cmostamm.portal.method.sroi.calculation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Input;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Outcome;

/**
 * Impact maps for the tests, each in a line or two: {@code outcome("120", "1500").deadweight("0.2")}
 * is 120 people × € 1500 with 20 % deadweight, every other rate 0, lasting one year from year 1.
 */
final class ImpactMaps {

    private ImpactMaps() {}

    /** The exact decimal, scale included, so that {@code assertEquals} also checks the rounding. */
    static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    static Input input(String amount) {
        return new Input("input", null, amount(amount));
    }

    static List<Input> inputs(String... amounts) {
        return Arrays.stream(amounts).map(ImpactMaps::input).toList();
    }

    static Calculation map(
            String discountRate, boolean discountFirstYear, List<Input> inputs, OutcomeBuilder... outcomes) {
        return new Calculation(
                amount(discountRate),
                discountFirstYear,
                inputs,
                Arrays.stream(outcomes).map(OutcomeBuilder::build).toList());
    }

    static OutcomeBuilder outcome(String quantity, String proxy) {
        return new OutcomeBuilder(quantity, proxy);
    }

    static final class OutcomeBuilder {
        private String description = "outcome";
        private final String quantity;
        private final String proxy;
        private String deadweight = "0";
        private String displacement = "0";
        private String attribution = "0";
        private String dropOff = "0";
        private int duration = 1;
        private boolean startsAfterActivity;

        private OutcomeBuilder(String quantity, String proxy) {
            this.quantity = quantity;
            this.proxy = proxy;
        }

        OutcomeBuilder description(String value) {
            description = value;
            return this;
        }

        OutcomeBuilder deadweight(String value) {
            deadweight = value;
            return this;
        }

        OutcomeBuilder displacement(String value) {
            displacement = value;
            return this;
        }

        OutcomeBuilder attribution(String value) {
            attribution = value;
            return this;
        }

        OutcomeBuilder dropOff(String value) {
            dropOff = value;
            return this;
        }

        OutcomeBuilder duration(int years) {
            duration = years;
            return this;
        }

        OutcomeBuilder startsAfterActivity() {
            startsAfterActivity = true;
            return this;
        }

        Outcome build() {
            return new Outcome(
                    description,
                    "participants",
                    amount(quantity),
                    amount(proxy),
                    amount(deadweight),
                    amount(displacement),
                    amount(attribution),
                    amount(dropOff),
                    duration,
                    startsAfterActivity);
        }
    }
}
