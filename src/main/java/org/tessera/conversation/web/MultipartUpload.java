package org.tessera.conversation.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.tessera.conversation.Upload;

/** A file from a multipart form or API call. */
record MultipartUpload(MultipartFile file) implements Upload {

    static List<Upload> of(List<MultipartFile> files) {
        return files == null ? List.of()
                : files.stream().filter(f -> !f.isEmpty() || f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
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
