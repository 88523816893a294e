package nl.cmostamm.portal.web.method.sroi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import nl.cmostamm.portal.testing.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/sroi/calculation} over HTTP against the running portal, as a script would call
 * it with the session cookie of a login: the figures of an impact map worked out by hand, every
 * kind of refusal with its status, and the door closed to callers without a session or without a
 * JSON body.
 */
class SroiCalculationApiIT {

    private static final String PATH = "/api/sroi/calculation";
    private static final int ONE_MEGABYTE = 1024 * 1024;

    /**
     * The contract's example, its 12,000 of inputs in two parts. Worked out by hand (at full
     * precision, rounded half-up only at the end; checked with Python's decimal module):
     * <pre>
     * inputs            9,000.00 + 3,000.00 = 12,000.00
     * value             120 × 1,500.00 = 180,000.00
     * impact (year 1)   180,000.00 × (1 − 0.20) × (1 − 0.0) × (1 − 0.25) = 108,000.00
     * year 2            108,000.00 × (1 − 0.50)^1 = 54,000.00
     * discounted        year 1: 108,000 / 1.0225   = 105,623.4718826…  → 105,623.47
     *                   year 2:  54,000 / 1.0225²  =  51,649.6195025…  →  51,649.62
     * present value     105,623.4718826… + 51,649.6195025… = 157,273.0913851… → 157,273.09
     * net present value 157,273.0913851… − 12,000 = 145,273.0913851… → 145,273.09
     * ratio             157,273.0913851… / 12,000 = 13.10609094… → 13.1061
     * payback           12,000 / (108,000 / 12) = 1.3333… months → 1.33
     * </pre>
     */
    static final String EXAMPLE = """
            {"discountRate": 0.0225, "discountFirstYear": %s,
             "inputs": [{"description": "Subsidie gemeente", "amount": 9000.00},
                        {"description": "Vrijwilligersuren (300 × 10,00)", "stakeholder": "Vrijwilligers", "amount": 3000.00}],
             "outcomes": [{"description": "Minder eenzaamheid", "stakeholder": "Deelnemers", "quantity": 120,
                           "proxy": 1500.00, "deadweight": 0.20, "displacement": 0.0, "attribution": 0.25,
                           "dropOff": 0.50, "duration": 2}]}
            """;

    private static Person user;

    @BeforeAll
    static void anyoneWhoCanLogIn() {
        user = Fixtures.account("Rekenaar", false, false);
    }

    @Test
    void aLoggedInUserGetsTheFiguresWorkedOutByHand() {
        HttpResponse<String> answer = post(loggedIn(), EXAMPLE.formatted("true"));

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        JsonObject figures = json(answer);
        assertNumber("0.0225", figures, "discountRate");
        assertEquals(JsonValue.TRUE, figures.get("discountFirstYear"));
        assertNumber("12000.00", figures, "totalInputs");
        assertNumber("157273.09", figures, "presentValue");
        assertNumber("145273.09", figures, "netPresentValue");
        assertNumber("13.1061", figures, "ratio");
        assertNumber("1.33", figures, "paybackMonths");
        List<JsonObject> years = figures.getJsonArray("years").getValuesAs(JsonObject.class);
        assertEquals(2, years.size(), figures.toString());
        assertEquals(1, years.get(0).getInt("year"));
        assertNumber("108000.00", years.get(0), "value");
        assertNumber("105623.47", years.get(0), "discounted");
        assertEquals(2, years.get(1).getInt("year"));
        assertNumber("54000.00", years.get(1), "value");
        assertNumber("51649.62", years.get(1), "discounted");
        List<JsonObject> outcomes = figures.getJsonArray("outcomes").getValuesAs(JsonObject.class);
        assertEquals(1, outcomes.size());
        assertEquals("Minder eenzaamheid", outcomes.get(0).getString("description"));
        assertNumber("108000.00", outcomes.get(0), "impact");
        assertNumber("157273.09", outcomes.get(0), "presentValue");
    }

