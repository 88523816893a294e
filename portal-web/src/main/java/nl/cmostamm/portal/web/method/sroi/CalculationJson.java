package nl.cmostamm.portal.web.method.sroi;

import static nl.cmostamm.portal.web.api.ApiAnswers.JSON;
import static nl.cmostamm.portal.web.api.ApiProblem.BODY;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonConfig;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.cmostamm.portal.method.sroi.calculation.Calculation;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Input;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Outcome;
import nl.cmostamm.portal.method.sroi.calculation.Problem;
import nl.cmostamm.portal.method.sroi.calculation.Result;
import nl.cmostamm.portal.web.api.ApiProblem;

/**
 * A calculation as the API's JSON, field by field with JSON-P, both ways: a request body into a
 * {@link Calculation} and the problems found on the way, and a {@link Result} into the answer.
 *
 * <p>What is typed is kept: every number is read as the {@code BigDecimal} it was written as
 * ({@code 12000.00} stays two decimals), never through a {@code double}; a name given twice in one
 * object, a field the calculation does not know (a misspelt {@code startsAfterActivty} would
 * otherwise silently count as false) and text after the object are refused rather than guessed
 * at. Numbers are bounded to {@value #MAX_WHOLE_DIGITS} digits before and {@value #MAX_DECIMALS}
 * after the point: exact arithmetic on {@code 1e999999999} would take the server's memory, and no
 * amount, count or rate of an impact map comes near.
 */
final class CalculationJson {

    /** 1 MB: an impact map of a hundred outcomes takes some 30 KB. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    static final int MAX_WHOLE_DIGITS = 15;
    static final int MAX_DECIMALS = 20;

    /** Refuses a name given twice in one object, which the default reader settles by keeping the last. */
    private static final JsonReaderFactory READERS =
            JSON.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private static final List<String> CALCULATION_FIELDS =
            List.of("discountRate", "discountFirstYear", "inputs", "outcomes");
    private static final List<String> INPUT_FIELDS = List.of("description", "stakeholder", "amount");
    private static final List<String> OUTCOME_FIELDS = List.of(
            "description",
            "stakeholder",
            "quantity",
            "proxy",
            "deadweight",
            "displacement",
            "attribution",
            "dropOff",
            "duration",
            "startsAfterActivity");

    private CalculationJson() {}

    /**
     * What a request body says: the calculation (null when the body is no JSON object at all; its
     * fields null where a value is missing or of the wrong kind) and the problems of the JSON,
     * which do not include what the arithmetic refuses ({@link Calculation#problems()}). {@code
     * bodyLeftUnread} when the body was refused for its size before it was read to the end.
     */
    record Reading(Calculation calculation, List<ApiProblem> problems, boolean bodyLeftUnread) {}

