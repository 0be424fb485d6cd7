package se.stockholm.varna.auditlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import se.stockholm.varna.shared.ChangeEvent;

/** SHA-256 over the previous hash and every field of the event, unambiguously delimited. */
final class AuditHash {

    private AuditHash() {}

    static String of(String previousHash, Instant at, ChangeEvent e) {
        String canonical = String.join(
                "\u001f",
                previousHash,
                at.toString(),
                e.actor(),
                e.actorRoles(),
                e.entityType(),
                e.entityId(),
                e.action(),
                String.valueOf(e.orgUnitId()),
                String.valueOf(e.before()),
                String.valueOf(e.after()));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e2);
        }
    }
}
