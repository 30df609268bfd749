package org.tessera.email.corpus;

import static java.util.Map.entry;

import java.util.Map;

/**
 * Fields where Tessera reads a corpus message differently from the reference on purpose, each with the reason we
 * judge the expected value wrong. Keys are "file field [attachment name]". The corpus test fails when a deviation
 * appears that is not listed here, and when a listed one no longer occurs, so this list stays true.
 */
final class ReviewedDeviations {

    private static final String TITLE = "Zammad kept the HTML document's <title> (\"新建网页\", \"New web page\") as body text;"
            + " a title is not part of what the reader of an email sees";

    static final Map<String, String> ALL = Map.ofEntries(
            entry("mail016 body", TITLE),
            entry("mail019 body", TITLE),
            entry("mail019 from_display_name", "From is \"我\" <> (a name, no address): the sender named themselves 我;"
                    + " the reference reports no name at all because it dropped it when it took the address from"
                    + " Reply-To"),
            entry("mail021 body", "the entity &lang; is U+27E8 in HTML 5, the reference maps it to U+2329 (HTML 4); and"
                    + " the part is UTF-8 with two broken bytes, for which the reference read all of it as"
                    + " Windows-1250, turning its Russian footer (\"Это сообщение свободно от вирусов\") into"
                    + " mojibake; we read every valid UTF-8 sequence as UTF-8"),
            entry("mail027 content_type", "the HTML part is one remote image: we keep it as HTML (the image loads when"
                    + " the agent allows remote images) where the reference shows nothing"),
            entry("mail035 from_email", "From is only a quoted string holding an address: the address is"
                    + " finances8@..., without the quotes the reference kept"),
            entry("mail046 from", "raw 8-bit GB2312 name 武兰成: the reference decoded it with the wrong charset"),
            entry("mail046 from_display_name", "raw 8-bit GB2312 name 武兰成: the reference decoded it with the wrong"
                    + " charset (ÎäŔźłÉ)"),
            entry("mail053 attachment filename file", "an unnamed text/rfc822-headers part described as \"Undelivered"
                    + " Message Headers\": the reference names described report parts after their description (the"
                    + " \"Delivery report.txt\" beside it) but fell back to a bare \"file\" for this one; we apply"
                    + " the rule to both"),
            entry("mail064 attachment filename Capture d’eìcran 2017-12-27 aÌ 12.22.38.jpg", "windows-1258 bytes 0xEC"
                    + " and 0xCC are combining accents: the name is \"Capture d’écran … à …\"; the reference made"
                    + " letters of them"),
            entry("mail072 body", "windows-1258 text: \"à\", \"août\", \"d’avance\"; the reference decoded with another"
                    + " charset (\"ŕ\", \"aoűt\", a lost apostrophe)"),
            entry("mail076 from_email", "From: \"Millions Lottery Spain transfer\"@example.com> is an address with a"
                    + " quoted local part and a stray \">\" after it; the reference kept the \">\" in the address"),
            entry("mail076 from_display_name", "that From has no display name; the reference made one of the whole line,"
                    + " address and stray \">\" included"),
            entry("mail087 from_email", "From: Test test@example.com (no brackets): the address is test@example.com"),
            entry("mail087 from_display_name", "From: Test test@example.com (no brackets): the name is \"Test\""),
            entry("mail087 body", "a part without Content-Type is text/plain by RFC 2045: the fax notification's text"
                    + " is the body, where the reference shows nothing and made the text an attachment"),
            entry("mail087 attachment data file", "that text is the body, not an attachment (see mail087 body)"),
            entry("mail087 attachment filename file", "that text is the body, not an attachment (see mail087 body)"),
            entry("mail102 attachment filename Screen Shot 2018-12-17 at 091.00.38.png", "the name occurs twice; the"
                    + " reference made it unique by inserting 1 before the first dot, which turns the time 09.00.38 in"
                    + " it into 091.00.38; we number it apart (…09.00.38 (1).png)"),
            entry("mail105 body", "multipart/mixed without any boundary line: we show the body as the text it is,"
                    + " where the reference shows nothing"));

    private ReviewedDeviations() {
    }
}
