package se.stockholm.varna.internalcontrol;

import se.stockholm.varna.api.model.ControlPlan;
import se.stockholm.varna.api.model.ControlPlanRevision;
import se.stockholm.varna.api.model.ControlPlanSummaryStatus;
import se.stockholm.varna.api.model.ControlPoint;
import se.stockholm.varna.api.model.ControlPointRisk;
import se.stockholm.varna.api.model.Evidence;
import se.stockholm.varna.api.model.FollowUp;
import se.stockholm.varna.api.model.FollowUpInputResult;
import se.stockholm.varna.api.model.FollowUpSheet;
import se.stockholm.varna.api.model.FollowUpSheetRow;
import se.stockholm.varna.api.model.MissingFollowUp;
import se.stockholm.varna.api.model.ReportingPeriod;
import se.stockholm.varna.api.model.ReportingPeriodStatus;
import se.stockholm.varna.api.model.RiskAction;
import se.stockholm.varna.risk.RiskActionView;

/** Maps internkontroll views to the generated API models; used only by {@link InternalControlApiController}. */
final class InternalControlApiMapping {

    private InternalControlApiMapping() {}

    static ReportingPeriod period(ReportingPeriodView p) {
        return new ReportingPeriod(
                        p.id(),
                        p.year(),
                        p.code(),
                        p.nameSv(),
                        p.nameEn(),
                        p.startsOn(),
                        p.endsOn(),
                        ReportingPeriodStatus.fromValue(p.status()),
                        p.version())
                .closedBy(p.closedBy())
                .closedAt(InternalControlApiController.time(p.closedAt()))
                .reopenReason(p.reopenReason());
    }

    static se.stockholm.varna.api.model.ControlPlanSummary summary(ControlPlanSummary s) {
        return new se.stockholm.varna.api.model.ControlPlanSummary(
                        s.id(),
                        s.orgUnitId(),
                        s.orgUnitName(),
                        s.year(),
                        ControlPlanSummaryStatus.fromValue(s.status()),
                        s.points(),
                        s.followUps(),
                        s.deviations(),
                        s.version())
                .decidedOn(s.decidedOn());
    }

    static ControlPlan plan(ControlPlanView p) {
        return new ControlPlan(
                        p.id(),
                        p.orgUnitId(),
                        p.orgUnitName(),
                        p.year(),
                        ControlPlanSummaryStatus.fromValue(p.status()),
                        p.revisionNo(),
                        p.createdBy(),
                        InternalControlApiController.time(p.createdAt()),
                        p.version(),
                        p.points().stream()
                                .map(InternalControlApiMapping::point)
                                .toList(),
                        p.periods().stream()
                                .map(InternalControlApiMapping::period)
                                .toList(),
                        p.revisions().stream()
                                .map(InternalControlApiMapping::revision)
                                .toList())
                .decidedOn(p.decidedOn())
                .decisionReference(p.decisionReference())
                .establishedBy(p.establishedBy())
                .establishedAt(InternalControlApiController.time(p.establishedAt()));
    }

    static ControlPlanRevision revision(ControlPlanView.Revision r) {
        return new ControlPlanRevision(
                        r.revisionNo(), r.reason(), r.startedBy(), InternalControlApiController.time(r.startedAt()))
                .decidedOn(r.decidedOn())
                .establishedBy(r.establishedBy())
                .establishedAt(InternalControlApiController.time(r.establishedAt()));
    }

    static ControlPoint point(ControlPointView p) {
        return new ControlPoint(
                p.id(),
                p.planId(),
                p.title(),
                p.whatChecked(),
                p.method(),
                p.frequencyCode(),
                p.frequencyName(),
                p.responsible(),
                p.position(),
                p.risks().stream()
                        .map(r -> new ControlPointRisk(r.id(), r.title(), r.status(), r.significant()))
                        .toList(),
                p.periodCodes(),
                p.version());
    }

    static ControlPointInput input(se.stockholm.varna.api.model.ControlPointInput in) {
        return new ControlPointInput(
                in.getTitle(),
                in.getWhatChecked(),
                in.getMethod(),
                in.getFrequencyCode(),
                in.getResponsible(),
                in.getRiskIds(),
                in.getPeriodCodes());
    }

    static FollowUp followUp(FollowUpView f) {
        return new FollowUp(
                        f.id(),
                        f.controlPointId(),
                        f.periodId(),
                        f.periodCode(),
                        FollowUpInputResult.fromValue(f.result()),
                        f.recordedBy(),
                        InternalControlApiController.time(f.recordedAt()),
                        f.version(),
                        f.evidence().stream()
                                .map(InternalControlApiMapping::evidence)
                                .toList(),
                        f.actions().stream()
                                .map(InternalControlApiMapping::action)
                                .toList())
                .comment(f.comment())
                .evidenceUrl(f.evidenceUrl());
    }

    static FollowUpSheet sheet(se.stockholm.varna.internalcontrol.FollowUpSheet s) {
        return new FollowUpSheet(
                s.plan().id(),
                s.plan().status(),
                period(s.period()),
                s.rows().stream()
                        .map(r -> new FollowUpSheetRow(point(r.point()))
                                .followUp(r.followUp() == null ? null : followUp(r.followUp())))
                        .toList());
    }

    static Evidence evidence(EvidenceView e) {
        return new Evidence(
                e.id(),
                e.followUpId(),
                e.fileName(),
                e.contentType(),
                e.sizeBytes(),
                e.sha256(),
                e.uploadedBy(),
                InternalControlApiController.time(e.uploadedAt()));
    }

    static MissingFollowUp missing(se.stockholm.varna.internalcontrol.MissingFollowUp m) {
        return new MissingFollowUp(
                m.planId(),
                m.orgUnitId(),
                m.orgUnitName(),
                m.year(),
                m.periodCode(),
                m.periodEndsOn(),
                m.controlPointId(),
                m.controlPointTitle(),
                m.responsible(),
                m.late());
    }

    static RiskAction action(RiskActionView a) {
        return new RiskAction(
                        a.id(), a.riskId(), a.title(), a.responsible(), a.dueOn(), a.status(), a.overdue(), a.version())
                .description(a.description())
                .itServiceId(a.itServiceId())
                .requirementCode(a.requirementCode());
    }
}
