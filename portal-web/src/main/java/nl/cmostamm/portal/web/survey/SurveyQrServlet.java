package nl.cmostamm.portal.web.survey;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.survey.SurveyService;
import nl.cmostamm.portal.survey.Wave;
import nl.cmostamm.portal.web.shared.ActiveLocale;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * The QR code of a wave's public link ({@code ?wave=&format=png|svg}) for flyers and posters: a
 * PNG large enough to print, or an SVG that scales to any size. Only for the wave's own initiative.
 */
@WebServlet("/app/survey/qr")
public class SurveyQrServlet extends HttpServlet {

    private static final int PNG_SIZE = 600;

    @EJB
    SurveyService surveys;

    @Inject
    PublicLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        Wave wave;
        try {
            wave = surveys.wave(Long.parseLong(String.valueOf(request.getParameter("wave"))));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!"png".equals(format) && !"svg".equals(format)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String link = links.survey(wave.getToken());
        response.setHeader("Cache-Control", "no-store");
        String name = Texts.bundle(ActiveLocale.of(request)).getString("file.surveyQr");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
        if ("png".equals(format)) {
            response.setContentType("image/png");
            MatrixToImageWriter.writeToStream(encode(link), "PNG", response.getOutputStream());
        } else {
            response.setContentType("image/svg+xml");
            response.getOutputStream().write(svg(link).getBytes(StandardCharsets.UTF_8));
        }
    }

    static BitMatrix encode(String link) {
        try {
            return new QRCodeWriter()
                    .encode(
                            link,
                            BarcodeFormat.QR_CODE,
                            PNG_SIZE,
                            PNG_SIZE,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("A survey link always fits in a QR code", e);
        }
    }

    /** The link as SVG: one unit square per module, so it stays crisp at any size. */
    public static String svg(String link) {
        ByteMatrix modules;
        try {
            modules = Encoder.encode(link, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException("A survey link always fits in a QR code", e);
        }
        int quiet = 4;
        int size = modules.getWidth() + 2 * quiet;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y) == 1) {
                    path.append('M')
                            .append(x + quiet)
                            .append(',')
                            .append(y + quiet)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
                + "\"/></svg>\n";
    }
}
