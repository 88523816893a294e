package nl.cmostamm.portal.story;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import nl.cmostamm.portal.shared.ValidationFailure;

/**
 * Checks an uploaded photo by its content, never by its name or declared type: at most 5 MB, a
 * JPEG or PNG by its first bytes, and an image Java can actually decode. The photo is then encoded
 * anew, which drops its metadata (camera, time, and the GPS position of someone's home).
 *
 * <p>Decoding is where an upload costs memory, and the file size says nothing about it: a 2 MB PNG
 * of zeros can declare 26000 × 26000 pixels and take gigabytes once decoded. So the dimensions are
 * read from the image header first, and a photo declaring more than {@link #MAX_PIXELS} is refused
 * before a single pixel is decoded. Because even an allowed photo takes up to about 100 MB while it
 * is decoded and encoded anew, only {@link #CONCURRENT_DECODES} photos are decoded at the same time;
 * an upload that finds no free slot within a few seconds is refused with a "try again" message
 * rather than queued without end (the trade-off: on a busy moment a board member retries).
 */
public final class Photos {

    /** The largest photo accepted, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most pixels a photo may declare: 25 megapixel covers the 24 MP (6000 × 4000) of a good camera. */
    static final long MAX_PIXELS = 25_000_000;
    /** How many photos are decoded at once, across all initiatives. */
    static final int CONCURRENT_DECODES = 2;

    private static final Duration WAIT_FOR_SLOT = Duration.ofSeconds(3);
    private static final Semaphore DECODES = new Semaphore(CONCURRENT_DECODES, true);

    private Photos() {}

    /** A photo that passed, re-encoded. */
    public record Checked(String contentType, byte[] content) {}

    public static Checked check(byte[] upload) {
        return check(upload, DECODES, WAIT_FOR_SLOT);
    }

    /** The check with its own decode slots, so a test can fill them without waiting for anything. */
    static Checked check(byte[] upload, Semaphore decodes, Duration waitForSlot) {
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
        // A memory-cached stream: the default ImageIO stream would copy the upload to a temporary file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = readerFor(format, in);
            try {
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0) {
                    throw new ValidationFailure("photo.notImage", "photo");
                }
                if (pixels > MAX_PIXELS) {
                    throw new ValidationFailure("photo.tooManyPixels", "photo");
                }
                return decodeAndEncode(reader, format, decodes, waitForSlot);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationFailure failure) {
                throw failure;
            }
            throw new ValidationFailure("photo.notImage", "photo");
        }
    }

    private static ImageReader readerFor(String format, ImageInputStream in) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new ValidationFailure("photo.notImage", "photo");
        }
        ImageReader reader = readers.next();
        reader.setInput(in, true, true);
        return reader;
    }

    private static Checked decodeAndEncode(ImageReader reader, String format, Semaphore decodes, Duration waitForSlot)
            throws IOException {
        try {
            if (!decodes.tryAcquire(waitForSlot.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ValidationFailure("photo.busy", "photo");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ValidationFailure("photo.busy", "photo");
        }
        try {
            BufferedImage image = reader.read(0, reader.getDefaultReadParam());
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
        } finally {
            decodes.release();
        }
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
