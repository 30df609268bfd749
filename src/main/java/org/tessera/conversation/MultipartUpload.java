package org.tessera.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** A file from a browser form or an API call. */
public record MultipartUpload(MultipartFile file) implements Upload {

    /** An empty file input sends one nameless, empty part: that is no file at all. */
    public static List<Upload> of(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream()
                .filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                .<Upload>map(MultipartUpload::new).toList();
    }

    @Override
    public String filename() {
        return file.getOriginalFilename();
    }

    @Override
    public String contentType() {
        return file.getContentType();
    }

    @Override
    public InputStream open() throws IOException {
        return file.getInputStream();
    }
}
