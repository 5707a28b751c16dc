package io.hitstream.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rule every service's {@code domain} package keeps, run by one subclass in each service: plain Java, using
 * no framework and no protobuf, so that the logic reads and tests without the transport or the container.
 */
public abstract class PlainDomainTest {
    /** What the domain may not use: the frameworks around it and the wire contract, which the edges map. */
    private static final String[] FORBIDDEN = {
            "io.quarkus..", "jakarta..", "io.smallrye..", "io.vertx..", "org.hibernate..", "io.grpc..",
            "io.micrometer..", "io.hitstream.proto..", "com.google.protobuf.."};

    private final String servicePackage;

    /** For the service whose classes are under {@code servicePackage}, its domain in {@code servicePackage.domain}. */
    protected PlainDomainTest(String servicePackage) {
        this.servicePackage = servicePackage;
    }

    @Test
    void domainUsesNoFrameworkAndNoProtobuf() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(servicePackage);
        // An empty domain fails too (ArchUnit's default), so a misspelt package cannot pass unnoticed.
        noClasses().that().resideInAPackage(servicePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN)
                .check(classes);
    }
}
