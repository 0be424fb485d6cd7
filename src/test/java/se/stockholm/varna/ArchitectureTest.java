package se.stockholm.varna;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module rules of CONVENTIONS.md, checked on the compiled code. Each rule is also run against
 * the deliberately broken classes in {@code archfixture} and must fail there: a rule that cannot
 * fail protects nothing.
 */
class ArchitectureTest {

    static final String ROOT = "se.stockholm.varna";

    /** The allowed direction of dependency: a module may use the ones before it, never after. */
    static final List<String> ORDER = List.of(
            "shared",
            "security",
            "organisation",
            "inventory",
            "classification",
            "risk",
            "internalcontrol",
            "reporting");

    /** Classes Micronaut's annotation processors write ($Foo$Definition, $Foo$Intercepted, …). */
    static final String GENERATED = ".*\\$.*";

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT + ".archfixture");

    static final ArchRule CONTROLLERS_ARE_SECURED = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .and()
            .areNotInterfaces()
            .and()
            .haveNameNotMatching(GENERATED)
            .should()
            .beMetaAnnotatedWith(Secured.class)
            .because("deny by default: every controller states who may call it");

    static final ArchRule CONTROLLERS_DO_NOT_USE_REPOSITORIES = noClasses()
            .that()
            .areAnnotatedWith(Controller.class)
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(JdbcRepository.class)
            .because("controller → service → repository: rules and scope checks live in services");

    static final ArchRule PERSISTENCE_IS_PACKAGE_PRIVATE = classes()
            .that(annotatedWith(MappedEntity.class).or(annotatedWith(JdbcRepository.class)))
            .and()
            .haveNameNotMatching(GENERATED)
            .should()
            .notBePublic()
            .because("a module's tables are its own; others use its public service");

    static final ArchRule GENERATED_DTOS_STAY_IN_CONTROLLERS = noClasses()
            .that()
            .resideOutsideOfPackages(ROOT + ".api..")
            .and()
            .haveSimpleNameNotEndingWith("ApiController")
            .and()
            .haveSimpleNameNotEndingWith("ApiMapping")
            .and()
            .haveNameNotMatching(GENERATED)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".api..")
            .because("generated DTOs never pass the API adapter (a controller and its package-private mapping)");

    static final ArchRule NO_FIELD_INJECTION =
            noFields().should().beAnnotatedWith(Inject.class).because("constructor injection only");

    static ArchRule moduleMayNotUseLaterModules(String root, String module) {
        int index = ORDER.indexOf(module);
        String[] later = ORDER.subList(index + 1, ORDER.size()).stream()
                .map(m -> root + "." + m + "..")
                .toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage(root + "." + module + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(later)
                .allowEmptyShould(true)
                .because("modules depend in the order " + ORDER);
    }

    @Test
    void everyControllerIsSecured() {
        CONTROLLERS_ARE_SECURED.check(MAIN);
    }

    @Test
    void controllersDoNotUseRepositories() {
        CONTROLLERS_DO_NOT_USE_REPOSITORIES.check(MAIN);
    }

    @Test
    void entitiesAndRepositoriesArePackagePrivate() {
        PERSISTENCE_IS_PACKAGE_PRIVATE.check(MAIN);
    }

    @Test
    void generatedDtosDoNotLeaveTheControllers() {
        GENERATED_DTOS_STAY_IN_CONTROLLERS.check(MAIN);
    }

    @Test
    void noFieldInjectionInProductionCode() {
        NO_FIELD_INJECTION.check(MAIN);
    }

    @Test
    void modulesDependOnlyOnEarlierModules() {
        for (String module : ORDER.subList(0, ORDER.size() - 1)) {
            moduleMayNotUseLaterModules(ROOT, module).check(MAIN);
        }
    }

    @Test
    void everyRuleFailsOnTheBrokenFixture() {
        assertThrows(AssertionError.class, () -> CONTROLLERS_ARE_SECURED.check(FIXTURE), "unsecured controller");
        assertThrows(
                AssertionError.class,
                () -> CONTROLLERS_DO_NOT_USE_REPOSITORIES.check(FIXTURE),
                "controller with repository");
        assertThrows(AssertionError.class, () -> PERSISTENCE_IS_PACKAGE_PRIVATE.check(FIXTURE), "public repository");
        assertThrows(AssertionError.class, () -> GENERATED_DTOS_STAY_IN_CONTROLLERS.check(FIXTURE), "DTO in a service");
        assertThrows(AssertionError.class, () -> NO_FIELD_INJECTION.check(FIXTURE), "field injection");
        assertThrows(
                AssertionError.class,
                () -> moduleMayNotUseLaterModules(ROOT + ".archfixture", "shared")
                        .check(FIXTURE),
                "module using a later module");
    }
}
