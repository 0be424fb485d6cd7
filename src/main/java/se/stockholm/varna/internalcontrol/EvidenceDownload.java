package se.stockholm.varna.internalcontrol;

import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import java.io.ByteArrayInputStream;

/** An evidence file as the answer of a download: an attachment the browser must not sniff. */
final class EvidenceDownload extends StreamedFile {

    EvidenceDownload(EvidenceFile file) {
        super(
                new ByteArrayInputStream(file.content()),
                MediaType.of(file.contentType()),
                System.currentTimeMillis(),
                file.content().length);
        attach(file.fileName());
    }

    @Override
    public void process(MutableHttpResponse<?> response) {
        super.process(response);
        response.header("X-Content-Type-Options", "nosniff");
    }
}
