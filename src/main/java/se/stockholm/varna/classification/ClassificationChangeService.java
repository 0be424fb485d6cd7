package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import se.stockholm.varna.inventory.InformationAssetService;
import se.stockholm.varna.inventory.InformationAssetView;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.ChangeEvents;
import se.stockholm.varna.shared.Problems;

/**
 * The life cycle of a classification: the informationsägare in scope starts (from scratch, from the
 * previous decision or from a template), answers, sends for decision and decides; a samordnare in
 * scope may send it back with a comment. A decided classification never changes again; the next one
 * supersedes it. See ADR 0008 for why only the informationsägare role decides.
 */
@Singleton
public class ClassificationChangeService {

    static final String ENTITY = "Classification";

    private final ClassificationRepository rows;
    private final ClassificationService reads;
    private final ClassificationDrafts drafts;
    private final InformationAssetService assets;
    private final ReviewCadence cadence;
    private final ChangeEvents events;
    private final Clock clock;

    ClassificationChangeService(
            ClassificationRepository rows,
            ClassificationService reads,
            ClassificationDrafts drafts,
            InformationAssetService assets,
            ReviewCadence cadence,
            ChangeEvents events,
            Clock clock) {
        this.rows = rows;
        this.reads = reads;
        this.drafts = drafts;
        this.assets = assets;
        this.cadence = cadence;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft for the informationsmängd: from the template if given, else from the last decision. */
    @Transactional
    public ClassificationView start(CurrentUser user, long assetId, @Nullable Long templateId) {
        requireOwner(user);
        InformationAssetView asset = assets.get(user, assetId);
        if (!"AKTIV".equals(asset.status())) {
            throw Problems.conflict("En avvecklad informationsmängd klassas inte.");
        }
        int last = rows.lastSequence(assetId);
        if (rows.openDrafts(assetId) > 0) {
            throw Problems.conflict("Det finns redan en påbörjad klassning av informationsmängden. Fortsätt med den.");
        }
        ClassificationDrafts.Start start = drafts.startingPoint(user, assetId, templateId);
        LocalDateTime now = now();
        ClassificationEntity saved = rows.save(new ClassificationEntity(
                null,
                assetId,
                last + 1,
                ClassificationView.DRAFT,
                start.catalogue().id(),
                templateId,
                start.separateAnalysis(),
                user.username(),
                now,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                0L));
        drafts.store(saved.id(), start.answers(), start.levels());
        ClassificationView view = reads.visible(user, saved.id());
        events.publish(ENTITY, saved.id(), "CREATED", user.actor(), asset.orgUnitId(), null, view);
        return view;
    }

    @Transactional
    public ClassificationView save(CurrentUser user, long id, ClassificationInput in, long version) {
        requireOwner(user);
        ClassificationView before = current(user, id, version);
        List<AspectLevel> levels = drafts.checked(before, in);
        ClassificationEntity row = rows.findById(id).orElseThrow(() -> Problems.notFound("Klassningen"));
        String analysis = in.separateAnalysis() == null || in.separateAnalysis().isBlank()
                ? null
                : in.separateAnalysis().strip();
        rows.update(row.drafted(analysis, now(), version)
                .withStatus(ClassificationView.DRAFT, user.username(), now(), version));
        drafts.store(id, in.answers(), levels);
        return published(user, id, "CHANGED", before);
    }

    /** Saves only the separate analysis (needed for level 4), keeping answers and levels. */
    @Transactional
    public ClassificationView saveSeparateAnalysis(CurrentUser user, long id, String analysis, long version) {
        requireOwner(user);
        ClassificationView c = reads.visible(user, id);
        List<ClassificationInput.LevelChoice> levels = c.levels().stream()
                .map(l -> new ClassificationInput.LevelChoice(l.aspect(), l.level(), l.motivation()))
                .toList();
        return save(user, id, new ClassificationInput(c.answers(), levels, analysis), version);
    }

    @Transactional
    public ClassificationView submit(CurrentUser user, long id, long version) {
        requireOwner(user);
        ClassificationView before = current(user, id, version);
        drafts.requireComplete(before);
        ClassificationEntity row = rows.findById(id).orElseThrow(() -> Problems.notFound("Klassningen"));
        rows.update(row.withStatus(ClassificationView.FOR_DECISION, user.username(), now(), version));
        return published(user, id, "SUBMITTED", before);
    }

    @Transactional
    public ClassificationView sendBack(CurrentUser user, long id, String comment, long version) {
        if (!user.hasAnyRole(List.of(Roles.SAMORDNARE, Roles.CENTRAL_SAMORDNARE))) {
            throw Problems.forbidden("Bara samordnare får skicka tillbaka en klassning.");
        }
        ClassificationView before = current(user, id, version);
        if (!ClassificationView.FOR_DECISION.equals(before.status())) {
            throw Problems.conflict("Bara en klassning som väntar på beslut kan skickas tillbaka.");
        }
        if (comment == null || comment.isBlank() || comment.length() > 4000) {
            throw Problems.invalidField("comment", "Skriv en kommentar (högst 4000 tecken) om vad som behöver ändras.");
        }
        ClassificationEntity row = rows.findById(id).orElseThrow(() -> Problems.notFound("Klassningen"));
        rows.update(row.withStatus(ClassificationView.DRAFT, user.username(), now(), version));
        rows.addComment(id, "RETUR", user.username(), user.displayName(), role(user), now(), comment.strip());
        return published(user, id, "SENT_BACK", before);
    }

    @Transactional
    public ClassificationView decide(CurrentUser user, long id, long version) {
        requireOwner(user);
        ClassificationView before = current(user, id, version);
        drafts.requireComplete(before);
        ClassificationEntity row = rows.findById(id).orElseThrow(() -> Problems.notFound("Klassningen"));
        LocalDateTime now = now();
        LocalDate review = ReviewCadence.nextReview(LocalDate.now(clock), cadence.monthsFor(before.orgUnitId()));
        rows.update(row.decided(user.username(), user.displayName(), Roles.INFORMATIONSAGARE, now, review, version));
        rows.supersedeOthers(before.informationAssetId(), id, now);
        return published(user, id, "DECIDED", before);
    }

    private ClassificationView current(CurrentUser user, long id, long version) {
        ClassificationView before = reads.visible(user, id);
        if (!before.editable()) {
            throw Problems.conflict("En beslutad klassning ändras aldrig. Starta en omklassning i stället.");
        }
        if (before.version() != version) {
            throw Problems.staleVersion();
        }
        return before;
    }

    private ClassificationView published(CurrentUser user, long id, String action, ClassificationView before) {
        ClassificationView after = reads.visible(user, id);
        events.publish(ENTITY, id, action, user.actor(), after.orgUnitId(), before, after);
        return after;
    }

    private static String role(CurrentUser user) {
        return user.hasRole(Roles.CENTRAL_SAMORDNARE) ? Roles.CENTRAL_SAMORDNARE : Roles.SAMORDNARE;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static void requireOwner(CurrentUser user) {
        if (!user.hasRole(Roles.INFORMATIONSAGARE)) {
            throw Problems.forbidden("Bara informationsägare klassar och beslutar om klassning.");
        }
    }
}
