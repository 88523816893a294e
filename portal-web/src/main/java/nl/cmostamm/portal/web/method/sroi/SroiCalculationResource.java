package nl.cmostamm.portal.web.method.sroi;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.method.sroi.calculation.Problem;
import nl.cmostamm.portal.method.sroi.calculation.SroiEngine;
import nl.cmostamm.portal.web.api.ApiAnswers;
import nl.cmostamm.portal.web.api.ApiGuard;
import nl.cmostamm.portal.web.api.ApiProblem;

/**
 * {@code POST /api/sroi/calculation}: what an impact map is worth, calculated and answered, never
 * stored, so a board can try its assumptions before it saves any (and scripts can check their own
 * figures). The body is read and checked by {@link CalculationJson}; what the arithmetic itself
 * refuses ({@code Calculation.problems()}) is added, so the caller learns every problem at once.
 *
 * <p>Only for a logged-in caller, and only a JSON body: {@link ApiGuard} answers 401 and 415 before
 * this class is reached, and the 415 rule is what keeps cross-site forms (which cannot send {@code
 * application/json}) from calculating in a user's name. Nothing here reads or writes stored data, so
 * there is no tenant to check.
 */
@Path("sroi/calculation")
public class SroiCalculationResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response calculate(@Context HttpHeaders headers, InputStream body) throws IOException {
        CalculationJson.Reading reading = CalculationJson.read(body, headers.getLength());
        List<ApiProblem> problems = reading.calculation() == null
                ? reading.problems()
                : problems(reading.problems(), reading.calculation().problems());
        if (!problems.isEmpty()) {
            Response refusal = ApiAnswers.problems(
                    Response.Status.BAD_REQUEST,
                    ApiAnswers.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                    problems);
            // a body left unread would otherwise have to be read to the end before the next request
            return reading.bodyLeftUnread()
                    ? Response.fromResponse(refusal)
                            .header("Connection", "close")
                            .build()
                    : refusal;
        }
        return ApiAnswers.json(Response.Status.OK, CalculationJson.write(SroiEngine.calculate(reading.calculation())));
    }

    /**
     * The problems of the JSON, then those the arithmetic finds in what could be read. A field the
     * JSON reading already refused (or a part or the whole of it) is not judged again: it reached
     * the arithmetic as missing, and an input whose amount was not a number would otherwise also
     * make "the inputs add up to 0".
     */
    static List<ApiProblem> problems(List<ApiProblem> ofJson, List<Problem> ofArithmetic) {
        List<ApiProblem> all = new ArrayList<>(ofJson);
        for (Problem problem : ofArithmetic) {
            if (ofJson.stream().noneMatch(refused -> related(refused.field(), problem.field()))) {
                all.add(CalculationJson.problem(problem));
            }
        }
        return all;
    }

    private static boolean related(String one, String other) {
        return one.equals(other) || within(one, other) || within(other, one);
    }

    /** Whether {@code part} is a field inside {@code whole}: {@code inputs[0].amount} in {@code inputs}. */
    private static boolean within(String part, String whole) {
        return part.startsWith(whole + ".") || part.startsWith(whole + "[");
    }
}
