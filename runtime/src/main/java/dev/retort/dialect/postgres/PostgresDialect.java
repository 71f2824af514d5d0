package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.NamingRules;
import dev.retort.dialect.SqlType;
import dev.retort.dialect.TypeRules;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationVisitor;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** SQL for PostgreSQL 12 and later. */
public final class PostgresDialect implements Dialect {
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern EXPRESSION_MARK = Pattern.compile("[()+*/<>=~!@#%^&|'\\[\\]]|::");
    private static final PostgresTypes TYPES = new PostgresTypes();
    private static final PostgresNaming NAMING = new PostgresNaming();

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public TypeRules types() {
        return TYPES;
    }

    @Override
    public NamingRules naming() {
        return NAMING;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String quote(String identifier) {
        if (PLAIN_IDENTIFIER.matcher(identifier).matches() && !PostgresKeywords.RESERVED.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public List<String> render(Operation operation, String defaultSchema) {
        return operation.accept(new Renderer(Objects.requireNonNull(defaultSchema, "defaultSchema")));
    }

    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT set_config('search_path', quote_ident(?) || ', ' || current_setting('search_path'), false)")) {
            st.setString(1, schema);
            st.execute();
        }
    }

    @Override
    public boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p')")) {
            st.setString(1, schema);
            st.setString(2, table);
            try (var rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public String versionTableDdl(String schema, String table) {
        return "CREATE TABLE IF NOT EXISTS " + quote(schema) + "." + quote(table)
                + " (version_num varchar(64) NOT NULL, CONSTRAINT " + quote(table + "_pkey")
                + " PRIMARY KEY (version_num))";
    }

    @Override
    public AutoCloseable lock(Connection connection, String schema) throws SQLException {
        long key = lockKey(schema);
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            st.setLong(1, key);
            st.execute();
        }
        return () -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                st.setLong(1, key);
                st.execute();
            }
        };
    }

    /** A stable advisory-lock key per schema, so runners on different schemas do not wait for each other. */
    static long lockKey(String schema) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : ("retort:" + schema).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            hash ^= b;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** Renders one operation; holds the default schema used to qualify names. */
    private final class Renderer implements OperationVisitor<List<String>> {
        private final String defaultSchema;

        Renderer(String defaultSchema) {
            this.defaultSchema = defaultSchema;
        }

        private String table(TableName name) {
            return quote(name.schema() == null ? defaultSchema : name.schema()) + "." + quote(name.name());
        }

        private String sequence(Sequence sequence) {
            return quote(sequence.schema() == null ? defaultSchema : sequence.schema()) + "." + quote(sequence.name());
        }

        private String columns(List<String> names) {
            return names.stream().map(PostgresDialect.this::quote).collect(Collectors.joining(", "));
        }

        private String columnDefinition(Column column) {
            StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
            if (column.identity() != null) {
                sql.append(identityClause(column.identity()));
            }
            if (column.defaultValue() != null) {
                sql.append(" DEFAULT ").append(column.defaultValue());
            }
            if (!column.nullable() && column.identity() == null) {
                sql.append(" NOT NULL");
            }
            return sql.toString();
        }

        private String identityClause(Identity identity) {
            return identity == Identity.ALWAYS ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY";
        }

        private String primaryKeyClause(PrimaryKey pk) {
            return "CONSTRAINT " + quote(pk.name()) + " PRIMARY KEY (" + columns(pk.columns()) + ")";
        }

        private String uniqueClause(UniqueConstraint unique) {
            return "CONSTRAINT " + quote(unique.name()) + " UNIQUE (" + columns(unique.columns()) + ")";
        }

        private String checkClause(CheckConstraint check) {
            return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
        }

        private String foreignKeyClause(ForeignKey fk) {
            TableName target = new TableName(fk.referencedSchema(), fk.referencedTable());
            StringBuilder sql = new StringBuilder("CONSTRAINT ").append(quote(fk.name()))
                    .append(" FOREIGN KEY (").append(columns(fk.columns())).append(") REFERENCES ")
                    .append(table(target)).append(" (").append(columns(fk.referencedColumns())).append(')');
            if (fk.onDelete() != ReferentialAction.NO_ACTION) {
                sql.append(" ON DELETE ").append(fk.onDelete().sql());
            }
            if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
                sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
            }
            return sql.toString();
        }

        private String createIndex(TableName table, Index index) {
            StringBuilder sql = new StringBuilder(index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                    .append(quote(index.name())).append(" ON ").append(table(table)).append(" (");
            List<String> keys = new ArrayList<>();
            for (IndexColumn key : index.columns()) {
                keys.add(indexKey(key.name()) + (key.descending() ? " DESC" : ""));
            }
            sql.append(String.join(", ", keys)).append(')');
            if (index.where() != null) {
                sql.append(" WHERE ").append(index.where());
            }
            return sql.toString();
        }

        /**
         * A key is a column name, or for expression indexes the expression text as reflected; a
         * name never holds parentheses, casts or operators, so those mark an expression.
         */
        private String indexKey(String key) {
            return EXPRESSION_MARK.matcher(key).find() ? "(" + key + ")" : quote(key);
        }

        private String columnComment(TableName table, String column, String comment) {
            return "COMMENT ON COLUMN " + table(table) + "." + quote(column) + " IS " + literal(comment);
        }

        private String alterTable(TableName table, String action) {
            return "ALTER TABLE " + table(table) + " " + action;
        }

        @Override
        public List<String> visit(CreateTable op) {
            Table t = op.table();
            TableName name = t.tableName();
            List<String> parts = new ArrayList<>();
            t.columns().forEach(c -> parts.add(columnDefinition(c)));
            if (t.primaryKey() != null) {
                parts.add(primaryKeyClause(t.primaryKey()));
            }
            t.uniques().forEach(u -> parts.add(uniqueClause(u)));
            t.checks().forEach(c -> parts.add(checkClause(c)));
            t.foreignKeys().forEach(fk -> parts.add(foreignKeyClause(fk)));
            List<String> sql = new ArrayList<>();
            sql.add("CREATE TABLE " + table(name) + " (\n    " + String.join(",\n    ", parts) + "\n)");
            t.indexes().forEach(i -> sql.add(createIndex(name, i)));
            if (t.comment() != null) {
                sql.add("COMMENT ON TABLE " + table(name) + " IS " + literal(t.comment()));
            }
            t.columns().stream().filter(c -> c.comment() != null)
                    .forEach(c -> sql.add(columnComment(name, c.name(), c.comment())));
            return sql;
        }

        @Override
        public List<String> visit(DropTable op) {
            return List.of("DROP TABLE " + table(op.table().tableName()));
        }

        @Override
        public List<String> visit(RenameTable op) {
            return List.of(alterTable(op.table(), "RENAME TO " + quote(op.newName())));
        }

        @Override
        public List<String> visit(SetTableComment op) {
            return List.of("COMMENT ON TABLE " + table(op.table()) + " IS " + literal(op.to()));
        }

        @Override
        public List<String> visit(AddColumn op) {
            List<String> sql = new ArrayList<>();
            sql.add(alterTable(op.table(), "ADD COLUMN " + columnDefinition(op.column())));
            if (op.column().comment() != null) {
                sql.add(columnComment(op.table(), op.column().name(), op.column().comment()));
            }
            return sql;
        }

        @Override
        public List<String> visit(DropColumn op) {
            return List.of(alterTable(op.table(), "DROP COLUMN " + quote(op.column().name())));
        }

        /**
         * Identity and serial-ness change with their sequences: a serial column that becomes an identity
         * column loses its default and its sequence first (else the identity gets a second sequence and
         * {@code pg_get_serial_sequence} names the old one); a column that becomes serial gets a sequence
         * it owns, its default and the next value after the rows already there.
         */
        @Override
        public List<String> visit(AlterColumn op) {
            Column from = op.from();
            Column to = op.to();
            String column = "ALTER COLUMN " + quote(to.name()) + " ";
            List<String> sql = new ArrayList<>();
            boolean wasSerial = TYPES.isSerial(from.type()) && from.identity() == null;
            boolean isSerial = TYPES.isSerial(to.type()) && to.identity() == null;
            if (from.identity() != null && to.identity() == null) {
                sql.add(alterTable(op.table(), column + "DROP IDENTITY"));
            }
            if (wasSerial && !isSerial) {
                sql.add(alterTable(op.table(), column + "DROP DEFAULT"));
                sql.add(dropSerialSequence(op.table(), to.name()));
            }
            String fromType = TYPES.storageType(from.type());
            String toType = TYPES.storageType(to.type());
            boolean typeChanged = !fromType.equals(toType);
            // a default that stays is still dropped around a type change: it may not cast to the new type
            boolean resetDefault = !Objects.equals(from.defaultValue(), to.defaultValue())
                    || typeChanged && from.defaultValue() != null;
            if (resetDefault && from.defaultValue() != null) {
                sql.add(alterTable(op.table(), column + "DROP DEFAULT"));
            }
            if (typeChanged) {
                sql.add(alterTable(op.table(), column + "TYPE " + toType + using(op)));
            }
            if (resetDefault && to.defaultValue() != null) {
                sql.add(alterTable(op.table(), column + "SET DEFAULT " + to.defaultValue()));
            }
            if (isSerial && !wasSerial) {
                sql.addAll(serialSequence(op.table(), to.name(), toType));
            }
            boolean fromNotNull = !from.nullable() || from.identity() != null;
            boolean toNotNull = !to.nullable() || to.identity() != null;
            if (toNotNull && (!fromNotNull || from.identity() != null && to.identity() == null && from.nullable())) {
                sql.add(alterTable(op.table(), column + "SET NOT NULL"));
            }
            if (!toNotNull && fromNotNull) {
                sql.add(alterTable(op.table(), column + "DROP NOT NULL"));
            }
            if (from.identity() == null && to.identity() != null) {
                sql.add(alterTable(op.table(), column + "ADD" + identityClause(to.identity())));
                // the new sequence starts at 1; rows already in the table must not collide with it
                sql.add("SELECT setval(pg_get_serial_sequence(" + literal(table(op.table())) + ", "
                        + literal(to.name()) + "), coalesce(max(" + quote(to.name()) + "), 0) + 1, false) FROM "
                        + table(op.table()));
            } else if (from.identity() != null && to.identity() != null && from.identity() != to.identity()) {
                sql.add(alterTable(op.table(), column + "SET GENERATED "
                        + (to.identity() == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT")));
            }
            if (!Objects.equals(from.comment(), to.comment())) {
                sql.add(columnComment(op.table(), to.name(), to.comment()));
            }
            return sql;
        }

        /** Drops the sequence a serial column owns, whatever its name, once the column no longer uses it. */
        private String dropSerialSequence(TableName table, String column) {
            return "DO $retort$ DECLARE s text := pg_get_serial_sequence(" + literal(table(table)) + ", "
                    + literal(column) + "); BEGIN IF s IS NOT NULL THEN EXECUTE 'DROP SEQUENCE ' || s; END IF;"
                    + " END $retort$";
        }

        /**
         * What {@code serial} does for a new column, for an existing one: a sequence named as PostgreSQL
         * names it, owned by the column, as the column's default, continuing after the largest value.
         */
        private List<String> serialSequence(TableName table, String column, String integerType) {
            String schema = table.schema() == null ? defaultSchema : table.schema();
            String sequence = quote(schema) + "." + quote(PostgresNaming.makeName(table.name(), column, "seq"));
            return List.of(
                    "CREATE SEQUENCE " + sequence + " AS " + integerType + " OWNED BY " + table(table) + "."
                            + quote(column),
                    alterTable(table, "ALTER COLUMN " + quote(column) + " SET DEFAULT nextval("
                            + literal(sequence) + "::regclass)"),
                    "SELECT setval(" + literal(sequence) + ", coalesce(max(" + quote(column) + "), 0) + 1, false) FROM "
                            + table(table));
        }

        private String using(AlterColumn op) {
            if (op.using() != null) {
                return " USING " + op.using();
            }
            SqlType from = TYPES.parse(op.from().type());
            SqlType to = TYPES.parse(op.to().type());
            if (TYPES.convertsImplicitly(from, to)) {
                return "";
            }
            return " USING " + quote(op.to().name()) + "::" + TYPES.storageType(op.to().type());
        }

        @Override
        public List<String> visit(RenameColumn op) {
            return List.of(alterTable(op.table(), "RENAME COLUMN " + quote(op.from()) + " TO " + quote(op.to())));
        }

        @Override
        public List<String> visit(AddPrimaryKey op) {
            return List.of(alterTable(op.table(), "ADD " + primaryKeyClause(op.primaryKey())));
        }

        @Override
        public List<String> visit(DropPrimaryKey op) {
            return List.of(alterTable(op.table(), "DROP CONSTRAINT " + quote(op.primaryKey().name())));
        }

        @Override
        public List<String> visit(AddForeignKey op) {
            return List.of(alterTable(op.table(), "ADD " + foreignKeyClause(op.foreignKey())));
        }

        @Override
        public List<String> visit(DropForeignKey op) {
            return List.of(alterTable(op.table(), "DROP CONSTRAINT " + quote(op.foreignKey().name())));
        }

        @Override
        public List<String> visit(AddUniqueConstraint op) {
            return List.of(alterTable(op.table(), "ADD " + uniqueClause(op.unique())));
        }

        @Override
        public List<String> visit(DropUniqueConstraint op) {
            return List.of(alterTable(op.table(), "DROP CONSTRAINT " + quote(op.unique().name())));
        }

        @Override
        public List<String> visit(AddCheckConstraint op) {
            return List.of(alterTable(op.table(), "ADD " + checkClause(op.check())));
        }

        @Override
        public List<String> visit(DropCheckConstraint op) {
            return List.of(alterTable(op.table(), "DROP CONSTRAINT " + quote(op.check().name())));
        }

        @Override
        public List<String> visit(CreateIndex op) {
            return List.of(createIndex(op.table(), op.index()));
        }

        @Override
        public List<String> visit(DropIndex op) {
            String schema = op.table().schema() == null ? defaultSchema : op.table().schema();
            return List.of("DROP INDEX " + quote(schema) + "." + quote(op.index().name()));
        }

        @Override
        public List<String> visit(CreateSequence op) {
            Sequence s = op.sequence();
            StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(sequence(s));
            if (s.dataType() != null) {
                sql.append(" AS ").append(s.dataType());
            }
            sql.append(" START WITH ").append(s.start()).append(" INCREMENT BY ").append(s.increment());
            if (s.minValue() != null) {
                sql.append(" MINVALUE ").append(s.minValue());
            }
            if (s.maxValue() != null) {
                sql.append(" MAXVALUE ").append(s.maxValue());
            }
            if (s.cache() != 1) {
                sql.append(" CACHE ").append(s.cache());
            }
            if (s.cycle()) {
                sql.append(" CYCLE");
            }
            return List.of(sql.toString());
        }

        @Override
        public List<String> visit(DropSequence op) {
            return List.of("DROP SEQUENCE " + sequence(op.sequence()));
        }

        @Override
        public List<String> visit(AlterSequence op) {
            Sequence from = op.from();
            Sequence to = op.to();
            List<String> clauses = new ArrayList<>();
            if (!Objects.equals(from.dataType(), to.dataType())) {
                clauses.add("AS " + (to.dataType() == null ? "bigint" : to.dataType()));
            }
            if (from.increment() != to.increment()) {
                clauses.add("INCREMENT BY " + to.increment());
            }
            if (!Objects.equals(from.minValue(), to.minValue())) {
                clauses.add(to.minValue() == null ? "NO MINVALUE" : "MINVALUE " + to.minValue());
            }
            if (!Objects.equals(from.maxValue(), to.maxValue())) {
                clauses.add(to.maxValue() == null ? "NO MAXVALUE" : "MAXVALUE " + to.maxValue());
            }
            if (from.start() != to.start()) {
                clauses.add("START WITH " + to.start());
            }
            if (from.cache() != to.cache()) {
                clauses.add("CACHE " + to.cache());
            }
            if (from.cycle() != to.cycle()) {
                clauses.add(to.cycle() ? "CYCLE" : "NO CYCLE");
            }
            if (clauses.isEmpty()) {
                return List.of();
            }
            return List.of("ALTER SEQUENCE " + sequence(to) + " " + String.join(" ", clauses));
        }

        @Override
        public List<String> visit(ExecuteSql op) {
            return List.of(op.sql());
        }
    }

    /** A string literal, or NULL. */
    static String literal(String text) {
        return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
    }
}
