package se.stockholm.varna.internalcontrol;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A kontrollmoment as pages, the API and the audit trail see it. */
@Serdeable
public record ControlPointView(
        long id,
        long planId,
        String title,
        String whatChecked,
        String method,
        String frequencyCode,
        String frequencyName,
        String responsible,
        int position,
        List<LinkedRisk> risks,
        List<String> periodCodes,
        long version) {

    /** A risk the kontrollmoment covers. */
    @Serdeable
    public record LinkedRisk(long id, String title, String status, boolean significant) {}

    public List<Long> riskIds() {
        return risks.stream().map(LinkedRisk::id).toList();
    }

    public boolean reportedIn(String periodCode) {
        return periodCodes.contains(periodCode);
    }
}
