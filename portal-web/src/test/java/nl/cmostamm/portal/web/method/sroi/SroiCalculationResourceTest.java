package nl.cmostamm.portal.web.method.sroi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.cmostamm.portal.method.sroi.calculation.Problem;
import nl.cmostamm.portal.method.sroi.calculation.Problem.Reason;
import nl.cmostamm.portal.web.api.ApiProblem;
import org.junit.jupiter.api.Test;

/** How the problems of the JSON and those of the arithmetic become one answer. */
class SroiCalculationResourceTest {

    @Test
    void theArithmeticAddsWhatTheJsonReadingDidNotAlreadyRefuse() {
        List<ApiProblem> ofJson = List.of(
                ApiProblem.of("inputs[1].amount", "api.problem.notANumber"),
                ApiProblem.of("outcomes[0].deadweight", "api.problem.notANumber"),
                ApiProblem.of("outcomes[2]", "api.problem.notAnObject"));
        List<Problem> ofArithmetic = List.of(
                new Problem("discountRate", Reason.NOT_A_FRACTION),
                new Problem("inputs", Reason.ZERO_INPUT_TOTAL),
                new Problem("inputs[1].amount", Reason.MISSING),
                new Problem("outcomes[0].deadweight", Reason.MISSING),
                new Problem("outcomes[0].dropOff", Reason.NOT_A_FRACTION),
                new Problem("outcomes[2].description", Reason.MISSING),
                new Problem("outcomes[12].quantity", Reason.NEGATIVE));

        List<ApiProblem> answered = SroiCalculationResource.problems(ofJson, ofArithmetic);

        assertEquals(
                List.of(
                        "inputs[1].amount",
                        "outcomes[0].deadweight",
                        "outcomes[2]",
                        "discountRate",
                        "outcomes[0].dropOff",
                        "outcomes[12].quantity"),
                answered.stream().map(ApiProblem::field).toList(),
                "the total of inputs one of which was unreadable is not judged; outcomes[12] is not part of outcomes[1]");
        assertEquals("sroi.problem.NOT_A_FRACTION", answered.get(3).key());
    }

    @Test
    void withoutProblemsOfTheJsonEveryProblemOfTheArithmeticIsAnswered() {
        List<ApiProblem> answered = SroiCalculationResource.problems(
                List.of(), List.of(new Problem("inputs", Reason.NO_INPUTS), new Problem("outcomes", Reason.MISSING)));

        assertEquals(
                List.of(
                        ApiProblem.of("inputs", "sroi.problem.NO_INPUTS"),
                        ApiProblem.of("outcomes", "sroi.problem.MISSING")),
                answered);
    }
}
