package nl.cmostamm.portal.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * How the API answers: JSON written with JSON-P (never JSON-B, which on Payara Server 6 cannot read
 * records with generic lists back, so the portal does not lean on it either way), refusals as a
 * list of sentences, in the language the caller's {@code Accept-Language} prefers.
 *
 * <p>The language comes from that header only, not from the session's choice ({@code
 * ActiveLocale.of}): a script's answers must not change with what its user last clicked in the
 * browser, and HTTP already has a way to ask for a language.
 */
public final class ApiAnswers {

    /** Looked up once: {@code JsonProvider.provider()} searches the class path on every call. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private static final List<String> LANGUAGES = List.of("nl", "en");

    private ApiAnswers() {}

    /**
     * Dutch, unless {@code Accept-Language} prefers English to Dutch ({@code en-US,nl;q=0.5}, {@code
     * de,en}); an unreadable header counts as none.
     */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.NL.locale();
        }
        try {
            return Language.of(Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES))
                    .locale();
        } catch (IllegalArgumentException unreadable) {
            return Language.NL.locale();
        }
    }

    public static Response json(Response.Status status, JsonStructure body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(bytes(body))
                .build();
    }

    /** {@code {"problems": ["field: sentence", …]}} with this status. */
    public static Response problems(Response.Status status, Locale locale, List<ApiProblem> problems) {
        return json(status, problemsBody(Texts.bundle(locale), problems));
    }

    static JsonObject problemsBody(ResourceBundle text, List<ApiProblem> problems) {
        JsonArrayBuilder sentences = JSON.createArrayBuilder();
        for (ApiProblem problem : problems) {
            sentences.add(problem.sentence(text));
        }
        return JSON.createObjectBuilder().add("problems", sentences).build();
    }

    /** UTF-8, as JSON between systems must be (RFC 8259), so the type needs no charset. */
    static byte[] bytes(JsonStructure body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = JSON.createWriter(out)) {
            writer.write(body);
        }
        return out.toByteArray();
    }
}
