package nl.cmostamm.portal.story;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import nl.cmostamm.portal.shared.ValidationFailure;

/**
 * Checks an uploaded photo by its content, never by its name or declared type: at most 5 MB, a
 * JPEG or PNG by its first bytes, and an image Java can actually decode. The photo is then encoded
 * anew, which drops its metadata (camera, time, and the GPS position of someone's home).
 */
public final class Photos {

    /** The largest photo accepted, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int MAX_PIXELS = 40_000_000;

    private Photos() {
    }

    /** A photo that passed, re-encoded. */
    public record Checked(String contentType, byte[] content) {
    }

    public static Checked check(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new ValidationFailure("photo.empty", "photo");
        }
        if (upload.length > MAX_BYTES) {
            throw new ValidationFailure("photo.tooLarge", "photo");
        }
        String format = isJpeg(upload) ? "jpeg" : isPng(upload) ? "png" : null;
        if (format == null) {
            throw new ValidationFailure("photo.notImage", "photo");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(upload));
            if (image == null || (long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
                throw new ValidationFailure("photo.notImage", "photo");
            }
            BufferedImage plain = image;
            if (format.equals("jpeg") && image.getColorModel().hasAlpha()) {
                plain = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                plain.getGraphics().drawImage(image, 0, 0, null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(plain, format, out) || out.size() == 0) {
                throw new ValidationFailure("photo.notImage", "photo");
            }
            byte[] content = out.toByteArray();
            if (content.length > MAX_BYTES) {
                throw new ValidationFailure("photo.tooLarge", "photo");
            }
            return new Checked("image/" + format, content);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationFailure failure) {
                throw failure;
            }
            throw new ValidationFailure("photo.notImage", "photo");
        }
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
