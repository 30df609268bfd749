package org.tessera.knowledge;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.identity.Actor;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.TooLarge;

/**
 * Pictures in articles: authors upload a PNG, JPEG, GIF or WebP (recognized by its content, never by what the browser
 * claims) and get the Markdown that shows it. Pictures are served to anyone holding their random address, like an
 * attachment link; SVG is refused, since it can carry script.
 */
@Service
@Transactional
public class ArticleImages {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    ArticleImages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Uploaded(String url, String markdown) {
    }

    public record Image(String filename, String contentType, byte[] content) {
    }

    public Uploaded upload(String filename, byte[] content, Actor actor) {
        KnowledgeManagement.requireAuthor(actor);
        if (content == null || content.length == 0) {
            throw new InvalidInput("image", "choose an image file");
        }
        if (content.length > MAX_BYTES) {
            throw new TooLarge("An image may have at most " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        String type = type(content).orElseThrow(() -> new InvalidInput("image", "must be a PNG, JPEG, GIF or WebP image"));
        String name = clean(filename, type);
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("insert into knowledge_image (key, filename, content_type, content, size, uploaded_by) "
                + "values (?, ?, ?, ?, ?, ?)", key, name, type, content, content.length, actor.userId());
        String url = "/portal/kb/images/" + key + "/" + name;
        String alt = name.replaceFirst("\\.[a-z]+$", "").replace('-', ' ');
        return new Uploaded(url, "![" + alt + "](" + url + ")");
    }

    @Transactional(readOnly = true)
    public Optional<Image> image(String key) {
        if (key == null || !key.matches("[A-Za-z0-9_-]{22}")) {
            return Optional.empty();
        }
        return jdbc.query("select filename, content_type, content from knowledge_image where key = ?",
                (rs, n) -> new Image(rs.getString(1), rs.getString(2), rs.getBytes(3)), key).stream().findFirst();
    }

    /** A name safe in a URL and a Markdown link: letters, digits, dots and dashes. */
    private static String clean(String filename, String type) {
        String base = filename == null ? "" : filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|-+$", "");
        if (base.isEmpty() || !base.contains(".")) {
            base = (base.isEmpty() ? "image" : base) + "." + type.substring(6).replace("jpeg", "jpg");
        }
        return base.length() > 80 ? base.substring(base.length() - 80) : base;
    }

    static Optional<String> type(byte[] c) {
        if (c.length > 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return Optional.of("image/png");
        }
        if (c.length > 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8 && (c[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        if (c.length > 6 && c[0] == 'G' && c[1] == 'I' && c[2] == 'F' && c[3] == '8') {
            return Optional.of("image/gif");
        }
        if (c.length > 12 && c[0] == 'R' && c[1] == 'I' && c[2] == 'F' && c[3] == 'F' && c[8] == 'W' && c[9] == 'E'
                && c[10] == 'B' && c[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}
