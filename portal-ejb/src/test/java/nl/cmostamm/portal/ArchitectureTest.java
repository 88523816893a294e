package nl.cmostamm.portal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.interceptor.Interceptor;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Guarded;

/**
 * The shape of the EJB module as rules the build checks: feature packages depend on each other in
 * one direction only, the domain knows nothing of Faces, and the isolation mechanics sit at the
 * bottom. Each rule is one {@code @ArchTest} field with a line on why; add a rule as another field.
 * The classes are imported once for all rules (main classes only, not the tests).
 */
@AnalyzeClasses(packages = "nl.cmostamm.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String PORTAL = "nl.cmostamm.portal..";
    private static final String SHARED = "nl.cmostamm.portal.shared..";
    private static final String TENANT = "nl.cmostamm.portal.tenant..";
    private static final String DEMO = "nl.cmostamm.portal.demo..";
    private static final String ACCESS = "nl.cmostamm.portal.access..";

    /**
     * A cycle between features means neither can be understood, changed or tested without the
     * other. A register that others compute from announces its changes with an event instead of
     * calling them (see {@code activity.RegistrationsChanged}).
     *
     * <p>Every feature declares who may call it with {@code access}, which depends on nothing; the
     * guard that checks it sits in {@code security}, which may know initiatives.
     */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("nl.cmostamm.portal.(*)..").should().beFreeOfCycles();

    /** Faces is the web module's business; services stay usable from REST, timers and tests. */
    @ArchTest
    static final ArchRule noFacesInTheDomain =
            noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.faces..");

    /**
     * Every feature builds on {@code shared} and {@code tenant}; if they reached back into a feature,
     * the isolation mechanics would depend on what they isolate.
     */
    @ArchTest
    static final ArchRule sharedAndTenantKnowNoFeature = noClasses()
            .that()
            .resideInAnyPackage(SHARED, TENANT)
            .should()
            .dependOnClassesThat(resideInAPackage(PORTAL).and(not(resideInAnyPackage(SHARED, TENANT))));

    /** The rules every feature declares must not drag any feature in with them. */
    @ArchTest
    static final ArchRule accessKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage(ACCESS)
            .should()
            .dependOnClassesThat(resideInAPackage(PORTAL).and(not(resideInAPackage(ACCESS))));

    /** The demo data set is loaded only when asked; the portal must work without it. */
    @ArchTest
    static final ArchRule nothingDependsOnTheDemo = noClasses()
            .that()
            .resideOutsideOfPackage(DEMO)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(DEMO);

    /**
     * Every service of a feature runs through the guard, which binds the tenant and checks who may
     * call. Only the plumbing underneath is exempt: {@code shared} (mail, migrations) and
     * {@code tenant}, the guard's own helpers in {@code security} that are package-private, and
     * start-up beans, which no request can reach.
     */
    @ArchTest
    static final ArchRule everyServiceIsGuarded = classes()
            .that()
            .areAnnotatedWith(Stateless.class)
            .or()
            .areAnnotatedWith(Stateful.class)
            .or()
            .areAnnotatedWith(Singleton.class)
            .or()
            .areAnnotatedWith(ApplicationScoped.class)
            .or()
            .areAnnotatedWith(RequestScoped.class)
            .and()
            .resideOutsideOfPackages(SHARED, TENANT)
            .and()
            .areNotAnnotatedWith(Startup.class)
            .and()
            .arePublic()
            .should()
            .beAnnotatedWith(Guarded.class);

    /**
     * Each use case says who may call it, on the method itself, so the forty use cases still to
     * come cannot forget (the guard also refuses a method without a rule at run time).
     */
    @ArchTest
    static final ArchRule everyServiceMethodDeclaresWhoMayCall = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Guarded.class)
            .and()
            .areDeclaredInClassesThat()
            .areNotAnnotatedWith(Interceptor.class)
            .and()
            .arePublic()
            .and()
            .areNotStatic()
            .should()
            .beAnnotatedWith(Allow.class);
}
