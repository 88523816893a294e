package nl.cmostamm.portal.web.method.sroi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;
import nl.cmostamm.portal.method.sroi.calculation.Calculation;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Input;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Outcome;
import nl.cmostamm.portal.method.sroi.calculation.Problem;
import nl.cmostamm.portal.method.sroi.calculation.Result;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.web.api.ApiProblem;
import nl.cmostamm.portal.web.shared.Texts;
import org.junit.jupiter.api.Test;

/**
 * A request body into a calculation and a result into the answer, as {@code POST
 * /api/sroi/calculation} does it, with the sentences a caller reads for each problem.
 */
class CalculationJsonTest {

    /** The example of the endpoint's contract, with both optional fields left out. */
    static final String EXAMPLE = """
            {"discountRate": 0.0225, "discountFirstYear": true,
             "inputs": [{"description": "Subsidie gemeente", "amount": 12000.00}],
             "outcomes": [{"description": "Minder eenzaamheid", "stakeholder": "Deelnemers", "quantity": 120,
                           "proxy": 1500.00, "deadweight": 0.20, "displacement": 0.0, "attribution": 0.25,
                           "dropOff": 0.50, "duration": 2}]}
            """;

    private static final ResourceBundle DUTCH = Texts.bundle(Language.NL.locale());
    private static final ResourceBundle ENGLISH = Texts.bundle(Language.EN.locale());

    @Test
    void theContractsExampleIsReadWithEveryNumberAsItWasTyped() throws IOException {
        CalculationJson.Reading reading = read(EXAMPLE);

        assertEquals(List.of(), reading.problems());
        assertEquals(
                new Calculation(
                        new BigDecimal("0.0225"),
                        true,
                        List.of(new Input("Subsidie gemeente", null, new BigDecimal("12000.00"))),
                        List.of(new Outcome(
                                "Minder eenzaamheid",
                                "Deelnemers",
                                new BigDecimal("120"),
                                new BigDecimal("1500.00"),
                                new BigDecimal("0.20"),
                                new BigDecimal("0.0"),
                                new BigDecimal("0.25"),
                                new BigDecimal("0.50"),
                                2,
                                false))),
                reading.calculation(),
                "records compare BigDecimals with equals, so 1500.00 is not 1500 here: the scale was kept");
    }

    @Test
    void theOptionalFieldsAreRead() throws IOException {
        Calculation calculation = read("""
                {"discountRate": 3.5E-2, "discountFirstYear": false,
                 "inputs": [{"description": "Vrijwilligersuren", "stakeholder": "Vrijwilligers", "amount": 3000}],
                 "outcomes": [{"description": "Werk", "stakeholder": "Deelnemers", "quantity": 4, "proxy": 2500,
                               "deadweight": 0, "displacement": 0, "attribution": 0, "dropOff": 0,
                               "duration": 3.0, "startsAfterActivity": true}]}
                """).calculation();

        assertEquals(new BigDecimal("0.035"), calculation.discountRate(), "3.5E-2 is 0.035 to three decimals");
        assertFalse(calculation.discountFirstYear());
        assertEquals("Vrijwilligers", calculation.inputs().get(0).stakeholder());
        assertEquals(3, calculation.outcomes().get(0).duration(), "3.0 years is a whole number of years");
        assertTrue(calculation.outcomes().get(0).startsAfterActivity());
    }

    @Test
    void everyProblemOfTheJsonIsNamedByItsField() throws IOException {
        CalculationJson.Reading reading = read("""
                {"discountRate": "0.0225", "discountFirstYear": "ja",
                 "inputs": [{"description": "Subsidie"}, 12000, {"description": 7, "amount": 10, "kleur": "rood"}],
                 "outcomes": [{"description": "Minder eenzaamheid", "stakeholder": "Deelnemers", "quantity": 120,
                               "proxy": 1500.00, "deadweight": null, "displacement": 0.0, "attribution": 0.25,
                               "dropOff": 0.50, "duration": 2.5, "startsAfterActivty": true}],
                 "currency": "EUR"}
                """);

        assertEquals(
                List.of(
                        "discountRate: moet een getal zijn",
                        "discountFirstYear: moet true of false zijn",
                        "inputs[0].amount: ontbreekt",
                        "inputs[1]: moet een JSON-object zijn",
                        "inputs[2].description: moet tekst zijn",
                        "inputs[2].kleur: is geen veld van een berekening",
                        "outcomes[0].deadweight: ontbreekt",
                        "outcomes[0].duration: moet een heel getal zijn",
                        "outcomes[0].startsAfterActivty: is geen veld van een berekening",
                        "currency: is geen veld van een berekening"),
                sentences(reading, DUTCH));
        assertEquals(3, reading.calculation().inputs().size(), "the element that was no object keeps its place");
        assertEquals(new Input(null, null, null), reading.calculation().inputs().get(1));
        assertNull(reading.calculation().outcomes().get(0).deadweight());
    }

