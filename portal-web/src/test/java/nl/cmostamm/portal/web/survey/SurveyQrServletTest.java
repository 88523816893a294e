package nl.cmostamm.portal.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cmostamm.portal.survey.LinkTokens;
import org.junit.jupiter.api.Test;

class SurveyQrServletTest {

    /** Scanned as a phone would see a printed flyer: the whole link, for any token. */
    @Test
    void everyCodeReadsBackAsItsLink() throws Exception {
        for (int i = 0; i < 300; i++) {
            String link = "https://portaal.cmostamm.nl/s/" + LinkTokens.newToken();
            String read = new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                                    MatrixToImageWriter.toBufferedImage(SurveyQrServlet.encode(link))))),
                            Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                    .getText();
            assertEquals(link, read);
        }
    }

    /** The SVG drawn back square by square is the same code: it reads as the link. */
    @Test
    void theSvgReadsBackAsItsLink() throws Exception {
        String link = "https://portaal.cmostamm.nl/s/" + LinkTokens.newToken();
        String svg = SurveyQrServlet.svg(link);
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
        assertTrue(box.find(), svg);
        int size = Integer.parseInt(box.group(1));
        assertEquals(0, (size - 8 - 21) % 4, "a QR code's modules (21 + 4 per version) and a quiet zone of 4 a side");
        int scale = 10;
        BitMatrix drawn = new BitMatrix(size * scale);
        Matcher square = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            drawn.setRegion(
                    Integer.parseInt(square.group(1)) * scale, Integer.parseInt(square.group(2)) * scale, scale, scale);
        }
        String read = new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(
                                new BufferedImageLuminanceSource(MatrixToImageWriter.toBufferedImage(drawn)))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
        assertEquals(link, read);
    }
}
