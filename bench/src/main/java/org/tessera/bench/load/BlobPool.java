package org.tessera.bench.load;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * The files attachments point at: a pool of screenshots, logs, exports and PDFs, each written once where Tessera's
 * BlobStore keeps content (files/ab/cd/&lt;sha256&gt; under the data folder) and shared by many attachments, as
 * the same logo or export is in real helpdesks.
 */
final class BlobPool {

    enum Kind {
        SCREENSHOT("image/png", "screenshot-", ".png"),
        LOG("text/plain", "error-", ".log"),
        EXPORT("text/csv", "export-", ".csv"),
        DOCUMENT("application/pdf", "invoice-", ".pdf");

        final String contentType;
        final String prefix;
        final String extension;

        Kind(String contentType, String prefix, String extension) {
            this.contentType = contentType;
            this.prefix = prefix;
            this.extension = extension;
        }
    }

    record Blob(String sha256, long size, Kind kind) {
    }

    private final Blob[] blobs;

    private BlobPool(Blob[] blobs) {
        this.blobs = blobs;
    }

    Blob pick(SplittableRandom random) {
        return blobs[random.nextInt(blobs.length)];
    }

    static BlobPool create(Connection c, int count, Path dataDir, long seed, long createdAt)
            throws SQLException, IOException {
        System.setProperty("java.awt.headless", "true");
        var random = new SplittableRandom(seed);
        var rows = new CopyRows("conversation_blob", "sha256, size, created_at", 1 << 16);
        var blobs = new Blob[count];
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            byte[] content = switch (kind) {
                case SCREENSHOT -> screenshot(random);
                case LOG -> log(random);
                case EXPORT -> export(random);
                case DOCUMENT -> document(random);
            };
            String sha = sha256(content);
            blobs[i] = new Blob(sha, content.length, kind);
            if (dataDir != null) {
                Path path = dataDir.resolve("files").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
                Files.createDirectories(path.getParent());
                Files.write(path, content);
            }
            rows.add(sha).add((long) content.length).addTime(createdAt).end();
        }
        rows.copyInto(c);
        return new BlobPool(blobs);
    }

    private static byte[] screenshot(SplittableRandom random) throws IOException {
        var image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 200);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            g.fillRect(random.nextInt(300), random.nextInt(180), 10 + random.nextInt(120), 6 + random.nextInt(40));
        }
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] log(SplittableRandom random) {
        String[] levels = {"INFO", "INFO", "INFO", "WARN", "ERROR"};
        String[] events = {"Connection reset by peer", "Retrying request", "Session started", "Certificate expires soon",
                "Timeout after 30000 ms", "Printer queue stalled", "User signed in", "Sync finished"};
        var s = new StringBuilder();
        int lines = 50 + random.nextInt(700);
        for (int i = 0; i < lines; i++) {
            s.append(String.format("2024-%02d-%02d %02d:%02d:%02d %-5s [worker-%d] %s%n", 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60),
                    levels[random.nextInt(levels.length)], random.nextInt(8), events[random.nextInt(events.length)]));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] export(SplittableRandom random) {
        var s = new StringBuilder("order,date,customer,amount\n");
        int rows = 20 + random.nextInt(400);
        for (int i = 0; i < rows; i++) {
            s.append("PO-").append(100_000 + random.nextInt(900_000)).append(",2024-")
                    .append(String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))).append(',')
                    .append("C").append(random.nextInt(5_000)).append(',')
                    .append(random.nextInt(100_000) / 100.0).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A one-page PDF that real viewers open: the cross-reference offsets are computed, not guessed. */
    private static byte[] document(SplittableRandom random) {
        String text = "Invoice PO-" + (100_000 + random.nextInt(900_000)) + "  Amount due: "
                + (random.nextInt(1_000_000) / 100.0) + " EUR";
        String stream = "BT /F1 14 Tf 50 750 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        var pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