    /**
     * Reads at most {@value #MAX_BODY_BYTES} bytes (and one more, to know there were more), whatever
     * {@code declaredLength} (the Content-Length, -1 when not given) claims; a larger declared length
     * is refused before anything is read.
     */
    static Reading read(InputStream body, long declaredLength) throws IOException {
        if (declaredLength > MAX_BODY_BYTES) {
            return refused(ApiProblem.of(BODY, "api.problem.tooLarge"), true);
        }
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return refused(ApiProblem.of(BODY, "api.problem.tooLarge"), true);
        }
        String text;
        try {
            // the decoder refuses malformed bytes, where new String(…) would replace them
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return refused(ApiProblem.of(BODY, "api.problem.notUtf8"), false);
        }
        if (text.isBlank()) {
            return refused(ApiProblem.of(BODY, "api.problem.noBody"), false);
        }
        ApiProblem malformed = malformed(text);
        if (malformed != null) {
            return refused(malformed, false);
        }
        JsonValue document;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            document = reader.readValue();
        } catch (JsonParsingException e) {
            // the text is well-formed (see above): what the reader refuses is a name given twice
            return refused(at(e.getLocation(), "api.problem.duplicateName"), false);
        } catch (UnsupportedOperationException e) {
            // Parsson refuses to read a number of more than 1,100 characters
            return refused(ApiProblem.of(BODY, "api.problem.numberTooLong", MAX_WHOLE_DIGITS, MAX_DECIMALS), false);
        }
        if (!(document instanceof JsonObject object)) {
            return refused(ApiProblem.of(BODY, "api.problem.notAnObject"), false);
        }
        Fields fields = new Fields();
        Calculation calculation = fields.calculation(object);
        return new Reading(calculation, List.copyOf(fields.problems), false);
    }

    /**
     * Why {@code text} is not one JSON value with nothing after it, or null. A streaming parser
     * says where; the reader would stop after the first value and take {@code {…} x} for {@code
     * {…}}.
     */
    private static ApiProblem malformed(String text) {
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                parser.next();
            }
            return null;
        } catch (JsonParsingException e) {
            return at(e.getLocation(), "api.problem.malformedAt");
        } catch (RuntimeException e) {
            // the parser's own limits: Parsson refuses nesting deeper than 1,000 with a bare RuntimeException
            return ApiProblem.of(BODY, "api.problem.malformed");
        }
    }

    private static ApiProblem at(JsonLocation location, String key) {
        return location == null || location.getLineNumber() < 0
                ? ApiProblem.of(BODY, "api.problem.malformed")
                : ApiProblem.of(BODY, key, location.getLineNumber(), location.getColumnNumber());
    }

    private static Reading refused(ApiProblem problem, boolean bodyLeftUnread) {
        return new Reading(null, List.of(problem), bodyLeftUnread);
    }

    /** A problem the arithmetic found, to be said in the caller's language. */
    static ApiProblem problem(Problem problem) {
        return ApiProblem.of(problem.field(), key(problem.reason()));
    }

    /** The bundle key of a reason's sentence: {@code sroi.problem.NOT_A_FRACTION}. */
    static String key(Problem.Reason reason) {
        return "sroi.problem." + reason.name();
    }

    /**
     * The fields of one request body, read into the calculation's records; each value that cannot
     * be used becomes a problem named by its path and a null in the record, so reading goes on and
     * the caller hears of every problem at once.
     */
    private static final class Fields {

        final List<ApiProblem> problems = new ArrayList<>();

        Calculation calculation(JsonObject body) {
            BigDecimal discountRate = number(body, "", "discountRate", true);
            Boolean discountFirstYear = trueOrFalse(body, "", "discountFirstYear", true);
            List<Input> inputs = list(body, "inputs", this::input, new Input(null, null, null));
            List<Outcome> outcomes = list(
                    body,
                    "outcomes",
                    this::outcome,
                    new Outcome(null, null, null, null, null, null, null, null, null, false));
            unknown(body, "", CALCULATION_FIELDS);
            return new Calculation(discountRate, Boolean.TRUE.equals(discountFirstYear), inputs, outcomes);
        }

        private Input input(JsonObject input, String at) {
            Input read = new Input(
                    text(input, at, "description", true),
                    text(input, at, "stakeholder", false),
                    number(input, at, "amount", true));
            unknown(input, at, INPUT_FIELDS);
            return read;
        }

        private Outcome outcome(JsonObject outcome, String at) {
            Outcome read = new Outcome(
                    text(outcome, at, "description", true),
                    text(outcome, at, "stakeholder", true),
                    number(outcome, at, "quantity", true),
                    number(outcome, at, "proxy", true),
                    number(outcome, at, "deadweight", true),
                    number(outcome, at, "displacement", true),
                    number(outcome, at, "attribution", true),
                    number(outcome, at, "dropOff", true),
                    years(outcome, at, "duration"),
                    Boolean.TRUE.equals(trueOrFalse(outcome, at, "startsAfterActivity", false)));
            unknown(outcome, at, OUTCOME_FIELDS);
            return read;
        }

        /**
         * The objects of a list, each read at its index; an element that is no object is a problem
         * and stands in the list as {@code empty}, so later elements keep their index.
         */
        private <T> List<T> list(JsonObject body, String name, BiFunction<JsonObject, String, T> element, T empty) {
            JsonValue value = present(body, "", name, true);
            if (value == null) {
                return null;
            }
            if (!(value instanceof JsonArray array)) {
                refuse(name, "api.problem.notAList");
                return null;
            }
            List<T> read = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String at = name + "[" + i + "]";
                if (array.get(i) instanceof JsonObject object) {
                    read.add(element.apply(object, at));
                } else {
                    refuse(at, "api.problem.notAnObject");
                    read.add(empty);
                }
            }
            return read;
        }

        private BigDecimal number(JsonObject object, String at, String name, boolean required) {
            JsonValue value = present(object, at, name, required);
            if (value == null) {
                return null;
            }
            if (!(value instanceof JsonNumber number)) {
                refuse(path(at, name), "api.problem.notANumber");
                return null;
            }
            BigDecimal typed = number.bigDecimalValue();
            if (typed.precision() - typed.scale() > MAX_WHOLE_DIGITS || typed.scale() > MAX_DECIMALS) {
                refuse(path(at, name), "api.problem.numberTooLong", MAX_WHOLE_DIGITS, MAX_DECIMALS);
                return null;
            }
            return typed;
        }

        /**
         * A whole number of years; {@code 2.0} is two years, {@code 2.5} is refused. One beyond
         * any {@code int} is out of the arithmetic's range of 1–50 anyway, and is said so here.
         */
        private Integer years(JsonObject object, String at, String name) {
            BigDecimal typed = number(object, at, name, true);
            if (typed == null) {
                return null;
            }
            if (typed.signum() != 0 && typed.stripTrailingZeros().scale() > 0) {
                refuse(path(at, name), "api.problem.notAWholeNumber");
                return null;
            }
            try {
                return typed.intValueExact();
            } catch (ArithmeticException beyondAnyInt) {
                refuse(path(at, name), key(Problem.Reason.DURATION_OUT_OF_RANGE));
                return null;
            }
        }

        private String text(JsonObject object, String at, String name, boolean required) {
            JsonValue value = present(object, at, name, required);
            if (value == null) {
                return null;
            }
            if (!(value instanceof JsonString string)) {
                refuse(path(at, name), "api.problem.notText");
                return null;
            }
            return string.getString();
        }

        private Boolean trueOrFalse(JsonObject object, String at, String name, boolean required) {
            JsonValue value = present(object, at, name, required);
            if (value == null) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                refuse(path(at, name), "api.problem.notTrueOrFalse");
                return null;
            }
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }

        /** The value, or null (a problem when {@code required}) when absent or JSON {@code null}. */
        private JsonValue present(JsonObject object, String at, String name, boolean required) {
            JsonValue value = object.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                if (required) {
                    refuse(path(at, name), key(Problem.Reason.MISSING));
                }
                return null;
            }
            return value;
        }

        private void unknown(JsonObject object, String at, List<String> known) {
            for (String name : object.keySet()) {
                if (!known.contains(name)) {
                    refuse(path(at, name), "api.problem.unknownField");
                }
            }
        }

        private void refuse(String field, String key, Object... arguments) {
            problems.add(ApiProblem.of(field, key, arguments));
        }

        private static String path(String at, String name) {
            return at.isEmpty() ? name : at + "." + name;
        }
    }

    /**
     * The answer: the settings it was calculated with, the totals, year by year, and per outcome
     * (in the order they were sent), every amount as a JSON number exactly as the result holds it.
     */
    static JsonObject write(Result result) {
        JsonArrayBuilder years = JSON.createArrayBuilder();
        for (Result.Year year : result.years()) {
            JsonObjectBuilder written = JSON.createObjectBuilder().add("year", year.year());
            number(written, "value", year.value());
            number(written, "discounted", year.discounted());
            years.add(written);
        }
        JsonArrayBuilder outcomes = JSON.createArrayBuilder();
        for (Result.OutcomeValue outcome : result.outcomes()) {
            JsonObjectBuilder written = JSON.createObjectBuilder();
            if (outcome.description() == null) {
                written.addNull("description");
            } else {
                written.add("description", outcome.description());
            }
            number(written, "impact", outcome.impact());
            number(written, "presentValue", outcome.presentValue());
            outcomes.add(written);
        }
        JsonObjectBuilder answer = JSON.createObjectBuilder();
        number(answer, "discountRate", result.discountRate());
        answer.add("discountFirstYear", result.discountFirstYear());
        number(answer, "totalInputs", result.totalInputs());
        number(answer, "presentValue", result.presentValue());
        number(answer, "netPresentValue", result.netPresentValue());
        number(answer, "ratio", result.ratio());
        number(answer, "paybackMonths", result.paybackMonths());
        return answer.add("years", years).add("outcomes", outcomes).build();
    }

    /** A number, or {@code null} where the result has none (payback that never comes). */
    private static void number(JsonObjectBuilder object, String name, BigDecimal value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }
}
