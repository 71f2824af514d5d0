package dev.retort.scanner;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.NamingRules;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Formula;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

/**
 * Turns Hibernate's boot metamodel into Retort's schema model, table by table in the order
 * Hibernate's DDL creates them, giving every constraint the name PostgreSQL ends up with.
 */
final class MetamodelReader {
    private final Metadata metadata;
    private final Dialect dialect;
    private final NamingRules naming;
    private final String defaultSchema;
    private final Map<String, SchemaNames> namesBySchema = new HashMap<>();
    private final Set<String> otherSchemas = new TreeSet<>();
    private final List<ReservedName> reservedNames = new ArrayList<>();

    /**
     * What the metamodel holds.
     *
     * @param model         the schema
     * @param otherSchemas  the schemas other than the default one that the model uses
     * @param reservedNames table and column names PostgreSQL rejects because Hibernate writes them unquoted
     */
    record Read(SchemaModel model, Set<String> otherSchemas, List<ReservedName> reservedNames) {
    }

    /** A reserved word used as a table name ({@code column} null) or a column name, unquoted. */
    record ReservedName(org.hibernate.mapping.Table table, String column, String word) {
    }

    MetamodelReader(Metadata metadata, Dialect dialect, String defaultSchema) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.naming = dialect.naming();
        this.defaultSchema = defaultSchema == null || defaultSchema.isBlank() ? null : defaultSchema;
    }

    Read read() {
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            String schema = schema(namespace.getName().schema());
            SchemaNames names = namesBySchema.computeIfAbsent(Objects.toString(schema, ""), s -> new SchemaNames());
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                String name = stored(sequence.getName().getSequenceName());
                names.addRelation(name);
                sequences.add(new Sequence(schema, name, null, sequence.getInitialValue(),
                        sequence.getIncrementSize(), null, null, 1, false));
            }
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isView()) {
                    tables.add(table(table, schema, names));
                }
            }
        }
        return new Read(new SchemaModel(tables, sequences), otherSchemas, reservedNames);
    }

    /** The model's schema for a Hibernate schema name: null for the default schema. */
    private String schema(Identifier identifier) {
        String schema = stored(identifier);
        if (schema == null || schema.equals(defaultSchema)) {
            return null;
        }
        otherSchemas.add(schema);
        return schema;
    }

    private Table table(org.hibernate.mapping.Table table, String schema, SchemaNames names) {
        String tableName = stored(table.getNameIdentifier());
        names.addRelation(tableName);
        if (!table.getNameIdentifier().isQuoted() && isReserved(tableName)) {
            reservedNames.add(new ReservedName(table, null, tableName));
        }

        List<org.hibernate.mapping.Column> primaryKeyColumns = table.hasPrimaryKey()
                ? table.getPrimaryKey().getColumns() : List.of();
        List<Column> columns = new ArrayList<>(table.getColumnSpan());
        List<String> columnNames = new ArrayList<>(table.getColumnSpan());
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            Column read = column(column, primaryKeyColumns.contains(column));
            if (!column.isQuoted() && isReserved(read.name())) {
                reservedNames.add(new ReservedName(table, read.name(), read.name()));
            }
            columns.add(read);
            columnNames.add(read.name());
        }

        List<CheckConstraint> checks = checks(table, tableName, columnNames, names);

        List<String> keyColumns = primaryKeyColumns.isEmpty() ? null : names(primaryKeyColumns);
        Uniques uniques = Uniques.of(keyColumns, uniqueCandidates(table));
        PrimaryKey primaryKey = null;
        if (keyColumns != null) {
            String name = explicitPrimaryKeyName(table);
            if (name == null) {
                name = uniques.keyName() != null ? uniques.keyName()
                        : naming.primaryKeyName(tableName, names.takenByRelations());
            }
            names.addIndexConstraint(name);
            primaryKey = new PrimaryKey(name, keyColumns);
        }
        List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        for (DeclaredUnique unique : uniques.kept()) {
            String name = unique.name != null ? unique.name
                    : naming.uniqueName(tableName, unique.columns, names.takenByRelations());
            names.addIndexConstraint(name);
            uniqueConstraints.add(new UniqueConstraint(name, unique.columns));
        }

        return new Table(schema, tableName, columns, primaryKey, foreignKeys(table), uniqueConstraints,
                indexes(table), checks, table.getComment());
    }

    private String stored(Identifier identifier) {
        return truncate(StoredNames.of(identifier));
    }

    private String columnName(org.hibernate.mapping.Column column) {
        return truncate(StoredNames.of(column.getName(), column.isQuoted()));
    }

    private String ddlName(String name) {
        return truncate(StoredNames.ofDdlName(name));
    }

    /** PostgreSQL cuts longer names down to its identifier limit. */
    private String truncate(String name) {
        return name == null || name.length() * 3 <= naming.maxIdentifierLength() ? name : naming.truncate(name);
    }

    /** Whether PostgreSQL reads this unquoted, plain lower-case name as a reserved word. */
    private boolean isReserved(String name) {
        return isPlain(name) && !dialect.quote(name).equals(name);
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c == '_';
            if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '$'))) {
                return false;
            }
        }
        return true;
    }

    private Column column(org.hibernate.mapping.Column column, boolean inPrimaryKey) {
        String name = columnName(column);
        Identity identity = column.isIdentity() ? Identity.BY_DEFAULT : null;
        boolean nullable = column.isNullable() && !inPrimaryKey && identity == null;
        return new Column(name, column.getSqlType(metadata), nullable, column.getDefaultValue(), identity,
                column.getComment());
    }

    private List<String> names(List<org.hibernate.mapping.Column> columns) {
        List<String> names = new ArrayList<>(columns.size());
        for (org.hibernate.mapping.Column column : columns) {
            names.add(columnName(column));
        }
        return names;
    }

    /**
     * Checks in the order {@code create table} lists them: each column's unnamed checks (joined into
     * one) or else its first named check inline, then the column's other named checks, then the
     * table's checks.
     */
    private List<CheckConstraint> checks(org.hibernate.mapping.Table table, String tableName,
                                         List<String> columnNames, SchemaNames names) {
        List<String[]> declared = new ArrayList<>();
        List<String[]> hoisted = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            List<org.hibernate.mapping.CheckConstraint> constraints = column.getCheckConstraints();
            if (constraints.isEmpty()) {
                continue;
            }
            StringBuilder anonymous = null;
            int anonymousCount = 0;
            for (org.hibernate.mapping.CheckConstraint constraint : constraints) {
                if (constraint.isAnonymous()) {
                    anonymous = anonymous == null ? new StringBuilder() : anonymous.append(" and ");
                    anonymous.append(constraint.getConstraintInParens());
                    anonymousCount++;
                }
            }
            boolean skipFirstNamed = anonymous == null;
            if (anonymous != null) {
                String condition = anonymousCount == 1 ? anonymousOnly(constraints) : anonymous.toString();
                declared.add(new String[] {null, condition});
            }
            for (org.hibernate.mapping.CheckConstraint constraint : constraints) {
                if (constraint.isNamed()) {
                    String[] check = {ddlName(constraint.getName()), constraint.getConstraint()};
                    if (skipFirstNamed) {
                        declared.add(check);
                        skipFirstNamed = false;
                    } else {
                        hoisted.add(check);
                    }
                }
            }
        }
        declared.addAll(hoisted);
        for (org.hibernate.mapping.CheckConstraint constraint : table.getChecks()) {
            declared.add(new String[] {constraint.isNamed() ? ddlName(constraint.getName()) : null,
                    constraint.getConstraint()});
        }
        List<CheckConstraint> checks = new ArrayList<>(declared.size());
        for (String[] check : declared) {
            String name = check[0];
            if (name == null) {
                String column = CheckColumns.soleColumn(check[1], columnNames);
                name = naming.checkName(tableName, column, names.takenByConstraints());
            }
            names.addCheck(name);
            checks.add(new CheckConstraint(name, check[1]));
        }
        return checks;
    }

    private static String anonymousOnly(List<org.hibernate.mapping.CheckConstraint> constraints) {
        for (org.hibernate.mapping.CheckConstraint constraint : constraints) {
            if (constraint.isAnonymous()) {
                return constraint.getConstraint();
            }
        }
        throw new IllegalStateException("no anonymous check");
    }

    /** A unique constraint as declared: its name (null: unnamed) and columns. */
    private static final class DeclaredUnique {
        private String name;
        private final List<String> columns;

        DeclaredUnique(String name, List<String> columns) {
            this.name = name;
            this.columns = columns;
        }
    }

    /**
     * The unique constraints PostgreSQL keeps: it drops one over the same columns as the primary key or
     * an earlier unique constraint, and a name the dropped one carries passes to the earlier, unnamed one.
     *
     * @param keyName the name passed to the primary key, or null
     */
    private record Uniques(String keyName, List<DeclaredUnique> kept) {

        static Uniques of(List<String> keyColumns, List<DeclaredUnique> declared) {
            List<DeclaredUnique> kept = new ArrayList<>(declared.size());
            String keyName = null;
            for (DeclaredUnique candidate : declared) {
                if (candidate.columns.equals(keyColumns)) {
                    keyName = keyName == null ? candidate.name : keyName;
                    continue;
                }
                DeclaredUnique prior = null;
                for (DeclaredUnique earlier : kept) {
                    if (earlier.columns.equals(candidate.columns)) {
                        prior = earlier;
                        break;
                    }
                }
                if (prior == null) {
                    kept.add(candidate);
                } else if (prior.name == null) {
                    prior.name = candidate.name;
                }
            }
            return new Uniques(keyName, kept);
        }
    }

    /** Unique constraints in {@code create table} order: unique columns inline, then the table's unique keys. */
    private List<DeclaredUnique> uniqueCandidates(org.hibernate.mapping.Table table) {
        List<DeclaredUnique> candidates = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column.isUnique() && !table.isPrimaryKey(column)) {
                candidates.add(new DeclaredUnique(null, List.of(columnName(column))));
            }
        }
        for (UniqueKey uniqueKey : table.getUniqueKeys().values()) {
            if (isSingleUniqueColumn(table, uniqueKey)) {
                continue;
            }
            String name = uniqueKey.isNameExplicit() ? ddlName(uniqueKey.getName()) : null;
            candidates.add(new DeclaredUnique(name, names(uniqueKey.getColumns())));
        }
        return candidates;
    }

    /** A single-column key whose column is marked unique is written inline with the column instead. */
    private static boolean isSingleUniqueColumn(org.hibernate.mapping.Table table, UniqueKey uniqueKey) {
        if (uniqueKey.getColumns().size() != 1) {
            return false;
        }
        org.hibernate.mapping.Column column = uniqueKey.getColumn(0);
        if (column.isUnique()) {
            return true;
        }
        org.hibernate.mapping.Column tableColumn = table.getColumn(column);
        return tableColumn != null && tableColumn.isUnique();
    }

    private String explicitPrimaryKeyName(org.hibernate.mapping.Table table) {
        UniqueKey ordering = table.getPrimaryKey().getOrderingUniqueKey();
        return ordering != null && ordering.isNameExplicit() ? ddlName(ordering.getName()) : null;
    }

    private List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table) {
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey foreignKey : table.getForeignKeyCollection()) {
            if (!foreignKey.isCreationEnabled() || !foreignKey.isPhysicalConstraint()) {
                continue;
            }
            org.hibernate.mapping.Table target = foreignKey.getReferencedTable();
            List<org.hibernate.mapping.Column> targetColumns = foreignKey.isReferenceToPrimaryKey()
                    ? target.getPrimaryKey().getColumns() : foreignKey.getReferencedColumns();
            foreignKeys.add(new ForeignKey(ddlName(foreignKey.getName()), names(foreignKey.getColumns()),
                    schema(target.getQualifiedTableName().getSchemaName()), stored(target.getNameIdentifier()),
                    names(targetColumns), onDelete(foreignKey.getOnDeleteAction()), ReferentialAction.NO_ACTION));
        }
        return foreignKeys;
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        switch (action) {
            case CASCADE:
                return ReferentialAction.CASCADE;
            case SET_NULL:
                return ReferentialAction.SET_NULL;
            case SET_DEFAULT:
                return ReferentialAction.SET_DEFAULT;
            case RESTRICT:
                return ReferentialAction.RESTRICT;
            default:
                return ReferentialAction.NO_ACTION;
        }
    }

    private List<Index> indexes(org.hibernate.mapping.Table table) {
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            Map<Selectable, String> order = index.getSelectableOrderMap();
            List<IndexColumn> keys = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                String key = selectable instanceof org.hibernate.mapping.Column column
                        ? columnName(column)
                        : ((Formula) selectable).getFormula();
                keys.add(new IndexColumn(key, "desc".equalsIgnoreCase(Objects.toString(order.get(selectable), "").strip())));
            }
            indexes.add(new Index(ddlName(index.getName()), keys, index.isUnique(), null));
        }
        return indexes;
    }
}
