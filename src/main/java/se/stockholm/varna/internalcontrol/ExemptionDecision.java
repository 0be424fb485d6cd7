package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/**
 * Command: the undantagsbeslutare's decision. {@code outcome} is BEVILJAT (with villkor and the last
 * day it holds) or AVSLAGET (with a motivering); the motivering is optional when granting.
 */
public record ExemptionDecision(
        @Nullable String outcome,
        @Nullable String conditions,
        @Nullable LocalDate validUntil,
        @Nullable String reason) {}