    @Test
    void theProblemsReadInEnglishToo() throws IOException {
        CalculationJson.Reading reading = read("""
                {"discountRate": 0.0225, "inputs": "12000",
                 "outcomes": [{"description": "Minder eenzaamheid", "stakeholder": "Deelnemers", "quantity": 120,
                               "proxy": "veel", "deadweight": 0.2, "displacement": 0.0, "attribution": 0.25,
                               "dropOff": 0.50, "duration": 2}]}
                """);

        assertEquals(
                List.of(
                        "discountFirstYear: is missing",
                        "inputs: must be a list",
                        "outcomes[0].proxy: must be a number"),
                sentences(reading, ENGLISH));
    }

    @Test
    void whatTheArithmeticRefusesIsSaidInBothLanguages() {
        ApiProblem deadweight =
                CalculationJson.problem(new Problem("outcomes[0].deadweight", Problem.Reason.NOT_A_FRACTION));

        assertEquals("outcomes[0].deadweight: moet een fractie tussen 0 en 1 zijn", deadweight.sentence(DUTCH));
        assertEquals("outcomes[0].deadweight: must be a fraction between 0 and 1", deadweight.sentence(ENGLISH));
        assertEquals(
                "inputs: de investeringen moeten samen meer dan 0 zijn",
                CalculationJson.problem(new Problem("inputs", Problem.Reason.ZERO_INPUT_TOTAL))
                        .sentence(DUTCH));
        assertEquals(
                "outcomes[1].duration: must be a whole number of years from 1 to 50",
                CalculationJson.problem(new Problem("outcomes[1].duration", Problem.Reason.DURATION_OUT_OF_RANGE))
                        .sentence(ENGLISH));
    }

    @Test
    void everyReasonOfTheArithmeticHasASentenceInBothLanguages() {
        for (Problem.Reason reason : Problem.Reason.values()) {
            String key = CalculationJson.key(reason);
            assertTrue(DUTCH.containsKey(key) && !DUTCH.getString(key).isBlank(), key);
            assertTrue(ENGLISH.containsKey(key) && !ENGLISH.getString(key).isBlank(), key);
            assertFalse(DUTCH.getString(key).equals(ENGLISH.getString(key)), "translated: " + key);
        }
    }

    @Test
    void aDurationBeyondAnyIntegerIsOutOfRangeAndHugeNumbersAreRefusedBeforeAnyArithmetic() throws IOException {
        String outcome = """
                {"discountRate": %s, "discountFirstYear": true,
                 "inputs": [{"description": "Subsidie", "amount": 0.000000000000000000001}],
                 "outcomes": [{"description": "Werk", "stakeholder": "Deelnemers", "quantity": 1e999999999,
                               "proxy": 1000000000000000, "deadweight": 0, "displacement": 0, "attribution": 0,
                               "dropOff": 0, "duration": 3000000000}]}
                """;

        assertEquals(
                List.of(
                        "inputs[0].amount: mag hoogstens 15 cijfers voor en 20 na de komma hebben",
                        "outcomes[0].quantity: mag hoogstens 15 cijfers voor en 20 na de komma hebben",
                        "outcomes[0].proxy: mag hoogstens 15 cijfers voor en 20 na de komma hebben",
                        "outcomes[0].duration: moet een heel aantal jaren van 1 tot en met 50 zijn"),
                sentences(read(outcome.formatted("0.0225")), DUTCH));
        assertEquals(
                List.of("body: mag hoogstens 15 cijfers voor en 20 na de komma hebben"),
                sentences(read(outcome.formatted("0." + "1".repeat(1200))), DUTCH),
                "the JSON reader's own limit on a number's length");
    }

    @Test
    void aBodyThatIsNoJsonObjectIsRefusedAsAWhole() throws IOException {
        assertEquals(List.of("body: ontbreekt; stuur de berekening als JSON-object"), sentences(read(""), DUTCH));
        assertEquals(List.of("body: ontbreekt; stuur de berekening als JSON-object"), sentences(read(" \n"), DUTCH));
        assertEquals(List.of("body: moet een JSON-object zijn"), sentences(read("[1, 2]"), DUTCH));
        assertEquals(List.of("body: moet een JSON-object zijn"), sentences(read("12000"), DUTCH));
        assertEquals(
                List.of("body: is not valid JSON (line 1, character 18)"),
                sentences(read("{\"discountRate\": }"), ENGLISH),
                "where the brace stands, counted from 1");
        String malformed = sentences(read("{\"discountRate\": 0.0225,\n \"inputs\": [}"), DUTCH)
                .get(0);
        assertTrue(malformed.startsWith("body: is geen geldige JSON (regel 2, teken "), malformed);
        assertTrue(
                sentences(read(EXAMPLE + " x"), DUTCH).get(0).startsWith("body: is geen geldige JSON"),
                "nothing may follow the object");
        assertTrue(
                sentences(read(EXAMPLE + EXAMPLE), DUTCH).get(0).startsWith("body: is geen geldige JSON"),
                "one object, not two");
        assertTrue(
                sentences(read("{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}"), DUTCH)
                        .get(0)
                        .startsWith("body: is geen geldige JSON"),
                "nesting too deep for the parser");
        assertNull(read("[1, 2]").calculation());
    }