    /**
     * The same map with year 1 not discounted: year t is divided by 1.0225^(t−1).
     * <pre>
     * discounted        year 1: 108,000.00;  year 2: 54,000 / 1.0225 = 52,811.7359413… → 52,811.74
     * present value     160,811.7359413… → 160,811.74;  net 148,811.74
     * ratio             160,811.7359413… / 12,000 = 13.40097799… → 13.4010
     * </pre>
     */
    @Test
    void yearOneIsNotDiscountedWhenTheCallerSaysSo() {
        JsonObject figures = json(post(loggedIn(), EXAMPLE.formatted("false")));

        assertEquals(JsonValue.FALSE, figures.get("discountFirstYear"), "the result states its setting");
        assertNumber("160811.74", figures, "presentValue");
        assertNumber("148811.74", figures, "netPresentValue");
        assertNumber("13.4010", figures, "ratio");
        List<JsonObject> years = figures.getJsonArray("years").getValuesAs(JsonObject.class);
        assertNumber("108000.00", years.get(0), "discounted");
        assertNumber("52811.74", years.get(1), "discounted");
    }

    @Test
    void badInputIsAnsweredFieldByFieldInDutch() {
        HttpResponse<String> answer = post(loggedIn(), badInput());

        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(
                Set.of(
                        "inputs[0].amount: moet een getal zijn",
                        "outcomes[0].proxy: ontbreekt",
                        "outcomes[0].duration: moet een heel getal zijn",
                        "outcomes[0].quantity: mag niet negatief zijn",
                        "outcomes[0].deadweight: moet een fractie tussen 0 en 1 zijn"),
                Set.copyOf(problems(answer)),
                "the total of the inputs is not judged while one amount is unreadable");
    }

    @Test
    void badInputIsAnsweredInEnglishWhenTheCallerPrefersIt() {
        HttpResponse<String> answer = post(loggedIn(), badInput(), "Accept-Language", "en-GB,en;q=0.9,nl;q=0.5");

        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(
                Set.of(
                        "inputs[0].amount: must be a number",
                        "outcomes[0].proxy: is missing",
                        "outcomes[0].duration: must be a whole number",
                        "outcomes[0].quantity: must not be negative",
                        "outcomes[0].deadweight: must be a fraction between 0 and 1"),
                Set.copyOf(problems(answer)));
    }

    @Test
    void inputsMustBeThereAndAddUpToMoreThanNothing() {
        PortalClient client = loggedIn();
        String example = EXAMPLE.formatted("true");
        String noInputs = example.replaceFirst("(?s)\"inputs\": \\[.*?\\],\n", "\"inputs\": [],\n");
        String nothingPutIn = example.replace("9000.00", "0").replace("3000.00", "0.00");

        HttpResponse<String> none = post(client, noInputs);
        HttpResponse<String> zero = post(client, nothingPutIn);

        assertEquals(400, none.statusCode(), none.body());
        assertTrue(problems(none).contains("inputs: moet minstens één investering bevatten"), none.body());
        assertEquals(400, zero.statusCode(), zero.body());
        assertEquals(List.of("inputs: de investeringen moeten samen meer dan 0 zijn"), problems(zero));
    }

