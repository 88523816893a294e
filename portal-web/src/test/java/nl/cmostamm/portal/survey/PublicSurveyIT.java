package nl.cmostamm.portal.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.PortalClient;
import nl.cmostamm.portal.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public answering endpoint over HTTP, as a script or a careless visitor would use it: bad
 * input gets a Dutch message and stores nothing, bots that fill the hidden field store nothing,
 * and an address that submits or guesses too much is slowed down while others are not. The test
 * server allows 60 of each a minute; these tests send from loopback addresses of their own
 * (127.x.y.z), so they do not eat the allowance of 127.0.0.1 that every other test uses.
 */
class PublicSurveyIT {

    private static Initiative initiative;
    private static String token;
    private static long wave;
    private static long question;

    @BeforeAll
    static void aSurveyWithAnOpenWave() {
        initiative = Fixtures.initiative("Buurtkamer " + Fixtures.unique("p"), "Westerwolde");
        long survey = Fixtures.survey(initiative, "Peiling " + Fixtures.unique("s"));
        question = Fixtures.firstQuestion(initiative, survey);
        token = Fixtures.wave(initiative, survey, "Nu", true);
        wave = Fixtures.waveOf(initiative, token);
    }

    @Test
    void badAnswersGetADutchMessageAndStoreNothing() {
        PortalClient respondent = new PortalClient();
        for (String value : new String[] {"6", "0", "abc", "1.5", "-1", "x".repeat(5000)}) {
            HttpResponse<String> refused = respondent.post(
                    "/s/" + token, Map.of("key", UUID.randomUUID().toString(), "q" + question, value));
            assertEquals(422, refused.statusCode(), value);
            assertTrue(refused.body().contains("Kies een van de mogelijkheden."), refused.body());
            assertTrue(refused.body().contains("Nog één vraag heeft aandacht nodig"), refused.body());
        }
        HttpResponse<String> missing =
                respondent.post("/s/" + token, Map.of("key", UUID.randomUUID().toString()));
        assertEquals(422, missing.statusCode());
        assertTrue(missing.body().contains("Deze vraag is verplicht."));
        for (String key : new String[] {"", "not-a-uuid", "'; drop table survey_response; --"}) {
            HttpResponse<String> stale = respondent.post("/s/" + token, Map.of("key", key, "q" + question, "4"));
            assertEquals(400, stale.statusCode(), key);
            assertTrue(stale.body().contains("Het formulier was verlopen"), stale.body());
        }
        assertEquals(0, Fixtures.responses(initiative, wave), "nothing half-saved");
    }

    @Test
    void sendingTheFormAgainAfterBackStoresNothingUntilTheRespondentConfirms() {
        long survey = Fixtures.survey(initiative, "Terug " + Fixtures.unique("s"));
        long ownQuestion = Fixtures.firstQuestion(initiative, survey);
        String ownToken = Fixtures.wave(initiative, survey, "Terug", true);
        long ownWave = Fixtures.waveOf(initiative, ownToken);
        PortalClient device = new PortalClient();

        HttpResponse<String> form = device.get("/s/" + ownToken);
        assertFalse(form.body().contains("al eens ingevuld"), "a first visit is not told anything");
        HttpResponse<String> sent =
                device.post("/s/" + ownToken, Map.of("key", key(form.body()), "q" + ownQuestion, "4"));
        assertTrue(sent.body().contains("Hartelijk dank!"), sent.body());
        assertEquals(1, Fixtures.responses(initiative, ownWave));
        HttpCookie marker = device.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("answered"))
                .findFirst()
                .orElseThrow();
        assertEquals("1", marker.getValue(), "the cookie holds nothing that ties it to the response");
        assertTrue(marker.getPath().endsWith("/s/" + ownToken), marker.getPath());
        assertTrue(marker.isHttpOnly());

