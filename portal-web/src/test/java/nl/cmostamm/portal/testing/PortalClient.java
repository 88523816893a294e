package nl.cmostamm.portal.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTTP client that behaves like a browser without JavaScript: keeps cookies, follows redirects
 * and submits Faces forms with their view state. For status codes, headers and access rules.
 */
public final class PortalClient {

    /**
     * Cookies kept and sent as a browser does: plain {@code name=value}. Java's own store turns a
     * cookie with {@code Max-Age} into an RFC 2965 cookie and sends it quoted with {@code $Version},
     * which Payara's replicated sessions (their {@code JSESSIONIDVERSION} cookie) cannot read.
     */
    private final CookieManager cookies = new CookieManager(new PlainCookies(), null);

    private static final class PlainCookies implements java.net.CookieStore {
        private final java.net.CookieStore store = new CookieManager().getCookieStore();

        @Override
        public void add(URI uri, java.net.HttpCookie cookie) {
            cookie.setVersion(0);
            store.add(uri, cookie);
        }

        @Override
        public java.util.List<java.net.HttpCookie> get(URI uri) {
            return store.get(uri);
        }

        @Override
        public java.util.List<java.net.HttpCookie> getCookies() {
            return store.getCookies();
        }

        @Override
        public java.util.List<URI> getURIs() {
            return store.getURIs();
        }

        @Override
        public boolean remove(URI uri, java.net.HttpCookie cookie) {
            return store.remove(uri, cookie);
        }

        @Override
        public boolean removeAll() {
            return store.removeAll();
        }
    }

    private final HttpClient http;
    private final String baseUrl;

    public PortalClient() {
        this(TestEnvironment.baseUrl());
    }

    /** A client of a portal elsewhere, such as the EAR on Payara Server. */
    public PortalClient(String baseUrl) {
        this(baseUrl, null);
    }

    private PortalClient(String baseUrl, java.net.InetAddress localAddress) {
        this.baseUrl = baseUrl;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5));
        if (localAddress != null) {
            builder.localAddress(localAddress);
        }
        this.http = builder.build();
    }

    /**
     * A client that connects from another loopback address (127.x.y.z: every address in 127/8 is
     * this machine, and the portal sees it as the sender), for tests of per-address limits that
     * must not eat the allowance of 127.0.0.1, which every other test uses.
     */
    public static PortalClient fromOwnLoopbackAddress() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        try {
            return new PortalClient(
                    TestEnvironment.baseUrl(),
                    java.net.InetAddress.getByName("127." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "."
                            + random.nextInt(2, 255)));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client of the portal at {@code baseUrl} that connects from the loopback address {@code from}. */
    public static PortalClient from(String baseUrl, String from) {
        try {
            return new PortalClient(baseUrl, java.net.InetAddress.getByName(from));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PortalClient loggedIn(String email, String password) {
        return loggedIn(new PortalClient(), email, password);
    }

    public static PortalClient loggedIn(PortalClient client, String email, String password) {
        HttpResponse<String> response = client.login(email, password);
        if (response.uri().getPath().endsWith("login.xhtml")) {
            throw new AssertionError("Login failed for " + email);
        }
        return client;
    }

    public HttpResponse<String> login(String email, String password) {
        return submit(
                "/login.xhtml", "login", Map.of("login:email", email, "login:password", password), "login:submit");
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** Loads {@code page}, fills the form with id {@code formId} and presses {@code button}. */
    public HttpResponse<String> submit(String page, String formId, Map<String, String> fields, String button) {
        Document document = Jsoup.parse(get(page).body());
        return submitForm(document, formId, fields, button);
    }

    /**
     * Fills the form and posts it back first, as the page's ajax would when a field enables a
     * button, then presses the (now enabled) button on the page that came back.
     */
    public HttpResponse<String> submitAfterPostback(
            String page, String formId, Map<String, String> fields, String button) {
        HttpResponse<String> postback = submit(page, formId, fields, null);
        return submitForm(Jsoup.parse(postback.body()), formId, fields, button);
    }

    /** As {@link #submit}, for a button that downloads a file (PDF, Excel): the body as bytes. */
    /** A GET whose body is binary, such as an image. */
    public HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> download(String page, String formId, String button) {
        return send(
                formPost(Jsoup.parse(get(page).body()), formId, Map.of(), button),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** As {@link #download(String, String, String)}, with fields filled in (a confirmation ticked). */
    public HttpResponse<byte[]> download(String page, String formId, Map<String, String> fields, String button) {
        return send(
                formPost(Jsoup.parse(get(page).body()), formId, fields, button),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> submitForm(
            Document document, String formId, Map<String, String> fields, String button) {
        return send(formPost(document, formId, fields, button));
    }

    private HttpRequest.Builder formPost(Document document, String formId, Map<String, String> fields, String button) {
        Element form = document.getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on the page");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            values.put(input.attr("name"), input.attr("value"));
        }
        Element script = document.selectFirst("script[nonce]");
        if (script != null) {
            // PrimeFaces' script adds this to every form; a browser always sends it.
            values.put("primefaces.nonce", script.attr("nonce"));
        }
        values.putAll(fields);
        if (button != null) {
            values.put(button, button);
        }
        String action = form.attr("action");
        String body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(
                        URI.create(baseUrl.replaceAll("/$", "") + action.replaceFirst("^" + contextPath(), "")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** A raw POST, for requests a page would never make (tampered ids, forged forms). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(rawPost(path, fields));
    }

    /** A raw POST as PrimeFaces' ajax sends it, for forged or tampered ajax requests. */
    public HttpResponse<String> postAjax(String path, Map<String, String> fields) {
        return send(rawPost(path, fields)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest"));
    }

    private HttpRequest.Builder rawPost(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /**
     * A POST of {@code body} as {@code contentType}, with more headers as name, value, name, value…:
     * what a script sends to the JSON API with this client's session.
     */
    public HttpResponse<String> post(
            String path, String contentType, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(body).header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** The Cookie header of this client's session (both of Payara's cookies), for requests sent by hand. */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().startsWith("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    public static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    public CookieManager cookies() {
        return cookies;
    }

    private String contextPath() {
        return URI.create(baseUrl).getPath();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
