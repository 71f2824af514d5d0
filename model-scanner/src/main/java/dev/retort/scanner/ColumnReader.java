package dev.retort.scanner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Table;
import org.hibernate.type.BasicType;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.Type;
import org.hibernate.type.descriptor.jdbc.ArrayJdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * One Hibernate column as the model's column: the type, default and nullability PostgreSQL ends up
 * with when it runs Hibernate's column definition, which for {@code @Column(columnDefinition)} means
 * reading the clauses that follow the type (see {@link ColumnDefinition}).
 */
final class ColumnReader {
    private final Metadata metadata;
    private final StoredNames names;
    private final List<String> warnings;
    /** Whether Hibernate quotes a whole columnDefinition as an identifier ({@code hibernate.globally_quoted_identifiers}). */
    private final boolean quotedDefinitions;
    private TableOwners owners;

    ColumnReader(Metadata metadata, StoredNames names, List<String> warnings) {
        this.metadata = metadata;
        this.names = names;
        this.warnings = warnings;
        this.quotedDefinitions = metadata.getDatabase().getJdbcEnvironment().getIdentifierHelper()
                .applyGlobalQuoting("t").isQuoted();
    }

    /**
     * The column; for a table Retort does not manage, a column it cannot read is kept with its
     * type as Hibernate writes it, without warnings.
     *
     * @throws RetortException of kind MODEL when PostgreSQL would reject the column or Retort cannot create it
     */
    Column read(Table table, org.hibernate.mapping.Column column, boolean inPrimaryKey, boolean managed) {
        if (managed) {
            return read(table, column, inPrimaryKey, warnings);
        }
        try {
            return read(table, column, inPrimaryKey, new ArrayList<>());
        } catch (RetortException e) {
            boolean identity = column.isIdentity();
            return new Column(names.of(column), MetamodelReader.bracketArrays(column.getSqlType(metadata)),
                    column.isNullable() && !inPrimaryKey && !identity, column.getDefaultValue(),
                    identity ? Identity.BY_DEFAULT : null, column.getComment());
        }
    }

    private Column read(Table table, org.hibernate.mapping.Column column, boolean inPrimaryKey, List<String> warnings) {
        rejectTypesHibernateCreates(table, column);
        String sqlType = unquotedDefinition(table, column, column.getSqlType(metadata));
        ColumnDefinition definition;
        try {
            definition = ColumnDefinition.parse(sqlType);
        } catch (ColumnDefinition.Unreadable e) {
            throw error(table, column, "the columnDefinition \"" + sqlType + "\" " + e.getMessage());
        }
        Identity identity = column.isIdentity() ? Identity.BY_DEFAULT : null;
        boolean nullable = column.isNullable() && !inPrimaryKey && identity == null;
        if (Boolean.TRUE.equals(definition.nullable()) && !nullable) {
            throw error(table, column, "the columnDefinition \"" + sqlType + "\" says NULL, but the column is "
                    + (identity != null ? "an identity column" : inPrimaryKey ? "in the primary key" : "not nullable")
                    + ", so PostgreSQL would reject Hibernate's DDL: remove NULL from the columnDefinition");
        }
        if (definition.nullable() != null) {
            nullable = nullable && definition.nullable();
        }
        String defaultValue = column.getDefaultValue();
        if (definition.defaultValue() != null || definition.serial()) {
            String what = definition.serial() ? "makes a " + definition.type() + " column, which has a default"
                    : "has a DEFAULT clause";
            if (defaultValue != null) {
                throw error(table, column, "the columnDefinition \"" + sqlType + "\" " + what + " and @ColumnDefault"
                        + " gives another one, so PostgreSQL would reject Hibernate's DDL: keep only one");
            }
            if (identity != null) {
                throw error(table, column, "the columnDefinition \"" + sqlType + "\" " + what + ", but the column is"
                        + " an identity column, so PostgreSQL would reject Hibernate's DDL: remove it");
            }
            defaultValue = definition.defaultValue();
        }
        if (definition.collation() != null) {
            warnings.add(owner(table, column) + ": COLLATE " + definition.collation() + " in the columnDefinition is"
                    + " ignored, Retort does not model collations yet (a column Retort creates gets the database's"
                    + " default collation)");
        }
        return new Column(names.of(column), MetamodelReader.bracketArrays(definition.type()), nullable, defaultValue,
                identity, column.getComment());
    }

    /**
     * With {@code hibernate.globally_quoted_identifiers}, Hibernate quotes the whole columnDefinition,
     * and PostgreSQL reads it as one type name: fine for {@code "text"}, wrong for {@code "varchar(20)"}.
     */
    private String unquotedDefinition(Table table, org.hibernate.mapping.Column column, String sqlType) {
        if (!quotedDefinitions || sqlType.length() < 2 || sqlType.charAt(0) != '"' || sqlType.charAt(sqlType.length() - 1) != '"'
                || sqlType.indexOf('"', 1) != sqlType.length() - 1) {
            return sqlType;
        }
        String inner = sqlType.substring(1, sqlType.length() - 1);
        if (inner.matches("[a-z_][a-z0-9_]*")) {
            return inner;
        }
        if (inner.matches("[^\\s()\\[\\]'.]+")) {
            return sqlType;
        }
        throw error(table, column, "Hibernate quotes the whole columnDefinition " + sqlType + " because"
                + " hibernate.globally_quoted_identifiers is on, so PostgreSQL would look for a type of that name:"
                + " set hibernate.globally_quoted_identifiers_skip_column_definitions=true");
    }

    /**
     * Named PostgreSQL enum types ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}) and composite types
     * ({@code @Struct}): Hibernate creates the type before the table, Retort cannot yet.
     */
    private void rejectTypesHibernateCreates(Table table, org.hibernate.mapping.Column column) {
        int code;
        try {
            code = column.getSqlTypeCode(metadata);
        } catch (RuntimeException e) {
            return;
        }
        if (code == SqlTypes.ARRAY || code == SqlTypes.TABLE) {
            code = elementCode(column.getValue().getType(), code);
        }
        if (code == SqlTypes.NAMED_ENUM || code == SqlTypes.NAMED_ORDINAL_ENUM) {
            throw error(table, column, "its type " + column.getSqlType(metadata) + " is a PostgreSQL enum type, and"
                    + " Retort does not support PostgreSQL enum types yet: map the enum as @Enumerated(EnumType.STRING)"
                    + " without @JdbcTypeCode(SqlTypes.NAMED_ENUM), or exclude the table with retort.tables.exclude");
        }
        if (code == SqlTypes.STRUCT) {
            throw error(table, column, "its type " + column.getSqlType(metadata) + " is a PostgreSQL composite type"
                    + " (@Struct), and Retort does not support composite types yet: map the embeddable without @Struct,"
                    + " or exclude the table with retort.tables.exclude");
        }
    }

    private static int elementCode(Type type, int code) {
        if (type instanceof BasicType<?> basic) {
            JdbcType jdbcType = basic.getJdbcType();
            if (jdbcType instanceof ArrayJdbcType array) {
                return array.getElementJdbcType().getDefaultSqlTypeCode();
            }
        }
        return code;
    }

    private RetortException error(Table table, org.hibernate.mapping.Column column, String reason) {
        return new RetortException(ErrorKind.MODEL, owner(table, column) + ": " + reason);
    }

    private String owner(Table table, org.hibernate.mapping.Column column) {
        if (owners == null) {
            owners = new TableOwners(metadata);
        }
        return owners.of(table) + ", column " + names.of(column) + " of table " + names.of(table.getNameIdentifier());
    }
}