        // Back: the browser fetches the form anew, with a fresh key, and refills the answers
        HttpResponse<String> back = device.get("/s/" + ownToken);
        assertTrue(
                back.body().contains("Op dit apparaat is deze vragenlijst al eens ingevuld en verstuurd."),
                back.body());
        String freshKey = key(back.body());
        HttpResponse<String> again = device.post("/s/" + ownToken, Map.of("key", freshKey, "q" + ownQuestion, "4"));
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("Is dit een nieuw antwoord, bijvoorbeeld van iemand anders?"), again.body());
        assertTrue(again.body().contains("name=\"again\" value=\"1\""), "the form asks to confirm");
        assertEquals(freshKey, key(again.body()), "the same form, answers and key kept");
        assertTrue(again.body().contains("value=\"4\" checked=\"checked\""), "the answer is still chosen");
        assertEquals(1, Fixtures.responses(initiative, ownWave), "nothing stored a second time");

        HttpResponse<String> confirmed =
                device.post("/s/" + ownToken, Map.of("key", freshKey, "q" + ownQuestion, "3", "again", "1"));
        assertTrue(confirmed.body().contains("Hartelijk dank!"), confirmed.body());
        assertEquals(2, Fixtures.responses(initiative, ownWave), "a confirmed second response, as on a shared tablet");

        HttpResponse<String> otherDevice = new PortalClient().get("/s/" + ownToken);
        assertFalse(otherDevice.body().contains("al eens ingevuld"), "another device is not told anything");
    }

    private static String key(String page) {
        Matcher key = Pattern.compile("name=\"key\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertTrue(key.find(), page);
        return key.group(1);
    }

    @Test
    void aFilledHoneypotLooksLikeSuccessButStoresNothing() {
        PortalClient bot = new PortalClient();
        long before = Fixtures.responses(initiative, wave);

        HttpResponse<String> response = bot.post(
                "/s/" + token,
                Map.of("key", UUID.randomUUID().toString(), "q" + question, "5", "website", "http://spam.example"));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Hartelijk dank!"));
        assertEquals(before, Fixtures.responses(initiative, wave));
    }

    @Test
    void anAddressThatSubmitsTooMuchIsAskedToWaitAndOthersAreNot() throws IOException {
        String address = ownLoopbackAddress();
        String body = "key=" + UUID.randomUUID() + "&q" + question + "=9";
        for (int i = 0; i < 60; i++) {
            assertEquals(
                    422,
                    raw(address, "POST", "/s/" + token, body).status(),
                    "within the allowance: the answer is checked");
        }
        Raw slowed = raw(address, "POST", "/s/" + token, body);
        assertEquals(429, slowed.status());
        assertTrue(slowed.body().contains("Wacht een minuut en probeer het dan opnieuw"), slowed.body());

        HttpResponse<String> someoneElse = new PortalClient()
                .post("/s/" + token, Map.of("key", UUID.randomUUID().toString(), "q" + question, "9"));
        assertEquals(422, someoneElse.statusCode(), "another address is not affected");
    }

    @Test
    void anAddressThatGuessesLinksIsSlowedDown() throws IOException {
        String address = ownLoopbackAddress();
        for (int i = 0; i < 60; i++) {
            Raw guess = raw(address, "GET", "/s/" + LinkTokens.newToken(), null);
            assertEquals(404, guess.status());
        }
        Raw slowed = raw(address, "GET", "/s/" + LinkTokens.newToken(), null);
        assertEquals(429, slowed.status());
        assertEquals(
                429,
                raw(address, "GET", "/s/" + token, null).status(),
                "for a minute not even a real link opens from there");
        assertFalse(slowed.body().contains(initiative.name()));
        assertEquals(200, new PortalClient().get("/s/" + token).statusCode(), "other addresses still answer");
    }

    private record Raw(int status, String body) {}

    /** 127.x.y.z: every address in 127/8 is this machine, and the server sees it as the sender. */
    private static String ownLoopbackAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(2, 255);
    }

    /** One HTTP/1.1 request from a chosen local address; the status and body of the answer. */
    private static Raw raw(String localAddress, String method, String path, String form) throws IOException {
        URI base = URI.create(TestEnvironment.baseUrl());
        byte[] content = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(
                InetAddress.getByName(base.getHost()), base.getPort(), InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + base.getPath() + path + " HTTP/1.1\r\nHost: "
                    + base.getHost() + "\r\nConnection: close\r\n");
            if (form != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(content.length)
                        .append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            return new Raw(Integer.parseInt(text.substring(9, 12)), text);
        }
    }
}
