package org.tessera.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.TooLarge;

/**
 * The product's name, logo and colours, as the layouts of every face read them ({@code ${@branding.brand()}}) and
 * administrators change them. Read on every page, so kept in memory; changes made on another node show after a few
 * seconds.
 */
@Component("branding")
public class Branding {

    public static final int MAX_LOGO_BYTES = 512 * 1024;
    static final int MAX_NAME = 60;
    private static final long FRESH_FOR_MILLIS = 20_000;

    private final JdbcTemplate jdbc;
    private volatile Brand brand;
    private volatile long loadedAt;

    Branding(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Brand brand() {
        Brand current = brand;
        if (current == null || System.currentTimeMillis() - loadedAt > FRESH_FOR_MILLIS) {
            try {
                current = jdbc.queryForObject("""
                        select product_name, primary_color, header_color, logo is not null as has_logo, logo_version
                        from web_branding where id = 1""", (rs, n) -> new Brand(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4), rs.getInt(5)));
            } catch (org.springframework.dao.DataAccessException notReady) {
                return new Brand(Brand.DEFAULT_NAME, null, null, false, 0);
            }
            brand = current;
            loadedAt = System.currentTimeMillis();
        }
        return current;
    }

    public String productName() {
        return brand().productName();
    }

    /**
     * The style the layouts put in their head: the header's colour and the primary colour of buttons and links. Built
     * only from validated #rrggbb values, so it is safe to write unescaped.
     */
    public String css() {
        Brand b = brand();
        var css = new StringBuilder(":root{--tessera:").append(b.header()).append(";");
        String primary = b.primary();
        int[] rgb = Colors.rgb(primary);
        String rgbList = rgb[0] + "," + rgb[1] + "," + rgb[2];
        String hover = Colors.darker(primary, 0.85);
        String onPrimary = Colors.isDark(primary) ? "#fff" : "#000";
        css.append("--bs-primary:").append(primary).append(";--bs-primary-rgb:").append(rgbList)
                .append(";--bs-link-color:").append(primary).append(";--bs-link-color-rgb:").append(rgbList)
                .append(";--bs-link-hover-color:").append(hover).append(";--bs-link-hover-color-rgb:")
                .append(String.join(",", Arrays.stream(Colors.rgb(hover)).mapToObj(String::valueOf).toList()))
                .append(";--brand-on-primary:").append(onPrimary).append("}");
        css.append(".btn-primary{--bs-btn-bg:").append(primary).append(";--bs-btn-border-color:").append(primary)
                .append(";--bs-btn-color:").append(onPrimary).append(";--bs-btn-hover-color:").append(onPrimary)
                .append(";--bs-btn-active-color:").append(onPrimary).append(";--bs-btn-disabled-color:").append(onPrimary)
                .append(";--bs-btn-hover-bg:").append(hover).append(";--bs-btn-hover-border-color:").append(hover)
                .append(";--bs-btn-active-bg:").append(hover).append(";--bs-btn-active-border-color:").append(hover)
                .append(";--bs-btn-disabled-bg:").append(primary).append(";--bs-btn-disabled-border-color:")
                .append(primary).append("}");
        css.append(".btn-outline-primary{--bs-btn-color:").append(primary).append(";--bs-btn-border-color:")
                .append(primary).append(";--bs-btn-hover-bg:").append(primary).append(";--bs-btn-hover-border-color:")
                .append(primary).append(";--bs-btn-hover-color:").append(onPrimary).append(";--bs-btn-active-bg:")
                .append(primary).append(";--bs-btn-active-color:").append(onPrimary).append("}");
        css.append(".nav-pills{--bs-nav-pills-link-active-bg:").append(primary).append(";--bs-nav-pills-link-active-color:")
                .append(onPrimary).append("}");
        return css.toString();
    }

    @Transactional
    public Brand describe(String productName, String primaryColor, String headerColor) {
        String name = productName == null || productName.isBlank() ? Brand.DEFAULT_NAME : productName.strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidInput("productName", "must have at most " + MAX_NAME + " characters");
        }
        String primary = Colors.clean("primaryColor", primaryColor);
        String header = Colors.clean("headerColor", headerColor);
        jdbc.update("update web_branding set product_name = ?, primary_color = ?, header_color = ?, updated_at = now() "
                + "where id = 1", name, primary, header);
        brand = null;
        return brand();
    }

    @Transactional
    public void changeLogo(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("logo", "choose an image file");
        }
        if (content.length > MAX_LOGO_BYTES) {
            throw new TooLarge("The logo must be at most " + MAX_LOGO_BYTES / 1024 + " KB");
        }
        String type = imageType(content).orElseThrow(() -> new InvalidInput("logo",
                "must be a PNG, JPEG, GIF, WebP or SVG image"));
        jdbc.update("update web_branding set logo = ?, logo_type = ?, logo_version = logo_version + 1, "
                + "updated_at = now() where id = 1", content, type);
        brand = null;
    }

    @Transactional
    public void removeLogo() {
        jdbc.update("update web_branding set logo = null, logo_type = null, logo_version = logo_version + 1, "
                + "updated_at = now() where id = 1");
        brand = null;
    }

    public Optional<Logo> logo() {
        return jdbc.query("select logo, logo_type from web_branding where id = 1 and logo is not null",
                (rs, n) -> new Logo(rs.getBytes(1), rs.getString(2))).stream().findFirst();
    }

    /** What the content is, by its first bytes rather than by what the uploading browser claimed. */
    static Optional<String> imageType(byte[] c) {
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
        String start = new String(c, 0, Math.min(c.length, 1024), StandardCharsets.UTF_8).stripLeading();
        if ((start.startsWith("<?xml") || start.startsWith("<svg") || start.startsWith("<!--"))
                && start.contains("<svg")) {
            return Optional.of("image/svg+xml");
        }
        return Optional.empty();
    }

    public record Logo(byte[] content, String contentType) {
    }
}
