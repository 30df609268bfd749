package org.tessera.web;

/** How Tessera presents itself: the product's name, its logo (if one was uploaded) and its two colours. */
public record Brand(String productName, String primaryColor, String headerColor, boolean hasLogo, int logoVersion) {

    public static final String DEFAULT_NAME = "Tessera";
    public static final String DEFAULT_HEADER = "#1f2a44";
    public static final String DEFAULT_PRIMARY = "#0d6efd";

    /** Where the logo is, with its version in the URL so that a new logo shows at once despite caching. */
    public String logoUrl() {
        return hasLogo ? "/branding/logo?v=" + logoVersion : "/assets/img/tessera.svg";
    }

    public String header() {
        return headerColor == null ? DEFAULT_HEADER : headerColor;
    }

    public String primary() {
        return primaryColor == null ? DEFAULT_PRIMARY : primaryColor;
    }

    /** Changes with the colours, so that browsers fetch the new style at once despite caching it. */
    public String cssVersion() {
        return Integer.toHexString(java.util.Objects.hash(primaryColor, headerColor));
    }

    /** Light text on a dark bar, dark text on a light one. */
    public boolean headerIsDark() {
        return Colors.isDark(header());
    }
}
