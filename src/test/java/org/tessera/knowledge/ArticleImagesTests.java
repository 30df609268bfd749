package org.tessera.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tessera.identity.Directory;
import org.tessera.portal.WebSession;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.support.IntegrationTest;
import org.tessera.support.People;

/** Pictures in articles: images only, uploaded by authors, shown to readers of every face. */
class ArticleImagesTests extends IntegrationTest {

    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    @Autowired
    ArticleImages images;
    @Autowired
    Directory directory;

    @Test
    void anAuthorsPictureIsServedToEveryReaderAsAnImage() {
        var agent = directory.actor(new People(api).agent().id());

        var uploaded = images.upload("C:\\Shots\\Router Lights.PNG", Base64.getDecoder().decode(PNG), agent);
        var served = new WebSession(baseUrl()).get(uploaded.url());

        assertThat(uploaded.markdown()).matches("!\\[router lights]\\(/portal/kb/images/[A-Za-z0-9_-]{22}/router-lights.png\\)");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).isEqualTo("image/png");
        assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void onlyPicturesAreAcceptedAndNotSvgWhichCanCarryScript() {
        var agent = directory.actor(new People(api).agent().id());

        assertThatThrownBy(() -> images.upload("x.svg", "<svg onload=alert(1)></svg>".getBytes(), agent))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> images.upload("x.png", "<html>".getBytes(), agent)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void customersDoNotUpload() {
        var customer = directory.actor(new People(api).customer().id());

        assertThatThrownBy(() -> images.upload("x.png", Base64.getDecoder().decode(PNG), customer))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void aMadeUpAddressShowsNothing() {
        assertThat(new WebSession(baseUrl()).get("/portal/kb/images/AAAAAAAAAAAAAAAAAAAAAA/x.png").status())
                .isEqualTo(404);
    }
}
