package org.tessera.knowledge.web;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tessera.identity.Actor;
import org.tessera.knowledge.ArticleImages;
import org.tessera.knowledge.ArticleImages.Uploaded;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/** Uploading a picture from the article editor, and serving pictures to readers of every face. */
@RestController
class ArticleImagePages {

    private final ArticleImages images;

    ArticleImagePages(ArticleImages images) {
        this.images = images;
    }

    @PostMapping("/kb/images")
    Uploaded upload(@RequestParam(value = "image", required = false) MultipartFile image, Actor actor)
            throws IOException {
        if (image == null) {
            throw new InvalidInput("image", "choose an image file");
        }
        return images.upload(image.getOriginalFilename(), image.getBytes(), actor);
    }

    @GetMapping("/portal/kb/images/{key}/{name}")
    ResponseEntity<byte[]> image(@PathVariable String key, @PathVariable String name) {
        ArticleImages.Image image = images.image(key).orElseThrow(() -> new NotFound("Image"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(image.content());
    }
}
