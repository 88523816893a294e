package nl.cmostamm.portal.method.sroi.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.method.sroi.calculation.Problem.Reason;

/**
 * Everything the SROI arithmetic needs of an impact map: the discount rate (a fraction: 0.0225 is
 * 2.25 %), whether year 1 is discounted, what was put in, and the outcomes. Holds what was given,
 * unchecked: {@link #problems()} says what makes it impossible to calculate.
 *
 * <p>Unchecked on purpose: a form, the JSON endpoint and a stored map can all build one as they read
 * it and get every problem at once, each at its field, instead of the first one as an exception. The
 * price is that a wrong map can exist, so {@link SroiEngine} and {@link Sensitivity} ask again and
 * refuse one with problems.
 */
public record Calculation(
        BigDecimal discountRate, boolean discountFirstYear, List<Input> inputs, List<Outcome> outcomes) {

    /** The Dutch standard discount rate for social cost-benefit analysis. */
    public static final BigDecimal DUTCH_DISCOUNT_RATE = new BigDecimal("0.0225");

    /** The most characters a description or stakeholder may have, after trimming. */
    public static final int MAX_TEXT_LENGTH = 500;

    /** The longest an outcome may last, in years: longer is no longer a forecast. */
    public static final int MAX_DURATION = 50;

    /** One thing put in: money, in-kind at market value, or volunteer hours × an hourly value. */
    public record Input(String description, String stakeholder, BigDecimal amount) {}

    /**
     * One outcome for one stakeholder. Rates are fractions 0–1; duration is in whole years 1–50;
     * {@code startsAfterActivity} moves its first year of value from year 1 to year 2.
     */
    public record Outcome(
            String description,
            String stakeholder,
            BigDecimal quantity,
            BigDecimal proxy,
            BigDecimal deadweight,
            BigDecimal displacement,
            BigDecimal attribution,
            BigDecimal dropOff,
            Integer duration,
            boolean startsAfterActivity) {}

    /**
     * What makes this calculation impossible, each naming its field ({@code discountRate}, {@code
     * inputs}, {@code inputs[0].amount}, {@code outcomes[2].deadweight}, …) and a reason; empty
     * when it can be calculated. Null lists count as empty: no outcomes is a map worth 0, no inputs
     * is {@link Reason#NO_INPUTS}. A stakeholder is optional. The total of the inputs is only checked
     * when every amount is given and none is negative, so one mistake gives one problem.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        fraction(problems, "discountRate", discountRate);
        if (inputs == null || inputs.isEmpty()) {
            problems.add(new Problem("inputs", Reason.NO_INPUTS));
        } else {
            inputProblems(problems);
        }
        if (outcomes != null) {
            for (int i = 0; i < outcomes.size(); i++) {
                outcomeProblems(problems, "outcomes[" + i + "]", outcomes.get(i));
            }
        }
        return List.copyOf(problems);
    }

    private void inputProblems(List<Problem> problems) {
        BigDecimal total = BigDecimal.ZERO;
        boolean totalKnown = true;
        for (int i = 0; i < inputs.size(); i++) {
            String path = "inputs[" + i + "]";
            Input input = inputs.get(i);
            if (input == null) {
                problems.add(new Problem(path, Reason.MISSING));
                totalKnown = false;
                continue;
            }
            text(problems, path + ".description", input.description(), true);
            text(problems, path + ".stakeholder", input.stakeholder(), false);
            if (amount(problems, path + ".amount", input.amount())) {
                total = total.add(input.amount());
            } else {
                totalKnown = false;
            }
        }
        if (totalKnown && total.signum() == 0) {
            problems.add(new Problem("inputs", Reason.ZERO_INPUT_TOTAL));
        }
    }

    private static void outcomeProblems(List<Problem> problems, String path, Outcome outcome) {
        if (outcome == null) {
            problems.add(new Problem(path, Reason.MISSING));
            return;
        }
        text(problems, path + ".description", outcome.description(), true);
        text(problems, path + ".stakeholder", outcome.stakeholder(), false);
        amount(problems, path + ".quantity", outcome.quantity());
        amount(problems, path + ".proxy", outcome.proxy());
        fraction(problems, path + ".deadweight", outcome.deadweight());
        fraction(problems, path + ".displacement", outcome.displacement());
        fraction(problems, path + ".attribution", outcome.attribution());
        fraction(problems, path + ".dropOff", outcome.dropOff());
        if (outcome.duration() == null) {
            problems.add(new Problem(path + ".duration", Reason.MISSING));
        } else if (outcome.duration() < 1 || outcome.duration() > MAX_DURATION) {
            problems.add(new Problem(path + ".duration", Reason.DURATION_OUT_OF_RANGE));
        }
    }

    private static void text(List<Problem> problems, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, Reason.MISSING));
            }
        } else if (value.strip().length() > MAX_TEXT_LENGTH) {
            problems.add(new Problem(field, Reason.TOO_LONG));
        }
    }

    /** True when the amount is given and not negative. */
    private static boolean amount(List<Problem> problems, String field, BigDecimal value) {
        if (value == null) {
            problems.add(new Problem(field, Reason.MISSING));
            return false;
        }
        if (value.signum() < 0) {
            problems.add(new Problem(field, Reason.NEGATIVE));
            return false;
        }
        return true;
    }

    private static void fraction(List<Problem> problems, String field, BigDecimal value) {
        if (value == null) {
            problems.add(new Problem(field, Reason.MISSING));
        } else if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            problems.add(new Problem(field, Reason.NOT_A_FRACTION));
        }
    }
}
