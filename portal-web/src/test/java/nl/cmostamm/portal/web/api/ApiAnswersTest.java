package nl.cmostamm.portal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.web.shared.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The language, the shape of a refusal and the content types every API endpoint shares. */
class ApiAnswersTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "en-GB,en;q=0.9,nl;q=0.8", "de-DE,en;q=0.5", "EN", "nl;q=0.2, en"})
    void englishWhenTheCallerPrefersItToDutch(String acceptLanguage) {
        assertEquals(Language.EN.locale(), ApiAnswers.locale(acceptLanguage));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", " ", "nl", "nl-NL,nl;q=0.9,en;q=0.8", "nl-BE", "fr", "*", "en;q=0", "en;q=0, fr", "x;;;"})
    void dutchOtherwise(String acceptLanguage) {
        assertEquals(Language.NL.locale(), ApiAnswers.locale(acceptLanguage));
    }

    @Test
    void dutchWithoutTheHeader() {
        assertEquals(Language.NL.locale(), ApiAnswers.locale(null));
    }

    @Test
    void aRefusalIsAListOfSentencesEachNamingItsField() {
        List<ApiProblem> problems = List.of(
                ApiProblem.of("Content-Type", "api.problem.notJson"),
                ApiProblem.of(ApiProblem.BODY, "api.problem.malformedAt", 3L, 14L),
                ApiProblem.of(null, "api.problem.notLoggedIn"));

        assertEquals(
                "{\"problems\":[\"Content-Type: moet application/json zijn\","
                        + "\"body: is geen geldige JSON (regel 3, teken 14)\","
                        + "\"Niet ingelogd: log eerst in bij het portaal en stuur het sessiecookie mee.\"]}",
                ApiAnswers.problemsBody(Texts.bundle(Language.NL.locale()), problems)
                        .toString());
        assertEquals(
                "{\"problems\":[\"Content-Type: must be application/json\","
                        + "\"body: is not valid JSON (line 3, character 14)\","
                        + "\"Not logged in: log in to the portal first and send the session cookie along.\"]}",
                ApiAnswers.problemsBody(Texts.bundle(Language.EN.locale()), problems)
                        .toString());
    }

    @Test
    void numbersInSentencesAreNotGroupedLikeAmounts() {
        assertEquals(
                "body: is geen geldige JSON (regel 12345, teken 2)",
                ApiProblem.of(ApiProblem.BODY, "api.problem.malformedAt", 12345L, 2L)
                        .sentence(Texts.bundle(Language.NL.locale())));
    }

    @Test
    void jsonIsWrittenAsUtf8() {
        byte[] written = ApiAnswers.bytes(ApiAnswers.JSON
                .createObjectBuilder()
                .add("description", "één café")
                .build());

        assertEquals("{\"description\":\"één café\"}", new String(written, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "application/json; charset=UTF-8",
                "Application/JSON;charset=\"utf-8\"",
                "application/json; version=2"
            })
    void jsonIsJson(String contentType) {
        assertTrue(ApiGuard.isJson(contentType));
    }

    /** What a cross-site form can send, and types that only look like JSON. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/plain",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "*/*",
                "application/*",
                "application/jsonp",
                "text/json",
                "application/json; charset=ISO-8859-1",
                "application/json; charset",
                ""
            })
    void anythingElseIsNot(String contentType) {
        assertFalse(ApiGuard.isJson(contentType));
    }

    @Test
    void noContentTypeIsNotJson() {
        assertFalse(ApiGuard.isJson(null));
    }
}
