package se.stockholm.varna.internalcontrol;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.ProblemException;
import se.stockholm.varna.shared.Problems;

/**
 * Evidence files of an uppföljning: uploaded by those who record follow-ups while the period is open,
 * limited in size and type ({@link EvidenceRules}), stored in the database (replicas keep no files),
 * and served only to readers in the scope of the plan; a file outside it does not exist for them.
 */
@Singleton
public class EvidenceService {

    private final EvidenceRepository evidence;
    private final FollowUpService followUps;
    private final EvidenceSettings settings;
    private final JdbcOperations jdbc;
    private final ChangeEvents events;
    private final Clock clock;

    EvidenceService(
            EvidenceRepository evidence,
            FollowUpService followUps,
            EvidenceSettings settings,
            JdbcOperations jdbc,
            ChangeEvents events,
            Clock clock) {
        this.evidence = evidence;
        this.followUps = followUps;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public long maxBytes() {
        return settings.getMaxBytes();
    }

    @Transactional
    public EvidenceView upload(CurrentUser user, long followUpId, String originalName, byte[] content) {
        InternalControlRoles.require(
                user,
                InternalControlRoles.FOLLOW_UP_RECORDERS,
                "Din roll ger inte behörighet att lägga till underlag.");
        FollowUpService.Located at = followUps.locate(user, followUpId);
        followUps.writablePeriod(at.plan(), at.period().code());
        if (content.length == 0) {
            throw Problems.invalidField("file", "Filen är tom.");
        }
        if (content.length > settings.getMaxBytes()) {
            throw new ProblemException(
                    HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "evidence-too-large",
                    "Filen är för stor",
                    "Underlag får vara högst " + (settings.getMaxBytes() / (1024 * 1024)) + " MB.");
        }
        String name = EvidenceRules.safeName(originalName);
        EvidenceRules.Kind kind = EvidenceRules.kindOf(name, content)
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "evidence-type",
                        "Filtypen tas inte emot",
                        "Underlag ska vara " + EvidenceRules.ALLOWED
                                + ", och filens innehåll ska stämma med filtypen."));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        EvidenceEntity saved = evidence.save(new EvidenceEntity(
                null, followUpId, name, kind.contentType(), content.length, sha256(content), user.username(), now));
        jdbc.prepareStatement("INSERT INTO follow_up_evidence_content (evidence_id, content) VALUES (?, ?)", ps -> {
            ps.setLong(1, saved.id());
            ps.setBytes(2, content);
            return ps.executeUpdate();
        });
        EvidenceView view = saved.view();
        events.publish(
                ControlPlanChangeService.ENTITY,
                at.plan().id(),
                "EVIDENCE_UPLOADED",
                user.actor(),
                at.plan().orgUnitId(),
                null,
                view);
        return view;
    }

    @Transactional(readOnly = true)
    public EvidenceFile download(CurrentUser user, long followUpId, long evidenceId) {
        InternalControlRoles.requireReader(user);
        followUps.locate(user, followUpId);
        EvidenceEntity row = evidence.findById(evidenceId)
                .filter(e -> e.followUpId() == followUpId)
                .orElseThrow(() -> Problems.notFound("Underlaget"));
        byte[] content =
                jdbc.prepareStatement("SELECT content FROM follow_up_evidence_content WHERE evidence_id = ?", ps -> {
                    ps.setLong(1, evidenceId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw Problems.notFound("Underlaget");
                        }
                        return rs.getBytes(1);
                    }
                });
        return new EvidenceFile(row.fileName(), row.contentType(), content);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
