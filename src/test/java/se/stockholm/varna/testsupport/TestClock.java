package se.stockholm.varna.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test sets and moves; replaces the application's clock with {@code @MockBean(Clock.class)}. */
public final class TestClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public TestClock(Instant start) {
        this(start, ZoneId.of("Europe/Stockholm"));
    }

    private TestClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
