package se.stockholm.varna.internalcontrol;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Limits of evidence uploads ({@code varna.evidence.*}); the server's multipart limit must be larger. */
@ConfigurationProperties("varna.evidence")
public class EvidenceSettings {

    private long maxBytes = 10L * 1024 * 1024;

    public long getMaxBytes() {
        return maxBytes;
    }

    public void setMaxBytes(long maxBytes) {
        this.maxBytes = maxBytes;
    }
}
