package se.stockholm.varna.shared;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;

/** Readiness is DOWN while the database cannot answer a trivial query within two seconds. */
@Singleton
@Readiness
class DatabaseReadinessIndicator implements HealthIndicator {

    private final DataSource dataSource;

    /** The raw pool, not Micronaut Data's contextual wrapper: a health check runs outside any transaction. */
    DatabaseReadinessIndicator(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(check());
    }

    private HealthResult check() {
        HealthResult.Builder result = HealthResult.builder("database");
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2)
                    ? result.status(HealthStatus.UP).build()
                    : result.status(HealthStatus.DOWN).build();
        } catch (SQLException e) {
            return result.status(HealthStatus.DOWN).build();
        }
    }
}
