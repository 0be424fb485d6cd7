package se.stockholm.varna.shared;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application; tests replace it to control time. */
@Factory
class ClockFactory {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Singleton
    Clock clock() {
        return Clock.system(STOCKHOLM);
    }
}
