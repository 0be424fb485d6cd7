package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which evidence files are accepted: a short list of document and image types, recognised by the file
 * name's extension AND the file's first bytes, so a renamed executable or HTML page is refused. The
 * stored content type is ours, never the uploader's.
 */
final class EvidenceRules {

    /** An accepted type: its content type and how its bytes begin (null: text, checked as UTF-8). */
    record Kind(String contentType, byte @Nullable [] magic) {}

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", PDF),
            "png", new Kind("image/png", PNG),
            "jpg", new Kind("image/jpeg", JPEG),
            "jpeg", new Kind("image/jpeg", JPEG),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "txt", new Kind("text/plain; charset=UTF-8", null),
            "csv", new Kind("text/csv; charset=UTF-8", null));

    static final String ALLOWED = "pdf, png, jpg, docx, xlsx, txt eller csv";

    private EvidenceRules() {}

    /** The kind of a file, or empty when its name or its bytes are not one we accept. */
    static Optional<Kind> kindOf(String fileName, byte[] content) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        Kind kind = KINDS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) {
            return Optional.empty();
        }
        boolean matches = kind.magic() == null ? text(content) : startsWith(content, kind.magic());
        return matches ? Optional.of(kind) : Optional.empty();
    }

    /** The file's own name without any path, control characters or quotes, at most 200 characters. */
    static String safeName(@Nullable String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "_").strip();
        if (name.isEmpty()) {
            name = "underlag";
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
