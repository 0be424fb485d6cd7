package se.stockholm.varna.shared;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Publishes {@link ChangeEvent}s with before/after serialised as JSON. Listeners run synchronously. */
@Singleton
public class ChangeEvents {

    private final ApplicationEventPublisher<ChangeEvent> publisher;
    private final JsonMapper json;

    ChangeEvents(ApplicationEventPublisher<ChangeEvent> publisher, JsonMapper json) {
        this.publisher = publisher;
        this.json = json;
    }

    /** Who made a change: username and roles. */
    public record Actor(String username, String roles) {}

    public void publish(
            String entityType,
            Object entityId,
            String action,
            Actor actor,
            @Nullable Long orgUnitId,
            @Nullable Object before,
            @Nullable Object after) {
        publisher.publishEvent(new ChangeEvent(
                entityType,
                String.valueOf(entityId),
                action,
                actor.username(),
                actor.roles(),
                orgUnitId,
                toJson(before),
                toJson(after)));
    }

    private String toJson(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
