package dev.retort.scanner;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.NamingRules;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
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
import java.util.function.Predicate;
import java.util.TreeSet;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Formula;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

/**
 * Turns Hibernate's boot metamodel into Retort's schema model in one pass, table by table in the
 * order Hibernate's DDL creates them, so that every constraint Hibernate leaves unnamed gets the
 * name PostgreSQL chooses for it at that point.
 */
final class MetamodelReader {
    private final Metadata metadata;
    private final Dialect dialect;
    private final NamingRules naming;
    private final StoredNames names;
    private final String defaultSchema;
    private final Map<String, SchemaNames> namesBySchema = new HashMap<>();
    private final Set<String> otherSchemas = new TreeSet<>();
    private final List<ReservedName> reservedNames = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final ColumnReader columns;
    private final Predicate<String> managedTables;

    /**
     * What the metamodel holds.
     *
     * @param model         the schema
     * @param otherSchemas  the schemas other than the default one that the model uses
     * @param reservedNames table and column names PostgreSQL rejects because Hibernate writes them unquoted
     * @param warnings      what the model leaves out, one line each
     */
    record Read(SchemaModel model, Set<String> otherSchemas, List<ReservedName> reservedNames, List<String> warnings) {
    }

    /** A reserved word used, unquoted, as a table name ({@code column} null) or a column name. */
    record ReservedName(org.hibernate.mapping.Table table, String column, String word) {
    }

