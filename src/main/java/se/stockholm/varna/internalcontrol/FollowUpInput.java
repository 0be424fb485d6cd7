package se.stockholm.varna.internalcontrol;

import io.micronaut.core.annotation.Nullable;

/** What the uppföljning of a kontrollmoment found: the result, a comment and a link to evidence. */
public record FollowUpInput(@Nullable String result, @Nullable String comment, @Nullable String evidenceUrl) {}
