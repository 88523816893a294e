package nl.cmostamm.portal.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import nl.cmostamm.portal.shared.ValidationFailure;
import org.junit.jupiter.api.Test;

class PhotosTest {

    @Test
    void aRealPngIsAcceptedAndEncodedAnew() throws IOException {
        byte[] png = image("png");

        Photos.Checked checked = Photos.check(png);

        assertEquals("image/png", checked.contentType());
        assertEquals(
                40,
                ImageIO.read(new java.io.ByteArrayInputStream(checked.content()))
                        .getWidth());
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
        assertEquals(
                "photo.notImage",
                assertThrows(ValidationFailure.class, () -> Photos.check(script))
                        .getMessageKey());

        byte[] fakeJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 4, 5};
        assertEquals(
                "photo.notImage",
                assertThrows(ValidationFailure.class, () -> Photos.check(fakeJpeg))
                        .getMessageKey());

        assertEquals(
                "photo.empty",
                assertThrows(ValidationFailure.class, () -> Photos.check(new byte[0]))
                        .getMessageKey());
        assertEquals(
                "photo.tooLarge",
                assertThrows(ValidationFailure.class, () -> Photos.check(new byte[Photos.MAX_BYTES + 1]))
                        .getMessageKey());
    }

    @Test
    void theSamePhotoTwiceGivesTheSameBytes() throws IOException {
        byte[] png = image("png");
        assertArrayEquals(Photos.check(png).content(), Photos.check(png).content());
    }

    @Test
    void aHeaderDeclaringHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
        byte[] headerOnly = png(26_000, 26_000, 2, new byte[0]);

        ValidationFailure refused = assertTimeoutPreemptively(
                Duration.ofSeconds(1), () -> assertThrows(ValidationFailure.class, () -> Photos.check(headerOnly)));

        assertEquals("photo.tooManyPixels", refused.getMessageKey());
    }

    @Test
    void aPackedBombIsRefusedFastWithoutDecodingIt() throws IOException {
        // A real, complete grey-scale PNG of 12000 × 12000 zero pixels: 144 MB once decoded,
        // a few hundred kilobytes as a file, well under the 5 MB an upload may have.
        int side = 12_000;
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(packed)) {
            byte[] row = new byte[side + 1]; // filter byte 0 and a row of zeros
            for (int y = 0; y < side; y++) {
                deflate.write(row);
            }
        }
        byte[] bomb = png(side, side, 0, packed.toByteArray());
        assertTrue(bomb.length < Photos.MAX_BYTES, "small enough to pass the size check");

        ValidationFailure refused = assertTimeoutPreemptively(
                Duration.ofMillis(500), () -> assertThrows(ValidationFailure.class, () -> Photos.check(bomb)));

        assertEquals("photo.tooManyPixels", refused.getMessageKey());
    }

    @Test
    void aPhotoFindingEveryDecodeSlotTakenIsRefusedWithATryAgainMessage() throws IOException {
        byte[] png = image("png");
        Semaphore allTaken = new Semaphore(0);

        assertEquals(
                "photo.busy",
                assertThrows(ValidationFailure.class, () -> Photos.check(png, allTaken, Duration.ZERO))
                        .getMessageKey());

        allTaken.release();
        assertEquals("image/png", Photos.check(png, allTaken, Duration.ZERO).contentType());
        assertEquals(1, allTaken.availablePermits(), "the slot is given back after the decode");
    }

    /** A PNG written chunk by chunk: IHDR with the given size and colour type, one IDAT when given, IEND. */
    private static byte[] png(int width, int height, int colourType, byte[] idat) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] {8, (byte) colourType, 0, 0, 0}); // 8 bits, no interlace
        chunk(out, "IHDR", header.toByteArray());
        if (idat.length > 0) {
            chunk(out, "IDAT", idat);
        }
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0x1d4f91);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
