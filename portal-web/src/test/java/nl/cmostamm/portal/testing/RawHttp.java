package nl.cmostamm.portal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A request written by hand on a socket, for what no HTTP client sends: the head of a request
 * announcing a body larger than it sends (to see it refused before it is read), with the answer's
 * status and body read back.
 */
public final class RawHttp {

    private RawHttp() {}

    /** The answer: its status, its head (status line and headers) and its body as text. */
    public record Answer(int status, String head, String body) {}

    /**
     * Sends {@code method path} (relative to the portal's base URL) announcing {@code length}
     * bytes of {@code contentType}, then {@code content}, and reads the answer; {@code cookie} is
     * the Cookie header's value or null, {@code headers} more header lines ("Name: value").
     */
    public static Answer send(
            String method,
            String path,
            String contentType,
            long length,
            String cookie,
            byte[] content,
            String... headers)
            throws IOException {
        URI base = URI.create(TestEnvironment.baseUrl());
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder()
                    .append(method + " " + base.getPath().replaceAll("/$", "") + path + " HTTP/1.1\r\nHost: "
                            + base.getHost());
            if (cookie != null) {
                head.append("\r\nCookie: ").append(cookie);
            }
            for (String header : headers) {
                head.append("\r\n").append(header);
            }
            head.append("\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return readAnswer(socket.getInputStream());
        }
    }

    private static Answer readAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        java.util.regex.Matcher declared =
                java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        byte[] body = declared.find() ? in.readNBytes(Integer.parseInt(declared.group(1))) : in.readAllBytes();
        return new Answer(
                Integer.parseInt(head.substring(9, 12)), head.toString(), new String(body, StandardCharsets.UTF_8));
    }
}