    @Test
    void malformedJsonIsABadRequestThatSaysWhere() {
        HttpResponse<String> answer = post(loggedIn(), "{\"discountRate\": 0.0225,\n \"inputs\": [}");

        assertEquals(400, answer.statusCode(), answer.body());
        List<String> problems = problems(answer);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("body: is geen geldige JSON (regel 2, teken "), problems.toString());
    }

    @Test
    void aMissingBodyIsABadRequest() {
        HttpResponse<String> answer = loggedIn().post(PATH, "application/json", HttpRequest.BodyPublishers.noBody());

        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(List.of("body: ontbreekt; stuur de berekening als JSON-object"), problems(answer));
    }

    /** Announced by its Content-Length, the body is refused before a byte of it is read. */
    @Test
    void aBodyAnnouncedAsOverOneMegabyteIsRefusedBeforeItIsRead() throws IOException {
        RawHttp.Answer answer = RawHttp.send(
                "POST", PATH, "application/json", ONE_MEGABYTE + 1, loggedIn().sessionCookie(), new byte[0]);

        assertEquals(400, answer.status(), answer.head() + answer.body());
        assertTrue(answer.body().contains("\"body: is groter dan 1 MB\""), answer.body());
        assertTrue(answer.head().toLowerCase().contains("cache-control: no-store"), answer.head());
    }

    /** Sent in chunks, the body announces no length: the portal stops reading one byte past 1 MB. */
    @Test
    void aChunkedBodyOverOneMegabyteIsRefusedToo() {
        byte[] body = new byte[ONE_MEGABYTE + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';

        HttpResponse<String> answer = loggedIn()
                .post(
                        PATH,
                        "application/json",
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(List.of("body: is groter dan 1 MB"), problems(answer));
    }

    /** A script without a session gets 401 and a reason, not the login page a browser is sent to. */
    @Test
    void withoutASessionTheAnswerIs401NotARedirect() {
        PortalClient anonymous = new PortalClient();

        HttpResponse<String> dutch = post(anonymous, EXAMPLE.formatted("true"));
        HttpResponse<String> english = post(anonymous, "niet eens JSON", "Accept-Language", "en");

        assertEquals(401, dutch.statusCode(), dutch.body());
        assertTrue(dutch.previousResponse().isEmpty(), "no redirect was followed");
        assertTrue(dutch.uri().getPath().endsWith(PATH), dutch.uri().toString());
        assertTrue(dutch.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(
                List.of("Niet ingelogd: log eerst in bij het portaal en stuur het sessiecookie mee."), problems(dutch));
        assertEquals(401, english.statusCode(), english.body());
        assertEquals(
                List.of("Not logged in: log in to the portal first and send the session cookie along."),
                problems(english));
    }

    /**
     * Only JSON is taken: a cross-site form (text/plain, urlencoded) cannot send it, so it cannot
     * calculate in a logged-in user's name.
     */
    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        PortalClient client = loggedIn();

        HttpResponse<String> plain =
                client.post(PATH, "text/plain", HttpRequest.BodyPublishers.ofString(EXAMPLE.formatted("true")));
        HttpResponse<String> form = client.post(PATH, Map.of("discountRate", "0.0225", "discountFirstYear", "true"));

        for (HttpResponse<String> refused : List.of(plain, form)) {
            assertEquals(415, refused.statusCode(), refused.body());
            assertEquals(List.of("Content-Type: moet application/json zijn"), problems(refused));
        }
    }

    @Test
    void theApiDescribesItselfToNobody() {
        HttpResponse<String> wadl = loggedIn().get("/api/application.wadl");

        assertNotEquals(200, wadl.statusCode(), wadl.body());
        assertFalse(wadl.body().contains("sroi/calculation"), wadl.body());
    }

    /**
     * One of each: a string for a number, a missing proxy, 2.5 years (JSON problems); a negative
     * quantity and a deadweight over 1 (the arithmetic's).
     */
    private static String badInput() {
        return """
                {"discountRate": 0.0225, "discountFirstYear": true,
                 "inputs": [{"description": "Subsidie gemeente", "amount": "12000"}],
                 "outcomes": [{"description": "Minder eenzaamheid", "stakeholder": "Deelnemers", "quantity": -3,
                               "deadweight": 1.5, "displacement": 0.0, "attribution": 0.25,
                               "dropOff": 0.50, "duration": 2.5}]}
                """;
    }

    private static PortalClient loggedIn() {
        return PortalClient.loggedIn(user.email(), Fixtures.PASSWORD);
    }

    private static HttpResponse<String> post(PortalClient client, String json, String... headers) {
        return client.post(
                PATH, "application/json", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), headers);
    }

    private static JsonObject json(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static List<String> problems(HttpResponse<String> answer) {
        JsonObject refusal = Json.createReader(new StringReader(answer.body())).readObject();
        assertEquals(Set.of("problems"), refusal.keySet(), answer.body());
        return refusal.getJsonArray("problems").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** A JSON number (not a string) of this value; 157273.09 and 157273.090 are both right. */
    private static void assertNumber(String expected, JsonObject object, String name) {
        JsonNumber number = assertInstanceOf(JsonNumber.class, object.get(name), name + " in " + object);
        assertEquals(0, new BigDecimal(expected).compareTo(number.bigDecimalValue()), name + ": " + number);
    }
}
