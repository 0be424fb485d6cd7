package se.stockholm.varna.risk;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Syncs the risk candidates every {@code varna.risk.candidate-sync} (default 5 minutes). Off with
 * {@code varna.risk.candidate-sync-enabled=false}: the tests switch it off so that no background
 * audit event lands in another test's before/after count; listing the inbox still syncs.
 */
@Singleton
@Requires(property = "varna.risk.candidate-sync-enabled", notEquals = "false")
class RiskCandidateSchedule {

    private final RiskCandidateSync sync;

    RiskCandidateSchedule(RiskCandidateSync sync) {
        this.sync = sync;
    }

    @Scheduled(fixedDelay = "${varna.risk.candidate-sync:5m}", initialDelay = "30s")
    void run() {
        sync.runQuietly();
    }
}
