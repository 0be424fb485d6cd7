package se.stockholm.varna.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class DatabaseReadinessIndicatorTest {

    @Test
    void readinessIsDownWhenTheDatabaseCannotBeReached() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:mariadb://127.0.0.1:1/none"); // nothing listens on port 1
        config.setConnectionTimeout(500);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource unreachable = new HikariDataSource(config)) {
            var indicator = new DatabaseReadinessIndicator(unreachable, new io.micronaut.jdbc.DataSourceResolver() {});
            HealthResult result = Mono.from(indicator.getResult()).block();
            assertEquals(HealthStatus.DOWN, result.getStatus());
        }
    }
}