    @Test
    void aNameGivenTwiceIsRefusedNotSettledByTakingTheLast() throws IOException {
        String twice = EXAMPLE.replace("\"deadweight\": 0.20,", "\"deadweight\": 0.20, \"deadweight\": 0.9,");

        String sentence = sentences(read(twice), ENGLISH).get(0);

        assertTrue(sentence.startsWith("body: names a field twice in the same object (line "), sentence);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotReplaced() throws IOException {
        byte[] latin1 = EXAMPLE.replace("Minder eenzaamheid", "Café").getBytes(StandardCharsets.ISO_8859_1);

        CalculationJson.Reading reading = CalculationJson.read(new ByteArrayInputStream(latin1), latin1.length);

        assertEquals(List.of("body: is geen UTF-8-tekst"), sentences(reading, DUTCH));
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWhetherItsLengthWasDeclaredOrNot() throws IOException {
        byte[] oneMegabyte = padded(CalculationJson.MAX_BODY_BYTES);
        byte[] oneByteMore = padded(CalculationJson.MAX_BODY_BYTES + 1);
        CountingStream unannounced = new CountingStream(padded(5 * CalculationJson.MAX_BODY_BYTES));

        CalculationJson.Reading declared = CalculationJson.read(new CountingStream(oneByteMore), oneByteMore.length);
        CalculationJson.Reading chunked = CalculationJson.read(unannounced, -1);
        CalculationJson.Reading lying = CalculationJson.read(new ByteArrayInputStream(oneByteMore), 100);

        for (CalculationJson.Reading refused : List.of(declared, chunked, lying)) {
            assertEquals(List.of("body: is larger than 1 MB"), sentences(refused, ENGLISH));
            assertTrue(refused.bodyLeftUnread());
        }
        assertEquals(
                CalculationJson.MAX_BODY_BYTES + 1, unannounced.read, "read no further than one byte past the limit");
        CalculationJson.Reading exactly = CalculationJson.read(new ByteArrayInputStream(oneMegabyte), -1);
        assertEquals(List.of(), exactly.problems(), "exactly 1 MB is allowed");
        assertFalse(exactly.bodyLeftUnread());
    }

    @Test
    void aResultIsWrittenWithEveryAmountAsAJsonNumber() {
        Result result = new Result(
                new BigDecimal("0.0225"),
                true,
                new BigDecimal("12000.00"),
                new BigDecimal("157273.09"),
                new BigDecimal("145273.09"),
                new BigDecimal("13.1061"),
                new BigDecimal("1.33"),
                List.of(
                        new Result.Year(1, new BigDecimal("108000.00"), new BigDecimal("105623.47")),
                        new Result.Year(2, new BigDecimal("54000.00"), new BigDecimal("51649.62"))),
                List.of(new Result.OutcomeValue(
                        "Minder eenzaamheid \"samen\"",
                        "Deelnemers",
                        new BigDecimal("108000.00"),
                        new BigDecimal("157273.09"))));

        assertEquals(
                "{\"discountRate\":0.0225,\"discountFirstYear\":true,\"totalInputs\":12000.00,"
                        + "\"presentValue\":157273.09,\"netPresentValue\":145273.09,\"ratio\":13.1061,"
                        + "\"paybackMonths\":1.33,\"years\":[{\"year\":1,\"value\":108000.00,\"discounted\":105623.47},"
                        + "{\"year\":2,\"value\":54000.00,\"discounted\":51649.62}],"
                        + "\"outcomes\":[{\"description\":\"Minder eenzaamheid \\\"samen\\\"\",\"impact\":108000.00,"
                        + "\"presentValue\":157273.09}]}",
                CalculationJson.write(result).toString());
    }

    @Test
    void aPaybackThatNeverComesIsNull() {
        Result nothingInTheFirstYear = new Result(
                new BigDecimal("0.035"),
                false,
                new BigDecimal("500.00"),
                new BigDecimal("0.00"),
                new BigDecimal("-500.00"),
                new BigDecimal("0.0000"),
                null,
                List.of(),
                List.of());

        String written = CalculationJson.write(nothingInTheFirstYear).toString();

        assertTrue(written.contains("\"paybackMonths\":null"), written);
        assertTrue(written.contains("\"discountFirstYear\":false"), written);
        assertTrue(written.contains("\"netPresentValue\":-500.00"), written);
    }

    /** The example padded with spaces inside the object to exactly {@code size} bytes. */
    private static byte[] padded(int size) {
        byte[] example = EXAMPLE.strip().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        System.arraycopy(example, 1, body, size - (example.length - 1), example.length - 1);
        return body;
    }

    private static CalculationJson.Reading read(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return CalculationJson.read(new ByteArrayInputStream(bytes), bytes.length);
    }

    private static List<String> sentences(CalculationJson.Reading reading, ResourceBundle text) {
        return reading.problems().stream().map(p -> p.sentence(text)).toList();
    }

    /** A body of which the test can see how much was read. */
    private static final class CountingStream extends InputStream {

        private final byte[] bytes;
        int read;

        CountingStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return read < bytes.length ? bytes[read++] : -1;
        }
    }
}
