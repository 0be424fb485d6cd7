package se.stockholm.varna.auditlog;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import se.stockholm.varna.classification.ClassificationService;
import se.stockholm.varna.classification.TemplateService;
import se.stockholm.varna.internalcontrol.ControlPlanService;
import se.stockholm.varna.internalcontrol.ExemptionService;
import se.stockholm.varna.internalcontrol.ReviewService;
import se.stockholm.varna.inventory.InformationAssetService;
import se.stockholm.varna.inventory.ItServiceService;
import se.stockholm.varna.inventory.SupplierService;
import se.stockholm.varna.organisation.OrgUnitService;
import se.stockholm.varna.organisation.Scope;
import se.stockholm.varna.organisation.ScopeService;
import se.stockholm.varna.risk.RiskService;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.PageRequest;
import se.stockholm.varna.shared.PageView;
import se.stockholm.varna.shared.Problems;

/**
 * Reading the audit trail: who may read which events, and the verification of the chain. There is
 * deliberately no way to change or delete an event.
 */
@Singleton
public class AuditTrailService {

    public static final List<String> READERS =
            List.of(Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.GRANSKARE, Roles.SAMORDNARE);
    public static final List<String> VERIFIERS = List.of(Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.GRANSKARE);

    private final AuditQueries queries;
    private final AuditChainVerifier verifier;
    private final ScopeService scopes;
    private final OrgUnitService orgUnits;
    private final InformationAssetService assets;
    private final ItServiceService services;
    private final SupplierService suppliers;
    private final RiskService risks;
    private final ClassificationService classifications;
    private final TemplateService templates;
    private final ControlPlanService controlPlans;
    private final ExemptionService exemptions;
    private final ReviewService reviews;

    AuditTrailService(
            AuditQueries queries,
            AuditChainVerifier verifier,
            ScopeService scopes,
            OrgUnitService orgUnits,
            InformationAssetService assets,
            ItServiceService services,
            SupplierService suppliers,
            RiskService risks,
            ClassificationService classifications,
            TemplateService templates,
            ControlPlanService controlPlans,
            ExemptionService exemptions,
            ReviewService reviews) {
        this.queries = queries;
        this.verifier = verifier;
        this.scopes = scopes;
        this.orgUnits = orgUnits;
        this.assets = assets;
        this.services = services;
        this.suppliers = suppliers;
        this.risks = risks;
        this.classifications = classifications;
        this.templates = templates;
        this.controlPlans = controlPlans;
        this.exemptions = exemptions;
        this.reviews = reviews;
    }

    /**
     * The history of one object, for anyone who may read the object itself (its detail page):
     * visibility is decided by the object's own module, so an unknown or hidden object is a 404.
     */
    @Transactional(readOnly = true)
    public List<AuditEventView> history(CurrentUser user, String entityType, long entityId) {
        switch (entityType) {
            case "InformationAsset" -> assets.get(user, entityId);
            case "ItService" -> services.get(user, entityId);
            case "Supplier" -> suppliers.get(user, entityId);
            case "Risk" -> risks.get(user, entityId);
            case "Classification" -> classifications.get(user, entityId);
            case "ClassificationTemplate" -> templates.get(user, entityId);
            case "QuestionCatalogue" -> classifications.catalogue(user, entityId);
            case "OrgUnit" -> orgUnits.get(user, entityId);
            case "ControlPlan" -> controlPlans.get(user, entityId);
            case "Exemption" -> exemptions.get(user, entityId);
            case "Review" -> reviews.get(user, entityId);
            default -> throw Problems.notFound("Objektet");
        }
        return queries.page(
                new AuditFilter(entityType, String.valueOf(entityId), null),
                null,
                Scope.everything(),
                new PageRequest(0, 200));
    }

    @Transactional(readOnly = true)
    public PageView<AuditEventView> list(CurrentUser user, AuditFilter filter, PageRequest page) {
        if (!user.hasAnyRole(READERS)) {
            throw Problems.forbidden("Din roll ger inte behörighet att läsa händelseloggen.");
        }
        String underPath = filter.orgUnitId() == null
                ? null
                : scopes.visiblePath(user, filter.orgUnitId())
                        .orElseThrow(() -> Problems.notFound("Organisationsenheten"));
        Scope scope = scopes.scopeOf(user);
        return new PageView<>(
                queries.page(filter, underPath, scope, page),
                page.page(),
                page.size(),
                queries.count(filter, underPath, scope));
    }

    public AuditVerification verify(CurrentUser user) {
        if (!user.hasAnyRole(VERIFIERS)) {
            throw Problems.forbidden("Din roll ger inte behörighet att verifiera händelseloggen.");
        }
        return verifier.verify();
    }
}
