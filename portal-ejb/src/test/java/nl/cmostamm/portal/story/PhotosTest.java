package nl.cmostamm.portal.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import nl.cmostamm.portal.shared.ValidationFailure;
import org.junit.jupiter.api.Test;

class PhotosTest {

    @Test
    void aRealPngIsAcceptedAndEncodedAnew() throws IOException {
        byte[] png = image("png");

        Photos.Checked checked = Photos.check(png);

        assertEquals("image/png", checked.contentType());
        assertEquals(40, ImageIO.read(new java.io.ByteArrayInputStream(checked.content())).getWidth());
    }

    @Test
    void aJpegWithTextAppendedLosesWhatIsNotImage() throws IOException {
        byte[] jpeg = image("jpg");
        byte[] withTrailer = Arrays.copyOf(jpeg, jpeg.length + 20);
        System.arraycopy("GPS 53.35N 6.64E home".getBytes(StandardCharsets.US_ASCII), 0, withTrailer, jpeg.length, 20);

        Photos.Checked checked = Photos.check(withTrailer);

        assertEquals("image/jpeg", checked.contentType());
        assertEquals(-1, new String(checked.content(), StandardCharsets.ISO_8859_1).indexOf("GPS 53.35N"));
    }

    @Test
    void contentDecidesNotTheName() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertEquals("photo.notImage", assertThrows(ValidationFailure.class, () -> Photos.check(script)).getMessageKey());

        byte[] fakeJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 4, 5};
        assertEquals("photo.notImage", assertThrows(ValidationFailure.class, () -> Photos.check(fakeJpeg)).getMessageKey());

        assertEquals("photo.empty", assertThrows(ValidationFailure.class, () -> Photos.check(new byte[0])).getMessageKey());
        assertEquals("photo.tooLarge", assertThrows(ValidationFailure.class,
                () -> Photos.check(new byte[Photos.MAX_BYTES + 1])).getMessageKey());
    }

    @Test
    void theSamePhotoTwiceGivesTheSameBytes() throws IOException {
        byte[] png = image("png");
        assertArrayEquals(Photos.check(png).content(), Photos.check(png).content());
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0x1d4f91);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
