package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The follow-up of a plan in one period: every kontrollmoment reported in it, with its uppföljning if any. */
@Serdeable
public record FollowUpSheet(ControlPlanView plan, ReportingPeriodView period, List<Row> rows) {

    /** A kontrollmoment and its uppföljning in the period (null: not yet reported). */
    @Serdeable
    public record Row(ControlPointView point, @Nullable FollowUpView followUp) {}

    public long missing() {
        return rows.stream().filter(r -> r.followUp() == null).count();
    }

    public long deviations() {
        return rows.stream()
                .filter(r -> r.followUp() != null && r.followUp().deviates())
                .count();
    }
}