    /**
     * @param managedTables which tables (by stored name) Retort manages: columns of other tables that
     *                      Retort cannot read are kept as Hibernate writes them instead of failing the scan
     */
    MetamodelReader(Metadata metadata, Dialect dialect, String defaultSchema, Predicate<String> managedTables) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.naming = dialect.naming();
        this.names = new StoredNames(naming);
        this.defaultSchema = defaultSchema == null || defaultSchema.isBlank() ? null : defaultSchema;
        this.columns = new ColumnReader(metadata, names, warnings);
        this.managedTables = managedTables;
    }

    Read read() {
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            String schema = schema(namespace.getName().schema());
            SchemaNames taken = namesBySchema.computeIfAbsent(Objects.toString(schema, ""), s -> new SchemaNames());
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                String name = names.of(sequence.getName().getSequenceName());
                taken.addRelation(name);
                sequences.add(new Sequence(schema, name, null, sequence.getInitialValue(),
                        sequence.getIncrementSize(), null, null, 1, false));
            }
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isView()) {
                    tables.add(table(table, schema, taken));
                }
            }
        }
        return new Read(new SchemaModel(tables, sequences), otherSchemas, reservedNames, warnings);
    }

    /** The model's schema for a Hibernate schema name: null for the default schema. */
    private String schema(Identifier identifier) {
        String schema = names.of(identifier);
        if (schema == null || schema.equals(defaultSchema)) {
            return null;
        }
        otherSchemas.add(schema);
        return schema;
    }

    /**
     * One table. PostgreSQL names the unnamed checks of a {@code create table} first, then its primary
     * key and unique constraints, each avoiding the names already taken in the schema.
     */
    private Table table(org.hibernate.mapping.Table table, String schema, SchemaNames taken) {
        String tableName = names.of(table.getNameIdentifier());
        taken.addRelation(tableName);
        if (!table.getNameIdentifier().isQuoted() && ReservedNames.isReserved(dialect, tableName)) {
            reservedNames.add(new ReservedName(table, null, tableName));
        }

        List<org.hibernate.mapping.Column> keyColumns = table.hasPrimaryKey()
                ? table.getPrimaryKey().getColumns() : List.of();
        List<Column> columns = new ArrayList<>(table.getColumnSpan());
        List<String> columnNames = new ArrayList<>(table.getColumnSpan());
        boolean managed = managedTables.test(tableName);
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            Column read = this.columns.read(table, column, keyColumns.contains(column), managed);
            if (!column.isQuoted() && ReservedNames.isReserved(dialect, read.name())) {
                reservedNames.add(new ReservedName(table, read.name(), read.name()));
            }
            columns.add(read);
            columnNames.add(read.name());
        }

        List<CheckConstraint> checks = new ArrayList<>();
        for (DeclaredChecks.Declared check : DeclaredChecks.of(table, names)) {
            String name = check.name() != null ? check.name() : naming.checkName(tableName,
                    CheckColumns.soleColumn(check.condition(), columnNames), taken.takenByConstraints());
            taken.addCheck(name);
            checks.add(new CheckConstraint(name, check.condition()));
        }

        List<String> key = keyColumns.isEmpty() ? null : columnNames(keyColumns);
        DeclaredUniques uniques = DeclaredUniques.of(table, key, names);
        PrimaryKey primaryKey = null;
        if (key != null) {
            String name = explicitPrimaryKeyName(table);
            if (name == null) {
                name = uniques.keyName() != null ? uniques.keyName()
                        : naming.primaryKeyName(tableName, taken.takenByRelations());
            }
            taken.addIndexConstraint(name);
            primaryKey = new PrimaryKey(name, key);
        }
        List<UniqueConstraint> uniqueConstraints = new ArrayList<>(uniques.kept().size());
        for (DeclaredUniques.Declared unique : uniques.kept()) {
            String name = unique.name() != null ? unique.name()
                    : naming.uniqueName(tableName, unique.columns(), taken.takenByRelations());
            taken.addIndexConstraint(name);
            uniqueConstraints.add(new UniqueConstraint(name, unique.columns()));
        }

        return new Table(schema, tableName, columns, primaryKey, foreignKeys(table), uniqueConstraints,
                indexes(table), checks, table.getComment());
    }

    /**
     * Hibernate writes array types the SQL-standard way, {@code varchar(255) array}; PostgreSQL accepts
     * that but reports {@code character varying(255)[]}, the spelling Retort's type rules read.
     */
    static String bracketArrays(String type) {
        int at = type.lastIndexOf(" array");
        if (at < 0) {
            return type;
        }
        String rest = type.substring(at + " array".length());
        if (rest.isEmpty()) {
            return type.substring(0, at) + "[]";
        }
        return rest.startsWith("[") ? type.substring(0, at) + rest : type;
    }

    private List<String> columnNames(List<org.hibernate.mapping.Column> columns) {
        List<String> result = new ArrayList<>(columns.size());
        for (org.hibernate.mapping.Column column : columns) {
            result.add(names.of(column));
        }
        return result;
    }

    /** {@code constraint <name> primary key}: Hibernate writes a name only from an explicit unique key over the key columns. */
    private String explicitPrimaryKeyName(org.hibernate.mapping.Table table) {
        UniqueKey ordering = table.getPrimaryKey().getOrderingUniqueKey();
        return ordering != null && ordering.isNameExplicit() ? names.ofDdlName(ordering.getName()) : null;
    }

    /** Foreign keys Hibernate creates; a reference to the primary key targets the primary key's columns. */
    private List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table) {
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey foreignKey : table.getForeignKeyCollection()) {
            if (!foreignKey.isCreationEnabled() || !foreignKey.isPhysicalConstraint()) {
                continue;
            }
            org.hibernate.mapping.Table target = foreignKey.getReferencedTable();
            List<org.hibernate.mapping.Column> targetColumns = foreignKey.isReferenceToPrimaryKey()
                    ? target.getPrimaryKey().getColumns() : foreignKey.getReferencedColumns();
            foreignKeys.add(new ForeignKey(names.ofDdlName(foreignKey.getName()), columnNames(foreignKey.getColumns()),
                    schema(target.getQualifiedTableName().getSchemaName()), names.of(target.getNameIdentifier()),
                    columnNames(targetColumns), onDelete(foreignKey.getOnDeleteAction()), ReferentialAction.NO_ACTION));
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

    /** Indexes Hibernate creates with {@code create index}; unique indexes from {@code @Index} are unique keys instead. */
    private List<Index> indexes(org.hibernate.mapping.Table table) {
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            Map<Selectable, String> order = index.getSelectableOrderMap();
            List<IndexColumn> keys = new ArrayList<>(index.getColumnSpan());
            for (Selectable selectable : index.getSelectables()) {
                String key = selectable instanceof org.hibernate.mapping.Column column
                        ? names.of(column) : ((Formula) selectable).getFormula();
                keys.add(new IndexColumn(key, "desc".equalsIgnoreCase(Objects.toString(order.get(selectable), "").strip())));
            }
            indexes.add(new Index(names.ofDdlName(index.getName()), keys, index.isUnique(), null));
        }
        return indexes;
    }
}
