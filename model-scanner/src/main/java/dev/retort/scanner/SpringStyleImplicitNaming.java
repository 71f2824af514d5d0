package dev.retort.scanner;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * The implicit names Spring Boot applications get: JPA's rules, except that a join table is named
 * after the owning entity's physical table and the owning property ({@code product_tags}) rather than
 * after both tables.
 */
final class SpringStyleImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {
    private static final long serialVersionUID = 1L;

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String owningTable = source.getOwningPhysicalTableName();
        String property = source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(owningTable + "_" + property, source.getBuildingContext());
    }
}
